#pragma once

#include "actionoffers.h"
#include "actions/requests.h"

#include <QJsonValue>
#include <QPointer>
#include <QUuid>
#include <QWizard>

namespace re {
class ApiClient;
class CredentialStore;
} // namespace re

namespace re::ui {

class CredentialsPage;
class SummaryPage;

// What a wizard needs from the connection. Pointers are not owned and must outlive the wizard.
struct WizardEnvironment
{
    QPointer<ApiClient> client;             // null once the connection is gone
    QUuid profileId;                        // whose remembered restore account to offer
    CredentialStore *credentials = nullptr; // null: nothing can be remembered
};

// One action, one draft request value from core (actions::ActionRequest). Pages only edit its
// fields; whether it can be sent is core's validate(), whose error names the field and so the page
// that shows it. The last page shows core's summary (secrets masked) and asks for a reason.
// Open it with open() — nothing here calls exec().
class ActionWizard final : public QWizard
{
    Q_OBJECT

public:
    ActionWizard(ActionKind kind, const ActionContext &context, const WizardEnvironment &environment,
                 QWidget *parent = nullptr);
    ~ActionWizard() override;

    ActionKind kind() const { return m_kind; }
    const ActionContext &context() const { return m_context; }
    const WizardEnvironment &environment() const { return m_environment; }

    // The draft. Its address is stable for the wizard's life: pages bind to its fields.
    const actions::ActionRequest &request() const { return m_draft; }
    template <typename T>
    T &draft()
    {
        return std::get<T>(m_draft);
    }
    actions::ActionRequest &draftRequest() { return m_draft; }
    QString reason() const;
    // Whether the connected dialect puts `option` into this action's body (v5-only options are
    // not offered on servers that would drop them).
    bool dialectSends(const QString &option, const QJsonValue &value) const;

    // Remembers or forgets the restore account as the credentials page says (on submission only).
    void persistCredentials();

private:
    ActionKind m_kind;
    ActionContext m_context;
    WizardEnvironment m_environment;
    actions::ActionRequest m_draft;
    CredentialsPage *m_credentialsPage = nullptr;
    SummaryPage *m_summaryPage = nullptr;
};

} // namespace re::ui
