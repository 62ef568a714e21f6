#include "IntegrationsTab.h"

#include "AdminTable.h"
#include "Appearance.h"
#include "HubSpotCompaniesDialog.h"
#include "WebhookDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

QString eventLabel(const QString& type)
{
    if (type == QLatin1String("rule.fired"))
        return IntegrationsTab::tr("Rule fired");
    if (type == QLatin1String("company.new"))
        return IntegrationsTab::tr("New company");
    if (type == QLatin1String("visit.finished"))
        return IntegrationsTab::tr("Visit ended");
    if (type == QLatin1String("company.annotated"))
        return IntegrationsTab::tr("Company annotated");
    if (type == QLatin1String("webhook.test"))
        return IntegrationsTab::tr("Test");
    return type;
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("delivered"))
        return IntegrationsTab::tr("Delivered");
    if (state == QLatin1String("failed"))
        return IntegrationsTab::tr("Failed");
    if (state == QLatin1String("sending"))
        return IntegrationsTab::tr("Sending");
    return IntegrationsTab::tr("Waiting");
}

} // namespace

IntegrationsTab::IntegrationsTab(core::AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_none(new QLabel(tr("No webhooks yet. Add one to send rule firings, new companies and finished visits to "
                           "your CRM, a workflow tool or a Slack or Teams channel — signed and retried."),
                        this))
    , m_table(AdminTable::create(this, {tr("Name"), tr("Address"), tr("Events"), tr("State")}, "webhookTable",
                                 tr("Webhooks")))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_test(new QPushButton(tr("Send &test"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_rotate(new QPushButton(tr("New &secret…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_hubspot(new QPushButton(tr("&HubSpot companies…"), this))
    , m_secretNote(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_deliveriesTitle(new QLabel(this))
    , m_deliveryTable(AdminTable::create(this,
                                         {tr("Queued"), tr("Event"), tr("State"), tr("HTTP"), tr("Time taken"),
                                          tr("Tries"), tr("What the receiver said")},
                                         "deliveryTable", tr("Deliveries of the selected webhook")))
    , m_redeliver(new QPushButton(tr("Sen&d again"), this))
{
    m_none->setObjectName(QStringLiteral("noWebhooks"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    auto* add = new QPushButton(tr("&Add webhook…"), this);
    add->setObjectName(QStringLiteral("addWebhookButton"));
    m_edit->setObjectName(QStringLiteral("editWebhook"));
    m_test->setObjectName(QStringLiteral("testWebhook"));
    m_pause->setObjectName(QStringLiteral("pauseWebhook"));
    m_rotate->setObjectName(QStringLiteral("rotateWebhook"));
    m_remove->setObjectName(QStringLiteral("removeWebhook"));
    m_hubspot->setObjectName(QStringLiteral("hubspotCompanies"));
    m_hubspot->setToolTip(tr("Which companies the selected HubSpot destination matched or created"));
    m_redeliver->setObjectName(QStringLiteral("redeliverWebhook"));
    m_redeliver->setToolTip(tr("Send the selected delivery again, with the same id"));
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setReadOnly(true);
    m_secretNote->setWordWrap(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_secret, m_secretNote, m_copy})
        w->setVisible(false);
    m_deliveriesTitle->setObjectName(QStringLiteral("deliveriesTitle"));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* hookButtons = new QHBoxLayout;
    for (QPushButton* button : {add, m_edit, m_test, m_pause, m_rotate, m_remove, m_hubspot})
        hookButtons->addWidget(button);
    hookButtons->addStretch(1);
    hookButtons->addWidget(refresh);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);
    auto* deliveryButtons = new QHBoxLayout;
    deliveryButtons->addWidget(m_redeliver);
    deliveryButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_none, 1);
    layout->addLayout(hookButtons);
    layout->addWidget(m_secretNote);
    layout->addLayout(secretRow);
    layout->addWidget(m_deliveriesTitle);
    layout->addWidget(m_deliveryTable, 2);
    layout->addLayout(deliveryButtons);

    connectButtons(add, refresh);
    showWebhooks();
}

void IntegrationsTab::connectButtons(QPushButton* add, QPushButton* refresh)
{
    connect(refresh, &QPushButton::clicked, this, &IntegrationsTab::load);
    connect(add, &QPushButton::clicked, this, [this] {
        WebhookDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            this->add(dialog.webhook(), dialog.code());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        WebhookDialog dialog(this);
        dialog.edit(m_webhooks[row]);
        if (dialog.exec() == QDialog::Accepted)
            changeSelected(dialog.webhook());
    });
    connect(m_test, &QPushButton::clicked, this, &IntegrationsTab::testSelected);
    connect(m_pause, &QPushButton::clicked, this, &IntegrationsTab::togglePauseSelected);
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString code = QInputDialog::getText(
            this, tr("New secret"),
            tr("The webhook gets a new secret; the old one keeps signing beside it for 24 hours, so the receiver "
               "can switch without missing a delivery.\n\nConfirm with a fresh code from your authenticator app:"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !code.trimmed().isEmpty())
            rotateSelected(code.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 &&
            QMessageBox::question(this, tr("Remove webhook"),
                                  tr("Remove “%1”? Nothing more is sent to it, and what it has not "
                                     "received yet is dropped.")
                                      .arg(m_webhooks[row].name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_redeliver, &QPushButton::clicked, this, &IntegrationsTab::redeliverSelected);
    connect(m_hubspot, &QPushButton::clicked, this, &IntegrationsTab::showHubSpotCompanies);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        loadDeliveries();
    });
    connect(m_deliveryTable, &QTableWidget::itemSelectionChanged, this, &IntegrationsTab::updateButtons);
}

int IntegrationsTab::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_webhooks.size() && m_table->selectionModel()->hasSelection() ? row : -1;
}

void IntegrationsTab::updateButtons()
{
    const int row = selectedRow();
    for (QPushButton* button : {m_edit, m_test, m_pause, m_rotate, m_remove})
        button->setEnabled(row >= 0);
    const bool hubspot = row >= 0 && m_webhooks[row].kind == QLatin1String("hubspot");
    m_rotate->setEnabled(row >= 0 && !hubspot); // HubSpot is sent no signed requests: no secret
    m_hubspot->setVisible(hubspot);
    const bool paused = row >= 0 && m_webhooks[row].pausedAt.isValid();
    m_pause->setText(paused ? tr("R&esume") : tr("&Pause"));
    const int delivery = m_deliveryTable->currentRow();
    m_redeliver->setEnabled(row >= 0 && delivery >= 0 && delivery < m_deliveries.size() &&
                            m_deliveries[delivery].state != QLatin1String("sending"));
}

void IntegrationsTab::load()
{
    m_admin->webhooks(this, [this](const QList<core::AdminClient::Webhook>& hooks, const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            Q_EMIT loaded();
            return;
        }
        const int row = selectedRow();
        const QString selected = row >= 0 ? m_webhooks[row].id : QString();
        m_webhooks = hooks;
        showWebhooks();
        for (int i = 0; i < m_webhooks.size(); ++i) {
            if (m_webhooks[i].id == selected || (selected.isEmpty() && i == 0))
                m_table->selectRow(i);
        }
        loadDeliveries();
        Q_EMIT loaded();
    });
}

void IntegrationsTab::showWebhooks()
{
    m_table->setRowCount(int(m_webhooks.size()));
    for (int row = 0; row < m_webhooks.size(); ++row) {
        const core::AdminClient::Webhook& hook = m_webhooks[row];
        QStringList events;
        for (const QString& type : hook.events)
            events << eventLabel(type);
        QString state = tr("Active");
        if (hook.pausedAt.isValid())
            state = tr("Paused %1: %2").arg(AdminTable::when(hook.pausedAt), hook.pausedReason);
        else if (hook.failures > 0)
            state = tr("Failing (%n attempts in a row)", nullptr, hook.failures);
        QString name = hook.name;
        if (hook.kind == QLatin1String("slack"))
            name = tr("%1 (Slack)").arg(hook.name);
        else if (hook.kind == QLatin1String("teams"))
            name = tr("%1 (Teams)").arg(hook.name);
        else if (hook.kind == QLatin1String("hubspot"))
            name = tr("%1 (HubSpot)").arg(hook.name);
        const QString address = hook.tokenHint.isEmpty() ? hook.url : tr("%1 · token %2").arg(hook.url, hook.tokenHint);
        const QStringList cells{name, address, events.join(QStringLiteral(", ")), state};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_webhooks.isEmpty());
    m_none->setVisible(m_webhooks.isEmpty());
    m_deliveriesTitle->setVisible(!m_webhooks.isEmpty());
    m_deliveryTable->setVisible(!m_webhooks.isEmpty());
    m_redeliver->setVisible(!m_webhooks.isEmpty());
    updateButtons();
}

void IntegrationsTab::loadDeliveries()
{
    const int row = selectedRow();
    if (row < 0) {
        m_deliveries.clear();
        showDeliveries();
        return;
    }
    const QString id = m_webhooks[row].id;
    m_admin->webhookDeliveries(
        this, id,
        [this, id](const QList<core::AdminClient::WebhookDelivery>& deliveries, const core::ApiFailure& failure) {
            if (failure.isError()) {
                Q_EMIT failed(failure.message);
                return;
            }
            const int current = selectedRow();
            if (current < 0 || m_webhooks[current].id != id)
                return; // another one was selected meanwhile
            m_deliveries = deliveries;
            showDeliveries();
        });
}

void IntegrationsTab::showDeliveries()
{
    const int row = selectedRow();
    m_deliveriesTitle->setText(row < 0 ? tr("Deliveries") : tr("Deliveries to %1").arg(m_webhooks[row].name));
    m_deliveryTable->setRowCount(int(m_deliveries.size()));
    for (int i = 0; i < m_deliveries.size(); ++i) {
        const core::AdminClient::WebhookDelivery& d = m_deliveries[i];
        QString said = d.lastError;
        if (d.state == QLatin1String("queued") && d.nextAttempt.isValid())
            said = tr("%1 — next try %2")
                       .arg(d.lastError.isEmpty() ? tr("not sent yet") : d.lastError, AdminTable::when(d.nextAttempt));
        const QStringList cells{AdminTable::when(d.createdAt),
                                eventLabel(d.event),
                                stateLabel(d.state),
                                d.status > 0 ? QString::number(d.status) : QString(),
                                d.attempts > 0 ? tr("%1 ms").arg(d.latencyMs) : QString(),
                                QString::number(d.attempts),
                                said};
        for (int column = 0; column < cells.size(); ++column)
            m_deliveryTable->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_deliveryTable->resizeColumnsToContents();
    updateButtons();
}

void IntegrationsTab::showSecret(const QString& secret, const QString& note)
{
    m_secretNote->setText(note);
    for (QWidget* w : std::initializer_list<QWidget*>{m_secret, m_secretNote, m_copy})
        w->setVisible(true);
    m_secret->setText(secret);
}

QString IntegrationsTab::shownSecret() const
{
    return m_secret->isVisible() ? m_secret->text() : QString();
}

void IntegrationsTab::afterAction(const core::ApiFailure& failure)
{
    if (failure.isError()) {
        Q_EMIT failed(failure.message);
        return;
    }
    Q_EMIT changed();
    load();
}

void IntegrationsTab::add(const QJsonObject& webhook, const QString& code)
{
    m_admin->addWebhook(
        this, webhook, code,
        [this](const core::AdminClient::Webhook& hook, const QString& secret, const core::ApiFailure& failure) {
            if (!failure.isError() && !secret.isEmpty())
                showSecret(secret, tr("The secret of “%1”: give it to the receiver to check "
                                      "signatures with. It is shown only now.")
                                       .arg(hook.name));
            afterAction(failure);
        });
}

void IntegrationsTab::changeSelected(const QJsonObject& webhook)
{
    const int row = selectedRow();
    if (row >= 0)
        m_admin->changeWebhook(this, m_webhooks[row].id, webhook,
                               [this](const core::ApiFailure& failure) { afterAction(failure); });
}

void IntegrationsTab::rotateSelected(const QString& code)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_webhooks[row].name;
    m_admin->rotateWebhookSecret(this, m_webhooks[row].id, code,
                                 [this, name](const QString& secret, const core::ApiFailure& failure) {
                                     if (!failure.isError())
                                         showSecret(secret, tr("The new secret of “%1” (the old one signs too for "
                                                               "24 hours). It is shown only now.")
                                                                .arg(name));
                                     afterAction(failure);
                                 });
}

void IntegrationsTab::testSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_admin->webhookAction(this, m_webhooks[row].id, QStringLiteral("test"),
                               [this](const core::ApiFailure& failure) { afterAction(failure); });
}

void IntegrationsTab::togglePauseSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool paused = m_webhooks[row].pausedAt.isValid();
    m_admin->webhookAction(this, m_webhooks[row].id, paused ? QStringLiteral("resume") : QStringLiteral("pause"),
                           [this](const core::ApiFailure& failure) { afterAction(failure); });
}

void IntegrationsTab::removeSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_admin->removeWebhook(this, m_webhooks[row].id,
                               [this](const core::ApiFailure& failure) { afterAction(failure); });
}

void IntegrationsTab::showHubSpotCompanies()
{
    const int row = selectedRow();
    if (row < 0 || m_webhooks[row].kind != QLatin1String("hubspot"))
        return;
    auto* dialog = new HubSpotCompaniesDialog(m_admin, m_webhooks[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IntegrationsTab::redeliverSelected()
{
    const int row = selectedRow();
    const int delivery = m_deliveryTable->currentRow();
    if (row >= 0 && delivery >= 0 && delivery < m_deliveries.size())
        m_admin->redeliverWebhook(this, m_webhooks[row].id, m_deliveries[delivery].id,
                                  [this](const core::ApiFailure& failure) { afterAction(failure); });
}

} // namespace leadscope::ui
