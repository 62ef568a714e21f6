#include "AlertsPage.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimeZone>
#include <QVBoxLayout>

namespace leadscope::ui {

AlertsPage::AlertsPage(core::AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_relay(new QLabel(this))
    , m_recipient(new QLabel(this))
    , m_alerts(new QCheckBox(tr("E-mail me when a &rule tells me about a company"), this))
    , m_digest(new QComboBox(this))
    , m_hour(hourBox("digestHourSetting", tr("Digest time")))
    , m_quiet(new QCheckBox(tr("&Quiet hours: hold rule e-mails from"), this))
    , m_quietFrom(hourBox("quietFromSetting", tr("Quiet hours start")))
    , m_quietTo(hourBox("quietToSetting", tr("Quiet hours end")))
    , m_written(new QLabel(this))
    , m_save(new QPushButton(tr("&Save e-mail settings"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_relay->setObjectName(QStringLiteral("alertsNoRelay"));
    m_relay->setWordWrap(true);
    m_relay->setText(tr("This server sends no e-mail: its operator has not set up a mail relay. Leadscope still "
                        "tells you on this desktop (General → Notify me)."));
    m_relay->setVisible(false);
    m_recipient->setObjectName(QStringLiteral("alertsRecipient"));
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts->setObjectName(QStringLiteral("emailAlertsSetting"));
    m_digest->setObjectName(QStringLiteral("digestSetting"));
    m_digest->setAccessibleName(tr("Digest"));
    m_digest->addItem(tr("No digest"), QStringLiteral("off"));
    m_digest->addItem(tr("Every day I choose below"), QStringLiteral("daily"));
    m_digest->addItem(tr("Once a week, on the day I choose below"), QStringLiteral("weekly"));
    m_quiet->setObjectName(QStringLiteral("quietHoursSetting"));
    m_written->setWordWrap(true);
    m_written->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(QStringLiteral("saveAlerts"));
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setWordWrap(true);

    QHBoxLayout* days = daysRow();
    auto* at = new QHBoxLayout;
    at->addWidget(m_digest);
    at->addWidget(new QLabel(tr("at"), this));
    at->addWidget(m_hour);
    at->addStretch(1);
    auto* quiet = new QHBoxLayout;
    quiet->addWidget(m_quiet);
    quiet->addWidget(m_quietFrom);
    quiet->addWidget(new QLabel(tr("to"), this));
    quiet->addWidget(m_quietTo);
    quiet->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("E-mail goes to:"), m_recipient);
    form->addRow(tr("Alerts:"), m_alerts);
    form->addRow(QString(), quiet);
    auto* digestLabel = new QLabel(tr("&Digest:"), this);
    digestLabel->setBuddy(m_digest);
    form->addRow(digestLabel, at);
    form->addRow(tr("On:"), days);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_relay);
    layout->addLayout(form);
    layout->addWidget(m_written);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_alerts, &QCheckBox::toggled, this, &AlertsPage::updateEnabled);
    connect(m_quiet, &QCheckBox::toggled, this, &AlertsPage::updateEnabled);
    connect(m_digest, &QComboBox::currentIndexChanged, this, [this] {
        // Weekly: keep the first chosen day only.
        if (m_digest->currentData().toString() == QLatin1String("weekly")) {
            bool kept = false;
            for (QCheckBox* box : std::as_const(m_days)) {
                box->setChecked(box->isChecked() && !kept);
                kept = kept || box->isChecked();
            }
            if (!kept)
                m_days.first()->setChecked(true);
        }
        updateEnabled();
    });
    connect(m_save, &QPushButton::clicked, this, &AlertsPage::save);
    updateEnabled();
}

QHBoxLayout* AlertsPage::daysRow()
{
    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("digestDay%1").arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        m_days.append(box);
        days->addWidget(box);
        // A weekly digest has one day: choosing another moves it.
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (on && m_digest->currentData().toString() == QLatin1String("weekly")) {
                for (QCheckBox* other : std::as_const(m_days)) {
                    if (other != box)
                        other->setChecked(false);
                }
            }
        });
    }
    days->addStretch(1);
    return days;
}

QComboBox* AlertsPage::hourBox(const char* objectName, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(accessibleName);
    for (int hour = 0; hour < 24; ++hour)
        box->addItem(QTime(hour, 0).toString(QStringLiteral("HH:mm")), hour);
    return box;
}

QString AlertsPage::mailLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Dutch:
        return QStringLiteral("nl");
    case QLocale::German:
        return QStringLiteral("de");
    default:
        return QStringLiteral("en");
    }
}

void AlertsPage::showProblem(const QString& message)
{
    m_status->setText(message);
    Appearance::showAsError(m_status);
    Q_EMIT failed(message);
}

void AlertsPage::load()
{
    m_status->clear();
    m_admin->alertPreferences(
        this, [this](const core::AdminClient::AlertPreferences& prefs, const core::ApiFailure& failure) {
            if (failure.isError()) {
                showProblem(failure.message);
                return;
            }
            showPreferences(prefs);
            Q_EMIT loaded();
        });
}

void AlertsPage::showPreferences(const core::AdminClient::AlertPreferences& prefs)
{
    m_prefs = prefs;
    m_relay->setVisible(!prefs.mailConfigured);
    Appearance::showAsError(m_relay);
    m_recipient->setText(prefs.email);
    m_alerts->setChecked(prefs.emailAlerts);
    m_digest->setCurrentIndex(std::max(0, m_digest->findData(prefs.digest)));
    m_hour->setCurrentIndex(std::clamp(prefs.digestHour, 0, 23));
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(prefs.digestDays.contains(day));
    m_quiet->setChecked(prefs.quietFrom >= 0);
    m_quietFrom->setCurrentIndex(prefs.quietFrom >= 0 ? prefs.quietFrom : 20);
    m_quietTo->setCurrentIndex(prefs.quietTo >= 0 ? prefs.quietTo : 7);
    updateEnabled();
}

void AlertsPage::updateEnabled()
{
    const bool mail = m_prefs.mailConfigured;
    const bool digest = m_digest->currentData().toString() != QLatin1String("off");
    for (QWidget* widget :
         {static_cast<QWidget*>(m_alerts), static_cast<QWidget*>(m_digest), static_cast<QWidget*>(m_save)})
        widget->setEnabled(mail);
    m_quiet->setEnabled(mail && m_alerts->isChecked());
    m_quietFrom->setEnabled(mail && m_alerts->isChecked() && m_quiet->isChecked());
    m_quietTo->setEnabled(m_quietFrom->isEnabled());
    m_hour->setEnabled(mail && digest);
    for (QCheckBox* box : std::as_const(m_days))
        box->setEnabled(mail && digest);
    const QString language = mailLanguage() == QLatin1String("nl")   ? QStringLiteral("Nederlands")
                             : mailLanguage() == QLatin1String("de") ? QStringLiteral("Deutsch")
                                                                     : QStringLiteral("English");
    m_written->setText(tr("E-mail is written in %1, the language of this desktop, with times in its time zone (%2). "
                          "It names companies, pages and times — never anything about a visitor.")
                           .arg(language, QString::fromUtf8(QTimeZone::systemTimeZoneId())));
}

core::AdminClient::AlertPreferences AlertsPage::chosen() const
{
    core::AdminClient::AlertPreferences p = m_prefs;
    p.emailAlerts = m_alerts->isChecked();
    p.digest = m_digest->currentData().toString();
    p.digestHour = m_hour->currentData().toInt();
    p.digestDays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked())
            p.digestDays << day;
    }
    p.quietFrom = m_quiet->isChecked() ? m_quietFrom->currentData().toInt() : -1;
    p.quietTo = m_quiet->isChecked() ? m_quietTo->currentData().toInt() : -1;
    p.language = mailLanguage();
    p.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return p;
}

void AlertsPage::save()
{
    const core::AdminClient::AlertPreferences p = chosen();
    // Said here, in the user's words, before the server would refuse it.
    if (p.digest != QLatin1String("off") && p.digestDays.isEmpty()) {
        showProblem(tr("Choose at least one day for the digest."));
        return;
    }
    if (p.quietFrom >= 0 && p.quietFrom == p.quietTo) {
        showProblem(tr("Quiet hours need a start and an end that differ."));
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_status->setPalette(palette());
    m_admin->saveAlertPreferences(
        this, p, [this](const core::AdminClient::AlertPreferences& prefs, const core::ApiFailure& failure) {
            m_save->setEnabled(m_prefs.mailConfigured);
            if (failure.isError()) {
                showProblem(failure.message);
                return;
            }
            showPreferences(prefs);
            m_status->setText(tr("Saved."));
            Q_EMIT saved();
        });
}

} // namespace leadscope::ui
