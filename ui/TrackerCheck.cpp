#include "TrackerCheck.h"

#include "Appearance.h"
#include "RelativeTime.h"

#include "core/ApiFailure.h"
#include "core/admin/AdminClient.h"

#include <QTimer>

namespace leadscope::ui {

TrackerCheck::TrackerCheck(core::AdminClient* admin, QWidget* parent)
    : QLabel(parent)
    , m_admin(admin)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trackerCheck"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    m_timer->setInterval(5'000);
    connect(m_timer, &QTimer::timeout, this, &TrackerCheck::poll);
}

void TrackerCheck::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void TrackerCheck::setWebsite(const QString& siteId, const QString& domain, qint64 lastHitAt)
{
    m_siteId = siteId;
    m_domain = domain;
    m_lastHitAt = lastHitAt;
    showState();
}

void TrackerCheck::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    m_timer->start();
    poll();
}

void TrackerCheck::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QLabel::hideEvent(event);
}

void TrackerCheck::poll()
{
    if (!m_admin || m_siteId.isEmpty())
        return;
    m_admin->me(this, [this](const core::AdminClient::Me& me, const core::ApiFailure& failure) {
        if (failure.isError())
            return; // the next poll tries again; the label keeps what it knew
        for (const core::AdminClient::Website& site : me.websites) {
            if (site.id != m_siteId)
                continue;
            const bool first = m_lastHitAt == 0 && site.lastHitAt > 0;
            m_lastHitAt = site.lastHitAt;
            showState();
            if (first)
                Q_EMIT receiving();
        }
    });
}

void TrackerCheck::showState()
{
    if (m_siteId.isEmpty()) {
        clear();
        return;
    }
    if (m_lastHitAt <= 0) {
        setText(tr("⏳ Waiting for the first visit to %1… Once the snippet is on the website, open one of its pages "
                   "in a browser.")
                    .arg(m_domain.toHtmlEscaped()));
        setAccessibleName(tr("Waiting for the first visit to %1").arg(m_domain));
        return;
    }
    const QString when =
        RelativeTime::describe(QDateTime::fromMSecsSinceEpoch(m_lastHitAt), QDateTime::currentDateTime());
    setText(QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                .arg(Appearance::goodColour(palette()),
                     tr("✓ The tracker works: %1 sent a visit (%2).").arg(m_domain, when).toHtmlEscaped()));
    setAccessibleName(tr("The tracker works on %1").arg(m_domain));
}

} // namespace leadscope::ui
