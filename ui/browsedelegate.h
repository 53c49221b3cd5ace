#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <optional>

namespace re::ui {

enum class IconKind {
    Server, Organization, Session, Mailbox, ArchiveMailbox, OneDrive,
    // Folders: mail folders by category or type, OneDrive folders
    Folder, Inbox, Outbox, SentItems, DeletedItems, Drafts, Junk, Calendar, Contacts, Tasks, Notes, Journal,
    // Mail items by item class
    Mail, Appointment, Contact, Task, Note,
    // Documents by file type
    Document, WordDocument, Spreadsheet, Presentation, Pdf, Image, Text, Archive, Media,
};

// The icon for a kind of node or item; `deleted` adds the red "deleted" badge.
QIcon browseIcon(IconKind kind, bool deleted = false);
// Resource path of the kind's SVG (":/icons/….svg").
QString iconPath(IconKind kind);

// Which icon a mail folder gets: its category (v6+: Inbox, Sent, …), else its type (Contact,
// Appointment, …), else the plain folder.
IconKind mailFolderIconKind(const QString &category, const QString &type);
// Mail items by item class prefix (IPM.Appointment, IPM.Contact, …).
IconKind mailItemIconKind(const QString &itemClass);
// Documents by file name extension.
IconKind documentIconKind(const QString &fileName);

// Core models say what a row is through semantic roles (browseroles.h); these map that to icons.
std::optional<IconKind> treeIconKind(const QModelIndex &index);
std::optional<IconKind> itemIconKind(const QModelIndex &index);

// Paints rows of the browse tree and the item list: icons from the semantic roles, deleted items in
// italic grey, "Loading…" rows grey, error rows in the warning colour. Core stays free of Gui types.
class BrowseItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Mode { Tree, Items };

    explicit BrowseItemDelegate(Mode mode, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Mode m_mode;
};

} // namespace re::ui
