#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// Settings → Account → Change password: the current password, the new one
// twice, and a fresh code from the authenticator app. After signing in with
// an admin's one-time password it is `required`: no code (the sign-in just
// passed both factors) and no way around it but signing out.
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordChangeDialog(core::AdminClient* admin, bool required, QWidget* parent = nullptr);

    void fill(const QString& current, const QString& next, const QString& code); // for tests
    void confirm();

Q_SIGNALS:
    void passwordChanged();

private:
    void updateButton();

    core::AdminClient* m_admin;
    bool m_required;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_repeat;
    QLineEdit* m_code;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_change;
};

} // namespace leadscope::ui
