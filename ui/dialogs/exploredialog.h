#pragma once

#include "api/dialect.h"
#include "resources/organization.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace re::ui {

class MessageBanner;

// Chooses what to explore in one organization (seed 002): a point in time between its first and
// last backup (or the latest restore point), the data type, and whether deleted items and all
// versions are shown. Produces core's ExploreOptions.
class ExploreDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExploreDialog(const Organization &organization, QWidget *parent = nullptr);

    // pointInTime is invalid when the latest restore point is wanted.
    ExploreOptions options() const;
    // False when the organization has no restore point at all.
    bool canExplore() const { return m_canExplore; }
    bool isLatest() const { return m_latest; }
    const Organization &organization() const { return m_organization; }

    void setOptions(const ExploreOptions &options);

    QDateTimeEdit *pointInTimeEdit() const { return m_pointInTime; }
    QPushButton *latestButton() const { return m_latestButton; }
    QPushButton *exploreButton() const { return m_exploreButton; }

private:
    void buildUi();
    void useLatest();
    void updateLatestHint();
    void updateTypeHint();

    Organization m_organization;
    bool m_canExplore = true;
    bool m_latest = true;

    QDateTimeEdit *m_pointInTime = nullptr;
    QPushButton *m_latestButton = nullptr;
    QLabel *m_latestHint = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeHint = nullptr;
    QCheckBox *m_showDeleted = nullptr;
    QCheckBox *m_showAllVersions = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_exploreButton = nullptr;
};

} // namespace re::ui
