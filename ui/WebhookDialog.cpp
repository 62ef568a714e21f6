#include "WebhookDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace leadscope::ui {

WebhookDialog::WebhookDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_tokenLabel(new QLabel(tr("Private app to&ken:"), this))
    , m_token(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("New webhook"));
    setObjectName(QStringLiteral("webhookDialog"));
    m_name->setObjectName(QStringLiteral("webhookName"));
    m_name->setPlaceholderText(tr("e.g. CRM"));
    m_kind->setObjectName(QStringLiteral("webhookKind"));
    m_kind->addItem(tr("A webhook (signed JSON for your own systems)"), QStringLiteral("webhook"));
    m_kind->addItem(tr("A Slack channel (incoming webhook)"), QStringLiteral("slack"));
    m_kind->addItem(tr("A Microsoft Teams channel (workflow or incoming webhook)"), QStringLiteral("teams"));
    m_kind->addItem(tr("A HubSpot account (companies and visit notes)"), QStringLiteral("hubspot"));
    m_language->setObjectName(QStringLiteral("webhookLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_token->setObjectName(QStringLiteral("webhookToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_tokenLabel->setBuddy(m_token);
    m_code->setObjectName(QStringLiteral("webhookCode"));
    m_code->setPlaceholderText(tr("6 digits or a recovery code"));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_problem->setObjectName(QStringLiteral("webhookProblem"));
    m_problem->setWordWrap(true);
    Appearance::showAsError(m_problem);
    auto* events = new QVBoxLayout;
    const QList<std::pair<QString, QString>> labels{
        {QStringLiteral("rule.fired"), tr("A rule fired (with the rule, why and what it did)")},
        {QStringLiteral("company.new"), tr("A company visited for the first time")},
        {QStringLiteral("visit.finished"), tr("A visit ended (30 minutes after its last page)")},
        {QStringLiteral("company.annotated"), tr("A colleague changed a company's status, tags, owner or note")}};
    for (const auto& [type, label] : labels) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("event_") + QString(type).replace(u'.', u'_'));
        box->setChecked(type == QLatin1String("rule.fired"));
        events->addWidget(box);
        m_events.append({type, box});
        connect(box, &QCheckBox::toggled, this, &WebhookDialog::check);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Sends &to:"), m_kind);
    form->addRow(tr("Message &language:"), m_language);
    form->addRow(tr("Add&ress:"), m_url);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(tr("Events:"), events);
    m_codeLabel = new QLabel(tr("&Code:"), this);
    m_codeLabel->setBuddy(m_code);
    form->addRow(m_codeLabel, m_code);
    m_note->setObjectName(QStringLiteral("webhookNote"));
    m_note->setWordWrap(true);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WebhookDialog::kindChanged);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addWebhook"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_url, m_token, m_code})
        connect(edit, &QLineEdit::textChanged, this, &WebhookDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    kindChanged();
}

void WebhookDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool hubspot = kind == QLatin1String("hubspot");
    m_language->setEnabled(kind != QLatin1String("webhook")); // a webhook's JSON has no language
    m_tokenLabel->setVisible(hubspot);
    m_token->setVisible(hubspot);
    if (kind == QLatin1String("webhook"))
        m_note->setText(tr("Leadscope signs each delivery; the secret to check it with is shown once, after the "
                           "webhook is added. Deliveries that fail are tried again for up to 3 days."));
    else if (hubspot)
        m_note->setText(tr("Leadscope writes each company to HubSpot — matched to the one HubSpot has by registry "
                           "number or website, otherwise created — with its owner when a colleague is assigned, and "
                           "adds a note for each finished visit. Create a private app in HubSpot with the scopes "
                           "listed in the Integrations guide and paste its access token: the server keeps it "
                           "encrypted and never shows it again."));
    else
        m_note->setText(tr("Leadscope posts a message for each event to the channel, in the language chosen here. "
                           "The address is a secret of its own: whoever has it can post to the channel. Messages "
                           "that fail are tried again for up to 3 days."));
    if (hubspot && m_url->text().trimmed().isEmpty())
        m_url->setText(QStringLiteral("https://api.hubapi.com"));
    else if (!hubspot && m_url->text().trimmed() == QLatin1String("https://api.hubapi.com"))
        m_url->clear();
    if (hubspot && !m_editing) {
        // A note per finished visit is what HubSpot is for; rule firings go to people.
        for (const auto& [type, box] : std::as_const(m_events))
            box->setChecked(type != QLatin1String("rule.fired"));
    }
    m_token->setPlaceholderText(m_editing && hubspot ? tr("(unchanged — paste a new token to replace it)")
                                                     : QStringLiteral("pat-…"));
    if (kind == QLatin1String("slack"))
        m_url->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    else if (kind == QLatin1String("teams"))
        m_url->setPlaceholderText(tr("https://… (the workflow's or the incoming webhook's address)"));
    else
        m_url->setPlaceholderText(QStringLiteral("https://"));
    check();
}

void WebhookDialog::check()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    QString problem;
    if (!m_url->text().trimmed().isEmpty() &&
        (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()))
        problem = tr("The address must start with https:// — webhooks are sent only encrypted.");
    bool anyEvent = false;
    for (const auto& [type, box] : std::as_const(m_events))
        anyEvent = anyEvent || box->isChecked();
    if (!anyEvent)
        problem = tr("Choose at least one event.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool hubspot = m_kind->currentData().toString() == QLatin1String("hubspot");
    const bool tokenMissing = hubspot && m_token->text().trimmed().isEmpty() && (!m_editing || !m_hadToken);
    m_add->setEnabled(problem.isEmpty() && !m_name->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty() &&
                      !tokenMissing && (m_editing || !m_code->text().trimmed().isEmpty()));
}

void WebhookDialog::edit(const core::AdminClient::Webhook& existing)
{
    m_editing = true;
    setWindowTitle(tr("Change webhook"));
    m_add->setText(tr("&Save"));
    m_codeLabel->setVisible(false);
    m_code->setVisible(false);
    m_name->setText(existing.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(existing.kind)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(existing.language)));
    m_url->setText(existing.url);
    for (const auto& [type, box] : std::as_const(m_events))
        box->setChecked(existing.events.contains(type));
    m_filter = existing.filter;
    m_hadToken = !existing.tokenHint.isEmpty();
    kindChanged();
}

QJsonObject WebhookDialog::webhook() const
{
    QJsonArray events;
    for (const auto& [type, box] : m_events) {
        if (box->isChecked())
            events.append(type);
    }
    QJsonObject hook{{QStringLiteral("name"), m_name->text().trimmed()},
                     {QStringLiteral("kind"), m_kind->currentData().toString()},
                     {QStringLiteral("language"), m_language->currentData().toString()},
                     {QStringLiteral("url"), m_url->text().trimmed()},
                     {QStringLiteral("events"), events}};
    if (!m_filter.isEmpty())
        hook.insert(QStringLiteral("filter"), m_filter);
    if (m_kind->currentData().toString() == QLatin1String("hubspot") && !m_token->text().trimmed().isEmpty())
        hook.insert(QStringLiteral("token"), m_token->text().trimmed());
    return hook;
}

QString WebhookDialog::code() const
{
    return m_code->text().trimmed();
}

} // namespace leadscope::ui
