#include "detailstext.h"

#include "dialogs/sessionlistdialog.h"
#include "model/backuptreemodel.h"
#include "model/browseroles.h"

#include <QCoreApplication>
#include <QLocale>

namespace re::ui {

namespace {

// The translation context of the pane's texts.
struct DetailsPane
{
    Q_DECLARE_TR_FUNCTIONS(DetailsPane)
};

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

// A heading and a two-column table of the non-empty rows.
class Sheet
{
public:
    explicit Sheet(const QString &title) : m_html(QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(title.toHtmlEscaped())) {}

    Sheet &row(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        return *this;
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

QString yesNo(bool value)
{
    return value ? DetailsPane::tr("Yes") : DetailsPane::tr("No");
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running: return DetailsPane::tr("Running");
    case Outcome::Success: return DetailsPane::tr("Success");
    case Outcome::Warning: return DetailsPane::tr("Warning");
    case Outcome::Failed: return DetailsPane::tr("Failed");
    case Outcome::Cancelled: return DetailsPane::tr("Cancelled");
    case Outcome::Skipped: return DetailsPane::tr("Skipped");
    case Outcome::Unknown: break;
    }
    return QString();
}

} // namespace

QString formatSize(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

QString mailItemDetails(const MailItem &item)
{
    return Sheet(item.subject.isEmpty() ? DetailsPane::tr("(no subject)") : item.subject)
        .row(DetailsPane::tr("From:"), item.from)
        .row(DetailsPane::tr("To:"), item.to)
        .row(DetailsPane::tr("Received:"), when(item.received))
        .row(DetailsPane::tr("Sent:"), when(item.sent))
        .row(DetailsPane::tr("Attachments:"), item.hasAttachments
                                     ? (item.attachmentCount > 0 ? QString::number(item.attachmentCount)
                                                                 : DetailsPane::tr("Yes"))
                                     : DetailsPane::tr("None"))
        .row(DetailsPane::tr("Item class:"), item.itemClass)
        .row(DetailsPane::tr("Deleted:"), yesNo(item.deleted))
        .html();
}

QString documentDetails(const OneDriveDocument &document)
{
    return Sheet(document.name)
        .row(DetailsPane::tr("Kind:"), document.isFolder ? DetailsPane::tr("Folder") : DetailsPane::tr("Document"))
        .row(DetailsPane::tr("Size:"), formatSize(document.sizeBytes))
        .row(DetailsPane::tr("Modified:"), when(document.modified))
        .row(DetailsPane::tr("Modified by:"), document.modifiedBy)
        .row(DetailsPane::tr("Version:"), document.version)
        .row(DetailsPane::tr("Deleted:"), yesNo(document.deleted))
        .html();
}

QString treeNodeDetails(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    if (index.data(ErrorRole).isValid()) {
        const auto error = index.data(ErrorRole).value<ApiError>();
        return Sheet(DetailsPane::tr("Loading failed"))
                   .row(DetailsPane::tr("Problem:"), errorDisplayText(error))
                   .row(DetailsPane::tr("Server said:"), error.serverMessage)
                   .html()
               + QStringLiteral("<p>%1</p>").arg(DetailsPane::tr("Press Ctrl+R to try again.").toHtmlEscaped());
    }
    Sheet sheet(index.data(Qt::DisplayRole).toString());
    sheet.row(DetailsPane::tr("Details:"), index.data(Qt::ToolTipRole).toString());
    sheet.row(DetailsPane::tr("Folder type:"), index.data(FolderTypeRole).toString());
    sheet.row(DetailsPane::tr("Category:"), index.data(FolderCategoryRole).toString());
    return sheet.html();
}

QString sessionDetails(const QModelIndex &sessionIndex, const QList<SessionEvent> &events,
                       const QString &eventsNote)
{
    std::optional<SessionType> type;
    if (sessionIndex.data(SessionTypeRole).isValid())
        type = static_cast<SessionType>(sessionIndex.data(SessionTypeRole).toInt());
    QString html = Sheet(sessionIndex.data(Qt::DisplayRole).toString())
                       .row(DetailsPane::tr("Type:"), sessionTypeDisplayName(type))
                       .row(DetailsPane::tr("Details:"), sessionIndex.data(Qt::ToolTipRole).toString())
                       .html();
    html += QStringLiteral("<h4>%1</h4>").arg(DetailsPane::tr("Events").toHtmlEscaped());
    if (!eventsNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(eventsNote.toHtmlEscaped());
    if (events.isEmpty())
        return html;
    html += QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(DetailsPane::tr("Started").toHtmlEscaped(), DetailsPane::tr("Event").toHtmlEscaped(),
                     DetailsPane::tr("Item").toHtmlEscaped(), DetailsPane::tr("Status").toHtmlEscaped());
    for (const SessionEvent &event : events) {
        const QString title = event.title.isEmpty() ? event.type : event.title;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(event.startTime ? QLocale().toString(event.startTime->toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()
                                         : QString(),
                         title.toHtmlEscaped(), event.itemName.toHtmlEscaped(),
                         outcomeText(event.status).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace re::ui
