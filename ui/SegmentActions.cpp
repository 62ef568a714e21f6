#include "SegmentActions.h"

#include "core/admin/AdminClient.h"
#include "core/query/SavedSegments.h"

#include <QSettings>
#include <QUrl>

namespace leadscope::ui {

namespace {

QString offeredKey(const QString& profile)
{
    return QStringLiteral("segments/%1/moveOffered").arg(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

} // namespace

SegmentActions::SegmentActions(QObject* parent)
    : QObject(parent)
{
}

void SegmentActions::setProfile(const QString& profile)
{
    m_profile = profile;
}

void SegmentActions::setAccount(core::AdminClient* account)
{
    m_account = account;
}

QList<SegmentActions::Segment> SegmentActions::local() const
{
    QList<Segment> segments;
    for (const core::SavedSegments::Segment& saved : core::SavedSegments(m_profile).all())
        segments.append({QString(), saved.name, saved.filter, QStringLiteral("private"), QString(), true, true, true});
    return segments;
}

bool SegmentActions::moveOffered() const
{
    return QSettings().value(offeredKey(m_profile), false).toBool();
}

void SegmentActions::setMoveOffered()
{
    QSettings().setValue(offeredKey(m_profile), true);
}

void SegmentActions::save(const QString& name, const protocol::LeadFilter& filter)
{
    if (!online()) {
        QString error;
        if (!core::SavedSegments(m_profile).save({name, filter}, &error)) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT localChanged();
        return;
    }
    m_account->addSegment(this, name, filter, QStringLiteral("private"), [this](const core::ApiFailure& failure) {
        if (failure.isError())
            Q_EMIT failed(failure.message);
        else
            Q_EMIT serverChanged();
    });
}

void SegmentActions::change(const Segment& segment, const QJsonObject& change)
{
    if (!online() || segment.id.isEmpty())
        return;
    m_account->changeSegment(this, segment.id, change, [this](const core::ApiFailure& failure) {
        if (failure.isError())
            Q_EMIT failed(failure.message);
        else
            Q_EMIT serverChanged();
    });
}

void SegmentActions::setSharing(const Segment& segment, const QString& sharing)
{
    change(segment, {{QStringLiteral("sharing"), sharing}});
}

void SegmentActions::setFilter(const Segment& segment, const protocol::LeadFilter& filter)
{
    if (segment.id.isEmpty()) {
        QString error;
        if (!core::SavedSegments(m_profile).save({segment.name, filter}, &error))
            Q_EMIT failed(error);
        else
            Q_EMIT localChanged();
        return;
    }
    change(segment, {{QStringLiteral("filter"), filter.toJsonObject()}});
}

void SegmentActions::remove(const Segment& segment)
{
    if (segment.id.isEmpty()) {
        core::SavedSegments(m_profile).remove(segment.name);
        Q_EMIT localChanged();
        return;
    }
    if (!online())
        return;
    m_account->removeSegment(this, segment.id, [this](const core::ApiFailure& failure) {
        if (failure.isError())
            Q_EMIT failed(failure.message);
        else
            Q_EMIT serverChanged();
    });
}

void SegmentActions::moveToServer(const QList<Segment>& segments)
{
    if (!online())
        return;
    if (segments.isEmpty()) {
        Q_EMIT serverChanged();
        return;
    }
    const Segment& first = segments.first();
    const QList<Segment> rest = segments.mid(1);
    m_account->addSegment(this, first.name, first.filter, QStringLiteral("private"),
                          [this, first, rest](const core::ApiFailure& failure) {
                              // 409: the server has one of that name already — this copy is not needed.
                              if (failure.isError() && failure.httpStatus != 409) {
                                  Q_EMIT failed(failure.message);
                                  Q_EMIT serverChanged(); // those moved before it
                                  return;
                              }
                              core::SavedSegments(m_profile).remove(first.name);
                              Q_EMIT localChanged();
                              moveToServer(rest);
                          });
}

} // namespace leadscope::ui
