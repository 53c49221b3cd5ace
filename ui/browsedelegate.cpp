#include "browsedelegate.h"

#include "model/backuptreemodel.h"
#include "model/browseroles.h"
#include "model/itemlistmodel.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>

namespace re::ui {

namespace {

// Draws the SVG in every mode as it is, and the red badge over it for deleted rows. Qt's SVG engine
// tints the Selected mode with the highlight colour, which washed the coloured icons out on selected
// rows; painting from the vector keeps them crisp at any device pixel ratio.
class BrowseIconEngine final : public QIconEngine
{
public:
    BrowseIconEngine(QString path, bool deleted) : m_path(std::move(path)), m_deleted(deleted) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QIcon::Mode drawn = mode == QIcon::Disabled ? QIcon::Disabled : QIcon::Normal;
        icon(m_path).paint(painter, rect, Qt::AlignCenter, drawn, state);
        if (m_deleted)
            icon(QStringLiteral(":/icons/deleted-overlay.svg")).paint(painter, rect, Qt::AlignCenter, drawn, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels (QIcon::pixmap passes the logical size times `scale`).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), pixmap.deviceIndependentSize().toSize()), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new BrowseIconEngine(m_path, m_deleted); }
    QString key() const override { return QStringLiteral("re-browse-icon"); }

private:
    static QIcon icon(const QString &path)
    {
        static QHash<QString, QIcon> cache;
        auto found = cache.find(path);
        if (found == cache.end())
            found = cache.insert(path, QIcon(path));
        return *found;
    }

    QString m_path;
    bool m_deleted;
};

} // namespace

QString iconPath(IconKind kind)
{
    switch (kind) {
    case IconKind::Server: return QStringLiteral(":/icons/server.svg");
    case IconKind::Organization: return QStringLiteral(":/icons/organization.svg");
    case IconKind::Session: return QStringLiteral(":/icons/session.svg");
    case IconKind::Mailbox: return QStringLiteral(":/icons/mailbox.svg");
    case IconKind::ArchiveMailbox: return QStringLiteral(":/icons/archive-mailbox.svg");
    case IconKind::OneDrive: return QStringLiteral(":/icons/onedrive.svg");
    case IconKind::Folder: return QStringLiteral(":/icons/folder.svg");
    case IconKind::Inbox: return QStringLiteral(":/icons/folder-inbox.svg");
    case IconKind::Outbox: return QStringLiteral(":/icons/folder-outbox.svg");
    case IconKind::SentItems: return QStringLiteral(":/icons/folder-sent.svg");
    case IconKind::DeletedItems: return QStringLiteral(":/icons/folder-deleted.svg");
    case IconKind::Drafts: return QStringLiteral(":/icons/folder-drafts.svg");
    case IconKind::Junk: return QStringLiteral(":/icons/folder-junk.svg");
    case IconKind::Calendar:
    case IconKind::Appointment: return QStringLiteral(":/icons/calendar.svg");
    case IconKind::Contacts:
    case IconKind::Contact: return QStringLiteral(":/icons/contact.svg");
    case IconKind::Tasks:
    case IconKind::Task: return QStringLiteral(":/icons/task.svg");
    case IconKind::Notes:
    case IconKind::Note: return QStringLiteral(":/icons/note.svg");
    case IconKind::Journal: return QStringLiteral(":/icons/journal.svg");
    case IconKind::Mail: return QStringLiteral(":/icons/mail.svg");
    case IconKind::Document: return QStringLiteral(":/icons/document.svg");
    case IconKind::WordDocument: return QStringLiteral(":/icons/document-word.svg");
    case IconKind::Spreadsheet: return QStringLiteral(":/icons/document-spreadsheet.svg");
    case IconKind::Presentation: return QStringLiteral(":/icons/document-presentation.svg");
    case IconKind::Pdf: return QStringLiteral(":/icons/document-pdf.svg");
    case IconKind::Image: return QStringLiteral(":/icons/document-image.svg");
    case IconKind::Text: return QStringLiteral(":/icons/document-text.svg");
    case IconKind::Archive: return QStringLiteral(":/icons/document-archive.svg");
    case IconKind::Media: return QStringLiteral(":/icons/document-media.svg");
    }
    return {};
}

IconKind mailFolderIconKind(const QString &category, const QString &type)
{
    static const QHash<QString, IconKind> byCategory {
        {QStringLiteral("inbox"), IconKind::Inbox},
        {QStringLiteral("outbox"), IconKind::Outbox},
        {QStringLiteral("sent"), IconKind::SentItems},
        {QStringLiteral("deleted"), IconKind::DeletedItems},
        {QStringLiteral("drafts"), IconKind::Drafts},
        {QStringLiteral("junk"), IconKind::Junk},
    };
    static const QHash<QString, IconKind> byType {
        {QStringLiteral("appointment"), IconKind::Calendar},
        {QStringLiteral("contact"), IconKind::Contacts},
        {QStringLiteral("task"), IconKind::Tasks},
        {QStringLiteral("stickynote"), IconKind::Notes},
        {QStringLiteral("journal"), IconKind::Journal},
    };
    // Servers differ in case ("Inbox", "inbox"); unknown values are plain folders.
    if (const auto found = byCategory.constFind(category.toLower()); found != byCategory.constEnd())
        return *found;
    if (const auto found = byType.constFind(type.toLower()); found != byType.constEnd())
        return *found;
    return IconKind::Folder;
}

IconKind mailItemIconKind(const QString &itemClass)
{
    const auto is = [&itemClass](QLatin1String prefix) { return itemClass.startsWith(prefix, Qt::CaseInsensitive); };
    if (is(QLatin1String("IPM.Appointment")) || is(QLatin1String("IPM.Schedule")))
        return IconKind::Appointment;
    if (is(QLatin1String("IPM.Contact")) || is(QLatin1String("IPM.DistList")))
        return IconKind::Contact;
    if (is(QLatin1String("IPM.Task")))
        return IconKind::Task;
    if (is(QLatin1String("IPM.StickyNote")))
        return IconKind::Note;
    return IconKind::Mail;
}

IconKind documentIconKind(const QString &fileName)
{
    static const QHash<QString, IconKind> byExtension = [] {
        QHash<QString, IconKind> map;
        const auto add = [&map](IconKind kind, std::initializer_list<const char *> extensions) {
            for (const char *extension : extensions)
                map.insert(QString::fromLatin1(extension), kind);
        };
        add(IconKind::WordDocument, {"doc", "docx", "docm", "dot", "dotx", "odt", "rtf"});
        add(IconKind::Spreadsheet, {"xls", "xlsx", "xlsm", "xlsb", "ods", "csv"});
        add(IconKind::Presentation, {"ppt", "pptx", "pptm", "odp", "key"});
        add(IconKind::Pdf, {"pdf"});
        add(IconKind::Image, {"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "svg", "webp", "heic"});
        add(IconKind::Text, {"txt", "md", "log", "json", "xml", "ini", "cfg", "yaml", "yml"});
        add(IconKind::Archive, {"zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "pst"});
        add(IconKind::Media, {"mp3", "wav", "m4a", "mp4", "mov", "avi", "mkv", "wmv", "webm"});
        return map;
    }();
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return IconKind::Document;
    return byExtension.value(fileName.mid(dot + 1).toLower(), IconKind::Document);
}

QIcon browseIcon(IconKind kind, bool deleted)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(kind) * 2 + (deleted ? 1 : 0);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    const QIcon icon(new BrowseIconEngine(iconPath(kind), deleted));
    cache.insert(key, icon);
    return icon;
}

std::optional<IconKind> treeIconKind(const QModelIndex &index)
{
    using Kind = BackupTreeModel::NodeKind;
    switch (static_cast<Kind>(index.data(NodeKindRole).toInt())) {
    case Kind::Server: return IconKind::Server;
    case Kind::Organization: return IconKind::Organization;
    case Kind::RestoreSession: return IconKind::Session;
    case Kind::MailboxGroup: return IconKind::Mailbox;
    case Kind::OneDriveGroup: return IconKind::OneDrive;
    case Kind::Mailbox:
        return index.data(IsArchiveRole).toBool() ? IconKind::ArchiveMailbox : IconKind::Mailbox;
    case Kind::MailFolder:
        return mailFolderIconKind(index.data(FolderCategoryRole).toString(), index.data(FolderTypeRole).toString());
    case Kind::OneDriveFolder: return IconKind::Folder;
    case Kind::OneDrive: return IconKind::OneDrive;
    case Kind::LoadingRow:
    case Kind::ErrorRow: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<IconKind> itemIconKind(const QModelIndex &index)
{
    switch (static_cast<ItemListModel::Content>(index.data(NodeKindRole).toInt())) {
    case ItemListModel::Content::Mail: return mailItemIconKind(index.data(ItemClassRole).toString());
    case ItemListModel::Content::Documents:
        if (index.data(IsFolderRole).toBool())
            return IconKind::Folder;
        return documentIconKind(index.siblingAtColumn(ItemListModel::DocumentName).data(Qt::DisplayRole).toString());
    case ItemListModel::Content::None: return std::nullopt;
    }
    return std::nullopt;
}

BrowseItemDelegate::BrowseItemDelegate(Mode mode, QObject *parent)
    : QStyledItemDelegate(parent), m_mode(mode)
{}

void BrowseItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto *view = qobject_cast<const QWidget *>(option->widget);
    const bool deleted = index.data(DeletedRole).toBool();

    if (index.column() == 0) {
        const auto kind = m_mode == Mode::Tree ? treeIconKind(index) : itemIconKind(index);
        if (kind) {
            option->icon = browseIcon(*kind, deleted);
            option->features |= QStyleOptionViewItem::HasDecoration;
        } else if (index.data(ErrorRole).isValid() && m_mode == Mode::Tree) {
            option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }

    const bool loading = index.data(LoadingRole).toBool();
    const bool error = m_mode == Mode::Tree && index.data(ErrorRole).isValid();
    if (deleted || loading) {
        option->font.setItalic(true);
        if (view)
            option->palette.setColor(QPalette::Text, mutedColor(view));
    }
    if (error && view)
        option->palette.setColor(QPalette::Text, warningColor(view));
}

} // namespace re::ui
