#include "SyncPage.h"

#include "protocol/LeadFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace leadscope::core {

namespace {

std::optional<qint64> timeOf(const QJsonObject& data, QLatin1StringView field)
{
    const QDateTime at = QDateTime::fromString(data.value(field).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u':') || c.unicode() > 127)
            return false;
    }
    return true;
}

QString nonNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // absent: empty, never NULL
}

QString text(const QJsonObject& data, QLatin1StringView field)
{
    return nonNull(data.value(field).toString());
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<SyncPage::Type> typeOf(const QString& name)
{
    static const std::pair<QLatin1StringView, SyncPage::Type> types[] = {
        {QLatin1StringView("company"), SyncPage::Type::Company},
        {QLatin1StringView("visit"), SyncPage::Type::Visit},
        {QLatin1StringView("pageview"), SyncPage::Type::Pageview},
        {QLatin1StringView("annotation"), SyncPage::Type::Annotation},
        {QLatin1StringView("activity"), SyncPage::Type::Activity},
        {QLatin1StringView("rule_firing"), SyncPage::Type::RuleFiring},
    };
    for (const auto& [text, type] : types) {
        if (name == text)
            return type;
    }
    return std::nullopt;
}

bool readCompany(const QJsonObject& d, SyncPage::Change* change)
{
    if (!d.value(QLatin1StringView("name")).isString())
        return false;
    SyncPage::Company row;
    for (std::size_t i = 0; i < SyncPage::kCompanyFields.size(); ++i)
        row.fields[i] = text(d, QLatin1StringView(SyncPage::kCompanyFields[i]));
    change->row = std::move(row);
    return true;
}

bool readVisit(const QJsonObject& d, SyncPage::Change* change)
{
    SyncPage::Visit row;
    row.companyId = text(d, QLatin1StringView("company_id"));
    const auto started = timeOf(d, QLatin1StringView("started_at"));
    const auto ended = timeOf(d, QLatin1StringView("ended_at"));
    if (!validId(row.companyId) || !started || !ended)
        return false;
    row.visitorKey = text(d, QLatin1StringView("visitor_key"));
    row.siteId = text(d, QLatin1StringView("site_id"));
    row.website = text(d, QLatin1StringView("website"));
    row.startedAt = *started;
    row.endedAt = *ended;
    row.pageviews = d.value(QLatin1StringView("pageviews")).toInteger();
    row.referrerClass = text(d, QLatin1StringView("referrer_class"));
    row.referrerHost = text(d, QLatin1StringView("referrer_host"));
    row.utmSource = text(d, QLatin1StringView("utm_source"));
    row.utmMedium = text(d, QLatin1StringView("utm_medium"));
    row.utmCampaign = text(d, QLatin1StringView("utm_campaign"));
    row.landingPage = text(d, QLatin1StringView("landing_page"));
    row.device = text(d, QLatin1StringView("device"));
    // Its match goes to a table of its own (schema 11); a visit sent without one has none.
    const QJsonObject match = d.value(QLatin1StringView("match")).toObject();
    row.confidence = protocol::LeadFilter::confidenceLevel(match.value(QLatin1StringView("confidence")).toString());
    if (!match.isEmpty())
        row.match = compact(match);
    change->row = std::move(row);
    return true;
}

bool readPageview(const QJsonObject& d, SyncPage::Change* change)
{
    SyncPage::Pageview row;
    row.visitId = text(d, QLatin1StringView("visit_id"));
    const auto viewed = timeOf(d, QLatin1StringView("viewed_at"));
    if (!validId(row.visitId) || !viewed)
        return false;
    row.path = text(d, QLatin1StringView("path"));
    row.title = text(d, QLatin1StringView("title"));
    row.viewedAt = *viewed;
    row.seconds = d.value(QLatin1StringView("seconds")).toInteger();
    change->row = std::move(row);
    return true;
}

bool readAnnotation(const QJsonObject& d, SyncPage::Change* change)
{
    const QJsonValue tags = d.value(QLatin1StringView("tags"));
    if (!tags.isArray() && !tags.isUndefined())
        return false;
    const QJsonValue assignee = d.value(QLatin1StringView("assignee"));
    change->row = SyncPage::Annotation{compact(tags.toArray()),
                                       text(d, QLatin1StringView("note")),
                                       d.value(QLatin1StringView("status")).toString(QStringLiteral("new")),
                                       assignee.isString() ? assignee.toString() : QString(),
                                       nonNull(d.value(QLatin1StringView("updated_at")).toVariant().toString()),
                                       text(d, QLatin1StringView("updated_by"))};
    return true;
}

bool readActivity(const QJsonObject& d, SyncPage::Change* change)
{
    SyncPage::Activity row{text(d, QLatin1StringView("company_id")), 0, text(d, QLatin1StringView("by")), {}};
    const auto at = timeOf(d, QLatin1StringView("at"));
    const QJsonValue changes = d.value(QLatin1StringView("changes"));
    if (!validId(row.companyId) || !at || !changes.isObject())
        return false;
    row.at = *at;
    row.changes = compact(changes.toObject());
    change->row = std::move(row);
    return true;
}

bool readFiring(const QJsonObject& d, SyncPage::Change* change)
{
    SyncPage::RuleFiring row;
    row.ruleId = text(d, QLatin1StringView("rule_id"));
    row.ruleName = text(d, QLatin1StringView("rule_name"));
    row.companyId = text(d, QLatin1StringView("company_id"));
    row.visitId = text(d, QLatin1StringView("visit_id"));
    const auto at = timeOf(d, QLatin1StringView("at"));
    const QJsonValue why = d.value(QLatin1StringView("why"));
    const QJsonValue did = d.value(QLatin1StringView("did"));
    if (!validId(row.companyId) || !validId(row.visitId) || !validId(row.ruleId) || !at || !why.isObject() ||
        !did.isObject())
        return false;
    row.at = *at;
    row.why = compact(why.toObject());
    row.did = compact(did.toObject());
    for (const QJsonValue& id : did.toObject().value(QLatin1StringView("notify")).toArray())
        row.notify << id.toString();
    change->row = std::move(row);
    return true;
}

bool readChange(const QJsonObject& change, SyncPage::Change* read)
{
    const auto type = typeOf(change.value(QLatin1StringView("type")).toString());
    const QString op = change.value(QLatin1StringView("op")).toString();
    if (!type || (op != QLatin1StringView("upsert") && op != QLatin1StringView("delete")))
        return false;
    read->type = *type;
    read->remove = op == QLatin1StringView("delete");
    read->id = change.value(QLatin1StringView("id")).toString();
    if (!validId(read->id))
        return false;
    if (read->remove)
        return true;
    const QJsonObject d = change.value(QLatin1StringView("data")).toObject();
    switch (*type) {
    case SyncPage::Type::Company:
        return readCompany(d, read);
    case SyncPage::Type::Visit:
        return readVisit(d, read);
    case SyncPage::Type::Pageview:
        return readPageview(d, read);
    case SyncPage::Type::Annotation:
        return readAnnotation(d, read);
    case SyncPage::Type::Activity:
        return readActivity(d, read);
    case SyncPage::Type::RuleFiring:
        return readFiring(d, read);
    }
    return false;
}

} // namespace

bool SyncPage::isCursor(const QString& cursor)
{
    return !cursor.isEmpty() && cursor.size() <= 256 &&
           std::all_of(cursor.cbegin(), cursor.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
}

bool SyncPage::read(const QByteArray& json, SyncPage* page, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    const QJsonValue changes = object.value(QLatin1StringView("changes"));
    const QJsonValue hasMore = object.value(QLatin1StringView("has_more"));
    *page = SyncPage{};
    page->cursor = object.value(QLatin1StringView("cursor")).toString();
    // The cursor goes back to the server as it came: printable ASCII only (a lone
    // surrogate would not survive storage — found by FuzzSyncPage).
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !changes.isArray() ||
        !isCursor(page->cursor) || !hasMore.isBool()) {
        *error = tr("The server sent a sync page Leadscope does not understand; nothing of it was stored.");
        return false;
    }
    page->hasMore = hasMore.toBool();
    page->remaining = std::max<qint64>(0, object.value(QLatin1StringView("remaining")).toInteger());
    const QJsonArray array = changes.toArray();
    page->changes.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readChange(array.at(i).toObject(), &page->changes[i])) {
            *error = tr("The server sent a change Leadscope does not understand; nothing of that sync page was "
                        "stored.");
            page->changes.clear();
            return false;
        }
    }
    return true;
}

} // namespace leadscope::core
