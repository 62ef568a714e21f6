#include "PrivacyPage.h"

#include "Appearance.h"
#include "DocumentPrinter.h"
#include "PrivacyStatementDialog.h"
#include "TrackerCheck.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace leadscope::ui {

PrivacyPage::PrivacyPage(core::AdminClient* admin, const QUrl& server, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_server(server)
    , m_dpaStatus(new QLabel(this))
    , m_dpaText(new QTextBrowser(this))
    , m_confirm(new QCheckBox(this))
    , m_accept(new QPushButton(tr("&Accept the agreement"), this))
    , m_whoCanAccept(new QLabel(this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_savePdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_mode(new QComboBox(this))
    , m_retention(new QSpinBox(this))
    , m_applyTracking(new QPushButton(tr("Appl&y"), this))
    , m_trackingNote(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_newDomain(new QLineEdit(this))
    , m_addWebsite(new QPushButton(tr("Add &website"), this))
    , m_removeWebsite(new QPushButton(tr("Re&move…"), this))
    , m_snippet(new QPlainTextEdit(this))
    , m_trackerCheck(new TrackerCheck(admin, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("privacyPage"));
    setUpWidgets();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(buildDpaBox(), 3);
    layout->addWidget(buildTrackingBox(), 2);
}

void PrivacyPage::setUpWidgets()
{
    m_dpaStatus->setObjectName(QStringLiteral("dpaStatus"));
    m_dpaStatus->setWordWrap(true);
    m_dpaText->setObjectName(QStringLiteral("dpaText"));
    m_dpaText->setOpenExternalLinks(true);
    m_dpaText->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    m_confirm->setObjectName(QStringLiteral("dpaConfirm"));
    m_accept->setObjectName(QStringLiteral("dpaAccept"));
    m_accept->setEnabled(false);
    m_whoCanAccept->setObjectName(QStringLiteral("dpaWhoCanAccept"));
    m_whoCanAccept->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("dpaPrint"));
    m_savePdf->setObjectName(QStringLiteral("dpaSavePdf"));
    m_mode->setObjectName(QStringLiteral("trackingMode"));
    for (const char* mode : {"legitimate-interest", "consent"})
        m_mode->addItem(core::AdminClient::trackingModeLabel(QLatin1String(mode)), QLatin1String(mode));
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(1, 25);
    m_retention->setSuffix(tr(" months"));
    m_applyTracking->setObjectName(QStringLiteral("applyTracking"));
    m_trackingNote->setWordWrap(true);
    m_site->setObjectName(QStringLiteral("snippetSite"));
    m_site->setAccessibleName(tr("Website of the snippet"));
    m_newDomain->setObjectName(QStringLiteral("newDomain"));
    m_newDomain->setAccessibleName(tr("Domain of the website to add"));
    m_newDomain->setPlaceholderText(tr("www.company.example"));
    m_addWebsite->setObjectName(QStringLiteral("addWebsite"));
    m_removeWebsite->setObjectName(QStringLiteral("removeWebsite"));
    m_removeWebsite->setToolTip(tr("Stop tracking the website chosen above"));
    m_snippet->setObjectName(QStringLiteral("trackerSnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_snippet->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_error->setObjectName(QStringLiteral("privacyError"));
    m_error->setVisible(false);
    Appearance::showAsError(m_error);
}

QWidget* PrivacyPage::buildDpaBox()
{
    auto* dpa = new QGroupBox(tr("Data Processing Agreement"), this);
    auto* dpaLayout = new QVBoxLayout(dpa);
    dpaLayout->addWidget(m_dpaStatus);
    dpaLayout->addWidget(m_dpaText, 1);
    auto* acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_confirm, 1);
    acceptRow->addWidget(m_accept);
    dpaLayout->addLayout(acceptRow);
    dpaLayout->addWidget(m_whoCanAccept);
    auto* printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(m_print);
    printRow->addWidget(m_savePdf);
    dpaLayout->addLayout(printRow);
    connect(m_confirm, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
    connect(m_accept, &QPushButton::clicked, this, &PrivacyPage::accept);
    connect(m_print, &QPushButton::clicked, this, [this] { DocumentPrinter::print(this, m_dpaText->document()); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        DocumentPrinter::saveAsPdf(this, m_dpaText->document(), tr("Leadscope DPA %1.pdf").arg(m_dpa.version));
    });
    return dpa;
}

QWidget* PrivacyPage::buildTrackingBox()
{
    auto* tracking = new QGroupBox(tr("Tracking on your websites"), this);
    auto* trackingForm = new QFormLayout(tracking);
    trackingForm->addRow(tr("&Legal basis:"), m_mode);
    trackingForm->addRow(tr("&Keep visits for:"), m_retention);
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_trackingNote, 1);
    applyRow->addWidget(m_applyTracking);
    trackingForm->addRow(applyRow);
    auto* copy = new QPushButton(tr("C&opy snippet"), this);
    copy->setObjectName(QStringLiteral("copySnippet"));
    auto* snippetRow = new QHBoxLayout;
    snippetRow->addWidget(m_site, 1);
    snippetRow->addWidget(copy);
    trackingForm->addRow(tr("Website:"), snippetRow);
    auto* websitesRow = new QHBoxLayout;
    websitesRow->addWidget(m_newDomain, 1);
    websitesRow->addWidget(m_addWebsite);
    websitesRow->addWidget(m_removeWebsite);
    trackingForm->addRow(QString(), websitesRow);
    trackingForm->addRow(tr("Tracker snippet:"), m_snippet);
    trackingForm->addRow(QString(), m_trackerCheck);
    auto* statement = new QPushButton(tr("Privacy &statement and register entry…"), this);
    statement->setObjectName(QStringLiteral("privacyStatement"));
    auto* statementNote = new QLabel(tr("You must describe Leadscope in your privacy statement and in your register "
                                        "of processing activities. Leadscope writes both for you, in English, "
                                        "Dutch and German."),
                                     this);
    statementNote->setWordWrap(true);
    trackingForm->addRow(statementNote);
    auto* statementRow = new QHBoxLayout;
    statementRow->addStretch(1);
    statementRow->addWidget(statement);
    trackingForm->addRow(statementRow);
    connect(m_applyTracking, &QPushButton::clicked, this, &PrivacyPage::applyTracking);
    connect(m_site, &QComboBox::currentIndexChanged, this, &PrivacyPage::updateSnippet);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PrivacyPage::updateSnippet);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_snippet->toPlainText()); });
    connect(statement, &QPushButton::clicked, this, &PrivacyPage::openStatement);
    connect(m_addWebsite, &QPushButton::clicked, this, [this] { addWebsite(m_newDomain->text().trimmed()); });
    connect(m_newDomain, &QLineEdit::returnPressed, m_addWebsite, &QPushButton::click);
    connect(m_removeWebsite, &QPushButton::clicked, this, &PrivacyPage::confirmRemoveWebsite);
    return tracking;
}

void PrivacyPage::openStatement()
{
    core::PrivacyStatement::Facts facts;
    facts.organisation = m_me.organisationName;
    for (const core::AdminClient::Website& site : std::as_const(m_me.websites))
        facts.websites << site.domain;
    facts.trackingMode = m_me.trackingMode;
    facts.retentionMonths = m_me.retentionMonths;
    facts.dpaVersion = m_me.dpa.currentVersion;
    auto* dialog = new PrivacyStatementDialog(facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PrivacyPage::setAccount(const core::AdminClient::Me& me)
{
    m_me = me;
    const bool admin = me.isAdmin();
    m_confirm->setText(tr("I have read this agreement and accept it on behalf of %1").arg(me.organisationName));
    m_confirm->setVisible(admin);
    m_accept->setVisible(admin);
    m_whoCanAccept->setVisible(!admin);
    m_whoCanAccept->setText(me.admins.isEmpty()
                                ? tr("Only an admin of %1 can accept the agreement.").arg(me.organisationName)
                                : tr("Only an admin of %1 can accept the agreement: %2.")
                                      .arg(me.organisationName, QLocale().createSeparatedList(me.admins)));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(me.trackingMode)));
    m_retention->setValue(me.retentionMonths);
    m_mode->setEnabled(admin);
    m_retention->setEnabled(admin);
    m_applyTracking->setVisible(admin);
    m_trackingNote->setText(admin ? tr("Changes apply to new visits at once; older visits are removed when they pass "
                                       "the new period.")
                                  : tr("Only an admin can change these."));
    {
        const QSignalBlocker quiet(m_site);
        const QString shown = m_selectAfterLoad.isEmpty() ? m_site->currentText() : m_selectAfterLoad;
        m_site->clear();
        for (const core::AdminClient::Website& site : me.websites)
            m_site->addItem(site.domain, site.id);
        m_site->setCurrentIndex(std::max(0, m_site->findText(shown)));
        m_selectAfterLoad.clear();
    }
    m_newDomain->setVisible(admin);
    m_addWebsite->setVisible(admin);
    m_removeWebsite->setVisible(admin);
    m_removeWebsite->setEnabled(m_site->count() > 0);
    updateSnippet();
    showDpaStatus(me.dpa);
    if (m_dpa.version != me.dpa.currentVersion)
        loadDpa(); // the text only when it is not the one shown already (not after every settings change)
}

void PrivacyPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PrivacyPage::loadDpa()
{
    m_dpaText->setPlainText(tr("Loading the agreement…"));
    m_admin->dpa(this, [this](const core::AdminClient::Dpa& dpa, const core::ApiFailure& failure) {
        if (failure.isError()) {
            m_dpaText->clear();
            showError(failure.message);
            return;
        }
        m_dpa = dpa;
        // The translation when there is one (it says that the English text is binding).
        m_dpaText->setMarkdown(dpa.translatedMarkdown.isEmpty() ? dpa.markdown : dpa.translatedMarkdown);
        m_dpaText->document()->setMetaInformation(QTextDocument::DocumentTitle,
                                                  tr("Data Processing Agreement %1").arg(dpa.version));
        showDpaStatus(dpa.status);
    });
}

void PrivacyPage::showDpaStatus(const core::AdminClient::DpaStatus& status)
{
    const QLocale locale;
    if (status.accepted) {
        m_dpaStatus->setText(tr("Version %1 was accepted for %2 by %3 on %4.")
                                 .arg(status.currentVersion, m_me.organisationName, status.acceptedBy,
                                      locale.toString(status.acceptedAt.toLocalTime(), QLocale::LongFormat)));
    } else if (!status.acceptedVersion.isEmpty()) {
        m_dpaStatus->setText(tr("<b>Version %1 is waiting for an admin.</b> %2 accepted version %3 on %4; until the "
                                "new version is accepted, no visit data is shown.")
                                 .arg(status.currentVersion.toHtmlEscaped(), status.acceptedBy.toHtmlEscaped(),
                                      status.acceptedVersion.toHtmlEscaped(),
                                      locale.toString(status.acceptedAt.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_dpaStatus->setText(tr("<b>Version %1 has not been accepted yet.</b> The law requires this agreement before "
                                "Leadscope may process visits for %2, so no visit data is shown until an admin "
                                "accepts it.")
                                 .arg(status.currentVersion.toHtmlEscaped(), m_me.organisationName.toHtmlEscaped()));
    }
    const bool open = !status.accepted && m_me.isAdmin();
    m_confirm->setVisible(open);
    m_accept->setVisible(open);
    m_whoCanAccept->setVisible(!status.accepted && !m_me.isAdmin());
}

void PrivacyPage::accept()
{
    if (m_dpa.version.isEmpty() || !m_confirm->isChecked())
        return;
    m_accept->setEnabled(false);
    m_admin->acceptDpa(this, m_dpa.version,
                       [this](const core::AdminClient::DpaStatus& status, const core::ApiFailure& failure) {
                           m_accept->setEnabled(m_confirm->isChecked());
                           if (failure.isError()) {
                               showError(failure.message);
                               return;
                           }
                           showError({});
                           m_me.dpa = status;
                           showDpaStatus(status);
                           Q_EMIT dpaAccepted();
                       });
}

void PrivacyPage::applyTracking()
{
    const QString mode = m_mode->currentData().toString();
    const int months = m_retention->value();
    m_applyTracking->setEnabled(false);
    m_admin->updateOrganisation(this, mode, months, [this, mode, months](const core::ApiFailure& failure) {
        m_applyTracking->setEnabled(true);
        if (failure.isError()) {
            showError(failure.message);
            return;
        }
        showError({});
        m_me.trackingMode = mode;
        m_me.retentionMonths = months;
        m_trackingNote->setText(tr("Saved."));
        Q_EMIT organisationChanged();
    });
}

void PrivacyPage::updateSnippet()
{
    const QString siteId = m_site->currentData().toString();
    for (const core::AdminClient::Website& site : std::as_const(m_me.websites)) {
        if (site.id == siteId)
            m_trackerCheck->setWebsite(site.id, site.domain, site.lastHitAt);
    }
    m_trackerCheck->setVisible(m_me.isAdmin() && m_site->count() > 0);
    if (m_site->count() == 0) {
        m_snippet->setPlainText(m_me.isAdmin() ? tr("Add your website's domain above to get its snippet.")
                                               : tr("An admin adds the websites; their snippets show here."));
        return;
    }
    QUrl script = m_server;
    script.setPath(QStringLiteral("/t.js"));
    const bool consent = m_mode->currentData().toString() == QLatin1String("consent");
    QString snippet = QStringLiteral("<script async src=\"%1\" data-site=\"%2\"%3></script>")
                          .arg(script.toString(), m_site->currentData().toString(),
                               consent ? QStringLiteral(" data-mode=\"consent\"") : QString());
    snippet +=
        u'\n' + (consent ? tr("<!-- Paste before </head> on every page of %1. Call leadscope('consent') when the "
                              "visitor agrees in your cookie banner; until then nothing is set or sent. -->")
                               .arg(m_site->currentText())
                         : tr("<!-- Paste before </head> on every page of %1. -->").arg(m_site->currentText()));
    m_snippet->setPlainText(snippet);
}

void PrivacyPage::addWebsite(const QString& domain)
{
    if (domain.isEmpty()) {
        showError(tr("Enter the website's domain, e.g. www.company.example."));
        return;
    }
    m_addWebsite->setEnabled(false);
    m_admin->addWebsite(this, domain, [this](const core::AdminClient::Website& site, const core::ApiFailure& failure) {
        m_addWebsite->setEnabled(true);
        if (failure.isError()) {
            showError(failure.message);
            return;
        }
        showError({});
        m_newDomain->clear();
        m_selectAfterLoad = site.domain;
        Q_EMIT organisationChanged(); // read back: the new website with its snippet and first-hit check
    });
}

void PrivacyPage::removeWebsite(const QString& id)
{
    m_admin->removeWebsite(this, id, [this](const core::ApiFailure& failure) {
        if (failure.isError()) {
            showError(failure.message);
            return;
        }
        showError({});
        Q_EMIT organisationChanged();
    });
}

void PrivacyPage::confirmRemoveWebsite()
{
    if (m_site->count() == 0)
        return;
    const QString domain = m_site->currentText();
    if (QMessageBox::question(this, tr("Remove website"),
                              tr("Stop tracking %1? Its snippet stops working within a minute; its visits stay until "
                                 "the retention period removes them.")
                                  .arg(domain),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        removeWebsite(m_site->currentData().toString());
}

} // namespace leadscope::ui
