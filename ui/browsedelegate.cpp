#include "browsedelegate.h"

#include "model/backuptreemodel.h"
#include "model/browseroles.h"
#include "model/itemlistmodel.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QStyle>

namespace re::ui {

namespace {

QString iconPath(IconKind kind)
{
    switch (kind) {
    case IconKind::Server: return QStringLiteral(":/icons/server.svg");
    case IconKind::Organization: return QStringLiteral(":/icons/organization.svg");
    case IconKind::Session: return QStringLiteral(":/icons/session.svg");
    case IconKind::Mailbox: return QStringLiteral(":/icons/mailbox.svg");
    case IconKind::ArchiveMailbox: return QStringLiteral(":/icons/archive-mailbox.svg");
    case IconKind::Folder: return QStringLiteral(":/icons/folder.svg");
    case IconKind::Mail: return QStringLiteral(":/icons/mail.svg");
    case IconKind::OneDrive: return QStringLiteral(":/icons/onedrive.svg");
    case IconKind::Document: return QStringLiteral(":/icons/document.svg");
    }
    return {};
}

// The base icon with the deleted badge painted over it, at the sizes views ask for.
QIcon withDeletedBadge(const QIcon &base)
{
    const QIcon badge(QStringLiteral(":/icons/deleted-overlay.svg"));
    QIcon result;
    for (const int side : {16, 20, 24, 32, 48}) {
        QPixmap pixmap = base.pixmap(side, side);
        QPainter painter(&pixmap);
        badge.paint(&painter, pixmap.rect());
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace

QIcon browseIcon(IconKind kind, bool deleted)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(kind) * 2 + (deleted ? 1 : 0);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    QIcon icon(iconPath(kind));
    if (deleted)
        icon = withDeletedBadge(icon);
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
    case ItemListModel::Content::Mail: return IconKind::Mail;
    case ItemListModel::Content::Documents:
        return index.data(IsFolderRole).toBool() ? IconKind::Folder : IconKind::Document;
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
