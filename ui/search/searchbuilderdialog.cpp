#include "search/searchbuilderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace re::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

SearchBuilderDialog::SearchBuilderDialog(SearchCriteria::Domain domain, QWidget *parent) : QDialog(parent), m_domain(domain)
{
    const bool mail = domain == SearchCriteria::Domain::Mail;
    setObjectName(QStringLiteral("searchBuilderDialog"));
    setWindowTitle(mail ? tr("Build a Mail Search") : tr("Build a Document Search"));
    auto *form = new QFormLayout;
    m_words = lineEdit(this, QStringLiteral("builderWords"), tr("Words"), tr("any words; the server's syntax works here too"));
    form->addRow(tr("&Words:"), m_words);
    m_from = lineEdit(this, QStringLiteral("builderFrom"), mail ? tr("From") : tr("Author"), tr("name or address; * and ? as wildcards"));
    form->addRow(mail ? tr("&From:") : tr("&Author:"), m_from);
    if (mail) {
        m_to = lineEdit(this, QStringLiteral("builderTo"), tr("To"), tr("name or address"));
        form->addRow(tr("&To:"), m_to);
        m_subject = lineEdit(this, QStringLiteral("builderSubject"), tr("Subject"), QString());
        form->addRow(tr("&Subject:"), m_subject);
    } else {
        m_fileName = lineEdit(this, QStringLiteral("builderFileName"), tr("File name"), tr("e.g. budget* or \"annual report\""));
        form->addRow(tr("File &name:"), m_fileName);
        m_fileType = lineEdit(this, QStringLiteral("builderFileType"), tr("File type"), tr("extension, e.g. docx"));
        form->addRow(tr("File t&ype:"), m_fileType);
    }
    const auto dateRow = [this, form](const QString &label, const QString &name, QCheckBox *&use, QDateEdit *&edit) {
        auto *row = new QHBoxLayout;
        use = new QCheckBox(label, this);
        use->setObjectName(name + QStringLiteral("Enabled"));
        edit = new QDateEdit(QDate::currentDate(), this);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        row->addWidget(use);
        row->addWidget(edit, 1);
        form->addRow(row);
    };
    dateRow(mail ? tr("Received &on or after") : tr("Modified &on or after"), QStringLiteral("builderSince"), m_useSince, m_since);
    dateRow(mail ? tr("Received on or &before") : tr("Modified on or &before"), QStringLiteral("builderUntil"), m_useUntil, m_until);
    if (mail) {
        m_attachments = new QComboBox(this);
        m_attachments->setObjectName(QStringLiteral("builderAttachments"));
        m_attachments->setAccessibleName(tr("Attachments"));
        m_attachments->addItems({tr("Any"), tr("With attachments"), tr("Without attachments")});
        form->addRow(tr("Attach&ments:"), m_attachments);
    }
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("builderPreview"));
    m_preview->setAccessibleName(tr("Query"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Search"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_words, m_from, m_to, m_subject, m_fileName, m_fileType}) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, &SearchBuilderDialog::updatePreview);
    }
    for (QCheckBox *box : {m_useSince, m_useUntil})
        connect(box, &QCheckBox::toggled, this, &SearchBuilderDialog::updatePreview);
    for (QDateEdit *edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &SearchBuilderDialog::updatePreview);
    if (m_attachments)
        connect(m_attachments, &QComboBox::currentIndexChanged, this, &SearchBuilderDialog::updatePreview);
    updatePreview();
}

SearchCriteria SearchBuilderDialog::criteria() const
{
    SearchCriteria c;
    c.words = m_words->text();
    c.from = m_from->text();
    if (m_to)
        c.to = m_to->text();
    if (m_subject)
        c.subject = m_subject->text();
    if (m_fileName)
        c.fileName = m_fileName->text();
    if (m_fileType)
        c.fileType = m_fileType->text();
    if (m_useSince->isChecked())
        c.since = m_since->date();
    if (m_useUntil->isChecked())
        c.until = m_until->date();
    if (m_attachments && m_attachments->currentIndex() > 0)
        c.hasAttachments = m_attachments->currentIndex() == 1;
    return c;
}

void SearchBuilderDialog::updatePreview()
{
    const Result<QString, QString> text = query();
    m_preview->setText(text ? tr("Query: %1").arg(text.value()) : text.error());
}

void SearchBuilderDialog::accept()
{
    if (!query()) {
        updatePreview();
        return; // the preview says why; the dialog stays open
    }
    QDialog::accept();
}

} // namespace re::ui
