#include "server/tracking/RegistryImport.h"

#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace leadscope::server {

namespace {

constexpr int kMaxProblems = 200;

struct ParsedRange
{
    IpAddress128 start;
    IpAddress128 end;
    RangeKind kind;
    QString registryNumber;
    QString name;
};

bool parseAddress(const QString& text, IpAddress128* out, bool* isV4)
{
    const QHostAddress address(text.trimmed());
    if (address.isNull())
        return false;
    *isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    *out = IpAddress128::fromHostAddress(address);
    return true;
}

// Lower case, and each run of anything but a-z and 0-9 one space, none at the
// ends: "Acme-Holding B.V." and "ACME HOLDING B.V." are both "acme holding b v".
// (Runs for every company of the store on each import: no regular expression.)
QString normaliseName(const QString& name)
{
    const QString lower = name.toLower();
    QString out;
    out.reserve(lower.size());
    bool gap = false;
    for (const QChar c : lower) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (gap && !out.isEmpty())
                out.append(u' ');
            out.append(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

} // namespace

const QStringList& RegistryImport::companyColumns()
{
    static const QStringList columns{QStringLiteral("registry_number"), QStringLiteral("name"),
                                     QStringLiteral("trade_name"),      QStringLiteral("legal_form"),
                                     QStringLiteral("sbi_code"),        QStringLiteral("sbi_label"),
                                     QStringLiteral("employee_band"),   QStringLiteral("street"),
                                     QStringLiteral("postcode"),        QStringLiteral("city"),
                                     QStringLiteral("country"),         QStringLiteral("website"),
                                     QStringLiteral("phone"),           QStringLiteral("linkedin")};
    return columns;
}

RangeKind RegistryImport::classifyNetwork(const QString& organisation)
{
    // Word-prefix matches on the AS organisation's name. Order matters: a
    // "mobile telecom" is mobile, a "cloud network" is hosting.
    static const QList<QPair<RangeKind, QRegularExpression>> rules{
        {RangeKind::Mobile, QRegularExpression(QStringLiteral(R"(\b(mobile|wireless|cellular|mobil)\b)"),
                                               QRegularExpression::CaseInsensitiveOption)},
        {RangeKind::Hosting,
         QRegularExpression(
             QStringLiteral(R"(\b(hosting|host|cloud|data ?cent(er|re)s?|servers?|amazon|google|microsoft|)"
                            R"(akamai|cloudflare|ovh|hetzner|digitalocean|linode|leaseweb|colocation|vps|cdn))"
                            R"(\b)"),
             QRegularExpression::CaseInsensitiveOption)},
        {RangeKind::Education,
         QRegularExpression(QStringLiteral(R"(\b(universit\w*|hogeschool|college|school|surf\w*|academ\w*|research))"
                                           R"(\b)"),
                            QRegularExpression::CaseInsensitiveOption)},
        {RangeKind::Government,
         QRegularExpression(QStringLiteral(R"(\b(gemeente|ministerie|ministry|government|overheid|rijksoverheid|)"
                                           R"(municipality|provincie|politie|defensie))"
                                           R"(\b)"),
                            QRegularExpression::CaseInsensitiveOption)},
        {RangeKind::Isp,
         QRegularExpression(QStringLiteral(R"(\b(telecom\w*|telekom\w*|broadband|internet|communications?|networks?|)"
                                           R"(isp|cable|fib(er|re)|glasvezel|kpn|ziggo|vodafone|t-mobile|odido|)"
                                           R"(telefonica|orange|proximus|telenet|liberty global|dsl|telco|carrier|)"
                                           R"(transit|backbone|provider|online))\b)"),
                            QRegularExpression::CaseInsensitiveOption)},
    };
    for (const auto& [kind, pattern] : rules) {
        if (pattern.match(organisation).hasMatch())
            return kind;
    }
    return RangeKind::Company;
}

RegistryImport::RegistryImport(const Store& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool RegistryImport::run(const QString& companiesPath, const QStringList& rangesPaths, RangeFormat format,
                         Report* report, QString* error)
{
    const auto problem = [report](const QString& file, int line, const QString& reason) {
        if (report->problems.size() < kMaxProblems)
            report->problems << QStringLiteral("%1:%2: %3").arg(QFileInfo(file).fileName()).arg(line).arg(reason);
    };

    // 1. Companies.
    QFile companiesFile(companiesPath);
    if (!companiesFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(companiesPath, companiesFile.errorString());
        return false;
    }
    CsvReader companies(&companiesFile);
    QStringList fields;
    if (!companies.next(&fields) || fields != companyColumns()) {
        problem(companiesPath, 1, QStringLiteral("the header must be: ") + companyColumns().join(u','));
        return false;
    }
    static const QRegularExpression registryPattern(QStringLiteral(R"(\A[0-9A-Za-z]{4,20}\z)"));
    QList<QVariantList> companyRows;
    QHash<QString, QString> idByRegistry; // registry number → company id
    QHash<QString, QString> idByName;     // normalised name → company id (ip-location-db linking)
    const qint64 now = m_clock.nowMs();
    while (companies.next(&fields)) {
        const int line = companies.line();
        if (fields.size() == 1 && fields[0].isEmpty())
            continue; // blank line
        if (fields.size() != companyColumns().size()) {
            problem(companiesPath, line,
                    QStringLiteral("expected %1 fields, found %2").arg(companyColumns().size()).arg(fields.size()));
            continue;
        }
        const QString registry = fields[0].trimmed();
        if (!registryPattern.match(registry).hasMatch()) {
            problem(companiesPath, line, QStringLiteral("registry_number must be 4 to 20 letters or digits"));
            continue;
        }
        if (idByRegistry.contains(registry)) {
            problem(companiesPath, line, QStringLiteral("registry number %1 appears twice").arg(registry));
            continue;
        }
        if (fields[1].trimmed().isEmpty() || fields[1].size() > 300) {
            problem(companiesPath, line, QStringLiteral("name must be 1 to 300 characters"));
            continue;
        }
        bool tooLong = false;
        for (const QString& field : fields)
            tooLong = tooLong || field.size() > 500;
        if (tooLong) {
            problem(companiesPath, line, QStringLiteral("a field is longer than 500 characters"));
            continue;
        }
        const QString id = QStringLiteral("kvk-") + registry;
        idByRegistry.insert(registry, id);
        idByName.insert(normaliseName(fields[1]), id);
        if (!fields[2].trimmed().isEmpty())
            idByName.insert(normaliseName(fields[2]), id);
        QVariantList row{id};
        for (const QString& field : fields)
            row << field.trimmed();
        row << now;
        companyRows << row;
    }
    if (!companies.error().isEmpty())
        problem(companiesPath, companies.line(), companies.error());

    // Companies already in the store can be referred to by ranges too.
    {
        QSqlQuery query(m_store.connection());
        if (!Sql::exec(query, QStringLiteral("SELECT id, registry_number, name FROM companies"), {}, error))
            return false;
        while (query.next()) {
            if (!idByRegistry.contains(query.value(1).toString()))
                idByRegistry.insert(query.value(1).toString(), query.value(0).toString());
            const QString name = normaliseName(query.value(2).toString());
            if (!idByName.contains(name))
                idByName.insert(name, query.value(0).toString());
        }
    }

    // 2. Ranges.
    QList<QVariantList> rangeRows;
    {
        // The real ip-location-db files average 63 bytes a row (515 158 rows
        // in 32.6 MB): one allocation for a big file, little for a small one.
        qint64 bytes = 0;
        for (const QString& rangesPath : rangesPaths)
            bytes += QFileInfo(rangesPath).size();
        rangeRows.reserve(qsizetype(qBound(qint64(16), bytes / 56, qint64(4'000'000))));
    }
    for (const QString& rangesPath : rangesPaths) {
        QFile rangesFile(rangesPath);
        if (!rangesFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read %1: %2").arg(rangesPath, rangesFile.errorString());
            return false;
        }
        CsvReader ranges(&rangesFile);
        bool header = format == RangeFormat::Leadscope;
        while (ranges.next(&fields)) {
            const int line = ranges.line();
            if (fields.size() == 1 && fields[0].isEmpty())
                continue;
            if (header) {
                header = false;
                const QStringList expected{QStringLiteral("start"), QStringLiteral("end"),
                                           QStringLiteral("registry_number"), QStringLiteral("kind"),
                                           QStringLiteral("name")};
                if (fields != expected && fields != expected.mid(0, 4)) {
                    problem(rangesPath, line,
                            QStringLiteral("the header must be: start,end,registry_number,kind[,name]"));
                    break;
                }
                continue;
            }
            const int expectedFields = format == RangeFormat::IpLocationDb ? 4 : -1;
            if ((expectedFields > 0 && fields.size() != expectedFields) ||
                (expectedFields < 0 && fields.size() != 4 && fields.size() != 5)) {
                problem(rangesPath, line, QStringLiteral("wrong number of fields (%1)").arg(fields.size()));
                continue;
            }
            ParsedRange range;
            bool startV4 = false;
            bool endV4 = false;
            if (!parseAddress(fields[0], &range.start, &startV4) || !parseAddress(fields[1], &range.end, &endV4)) {
                problem(rangesPath, line, QStringLiteral("start and end must be IP addresses"));
                continue;
            }
            if (startV4 != endV4 || range.end < range.start) {
                problem(rangesPath, line, QStringLiteral("start must not be after end, in one address family"));
                continue;
            }
            QString companyId;
            if (format == RangeFormat::IpLocationDb) {
                range.name = fields[3].trimmed();
                range.kind = classifyNetwork(range.name);
                if (range.kind == RangeKind::Company || range.kind == RangeKind::Education ||
                    range.kind == RangeKind::Government)
                    companyId = idByName.value(normaliseName(range.name));
            } else {
                if (!rangeKindFromName(fields[3].trimmed(), &range.kind)) {
                    problem(rangesPath, line,
                            QStringLiteral("kind must be company, isp, mobile, hosting, education or government"));
                    continue;
                }
                range.registryNumber = fields[2].trimmed();
                range.name = fields.size() == 5 ? fields[4].trimmed() : QString();
                if (!range.registryNumber.isEmpty()) {
                    companyId = idByRegistry.value(range.registryNumber);
                    if (companyId.isEmpty()) {
                        problem(rangesPath, line,
                                QStringLiteral("registry number %1 is not in the company register")
                                    .arg(range.registryNumber));
                        continue;
                    }
                } else if (range.kind == RangeKind::Company) {
                    problem(rangesPath, line, QStringLiteral("a company range needs a registry number"));
                    continue;
                }
            }
            rangeRows << QVariantList{range.start.toBytes(), range.end.toBytes(), rangeKindName(range.kind),
                                      companyId.isEmpty() ? QVariant() : QVariant(companyId), range.name.left(200)};
        }
        if (!ranges.error().isEmpty())
            problem(rangesPath, ranges.line(), ranges.error());
    }
    if (!report->problems.isEmpty())
        return false; // all or nothing

    // 3. One transaction: either everything is in, or nothing changed.
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QStringList columns{QStringLiteral("id")};
    columns << companyColumns() << QStringLiteral("updated_at");
    QStringList updates;
    for (const QString& column : columns.mid(2))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    QSqlQuery query(db);
    if (!Sql::insertMany(db, QStringLiteral("companies"), columns, companyRows,
                         QStringLiteral("ON CONFLICT (registry_number) DO UPDATE SET ") + updates.join(u','), error) ||
        !Sql::exec(query, QStringLiteral("DELETE FROM ip_ranges"), {}, error) ||
        !Sql::insertMany(db, QStringLiteral("ip_ranges"),
                         {QStringLiteral("range_start"), QStringLiteral("range_end"), QStringLiteral("kind"),
                          QStringLiteral("company_id"), QStringLiteral("network_name")},
                         rangeRows, {}, error) ||
        !Sql::exec(query,
                   QStringLiteral("UPDATE registry_state SET version = version + 1, imported_at = ? WHERE id = 1"),
                   {now}, error) ||
        !transaction.commit(error))
        return false;
    report->companies = static_cast<int>(companyRows.size());
    report->ranges = static_cast<int>(rangeRows.size());
    return true;
}

std::shared_ptr<const IpRangeIndex> RegistryImport::loadIndex(const Store& store, QString* error)
{
    QSqlQuery query(store.connection());
    if (!Sql::exec(query,
                   QStringLiteral("SELECT r.range_start, r.range_end, r.kind, r.company_id, r.network_name, "
                                  "c.legal_form, c.employee_band FROM ip_ranges r "
                                  "LEFT JOIN companies c ON c.id = r.company_id"),
                   {}, error))
        return nullptr;
    std::vector<IpRangeIndex::Range> ranges;
    while (query.next()) {
        IpRangeIndex::Range range;
        range.start = IpAddress128::fromBytes(query.value(0).toByteArray());
        range.end = IpAddress128::fromBytes(query.value(1).toByteArray());
        if (!rangeKindFromName(query.value(2).toString(), &range.kind))
            continue;
        range.networkName = query.value(4).toString();
        const QString legalForm = query.value(5).toString().toLower();
        const bool soleTrader =
            legalForm == QLatin1String("eenmanszaak") || query.value(6).toString() == QLatin1String("1");
        // A sole trader is a person: never identified, whatever the range says.
        if (!soleTrader)
            range.companyId = query.value(3).toString();
        ranges.push_back(std::move(range));
    }
    return std::make_shared<const IpRangeIndex>(std::move(ranges));
}

qint64 RegistryImport::registryVersion(const Store& store, QString* error)
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(store.connection(), QStringLiteral("SELECT version FROM registry_state WHERE id = 1"), {}, &row,
                       &found, error) ||
        !found)
        return -1;
    return row[0].toLongLong();
}

} // namespace leadscope::server
