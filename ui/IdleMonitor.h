#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace leadscope::ui {

// Notices when nobody has touched the application for a while: any key,
// click, wheel or touch in any of its windows restarts the countdown.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Zero switches the monitor off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Starts counting (after sign-in) or stops (while locked or signed out).
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_active = false;
};

} // namespace leadscope::ui
