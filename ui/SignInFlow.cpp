#include "SignInFlow.h"

#include "LoginDialog.h"
#include "ServerProfileDialog.h"
#include "TwoFactorDialog.h"

#include <QMessageBox>
#include <QUrl>

namespace leadscope::ui {

SignInFlow::SignInFlow(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

void SignInFlow::setProfiles(core::ServerProfiles* profiles)
{
    m_profiles = profiles;
}

void SignInFlow::setConnection(core::ConnectionMonitor* monitor, core::Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_monitor = monitor;
    m_session = session;
    if (m_session) {
        connect(m_session, &core::Session::enrolmentRequired, this,
                [this](const QString& secret, const QString& uri) { showTwoFactor(std::pair(secret, uri)); });
        connect(m_session, &core::Session::codeRequired, this, [this] { showTwoFactor(std::nullopt); });
    }
    refresh();
}

void SignInFlow::showTwoFactor(const std::optional<std::pair<QString, QString>>& enrolment)
{
    if (m_login)
        m_login->accept();
    auto* dialog = new TwoFactorDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (enrolment)
        dialog->showEnrolment(enrolment->first, enrolment->second);
    else
        dialog->showCodeEntry();
    connect(dialog, &TwoFactorDialog::codeEntered, m_session, &core::Session::submitCode);
    m_twoFactor = dialog;
    dialog->open();
}

bool SignInFlow::showFailure(const QString& message)
{
    if (m_twoFactor && m_session && m_session->state() == core::Session::State::AwaitingCode) {
        m_twoFactor->showError(message);
    } else if (m_twoFactor) {
        m_twoFactor->reject(); // the sign-in step expired: back to the password
        start();
        if (m_login)
            m_login->showError(message);
    } else if (m_login) {
        m_login->showError(message);
    } else {
        return false;
    }
    return true;
}

void SignInFlow::finish(bool signedIn)
{
    for (QDialog* dialog : {static_cast<QDialog*>(m_twoFactor.data()), static_cast<QDialog*>(m_login.data())}) {
        if (!dialog)
            continue;
        if (signedIn)
            dialog->accept();
        else
            dialog->reject();
    }
}

QString SignInFlow::securityText() const
{
    if (!m_session)
        return tr("Add the server you want to sign in to.");
    const core::ConnectionMonitor::Status status = m_monitor ? m_monitor->status() : core::ConnectionMonitor::Status{};
    switch (status.state) {
    case core::ConnectionMonitor::State::Connected:
        return tr("%1 · %2, certificate verified (issued by %3)").arg(status.server, status.tlsProtocol, status.issuer);
    case core::ConnectionMonitor::State::Failed:
        return status.message;
    default:
        return tr("%1 · not verified yet").arg(status.server);
    }
}

void SignInFlow::refresh()
{
    if (!m_login)
        return;
    if (m_profiles) {
        const auto current = m_profiles->current();
        m_login->setProfiles(m_profiles->all(), current ? current->name : QString());
        if (current) {
            m_login->setEmail(current->lastEmail);
            m_login->setStaySignedIn(current->staySignedIn);
        }
    } else if (m_monitor) {
        // No profile list (a bare window): the one server it was given.
        const core::ServerProfile only{
            m_monitor->status().server, QUrl(QStringLiteral("https://") + m_monitor->status().server), {}, {}, false};
        m_login->setProfiles({only}, only.name);
    } else {
        m_login->setProfiles({}, {});
    }
    m_login->setServerState(securityText(), m_session != nullptr);
}

void SignInFlow::start()
{
    if (m_login || (m_session && m_session->state() != core::Session::State::SignedOut))
        return;
    auto* dialog = new LoginDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    refresh();
    connect(dialog, &LoginDialog::signInRequested, this,
            [this](const QString& email, const QByteArray& password, bool stay) {
                if (!m_session)
                    return;
                if (m_profiles) // never a secret: the address and the choice
                    m_profiles->remember(m_profiles->currentName(), email, stay);
                m_session->signIn(email, protocol::SecretBytes(password), stay);
            });
    connect(dialog, &LoginDialog::profileSelected, this, [this](const QString& name) {
        if (!m_profiles || name.isEmpty() || name == m_profiles->currentName())
            return;
        m_profiles->setCurrent(name);
        Q_EMIT profileSwitchRequested(name); // → setConnection() → refresh()
    });
    connect(dialog, &LoginDialog::addProfileRequested, this, [this] { editProfile({}); });
    connect(dialog, &LoginDialog::editProfileRequested, this, &SignInFlow::editProfile);
    dialog->open();
}

void SignInFlow::editProfile(const QString& name)
{
    if (!m_profiles)
        return;
    auto* dialog = new ServerProfileDialog(m_login ? static_cast<QWidget*>(m_login) : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto existing = m_profiles->find(name))
        dialog->setProfile(*existing);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const core::ServerProfile profile = dialog->profile();
        QString error;
        if (!m_profiles->save(profile, &error, name)) {
            QMessageBox::warning(m_window, tr("Server"), error);
            return;
        }
        m_profiles->setCurrent(profile.name);
        Q_EMIT profileSwitchRequested(profile.name); // even when edited: the address or CA may have changed
        refresh();
    });
    dialog->open();
}

} // namespace leadscope::ui
