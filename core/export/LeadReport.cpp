#include "LeadReport.h"

#include "core/query/LeadStatus.h"
#include "core/query/Team.h"

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace leadscope::core {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// A cell's text cut to `most` characters: a one-line list row stays one line.
QString clip(const QString& text, int most)
{
    return text.size() <= most ? text : text.left(most - 1).trimmed() + QChar(0x2026);
}

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}

} // namespace

QString LeadReport::sourceLabel(const QString& source)
{
    if (source == QLatin1String("search"))
        return tr("Search engine");
    if (source == QLatin1String("social"))
        return tr("Social media");
    if (source == QLatin1String("campaign"))
        return tr("Campaign");
    if (source == QLatin1String("referral"))
        return tr("Another website");
    if (source == QLatin1String("direct"))
        return tr("Direct");
    return source;
}

QString LeadReport::webUrl(const QString& site)
{
    if (site.isEmpty() || site.startsWith(QLatin1String("http://")) || site.startsWith(QLatin1String("https://")))
        return site;
    return QStringLiteral("https://") + site;
}

QString LeadReport::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString LeadReport::describe(const LeadsQuery::Filter& filter, const QString& assigneeName)
{
    QStringList parts;
    const auto add = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            parts << label.arg(value);
    };
    add(tr("website %1"), filter.website);
    add(tr("city %1"), filter.city);
    add(tr("country %1"), filter.country);
    add(tr("industry %1"), filter.industry);
    add(tr("SBI code %1…"), filter.sbiPrefix);
    add(tr("%1 employees"), filter.sizeBand);
    if (filter.minVisits > 0)
        parts << tr("at least %n visit(s)", nullptr, filter.minVisits);
    add(tr("visited a page containing “%1”"), filter.visitedPage);
    if (!filter.source.isEmpty())
        parts << tr("came via %1").arg(sourceLabel(filter.source).toLower());
    add(tr("campaign %1"), filter.campaign);
    add(tr("matching “%1”"), filter.search);
    add(tr("status %1"), filter.status.isEmpty() ? QString() : LeadStatus::label(filter.status));
    add(tr("tagged %1"), filter.tag);
    add(tr("assigned to %1"), assigneeName.isEmpty() ? filter.assignee : assigneeName);
    if (filter.unseenOnly)
        parts << tr("with visits not yet seen");
    if (!filter.ids.isEmpty())
        parts << tr("%n selected compan(y/ies)", nullptr, int(filter.ids.size()));
    if (!filter.onList.isEmpty())
        parts << tr("on a target list");
    const protocol::LeadFilter::VisitConditions& visit = filter.visit;
    QStringList visitParts;
    if (!visit.page.isEmpty())
        visitParts << tr("a page like “%1”").arg(visit.page);
    if (visit.minPages > 0)
        visitParts << tr("at least %n page(s)", nullptr, visit.minPages);
    if (visit.minMinutes > 0)
        visitParts << tr("at least %n minute(s) on the site", nullptr, visit.minMinutes);
    if (!visit.source.isEmpty())
        visitParts << tr("came via %1").arg(sourceLabel(visit.source).toLower());
    if (!visit.campaign.isEmpty())
        visitParts << tr("campaign %1").arg(visit.campaign);
    if (visit.first)
        visitParts << tr("the company's first visit");
    if (visit.returningWithinDays > 0)
        visitParts << tr("back within %n day(s)", nullptr, visit.returningWithinDays);
    if (!visitParts.isEmpty())
        parts << tr("a visit with %1").arg(visitParts.join(QStringLiteral(", ")));
    return parts.isEmpty() ? tr("All companies") : parts.join(QStringLiteral(" · "));
}

QString LeadReport::period(const LeadsQuery::Filter& filter)
{
    const QLocale locale;
    if (filter.lastVisitWithinDays > 0)
        return tr("Last visit in the last %n day(s)", nullptr, filter.lastVisitWithinDays);
    const auto day = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
    };
    if (filter.lastVisitFrom > 0 && filter.lastVisitTo > 0)
        return tr("Last visit from %1 to %2").arg(day(filter.lastVisitFrom), day(filter.lastVisitTo));
    if (filter.lastVisitFrom > 0)
        return tr("Last visit on or after %1").arg(day(filter.lastVisitFrom));
    if (filter.lastVisitTo > 0)
        return tr("Last visit on or before %1").arg(day(filter.lastVisitTo));
    return tr("All time");
}

QImage LeadReport::activityChart(const QList<CompanyQuery::Bucket>& buckets, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    qint64 most = 1;
    for (const CompanyQuery::Bucket& bucket : buckets)
        most = std::max(most, bucket.visits);
    const int axis = size.height() / 8;
    const QRectF plot(0, 4, size.width(), size.height() - axis - 8);
    painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd6), 2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!buckets.isEmpty()) {
        const qreal slot = plot.width() / qreal(buckets.size());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2f, 0x6f, 0xdf));
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const qreal height = plot.height() * qreal(buckets.at(i).visits) / qreal(most);
            painter.drawRect(
                QRectF(plot.left() + qreal(i) * slot + slot * 0.15, plot.bottom() - height, slot * 0.7, height));
        }
        QFont font = painter.font();
        font.setPixelSize(axis * 3 / 4);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x5b, 0x66));
        const QLocale locale;
        const QString first = locale.toString(buckets.first().start, QLocale::ShortFormat);
        const QString last = locale.toString(buckets.last().start, QLocale::ShortFormat);
        const QRectF labels(0, plot.bottom() + 4, size.width(), axis);
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, first);
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, last);
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, tr("most in one day: %1").arg(most));
    }
    return image;
}

QString LeadReport::css()
{
    return QStringLiteral("body { font-size: 10pt; color: #1d2330; }"
                          "h1 { font-size: 22pt; margin-bottom: 4px; }"
                          "h2 { font-size: 15pt; margin-top: 0; margin-bottom: 2px; }"
                          "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }"
                          ".muted { color: #5b6270; }"
                          "td.label { color: #5b6270; padding-right: 12px; }"
                          "table.list { border-collapse: collapse; }"
                          "table.list th { background: #eef1f6; text-align: left; padding: 3px 6px; }"
                          "table.list td { padding: 2px 6px; border-bottom: 1px solid #e3e6ec; }"
                          "table.leads { font-size: 8pt; }"
                          "table.leads td { padding: 1px 4px; white-space: nowrap; }"
                          "table.leads th { padding: 2px 4px; white-space: nowrap; }"
                          ".num { text-align: right; }");
}

QString LeadReport::listTable(const QList<LeadsQuery::Row>& rows)
{
    // One line per company (clipped, never wrapped), the header row repeated on
    // every page (<thead>), and no row split across two pages.
    QString html = QStringLiteral("<table class=\"list leads\" width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (const QString& heading : {tr("Company"), tr("City"), tr("Industry"), tr("Visits"), tr("Last visit"),
                                   tr("Score"), tr("Status"), tr("Assignee")})
        html += QStringLiteral("<th>%1</th>").arg(esc(heading));
    html += QStringLiteral("</tr></thead>");
    const QLocale locale;
    for (const LeadsQuery::Row& lead : rows) {
        const QString lastVisit =
            lead.lastVisit > 0
                ? locale.toString(QDateTime::fromMSecsSinceEpoch(lead.lastVisit).date(), QLocale::ShortFormat)
                : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td>%5</td>"
                               "<td class=\"num\">%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(esc(clip(lead.name, 42)), esc(clip(lead.city, 18)), esc(clip(lead.industry, 26)),
                         locale.toString(lead.visits), esc(lastVisit), QString::number(lead.score),
                         esc(LeadStatus::label(lead.status)), esc(clip(lead.assigneeName, 22)));
    }
    return html + QStringLiteral("</table>");
}

QString LeadReport::header(const Options& options, const QString& scope, const QString& periodText, qint64 companies,
                           qint64 now)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(options.title.isEmpty() ? tr("Lead report") : options.title));
    html += QStringLiteral("<table>");
    html += row(tr("Companies"), esc(scope));
    html += row(tr("Period"), esc(periodText));
    html += row(tr("Number of companies"), QLocale().toString(companies));
    html += row(tr("Made for"), esc(options.generatedBy));
    html += row(tr("Made on"), esc(dateTime(now)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("Companies are identified from public company registers; no visitor's IP address is kept "
                            "and nothing in this report identifies a person.")));
    return html;
}

QString LeadReport::companySection(const CompanyQuery::Company& company, const QList<CompanyQuery::Visit>& visits,
                                   const QString& chartUrl, bool pageBreak)
{
    QString html = pageBreak ? QStringLiteral("<div style=\"page-break-before: always\">") : QStringLiteral("<div>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(company.name));
    QStringList facts{company.tradeName != company.name ? company.tradeName : QString(), company.legalForm,
                      company.industry,
                      company.sizeBand.isEmpty() ? QString() : tr("%1 employees").arg(company.sizeBand), company.city};
    facts.removeAll(QString());
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    html += QStringLiteral("<table>");
    html += row(tr("Registry number"), esc(company.registryNumber));
    html += row(tr("Industry code"), esc(company.sbiCode));
    QStringList address{company.street, QString(company.postcode + u' ' + company.city).trimmed(), company.country};
    address.removeAll(QString());
    html += row(tr("Address"), esc(address.join(QStringLiteral(", "))));
    const QString site = webUrl(company.website);
    if (!site.isEmpty())
        html += row(tr("Website"), QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(site), esc(company.website)));
    html += row(tr("Phone"), esc(company.phone));
    if (company.linkedin.startsWith(QLatin1String("https://")))
        html += row(tr("LinkedIn"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(company.linkedin)));
    html += row(tr("Lead score"),
                QStringLiteral("<b>%1</b> %2")
                    .arg(company.score.score)
                    .arg(esc(company.score.reasons.isEmpty()
                                 ? QString()
                                 : QStringLiteral("(") + company.score.reasons.join(QStringLiteral("; ")) +
                                       QStringLiteral(")"))));
    html += row(tr("Visits"),
                tr("%n visit(s)", nullptr, int(company.visits)) + QStringLiteral(", ") +
                    tr("%n page view(s)", nullptr, int(company.pageviews)) + QStringLiteral("; ") +
                    tr("first %1, last %2").arg(esc(dateTime(company.firstVisit)), esc(dateTime(company.lastVisit))));
    html += row(tr("Status"), esc(LeadStatus::label(company.annotation.status)));
    html += row(tr("Tags"), esc(company.annotation.tags.join(QStringLiteral(", "))));
    html += row(tr("Assignee"), esc(company.annotation.assigneeName));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Visits per day, last 90 days")));
    html += QStringLiteral("<img src=\"%1\" width=\"560\" height=\"103\">").arg(chartUrl);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Latest visits")));
    if (visits.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No visits.")));
    } else {
        html += QStringLiteral("<table class=\"list\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                               "<th>%5</th><th>%6</th></tr>")
                    .arg(esc(tr("Started")), esc(tr("Website")), esc(tr("Pages")), esc(tr("Duration")),
                         esc(tr("Source")), esc(tr("Landing page")));
        for (const CompanyQuery::Visit& visit : visits) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td></tr>")
                        .arg(esc(dateTime(visit.startedAt)), esc(visit.website))
                        .arg(visit.pageviewCount)
                        .arg(esc(duration(std::max<qint64>(0, (visit.endedAt - visit.startedAt) / 1000))),
                             esc(sourceLabel(visit.referrerClass)), esc(clip(visit.landingPage, 48)));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</div>");
    return html;
}

bool LeadReport::addCompany(CompanyQuery& query, const QString& id, qint64 now, Images* images, QString* html,
                            bool pageBreak, QString* error)
{
    CompanyQuery::Company company;
    bool found = false;
    if (!query.company(id, &company, &found, error))
        return false;
    if (!found)
        return true; // removed since the list was read: leave it out
    QList<CompanyQuery::Visit> visits;
    if (!query.visits(id, 0, 0, &visits, error))
        return false;
    if (visits.size() > kVisitsPerCompany)
        visits.resize(kVisitsPerCompany);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    QList<CompanyQuery::Bucket> buckets;
    if (!query.activity(id, today.addDays(-89), today, CompanyQuery::Granularity::Day, &buckets, error))
        return false;
    const QUrl chart(QStringLiteral("chart:%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
    images->append({chart, activityChart(buckets, QSize(1800, 330))});
    *html += companySection(company, visits, chart.toString(), pageBreak);
    return true;
}

void LeadReport::finish(QTextDocument* document, const QString& html, const Images& images)
{
    document->setDefaultStyleSheet(css());
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setHtml(html);
    // After setHtml: images are looked up when the document is laid out.
    for (const auto& [url, image] : images)
        document->addResource(QTextDocument::ImageResource, url, image);
}

bool LeadReport::fits(qint64 companies, QString* error)
{
    if (companies <= kMaxCompanies)
        return true;
    *error = tr("A PDF report holds at most %1 companies and this list has %2. Narrow the filter, or export CSV or "
                "Excel for the whole list.")
                 .arg(kMaxCompanies)
                 .arg(companies);
    return false;
}

bool LeadReport::build(Cache& cache, const LeadsQuery::Filter& filter, const Options& options, QTextDocument* document,
                       const Progress& progress, bool* cancelled, QString* error)
{
    *cancelled = false;
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    LeadsQuery leads(cache);
    leads.setNow(now);
    qint64 total = 0;
    if (!leads.count(filter, &total, error))
        return false;
    if (total > kMaxCompanies) {
        *error = tr("A PDF report holds at most %1 companies and this list has %2. Narrow the filter, or export "
                    "CSV or Excel for the whole list.")
                     .arg(kMaxCompanies)
                     .arg(total);
        return false;
    }
    QList<LeadsQuery::Row> rows;
    if (!leads.page(filter, options.order, std::nullopt, kMaxCompanies, &rows, error))
        return false;

    QString assigneeName;
    if (!filter.assignee.isEmpty() && !Team::nameOf(cache, filter.assignee, &assigneeName, error))
        return false;
    const QString words = describe(filter, assigneeName);
    QString html = header(options, options.scope.isEmpty() ? words : options.scope + QStringLiteral(" — ") + words,
                          period(filter), rows.size(), now);
    html +=
        rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No company matches this filter."))) : listTable(rows);
    if (!options.companyPages) {
        if (progress && !progress(rows.size(), rows.size())) {
            *cancelled = true;
            *error = tr("Export cancelled; no file was written.");
            return false;
        }
        finish(document, html, {});
        document->setMetaInformation(QTextDocument::DocumentTitle,
                                     options.title.isEmpty() ? tr("Lead report") : options.title);
        return true;
    }
    CompanyQuery companies(cache);
    companies.setNow(now);
    qint64 done = 0;
    Images images;
    for (const LeadsQuery::Row& lead : std::as_const(rows)) {
        if (!addCompany(companies, lead.id, now, &images, &html, true, error))
            return false;
        ++done;
        if (progress && !progress(done, rows.size())) {
            *cancelled = true;
            *error = tr("Export cancelled; no file was written.");
            return false;
        }
    }
    finish(document, html, images);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 options.title.isEmpty() ? tr("Lead report") : options.title);
    return true;
}

bool LeadReport::buildCompany(Cache& cache, const QString& companyId, const Options& options, QTextDocument* document,
                              QString* error)
{
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    CompanyQuery companies(cache);
    companies.setNow(now);
    CompanyQuery::Company company;
    bool found = false;
    if (!companies.company(companyId, &company, &found, error))
        return false;
    if (!found) {
        *error = tr("This company is no longer in the local copy.");
        return false;
    }
    QString html;
    Images images;
    if (!addCompany(companies, companyId, now, &images, &html, false, error))
        return false;
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("Made on %1%2. Companies are identified from public company registers; nothing in this "
                            "profile identifies a person.")
                             .arg(dateTime(now),
                                  options.generatedBy.isEmpty() ? QString() : tr(" for %1").arg(options.generatedBy))));
    finish(document, html, images);
    document->setMetaInformation(QTextDocument::DocumentTitle, company.name);
    return true;
}

bool LeadReport::writePdf(QTextDocument* document, const QString& title, const QString& path, QString* error)
{
    QSaveFile file(path); // beside the target, renamed over it only when complete
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Leadscope"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        document->print(&writer); // paginates, numbers the pages
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace leadscope::core
