#include "SettingsDialog.h"

#include "AccountRemovalDialog.h"
#include "AlertsPage.h"
#include "PasswordChangeDialog.h"
#include "PrivacyPage.h"
#include "RecoveryCodesDialog.h"

#include "core/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

SettingsDialog::SettingsDialog(core::AdminClient* admin, const QUrl& server, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_tabs(new QTabWidget(this))
    , m_privacy(new PrivacyPage(admin, server, this))
    , m_alerts(new AlertsPage(admin, this))
    , m_accountText(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* privacyScroll = new QScrollArea(this);
    privacyScroll->setWidget(m_privacy);
    privacyScroll->setWidgetResizable(true);
    privacyScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(m_alerts, tr("Al&erts"));
    m_tabs->addTab(privacyScroll, tr("&Privacy"));
    m_tabs->addTab(buildAccount(), tr("A&ccount"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_privacy, &PrivacyPage::dpaAccepted, this, &SettingsDialog::dpaAccepted);
    connect(m_privacy, &PrivacyPage::organisationChanged, this, &SettingsDialog::load);
    resize(760, 720);
    load();
    m_alerts->load();
}

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QWidget* SettingsDialog::buildGeneral()
{
    auto* page = new QWidget(this);
    using core::Preferences;
    auto* theme = new QComboBox(page);
    theme->setObjectName(QStringLiteral("themeSetting"));
    theme->setAccessibleName(tr("Appearance")); // for screen readers that read names, not label relations
    theme->addItem(tr("As the system"), QStringLiteral("system"));
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    theme->setCurrentIndex(std::max(0, theme->findData(Preferences::theme().value())));
    auto* language = new QComboBox(page);
    language->setObjectName(QStringLiteral("languageSetting"));
    language->setAccessibleName(tr("Language"));
    language->addItem(tr("As the system"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->setCurrentIndex(std::max(0, language->findData(Preferences::language().value())));
    auto* languageNote = new QLabel(tr("Applies when Leadscope starts again."), page);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto* newCompanies = new QCheckBox(tr("When &new companies visit"), page);
    newCompanies->setChecked(Preferences::notifyNewCompanies().value());
    auto* watched = new QCheckBox(tr("When companies tagged “watch” &return"), page);
    watched->setChecked(Preferences::notifyWatched().value());
    auto* rules = new QCheckBox(tr("When a rule asks to &tell me"), page);
    rules->setObjectName(QStringLiteral("notifyRulesSetting"));
    rules->setChecked(Preferences::notifyRules().value());
    auto* idle = new QSpinBox(page);
    idle->setObjectName(QStringLiteral("idleLockSetting"));
    idle->setRange(0, 240);
    idle->setSpecialValueText(tr("Never"));
    idle->setSuffix(tr(" minutes"));
    idle->setValue(Preferences::idleLockMinutes().value());
    auto* sync = new QSpinBox(page);
    sync->setObjectName(QStringLiteral("syncIntervalSetting"));
    sync->setRange(1, 120);
    sync->setSuffix(tr(" minutes"));
    sync->setValue(Preferences::syncIntervalMinutes().value());
    auto* months = new QSpinBox(page);
    months->setObjectName(QStringLiteral("cacheMonthsSetting"));
    months->setRange(Preferences::kMinCacheMonths, Preferences::kMaxCacheMonths);
    months->setSuffix(tr(" months"));
    months->setValue(
        qBound(Preferences::kMinCacheMonths, Preferences::cacheMonths().value(), Preferences::kMaxCacheMonths));
    auto* monthsNote = new QLabel(tr("Older visits stay on the server: a company's profile shows them when you ask. "
                                     "A longer period downloads your leads again."),
                                  page);
    monthsNote->setObjectName(QStringLiteral("cacheMonthsNote"));
    monthsNote->setWordWrap(true);
    monthsNote->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its setting, not centred in a taller row
    monthsNote->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Appearance:"), theme);
    form->addRow(tr("Lang&uage:"), language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Notify me:"), newCompanies);
    form->addRow(QString(), watched);
    form->addRow(QString(), rules);
    form->addRow(tr("&Lock after inactivity:"), idle);
    form->addRow(tr("&Sync every:"), sync);
    form->addRow(tr("&Keep visits of the last:"), months);
    form->addRow(QString(), monthsNote);

    const auto save = [this](const auto& preference, const auto& value) {
        preference.set(value);
        Q_EMIT generalChanged();
    };
    connect(theme, &QComboBox::currentIndexChanged, this,
            [save, theme] { save(Preferences::theme(), theme->currentData().toString()); });
    connect(language, &QComboBox::currentIndexChanged, this,
            [save, language] { save(Preferences::language(), language->currentData().toString()); });
    connect(newCompanies, &QCheckBox::toggled, this, [save](bool on) { save(Preferences::notifyNewCompanies(), on); });
    connect(watched, &QCheckBox::toggled, this, [save](bool on) { save(Preferences::notifyWatched(), on); });
    connect(rules, &QCheckBox::toggled, this, [save](bool on) { save(Preferences::notifyRules(), on); });
    connect(idle, &QSpinBox::valueChanged, this,
            [save](int minutes) { save(Preferences::idleLockMinutes(), minutes); });
    connect(sync, &QSpinBox::valueChanged, this,
            [save](int minutes) { save(Preferences::syncIntervalMinutes(), minutes); });
    connect(months, &QSpinBox::valueChanged, this, [save](int value) { save(Preferences::cacheMonths(), value); });
    return page;
}

QWidget* SettingsDialog::buildAccount()
{
    auto* page = new QWidget(this);
    m_accountText->setObjectName(QStringLiteral("accountText"));
    m_accountText->setWordWrap(true);
    m_accountText->setTextFormat(Qt::RichText);
    auto* remove = new QPushButton(tr("&Delete my account…"), page);
    remove->setObjectName(QStringLiteral("deleteAccount"));
    auto* password = new QPushButton(tr("Change pass&word…"), page);
    password->setObjectName(QStringLiteral("changePassword"));
    auto* recovery = new QPushButton(tr("New &recovery codes…"), page);
    recovery->setObjectName(QStringLiteral("newRecoveryCodes"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_accountText);
    auto* security = new QHBoxLayout;
    security->addWidget(password);
    security->addWidget(recovery);
    security->addStretch(1);
    layout->addLayout(security);
    layout->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(remove);
    layout->addLayout(row);
    connect(password, &QPushButton::clicked, this, [this] {
        auto* dialog = new PasswordChangeDialog(m_admin, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PasswordChangeDialog::passwordChanged, this, [this] {
            QMessageBox::information(this, tr("Password changed"),
                                     tr("Your password is changed; your other sessions have ended."));
        });
        dialog->open();
    });
    connect(recovery, &QPushButton::clicked, this, &SettingsDialog::askForRecoveryCodes);
    connect(remove, &QPushButton::clicked, this, [this] {
        // A child of the main window: this dialog closes when the account is gone.
        auto* dialog = new AccountRemovalDialog(m_admin, m_me.email, m_me.organisationName,
                                                parentWidget() ? parentWidget() : this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AccountRemovalDialog::accountDeleted, this, [this] {
            reject();
            Q_EMIT accountDeleted();
        });
        dialog->open();
    });
    return page;
}

void SettingsDialog::askForRecoveryCodes()
{
    bool ok = false;
    const QString code = QInputDialog::getText(
        this, tr("New recovery codes"),
        tr("Your current recovery codes stop working. Enter a fresh code from your authenticator app:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    m_admin->newRecoveryCodes(this, code.trimmed(), [this](const QStringList& codes, const core::ApiFailure& failure) {
        if (failure.isError()) {
            m_error->setText(failure.message);
            return;
        }
        auto* dialog = new RecoveryCodesDialog(codes, m_me.email, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void SettingsDialog::load()
{
    m_admin->me(this, [this](const core::AdminClient::Me& me, const core::ApiFailure& failure) {
        m_error->setText(failure.message);
        m_error->setVisible(failure.isError());
        if (failure.isError())
            return;
        m_me = me;
        m_accountText->setText(tr("<p>Signed in as <b>%1</b>, %2 at <b>%3</b>.</p>")
                                   .arg(me.email.toHtmlEscaped(), core::AdminClient::roleLabel(me.role).toLower(),
                                        me.organisationName.toHtmlEscaped()));
        m_privacy->setAccount(me);
        Q_EMIT accountLoaded();
    });
}

} // namespace leadscope::ui
