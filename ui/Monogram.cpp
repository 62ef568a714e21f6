#include "Monogram.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace leadscope::ui {

namespace {

// Legal forms and the little words that start Dutch, German and English names:
// "de Vries B.V." is "VB"'s company to nobody; it is Vries.
bool isFiller(const QString& word)
{
    static const QSet<QString> fillers{
        QStringLiteral("bv"),   QStringLiteral("nv"),   QStringLiteral("vof"), QStringLiteral("cv"),
        QStringLiteral("gmbh"), QStringLiteral("ag"),   QStringLiteral("kg"),  QStringLiteral("ug"),
        QStringLiteral("ltd"),  QStringLiteral("llc"),  QStringLiteral("inc"), QStringLiteral("plc"),
        QStringLiteral("sa"),   QStringLiteral("sarl"), QStringLiteral("de"),  QStringLiteral("het"),
        QStringLiteral("der"),  QStringLiteral("die"),  QStringLiteral("das"), QStringLiteral("the"),
        QStringLiteral("van"),  QStringLiteral("von"),  QStringLiteral("en"),  QStringLiteral("und"),
        QStringLiteral("and"),  QStringLiteral("&"),    QStringLiteral("co"),  QStringLiteral("holding")};
    QString bare = word.toLower();
    bare.remove(u'.');
    return fillers.contains(bare);
}

// Stable across runs and platforms (qHash is seeded per process).
quint32 fnv1a(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QString Monogram::initials(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s\-/,()]+)"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    QString out;
    for (const QString& word : words) {
        if (isFiller(word))
            continue;
        const auto letter = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (letter == word.cend())
            continue;
        out += letter->toUpper();
        if (out.size() == 2)
            break;
    }
    if (out.isEmpty()) {
        // Nothing but fillers ("Holding B.V."): the first letter there is.
        const auto letter = std::find_if(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (letter != name.cend())
            out = letter->toUpper();
    }
    return out;
}

QColor Monogram::colour(const QString& key)
{
    static const std::array<QRgb, 8> colours{0x2e6bc6, 0x1a7f5a, 0xb3261e, 0x8a4fc7,
                                             0xa35200, 0x00796b, 0xc2185b, 0x5d6b7a};
    return QColor::fromRgb(colours[fnv1a(key) % colours.size()]);
}

QPixmap Monogram::pixmap(const QString& name, const QString& key, int size, qreal devicePixelRatio)
{
    QPixmap out(QSize(size, size) * devicePixelRatio);
    out.setDevicePixelRatio(devicePixelRatio);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour(key));
    painter.drawEllipse(QRectF(0, 0, size, size));
    const QString text = initials(name);
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(6, int(size * (text.size() > 1 ? 0.40 : 0.50))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    return out;
}

QIcon Monogram::icon(const QString& name, const QString& key)
{
    // Asked for on every paint of every visible row: looked up by company
    // first (no splitting of the name), then shared by look — initials and
    // colour, a few hundred at most.
    static QHash<QString, QIcon> byCompany;
    static QHash<QString, QIcon> byLook;
    const QString company = key + u'\n' + name;
    if (const auto known = byCompany.constFind(company); known != byCompany.cend())
        return *known;
    if (byCompany.size() > 4096)
        byCompany.clear(); // rows scrolled past long ago
    const QString look = initials(name) + u'#' + QString::number(colour(key).rgb(), 16);
    auto shared = byLook.constFind(look);
    if (shared == byLook.cend()) {
        QIcon icon;
        icon.addPixmap(pixmap(name, key, 16, 1.0));
        icon.addPixmap(pixmap(name, key, 16, 2.0));
        shared = byLook.insert(look, icon);
    }
    return *byCompany.insert(company, *shared);
}

} // namespace leadscope::ui
