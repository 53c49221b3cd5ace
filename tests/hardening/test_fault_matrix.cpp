// The fault matrix (issue 10, docs/hardening.md): every step of the help-desk story — log in, list,
// explore, restore, save — against every fault the emulator can inject, in v5 and v8. Each case
// runs the steps before the faulty one against a healthy path, meets the fault, and must end in a
// specific sentence for the user (asserted), leave no file in the download folder unless the save
// finished, and leave the same client usable: it logs in again if it has to and lists restore
// sessions. One test per (version, fault) prints its row of the matrix.

#include "story.h"

#include "auth/tokenmanager.h"
#include "emulator_process.h"
#include "qt_printers.h"
#include "wait.h"

#include <QDir>
#include <QProcess>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace re;
using namespace re::test;
using namespace std::chrono_literals;

namespace {

enum class Step { Login, List, Explore, Restore, Save };
constexpr Step kSteps[] = {Step::Login, Step::List, Step::Explore, Step::Restore, Step::Save};

QString stepName(Step step)
{
    switch (step) {
    case Step::Login: return QStringLiteral("login");
    case Step::List: return QStringLiteral("list");
    case Step::Explore: return QStringLiteral("explore");
    case Step::Restore: return QStringLiteral("restore");
    case Step::Save: return QStringLiteral("save");
    }
    return {};
}

enum class FaultKind {
    Http,          // --fail PATTERN=STATUS[:message]
    Malformed,     // --malformed: 200 with truncated JSON
    WrongShape,    // --wrong-shape: 200 with {"unexpected": true}
    Refused,       // the server is gone before the step
    Dropped,       // --drop-json / --drop-after: the connection closes mid-body
    Delayed,       // --delay / --first-byte-delay-ms beyond the client's first-byte timeout
    TokenExpired,  // --token-lifetime 2: the server refuses the token, the client refreshes
    TokenRevoked,  // the server restarted and forgot every token: the refresh is refused too
    TlsUntrusted,  // HTTPS with a certificate that is not pinned
    TlsChanged,    // HTTPS, and the server now shows another certificate than the pinned one
};

struct Fault
{
    FaultKind kind = FaultKind::Http;
    int status = 0;
    bool withMessage = false;

    QString name() const
    {
        switch (kind) {
        case FaultKind::Http:
            return QStringLiteral("http%1%2").arg(status).arg(withMessage ? QStringLiteral("_message") : QString());
        case FaultKind::Malformed: return QStringLiteral("malformed_json");
        case FaultKind::WrongShape: return QStringLiteral("wrong_shape_json");
        case FaultKind::Refused: return QStringLiteral("connection_refused");
        case FaultKind::Dropped: return QStringLiteral("dropped_mid_body");
        case FaultKind::Delayed: return QStringLiteral("first_byte_late");
        case FaultKind::TokenExpired: return QStringLiteral("token_expired");
        case FaultKind::TokenRevoked: return QStringLiteral("token_revoked");
        case FaultKind::TlsUntrusted: return QStringLiteral("tls_untrusted");
        case FaultKind::TlsChanged: return QStringLiteral("tls_changed");
        }
        return {};
    }
    bool usesTls() const { return kind == FaultKind::TlsUntrusted || kind == FaultKind::TlsChanged; }
};

const QString kServerWords = QStringLiteral("Fault injected for the test.");

QString kindName(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::None: return QStringLiteral("-");
    case K::HostNotFound: return QStringLiteral("HostNotFound");
    case K::ConnectionRefused: return QStringLiteral("ConnectionRefused");
    case K::ConnectionLost: return QStringLiteral("ConnectionLost");
    case K::Timeout: return QStringLiteral("Timeout");
    case K::Tls: return QStringLiteral("Tls");
    case K::Unauthorized: return QStringLiteral("Unauthorized");
    case K::BadCredentials: return QStringLiteral("BadCredentials");
    case K::Forbidden: return QStringLiteral("Forbidden");
    case K::NotFound: return QStringLiteral("NotFound");
    case K::ServerError: return QStringLiteral("ServerError");
    case K::MalformedResponse: return QStringLiteral("MalformedResponse");
    case K::UnexpectedResponse: return QStringLiteral("UnexpectedResponse");
    case K::Cancelled: return QStringLiteral("Cancelled");
    case K::Validation: return QStringLiteral("Validation");
    case K::Local: return QStringLiteral("Local");
    }
    return QStringLiteral("?");
}

// The request a step's fault is aimed at (emulator pattern syntax, docs/emulator.md).
QString patternOf(Step step, ApiVersion version)
{
    const bool v5 = version == ApiVersion::V5;
    switch (step) {
    case Step::Login: return v5 ? QStringLiteral("POST /v5/Token") : QStringLiteral("POST /v8/Token");
    case Step::List: return v5 ? QStringLiteral("GET /v5/Organizations") : QStringLiteral("GET /v8/Organizations");
    case Step::Explore:
        return v5 ? QStringLiteral("POST /v5/Organizations/*/Action") : QStringLiteral("POST /v8/Organizations/*/explore");
    case Step::Restore:
        return v5 ? QStringLiteral("POST /v5/RestoreSessions/*/Items/*/Action")
                  : QStringLiteral("POST /v8/RestoreSessions/*/Items/*/restore");
    case Step::Save:
        return v5 ? QStringLiteral("POST /v5/RestoreSessions/*/Items/*/Action")
                  : QStringLiteral("POST /v8/RestoreSessions/*/Items/*/save");
    }
    return {};
}

QStringList emulatorArguments(Step step, ApiVersion version, const Fault &fault)
{
    QStringList arguments{QStringLiteral("--api"), toString(version), QStringLiteral("--strict")};
    const QString pattern = patternOf(step, version);
    switch (fault.kind) {
    case FaultKind::Http:
        arguments << QStringLiteral("--fail")
                  << QStringLiteral("%1=%2%3").arg(pattern).arg(fault.status).arg(fault.withMessage ? QLatin1Char(':') + kServerWords : QString());
        break;
    case FaultKind::Malformed: arguments << QStringLiteral("--malformed") << pattern; break;
    case FaultKind::WrongShape: arguments << QStringLiteral("--wrong-shape") << pattern; break;
    case FaultKind::Dropped:
        if (step == Step::Save) // every attempt breaks, so the retries give up
            arguments << QStringLiteral("--drop-after") << QStringLiteral("64") << QStringLiteral("--drop-count")
                      << QStringLiteral("1000");
        else
            arguments << QStringLiteral("--drop-json") << pattern;
        break;
    case FaultKind::Delayed:
        if (step == Step::Save)
            arguments << QStringLiteral("--first-byte-delay-ms") << QStringLiteral("4000");
        else
            arguments << QStringLiteral("--delay") << pattern + QStringLiteral("=4000");
        break;
    case FaultKind::TokenExpired: arguments << QStringLiteral("--token-lifetime") << QStringLiteral("2"); break;
    case FaultKind::TlsUntrusted:
    case FaultKind::TlsChanged: arguments << QStringLiteral("--tls"); break;
    case FaultKind::Refused:
    case FaultKind::TokenRevoked: break;
    }
    return arguments;
}

QStringList otherCertificateArguments()
{
    const QString dir = QStringLiteral(RE_HARDENING_CERT_DIR);
    return {QStringLiteral("--cert"), dir + QStringLiteral("/other.pem"), QStringLiteral("--key"), dir + QStringLiteral("/other.key")};
}

// What the user must read: the error kind and sentences the message must contain.
struct Expectation
{
    bool success = false;          // the fault is absorbed (a refresh, a blocking restore that waits)
    bool mustWait = false;         // ... and a waiting state was shown
    ApiError::Kind kind = ApiError::Kind::None;
    QStringList fragments;
};

Expectation expectationFor(Step step, ApiVersion version, const Fault &fault)
{
    Expectation e;
    const QString status = QString::number(fault.status);
    switch (fault.kind) {
    case FaultKind::Http:
        if (step == Step::Login && (fault.status == 400 || fault.status == 401)) {
            e.kind = ApiError::Kind::BadCredentials;
            e.fragments << QStringLiteral("The server did not accept the user name or password.");
            if (fault.withMessage)
                e.fragments << QStringLiteral("It said: \"%1\".").arg(kServerWords);
            return e;
        }
        if (fault.status == 401) { // the refresh works, the replay meets 401 again: log in again
            e.kind = ApiError::Kind::Unauthorized;
            e.fragments << (step == Step::Save ? QStringLiteral("Log in again") : QStringLiteral("Your session on the server has ended. Log in again."));
            return e;
        }
        e.kind = fault.status == 403 ? ApiError::Kind::Forbidden
                 : fault.status == 404 ? ApiError::Kind::NotFound
                                       : ApiError::Kind::ServerError;
        if (step == Step::Save) {
            e.fragments << QStringLiteral("HTTP ") + status;
            if (fault.withMessage)
                e.fragments << QStringLiteral("Server message: ") + kServerWords;
        } else if (fault.withMessage) {
            e.fragments << QStringLiteral("The server said: \"%1\" (HTTP status %2).").arg(kServerWords, status);
        } else {
            e.fragments << QStringLiteral("The server answered with HTTP status %1.").arg(status);
        }
        return e;
    case FaultKind::Malformed:
    case FaultKind::WrongShape:
        if (step == Step::Save) { // JSON where the file should be: never saved as the file
            e.kind = ApiError::Kind::UnexpectedResponse;
            e.fragments << QStringLiteral("The server answered with a JSON document instead of the file, so nothing was saved.");
            return e;
        }
        if (fault.kind == FaultKind::Malformed) {
            e.kind = ApiError::Kind::MalformedResponse;
            e.fragments << QStringLiteral("sent a reply that is not valid JSON");
            return e;
        }
        e.kind = ApiError::Kind::UnexpectedResponse;
        switch (step) {
        case Step::Login: e.fragments << QStringLiteral("The server's login reply could not be used: it contains no access token."); break;
        case Step::List: e.fragments << QStringLiteral("The server's list reply has no \"results\" array."); break;
        case Step::Explore: e.fragments << QStringLiteral("The server's reply could not be understood: The server sent a restore session without an id"); break;
        case Step::Restore:
            if (version == ApiVersion::V5) { // the server said 200: done, but without counters
                e.success = true;
                e.fragments << QStringLiteral("The server reported success, but its counters could not be read");
            } else { // the request succeeded; the runner fails the outcome with its own words
                e.kind = ApiError::Kind::None;
                e.fragments << QStringLiteral("did not say which restore session runs it");
            }
            break;
        case Step::Save: break;
        }
        return e;
    case FaultKind::Refused:
        e.kind = ApiError::Kind::ConnectionRefused;
        e.fragments << QStringLiteral("refused the connection");
        return e;
    case FaultKind::Dropped:
        e.kind = ApiError::Kind::ConnectionLost;
        e.fragments << (step == Step::Save ? QStringLiteral("The connection to the server was lost")
                                           : QStringLiteral("was lost before the server finished answering"));
        return e;
    case FaultKind::Delayed:
        if (step == Step::Restore && version == ApiVersion::V5) {
            // v5 restores block until done: no first-byte limit by design, a waiting state instead.
            e.success = true;
            e.mustWait = true;
            return e;
        }
        e.kind = ApiError::Kind::Timeout;
        e.fragments << (step == Step::Save ? QStringLiteral("The server did not start sending the file within 1000 ms.")
                                           : QStringLiteral("did not answer within 1 seconds"));
        return e;
    case FaultKind::TokenExpired:
        e.success = true;
        return e;
    case FaultKind::TokenRevoked:
        e.kind = ApiError::Kind::Unauthorized;
        e.fragments << QStringLiteral("Log in again");
        return e;
    case FaultKind::TlsUntrusted:
        e.kind = ApiError::Kind::Tls;
        e.fragments << QStringLiteral("is not trusted");
        return e;
    case FaultKind::TlsChanged:
        e.kind = ApiError::Kind::Tls;
        e.fragments << QStringLiteral("is not the one you trusted");
        return e;
    }
    return e;
}

bool applies(Step step, const Fault &fault)
{
    // There is no token before the login.
    return !(step == Step::Login && (fault.kind == FaultKind::TokenExpired || fault.kind == FaultKind::TokenRevoked));
}

// The client never refreshes ahead of time, so only the server's 401 starts a refresh.
TokenTiming noProactiveRefresh()
{
    TokenTiming timing;
    const QDateTime frozen = QDateTime::currentDateTimeUtc();
    timing.now = [frozen] { return frozen; };
    timing.refreshLead = [](std::chrono::milliseconds) { return -std::chrono::milliseconds(std::chrono::hours(24)); };
    return timing;
}

struct CaseParam
{
    ApiVersion version;
    Fault fault;
};

std::vector<CaseParam> allCases()
{
    std::vector<CaseParam> cases;
    for (const ApiVersion version : {ApiVersion::V5, ApiVersion::V8}) {
        for (const int status : {400, 401, 403, 404, 500, 503}) {
            cases.push_back({version, {FaultKind::Http, status, true}});
            cases.push_back({version, {FaultKind::Http, status, false}});
        }
        for (const FaultKind kind : {FaultKind::Malformed, FaultKind::WrongShape, FaultKind::Refused, FaultKind::Dropped,
                                     FaultKind::Delayed, FaultKind::TokenExpired, FaultKind::TokenRevoked,
                                     FaultKind::TlsUntrusted, FaultKind::TlsChanged})
            cases.push_back({version, {kind, 0, false}});
    }
    return cases;
}

// One case: a fresh emulator with the fault, a fresh client, the story up to `step`, the fault.
class FaultCase
{
public:
    FaultCase(ApiVersion version, const Fault &fault, Step step)
        : m_version(version), m_fault(fault), m_step(step)
    {
    }

    // Runs the case; returns the row text for the matrix. Failures are reported through gtest.
    QString run()
    {
        if (!startEmulator(emulatorArguments(m_step, m_version, m_fault)))
            return QStringLiteral("emulator did not start");
        m_client = std::make_unique<ApiClient>(m_emulator->url());
        m_client->setApiVersion(m_version);
        if (m_fault.usesTls())
            m_client->trustStore().pin(m_emulator->certificateSha256().toLatin1());
        if (m_fault.kind == FaultKind::TokenExpired || m_fault.kind == FaultKind::TokenRevoked)
            m_client->tokens()->setTiming(noProactiveRefresh());
        TimeoutPolicies policies;
        policies.browse = TimeoutPolicy{.connect = 10s, .firstByte = 1s, .inactivity = 10s, .waitingNotice = 200ms};
        policies.blockingAction.waitingNotice = 200ms;
        m_client->setTimeoutPolicies(policies);
        m_story = std::make_unique<Story>(*m_client);

        if (!prelude())
            return QStringLiteral("prelude failed: ") + m_preludeError;
        breakTheServerIfNeeded();
        const StepResult result = runStep();
        const QString row = judge(result);
        checkUsable();
        return row;
    }

private:
    bool startEmulator(const QStringList &arguments, int port = 0)
    {
        QStringList all = arguments;
        if (port != 0)
            all << QStringLiteral("--port") << QString::number(port);
        m_emulator = std::make_unique<EmulatorProcess>(EmulatorProcess::Options{all, false, 20000});
        const bool started = m_emulator->start();
        EXPECT_TRUE(started) << m_emulator->errorString().toStdString();
        return started;
    }

    // A healthy emulator on the same port (same certificate as the fault's, unless `other`).
    bool restartHealthy(bool otherCertificate = false)
    {
        const int port = m_client->serverRoot().port();
        m_emulator.reset();
        QStringList arguments{QStringLiteral("--api"), toString(m_version), QStringLiteral("--strict")};
        if (otherCertificate)
            arguments << otherCertificateArguments();
        else if (m_fault.usesTls())
            arguments << QStringLiteral("--tls");
        return startEmulator(arguments, port);
    }

    bool require(const StepResult &result, const char *what)
    {
        if (result.ok)
            return true;
        m_preludeError = QString::fromLatin1(what) + QStringLiteral(": ") + result.text;
        ADD_FAILURE() << m_preludeError.toStdString();
        return false;
    }

    // The steps before the faulty one, on paths the fault does not touch.
    bool prelude()
    {
        if (m_step == Step::Login)
            return true;
        if (!require(m_story->login(m_emulator->user(), m_emulator->password()), "login"))
            return false;
        if (m_step == Step::List)
            return true;
        if (!require(m_story->listOrganizations(&m_organizationId), "list"))
            return false;
        if (m_step == Step::Explore)
            return true;
        QString session;
        if (!require(m_story->explore(m_organizationId, &session), "explore"))
            return false;
        Result<MailItemRef, ApiError> item = m_story->findMailItem(session);
        if (!item) {
            m_preludeError = QStringLiteral("find a mail item: ") + item.error().message;
            ADD_FAILURE() << m_preludeError.toStdString();
            return false;
        }
        m_item = *item;
        return true;
    }

    void breakTheServerIfNeeded()
    {
        switch (m_fault.kind) {
        case FaultKind::Refused:
            m_emulator.reset();
            break;
        case FaultKind::TokenExpired:
            QTest::qWait(2500); // the server's token expired; the client does not know
            break;
        case FaultKind::TokenRevoked:
            restartHealthy(); // forgets every token, so the refresh is refused as well
            break;
        case FaultKind::TlsUntrusted:
            // Login: nothing pinned. Later steps: the server now shows a certificate this client
            // has no pin for (replaced, and the profile's pin cleared), so it must ask again.
            m_client->setTrustStore(TrustStore());
            if (m_step != Step::Login)
                restartHealthy(/*otherCertificate=*/true);
            break;
        case FaultKind::TlsChanged:
            restartHealthy(/*otherCertificate=*/true);
            break;
        default:
            break;
        }
    }

    StepResult runStep()
    {
        switch (m_step) {
        case Step::Login: {
            const QString user = m_emulator ? m_emulator->user() : QStringLiteral("helpdesk");
            const QString password = m_emulator ? m_emulator->password() : QStringLiteral("demo");
            return m_story->login(user, password);
        }
        case Step::List: return m_story->listOrganizations();
        case Step::Explore: return m_story->explore(m_organizationId, nullptr);
        case Step::Restore:
            return m_story->restoreToOriginal(m_item, actions::RestoreCredentials::withPassword(
                                                          QStringLiteral("admin@contoso.example"), QStringLiteral("restore-pw")));
        case Step::Save: {
            DownloadPolicy policy;
            policy.maxAttempts = 2;
            policy.retryDelay = [](int) { return std::chrono::milliseconds(100); };
            policy.firstByteTimeout = 1s;
            policy.stallTimeout = 2s;
            return m_story->saveAsMsg(m_item, m_downloads.path(), policy);
        }
        }
        return {};
    }

    QString judge(const StepResult &result)
    {
        const Expectation expected = expectationFor(m_step, m_version, m_fault);
        const std::string where = (toString(m_version) + u' ' + m_fault.name() + u' ' + stepName(m_step)).toStdString();
        if (expected.success) {
            EXPECT_TRUE(result.ok) << where << ": " << result.text.toStdString();
            if (expected.mustWait) {
                EXPECT_TRUE(result.waitedForServer) << where << ": no waiting state shown";
            }
        } else {
            EXPECT_FALSE(result.ok) << where << ": succeeded";
            EXPECT_EQ(static_cast<int>(result.error.kind), static_cast<int>(expected.kind))
                << where << ": " << result.text.toStdString();
        }
        for (const QString &fragment : expected.fragments) {
            EXPECT_TRUE(result.text.contains(fragment))
                << where << ": expected \"" << fragment.toStdString() << "\" in \"" << result.text.toStdString() << '"';
        }
        // No file unless the save finished; never a .part left behind.
        const QStringList files = Story::filesIn(m_downloads.path());
        if (m_step == Step::Save && result.ok) {
            EXPECT_EQ(files, QStringList{QDir(m_downloads.path()).relativeFilePath(result.savedPath)}) << where;
        } else {
            EXPECT_TRUE(files.isEmpty()) << where << ": left " << files.join(QStringLiteral(", ")).toStdString();
        }

        const QString outcome = result.ok ? QStringLiteral("OK") : QStringLiteral("FAILED [%1]").arg(kindName(result.error.kind));
        const QString text = result.savedPath.isEmpty() ? result.text
                                                        : QStringLiteral("saved ") + QFileInfo(result.savedPath).fileName();
        return QStringLiteral("%1 → %2%3").arg(stepName(m_step), outcome, text.isEmpty() ? QString() : QStringLiteral(": ") + text);
    }

    // The same client, with what a user would do next — trust the certificate the administrator
    // confirmed, log in again when told to — lists restore sessions. A login fault blocks the token
    // endpoint itself, so the server comes back healthy first.
    void checkUsable()
    {
        const std::string where = (toString(m_version) + u' ' + m_fault.name() + u' ' + stepName(m_step)).toStdString();
        if ((!m_emulator || m_step == Step::Login) && !restartHealthy())
            return;
        if (m_fault.usesTls())
            m_client->setTrustStore(TrustStore(m_emulator->certificateSha256().toLatin1()));
        StepResult sessions = m_client->tokens()->isLoggedIn() ? m_story->listRestoreSessions() : StepResult{};
        // Only a fault that ends the server-side session (or a server restart) may cost the login.
        const bool mayCostTheLogin = m_step == Step::Login || (m_fault.kind == FaultKind::Http && m_fault.status == 401)
                                     || m_fault.kind == FaultKind::Refused || m_fault.kind == FaultKind::TokenRevoked
                                     || m_fault.usesTls();
        EXPECT_TRUE(sessions.ok || mayCostTheLogin) << where << ": the fault logged the client out: " << sessions.text.toStdString();
        if (!sessions.ok) {
            const StepResult again = m_story->login(m_emulator->user(), m_emulator->password());
            ASSERT_TRUE(again.ok) << where << ": log in again: " << again.text.toStdString();
            sessions = m_story->listRestoreSessions();
        }
        EXPECT_TRUE(sessions.ok) << where << ": client not usable afterwards: " << sessions.text.toStdString();
    }

    ApiVersion m_version;
    Fault m_fault;
    Step m_step;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Story> m_story;
    QTemporaryDir m_downloads;
    QString m_organizationId;
    MailItemRef m_item;
    QString m_preludeError;
};

class FaultMatrix : public testing::TestWithParam<CaseParam>
{
};

TEST_P(FaultMatrix, endsInASpecificErrorAndStaysUsable)
{
    const CaseParam &param = GetParam();
    QStringList row;
    for (const Step step : kSteps) {
        if (!applies(step, param.fault)) {
            row << stepName(step) + QStringLiteral(" → n/a (no token before the login)");
            continue;
        }
        FaultCase faultCase(param.version, param.fault, step);
        row << faultCase.run();
    }
    // The matrix row, one line per step: `ctest -R FaultMatrix -V` prints the whole matrix.
    std::cout << "MATRIX " << toString(param.version).toStdString() << ' ' << param.fault.name().toStdString() << '\n';
    for (const QString &cell : row)
        std::cout << "MATRIX   " << cell.toStdString() << '\n';
    std::cout << std::flush;
}

INSTANTIATE_TEST_SUITE_P(Hardening, FaultMatrix, testing::ValuesIn(allCases()),
                         [](const testing::TestParamInfo<CaseParam> &param) {
                             return (toString(param.param.version) + u'_' + param.param.fault.name()).toStdString();
                         });

} // namespace

// restore-cli meets the same faults (`orgs`, v5 and v8): the core's sentence on stderr, the
// documented exit code (app/cli/clierror.h), nothing on stdout.
TEST(FaultMatrixCli, restoreCliSaysWhatHappenedAndExitsWithTheRightCode)
{
    struct CliCase
    {
        const char *name;
        QStringList emulatorArguments; // after --api
        QStringList cliArguments;      // extra, before the command
        bool stopServer;
        int exitCode;
        QString fragment;
    };
    const QString other = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
    for (const ApiVersion version : {ApiVersion::V5, ApiVersion::V8}) {
        const QString v = toString(version);
        const QList<CliCase> cases{
            {"http503_message", {QStringLiteral("--fail"), QStringLiteral("GET /%1/Organizations=503:%2").arg(v, kServerWords)}, {}, false, 1,
             QStringLiteral("The server said: \"%1\" (HTTP status 503).").arg(kServerWords)},
            {"http403", {QStringLiteral("--fail"), QStringLiteral("GET /%1/Organizations=403").arg(v)}, {}, false, 4,
             QStringLiteral("The server answered with HTTP status 403.")},
            {"malformed_json", {QStringLiteral("--malformed"), QStringLiteral("GET /%1/Organizations").arg(v)}, {}, false, 1,
             QStringLiteral("sent a reply that is not valid JSON")},
            {"bad_credentials", {QStringLiteral("--password"), QStringLiteral("something-else")}, {}, false, 4,
             QStringLiteral("The server did not accept the user name or password.")},
            {"connection_refused", {}, {}, true, 1, QStringLiteral("refused the connection")},
            {"tls_untrusted", {QStringLiteral("--tls")}, {}, false, 3, QStringLiteral("is not trusted")},
            {"tls_changed", {QStringLiteral("--tls")}, {QStringLiteral("--trust-fingerprint"), other}, false, 3,
             QStringLiteral("does not match --trust-fingerprint; someone may be intercepting the connection")},
        };
        for (const CliCase &c : cases) {
            auto emulator = std::make_unique<EmulatorProcess>(EmulatorProcess::Options{
                QStringList{QStringLiteral("--api"), v} + c.emulatorArguments, false, 20000});
            ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
            const QString url = emulator->url().toString();
            if (c.stopServer)
                emulator.reset();
            QProcess cli;
            cli.start(QStringLiteral(RE_CLI_PATH), QStringList{QStringLiteral("--server"), url, QStringLiteral("--api"), v,
                                                               QStringLiteral("--user"), QStringLiteral("helpdesk"),
                                                               QStringLiteral("--password-stdin")}
                                                       + c.cliArguments + QStringList{QStringLiteral("orgs")});
            ASSERT_TRUE(cli.waitForStarted());
            cli.write("demo\n");
            cli.closeWriteChannel();
            ASSERT_TRUE(cli.waitForFinished(60000));
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            const QByteArray out = cli.readAllStandardOutput();
            const std::string where = (v + u' ' + QString::fromLatin1(c.name)).toStdString();
            EXPECT_EQ(cli.exitCode(), c.exitCode) << where << ": " << err.toStdString();
            EXPECT_TRUE(err.contains(c.fragment)) << where << ": " << err.toStdString();
            EXPECT_TRUE(out.trimmed().isEmpty()) << where << ": " << out.toStdString();
            std::cout << "MATRIX cli " << where << " → exit " << cli.exitCode() << ": "
                      << err.trimmed().toStdString() << std::endl;
        }
    }
}
