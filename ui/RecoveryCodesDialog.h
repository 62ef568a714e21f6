#pragma once

#include <QDialog>
#include <QStringList>

class QTextDocument;

namespace leadscope::ui {

// The ten single-use recovery codes, shown once (at enrolment, or when made
// anew in Settings → Account): each signs in instead of a code from the
// phone, once. Print or save them as PDF and keep them away from the laptop.
class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryCodesDialog(const QStringList& codes, const QString& email, QWidget* parent = nullptr);
    ~RecoveryCodesDialog() override;

    QString codesText() const;

private:
    QStringList m_codes;
    QTextDocument* m_document;
};

} // namespace leadscope::ui
