#include "SavedSegments.h"

#include <QSettings>
#include <QUrl>

namespace leadscope::core {

SavedSegments::SavedSegments(QString profile)
    : m_profile(std::move(profile))
{
}

QString SavedSegments::group() const
{
    return QStringLiteral("segments/") + QString::fromLatin1(QUrl::toPercentEncoding(m_profile));
}

QList<SavedSegments::Segment> SavedSegments::defaults()
{
    Segment hot{tr("Hot leads this week"), {}};
    hot.filter.lastVisitWithinDays = 7;
    hot.filter.minVisits = 2;
    Segment pricing{tr("Looked at pricing"), {}};
    pricing.filter.visitedPage = QStringLiteral("prijzen");
    pricing.filter.lastVisitWithinDays = 30;
    Segment unseen{tr("New since I last looked"), {}};
    unseen.filter.unseenOnly = true;
    Segment watched{tr("Watched companies"), {}};
    watched.filter.tag = QStringLiteral("watch");
    return {hot, pricing, unseen, watched};
}

QList<SavedSegments::Segment> SavedSegments::all() const
{
    QSettings settings;
    settings.beginGroup(group());
    if (!settings.value(QStringLiteral("initialised")).toBool())
        return defaults();
    QList<Segment> segments;
    const int size = settings.beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        segments.append({settings.value(QStringLiteral("name")).toString(),
                         LeadsQuery::Filter::fromJson(settings.value(QStringLiteral("filter")).toByteArray())});
    }
    settings.endArray();
    return segments;
}

bool SavedSegments::save(const Segment& segment, QString* error)
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("Give the segment a name.");
        return false;
    }
    QList<Segment> segments = all();
    bool replaced = false;
    for (Segment& existing : segments) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            existing = {name, segment.filter};
            replaced = true;
        }
    }
    if (!replaced)
        segments.append({name, segment.filter});
    write(segments);
    return true;
}

void SavedSegments::remove(const QString& name)
{
    QList<Segment> segments = all();
    segments.removeIf([&](const Segment& s) { return s.name == name; });
    write(segments);
}

void SavedSegments::write(const QList<Segment>& segments)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(QStringLiteral("initialised"), true);
    settings.remove(QStringLiteral("list"));
    settings.beginWriteArray(QStringLiteral("list"), int(segments.size()));
    for (int i = 0; i < segments.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), segments[i].name);
        settings.setValue(QStringLiteral("filter"), segments[i].filter.toJson());
    }
    settings.endArray();
}

} // namespace leadscope::core
