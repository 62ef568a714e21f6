#pragma once

#include "core/ConnectionMonitor.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace leadscope::ui {

// What the window shows before sign-in: which server, whether it answers,
// and whether the connection to it is verified.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPage(QWidget* parent = nullptr);

    void showStatus(const core::ConnectionMonitor::Status& status);
    void showNoServer();
    void setSignedIn(bool signedIn);

Q_SIGNALS:
    void checkRequested();
    void signInRequested();

private:
    QLabel* m_heading;
    QLabel* m_server;
    QLabel* m_security;
    QLabel* m_details;
    QPushButton* m_check;
    QPushButton* m_signIn;
    bool m_connected = false;
    bool m_noServer = false;
    bool m_signedIn = false;
};

} // namespace leadscope::ui
