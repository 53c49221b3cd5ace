#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <optional>

namespace re::ui {

enum class IconKind { Server, Organization, Session, Mailbox, ArchiveMailbox, Folder, Mail, OneDrive, Document };

// The icon for a kind of node or item; `deleted` adds the red "deleted" badge.
QIcon browseIcon(IconKind kind, bool deleted = false);

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
