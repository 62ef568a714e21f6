#include "protocol/LeadFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <limits>
#include <tuple>
#include <utility>

namespace leadscope::protocol {

namespace {

constexpr int kMaxText = 200;
constexpr qsizetype kMaxIds = 10'000;
constexpr qint64 kMaxMillis = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z

QString quoted(const QString& key)
{
    return QStringLiteral("\u201c%1\u201d").arg(key);
}

// A whole number in [low, high], or why not.
std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 low, qint64 high)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(low) || number > double(high))
        return std::nullopt;
    return qint64(number);
}

struct TextField
{
    const char* key;
    QString LeadFilter::*member;
    const QRegularExpression* shape = nullptr; // optional
    const char* shapeText = nullptr;
};

const QRegularExpression& sbiShape()
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{1,6}$"));
    return shape;
}

const QRegularExpression& countryShape()
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    return shape;
}

const QList<TextField>& textFields()
{
    static const QList<TextField> fields{
        {"website", &LeadFilter::website},
        {"city", &LeadFilter::city},
        {"country", &LeadFilter::country, &countryShape(), "two capital letters (ISO 3166, e.g. NL)"},
        {"industry", &LeadFilter::industry},
        {"sbi_prefix", &LeadFilter::sbiPrefix, &sbiShape(), "1 to 6 digits of an SBI code"},
        {"size_band", &LeadFilter::sizeBand},
        {"visited_page", &LeadFilter::visitedPage},
        {"source", &LeadFilter::source},
        {"campaign", &LeadFilter::campaign},
        {"search", &LeadFilter::search},
        {"status", &LeadFilter::status},
        {"tag", &LeadFilter::tag},
        {"assignee", &LeadFilter::assignee},
        {"on_list", &LeadFilter::onList},
    };
    return fields;
}

struct NumberField
{
    const char* key;
    std::function<void(LeadFilter&, qint64)> set;
    std::function<qint64(const LeadFilter&)> get;
    qint64 high;
};

const QList<NumberField>& numberFields()
{
    static const QList<NumberField> fields{
        {"last_visit_from", [](LeadFilter& f, qint64 v) { f.lastVisitFrom = v; },
         [](const LeadFilter& f) { return f.lastVisitFrom; }, kMaxMillis},
        {"last_visit_to", [](LeadFilter& f, qint64 v) { f.lastVisitTo = v; },
         [](const LeadFilter& f) { return f.lastVisitTo; }, kMaxMillis},
        {"last_visit_within_days", [](LeadFilter& f, qint64 v) { f.lastVisitWithinDays = int(v); },
         [](const LeadFilter& f) { return qint64(f.lastVisitWithinDays); }, 3650},
        {"min_visits", [](LeadFilter& f, qint64 v) { f.minVisits = int(v); },
         [](const LeadFilter& f) { return qint64(f.minVisits); }, 1'000'000},
    };
    return fields;
}

QJsonObject visitJson(const LeadFilter::VisitConditions& visit)
{
    QJsonObject o;
    const auto text = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    const auto number = [&o](const char* key, int value) {
        if (value > 0)
            o.insert(QLatin1String(key), value);
    };
    text("page", visit.page);
    number("min_pages", visit.minPages);
    number("min_minutes", visit.minMinutes);
    text("source", visit.source);
    text("campaign", visit.campaign);
    if (visit.first)
        o.insert(QStringLiteral("first"), true);
    number("returning_within_days", visit.returningWithinDays);
    text("confidence", visit.confidence);
    return o;
}

std::optional<LeadFilter::VisitConditions> parseVisit(const QJsonValue& json, QString* error)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.isObject())
        return refuse(
            QStringLiteral("%1 must be an object of conditions on one visit.").arg(quoted(QStringLiteral("visit"))));
    const QJsonObject o = json.toObject();
    LeadFilter::VisitConditions visit;
    const QList<std::pair<const char*, QString LeadFilter::VisitConditions::*>> texts{
        {"page", &LeadFilter::VisitConditions::page},
        {"source", &LeadFilter::VisitConditions::source},
        {"campaign", &LeadFilter::VisitConditions::campaign},
        {"confidence", &LeadFilter::VisitConditions::confidence}};
    const QList<std::tuple<const char*, int LeadFilter::VisitConditions::*, int>> numbers{
        {"min_pages", &LeadFilter::VisitConditions::minPages, 10'000},
        {"min_minutes", &LeadFilter::VisitConditions::minMinutes, 24 * 60},
        {"returning_within_days", &LeadFilter::VisitConditions::returningWithinDays, 3650}};
    QStringList known{QStringLiteral("first")};
    for (const auto& [key, member] : texts) {
        const QString name = QLatin1String(key);
        known << name;
        if (!o.contains(name))
            continue;
        if (!o.value(name).isString())
            return refuse(QStringLiteral("%1 must be text.").arg(quoted(QStringLiteral("visit.") + name)));
        if (o.value(name).toString().size() > kMaxText)
            return refuse(QStringLiteral("%1 is longer than %2 characters.")
                              .arg(quoted(QStringLiteral("visit.") + name))
                              .arg(kMaxText));
        visit.*member = o.value(name).toString();
    }
    for (const auto& [key, member, high] : numbers) {
        const QString name = QLatin1String(key);
        known << name;
        if (!o.contains(name))
            continue;
        const std::optional<qint64> value = wholeNumber(o.value(name), 0, high);
        if (!value)
            return refuse(QStringLiteral("%1 must be a whole number from 0 to %2.")
                              .arg(quoted(QStringLiteral("visit.") + name))
                              .arg(high));
        visit.*member = int(*value);
    }
    if (o.contains(QStringLiteral("first"))) {
        if (!o.value(QStringLiteral("first")).isBool())
            return refuse(QStringLiteral("%1 must be true or false.").arg(quoted(QStringLiteral("visit.first"))));
        visit.first = o.value(QStringLiteral("first")).toBool();
    }
    if (!visit.confidence.isEmpty() && LeadFilter::confidenceLevel(visit.confidence) == 0)
        return refuse(QStringLiteral("%1 must be \"low\", \"medium\" or \"high\".")
                          .arg(quoted(QStringLiteral("visit.confidence"))));
    if (visit.first && visit.returningWithinDays > 0)
        return refuse(
            QStringLiteral("%1 and %2 cannot both hold: a first visit returns from nothing.")
                .arg(quoted(QStringLiteral("visit.first")), quoted(QStringLiteral("visit.returning_within_days"))));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return refuse(
                QStringLiteral("%1 is not a condition on a visit.").arg(quoted(QStringLiteral("visit.") + it.key())));
    }
    return visit;
}

} // namespace

bool LeadFilter::pathMatches(const QString& pattern, const QString& path)
{
    // Wildcard matching with backtracking to the last "*" (linear in practice).
    const auto lower = [](QChar c) {
        return c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c;
    };
    qsizetype p = 0, s = 0, star = -1, resume = 0;
    while (s < path.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = s;
        } else if (p < pattern.size() && lower(pattern[p]) == lower(path[s])) {
            ++p;
            ++s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

QString LeadFilter::likePattern(const QString& pattern)
{
    QString like;
    like.reserve(pattern.size());
    for (const QChar c : pattern) {
        if (c == u'*') {
            like += u'%';
            continue;
        }
        if (c == u'%' || c == u'_' || c == u'\\')
            like += u'\\';
        like += c;
    }
    return like;
}

LeadFilter LeadFilter::asRule() const
{
    LeadFilter rule = *this;
    if (rule.visit.confidence.isEmpty())
        rule.visit.confidence = QStringLiteral("medium");
    return rule;
}

int LeadFilter::confidenceLevel(const QString& name)
{
    if (name == QLatin1String("low"))
        return 1;
    if (name == QLatin1String("medium"))
        return 2;
    if (name == QLatin1String("high"))
        return 3;
    return 0;
}

QString LeadFilter::confidenceName(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("low");
    case 2:
        return QStringLiteral("medium");
    case 3:
        return QStringLiteral("high");
    default:
        return {};
    }
}

bool LeadFilter::fitsARule(QString* error) const
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<std::tuple<bool, const char*, const char*>> history{
        {lastVisitFrom > 0, "last_visit_from", nullptr},
        {lastVisitTo > 0, "last_visit_to", nullptr},
        {lastVisitWithinDays > 0, "last_visit_within_days", "visit.returning_within_days"},
        {minVisits > 0, "min_visits", nullptr},
        {!visitedPage.isEmpty(), "visited_page", "visit.page"},
        {!source.isEmpty(), "source", "visit.source"},
        {!campaign.isEmpty(), "campaign", "visit.campaign"},
        {unseenOnly, "unseen_only", nullptr},
    };
    for (const auto& [set, key, instead] : history) {
        if (!set)
            continue;
        const QString message =
            QStringLiteral("%1 looks at a company's whole history; a rule looks at the visit being recorded.")
                .arg(quoted(QLatin1String(key)));
        return refuse(instead ? message + QStringLiteral(" Use %1.").arg(quoted(QLatin1String(instead))) : message);
    }
    return true;
}

QJsonObject LeadFilter::toJsonObject() const
{
    const int version = !visit.confidence.isEmpty() ? 3 : visit.isEmpty() && onList.isEmpty() ? 1 : 2;
    QJsonObject o{{QStringLiteral("v"), version}};
    for (const NumberField& field : numberFields()) {
        if (const qint64 value = field.get(*this); value > 0)
            o.insert(QLatin1String(field.key), value);
    }
    for (const TextField& field : textFields()) {
        if (const QString& value = this->*field.member; !value.isEmpty())
            o.insert(QLatin1String(field.key), value);
    }
    if (unseenOnly)
        o.insert(QStringLiteral("unseen_only"), true);
    if (!ids.isEmpty())
        o.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    if (!visit.isEmpty())
        o.insert(QStringLiteral("visit"), visitJson(visit));
    return o;
}

QByteArray LeadFilter::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

std::optional<LeadFilter> LeadFilter::parse(const QJsonObject& json, QString* error)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList known{QStringLiteral("v"), QStringLiteral("unseen_only"), QStringLiteral("ids"),
                      QStringLiteral("visit")};
    if (json.contains(QStringLiteral("v"))) {
        const std::optional<qint64> version =
            wholeNumber(json.value(QStringLiteral("v")), 1, std::numeric_limits<int>::max());
        if (!version)
            return refuse(QStringLiteral("%1 must be a whole number from 1.").arg(quoted(QStringLiteral("v"))));
        if (*version > kVersion)
            return refuse(QStringLiteral("This filter is of version %1; this Leadscope understands version %2 at most.")
                              .arg(*version)
                              .arg(kVersion));
    }
    LeadFilter filter;
    for (const NumberField& field : numberFields()) {
        const QString key = QLatin1String(field.key);
        known << key;
        if (!json.contains(key))
            continue;
        const std::optional<qint64> value = wholeNumber(json.value(key), 0, field.high);
        if (!value)
            return refuse(QStringLiteral("%1 must be a whole number from 0 to %2.").arg(quoted(key)).arg(field.high));
        field.set(filter, *value);
    }
    for (const TextField& field : textFields()) {
        const QString key = QLatin1String(field.key);
        known << key;
        if (!json.contains(key))
            continue;
        const QJsonValue value = json.value(key);
        if (!value.isString())
            return refuse(QStringLiteral("%1 must be text.").arg(quoted(key)));
        const QString text = value.toString();
        if (text.size() > kMaxText)
            return refuse(QStringLiteral("%1 is longer than %2 characters.").arg(quoted(key)).arg(kMaxText));
        if (field.shape && !text.isEmpty() && !field.shape->match(text).hasMatch())
            return refuse(QStringLiteral("%1 must be %2.").arg(quoted(key), QLatin1String(field.shapeText)));
        filter.*field.member = text;
    }
    if (json.contains(QStringLiteral("unseen_only"))) {
        if (!json.value(QStringLiteral("unseen_only")).isBool())
            return refuse(QStringLiteral("%1 must be true or false.").arg(quoted(QStringLiteral("unseen_only"))));
        filter.unseenOnly = json.value(QStringLiteral("unseen_only")).toBool();
    }
    if (json.contains(QStringLiteral("ids"))) {
        const QJsonValue ids = json.value(QStringLiteral("ids"));
        if (!ids.isArray() || ids.toArray().size() > kMaxIds)
            return refuse(QStringLiteral("%1 must be a list of at most %2 company ids.")
                              .arg(quoted(QStringLiteral("ids")))
                              .arg(kMaxIds));
        for (const QJsonValue& id : ids.toArray()) {
            if (!id.isString() || id.toString().isEmpty() || id.toString().size() > kMaxText)
                return refuse(QStringLiteral("%1 must hold company ids as text.").arg(quoted(QStringLiteral("ids"))));
            filter.ids << id.toString();
        }
    }
    if (json.contains(QStringLiteral("visit"))) {
        const std::optional<VisitConditions> visit = parseVisit(json.value(QStringLiteral("visit")), error);
        if (!visit)
            return std::nullopt;
        filter.visit = *visit;
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return refuse(QStringLiteral("%1 is not a filter condition.").arg(quoted(it.key())));
    }
    return filter;
}

LeadFilter LeadFilter::fromJson(const QByteArray& json)
{
    // Field by field: one that does not parse is left out, the rest is kept.
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QJsonObject understood;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("v") && parse(QJsonObject{{it.key(), it.value()}}, nullptr))
            understood.insert(it.key(), it.value());
    }
    return parse(understood, nullptr).value_or(LeadFilter{});
}

} // namespace leadscope::protocol
