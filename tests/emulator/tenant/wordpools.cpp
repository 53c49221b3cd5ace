#include "wordpools.h"

namespace vb365emu::pools {
using namespace Qt::StringLiterals;

const QList<OrganizationName> &organizationNames()
{
    static const QList<OrganizationName> names{
        {u"contoso"_s, u"Contoso"_s},           {u"fabrikam"_s, u"Fabrikam"_s},
        {u"northwindtraders"_s, u"Northwind Traders"_s}, {u"adatum"_s, u"A. Datum Corporation"_s},
        {u"tailspintoys"_s, u"Tailspin Toys"_s}, {u"wingtiptoys"_s, u"Wingtip Toys"_s},
        {u"litware"_s, u"Litware Inc."_s},       {u"proseware"_s, u"Proseware"_s},
        {u"woodgrovebank"_s, u"Woodgrove Bank"_s}, {u"alpineskihouse"_s, u"Alpine Ski House"_s},
    };
    return names;
}

const QStringList &firstNames()
{
    static const QStringList names{
        u"Adele"_s,  u"Alex"_s,   u"Diego"_s,  u"Grady"_s,   u"Henrietta"_s, u"Isaiah"_s, u"Johanna"_s,
        u"Joni"_s,   u"Lee"_s,    u"Lidia"_s,  u"Lynne"_s,   u"Megan"_s,     u"Miriam"_s, u"Nestor"_s,
        u"Patti"_s,  u"Pradeep"_s, u"Irvin"_s, u"Allan"_s,   u"Christie"_s,  u"Enrico"_s, u"Debra"_s,
        u"Emily"_s,  u"Jamal"_s,  u"Kenji"_s,  u"Zoë"_s,     u"Søren"_s,     u"Amara"_s,  u"Mateo"_s,
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        u"Vance"_s,  u"Wilber"_s,  u"Siciliani"_s, u"Archie"_s,  u"Mueller"_s, u"Langer"_s, u"Lauer"_s,
        u"Sherman"_s, u"Gu"_s,     u"Holloway"_s,  u"Robbins"_s, u"Bowen"_s,   u"Graham"_s, u"Wilke"_s,
        u"Fernandez"_s, u"Gupta"_s, u"Sayers"_s,   u"Deyoung"_s, u"Cline"_s,   u"Cattaneo"_s, u"Berger"_s,
        u"Braun"_s,  u"Khan"_s,    u"Tanaka"_s,    u"Okafor"_s,  u"Jørgensen"_s, u"Rossi"_s,  u"Novak"_s,
    };
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList titles{
        u"Marketing Manager"_s, u"Retail Manager"_s, u"Designer"_s, u"Accountant"_s, u"Developer"_s,
        u"Product Manager"_s,   u"Attorney"_s,       u"Sales Rep"_s, u"CEO"_s,       u"IT Admin"_s,
        u"HR Manager"_s,        u"Engineer"_s,
    };
    return titles;
}

const QStringList &projectNames()
{
    static const QStringList names{
        u"Apollo"_s, u"Mark 8"_s, u"Falcon"_s, u"Northstar"_s, u"Contoso Retail"_s, u"Hydra"_s,
        u"Orion"_s,  u"Bluebird"_s, u"Atlas"_s, u"Quartz"_s,
    };
    return names;
}

const QStringList &messageSubjects()
{
    static const QStringList subjects{
        u"%1 status update"_s,        u"Re: %1 budget review"_s,  u"Invoice for %1"_s,
        u"Lunch on Friday?"_s,        u"Fw: %1 launch checklist"_s, u"Quarterly results"_s,
        u"Please review: %1 draft"_s, u"Travel plans next week"_s, u"Weekly newsletter"_s,
        u"Re: Customer feedback on %1"_s, u"Your order has shipped"_s, u"Team offsite agenda"_s,
        u"Out of office"_s,           u"Re: Re: %1 timeline"_s,   u"New hire onboarding"_s,
        u"Security training reminder"_s, u"Photos from the event"_s, u"Contract renewal – %1"_s,
    };
    return subjects;
}

const QStringList &meetingSubjects()
{
    static const QStringList subjects{
        u"Weekly sync"_s, u"%1 design review"_s, u"1:1"_s, u"All hands"_s, u"%1 kickoff"_s,
        u"Budget planning"_s, u"Customer call"_s, u"Sprint retrospective"_s,
    };
    return subjects;
}

const QStringList &taskSubjects()
{
    static const QStringList subjects{
        u"Send %1 report"_s, u"Book travel"_s, u"Review contract"_s, u"Update %1 roadmap"_s,
        u"Prepare slides"_s, u"Renew certificate"_s, u"Call the supplier"_s,
    };
    return subjects;
}

const QStringList &sentences()
{
    static const QStringList lines{
        u"Thanks for the quick turnaround on this."_s,
        u"Please find the latest numbers attached."_s,
        u"Can we move the meeting to Thursday afternoon?"_s,
        u"The customer asked for a revised quote by the end of the month."_s,
        u"I have updated the document with your comments."_s,
        u"Let me know if anything is missing."_s,
        u"We are on track for the milestone, with two open risks."_s,
        u"The shipment left the warehouse this morning."_s,
        u"Could you double-check the figures in section 3?"_s,
        u"Looking forward to seeing everyone at the offsite."_s,
        u"Heads-up: the VPN will be down for maintenance on Saturday."_s,
        u"Grüße aus München – the German team sends its regards."_s,
    };
    return lines;
}

const QStringList &meetingLocations()
{
    static const QStringList places{
        u"Conf Room Adams"_s, u"Conf Room Baker"_s, u"Microsoft Teams Meeting"_s, u"Cafeteria"_s,
        u"Building 4, Room 210"_s,
    };
    return places;
}

const QStringList &attachmentNames()
{
    static const QStringList names{
        u"Q3 report.pdf"_s, u"Budget.xlsx"_s, u"Proposal.docx"_s, u"photo.jpg"_s, u"Invoice 4711.pdf"_s,
        u"Agenda.docx"_s,   u"Screenshot.png"_s, u"Contract.pdf"_s,
    };
    return names;
}

const QStringList &externalSenders()
{
    static const QStringList senders{
        u"newsletter@news.example.com"_s, u"orders@shop.example.net"_s, u"noreply@travel.example.org"_s,
        u"billing@supplier.example.com"_s, u"events@conference.example.com"_s,
    };
    return senders;
}

const QStringList &documentTitles()
{
    static const QStringList titles{
        u"Project plan"_s, u"Meeting notes"_s, u"Budget 2026"_s, u"Proposal"_s, u"Status report"_s,
        u"Roadmap"_s,      u"Expense claims"_s, u"Onboarding checklist"_s, u"Product brief"_s,
        u"Customer list"_s, u"Invoice 1024"_s, u"Travel itinerary"_s, u"Release notes"_s,
        u"Résumé"_s,       u"Ideas"_s,         u"Contract draft"_s,
    };
    return titles;
}

const QStringList &pictureTitles()
{
    static const QStringList titles{
        u"Team photo"_s, u"Whiteboard"_s, u"Logo"_s, u"Office plan"_s, u"Holiday"_s, u"Screenshot"_s,
        u"Diagram"_s,
    };
    return titles;
}

const QStringList &recordingTitles()
{
    static const QStringList titles{
        u"All-hands recording"_s, u"Training session"_s, u"Product demo"_s, u"Webinar"_s,
    };
    return titles;
}

} // namespace vb365emu::pools
