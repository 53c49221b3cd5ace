#include "profiles/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace re {

namespace {

SecretBackend::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretBackend::Status::NotFound;
    // Without any backend Qt Keychain 0.13 answers OtherError (7), not NoBackendAvailable (5);
    // a Secret Service without a usable collection answers OtherError as well (toolchain.md §4).
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::NotImplemented:
        return SecretBackend::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretBackend::Status::Failed;
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void QtKeychainBackend::read(const QString &key, Done done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, std::move(done));
}

void QtKeychainBackend::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, key, std::move(done));
}

void QtKeychainBackend::remove(const QString &key, Done done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, std::move(done));
}

void QtKeychainBackend::run(QKeychain::Job *job, const QString &key, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    connect(
        job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
            Reply reply;
            reply.status = statusOf(finished->error());
            if (reply.status == Status::Ok) {
                if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    reply.secret = reader->textData();
            } else {
                reply.message = finished->errorString();
            }
            done(std::move(reply));
        });
    job->start();
}

} // namespace re
