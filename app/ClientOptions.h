#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace leadscope::app {

// The desktop client's command line. Parsed before any window exists, so
// --help and --version work without a display.
class ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    enum class Action
    {
        RunWindow,
        ShowHelp,
        ShowVersion,
        Error
    };

    ClientOptions();
    Action parse(const QStringList& arguments);

    QString helpText() const { return m_parser.helpText(); }
    QString errorText() const { return m_error; }
    QUrl server() const { return m_server; }
    QString caFile() const { return m_caFile; }
    QString profile() const { return m_profile; }
    QString screenshotDir() const { return m_screenshotDir; }
    QString theme() const { return m_theme; }
    // From a leadscope://company/<id> link; empty without one.
    QString companyId() const { return m_companyId; }
    // The company a leadscope://company/<id> link names; empty when it is not such a link.
    static QString companyOf(const QString& link);
    // What a link may name: at most 200 printable characters, no space or slash.
    static bool isCompanyId(const QString& id);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_caOption;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_screenshotsOption;
    QCommandLineOption m_themeOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_error;
    QUrl m_server;
    QString m_caFile;
    QString m_profile;
    QString m_screenshotDir;
    QString m_theme;
    QString m_companyId;
};

} // namespace leadscope::app
