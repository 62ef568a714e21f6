#pragma once

#include "core/protocol/Crypto.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::ui {

// E-mail, password and "Stay signed in", with the server it signs in to and
// how the connection to it is secured. The password leaves the field only
// as wiped-on-destruction bytes.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString& server, const QString& security, QWidget* parent = nullptr);

    void setEmail(const QString& email);
    void showError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const QString& email, const QByteArray& password, bool staySignedIn);

private:
    void submit();

    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_stay;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace leadscope::ui
