#include "exploredialog.h"

#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace re::ui {

namespace {

QString localText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

// A displayed format with seconds: restore points are seconds apart.
QString dateTimeFormatWithSeconds()
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u's'))
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return format;
}

} // namespace

ExploreDialog::ExploreDialog(const Organization &organization, QWidget *parent)
    : QDialog(parent), m_organization(organization)
{
    setObjectName(QStringLiteral("ExploreDialog"));
    setWindowTitle(tr("Explore Organization"));
    const bool hasBounds = organization.lastBackupTime.has_value();
    m_canExplore = hasBounds || organization.isBackedUp.value_or(true);
    buildUi();
    if (m_canExplore)
        useLatest();
}

void ExploreDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *name = new QLabel(m_organization.name.isEmpty() ? m_organization.officeName
                                                          : m_organization.name,
                            this);
    name->setObjectName(QStringLiteral("organizationLabel"));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    form->addRow(tr("Organization:"), name);

    QString range;
    if (m_organization.firstBackupTime && m_organization.lastBackupTime)
        range = tr("%1 to %2").arg(localText(*m_organization.firstBackupTime),
                                   localText(*m_organization.lastBackupTime));
    else if (m_organization.lastBackupTime)
        range = tr("until %1").arg(localText(*m_organization.lastBackupTime));
    else
        range = m_canExplore ? tr("not stated by the server") : tr("none");
    auto *rangeLabel = new QLabel(range, this);
    rangeLabel->setObjectName(QStringLiteral("backupRangeLabel"));
    form->addRow(tr("Backups:"), rangeLabel);

    auto *pointRow = new QHBoxLayout;
    m_pointInTime = new QDateTimeEdit(this);
    m_pointInTime->setObjectName(QStringLiteral("pointInTimeEdit"));
    m_pointInTime->setAccessibleName(tr("Point in time"));
    m_pointInTime->setCalendarPopup(true);
    m_pointInTime->setDisplayFormat(dateTimeFormatWithSeconds());
    m_pointInTime->setTimeSpec(Qt::LocalTime);
    if (m_organization.firstBackupTime)
        m_pointInTime->setMinimumDateTime(m_organization.firstBackupTime->toLocalTime());
    if (m_organization.lastBackupTime)
        m_pointInTime->setMaximumDateTime(m_organization.lastBackupTime->toLocalTime());
    pointRow->addWidget(m_pointInTime, 1);
    m_latestButton = new QPushButton(tr("&Latest"), this);
    m_latestButton->setObjectName(QStringLiteral("latestButton"));
    m_latestButton->setAccessibleName(tr("Use the latest restore point"));
    m_latestButton->setAutoDefault(false);
    pointRow->addWidget(m_latestButton);
    auto *pointLabel = new QLabel(tr("&Point in time:"), this);
    pointLabel->setBuddy(m_pointInTime);
    form->addRow(pointLabel, pointRow);

    m_latestHint = new QLabel(this);
    m_latestHint->setObjectName(QStringLiteral("latestHint"));
    m_latestHint->setWordWrap(true);
    form->addRow(QString(), m_latestHint);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Data type"));
    m_type->addItem(tr("Exchange (mailboxes)"), static_cast<int>(SessionType::Exchange));
    m_type->addItem(tr("OneDrive for Business"), static_cast<int>(SessionType::OneDrive));
    m_type->addItem(tr("SharePoint"), static_cast<int>(SessionType::SharePoint));
    m_type->addItem(tr("Microsoft Teams"), static_cast<int>(SessionType::Teams));
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);

    m_typeHint = new QLabel(this);
    m_typeHint->setObjectName(QStringLiteral("typeHint"));
    m_typeHint->setWordWrap(true);
    form->addRow(QString(), m_typeHint);

    m_showDeleted = new QCheckBox(tr("Show &deleted items"), this);
    m_showDeleted->setObjectName(QStringLiteral("showDeletedCheck"));
    m_showDeleted->setAccessibleName(tr("Show deleted items"));
    form->addRow(QString(), m_showDeleted);
    m_showAllVersions = new QCheckBox(tr("Show all &versions"), this);
    m_showAllVersions->setObjectName(QStringLiteral("showAllVersionsCheck"));
    m_showAllVersions->setAccessibleName(tr("Show all versions"));
    form->addRow(QString(), m_showAllVersions);
    layout->addLayout(form);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_exploreButton = buttons->addButton(tr("&Explore"), QDialogButtonBox::AcceptRole);
    m_exploreButton->setObjectName(QStringLiteral("exploreButton"));
    m_exploreButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_canExplore)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_latestButton, &QPushButton::clicked, this, &ExploreDialog::useLatest);
    connect(m_pointInTime, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_latest = false;
        updateLatestHint();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExploreDialog::updateTypeHint);

    if (!m_canExplore) {
        m_pointInTime->setEnabled(false);
        m_latestButton->setEnabled(false);
        m_exploreButton->setEnabled(false);
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("This organization has not been backed up yet, so there is no "
                                 "restore point to explore. Run a backup job for it first."));
    }
    updateLatestHint();
    updateTypeHint();
    setMinimumWidth(460);
}

void ExploreDialog::useLatest()
{
    {
        const QSignalBlocker blocker(m_pointInTime);
        m_pointInTime->setDateTime(m_organization.lastBackupTime
                                       ? m_organization.lastBackupTime->toLocalTime()
                                       : QDateTime::currentDateTime());
    }
    m_latest = true;
    updateLatestHint();
}

void ExploreDialog::updateLatestHint()
{
    if (!m_canExplore)
        m_latestHint->setText(QString());
    else if (m_latest)
        m_latestHint->setText(tr("The latest restore point is explored."));
    else
        m_latestHint->setText(tr("The restore point closest before this time is explored."));
}

void ExploreDialog::updateTypeHint()
{
    const auto type = static_cast<SessionType>(m_type->currentData().toInt());
    const bool browsable = type == SessionType::Exchange || type == SessionType::OneDrive;
    m_typeHint->setText(browsable ? QString()
                                  : tr("The session is opened and its events are shown; browsing "
                                       "SharePoint and Teams content comes with a later version."));
    m_typeHint->setVisible(!browsable);
}

ExploreOptions ExploreDialog::options() const
{
    ExploreOptions options;
    if (!m_latest)
        options.pointInTime = m_pointInTime->dateTime().toUTC();
    options.type = static_cast<SessionType>(m_type->currentData().toInt());
    options.showDeleted = m_showDeleted->isChecked();
    options.showAllVersions = m_showAllVersions->isChecked();
    return options;
}

void ExploreDialog::setOptions(const ExploreOptions &options)
{
    const int typeIndex = m_type->findData(static_cast<int>(options.type));
    if (typeIndex >= 0)
        m_type->setCurrentIndex(typeIndex);
    m_showDeleted->setChecked(options.showDeleted);
    m_showAllVersions->setChecked(options.showAllVersions);
    if (!m_canExplore)
        return;
    if (options.pointInTime.isValid()) {
        m_pointInTime->setDateTime(options.pointInTime.toLocalTime());
        m_latest = false;
        updateLatestHint();
    } else
        useLatest();
}

} // namespace re::ui
