#include "server/cli/demo/DemoRegistry.h"

#include "server/tracking/RegistryImport.h"

#include <QHostAddress>
#include <QSaveFile>

namespace leadscope::server {

namespace {

struct Sbi
{
    const char* code;
    const char* label;
    int weight;
};
const Sbi kSbi[] = {
    {"6201", "Ontwikkelen, produceren en uitgeven van software", 9},
    {"6202", "Advisering op het gebied van informatietechnologie", 6},
    {"7022", "Organisatie-adviesbureaus", 10},
    {"6920", "Accountancy, administratie en belastingadvies", 6},
    {"4690", "Niet-gespecialiseerde groothandel", 6},
    {"4120", "Algemene burgerlijke en utiliteitsbouw", 7},
    {"4321", "Elektrotechnische bouwinstallatie", 4},
    {"2562", "Algemene metaalbewerking", 4},
    {"2511", "Vervaardiging van metalen constructies", 3},
    {"1089", "Vervaardiging van overige voedingsmiddelen", 2},
    {"4941", "Goederenvervoer over de weg", 5},
    {"5210", "Opslag en distributie", 3},
    {"4719", "Winkels in een algemeen assortiment", 4},
    {"5610", "Restaurants en cafés", 5},
    {"7311", "Reclamebureaus", 4},
    {"7112", "Ingenieurs en overig technisch ontwerp", 4},
    {"8622", "Medisch specialisten", 2},
    {"8559", "Overig onderwijs", 2},
    {"6419", "Bankwezen", 1},
    {"6622", "Assurantietussenpersonen", 2},
    {"6810", "Handel in eigen onroerend goed", 2},
    {"7810", "Arbeidsbemiddeling", 3},
    {"2822", "Vervaardiging van hijs-, hef- en transportwerktuigen", 1},
    {"2030", "Vervaardiging van verf, vernis en drukinkt", 1},
};

struct City
{
    const char* name;
    int postcodeBase; // first two digits
    const char* area;
};
const City kCities[] = {
    {"Amsterdam", 10, "20"}, {"Rotterdam", 30, "10"},  {"Den Haag", 25, "70"},
    {"Utrecht", 35, "30"},   {"Eindhoven", 56, "40"},  {"Groningen", 97, "50"},
    {"Tilburg", 50, "13"},   {"Almere", 13, "36"},     {"Breda", 48, "76"},
    {"Nijmegen", 65, "24"},  {"Apeldoorn", 73, "55"},  {"Haarlem", 20, "23"},
    {"Arnhem", 68, "26"},    {"Enschede", 75, "53"},   {"Amersfoort", 38, "33"},
    {"Zwolle", 80, "38"},    {"Leiden", 23, "71"},     {"Maastricht", 62, "43"},
    {"Dordrecht", 33, "78"}, {"Zoetermeer", 27, "79"}, {"'s-Hertogenbosch", 52, "73"},
    {"Venlo", 59, "77"},     {"Deventer", 74, "570"},  {"Delft", 26, "15"},
};

const char* const kNameParts[] = {
    "Noord",   "Zuid",   "Oost",  "West",   "Delta",   "Polder", "Duin",   "Kust", "Rivier", "Molen",
    "Brug",    "Haven",  "Dijk",  "Veen",   "Berg",    "Linde",  "Eik",    "Beuk", "Tulp",   "Klaver",
    "Zon",     "Maan",   "Ster",  "Vonk",   "Kompas",  "Anker",  "Vaart",  "Kade", "Gracht", "Horizon",
    "Pionier", "Vector", "Nexus", "Quadra", "Integra", "Optima", "Prisma", "Axis", "Nova",   "Vita",
};
const char* const kNameKinds[] = {
    "Techniek",    "Installaties", "Advies",  "Software",  "Logistiek", "Bouw",    "Groep",     "Partners",
    "Solutions",   "Systems",      "Metaal",  "Consult",   "Media",     "Digital", "Projecten", "Service",
    "Engineering", "Trading",      "Holding", "Industrie", "Zorg",      "Finance", "Energie",   "Food",
};
const char* const kSurnames[] = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",   "Janssen",
                                 "Visser",  "Smit",   "Meijer",   "de Boer",      "Mulder",   "de Groot", "Bos",
                                 "Vos",     "Peters", "Hendriks", "van Leeuwen",  "Dekker",   "Brouwer"};
const char* const kStreets[] = {"Industrieweg",  "Stationsstraat", "Kerkstraat",    "Havenweg",       "Energieweg",
                                "Marconistraat", "Edisonweg",      "Handelskade",   "Nijverheidsweg", "Parallelweg",
                                "Ambachtsweg",   "Kanaalweg",      "Zuiderzeelaan", "Westeinde",      "Molenweg"};

template <typename T, size_t N>
const T& pick(const T (&items)[N], QRandomGenerator& random)
{
    return items[random.bounded(static_cast<quint32>(N))];
}

QString slug(QString text)
{
    text = text.toLower();
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(u'-') && !out.isEmpty())
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString employeeBand(QRandomGenerator& random, bool soleTrader)
{
    if (soleTrader)
        return QStringLiteral("1");
    // Heavy tail: most companies are small, a few are large.
    const double u = random.generateDouble();
    if (u < 0.35)
        return QStringLiteral("2-4");
    if (u < 0.60)
        return QStringLiteral("5-9");
    if (u < 0.78)
        return QStringLiteral("10-19");
    if (u < 0.90)
        return QStringLiteral("20-49");
    if (u < 0.95)
        return QStringLiteral("50-99");
    if (u < 0.98)
        return QStringLiteral("100-199");
    if (u < 0.995)
        return QStringLiteral("200-499");
    return QStringLiteral("500+");
}

QString ipv4(quint32 value)
{
    return QHostAddress(value).toString();
}

} // namespace

DemoRegistry::DemoRegistry(quint32 seed, int companyCount)
{
    QRandomGenerator random(seed);
    int totalWeight = 0;
    for (const Sbi& sbi : kSbi)
        totalWeight += sbi.weight;
    m_companies.reserve(static_cast<size_t>(companyCount));
    for (int i = 0; i < companyCount; ++i)
        m_companies.push_back(makeCompany(i, totalWeight, random));
    addRanges(random);
}

DemoRegistry::Company DemoRegistry::makeCompany(int i, int totalWeight, QRandomGenerator& random)
{
    Company c;
    c.registryNumber =
        QStringLiteral("%1").arg(30000000 + i * 7 + static_cast<int>(random.bounded(7u)), 8, 10, QLatin1Char('0'));
    int w = static_cast<int>(random.bounded(static_cast<quint32>(totalWeight)));
    const Sbi* sbi = &kSbi[0];
    for (const Sbi& s : kSbi) {
        if (w < s.weight) {
            sbi = &s;
            break;
        }
        w -= s.weight;
    }
    c.sbiCode = QLatin1String(sbi->code);
    c.sbiLabel = QString::fromUtf8(sbi->label);
    const double form = random.generateDouble();
    const bool soleTrader = form < 0.18;
    if (soleTrader) {
        c.legalForm = QStringLiteral("Eenmanszaak");
        c.name = QStringLiteral("%1 %2").arg(QLatin1String(pick(kSurnames, random)),
                                             QLatin1String(pick(kNameKinds, random)));
    } else {
        c.legalForm = form < 0.80   ? QStringLiteral("Besloten Vennootschap")
                      : form < 0.88 ? QStringLiteral("Vennootschap onder firma")
                      : form < 0.95 ? QStringLiteral("Stichting")
                                    : QStringLiteral("Naamloze Vennootschap");
        const QString base = QStringLiteral("%1%2 %3").arg(QLatin1String(pick(kNameParts, random)),
                                                           QString(QLatin1String(pick(kNameParts, random))).toLower(),
                                                           QLatin1String(pick(kNameKinds, random)));
        c.name = c.legalForm == QLatin1String("Besloten Vennootschap")   ? base + QStringLiteral(" B.V.")
                 : c.legalForm == QLatin1String("Naamloze Vennootschap") ? base + QStringLiteral(" N.V.")
                 : c.legalForm == QLatin1String("Stichting")             ? QStringLiteral("Stichting ") + base
                                                                         : base;
        c.tradeName = base;
    }
    c.employeeBand = employeeBand(random, soleTrader);
    const City& city = pick(kCities, random);
    c.city = QString::fromUtf8(city.name);
    c.street = QStringLiteral("%1 %2").arg(QLatin1String(pick(kStreets, random))).arg(1 + random.bounded(180u));
    const QChar l1(u'A' + static_cast<char16_t>(random.bounded(25u)));
    const QChar l2(u'A' + static_cast<char16_t>(random.bounded(25u)));
    c.postcode = QStringLiteral("%1%2 %3%4")
                     .arg(city.postcodeBase)
                     .arg(random.bounded(100u), 2, 10, QLatin1Char('0'))
                     .arg(l1)
                     .arg(l2);
    const QString domain = slug(c.tradeName.isEmpty() ? c.name : c.tradeName) + QStringLiteral(".nl");
    c.website = QStringLiteral("https://www.") + domain;
    const QString area = QLatin1String(city.area);
    const int localDigits = 9 - static_cast<int>(area.size());
    quint32 local = 2 + random.bounded(8u);
    for (int d = 1; d < localDigits; ++d)
        local = local * 10 + random.bounded(10u);
    c.phone = QStringLiteral("+31 %1 %2").arg(area).arg(local);
    if (!soleTrader && random.generateDouble() < 0.7)
        c.linkedin = QStringLiteral("https://www.linkedin.com/company/") + slug(c.tradeName);
    return c;
}

void DemoRegistry::addRanges(QRandomGenerator& random)
{
    // Networks first: large blocks of broadband, mobile and hosting space.
    const struct
    {
        const char* start;
        const char* end;
        const char* kind;
        const char* name;
    } networks[] = {
        {"77.160.0.0", "77.175.255.255", "isp", "Lage Landen Breedband"},
        {"84.24.0.0", "84.31.255.255", "isp", "Polderkabel Internet"},
        {"86.80.0.0", "86.95.255.255", "isp", "Delta Glasvezel"},
        {"31.20.0.0", "31.21.255.255", "mobile", "Oranje Mobiel"},
        {"62.140.128.0", "62.140.191.255", "mobile", "Noordzee Mobile"},
        {"185.40.0.0", "185.40.255.255", "hosting", "Dataplein Hosting"},
        {"2a02:a400::", "2a02:a4ff:ffff:ffff:ffff:ffff:ffff:ffff", "isp", "Polderkabel Internet"},
    };
    for (const auto& n : networks)
        m_ranges.push_back(
            {QLatin1String(n.start), QLatin1String(n.end), QString(), QLatin1String(n.kind), QLatin1String(n.name)});
    // A few percent of (non sole trader) companies own a block; some are
    // not CIDR-aligned, and some sit inside an ISP's block (more specific wins).
    quint32 next = QHostAddress(QStringLiteral("145.100.0.0")).toIPv4Address();
    for (size_t i = 0; i < m_companies.size(); ++i) {
        const Company& c = m_companies[i];
        const bool owns = c.legalForm != QLatin1String("Eenmanszaak") && random.generateDouble() < 0.05;
        // Sole traders with their own address exist too — and must never be identified.
        const bool soleTraderRange = c.legalForm == QLatin1String("Eenmanszaak") && random.generateDouble() < 0.01;
        if (!owns && !soleTraderRange)
            continue;
        // Large companies have large networks: matched with medium confidence (docs/MATCHING.md).
        const quint32 size = c.employeeBand == QLatin1String("500+") ? 4096
                             : c.employeeBand == QLatin1String("200-499") || c.employeeBand == QLatin1String("100-199")
                                 ? 1024
                             : random.generateDouble() < 0.3 ? 48 // not CIDR-aligned
                                                             : 16;
        quint32 start = next;
        if (random.generateDouble() < 0.15) // inside an ISP block: a business line of a broadband provider
            start = QHostAddress(QStringLiteral("86.88.0.0")).toIPv4Address() + static_cast<quint32>(i) * 64;
        else
            next += size + 16;
        m_ranges.push_back({ipv4(start), ipv4(start + size - 1), c.registryNumber, QStringLiteral("company"), c.name});
        if (owns)
            m_companyRanges.push_back(m_ranges.size() - 1);
    }
}

QString DemoRegistry::addressOfCompany(size_t rangeIndex, QRandomGenerator& random) const
{
    const Range& r = m_ranges[rangeIndex];
    const quint32 start = QHostAddress(r.start).toIPv4Address();
    const quint32 end = QHostAddress(r.end).toIPv4Address();
    return ipv4(start + 1 + random.bounded(qMax<quint32>(1, end - start - 1)));
}

QStringList DemoRegistry::networkAddresses(const QString& kind, int count, QRandomGenerator& random) const
{
    QStringList out;
    for (const Range& r : m_ranges) {
        if (r.kind != kind || r.start.contains(u':'))
            continue;
        const quint32 start = QHostAddress(r.start).toIPv4Address();
        const quint32 end = QHostAddress(r.end).toIPv4Address();
        for (int i = 0; i < count; ++i)
            out << ipv4(start + 1 + random.bounded(end - start - 1));
    }
    return out;
}

bool DemoRegistry::writeCsv(const QString& companiesPath, const QString& rangesPath, QString* error) const
{
    const auto quote = [](const QString& field) -> QString {
        if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n'))
            return field;
        QString escaped = field;
        escaped.replace(u'"', QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    };
    QSaveFile companies(companiesPath);
    QSaveFile ranges(rangesPath);
    if (!companies.open(QIODevice::WriteOnly) || !ranges.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write the demo registry: ") + companies.errorString();
        return false;
    }
    companies.write(RegistryImport::companyColumns().join(u',').toUtf8() + '\n');
    for (const Company& c : m_companies) {
        const QStringList fields{c.registryNumber,     c.name,         c.tradeName, c.legalForm, c.sbiCode,
                                 c.sbiLabel,           c.employeeBand, c.street,    c.postcode,  c.city,
                                 QStringLiteral("NL"), c.website,      c.phone,     c.linkedin};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << quote(f);
        companies.write(quoted.join(u',').toUtf8() + '\n');
    }
    ranges.write("start,end,registry_number,kind,name\n");
    for (const Range& r : m_ranges)
        ranges.write(QStringList{r.start, r.end, r.registryNumber, r.kind, quote(r.name)}.join(u',').toUtf8() + '\n');
    if (!companies.commit() || !ranges.commit()) {
        *error = QStringLiteral("Cannot write the demo registry.");
        return false;
    }
    return true;
}

} // namespace leadscope::server
