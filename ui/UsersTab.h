#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leadscope::ui {

// Administration → Users: the organisation's accounts; add one (its
// one-time password shown once), change a role, disable, remove.
class UsersTab : public QWidget
{
    Q_OBJECT
public:
    UsersTab(core::AdminClient* admin, QWidget* parent);

    void load();
    // The actions behind the buttons, without the confirmation questions.
    void addUser(const QString& email, const QString& role);
    void changeRole(const QString& userId, const QString& role);
    void setDisabled(const QString& userId, bool disabled);
    void removeUser(const QString& userId);
    // With the admin's fresh code: a new one-time password (shown like a new
    // user's), or a reset second factor for a colleague who lost their phone.
    void resetPassword(const QString& userId, const QString& email, const QString& code);
    void resetSecondFactor(const QString& userId, const QString& code);

    QString oneTimePassword() const; // the last one handed out, as shown
    const QList<core::AdminClient::User>& users() const { return m_users; }

Q_SIGNALS:
    void loaded();
    void shown(const QList<core::AdminClient::User>& users); // the list as it is now on screen
    void added();                                            // a user was added (the list shows them already)
    void changeFinished(const core::ApiFailure& failure); // a role, disabled flag, removal or reset went to the server
    void failed(const QString& message);

private:
    void show();
    QString selectedUserId() const;
    void toggleSelectedDisabled();
    void confirmRemoveSelected();                 // asks, then removes the selected user
    void confirmResetSelected(bool secondFactor); // asks for the admin's code, then resets
    void showSelected(int row);
    void showOneTimePassword(const QString& password, const QString& note);

    core::AdminClient* m_admin;
    QTableWidget* m_table;
    QLineEdit* m_newEmail;
    QComboBox* m_newRole;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    QComboBox* m_roleForSelected;
    QPushButton* m_disable;
    QList<core::AdminClient::User> m_users;
};

} // namespace leadscope::ui
