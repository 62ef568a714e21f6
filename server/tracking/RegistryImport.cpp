#include "server/tracking/RegistryImport.h"

#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/CsvReader.h"
#include "server/tracking/MatchProvenance.h"

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

struct RegistryImport::Pass
{
    Report* report = nullptr;
    qint64 now = 0;
    QList<QVariantList> companyRows;
    QList<QVariantList> rangeRows; // as stored; the last field the index of its file in rangeFiles
    QStringList rangeFiles;        // each ranges file's name, a registry_sources row each
    QString format;
    QHash<QString, QString> idByRegistry; // registry number → company id
    QHash<QString, QString> idByName;     // normalised name → company id (ip-location-db linking)

    void problem(const QString& file, int line, const QString& reason) const
    {
        if (report->problems.size() < kMaxProblems)
            report->problems << QStringLiteral("%1:%2: %3").arg(QFileInfo(file).fileName()).arg(line).arg(reason);
    }
};

QString RegistryImport::companyProblem(const QStringList& fields, const Pass& pass)
{
    static const QRegularExpression registryPattern(QStringLiteral(R"(\A[0-9A-Za-z]{4,20}\z)"));
    if (fields.size() != companyColumns().size())
        return QStringLiteral("expected %1 fields, found %2").arg(companyColumns().size()).arg(fields.size());
    const QString registry = fields[0].trimmed();
    if (!registryPattern.match(registry).hasMatch())
        return QStringLiteral("registry_number must be 4 to 20 letters or digits");
    if (pass.idByRegistry.contains(registry))
        return QStringLiteral("registry number %1 appears twice").arg(registry);
    if (fields[1].trimmed().isEmpty() || fields[1].size() > 300)
        return QStringLiteral("name must be 1 to 300 characters");
    for (const QString& field : fields) {
        if (field.size() > 500)
            return QStringLiteral("a field is longer than 500 characters");
    }
    return {};
}

bool RegistryImport::readCompanies(const QString& path, Pass* pass, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvReader companies(&file);
    QStringList fields;
    if (!companies.next(&fields) || fields != companyColumns()) {
        pass->problem(path, 1, QStringLiteral("the header must be: ") + companyColumns().join(u','));
        return false;
    }
    while (companies.next(&fields)) {
        if (fields.size() == 1 && fields[0].isEmpty())
            continue; // blank line
        if (const QString problem = companyProblem(fields, *pass); !problem.isEmpty()) {
            pass->problem(path, companies.line(), problem);
            continue;
        }
        const QString registry = fields[0].trimmed();
        const QString id = QStringLiteral("kvk-") + registry;
        pass->idByRegistry.insert(registry, id);
        pass->idByName.insert(normaliseName(fields[1]), id);
        if (!fields[2].trimmed().isEmpty())
            pass->idByName.insert(normaliseName(fields[2]), id);
        QVariantList row{id};
        for (const QString& field : fields)
            row << field.trimmed();
        row << pass->now;
        pass->companyRows << row;
    }
    if (!companies.error().isEmpty())
        pass->problem(path, companies.line(), companies.error());
    return true;
}

bool RegistryImport::linkStoredCompanies(Pass* pass, QString* error) const
{
    // Companies already in the store can be referred to by ranges too.
    QSqlQuery query(m_store.connection());
    if (!Sql::exec(query, QStringLiteral("SELECT id, registry_number, name FROM companies"), {}, error))
        return false;
    while (query.next()) {
        if (!pass->idByRegistry.contains(query.value(1).toString()))
            pass->idByRegistry.insert(query.value(1).toString(), query.value(0).toString());
        const QString name = normaliseName(query.value(2).toString());
        if (!pass->idByName.contains(name))
            pass->idByName.insert(name, query.value(0).toString());
    }
    return true;
}

QString RegistryImport::rangeRow(const QStringList& fields, RangeFormat format, const Pass& pass, QVariantList* row)
{
    const int expectedFields = format == RangeFormat::IpLocationDb ? 4 : -1;
    if ((expectedFields > 0 && fields.size() != expectedFields) ||
        (expectedFields < 0 && fields.size() != 4 && fields.size() != 5))
        return QStringLiteral("wrong number of fields (%1)").arg(fields.size());
    ParsedRange range;
    bool startV4 = false;
    bool endV4 = false;
    if (!parseAddress(fields[0], &range.start, &startV4) || !parseAddress(fields[1], &range.end, &endV4))
        return QStringLiteral("start and end must be IP addresses");
    if (startV4 != endV4 || range.end < range.start)
        return QStringLiteral("start must not be after end, in one address family");
    QString companyId;
    QString linkedBy;
    if (format == RangeFormat::IpLocationDb) {
        range.name = fields[3].trimmed();
        range.kind = classifyNetwork(range.name);
        if (range.kind == RangeKind::Company || range.kind == RangeKind::Education ||
            range.kind == RangeKind::Government)
            companyId = pass.idByName.value(normaliseName(range.name));
        if (!companyId.isEmpty())
            linkedBy = QStringLiteral("name");
    } else {
        if (!rangeKindFromName(fields[3].trimmed(), &range.kind))
            return QStringLiteral("kind must be company, isp, mobile, hosting, education or government");
        range.registryNumber = fields[2].trimmed();
        range.name = fields.size() == 5 ? fields[4].trimmed() : QString();
        if (!range.registryNumber.isEmpty()) {
            companyId = pass.idByRegistry.value(range.registryNumber);
            if (companyId.isEmpty())
                return QStringLiteral("registry number %1 is not in the company register").arg(range.registryNumber);
            linkedBy = QStringLiteral("registry_number");
        } else if (range.kind == RangeKind::Company) {
            return QStringLiteral("a company range needs a registry number");
        }
    }
    *row = QVariantList{range.start.toBytes(),
                        range.end.toBytes(),
                        rangeKindName(range.kind),
                        companyId.isEmpty() ? QVariant() : QVariant(companyId),
                        range.name.left(200),
                        linkedBy,
                        qint64(pass.rangeFiles.size() - 1)};
    return {};
}

bool RegistryImport::readRanges(const QString& path, RangeFormat format, Pass* pass, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvReader ranges(&file);
    QStringList fields;
    pass->rangeFiles << QFileInfo(path).fileName().left(200);
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
                pass->problem(path, line, QStringLiteral("the header must be: start,end,registry_number,kind[,name]"));
                break;
            }
            continue;
        }
        QVariantList row;
        if (const QString problem = rangeRow(fields, format, *pass, &row); !problem.isEmpty()) {
            pass->problem(path, line, problem);
            continue;
        }
        pass->rangeRows << row;
    }
    if (!ranges.error().isEmpty())
        pass->problem(path, ranges.line(), ranges.error());
    return true;
}

bool RegistryImport::store(Pass* pass, QString* error) const
{
    // One transaction: either everything is in, or nothing changed.
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QStringList columns{QStringLiteral("id")};
    columns << companyColumns() << QStringLiteral("updated_at");
    QStringList updates;
    for (const QString& column : columns.mid(2))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    QSqlQuery query(db);
    // Each ranges file becomes a source (its name, format and date): what a visit's provenance names.
    QList<qint64> sourceIds;
    QList<qint64> perFile(pass->rangeFiles.size(), 0);
    for (const QVariantList& row : pass->rangeRows)
        ++perFile[row.last().toLongLong()];
    for (qsizetype i = 0; i < pass->rangeFiles.size(); ++i) {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOne(db,
                           QStringLiteral("INSERT INTO registry_sources (imported_at, format, file, ranges) "
                                          "VALUES (?, ?, ?, ?) RETURNING id"),
                           {pass->now, pass->format, pass->rangeFiles[i], perFile[i]}, &row, &found, error))
            return false;
        sourceIds << row.value(0).toLongLong();
    }
    for (QVariantList& row : pass->rangeRows)
        row.last() = sourceIds.value(row.last().toLongLong());
    return Sql::insertMany(db, QStringLiteral("companies"), columns, pass->companyRows,
                           QStringLiteral("ON CONFLICT (registry_number) DO UPDATE SET ") + updates.join(u','),
                           error) &&
           Sql::exec(query, QStringLiteral("DELETE FROM ip_ranges"), {}, error) &&
           Sql::insertMany(db, QStringLiteral("ip_ranges"),
                           {QStringLiteral("range_start"), QStringLiteral("range_end"), QStringLiteral("kind"),
                            QStringLiteral("company_id"), QStringLiteral("network_name"), QStringLiteral("linked_by"),
                            QStringLiteral("source_id")},
                           pass->rangeRows, {}, error) &&
           Sql::exec(query,
                     QStringLiteral("UPDATE registry_state SET version = version + 1, imported_at = ? WHERE id = 1"),
                     {pass->now}, error) &&
           transaction.commit(error);
}

bool RegistryImport::run(const QString& companiesPath, const QStringList& rangesPaths, RangeFormat format,
                         Report* report, QString* error)
{
    Pass pass;
    pass.report = report;
    pass.now = m_clock.nowMs();
    pass.format = format == RangeFormat::IpLocationDb ? QStringLiteral("ip-location-db") : QStringLiteral("leadscope");
    if (!readCompanies(companiesPath, &pass, error) || !linkStoredCompanies(&pass, error))
        return false;
    {
        // The real ip-location-db files average 63 bytes a row (515 158 rows
        // in 32.6 MB): one allocation for a big file, little for a small one.
        qint64 bytes = 0;
        for (const QString& rangesPath : rangesPaths)
            bytes += QFileInfo(rangesPath).size();
        pass.rangeRows.reserve(qsizetype(qBound(qint64(16), bytes / 56, qint64(4'000'000))));
    }
    for (const QString& rangesPath : rangesPaths) {
        if (!readRanges(rangesPath, format, &pass, error))
            return false;
    }
    if (!report->problems.isEmpty() || !store(&pass, error))
        return false; // all or nothing
    report->companies = static_cast<int>(pass.companyRows.size());
    report->ranges = static_cast<int>(pass.rangeRows.size());
    return true;
}

namespace {

// The sources the ranges name (index 0: an import before sources were kept)
// and the operator's corrections of the register, which outlive re-imports.
struct IndexSources
{
    std::vector<IpRangeIndex::Source> sources;
    QHash<qint64, quint32> indexById;
    struct Correction
    {
        RangeKind kind = RangeKind::Isp;
        QString companyId;
        quint32 source = 0;
    };
    QHash<quint64, Correction> corrections;
};

bool loadSources(const Store& store, IndexSources* out, QString* error)
{
    QSqlQuery query(store.connection());
    if (!Sql::exec(query, QStringLiteral("SELECT imported_at FROM registry_state WHERE id = 1"), {}, error))
        return false;
    out->sources.push_back({0, QString(), QString(), query.next() ? query.value(0).toLongLong() : 0});
    if (!Sql::exec(query, QStringLiteral("SELECT id, format, file, imported_at FROM registry_sources"), {}, error))
        return false;
    while (query.next()) {
        out->indexById.insert(query.value(0).toLongLong(), quint32(out->sources.size()));
        out->sources.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toLongLong()});
    }
    if (!Sql::exec(query, QStringLiteral("SELECT range_key, kind, company_id, applied_at FROM register_corrections"),
                   {}, error))
        return false;
    while (query.next()) {
        IndexSources::Correction correction;
        if (!rangeKindFromName(query.value(1).toString(), &correction.kind))
            continue;
        correction.companyId = query.value(2).toString();
        correction.source = quint32(out->sources.size());
        out->sources.push_back({0, QStringLiteral("operator"), QString(), query.value(3).toLongLong()});
        out->corrections.insert(query.value(0).toString().toULongLong(nullptr, 16), correction);
    }
    return true;
}

} // namespace

std::shared_ptr<const IpRangeIndex> RegistryImport::loadIndex(const Store& store, QString* error)
{
    IndexSources sources;
    if (!loadSources(store, &sources, error))
        return nullptr;
    QSqlQuery query(store.connection());
    if (!Sql::exec(query,
                   QStringLiteral("SELECT r.range_start, r.range_end, r.kind, r.company_id, r.network_name, "
                                  "c.legal_form, c.employee_band, r.linked_by, r.source_id FROM ip_ranges r "
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
        range.linkedBy = query.value(7).toString();
        range.source = sources.indexById.value(query.value(8).toLongLong(), 0);
        range.key = MatchProvenance::rangeKeyOf(range.start, range.end);
        int ipVersion = 0;
        range.prefixLength = quint8(MatchProvenance::prefixLengthOf(range.start, range.end, &ipVersion));
        range.ipVersion = quint8(ipVersion);
        range.companyId = query.value(3).toString();
        if (const auto corrected = sources.corrections.constFind(range.key); corrected != sources.corrections.cend()) {
            range.kind = corrected->kind;
            range.companyId = corrected->companyId;
            range.linkedBy = range.companyId.isEmpty() ? QString() : QStringLiteral("operator");
            range.source = corrected->source;
        }
        const QString legalForm = query.value(5).toString().toLower();
        const bool soleTrader =
            legalForm == QLatin1String("eenmanszaak") || query.value(6).toString() == QLatin1String("1");
        // A sole trader is a person: never identified, whatever the range says.
        if (soleTrader)
            range.companyId.clear();
        if (!range.companyId.isEmpty())
            range.confidence = quint8(MatchProvenance::confidenceOf(range.linkedBy, ipVersion, range.prefixLength));
        ranges.push_back(std::move(range));
    }
    return std::make_shared<const IpRangeIndex>(std::move(ranges), std::move(sources.sources));
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
