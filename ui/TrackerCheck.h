#pragma once

#include <QLabel>

class QTimer;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// "Is the tracker on the website?": while shown, asks the server every few
// seconds when it last accepted a hit from the chosen website, and says
// "Waiting for the first visit to …" until it has, then, in green, when
// the last one arrived. Admins only (the server tells only them).
class TrackerCheck : public QLabel
{
    Q_OBJECT
public:
    TrackerCheck(core::AdminClient* admin, QWidget* parent = nullptr);

    void setWebsite(const QString& siteId, const QString& domain, qint64 lastHitAt);
    bool isReceiving() const { return m_lastHitAt > 0; }
    void setInterval(int ms);

Q_SIGNALS:
    // The first hit from the website arrived.
    void receiving();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void poll();
    void showState();

    core::AdminClient* m_admin;
    QTimer* m_timer;
    QString m_siteId;
    QString m_domain;
    qint64 m_lastHitAt = 0;
};

} // namespace leadscope::ui
