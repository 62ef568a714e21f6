#include "ClientOptions.h"

#include <QCoreApplication>

namespace leadscope::app {

ClientOptions::ClientOptions()
    : m_serverOption(QStringLiteral("server"),
                     tr("Leadscope server to connect to, e.g. https://leadscope.example.com."), tr("url"))
    , m_caOption(QStringLiteral("ca"),
                 tr("Trust this certificate authority (PEM) for the server, in addition to "
                    "the system's."),
                 tr("file"))
    , m_profileOption(QStringLiteral("profile"),
                      tr("Use this server profile; with --server, the name under which that server is kept."),
                      tr("name"))
    , m_screenshotsOption(QStringLiteral("screenshots"),
                          tr("After signing in and syncing, save a PNG of every screen in this folder, then quit "
                             "(for documentation and review)."),
                          tr("folder"))
    , m_themeOption(QStringLiteral("theme"),
                    tr("Look of the window: system (default, follows the desktop), light or dark."), tr("theme"))
    , m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                   ClientOptions::tr("Show this help and exit."))
    , m_versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                      ClientOptions::tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(ClientOptions::tr(
        "Leadscope shows which companies visit your website and what they looked at, without storing IP "
        "addresses.\n\nWithout a window: leadscope login | logout | sync | status | export (each with --help).\n"
        "Exit codes: 0 done, 1 failed, 2 bad arguments, 3 keychain problem, 4 DPA not accepted, 5 not signed "
        "in, 6 not allowed for your role."));
    m_parser.addOption(m_serverOption);
    m_parser.addOption(m_caOption);
    m_parser.addOption(m_profileOption);
    m_parser.addOption(m_screenshotsOption);
    m_parser.addOption(m_themeOption);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addPositionalArgument(QStringLiteral("link"),
                                   ClientOptions::tr("A leadscope://company/… link from an e-mail: opens that company "
                                                     "(in the Leadscope that is already running, if there is one)."),
                                   QStringLiteral("[link]"));
}

QString ClientOptions::companyOf(const QString& text)
{
    const QUrl link(text, QUrl::StrictMode);
    const QString path = link.path(QUrl::FullyDecoded);
    if (!link.isValid() || link.scheme().compare(QLatin1String("leadscope"), Qt::CaseInsensitive) != 0 ||
        link.host() != QLatin1String("company") || !path.startsWith(u'/') || !isCompanyId(path.mid(1)))
        return {};
    return path.mid(1);
}

bool ClientOptions::isCompanyId(const QString& id)
{
    if (id.isEmpty() || id.size() > 200)
        return false;
    for (const QChar c : id) {
        if (!c.isPrint() || c.isSpace() || c == u'/')
            return false;
    }
    return true;
}

ClientOptions::Action ClientOptions::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Action::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Action::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Action::ShowVersion;
    // One leadscope://company/<id> link (e-mail alerts and digests; the desktop file registers the scheme).
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() == 1 && positional.first().startsWith(QLatin1String("leadscope:"), Qt::CaseInsensitive)) {
        m_companyId = companyOf(positional.first());
        if (m_companyId.isEmpty()) {
            m_error = tr("“%1” is not a Leadscope link (leadscope://company/…).").arg(positional.first());
            return Action::Error;
        }
    } else if (!positional.isEmpty()) {
        m_error = tr("Unexpected argument “%1”.").arg(positional.first());
        return Action::Error;
    }
    if (m_parser.isSet(m_serverOption)) {
        m_server = QUrl::fromUserInput(m_parser.value(m_serverOption));
        if (!m_server.isValid() || m_server.scheme() != QLatin1String("https")) {
            m_error = tr("--server needs an https:// address.");
            return Action::Error;
        }
    }
    m_caFile = m_parser.value(m_caOption);
    m_profile = m_parser.value(m_profileOption).trimmed();
    m_screenshotDir = m_parser.value(m_screenshotsOption);
    m_theme = m_parser.value(m_themeOption);
    if (!m_theme.isEmpty() && m_theme != QLatin1String("system") && m_theme != QLatin1String("light") &&
        m_theme != QLatin1String("dark")) {
        m_error = tr("--theme is system, light or dark.");
        return Action::Error;
    }
    return Action::RunWindow;
}

} // namespace leadscope::app
