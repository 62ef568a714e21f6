#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace leadscope::ui {

// A problem a screen ran into, in words, with a way to try again.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    void showMessage(const QString& message);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel* m_text;
    QPushButton* m_retry;
};

} // namespace leadscope::ui
