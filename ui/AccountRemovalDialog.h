#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// "Delete my account": says what happens, asks for a fresh code from the
// authenticator app, and asks the server. On success the window shreds the
// local copy and the keychain entries (accountDeleted()).
class AccountRemovalDialog : public QDialog
{
    Q_OBJECT
public:
    AccountRemovalDialog(core::AdminClient* admin, const QString& email, const QString& organisation,
                         QWidget* parent = nullptr);

    void setCode(const QString& code); // for tests and paste
    void confirm();

Q_SIGNALS:
    void accountDeleted();

private:
    void updateButton();

    core::AdminClient* m_admin;
    QCheckBox* m_understood;
    QLineEdit* m_code;
    QLabel* m_error;
    QPushButton* m_delete;
};

} // namespace leadscope::ui
