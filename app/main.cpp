#include "ClientOptions.h"
#include "InstanceChannel.h"
#include "Terminal.h"
#include "TerminalClient.h"

#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "core/CredentialStore.h"
#include "core/LogFile.h"
#include "core/MemoryHygiene.h"
#include "core/Preferences.h"
#include "core/ServerConnection.h"
#include "core/ServerProfiles.h"
#include "core/Session.h"
#include "ui/Appearance.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
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

// The language chosen in Settings (appearance/language: nl, de, en), else the system's.
QLocale chosenLocale()
{
    const QString chosen = core::Preferences::language().value();
    if (chosen == QLatin1String("nl") || chosen == QLatin1String("de") || chosen == QLatin1String("en")) {
        const QLocale locale(chosen == QLatin1String("nl")   ? QLocale::Dutch
                             : chosen == QLatin1String("de") ? QLocale::German
                                                             : QLocale::English,
                             QLocale().territory());
        QLocale::setDefault(locale); // dates, numbers and percentages follow the language
        return locale;
    }
    return QLocale();
}

void installTranslators(QCoreApplication& app)
{
    const QLocale locale = chosenLocale();
    auto* own = new QTranslator(&app);
    // The language, else English (which carries the plural forms of the source texts).
    if (own->load(locale, QStringLiteral("leadscope"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/leadscope_en")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Release builds never write the client's memory to a core dump (it may
// hold tokens and the cache key), and on Linux other processes of the user
// cannot attach to it with ptrace (gdb, gcore). Debug builds keep both for
// development.
void hardenProcess()
{
    core::MemoryHygiene::scrubFreedMemory();
#if defined(NDEBUG) && defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
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

// `leadscope login | logout | sync | status | export`: no window.
int runTerminalCommand(int argc, char** argv)
{
    app::Terminal::attachParentConsole();
    // `export` lays out documents (fonts need a GUI application), also
    // from cron without a display: then on the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (QByteArrayView(argv[1]) == "export") {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    installTranslators(*app);
    return app::TerminalClient::run(QCoreApplication::arguments());
}

void installLogFile()
{
    QString logError;
    if (!core::LogFile::install(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")),
            &logError))
        qWarning("No log file: %s", qPrintable(logError));
}

// --server (with --ca, --profile) adds or updates a profile and makes it the
// current one; --profile alone chooses one. The exit code when that fails.
std::optional<int> chooseProfile(const app::ClientOptions& options, core::ServerProfiles* profiles)
{
    if (options.server().isValid()) {
        const QString name =
            options.profile().isEmpty() ? core::ServerProfiles::nameFor(options.server()) : options.profile();
        core::ServerProfile profile = profiles->find(name).value_or(core::ServerProfile{});
        profile.name = name;
        profile.url = options.server();
        profile.caFile = options.caFile();
        QString error;
        if (!profiles->save(profile, &error, name)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Leadscope"), error);
            return 1;
        }
        profiles->setCurrent(name);
    } else if (!options.profile().isEmpty()) {
        if (!profiles->find(options.profile())) {
            QTextStream(stderr)
                << "leadscope: "
                << QCoreApplication::translate("main", "There is no server profile called “%1”.").arg(options.profile())
                << "\n"
                << Qt::flush;
            return 2;
        }
        profiles->setCurrent(options.profile());
    }
    return std::nullopt;
}

// --screenshots: the tour of every screen, which quits when done; null without it.
std::unique_ptr<ui::ScreenshotTour> startTour(const app::ClientOptions& options, ui::MainWindow* window)
{
    if (options.screenshotDir().isEmpty())
        return nullptr;
    // The whole screen, as a user on it would size the window: on a 1440×900 screen that is
    // 1440×900 at 100 % and 720×450 logical pixels at 200 % (scripts/screenshots).
    window->resize(window->screen()->availableSize());
    auto tour = std::make_unique<ui::ScreenshotTour>(window, options.screenshotDir());
    QObject::connect(tour.get(), &ui::ScreenshotTour::finished, qApp,
                     [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    tour->start();
    return tour;
}

} // namespace

int main(int argc, char** argv)
{
    hardenProcess();
    if (argc > 1 && app::TerminalClient::handles({QString(), QString::fromLocal8Bit(argv[1])}))
        return runTerminalCommand(argc, argv);
    if (wantsTerminalOnly(argc, argv)) {
        app::Terminal::attachParentConsole();
        return runTerminal(argc, argv);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Leadscope"));
    installLogFile();
    QApplication::setDesktopFileName(QStringLiteral("app.leadscope.Leadscope"));
    installTranslators(app);

    app::ClientOptions options;
    if (options.parse(QCoreApplication::arguments()) != app::ClientOptions::Action::RunWindow) {
        QTextStream(stderr) << "leadscope: " << options.errorText() << "\n" << Qt::flush;
        return 2;
    }
    // A link from an e-mail goes to the Leadscope already running, if there is one.
    if (!options.companyId().isEmpty() && app::InstanceChannel::handOver(options.companyId()))
        return 0;

    ui::Appearance::apply(options.theme());

    // The server profiles; --server (with --ca, --profile) adds or updates one.
    QSettings settings;
    core::ServerProfiles profiles(settings);
    if (const auto failed = chooseProfile(options, &profiles))
        return *failed;

    QNetworkAccessManager network;
    core::CredentialStore keychain;
    std::unique_ptr<core::ServerConnection> connection;
    ui::MainWindow window(nullptr, nullptr);
    window.setProfiles(&profiles);
    // (Re)connects to the current profile; "Stay signed in" resumes with the
    // refresh token in the keychain, without a password.
    const auto connectToCurrent = [&] {
        const auto profile = profiles.current();
        std::unique_ptr<core::ServerConnection> next;
        if (profile) {
            QString error;
            next = core::ServerConnection::open(&network, &keychain, *profile, &error);
            if (!next)
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Leadscope"), error);
        }
        window.setConnection(next ? next->monitor() : nullptr, next ? next->session() : nullptr,
                             next ? next->sync() : nullptr);
        connection = std::move(next);
        if (!connection)
            return;
        connection->monitor()->check();
        if (profile->staySignedIn && !profile->lastEmail.isEmpty())
            connection->session()->resume(profile->lastEmail);
    };
    QObject::connect(&window, &ui::MainWindow::profileSwitchRequested, &window, connectToCurrent);
    const std::unique_ptr<ui::ScreenshotTour> tour = startTour(options, &window);
    app::InstanceChannel links;
    if (!tour) {
        QObject::connect(&links, &app::InstanceChannel::companyRequested, &window, &ui::MainWindow::openCompanyLink);
        links.listen(); // else another window listens: later links go there
    }
    window.show();
    connectToCurrent();
    if (!options.companyId().isEmpty())
        window.openCompanyLink(options.companyId());
    if (!profiles.current() && !tour)
        window.startFirstRun(); // no server yet: the guided first run, not an empty window
    return QApplication::exec();
}
