#pragma once

#include <QString>

#include <functional>

namespace re {

// Where CredentialStore keeps secrets: the system keychain in the program, a scripted fake in
// tests. Every call answers exactly once through `done`, later (never from inside the call), or
// never at all when the keychain hangs (CredentialStore's watchdog covers that).
class SecretBackend
{
public:
    enum class Status {
        Ok,
        NotFound, // no such entry (for a delete: nothing to do)
        Unavailable, // no keychain service on this machine (QtKeychain
                     // NoBackendAvailable/OtherError)
        Failed, // the keychain exists but refused: access denied, could not delete, …
    };
    struct Reply
    {
        Status status = Status::Failed;
        QString secret; // read only
        QString message; // the backend's own words for a failure; never contains the secret
    };
    using Done = std::function<void(Reply)>;

    virtual ~SecretBackend() = default;
    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace re
