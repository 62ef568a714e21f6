#include "ApiTokenDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

ApiTokenDialog::ApiTokenDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_days(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New API token"));
    setObjectName(QStringLiteral("apiTokenDialog"));
    m_name->setObjectName(QStringLiteral("apiTokenName"));
    m_name->setPlaceholderText(tr("e.g. Data warehouse"));
    m_days->setObjectName(QStringLiteral("apiTokenDays"));
    for (const int days : {30, 90, 180, 365})
        m_days->addItem(tr("%n day(s)", nullptr, days), days);
    m_days->setCurrentIndex(1);
    m_code->setObjectName(QStringLiteral("apiTokenCode"));
    m_code->setPlaceholderText(tr("6 digits or a recovery code"));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_problem->setObjectName(QStringLiteral("apiTokenProblem"));
    m_problem->setWordWrap(true);
    Appearance::showAsError(m_problem);
    auto* scopes = new QVBoxLayout;
    const QList<std::pair<QString, QString>> labels{
        {QStringLiteral("leads"), tr("Companies (what the lead list shows)")},
        {QStringLiteral("visits"), tr("Visits of a company, with their pages")},
        {QStringLiteral("segments"), tr("Shared segments and their companies")}};
    for (const auto& [scope, label] : labels) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("scope_") + scope);
        box->setChecked(scope == QLatin1String("leads"));
        scopes->addWidget(box);
        m_scopes.append({scope, box});
        connect(box, &QCheckBox::toggled, this, &ApiTokenDialog::check);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("May read:"), scopes);
    form->addRow(tr("&Expires after:"), m_days);
    form->addRow(tr("&Code:"), m_code);
    auto* note = new QLabel(tr("The token reads only; it cannot change anything. It is shown once, after it is "
                               "created: keep it where the other system keeps its secrets. Revoke it here when it is "
                               "no longer used."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createApiToken"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_code})
        connect(edit, &QLineEdit::textChanged, this, &ApiTokenDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

void ApiTokenDialog::check()
{
    const QString problem = scopes().isEmpty() ? tr("Choose what the token may read.") : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty() && !name().isEmpty() && !code().isEmpty());
}

QString ApiTokenDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList ApiTokenDialog::scopes() const
{
    QStringList out;
    for (const auto& [scope, box] : m_scopes) {
        if (box->isChecked())
            out << scope;
    }
    return out;
}

int ApiTokenDialog::days() const
{
    return m_days->currentData().toInt();
}

QString ApiTokenDialog::code() const
{
    return m_code->text().trimmed();
}

} // namespace leadscope::ui
