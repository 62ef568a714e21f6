#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace leadscope::ui {

// "Hide…" on a company: this company or its whole industry, why (our own
// offices, a customer, a competitor, a supplier, other) and a reason in a few
// words. What the server takes (POST /api/v1/ignored) is request().
class HideDialog : public QDialog
{
    Q_OBJECT
public:
    HideDialog(const QString& companyId, const QString& name, const QString& sbiCode, const QString& industry,
               QWidget* parent = nullptr);
    QJsonObject request() const;

private:
    QString m_companyId;
    QString m_sbiCode;
    QRadioButton* m_company;
    QRadioButton* m_industry;
    QComboBox* m_category;
    QLineEdit* m_reason;
};

} // namespace leadscope::ui
