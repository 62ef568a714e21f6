#pragma once

#include "core/ConnectionMonitor.h"
#include "core/ServerProfiles.h"
#include "core/Session.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace leadscope::ui {

class LoginDialog;
class TwoFactorDialog;

// The way in: the sign-in dialog (server profiles to choose, add and edit),
// then the two-factor dialog — code entry, or enrolment with a QR code when
// the account has no second factor yet — until the session is signed in.
// The window owns it and tells it when the connection changes.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit SignInFlow(QWidget* window);

    void setProfiles(core::ServerProfiles* profiles);
    // Another server's monitor and session (either may be null).
    void setConnection(core::ConnectionMonitor* monitor, core::Session* session);

    // Opens the sign-in dialog unless it is open or a session is signed in.
    void start();
    // Closes whatever is open: signed in (accepted) or locked/abandoned (rejected).
    void finish(bool signedIn);
    // The connection's state changed: the sign-in dialog shows it.
    void refresh();
    // Shows a failed step in the dialog it belongs to; false when none is open.
    bool showFailure(const QString& message);

Q_SIGNALS:
    // The user chose or edited a server profile (it is already the current one).
    void profileSwitchRequested(const QString& name);

private:
    // One path for both second-factor steps: enrolment (secret and URI) or a code.
    void showTwoFactor(const std::optional<std::pair<QString, QString>>& enrolment);
    void editProfile(const QString& name);
    QString securityText() const;

    QWidget* m_window;
    core::ConnectionMonitor* m_monitor = nullptr;
    core::Session* m_session = nullptr;
    core::ServerProfiles* m_profiles = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<TwoFactorDialog> m_twoFactor;
};

} // namespace leadscope::ui
