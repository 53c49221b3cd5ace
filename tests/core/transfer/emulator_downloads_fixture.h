#pragma once

// Shared by the emulator download tests: an emulator, a logged-in ApiClient on it, and helpers that
// find mail items and OneDrive documents and download them through DownloadManager.

#include "download_test_support.h"
#include "emulator_process.h"
#include "qt_printers.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "transfer/apidownload.h"
#include "transfer/contentsniffer.h"
#include "transfer/downloadmanager.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStorageInfo>

#include <iostream>
#include <optional>

namespace re::test {

using namespace Qt::StringLiterals;

inline constexpr qint64 kFourGiB = qint64(4) << 30;

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline SniffedKind kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SniffedKind::Unknown;
    return sniffKind(file.read(kSniffBytes));
}

inline qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression vmRss(u"^VmRSS:\\s+(\\d+)\\s+kB"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = vmRss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

// An emulator, a logged-in ApiClient on it, and the ids the tests download.
class EmulatorDownloads : public ::testing::Test
{
protected:
    void startWith(QStringList extraArguments)
    {
        QStringList arguments = {u"--api"_s, u"v8"_s, u"--strict"_s};
        arguments += extraArguments;
        emulator = std::make_unique<EmulatorProcess>(EmulatorProcess::Options{arguments, true, 20000});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        ASSERT_TRUE(emulator->url().isValid()) << "no url";
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(ApiVersion::V8);
        client->login(emulator->user(), emulator->password());
        ASSERT_TRUE(waitUntil([this] { return client->tokens()->state() == TokenManager::State::LoggedIn; }));
        const auto organizations = page<Organization>(query(Collection::Organizations));
        ASSERT_TRUE(organizations.hasValue());
        ASSERT_FALSE(organizations->items.isEmpty());
        organizationId = organizations->items.constFirst().id;
    }

    static ListQuery query(Collection collection, QString session = {}, QString container = {},
                           QString parent = {}, qint64 limit = 0)
    {
        ListQuery q;
        q.collection = collection;
        q.sessionId = std::move(session);
        q.containerId = std::move(container);
        q.parentId = std::move(parent);
        q.limit = limit;
        return q;
    }

    template <typename T>
    Result<Page<T>, ApiError> page(const ListQuery &listQuery)
    {
        std::optional<Result<Page<T>, ApiError>> result;
        client->fetchPage<T>(listQuery, &context, [&](Result<Page<T>, ApiError> r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, 60000));
        if (!result) {
            ApiError timeout;
            timeout.kind = ApiError::Kind::Timeout;
            return unexpected(timeout);
        }
        return std::move(*result);
    }

    QString explore(SessionType type)
    {
        std::optional<Result<RestoreSession, ApiError>> result;
        ExploreOptions options;
        options.type = type;
        client->explore(organizationId, options, &context,
                        [&](Result<RestoreSession, ApiError> r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, 30000));
        if (!result || !result->hasValue())
            return {};
        return result->value().id;
    }

    struct MailTarget
    {
        QString session;
        Mailbox mailbox;
        QList<MailItem> items;
    };

    // The first mailbox with a folder holding at least two items.
    MailTarget mailTarget()
    {
        MailTarget target;
        target.session = explore(SessionType::Exchange);
        const auto mailboxes = page<Mailbox>(query(Collection::Mailboxes, target.session));
        if (!mailboxes)
            return target;
        for (const Mailbox &mailbox : mailboxes->items) {
            const auto folders = page<MailFolder>(query(Collection::MailFolders, target.session, mailbox.id));
            if (!folders)
                continue;
            for (const MailFolder &folder : folders->items) {
                const auto items = page<MailItem>(query(Collection::MailItems, target.session, mailbox.id, folder.id, 10));
                if (items && items->items.size() >= 2) {
                    target.mailbox = mailbox;
                    target.items = items->items;
                    return target;
                }
            }
        }
        return target;
    }

    struct DriveTarget
    {
        QString session;
        OneDrive drive;
        QList<OneDriveDocument> documents; // root documents, largest first
    };

    DriveTarget driveTarget()
    {
        DriveTarget target;
        target.session = explore(SessionType::OneDrive);
        const auto drives = page<OneDrive>(query(Collection::OneDrives, target.session, {}, {}, 1));
        if (!drives || drives->items.isEmpty())
            return target;
        target.drive = drives->items.constFirst();
        const auto documents = page<OneDriveDocument>(query(Collection::OneDriveDocuments, target.session, target.drive.id, {}, 1000));
        if (!documents)
            return target;
        for (const OneDriveDocument &d : documents->items) {
            if (!d.isFolder)
                target.documents << d;
        }
        std::sort(target.documents.begin(), target.documents.end(),
                  [](const OneDriveDocument &a, const OneDriveDocument &b) { return a.sizeBytes > b.sizeBytes; });
        return target;
    }

    // Breadth-first through the drive's folders for the first document of exactly `size` bytes.
    std::optional<OneDriveDocument> findDocumentOfSize(const DriveTarget &t, qint64 size)
    {
        QStringList folders = {QString()}; // the root first
        for (int visited = 0; !folders.isEmpty() && visited < 200; ++visited) {
            const QString folder = folders.takeFirst();
            const auto documents = page<OneDriveDocument>(
                query(Collection::OneDriveDocuments, t.session, t.drive.id, folder, 1000));
            if (documents) {
                for (const OneDriveDocument &d : documents->items) {
                    if (!d.isFolder && d.sizeBytes == size)
                        return d;
                }
            }
            const auto children = page<OneDriveFolder>(
                query(Collection::OneDriveFolders, t.session, t.drive.id, folder, 1000));
            if (children) {
                for (const OneDriveFolder &f : children->items)
                    folders << f.id;
            }
        }
        return std::nullopt;
    }

    static ActionTarget documentTarget(const DriveTarget &t, const OneDriveDocument &document)
    {
        ActionTarget target;
        target.ref = {ResourceKind::OneDriveDocument, {}, t.session, t.drive.id, document.id, {}};
        return target;
    }

    // Enqueues the action on `manager` and waits until the job ends.
    DownloadJob *download(DownloadManager &manager, const ActionTarget &target, ActionVerb verb,
                          const QJsonObject &options, const QString &targetDir, const QString &name,
                          int timeoutMs = 60000)
    {
        Result<DownloadRequest, ApiError> request = downloadRequestFor(client.get(), target, verb, options, targetDir, name);
        EXPECT_TRUE(request.hasValue()) << (request ? "" : request.error().message.toStdString());
        if (!request)
            return nullptr;
        DownloadJob *job = manager.enqueue(std::move(request).value());
        EXPECT_TRUE(waitUntil([job] { return isTerminal(job->state()); }, timeoutMs));
        return job;
    }

    int saveRequestsInLog() const
    {
        int count = 0;
        for (const QString &line : emulator->logLines()) {
            if (line.contains(u"/save\""_s, Qt::CaseInsensitive) || line.contains(u"/exportToPst\""_s, Qt::CaseInsensitive))
                ++count;
        }
        return count;
    }

    QObject context;
    std::unique_ptr<EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    QString organizationId;
    QTemporaryDir dir;
};

#define ASSERT_FINISHED(job)                                                                       \
    ASSERT_NE(job, nullptr);                                                                       \
    ASSERT_EQ((job)->state(), DownloadState::Finished) << (job)->snapshot().error.message.toStdString()


} // namespace re::test
