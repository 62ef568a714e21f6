#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadscope::ui {

// A new read-only API token: a name (who uses it: "Warehouse", "Zapier"),
// what it may read (companies, visits, shared segments), how long it lasts,
// and a fresh code from the admin's authenticator app — the token is a secret,
// shown once (docs/INTEGRATIONS.md).
class ApiTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiTokenDialog(QWidget* parent);

    QString name() const;
    QStringList scopes() const; // leads, visits, segments
    int days() const;
    QString code() const;

private:
    void check();

    QLineEdit* m_name;
    QList<std::pair<QString, QCheckBox*>> m_scopes; // scope, its box
    QComboBox* m_days;
    QLineEdit* m_code;
    QLabel* m_problem;
    QPushButton* m_create = nullptr;
};

} // namespace leadscope::ui
