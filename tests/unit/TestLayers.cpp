#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>

// The tree's layers, checked on every #include line (docs/ARCHITECTURE.md):
// which folder may include which, the server's SQL kept out of its API and
// command line, and no widget or keychain header where they do not belong.
// A breach fails with the file, the line and the rule it breaks.
class TestLayers : public QObject
{
    Q_OBJECT
private:
    struct Rule
    {
        QString folder;            // a folder of the tree, e.g. "server/api"
        QStringList mayInclude;    // folders (with everything under them) its files may include
        QStringList neverInclude;  // single headers it must not include even so
        QStringList qtModulesOnly; // when set: the only Qt modules whose headers it may include
        QStringList qtModulesNever;
    };

    // The table. Folders not named here (core/cache under core, …) follow their nearest named parent.
    static QList<Rule> rules()
    {
        const QString sql = QStringLiteral("server/store/Sql.h");
        const QStringList noUi{QStringLiteral("QtWidgets"), QStringLiteral("qt6keychain")};
        const QStringList lower{QStringLiteral("protocol"), QStringLiteral("server/base")};
        auto plus = [](QStringList list, const QStringList& more) {
            return list << more;
        };
        const QStringList store = plus(lower, {QStringLiteral("server/store")});
        const QStringList domain = plus(store, {QStringLiteral("server/domain")});
        const QStringList tracking = plus(domain, {QStringLiteral("server/tracking")});
        const QStringList mail = plus(domain, {QStringLiteral("server/mail")});
        const QStringList integrations = plus(mail, {QStringLiteral("server/integrations")});
        const QStringList http = plus(lower, {QStringLiteral("server/http")});
        const QStringList api = plus(tracking, {QStringLiteral("server/http"), QStringLiteral("server/api")});
        const QStringList runtime = plus(api, {QStringLiteral("server/mail"), QStringLiteral("server/integrations"),
                                               QStringLiteral("server/runtime")});
        const QStringList cli = plus(runtime, {QStringLiteral("server/cli")});
        return {
            {QStringLiteral("protocol"), {QStringLiteral("protocol")}, {}, {QStringLiteral("QtCore")}, {}},
            {QStringLiteral("server/base"), lower, {}, {QStringLiteral("QtCore")}, {}},
            {QStringLiteral("server/store"), store, {}, {}, noUi},
            {QStringLiteral("server/domain"), domain, {}, {}, noUi},
            {QStringLiteral("server/tracking"), tracking, {}, {}, noUi},
            {QStringLiteral("server/mail"), mail, {}, {}, noUi},
            {QStringLiteral("server/integrations"), integrations, {}, {}, noUi},
            {QStringLiteral("server/http"), http, {}, {}, noUi},
            {QStringLiteral("server/api"), api, {sql}, {}, noUi},
            {QStringLiteral("server/runtime"), runtime, {}, {}, noUi},
            {QStringLiteral("server/cli"), cli, {sql}, {}, noUi},
            {QStringLiteral("core"), {QStringLiteral("protocol"), QStringLiteral("core")}, {}, {}, {noUi.first()}},
            {QStringLiteral("ui"),
             {QStringLiteral("protocol"), QStringLiteral("core"), QStringLiteral("ui")},
             {},
             {},
             {}},
            {QStringLiteral("app"),
             {QStringLiteral("protocol"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")},
             {},
             {},
             {}},
        };
    }

    static const Rule* ruleFor(const QString& file)
    {
        static const QList<Rule> table = rules();
        const Rule* best = nullptr;
        for (const Rule& rule : table)
            if (file.startsWith(rule.folder + u'/') && (!best || rule.folder.size() > best->folder.size()))
                best = &rule;
        return best;
    }

    static bool under(const QString& path, const QString& folder) { return path.startsWith(folder + u'/'); }

    // The Qt module whose include folder has this header (<QWidget> → QtWidgets), or empty for none.
    static QString qtModuleOf(const QString& header)
    {
        static QHash<QString, QString> cache;
        if (const auto it = cache.constFind(header); it != cache.cend())
            return it.value();
        QString module;
        if (header.contains(u'/')) {
            const QString folder = header.section(u'/', 0, 0); // <QtWidgets/QWidget>, <qt6keychain/keychain.h>
            if (folder.startsWith(u"Qt") || folder.startsWith(u"qt"))
                module = folder;
        } else {
            const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
            for (const QString& candidate : headers.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                if (candidate.startsWith(u"Qt") && QFileInfo::exists(headers.filePath(candidate + u'/' + header))) {
                    module = candidate;
                    break;
                }
        }
        cache.insert(header, module);
        return module;
    }

public:
    // What is wrong with one include line of a file (both relative to the source root), or empty.
    static QString breach(const QString& file, const QString& includeLine)
    {
        static const QRegularExpression quoted(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
        static const QRegularExpression angled(QStringLiteral("^\\s*#\\s*include\\s*<([^>]+)>"));
        const Rule* rule = ruleFor(file);
        if (!rule)
            return {};
        if (const auto match = quoted.match(includeLine); match.hasMatch()) {
            QString target = match.captured(1);
            static const QStringList tops{QStringLiteral("protocol"), QStringLiteral("server"),
                                          QStringLiteral("core"),     QStringLiteral("ui"),
                                          QStringLiteral("app"),      QStringLiteral("tests")};
            if (!tops.contains(target.section(u'/', 0, 0)))
                target = QFileInfo(file).path() + u'/' + target; // relative to the including file
            if (target.endsWith(u".moc") || target.startsWith(u"ui_"))
                return {};
            if (rule->neverInclude.contains(target))
                return QStringLiteral("%1 must not include %2").arg(rule->folder, target);
            for (const QString& allowed : rule->mayInclude)
                if (under(target, allowed))
                    return {};
            return QStringLiteral("%1 may include only %2, not %3")
                .arg(rule->folder, rule->mayInclude.join(QStringLiteral(", ")), target);
        }
        if (const auto match = angled.match(includeLine); match.hasMatch()) {
            const QString module = qtModuleOf(match.captured(1));
            if (module.isEmpty())
                return {};
            if (rule->qtModulesNever.contains(module))
                return QStringLiteral("%1 must not include %2 headers (<%3>)")
                    .arg(rule->folder, module, match.captured(1));
            if (!rule->qtModulesOnly.isEmpty() && !rule->qtModulesOnly.contains(module))
                return QStringLiteral("%1 may include only %2 headers, not <%3> (%4)")
                    .arg(rule->folder, rule->qtModulesOnly.join(QStringLiteral(", ")), match.captured(1), module);
        }
        return {};
    }

private Q_SLOTS:
    // The rules themselves: each kind of breach is caught (so the scan below can fail).
    void rulesCatchBreaches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("allowed");
        auto row = [](const char* name, const char* file, const char* line, bool allowed) {
            QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(line) << allowed;
        };
        row("http may not include the store", "server/http/Router.cpp", "#include \"server/store/Store.h\"", false);
        row("http may not include domain", "server/http/Metrics.h", "#include \"server/domain/Audit.h\"", false);
        row("api may not include Sql.h", "server/api/AuthApi.cpp", "#include \"server/store/Sql.h\"", false);
        row("api may include Store.h", "server/api/AuthApi.cpp", "#include \"server/store/Store.h\"", true);
        row("cli may not include Sql.h", "server/cli/CommandLine.cpp", "#include \"server/store/Sql.h\"", false);
        row("demo is cli", "server/cli/demo/DemoTraffic.cpp", "#include \"server/store/Sql.h\"", false);
        row("base includes no server folder", "server/base/Logging.cpp", "#include \"server/store/Store.h\"", false);
        row("base is QtCore only", "server/base/Clock.h", "#include <QHostAddress>", false);
        row("base may use QtCore", "server/base/Clock.h", "#include <QDateTime>", true);
        row("domain may not include api", "server/domain/Accounts.cpp", "#include \"server/api/AuthApi.h\"", false);
        row("domain may not include runtime", "server/domain/Accounts.cpp", "#include \"server/runtime/Server.h\"",
            false);
        row("store may not include domain", "server/store/Store.cpp", "#include \"server/domain/Audit.h\"", false);
        row("runtime may not include cli", "server/runtime/Server.cpp", "#include \"server/cli/CommandLine.h\"", false);
        row("server never reaches into core", "server/api/SyncApi.cpp", "#include \"core/Session.h\"", false);
        row("server has no widgets", "server/api/SyncApi.cpp", "#include <QWidget>", false);
        row("server has no keychain", "server/domain/Sessions.cpp", "#include <qt6keychain/keychain.h>", false);
        row("core has no widgets", "core/Session.cpp", "#include <QDialog>", false);
        row("core may not include ui", "core/Session.cpp", "#include \"ui/MainWindow.h\"", false);
        row("core relative include", "core/cache/Cache.cpp", "#include \"Cache.h\"", true);
        row("core relative path", "core/ServerConnection.cpp", "#include \"sync/SyncScheduler.h\"", true);
        row("other libraries are fine", "protocol/Crypto.cpp", "#include <openssl/evp.h>", true);
        row("protocol includes nothing above it", "protocol/Totp.cpp", "#include \"core/Logging.h\"", false);
        row("ui may not include app", "ui/MainWindow.cpp", "#include \"app/ClientOptions.h\"", false);
        row("standard headers are fine", "server/base/Clock.h", "#include <atomic>", true);
    }
    void rulesCatchBreaches()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        QFETCH(bool, allowed);
        const QString why = breach(file, line);
        QVERIFY2(why.isEmpty() == allowed,
                 qPrintable(file + u": " + line + u" → " + (why.isEmpty() ? QStringLiteral("allowed") : why)));
    }

    // Every include line of the tree.
    void treeKeepsItsLayers()
    {
        const QString sourceDir = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "run through ctest (LEADSCOPE_SOURCE_DIR)");
        const QDir root(sourceDir);
        QStringList breaches;
        int files = 0;
        for (const QString& top : {QStringLiteral("protocol"), QStringLiteral("server"), QStringLiteral("core"),
                                   QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = root.relativeFilePath(it.next());
                QFile source(it.filePath());
                QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                int lineNumber = 0;
                while (!source.atEnd()) {
                    const QString line = QString::fromUtf8(source.readLine()).trimmed();
                    ++lineNumber;
                    if (!line.startsWith(u'#'))
                        continue;
                    if (const QString why = breach(path, line); !why.isEmpty())
                        breaches << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(why);
                }
            }
        }
        QVERIFY2(files > 150,
                 qPrintable(QStringLiteral("only %1 source files found under %2").arg(files).arg(sourceDir)));
        QVERIFY2(breaches.isEmpty(), qPrintable(u"\n" + breaches.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "TestLayers.moc"
