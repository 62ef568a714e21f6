#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leadscope::ui {

// Administration → Integrations: the organisation's webhook destinations —
// where they send, which events, whether they are paused and why — and, for
// the selected one, each delivery with its status code, latency, tries and
// what the receiver said; "Send test", "Send again", pause and resume, a new
// secret and removal. A secret (on adding, on "New secret…") is shown once,
// in a field to copy it from. A HubSpot destination shows which companies it
// matched or created ("HubSpot companies…"); its token is never shown.
// docs/INTEGRATIONS.md.
class IntegrationsTab : public QWidget
{
    Q_OBJECT
public:
    IntegrationsTab(core::AdminClient* admin, QWidget* parent);

    void load();
    // What the buttons do (also for tests and scripts).
    void add(const QJsonObject& webhook, const QString& code);
    void changeSelected(const QJsonObject& webhook);
    void rotateSelected(const QString& code);
    void testSelected();
    void togglePauseSelected();
    void removeSelected();
    void redeliverSelected();
    // The selected HubSpot destination's companies, in a dialog of their own.
    void showHubSpotCompanies();

    const QList<core::AdminClient::Webhook>& webhooks() const { return m_webhooks; }
    const QList<core::AdminClient::WebhookDelivery>& deliveries() const { return m_deliveries; }
    QString shownSecret() const;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    void changed(); // the audit log has something new

private:
    void connectButtons(QPushButton* add, QPushButton* refresh);
    void showWebhooks();
    void showDeliveries();
    void loadDeliveries();
    void showSecret(const QString& secret, const QString& note);
    void afterAction(const core::ApiFailure& failure);
    int selectedRow() const;
    void updateButtons();

    core::AdminClient* m_admin;
    QList<core::AdminClient::Webhook> m_webhooks;
    QList<core::AdminClient::WebhookDelivery> m_deliveries;
    QLabel* m_none;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_pause;
    QPushButton* m_rotate;
    QPushButton* m_remove;
    QPushButton* m_hubspot;
    QLabel* m_secretNote;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QLabel* m_deliveriesTitle;
    QTableWidget* m_deliveryTable;
    QPushButton* m_redeliver;
};

} // namespace leadscope::ui
