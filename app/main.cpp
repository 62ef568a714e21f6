#include "ClientOptions.h"

#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace leadscope;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("leadscope.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSCOPE_VERSION));
}

void installTranslators(QCoreApplication& app)
{
    auto* own = new QTranslator(&app);
    // The system language, else English (which carries the plural forms of the source texts).
    if (own->load(QLocale(), QStringLiteral("leadscope"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/leadscope_en")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

bool wantsTerminalOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// --help / --version / bad arguments: answer on the terminal, no display needed.
int runTerminal(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    app::ClientOptions options;
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (options.parse(QCoreApplication::arguments())) {
    case app::ClientOptions::Action::ShowHelp:
        out << options.helpText() << Qt::flush;
        return 0;
    case app::ClientOptions::Action::ShowVersion:
        out << "leadscope " << LEADSCOPE_VERSION << " (Qt " << qVersion() << ")\n" << Qt::flush;
        return 0;
    case app::ClientOptions::Action::Error:
        err << "leadscope: " << options.errorText() << "\n" << Qt::flush;
        return 2;
    case app::ClientOptions::Action::RunWindow:
        break;
    }
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsTerminalOnly(argc, argv))
        return runTerminal(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Leadscope"));
    QApplication::setDesktopFileName(QStringLiteral("app.leadscope.Leadscope"));
    installTranslators(app);

    app::ClientOptions options;
    if (options.parse(QCoreApplication::arguments()) != app::ClientOptions::Action::RunWindow) {
        QTextStream(stderr) << "leadscope: " << options.errorText() << "\n" << Qt::flush;
        return 2;
    }

    QNetworkAccessManager network;
    std::unique_ptr<core::ApiClient> client;
    std::unique_ptr<core::ConnectionMonitor> monitor;
    core::CredentialStore keychain;
    std::unique_ptr<core::Session> session;
    if (options.server().isValid()) {
        core::ServerEndpoint endpoint(options.server(), options.caFile());
        QString error;
        if (!endpoint.load(&error)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Leadscope"), error);
            return 1;
        }
        client = std::make_unique<core::ApiClient>(&network, endpoint);
        monitor = std::make_unique<core::ConnectionMonitor>(client.get());
        session = std::make_unique<core::Session>(client.get(), &keychain);
    }

    ui::MainWindow window(monitor.get(), session.get());
    window.show();
    if (monitor)
        monitor->check();
    // "Stay signed in": the refresh token in the keychain signs in without a password.
    const QSettings settings;
    const QString email = settings.value(QStringLiteral("account/email")).toString();
    if (session && settings.value(QStringLiteral("account/staySignedIn")).toBool() && !email.isEmpty())
        session->resume(email);
    return QApplication::exec();
}
