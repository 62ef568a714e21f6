#include "ApiTokensTab.h"

#include "AdminTable.h"
#include "ApiTokenDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

QString scopeLabel(const QString& scope)
{
    if (scope == QLatin1String("leads"))
        return ApiTokensTab::tr("Companies");
    if (scope == QLatin1String("visits"))
        return ApiTokensTab::tr("Visits");
    if (scope == QLatin1String("segments"))
        return ApiTokensTab::tr("Segments");
    return scope;
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("revoked"))
        return ApiTokensTab::tr("Revoked");
    if (state == QLatin1String("expired"))
        return ApiTokensTab::tr("Expired");
    return ApiTokensTab::tr("Active");
}

} // namespace

ApiTokensTab::ApiTokensTab(core::AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_none(new QLabel(tr("No API tokens yet. Create one to let a data warehouse, Zapier or n8n read your "
                           "companies, visits and shared segments — read-only."),
                        this))
    , m_table(AdminTable::create(
          this, {tr("Name"), tr("May read"), tr("Starts with"), tr("Expires"), tr("Last used"), tr("State")},
          "apiTokenTable", tr("The organisation's API tokens")))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_tokenNote(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
{
    m_none->setObjectName(QStringLiteral("noApiTokens"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    auto* add = new QPushButton(tr("&New API token…"), this);
    add->setObjectName(QStringLiteral("newApiTokenButton"));
    m_revoke->setObjectName(QStringLiteral("revokeApiToken"));
    m_token->setObjectName(QStringLiteral("apiTokenSecret"));
    m_token->setReadOnly(true);
    m_tokenNote->setWordWrap(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_token, m_tokenNote, m_copy})
        w->setVisible(false);
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_none, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_tokenNote);
    layout->addLayout(tokenRow);

    connect(refresh, &QPushButton::clicked, this, &ApiTokensTab::load);
    connect(add, &QPushButton::clicked, this, [this] {
        ApiTokenDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            create(dialog.name(), dialog.scopes(), dialog.days(), dialog.code());
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && QMessageBox::question(
                            this, tr("Revoke API token"),
                            tr("Revoke “%1”? What uses it can read nothing more from now on.").arg(m_tokens[row].name),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            revokeSelected();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_token->text()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApiTokensTab::updateButtons);
    showTokens();
}

int ApiTokensTab::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_tokens.size() && m_table->selectionModel()->hasSelection() ? row : -1;
}

void ApiTokensTab::updateButtons()
{
    const int row = selectedRow();
    m_revoke->setEnabled(row >= 0 && m_tokens[row].state == QLatin1String("active"));
}

void ApiTokensTab::load()
{
    m_admin->apiTokens(this, [this](const QList<core::AdminClient::ApiToken>& tokens, const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            Q_EMIT loaded();
            return;
        }
        m_tokens = tokens;
        showTokens();
        Q_EMIT loaded();
    });
}

void ApiTokensTab::showTokens()
{
    m_table->setRowCount(int(m_tokens.size()));
    for (int row = 0; row < m_tokens.size(); ++row) {
        const core::AdminClient::ApiToken& token = m_tokens[row];
        QStringList scopes;
        for (const QString& scope : token.scopes)
            scopes << scopeLabel(scope);
        const QStringList cells{token.name,
                                scopes.join(QStringLiteral(", ")),
                                token.hint + QChar(0x2026),
                                AdminTable::when(token.expiresAt),
                                token.lastUsedAt.isValid() ? AdminTable::when(token.lastUsedAt) : tr("Never"),
                                stateLabel(token.state)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_tokens.isEmpty());
    m_none->setVisible(m_tokens.isEmpty());
    updateButtons();
}

QString ApiTokensTab::shownToken() const
{
    return m_token->isVisible() ? m_token->text() : QString();
}

void ApiTokensTab::create(const QString& name, const QStringList& scopes, int days, const QString& code)
{
    m_admin->createApiToken(
        this, name, scopes, days, code,
        [this](const core::AdminClient::ApiToken& token, const QString& secret, const core::ApiFailure& failure) {
            if (failure.isError()) {
                Q_EMIT failed(failure.message);
                return;
            }
            m_tokenNote->setText(tr("The API token “%1”: give it to the system that reads with it (Authorization: "
                                    "Bearer …). It is shown only now.")
                                     .arg(token.name));
            for (QWidget* w : std::initializer_list<QWidget*>{m_token, m_tokenNote, m_copy})
                w->setVisible(true);
            m_token->setText(secret);
            m_shownId = token.id;
            Q_EMIT changed();
            load();
        });
}

void ApiTokensTab::revokeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString id = m_tokens[row].id;
    m_admin->revokeApiToken(this, id, [this, id](const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            return;
        }
        if (id == m_shownId) { // a revoked token's secret is of no use to anyone: away with it
            m_token->clear();
            for (QWidget* w : std::initializer_list<QWidget*>{m_token, m_tokenNote, m_copy})
                w->setVisible(false);
            m_shownId.clear();
        }
        Q_EMIT changed();
        load();
    });
}

} // namespace leadscope::ui
