#pragma once

#include "core/admin/AdminClient.h"
#include <QDialog>

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace leadscope::ui {

// A new webhook destination: its name, what it is (a signed webhook, a Slack
// or a Microsoft Teams channel, and then the messages' language, or a HubSpot
// account with its private app's token), the https address it goes to, which
// events it receives — and a fresh code from the admin's authenticator app,
// because adding one hands out its secret (docs/INTEGRATIONS.md).
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebhookDialog(QWidget* parent);
    // Changing `existing` instead of adding one: filled in, no code (no secret changes hands).
    void edit(const core::AdminClient::Webhook& existing);

    // {"name","kind","language","url","events"} as the server takes them (and, when editing, the
    // destination's filter, which this dialog leaves as it is; "token" for HubSpot when one was typed).
    QJsonObject webhook() const;
    QString code() const;

private:
    void check();
    void kindChanged();

    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_language;
    QLineEdit* m_url;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;                             // HubSpot's private app token (never shown again once saved)
    QList<std::pair<QString, QCheckBox*>> m_events; // event type, its box
    QLineEdit* m_code;
    QLabel* m_problem;
    QLabel* m_note; // what happens to the deliveries, for the kind chosen
    QPushButton* m_add = nullptr;
    QLabel* m_codeLabel = nullptr;
    QJsonObject m_filter; // the edited destination's filter
    bool m_editing = false;
    bool m_hadToken = false; // the edited HubSpot destination has one: an empty field keeps it
};

} // namespace leadscope::ui
