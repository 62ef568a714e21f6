#pragma once

#include <QWidget>

#include <vector>

namespace leadscope::ui {

// Draws a QR code (libqrencode) of a text, e.g. an otpauth:// URI, with a
// quiet zone, crisp at any scale. Black on white whatever the palette, so
// phone cameras read it in dark mode too.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    // False if the text cannot be encoded.
    bool setText(const QString& text);
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules[static_cast<size_t>(y * m_size + x)]; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace leadscope::ui
