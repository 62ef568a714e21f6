#include "server/cli/CorrectionsListCommand.h"

#include "server/base/Clock.h"
#include "server/domain/MatchCorrections.h"
#include "server/store/Store.h"
#include "server/tracking/IpAddress128.h"
#include "server/tracking/MatchProvenance.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::server {

CorrectionsListCommand::CorrectionsListCommand()
    : StoreCommand(QStringLiteral("corrections list"),
                   QStringLiteral("List the organisations' \"wrong company\" reports by register range"))
{
}

void CorrectionsListCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_all, m_json});
}

QString CorrectionsListCommand::rangeText(const QByteArray& startBytes, const QByteArray& endBytes)
{
    const IpAddress128 start = IpAddress128::fromBytes(startBytes);
    const IpAddress128 end = IpAddress128::fromBytes(endBytes);
    const auto text = [](const IpAddress128& a) {
        QHostAddress address;
        Q_IPV6ADDR v6;
        const QByteArray bytes = a.toBytes();
        std::copy(bytes.begin(), bytes.end(), std::begin(v6.c));
        address.setAddress(v6);
        bool v4 = false;
        const quint32 ipv4 = address.toIPv4Address(&v4);
        return v4 ? QHostAddress(ipv4).toString() : address.toString();
    };
    int ipVersion = 0;
    const int prefix = MatchProvenance::prefixLengthOf(start, end, &ipVersion);
    const IpAddress128 span = end.minus(start);
    // A block: its size is a power of two and the start is aligned to it.
    const IpAddress128 size = span.next();
    const bool block =
        (span.hi & size.hi) == 0 && (span.lo & size.lo) == 0 && (start.hi & span.hi) == 0 && (start.lo & span.lo) == 0;
    return block ? QStringLiteral("%1/%2").arg(text(start)).arg(prefix)
                 : QStringLiteral("%1 – %2").arg(text(start), text(end));
}

int CorrectionsListCommand::execute(const QCommandLineParser& parser)
{
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    QList<MatchCorrections::RangeReports> ranges;
    QString error;
    if (!MatchCorrections::byRange(store->connection(), !parser.isSet(m_all), &ranges, &error))
        return failure(error);
    if (parser.isSet(m_json)) {
        for (const MatchCorrections::RangeReports& r : std::as_const(ranges)) {
            QJsonObject verdicts;
            for (auto it = r.verdicts.cbegin(); it != r.verdicts.cend(); ++it)
                verdicts.insert(it.key(), it.value());
            QJsonObject suggested;
            for (auto it = r.suggested.cbegin(); it != r.suggested.cend(); ++it)
                suggested.insert(it.key(), it.value());
            out() << QJsonDocument(QJsonObject{{QStringLiteral("range"), r.range.key},
                                               {QStringLiteral("network"), rangeText(r.range.start, r.range.end)},
                                               {QStringLiteral("kind"), r.range.kind},
                                               {QStringLiteral("network_name"), r.range.networkName},
                                               {QStringLiteral("register_company_id"), r.registerCompanyId},
                                               {QStringLiteral("register_company_name"), r.registerCompanyName},
                                               {QStringLiteral("organisations"), r.organisations},
                                               {QStringLiteral("verdicts"), verdicts},
                                               {QStringLiteral("suggested_companies"), suggested},
                                               {QStringLiteral("state"), r.state},
                                               {QStringLiteral("first_at"), Clock::iso(r.firstAt)},
                                               {QStringLiteral("last_at"), Clock::iso(r.lastAt)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        }
        out() << Qt::flush;
        return Success;
    }
    if (ranges.isEmpty()) {
        out() << (parser.isSet(m_all) ? "No reports.\n" : "No open reports.\n") << Qt::flush;
        return Success;
    }
    for (const MatchCorrections::RangeReports& r : std::as_const(ranges)) {
        QStringList verdicts;
        for (auto it = r.verdicts.cbegin(); it != r.verdicts.cend(); ++it)
            verdicts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        verdicts.sort();
        QStringList suggested;
        for (auto it = r.suggested.cbegin(); it != r.suggested.cend(); ++it)
            suggested << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
        suggested.sort();
        out() << r.range.key << "  " << rangeText(r.range.start, r.range.end) << "  " << r.range.kind
              << (r.range.networkName.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(r.range.networkName))
              << "  [" << r.state << "]\n"
              << "    register: " << (r.registerCompanyName.isEmpty() ? r.registerCompanyId : r.registerCompanyName)
              << "\n    reported by " << r.organisations
              << (r.organisations == 1 ? " organisation: " : " organisations: ") << verdicts.join(QStringLiteral(", "))
              << (suggested.isEmpty() ? QString()
                                      : QStringLiteral("; suggested: ") + suggested.join(QStringLiteral(", ")))
              << "\n    first " << Clock::iso(r.firstAt).left(10) << ", last " << Clock::iso(r.lastAt).left(10) << '\n';
    }
    out() << Qt::flush;
    return Success;
}

} // namespace leadscope::server
