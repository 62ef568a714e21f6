#pragma once

#include "core/ServerProfiles.h"
#include "protocol/Crypto.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::ui {

// Server profile (choose, add, edit), e-mail, password and "Stay signed in",
// with how the connection to the chosen server is secured. The password
// leaves the field only as wiped-on-destruction bytes.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);

    void setProfiles(const QList<core::ServerProfile>& profiles, const QString& current);
    // The chosen server's identity and TLS state; `usable` false when there
    // is no server to sign in to yet.
    void setServerState(const QString& security, bool usable);
    void setEmail(const QString& email);
    void setStaySignedIn(bool stay);
    void showError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const QString& email, const QByteArray& password, bool staySignedIn);
    void profileSelected(const QString& name);
    void addProfileRequested();
    void editProfileRequested(const QString& name);

private:
    void submit();

    QComboBox* m_profiles;
    QPushButton* m_edit;
    QLabel* m_security;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_stay;
    QLabel* m_error;
    QPushButton* m_signIn;
    bool m_usable = false;
    bool m_busy = false;
};

} // namespace leadscope::ui
