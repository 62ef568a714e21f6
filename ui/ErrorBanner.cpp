#include "ErrorBanner.h"

#include "Appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace leadscope::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, Appearance::isDark(tinted) ? QColor(0x5c, 0x22, 0x1e) : QColor(0xfd, 0xec, 0xea));
    setPalette(tinted);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    hide();
}

void ErrorBanner::showMessage(const QString& message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    show();
}

} // namespace leadscope::ui
