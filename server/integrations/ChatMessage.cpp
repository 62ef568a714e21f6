#include "server/integrations/ChatMessage.h"

#include "server/domain/AlertPreferences.h"
#include "server/mail/MailComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

namespace leadscope::server {

namespace {

constexpr int kMaxPages = 10; // listed in a message; the rest are counted

// Slack's mrkdwn: &, < and > are its markup.
QString escaped(QString text)
{
    text.replace(u'&', QLatin1String("&amp;"));
    text.replace(u'<', QLatin1String("&lt;"));
    text.replace(u'>', QLatin1String("&gt;"));
    return text;
}

QString clipped(const QString& text, int most)
{
    return text.size() <= most ? text : text.left(most - 1) + QChar(0x2026);
}

QJsonObject mrkdwn(const QString& text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), clipped(text, 3000)}};
}

QJsonObject textBlock(const QString& text, bool bold = false, bool subtle = false)
{
    QJsonObject block{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("wrap"), true}};
    if (bold) {
        block.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        block.insert(QStringLiteral("size"), QStringLiteral("Medium"));
    }
    if (subtle)
        block.insert(QStringLiteral("isSubtle"), true);
    return block;
}

} // namespace

ChatMessage::ChatMessage(const QTranslator* translator, const QString& language, QHash<QString, QString> people)
    : m_translator(translator)
    , m_language(language)
    , m_people(std::move(people))
{
}

QString ChatMessage::tr(const char* source, const char* disambiguation, int n) const
{
    QString text = m_translator ? m_translator->translate("ChatMessage", source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QByteArray ChatMessage::compose(const QString& kind, const QByteArray& event) const
{
    const QJsonObject body = QJsonDocument::fromJson(event).object();
    if (body.value(QLatin1String("type")).toString().isEmpty())
        return {};
    if (kind == QLatin1String("slack"))
        return slack(parts(body));
    if (kind == QLatin1String("teams"))
        return teams(parts(body));
    if (kind == QLatin1String("hubspot"))
        return note(parts(body));
    return {};
}

QString ChatMessage::person(const QString& userId) const
{
    return m_people.value(userId, tr("a colleague who has left"));
}

QString ChatMessage::duration(qint64 seconds) const
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(qMax<qint64>(0, seconds)));
    return tr("%n min", nullptr, int((seconds + 30) / 60));
}

QString ChatMessage::changes(const QJsonObject& changes) const
{
    QStringList parts;
    const auto value = [](const QJsonValue& v) {
        return v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", ")) : v.toString();
    };
    if (changes.contains(QLatin1String("status"))) {
        const QJsonObject s = changes.value(QLatin1String("status")).toObject();
        parts << tr("status %1 → %2").arg(value(s.value(QLatin1String("from"))), value(s.value(QLatin1String("to"))));
    }
    if (changes.contains(QLatin1String("assignee"))) {
        const QString to = changes.value(QLatin1String("assignee")).toObject().value(QLatin1String("to")).toString();
        parts << (to.isEmpty() ? tr("no longer assigned") : tr("assigned to %1").arg(person(to)));
    }
    if (changes.contains(QLatin1String("tags"))) {
        const QStringList to =
            changes.value(QLatin1String("tags")).toObject().value(QLatin1String("to")).toVariant().toStringList();
        parts << (to.isEmpty() ? tr("tags removed") : tr("tags %1").arg(to.join(QStringLiteral(", "))));
    }
    if (changes.contains(QLatin1String("note")))
        parts << tr("note changed");
    return parts.join(QStringLiteral("; "));
}

ChatMessage::Parts ChatMessage::parts(const QJsonObject& event) const
{
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject data = event.value(QLatin1String("data")).toObject();
    const QJsonObject company = data.value(QLatin1String("company")).toObject();
    const QJsonObject visit = data.value(QLatin1String("visit")).toObject();
    const auto field = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    };

    Parts p;
    p.title = field(company, "name");
    p.link = field(company, "link");
    // Where and what the company is.
    QStringList about;
    for (const char* key : {"city", "industry"}) {
        if (!field(company, key).isEmpty())
            about << field(company, key);
    }
    if (!field(company, "size_band").isEmpty())
        about << tr("%1 employees").arg(field(company, "size_band"));
    if (!about.isEmpty())
        p.facts << about.join(QStringLiteral(" · "));

    if (type == QLatin1String("rule.fired")) {
        AlertPreferences::Prefs reader;
        reader.language = m_language;
        const QString why = MailComposer(m_translator, reader).reasons(data.value(QLatin1String("why")).toObject());
        const QString rule = field(data.value(QLatin1String("rule")).toObject(), "name");
        p.summary = why.isEmpty() ? tr("Rule “%1” fired.").arg(rule) : tr("Rule “%1” fired: %2.").arg(rule, why);
        const QJsonObject did = data.value(QLatin1String("did")).toObject();
        QStringList done;
        const QStringList tags = did.value(QLatin1String("tags_added")).toVariant().toStringList();
        if (!tags.isEmpty())
            done << tr("tagged %1").arg(tags.join(QStringLiteral(", ")));
        if (did.contains(QLatin1String("status")))
            done << tr("status set to %1")
                        .arg(did.value(QLatin1String("status")).toObject().value(QLatin1String("to")).toString());
        if (did.contains(QLatin1String("assigned_to")))
            done << tr("assigned to %1").arg(person(did.value(QLatin1String("assigned_to")).toString()));
        if (!done.isEmpty())
            p.facts << tr("The rule %1.").arg(done.join(QStringLiteral(", ")));
    } else if (type == QLatin1String("company.new")) {
        p.summary = tr("Visited your website for the first time.");
    } else if (type == QLatin1String("visit.finished")) {
        p.summary = tr("A visit ended.");
    } else if (type == QLatin1String("company.annotated")) {
        p.summary = tr("%1 changed this company: %2.")
                        .arg(person(data.value(QLatin1String("by")).toString()),
                             changes(data.value(QLatin1String("changes")).toObject()));
    } else if (type == QLatin1String("webhook.test")) {
        p.title = tr("Leadscope test message");
        p.summary = tr("Leadscope's destination “%1” reaches this channel.")
                        .arg(field(data.value(QLatin1String("webhook")).toObject(), "name"));
    } else {
        p.summary = type;
    }

    if (!visit.isEmpty()) {
        QStringList line{field(visit, "website"),
                         tr("%n page(s)", nullptr, visit.value(QLatin1String("pageviews")).toInt()),
                         duration(visit.value(QLatin1String("seconds")).toInteger())};
        if (!field(visit, "source").isEmpty())
            line << tr("via %1").arg(field(visit, "source"));
        if (!field(visit, "utm_campaign").isEmpty())
            line << tr("campaign %1").arg(field(visit, "utm_campaign"));
        p.visit = line.join(QStringLiteral(" · "));
        const QJsonArray pages = visit.value(QLatin1String("pages")).toArray();
        for (qsizetype i = 0; i < pages.size() && i < kMaxPages; ++i) {
            const QJsonObject page = pages.at(i).toObject();
            p.pages << QStringLiteral("%1 — %2").arg(field(page, "path"),
                                                     duration(page.value(QLatin1String("seconds")).toInteger()));
        }
        if (pages.size() > kMaxPages)
            p.pages << tr("and %n more", nullptr, int(pages.size() - kMaxPages));
    }
    return p;
}

QByteArray ChatMessage::slack(const Parts& p) const
{
    QJsonArray blocks;
    blocks.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                         {QStringLiteral("text"), clipped(p.title, 150)}}}});
    QStringList lines{escaped(p.summary)};
    for (const QString& fact : p.facts)
        lines << escaped(fact);
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"), mrkdwn(lines.join(u'\n'))}});
    if (!p.pages.isEmpty()) {
        QStringList list;
        for (const QString& page : p.pages)
            list << QStringLiteral("• ") + escaped(page);
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), mrkdwn(u'*' + escaped(tr("Pages")) + QStringLiteral("*\n") + list.join(u'\n'))}});
    }
    QStringList context;
    if (!p.visit.isEmpty())
        context << escaped(p.visit);
    if (!p.link.isEmpty())
        context << QStringLiteral("<%1|%2>").arg(p.link, escaped(tr("Open in Leadscope")));
    if (!context.isEmpty())
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                        {QStringLiteral("elements"), QJsonArray{mrkdwn(context.join(QStringLiteral(" · ")))}}});
    // `text`: what notifications and screen readers show.
    const QJsonObject message{{QStringLiteral("text"), clipped(p.title + QStringLiteral(": ") + p.summary, 3000)},
                              {QStringLiteral("blocks"), blocks}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray ChatMessage::teams(const Parts& p) const
{
    QJsonArray body{textBlock(p.title, true), textBlock(p.summary)};
    for (const QString& fact : p.facts)
        body.append(textBlock(fact, false, true));
    if (!p.pages.isEmpty()) {
        QStringList list;
        for (const QString& page : p.pages)
            list << QStringLiteral("- ") + page;
        body.append(textBlock(tr("Pages"), false, false));
        body.append(textBlock(list.join(u'\n')));
    }
    if (!p.visit.isEmpty())
        body.append(textBlock(p.visit, false, true));
    QJsonObject card{{QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                     {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                     {QStringLiteral("version"), QStringLiteral("1.4")},
                     {QStringLiteral("lang"), m_language},
                     {QStringLiteral("body"), body}};
    if (!p.link.isEmpty())
        card.insert(QStringLiteral("actions"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                                           {QStringLiteral("title"), tr("Open in Leadscope")},
                                           {QStringLiteral("url"), p.link}}});
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("attachments"),
                               QJsonArray{QJsonObject{{QStringLiteral("contentType"),
                                                       QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                                      {QStringLiteral("contentUrl"), QJsonValue::Null},
                                                      {QStringLiteral("content"), card}}}}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray ChatMessage::note(const Parts& p) const
{
    QString html = QStringLiteral("<p><strong>%1</strong></p>").arg(tr("Website visit (Leadscope)").toHtmlEscaped());
    if (!p.visit.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(p.visit.toHtmlEscaped());
    if (!p.pages.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Pages").toHtmlEscaped());
        for (const QString& page : p.pages)
            html += QStringLiteral("<li>%1</li>").arg(page.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    for (const QString& fact : p.facts)
        html += QStringLiteral("<p>%1</p>").arg(fact.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace leadscope::server
