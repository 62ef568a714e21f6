#include "QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

namespace leadscope::ui {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code, as the standard asks
}

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("QR code for your authenticator app"));
}

bool QrCodeWidget::setText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        m_size = 0;
        m_modules.clear();
        update();
        return false;
    }
    m_size = code->width;
    m_modules.assign(static_cast<size_t>(m_size) * static_cast<size_t>(m_size), false);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[static_cast<size_t>(i)] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    // Never squeezed below three pixels a module: smaller is hard for phone cameras to read.
    setMinimumSize(minimumSizeHint());
    updateGeometry();
    update();
    return true;
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_size + 2 * kQuietZone;
    return QSize(modules * 5, modules * 5);
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int modules = m_size + 2 * kQuietZone;
    return QSize(modules * 3, modules * 3);
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_size == 0)
        return;
    const int modules = m_size + 2 * kQuietZone;
    const int side = qMin(width(), height());
    const int scale = qMax(1, side / modules); // whole pixels per module: no blurred edges
    const int drawn = scale * modules;
    const QPoint origin((width() - drawn) / 2, (height() - drawn) / 2);
    painter.fillRect(QRect(origin, QSize(drawn, drawn)), Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect(origin.x() + (x + kQuietZone) * scale, origin.y() + (y + kQuietZone) * scale, scale,
                                 scale, Qt::black);
        }
    }
}

} // namespace leadscope::ui
