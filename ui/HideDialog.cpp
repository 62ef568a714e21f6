#include "HideDialog.h"

#include "core/query/IgnoredCompanies.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace leadscope::ui {

HideDialog::HideDialog(const QString& companyId, const QString& name, const QString& sbiCode, const QString& industry,
                       QWidget* parent)
    : QDialog(parent)
    , m_companyId(companyId)
    , m_sbiCode(sbiCode)
    , m_company(new QRadioButton(tr("&This company"), this))
    , m_industry(new QRadioButton(this))
    , m_category(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("hideDialog"));
    setWindowTitle(tr("Hide from the leads"));
    auto* intro = new QLabel(tr("Hide “%1” from everyone's leads, counts, dashboard and exports; rules and alerts "
                                "leave it alone. Nothing is deleted: show it again from Hidden.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    m_company->setObjectName(QStringLiteral("hideThisCompany"));
    m_company->setChecked(true);
    m_industry->setObjectName(QStringLiteral("hideIndustry"));
    m_industry->setText(industry.isEmpty() ? tr("Every company with SBI code %1").arg(sbiCode)
                                           : tr("Every company in “%1” (SBI %2)").arg(industry, sbiCode));
    m_industry->setVisible(!sbiCode.isEmpty());
    m_category->setObjectName(QStringLiteral("hideCategory"));
    for (const QString& key : core::IgnoredCompanies::categories())
        m_category->addItem(core::IgnoredCompanies::categoryLabel(key), key);
    m_reason->setObjectName(QStringLiteral("hideReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. our office in Utrecht"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Why:"), m_category);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* hide = buttons->addButton(tr("&Hide"), QDialogButtonBox::AcceptRole);
    hide->setObjectName(QStringLiteral("hideConfirm"));
    hide->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_company);
    layout->addWidget(m_industry);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QJsonObject HideDialog::request() const
{
    QJsonObject o{{QStringLiteral("category"), m_category->currentData().toString()},
                  {QStringLiteral("reason"), m_reason->text().simplified()}};
    if (m_industry->isChecked())
        o.insert(QStringLiteral("sbi_prefix"), m_sbiCode);
    else
        o.insert(QStringLiteral("company_id"), m_companyId);
    return o;
}

} // namespace leadscope::ui
