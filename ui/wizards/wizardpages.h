#pragma once

// The pages of ActionWizard. Each page binds its controls to fields of the wizard's draft request
// and owns the validation fields it can fix; validatePage() asks core and stops only for errors of
// those fields, so an error is always shown where the user can act on it.

#include "actions/emailsettings.h"
#include "actions/validation.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <QWizardPage>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace re::ui {

class ActionWizard;
class LimitedTextEdit;
class MessageBanner;

class DraftPage : public QWizardPage
{
    Q_OBJECT

public:
    // `fields`: validation fields (and their dotted children) this page shows; empty = all of them.
    DraftPage(ActionWizard *wizard, QStringList fields);

    void addOwnedField(const QString &field) { m_fields.append(field); }
    bool owns(const QString &field) const;
    bool validatePage() override;
    MessageBanner *banner() const { return m_banner; }

protected:
    ActionWizard *wizard() const { return m_wizard; }
    QFormLayout *form() const { return m_form; }
    // Focus goes to `widget` when core names `field`.
    void setFieldWidget(const QString &field, QWidget *widget) { m_fieldWidgets.insert(field, widget); }
    void showError(const actions::ValidationError &error);
    // Extra page-level check after core's (the e-mail settings); empty = fine.
    virtual QString pageProblem() const { return {}; }

    QCheckBox *addCheck(const QString &text, const QString &objectName, bool *field);
    // Seed 003's item switches, shared by restores to another mailbox and bulk mailbox restores.
    template <typename R>
    void addMailSwitches(R &request);
    QLineEdit *addLine(const QString &label, const QString &objectName, QString *field, const QString &validationField);
    // A multi-line field of at most `maximumLength` characters (core's limit); a longer paste is
    // refused with a message in the banner. `what` names the field in that message.
    LimitedTextEdit *addTextEdit(const QString &what, qsizetype maximumLength, const QString &objectName,
                                 const QString &accessibleName);

private:
    ActionWizard *m_wizard;
    QStringList m_fields;
    QFormLayout *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QPointer<QWidget>> m_fieldWidgets;
};

// OneDrive restores in place: which versions and what to do with an existing document.
class DocumentOptionsPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit DocumentOptionsPage(ActionWizard *wizard);
};

// Restore to another mailbox: seed 003's table.
class MailboxTargetPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit MailboxTargetPage(ActionWizard *wizard);
};

// Copy to another OneDrive: the destination and seed 001's copy options.
class CopyTargetPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit CopyTargetPage(ActionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    QComboBox *m_oneDrives = nullptr;
    QLabel *m_loadState = nullptr;
    QList<QJsonObject> m_listed;
    bool m_loading = false;
};

// The OneDrives (seed 000, sent back as the server listed them) or mailboxes of a bulk restore.
class BulkPickerPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit BulkPickerPage(ActionWizard *wizard);
    void initializePage() override;

private:
    void fill(const Result<QList<std::pair<QString, QVariant>>, ApiError> &listed);
    void updateDraft();
    QListWidget *m_list = nullptr;
    QLabel *m_loadState = nullptr;
    bool m_loaded = false;
};

// The options of an organization-level Exchange restore.
class BulkMailboxOptionsPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit BulkMailboxOptionsPage(ActionWizard *wizard);
};

// An earlier version of one document (v6+ Versions).
class VersionPickerPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit VersionPickerPage(ActionWizard *wizard);
    void initializePage() override;

private:
    QTreeWidget *m_versions = nullptr;
    QLabel *m_loadState = nullptr;
    bool m_loaded = false;
};

// Send by e-mail: reads the server's e-mail settings first and says what is missing.
class SendPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit SendPage(ActionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    QString pageProblem() const override;

private:
    void applySettings(const Result<actions::EmailSettings, ApiError> &settings);
    QCheckBox *m_toDefault = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_settingsState = nullptr;
    bool m_checking = false;
    bool m_checked = false;
    std::optional<actions::EmailSettings> m_settings; // read and parsed; nullopt = unknown
};

// Export to PST: keyword filter and size limit; the file itself goes through the downloads panel.
class PstPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit PstPage(ActionWizard *wizard);
};

// What will be sent (core's summary, secrets masked) and a free-text reason for the restore log.
class SummaryPage final : public DraftPage
{
    Q_OBJECT
public:
    explicit SummaryPage(ActionWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QString reason() const;
    QTreeWidget *summaryView() const { return m_summary; }

private:
    QTreeWidget *m_summary = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace re::ui
