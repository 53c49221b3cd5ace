// Icons of the browse views: which icon a folder, item or document gets, that every icon exists
// and draws, and that selected rows show the same drawing (no washed-out selection tint).
#include "browsedelegate.h"

#include <QFile>
#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace re::ui;

namespace {

const IconKind kAllKinds[] = {
    IconKind::Server, IconKind::Organization, IconKind::Session, IconKind::Mailbox, IconKind::ArchiveMailbox,
    IconKind::OneDrive, IconKind::Folder, IconKind::Inbox, IconKind::Outbox, IconKind::SentItems,
    IconKind::DeletedItems, IconKind::Drafts, IconKind::Junk, IconKind::Calendar, IconKind::Contacts,
    IconKind::Tasks, IconKind::Notes, IconKind::Journal, IconKind::Mail, IconKind::Appointment,
    IconKind::Contact, IconKind::Task, IconKind::Note, IconKind::Document, IconKind::WordDocument,
    IconKind::Spreadsheet, IconKind::Presentation, IconKind::Pdf, IconKind::Image, IconKind::Text,
    IconKind::Archive, IconKind::Media,
};

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return count;
}

} // namespace

TEST(BrowseIcons, MailFoldersByCategoryThenType)
{
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("Inbox"), QStringLiteral("None")), IconKind::Inbox);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("sent"), {}), IconKind::SentItems);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("Deleted"), {}), IconKind::DeletedItems);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("Drafts"), {}), IconKind::Drafts);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("Junk"), {}), IconKind::Junk);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("Outbox"), {}), IconKind::Outbox);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("None"), QStringLiteral("Appointment")), IconKind::Calendar);
    EXPECT_EQ(mailFolderIconKind({}, QStringLiteral("Contact")), IconKind::Contacts);
    EXPECT_EQ(mailFolderIconKind({}, QStringLiteral("Task")), IconKind::Tasks);
    EXPECT_EQ(mailFolderIconKind({}, QStringLiteral("StickyNote")), IconKind::Notes);
    EXPECT_EQ(mailFolderIconKind({}, QStringLiteral("Journal")), IconKind::Journal);
    EXPECT_EQ(mailFolderIconKind(QStringLiteral("SyncIssues"), QStringLiteral("None")), IconKind::Folder);
    EXPECT_EQ(mailFolderIconKind({}, {}), IconKind::Folder);
}

TEST(BrowseIcons, MailItemsByItemClass)
{
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.Note")), IconKind::Mail);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.Note.SMIME")), IconKind::Mail);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.Appointment")), IconKind::Appointment);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.Schedule.Meeting.Request")), IconKind::Appointment);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("ipm.contact")), IconKind::Contact);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.DistList")), IconKind::Contact);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.Task")), IconKind::Task);
    EXPECT_EQ(mailItemIconKind(QStringLiteral("IPM.StickyNote")), IconKind::Note);
    EXPECT_EQ(mailItemIconKind({}), IconKind::Mail);
}

TEST(BrowseIcons, DocumentsByExtension)
{
    EXPECT_EQ(documentIconKind(QStringLiteral("Budget 2026.XLSX")), IconKind::Spreadsheet);
    EXPECT_EQ(documentIconKind(QStringLiteral("report.docx")), IconKind::WordDocument);
    EXPECT_EQ(documentIconKind(QStringLiteral("deck.pptx")), IconKind::Presentation);
    EXPECT_EQ(documentIconKind(QStringLiteral("scan.pdf")), IconKind::Pdf);
    EXPECT_EQ(documentIconKind(QStringLiteral("photo.jpeg")), IconKind::Image);
    EXPECT_EQ(documentIconKind(QStringLiteral("notes.txt")), IconKind::Text);
    EXPECT_EQ(documentIconKind(QStringLiteral("backup.tar.gz")), IconKind::Archive);
    EXPECT_EQ(documentIconKind(QStringLiteral("call.mp4")), IconKind::Media);
    EXPECT_EQ(documentIconKind(QStringLiteral("Makefile")), IconKind::Document);
    EXPECT_EQ(documentIconKind(QStringLiteral("archive.unknownext")), IconKind::Document);
    EXPECT_EQ(documentIconKind(QStringLiteral(".hidden")), IconKind::Document);
}

TEST(BrowseIcons, EveryKindHasAnIconThatDraws)
{
    for (const IconKind kind : kAllKinds) {
        const QString path = iconPath(kind);
        SCOPED_TRACE(path.toStdString());
        ASSERT_TRUE(QFile::exists(path));
        for (const int side : {16, 32, 64}) {
            const QImage image = browseIcon(kind).pixmap(side, side).toImage();
            ASSERT_EQ(image.width(), side);
            // Something substantial is drawn, not a blank square.
            EXPECT_GT(opaquePixels(image), side * side / 8);
        }
    }
}

TEST(BrowseIcons, SelectedRowsShowTheSameDrawing)
{
    for (const IconKind kind : {IconKind::Mail, IconKind::Inbox, IconKind::Folder, IconKind::Pdf}) {
        const QIcon icon = browseIcon(kind);
        EXPECT_EQ(icon.pixmap(24, 24, QIcon::Selected).toImage(), icon.pixmap(24, 24, QIcon::Normal).toImage());
    }
}

TEST(BrowseIcons, DeletedItemsCarryTheBadgeAtHighDensity)
{
    const QIcon plain = browseIcon(IconKind::Mail);
    const QIcon deleted = browseIcon(IconKind::Mail, true);
    EXPECT_NE(deleted.pixmap(32, 32).toImage(), plain.pixmap(32, 32).toImage());
    // The badge sits bottom-right: red there on the deleted icon.
    const QImage image = deleted.pixmap(32, 32).toImage();
    const QColor corner = image.pixelColor(23, 17); // inside the red disc, clear of the white cross
    EXPECT_GT(corner.red(), 150);
    EXPECT_LT(corner.green(), 120);
    // Drawn from the vector at twice the density, not a scaled-up small bitmap.
    const QPixmap sharp = deleted.pixmap(QSize(16, 16), 2.0);
    EXPECT_EQ(sharp.size(), QSize(32, 32)) << "dpr " << sharp.devicePixelRatio();
    EXPECT_EQ(sharp.deviceIndependentSize().toSize(), QSize(16, 16));
}
