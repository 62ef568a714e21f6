#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace leadscope::ui {

class QrCodeWidget;

// The second sign-in step. With a secret (first sign-in) it is the
// enrolment: what an authenticator app is, a QR code, the secret in groups
// of four to type in by hand, and the first code. Without one, just the
// code. Six digits, paste welcome (spaces are dropped), sent as soon as
// they are complete; the time left for the current code is shown.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TwoFactorDialog(QWidget* parent = nullptr);
    // The ASCII digits of what was typed or pasted ("123 456" → "123456").
    static QString digitsOf(const QString& text);

    void showEnrolment(const QString& secret, const QString& otpauthUri);
    void showCodeEntry();
    // After a refused code: the reason, and the field cleared for the next try.
    void showError(const QString& message);
    void setBusy(bool busy);

    static QString groupedSecret(const QString& secret);

Q_SIGNALS:
    void codeEntered(const QString& code);

private:
    void onTextChanged(const QString& text);
    void updateTimeLeft();

    QLabel* m_intro;
    QrCodeWidget* m_qr;
    QLabel* m_secret;
    QLineEdit* m_code;
    QLabel* m_timeLeft;
    QLabel* m_error;
    QPushButton* m_submit;
    QTimer* m_clock;
};

} // namespace leadscope::ui
