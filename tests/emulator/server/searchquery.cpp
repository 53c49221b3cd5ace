#include "searchquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <variant>

namespace vb365emu {

namespace search {

// The properties a term may name, per domain. Aliases map to one property.
enum class Property {
    Any, // a free word: the domain's default text properties
    From,
    To,
    Cc,
    Bcc,
    Participants,
    Subject,
    Body,
    Received,
    Sent,
    HasAttachments,
    AttachmentNames,
    Importance,
    Kind,
    Name,
    Extension,
    Author,
    ModifiedBy,
    Modified,
    Created,
};

enum class Comparison { Contains, Less, LessOrEqual, Greater, GreaterOrEqual, Day, Range };

struct Term
{
    Property property = Property::Any;
    QString text;                       // lower case; for text properties
    std::optional<QRegularExpression> wildcard; // when the value holds * or ?
    Comparison comparison = Comparison::Contains;
    QDateTime from; // dates: [from, to) in UTC
    QDateTime to;
    std::optional<bool> flag;
};

struct Node
{
    enum class Kind { Term, And, Or, Not } kind = Kind::Term;
    Term term;
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

bool isDateProperty(Property p)
{
    return p == Property::Received || p == Property::Sent || p == Property::Modified || p == Property::Created;
}

std::optional<Property> propertyNamed(const QString &name, SearchDomain domain)
{
    static const QHash<QString, Property> mail{
        {QStringLiteral("from"), Property::From},
        {QStringLiteral("to"), Property::To},
        {QStringLiteral("cc"), Property::Cc},
        {QStringLiteral("bcc"), Property::Bcc},
        {QStringLiteral("participants"), Property::Participants},
        {QStringLiteral("subject"), Property::Subject},
        {QStringLiteral("body"), Property::Body},
        {QStringLiteral("received"), Property::Received},
        {QStringLiteral("sent"), Property::Sent},
        {QStringLiteral("hasattachments"), Property::HasAttachments},
        {QStringLiteral("hasattachment"), Property::HasAttachments},
        {QStringLiteral("attachmentnames"), Property::AttachmentNames},
        {QStringLiteral("attachment"), Property::AttachmentNames},
        {QStringLiteral("importance"), Property::Importance},
        {QStringLiteral("kind"), Property::Kind},
    };
    static const QHash<QString, Property> documents{
        {QStringLiteral("name"), Property::Name},
        {QStringLiteral("filename"), Property::Name},
        {QStringLiteral("ext"), Property::Extension},
        {QStringLiteral("extension"), Property::Extension},
        {QStringLiteral("filetype"), Property::Extension},
        {QStringLiteral("author"), Property::Author},
        {QStringLiteral("createdby"), Property::Author},
        {QStringLiteral("modifiedby"), Property::ModifiedBy},
        {QStringLiteral("modified"), Property::Modified},
        {QStringLiteral("created"), Property::Created},
    };
    const QHash<QString, Property> &table = domain == SearchDomain::Mail ? mail : documents;
    const auto it = table.constFind(name.toLower());
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QDateTime> parseDay(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("yyyy/MM/dd"));
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// Splits the query into tokens: "(", ")", and words; a word may contain quoted parts ("a b" or
// subject:"a b"), whose spaces do not end it. The error names an unterminated quote.
Result<QStringList> tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens << QString(c);
            ++i;
            continue;
        }
        QString word;
        while (i < text.size()) {
            const QChar w = text.at(i);
            if (w.isSpace() || w == QLatin1Char('(') || w == QLatin1Char(')'))
                break;
            if (w == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return fail(QStringLiteral("Invalid search query: the quote at position %1 is not closed.").arg(i + 1));
                word += text.mid(i, close - i + 1);
                i = close + 1;
                continue;
            }
            word += w;
            ++i;
        }
        tokens << word;
    }
    return tokens;
}

QString unquote(const QString &value)
{
    QString plain = value;
    plain.remove(QLatin1Char('"'));
    return plain;
}

Result<Term> parseTerm(const QString &token, SearchDomain domain)
{
    Term term;
    QString value = token;
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    const qsizetype quote = token.indexOf(QLatin1Char('"'));
    if (colon > 0 && (quote < 0 || colon < quote)) {
        const QString name = token.left(colon);
        const std::optional<Property> property = propertyNamed(name, domain);
        if (!property)
            return fail(QStringLiteral("Invalid search query: unknown property '%1'.").arg(name));
        term.property = *property;
        value = token.mid(colon + 1);
        if (value.isEmpty())
            return fail(QStringLiteral("Invalid search query: the property '%1' has no value.").arg(name));
    }
    value = unquote(value);
    if (value.isEmpty())
        return fail(QStringLiteral("Invalid search query: an empty phrase (\"\") matches nothing."));

    if (isDateProperty(term.property)) {
        static const QList<std::pair<QString, Comparison>> operators{
            {QStringLiteral(">="), Comparison::GreaterOrEqual}, {QStringLiteral("<="), Comparison::LessOrEqual},
            {QStringLiteral(">"), Comparison::Greater},         {QStringLiteral("<"), Comparison::Less},
            {QStringLiteral("="), Comparison::Day}};
        term.comparison = Comparison::Day;
        for (const auto &[symbol, comparison] : operators) {
            if (value.startsWith(symbol)) {
                term.comparison = comparison;
                value = value.mid(symbol.size());
                break;
            }
        }
        const qsizetype dots = value.indexOf(QStringLiteral(".."));
        if (dots >= 0 && term.comparison == Comparison::Day) {
            const std::optional<QDateTime> from = parseDay(value.left(dots));
            const std::optional<QDateTime> to = parseDay(value.mid(dots + 2));
            if (!from || !to)
                return fail(QStringLiteral("Invalid search query: '%1' is not a date range (yyyy-MM-dd..yyyy-MM-dd).").arg(value));
            term.comparison = Comparison::Range;
            term.from = *from;
            // A range's end day is included.
            term.to = value.mid(dots + 2).size() <= 10 ? to->addDays(1) : *to;
            return term;
        }
        const std::optional<QDateTime> day = parseDay(value);
        if (!day)
            return fail(QStringLiteral("Invalid search query: '%1' is not a date (yyyy-MM-dd).").arg(value));
        term.from = *day;
        term.to = day->addDays(1);
        return term;
    }
    if (term.property == Property::HasAttachments) {
        const QString lower = value.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes"))
            term.flag = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("no"))
            term.flag = false;
        else
            return fail(QStringLiteral("Invalid search query: hasattachments takes true or false, not '%1'.").arg(value));
        return term;
    }
    term.text = value.toLower();
    if (value.contains(QLatin1Char('*')) || value.contains(QLatin1Char('?'))) {
        term.wildcard = QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                               term.text, QRegularExpression::UnanchoredWildcardConversion),
                                           QRegularExpression::CaseInsensitiveOption);
        // Anchored at word starts: `budg*` finds "Q3 budget review", not "rebudget".
        term.wildcard = QRegularExpression(QStringLiteral("(^|[^\\w])") + term.wildcard->pattern(),
                                           QRegularExpression::CaseInsensitiveOption);
    }
    return term;
}

// Recursive descent over the tokens: or := and ("OR" and)*; and := unary (["AND"] unary)*;
// unary := "NOT" unary | "(" or ")" | term.
class Parser
{
public:
    Parser(QStringList tokens, SearchDomain domain) : m_tokens(std::move(tokens)), m_domain(domain) {}

    Result<std::shared_ptr<const Node>> parse()
    {
        Result<std::shared_ptr<const Node>> root = parseOr();
        if (!root)
            return root;
        if (m_pos < m_tokens.size())
            return fail(QStringLiteral("Invalid search query: unexpected '%1'.").arg(m_tokens.at(m_pos)));
        return root;
    }

private:
    bool atOperator(const char *name) const { return m_pos < m_tokens.size() && m_tokens.at(m_pos) == QLatin1String(name); }

    Result<std::shared_ptr<const Node>> parseOr()
    {
        Result<std::shared_ptr<const Node>> first = parseAnd();
        if (!first)
            return first;
        if (!atOperator("OR"))
            return first;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Or;
        node->children.push_back(*first);
        while (atOperator("OR")) {
            ++m_pos;
            Result<std::shared_ptr<const Node>> next = parseAnd();
            if (!next)
                return next;
            node->children.push_back(*next);
        }
        return std::shared_ptr<const Node>(node);
    }

    Result<std::shared_ptr<const Node>> parseAnd()
    {
        Result<std::shared_ptr<const Node>> first = parseUnary();
        if (!first)
            return first;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(*first);
        while (m_pos < m_tokens.size() && !atOperator("OR") && !atOperator(")")) {
            if (atOperator("AND"))
                ++m_pos;
            Result<std::shared_ptr<const Node>> next = parseUnary();
            if (!next)
                return next;
            node->children.push_back(*next);
        }
        if (node->children.size() == 1)
            return node->children.front();
        return std::shared_ptr<const Node>(node);
    }

    Result<std::shared_ptr<const Node>> parseUnary()
    {
        if (m_pos >= m_tokens.size())
            return fail(m_pos == 0 ? QStringLiteral("The search query is empty.")
                                   : QStringLiteral("Invalid search query: '%1' is not followed by a term.").arg(m_tokens.at(m_pos - 1)));
        const QString token = m_tokens.at(m_pos);
        if (token == QLatin1String("NOT")) {
            ++m_pos;
            Result<std::shared_ptr<const Node>> operand = parseUnary();
            if (!operand)
                return operand;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(*operand);
            return std::shared_ptr<const Node>(node);
        }
        if (token == QLatin1String("(")) {
            ++m_pos;
            Result<std::shared_ptr<const Node>> inner = parseOr();
            if (!inner)
                return inner;
            if (!atOperator(")"))
                return fail(QStringLiteral("Invalid search query: a '(' is not closed."));
            ++m_pos;
            return inner;
        }
        if (token == QLatin1String(")"))
            return fail(QStringLiteral("Invalid search query: ')' without a matching '('."));
        if (token == QLatin1String("AND") || token == QLatin1String("OR"))
            return fail(QStringLiteral("Invalid search query: '%1' needs a term on both sides.").arg(token));
        ++m_pos;
        Result<Term> term = parseTerm(token, m_domain);
        if (!term)
            return fail(term.error());
        auto node = std::make_shared<Node>();
        node->term = std::move(*term);
        return std::shared_ptr<const Node>(node);
    }

    QStringList m_tokens;
    SearchDomain m_domain;
    qsizetype m_pos = 0;
};

bool textMatches(const Term &term, const QString &value)
{
    if (term.wildcard)
        return term.wildcard->match(value).hasMatch();
    return value.contains(term.text, Qt::CaseInsensitive);
}

bool dateMatches(const Term &term, const QDateTime &value)
{
    if (!value.isValid())
        return false;
    switch (term.comparison) {
    case Comparison::Less: return value < term.from;
    case Comparison::LessOrEqual: return value < term.to;
    case Comparison::Greater: return value >= term.to;
    case Comparison::GreaterOrEqual: return value >= term.from;
    case Comparison::Day:
    case Comparison::Range: return value >= term.from && value < term.to;
    case Comparison::Contains: break;
    }
    return false;
}

QString kindOf(const MailItem &item)
{
    switch (item.kind) {
    case MailItemKind::Message:
        return item.itemClass.startsWith(QLatin1String("IPM.Schedule"), Qt::CaseInsensitive) ? QStringLiteral("meetings")
                                                                                             : QStringLiteral("email");
    case MailItemKind::Appointment: return QStringLiteral("calendar");
    case MailItemKind::Contact: return QStringLiteral("contacts");
    case MailItemKind::Task: return QStringLiteral("tasks");
    }
    return {};
}

bool termMatches(const Term &term, const MailItem &item)
{
    const auto joined = [](const QStringList &list) { return list.join(QStringLiteral("; ")); };
    const auto attachmentNames = [&item] {
        QStringList names;
        for (const MailAttachment &a : item.attachments)
            names << a.name;
        return names.join(QLatin1Char(' '));
    };
    const QString sender = item.kind == MailItemKind::Appointment ? item.organizer : item.from;
    switch (term.property) {
    case Property::Any:
        return textMatches(term, item.subject) || textMatches(term, item.body) || textMatches(term, sender)
               || textMatches(term, joined(item.to)) || textMatches(term, attachmentNames())
               || textMatches(term, item.fullName);
    case Property::From: return textMatches(term, sender);
    case Property::To: return textMatches(term, joined(item.to));
    case Property::Cc: return textMatches(term, joined(item.cc));
    case Property::Bcc: return textMatches(term, joined(item.bcc));
    case Property::Participants:
        return textMatches(term, sender) || textMatches(term, joined(item.to)) || textMatches(term, joined(item.cc))
               || textMatches(term, joined(item.bcc)) || textMatches(term, joined(item.attendees));
    case Property::Subject: return textMatches(term, item.subject);
    case Property::Body: return textMatches(term, item.body);
    case Property::Received:
        return dateMatches(term, item.kind == MailItemKind::Appointment ? item.startTime : item.received);
    case Property::Sent: return dateMatches(term, item.sent);
    case Property::HasAttachments: return term.flag == !item.attachments.isEmpty();
    case Property::AttachmentNames: return !item.attachments.isEmpty() && textMatches(term, attachmentNames());
    case Property::Importance: return textMatches(term, wireName(item.importance));
    case Property::Kind: return textMatches(term, kindOf(item));
    default: return false;
    }
}

bool termMatches(const Term &term, const DriveItem &item)
{
    switch (term.property) {
    case Property::Any:
    case Property::Name: return textMatches(term, item.name);
    case Property::Extension: {
        const qsizetype dot = item.name.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot < 0 ? QString() : item.name.mid(dot + 1);
        Term bare = term;
        if (bare.text.startsWith(QLatin1Char('.')))
            bare.text.remove(0, 1);
        return bare.wildcard ? textMatches(bare, extension) : extension.compare(bare.text, Qt::CaseInsensitive) == 0;
    }
    case Property::Author: return textMatches(term, item.createdBy);
    case Property::ModifiedBy: return textMatches(term, item.modifiedBy);
    case Property::Modified: return dateMatches(term, item.modificationTime);
    case Property::Created: return dateMatches(term, item.creationTime);
    default: return false;
    }
}

template <typename Item>
bool evaluate(const Node &node, const Item &item)
{
    switch (node.kind) {
    case Node::Kind::Term: return termMatches(node.term, item);
    case Node::Kind::Not: return !evaluate(*node.children.front(), item);
    case Node::Kind::And:
        for (const auto &child : node.children) {
            if (!evaluate(*child, item))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (const auto &child : node.children) {
            if (evaluate(*child, item))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace
} // namespace search

SearchQuery::SearchQuery(std::shared_ptr<const search::Node> root) : m_root(std::move(root)) {}
SearchQuery::SearchQuery(SearchQuery &&) noexcept = default;
SearchQuery &SearchQuery::operator=(SearchQuery &&) noexcept = default;
SearchQuery::~SearchQuery() = default;

Result<SearchQuery> SearchQuery::parse(const QString &text, SearchDomain domain)
{
    Result<QStringList> tokens = search::tokenize(text);
    if (!tokens)
        return fail(tokens.error());
    Result<std::shared_ptr<const search::Node>> root = search::Parser(*tokens, domain).parse();
    if (!root)
        return fail(root.error());
    return SearchQuery(*root);
}

bool SearchQuery::matches(const MailItem &item) const { return search::evaluate(*m_root, item); }
bool SearchQuery::matches(const DriveItem &item) const { return search::evaluate(*m_root, item); }

} // namespace vb365emu
