#include "server/mail/MailComposer.h"

#include "server/domain/Annotations.h"
#include "server/domain/IgnoreList.h"
#include "server/store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>
#include <QUrl>

#include <algorithm>

namespace leadscope::server {

namespace {

constexpr int kDigestCompanies = 20;
constexpr int kAlertPages = 20;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString htmlPage(const QString& body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                          "<body style=\"font-family:sans-serif;font-size:14px;color:#1f2328;\">%1</body></html>")
        .arg(body);
}

QString link(const QString& companyId, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(MailComposer::companyLink(companyId)), escaped(text));
}

} // namespace

MailComposer::MailComposer(const QTranslator* translator, const AlertPreferences::Prefs& reader)
    : m_translator(translator)
    , m_reader(reader)
    , m_zone(QTimeZone(reader.timeZone.toUtf8()).isValid() ? QTimeZone(reader.timeZone.toUtf8()) : QTimeZone::utc())
{
}

QString MailComposer::companyLink(const QString& companyId)
{
    return QStringLiteral("leadscope://company/") + QString::fromLatin1(QUrl::toPercentEncoding(companyId));
}

QString MailComposer::tr(const char* source, const char* disambiguation, int n) const
{
    QString text = m_translator ? m_translator->translate("MailComposer", source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QString MailComposer::time(qint64 unixMs) const
{
    const QLocale locale(m_reader.language);
    return locale.toString(QDateTime::fromMSecsSinceEpoch(unixMs, m_zone).time(), QLocale::ShortFormat);
}

QString MailComposer::date(qint64 unixMs) const
{
    const QLocale locale(m_reader.language);
    return locale.toString(QDateTime::fromMSecsSinceEpoch(unixMs, m_zone).date(), QStringLiteral("ddd d MMM yyyy"));
}

QString MailComposer::footer(bool html) const
{
    const QString text = tr("You get this e-mail because you asked Leadscope for it. Change what it sends you in "
                            "Leadscope: Settings → Alerts.");
    return html ? QStringLiteral("<p style=\"color:#6e7781;font-size:12px;\">%1</p>").arg(escaped(text))
                : QStringLiteral("\n-- \n") + text + u'\n';
}

MailComposer::Outcome MailComposer::compose(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail,
                                            QString* error) const
{
    if (message.kind == QLatin1String("webhook_paused"))
        return webhookPaused(db, message, mail, error);
    return message.kind == QLatin1String("digest") ? digest(db, message, mail, error) : alert(db, message, mail, error);
}

QString MailComposer::reasons(const QJsonObject& why) const
{
    QStringList parts;
    const auto text = [&why](const char* key) {
        return why.value(QLatin1String(key)).toString();
    };
    if (why.contains(QLatin1String("page")))
        parts << tr("visited %1").arg(text("page"));
    if (why.contains(QLatin1String("pages")))
        parts << tr("%n page(s)", nullptr, why.value(QLatin1String("pages")).toInt());
    if (why.contains(QLatin1String("minutes")))
        parts << tr("%n minute(s) on the site", nullptr, why.value(QLatin1String("minutes")).toInt());
    if (why.contains(QLatin1String("source")))
        parts << tr("came via %1").arg(text("source"));
    if (why.contains(QLatin1String("campaign")))
        parts << tr("campaign %1").arg(text("campaign"));
    if (why.value(QLatin1String("first")).toBool())
        parts << tr("first visit");
    if (why.contains(QLatin1String("days_since_previous")))
        parts << tr("back after %n day(s)", nullptr, why.value(QLatin1String("days_since_previous")).toInt());
    for (const char* key : {"website", "industry", "city", "country"}) {
        if (why.contains(QLatin1String(key)))
            parts << text(key);
    }
    if (why.contains(QLatin1String("size_band")))
        parts << tr("%1 employees").arg(text("size_band"));
    if (why.contains(QLatin1String("on_list")))
        parts << tr("on a target list");
    return parts.join(QStringLiteral(", "));
}

MailComposer::Outcome MailComposer::alert(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail,
                                          QString* error) const
{
    QVariantList f;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT f.company_id, f.visit_id, f.at, f.detail, coalesce(r.name, ''), c.name, "
                                      "c.city, v.started_at, v.last_at, v.pageviews, s.domain FROM rule_firings f "
                                      "JOIN companies c ON c.id = f.company_id JOIN visits v ON v.id = f.visit_id "
                                      "JOIN sites s ON s.id = v.site_id LEFT JOIN rules r ON r.org_id = f.org_id AND "
                                      "r.id = f.rule_id WHERE f.org_id = ? AND f.id = ?"),
                       {message.orgId, message.ref}, &f, &found, error))
        return Outcome::Failed;
    if (!found)
        return Outcome::Gone;
    const QString companyId = f.value(0).toString();
    const QString why = reasons(
        QJsonDocument::fromJson(f.value(3).toString().toUtf8()).object().value(QLatin1String("why")).toObject());
    const QString rule = f.value(4).toString().isEmpty() ? tr("a rule") : f.value(4).toString();
    const QString company = f.value(5).toString();
    const QString city = f.value(6).toString();
    const qint64 started = f.value(7).toLongLong();
    const qint64 last = f.value(8).toLongLong();
    const int pageviews = f.value(9).toInt();
    const QString site = f.value(10).toString();

    QList<Page> pages;
    QSqlQuery q(db);
    if (!Sql::exec(
            q, QStringLiteral("SELECT path, viewed_at FROM pageviews WHERE visit_id = ? ORDER BY viewed_at LIMIT ?"),
            {f.value(1), kAlertPages}, error))
        return Outcome::Failed;
    while (q.next())
        pages.append({q.value(0).toString(), q.value(1).toLongLong()});

    const QString who = city.isEmpty() ? company : tr("%1 in %2").arg(company, city);
    mail->subject = tr("%1 matched your rule “%2”").arg(company, rule);
    const QString headline = tr("%1 is on %2 and matched the rule “%3”.").arg(who, site, rule);
    const QString whyLine = tr("Why: %1").arg(why);
    const qint64 minutes = (last - started) / 60'000;
    const QString visitLine =
        tr("Visit: %1 %2, %n page(s)", nullptr, pageviews).arg(date(started), time(started)) +
        (minutes > 0 ? QStringLiteral(", ") + tr("%n minute(s)", nullptr, int(minutes)) : QString());
    const QString open = tr("Open in Leadscope");

    QString text = headline + u"\n\n" + whyLine + u'\n' + visitLine + u"\n\n";
    QString rows;
    for (const Page& page : std::as_const(pages)) {
        text += QStringLiteral("  %1  %2\n").arg(time(page.at), page.path);
        rows += QStringLiteral("<tr><td style=\"color:#6e7781;padding-right:12px;\">%1</td><td>%2</td></tr>")
                    .arg(escaped(time(page.at)), escaped(page.path));
    }
    text += u'\n' + open + u": " + companyLink(companyId) + u'\n' + footer(false);
    mail->text = text;
    mail->html = htmlPage(QStringLiteral("<p style=\"font-size:16px;\"><b>%1</b></p><p>%2</p><p>%3</p>"
                                         "<table style=\"border-collapse:collapse;\">%4</table><p>%5</p>%6")
                              .arg(escaped(headline), escaped(whyLine), escaped(visitLine), rows,
                                   link(companyId, open + QStringLiteral(": ") + company), footer(true)));
    return Outcome::Ready;
}

MailComposer::Outcome MailComposer::webhookPaused(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail,
                                                  QString* error) const
{
    const QString webhookId = message.ref.section(u'@', 0, 0);
    const qint64 pausedAt = message.ref.section(u'@', 1).toLongLong();
    QVariantList w;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT name, url, paused_at, failures, failing_since FROM webhooks WHERE org_id "
                                      "= ? AND id = ?"),
                       {message.orgId, webhookId}, &w, &found, error))
        return Outcome::Failed;
    if (!found || w.value(2).toLongLong() != pausedAt)
        return Outcome::Nothing; // removed or resumed meanwhile
    QVariantList d;
    bool any = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT last_error, status FROM webhook_deliveries WHERE org_id = ? AND "
                                      "webhook_id = ? AND attempts > 0 AND state <> 'delivered' ORDER BY created_at "
                                      "DESC LIMIT 1"),
                       {message.orgId, webhookId}, &d, &any, error))
        return Outcome::Failed;
    const QString name = w.value(0).toString();
    const QString host = QUrl(w.value(1).toString()).host();
    const qint64 since = w.value(4).toLongLong();
    mail->subject = tr("Leadscope stopped sending to “%1”").arg(name);
    const QString headline =
        tr("The webhook “%1” (%2) has been paused: it failed every time since %3 %4.")
            .arg(name, host, date(since > 0 ? since : pausedAt), time(since > 0 ? since : pausedAt));
    const QString said =
        any ? tr("The last answer: %1")
                  .arg(d.value(1).toInt() > 0
                           ? QStringLiteral("HTTP %1 %2").arg(d.value(1).toInt()).arg(d.value(0).toString()).trimmed()
                           : d.value(0).toString())
            : QString();
    const QString what = tr("Events are still collected for it and nothing is lost for 3 days. When the receiver "
                            "works again, resume the webhook in Leadscope: Administration → Integrations → Resume; "
                            "what was held back is sent then.");
    const QString why = tr("You get this e-mail because you are an admin of your organisation in Leadscope.");
    mail->text = headline + u"\n\n" + (said.isEmpty() ? QString() : said + u"\n\n") + what + QStringLiteral("\n-- \n") +
                 why + u'\n';
    mail->html = htmlPage(QStringLiteral("<p style=\"font-size:16px;\"><b>%1</b></p>%2<p>%3</p>"
                                         "<p style=\"color:#6e7781;font-size:12px;\">%4</p>")
                              .arg(escaped(headline),
                                   said.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(escaped(said)),
                                   escaped(what), escaped(why)));
    return Outcome::Ready;
}

bool MailComposer::digestRows(QSqlDatabase db, const MailOutbox::Message& message, qint64 from, qint64 to,
                              QList<Row>* rows, QString* error) const
{
    IgnoreList::Active hidden;
    if (!IgnoreList::active(db, message.orgId, &hidden, error))
        return false;
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT v.company_id, c.name, c.city, c.sbi_code, count(*), sum(v.pageviews), "
                                  "max(v.last_at), min(oc.first_seen) FROM visits v JOIN companies c ON c.id = "
                                  "v.company_id LEFT JOIN org_companies oc ON oc.org_id = v.org_id AND oc.company_id = "
                                  "v.company_id WHERE v.org_id = ? AND v.company_id <> '' AND v.started_at >= ? AND "
                                  "v.started_at < ? GROUP BY v.company_id, c.name, c.city, c.sbi_code"),
                   {message.orgId, from, to}, error))
        return false;
    while (q.next()) {
        Row row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        if (hidden->hides(row.id, row.sbiCode))
            continue;
        row.visits = q.value(4).toInt();
        row.pages = q.value(5).toInt();
        row.lastAt = q.value(6).toLongLong();
        row.isNew = !q.value(7).isNull() && q.value(7).toLongLong() >= from;
        rows->append(row);
    }
    QStringList ids;
    for (const Row& row : std::as_const(*rows))
        ids << row.id;
    QHash<QString, Annotations::Annotation> notes;
    if (!Annotations::read(db, message.orgId, ids, &notes, error))
        return false;
    for (Row& row : *rows)
        row.yours = notes.value(row.id).assignee == message.userId;
    // Yours first, then the most pages.
    std::sort(rows->begin(), rows->end(), [](const Row& a, const Row& b) {
        return a.yours != b.yours ? a.yours : (a.pages != b.pages ? a.pages > b.pages : a.name < b.name);
    });
    return true;
}

MailComposer::Outcome MailComposer::digest(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail,
                                           QString* error) const
{
    const qsizetype dash = message.ref.indexOf(u'-');
    const qint64 from = message.ref.left(dash).toLongLong();
    const qint64 to = message.ref.mid(dash + 1).toLongLong();
    QList<Row> rows;
    if (!digestRows(db, message, from, to, &rows, error))
        return Outcome::Failed;
    if (rows.isEmpty())
        return Outcome::Nothing;
    QList<std::pair<QString, int>> rules;
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT coalesce(r.name, ''), count(*) FROM rule_firings f LEFT JOIN rules r ON "
                                  "r.org_id = f.org_id AND r.id = f.rule_id WHERE f.org_id = ? AND f.at >= ? AND "
                                  "f.at < ? GROUP BY r.name ORDER BY count(*) DESC"),
                   {message.orgId, from, to}, error))
        return Outcome::Failed;
    while (q.next())
        rules.append(
            {q.value(0).toString().isEmpty() ? tr("a deleted rule") : q.value(0).toString(), q.value(1).toInt()});
    writeDigest(rows, rules, from, to, mail);
    return Outcome::Ready;
}

void MailComposer::writeDigest(const QList<Row>& rows, const QList<std::pair<QString, int>>& rules, qint64 from,
                               qint64 to, Mail* mail) const
{
    int fresh = 0;
    int yours = 0;
    for (const Row& row : rows) {
        fresh += row.isNew ? 1 : 0;
        yours += row.yours ? 1 : 0;
    }
    const QString period = tr("%1 to %2").arg(date(from) + u' ' + time(from), date(to) + u' ' + time(to));
    mail->subject = m_reader.digest == AlertPreferences::Digest::Weekly
                        ? tr("Leadscope weekly: %n companies visited", nullptr, int(rows.size()))
                        : tr("Leadscope daily: %n companies visited", nullptr, int(rows.size()));
    const QString summary = tr("%n companies visited your websites", nullptr, int(rows.size())) + u", " +
                            tr("%n for the first time", nullptr, fresh) +
                            (yours > 0 ? u", " + tr("%n assigned to you", nullptr, yours) : QString()) + u'.';
    QString text = period + u"\n\n" + summary + u"\n\n";
    QString items;
    for (const Row& row : rows.mid(0, kDigestCompanies)) {
        QStringList marks;
        if (row.yours)
            marks << tr("yours");
        if (row.isNew)
            marks << tr("new");
        const QString what = tr("%n visit(s)", nullptr, row.visits) + u", " + tr("%n page(s)", nullptr, row.pages) +
                             u", " + tr("last %1").arg(date(row.lastAt) + u' ' + time(row.lastAt));
        const QString name = row.city.isEmpty() ? row.name : tr("%1 in %2").arg(row.name, row.city);
        const QString marked =
            marks.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(marks.join(QStringLiteral(", ")));
        text += QStringLiteral("- %1%2: %3\n  %4\n").arg(name, marked, what, companyLink(row.id));
        items += QStringLiteral("<li>%1%2<br><span style=\"color:#6e7781;\">%3</span></li>")
                     .arg(link(row.id, name), escaped(marked), escaped(what));
    }
    if (rows.size() > kDigestCompanies) {
        const QString more = tr("… and %n more in Leadscope.", nullptr, int(rows.size() - kDigestCompanies));
        text += more + u'\n';
        items += QStringLiteral("<li>%1</li>").arg(escaped(more));
    }
    QString ruleText;
    QString ruleItems;
    for (const auto& [name, count] : rules) {
        const QString line = tr("“%1” acted %n time(s)", nullptr, count).arg(name);
        ruleText += QStringLiteral("- %1\n").arg(line);
        ruleItems += QStringLiteral("<li>%1</li>").arg(escaped(line));
    }
    const QString rulesHeading = tr("Rules");
    if (!rules.isEmpty())
        text += u'\n' + rulesHeading + u":\n" + ruleText;
    mail->text = text + footer(false);
    mail->html = htmlPage(
        QStringLiteral("<p style=\"color:#6e7781;\">%1</p><p style=\"font-size:16px;\"><b>%2</b></p><ul>%3</ul>%4%5")
            .arg(escaped(period), escaped(summary), items,
                 rules.isEmpty() ? QString()
                                 : QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(escaped(rulesHeading), ruleItems),
                 footer(true)));
}

} // namespace leadscope::server
