#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::ui {

// What the window shows while Leadscope is locked: nothing of the data, only
// whose session it is and the fields that unlock it (a fresh code, plus the
// password when no refresh token is kept).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    // Resets the fields for a new lock.
    void prepare(const QString& account, bool needsPassword);
    void showError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    // password is empty when it was not asked for; the receiver wipes it.
    void unlockRequested(const QString& code, const QByteArray& password);
    void signOutRequested();

private:
    void submit();
    void onCodeEdited();

    QWidget* m_panel = nullptr;
    QLabel* m_account;
    QLineEdit* m_password;
    QLabel* m_passwordLabel;
    QLineEdit* m_code;
    QLabel* m_error;
    QPushButton* m_unlock;
    bool m_needsPassword = false;
};

} // namespace leadscope::ui
