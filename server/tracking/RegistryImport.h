#pragma once

#include "server/tracking/IpRangeIndex.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace leadscope::server {

class Clock;
class Store;

// `leadscope-server import`: the public company register (KvK-style CSV)
// and the IP ranges that map to it, all or nothing. Companies are upserted
// by registry number (their ids stay stable); ranges are replaced.
class RegistryImport
{
public:
    enum class RangeFormat
    {
        Leadscope,
        IpLocationDb
    };

    struct Report
    {
        int companies = 0;
        int ranges = 0;
        QStringList problems; // "FILE:LINE: reason" — nothing was changed when non-empty
    };

    static const QStringList& companyColumns();

    RegistryImport(const Store& store, const Clock& clock);
    // False when anything is wrong (report->problems, or *error for I/O and store failures).
    bool run(const QString& companiesPath, const QStringList& rangesPaths, RangeFormat format, Report* report,
             QString* error);

    // The index the matcher uses, from the store. Sole traders (legal form
    // eenmanszaak, or one employee) are people: their ranges never identify.
    static std::shared_ptr<const IpRangeIndex> loadIndex(const Store& store, QString* error);
    static qint64 registryVersion(const Store& store, QString* error);
    // For ip-location-db rows: what kind of network an AS organisation runs.
    static RangeKind classifyNetwork(const QString& organisation);

private:
    struct Pass; // what one import has read so far, and its problems

    // Why a register row is refused, or empty.
    static QString companyProblem(const QStringList& fields, const Pass& pass);
    bool readCompanies(const QString& path, Pass* pass, QString* error) const;
    bool linkStoredCompanies(Pass* pass, QString* error) const;
    // A ranges row as stored (*row), or why it is refused.
    static QString rangeRow(const QStringList& fields, RangeFormat format, const Pass& pass, QVariantList* row);
    static bool readRanges(const QString& path, RangeFormat format, Pass* pass, QString* error);
    bool store(Pass* pass, QString* error) const; // fills in the rows' source ids

    const Store& m_store;
    const Clock& m_clock;
};

} // namespace leadscope::server
