#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leadscope::ui {

// Administration → API tokens: the organisation's read-only tokens for other
// systems (Zapier, n8n, a data warehouse) — what each may read, how it starts,
// when it expires, when it was last used — "New API token…" (a fresh code;
// the token is shown once, in a field to copy it from) and "Revoke…".
// docs/INTEGRATIONS.md.
class ApiTokensTab : public QWidget
{
    Q_OBJECT
public:
    ApiTokensTab(core::AdminClient* admin, QWidget* parent);

    void load();
    // What the buttons do (also for tests and scripts).
    void create(const QString& name, const QStringList& scopes, int days, const QString& code);
    void revokeSelected();

    const QList<core::AdminClient::ApiToken>& tokens() const { return m_tokens; }
    QString shownToken() const;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    void changed(); // the audit log has something new

private:
    void showTokens();
    int selectedRow() const;
    void updateButtons();

    core::AdminClient* m_admin;
    QList<core::AdminClient::ApiToken> m_tokens;
    QLabel* m_none;
    QTableWidget* m_table;
    QPushButton* m_revoke;
    QLabel* m_tokenNote;
    QLineEdit* m_token;
    QPushButton* m_copy;
    QString m_shownId; // the token whose secret is shown
};

} // namespace leadscope::ui
