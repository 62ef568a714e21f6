#include "server/store/DatabaseUrl.h"
#include "server/store/Store.h"
#include "server/store/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using leadscope::server::DatabaseUrl;
using leadscope::server::Store;
using leadscope::server::WalCheckpointer;

// On SQLite, what is committed reaches the database file from the
// checkpointer's thread: no writer has to commit again (and pay for the copy
// inside its COMMIT) for the log to be copied back.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT
private:
    static qint64 fileSize(const QString& path) { return QFileInfo(path).size(); }

    // A store at `path` with 4 MB committed into its log, none of it in the file yet.
    static std::unique_ptr<Store> filled(const QString& path)
    {
        QString error;
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error);
        auto store = url ? std::make_unique<Store>(*url) : nullptr;
        if (!store || !store->open(&error) || !fill(*store, path)) {
            qWarning() << "cannot fill a store:" << error;
            return nullptr;
        }
        return store;
    }

    static bool fill(const Store& store, const QString& path)
    {
        QSqlDatabase db = store.connection();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")) ||
            !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !db.transaction())
            return false;
        q.prepare(QStringLiteral("INSERT INTO filler (body) VALUES (randomblob(4000))"));
        for (int i = 0; i < 1000; ++i) {
            if (!q.exec())
                return false;
        }
        return db.commit() && fileSize(path) < 1'000'000 && fileSize(path + QStringLiteral("-wal")) > 4'000'000;
    }

private Q_SLOTS:
    void theLogIsCopiedBackWithoutAnotherCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const std::unique_ptr<Store> store = filled(path);
        QVERIFY(store);
        {
            WalCheckpointer checkpointer(*store);
            checkpointer.start(20);
            QTRY_VERIFY_WITH_TIMEOUT(fileSize(path) > 4'000'000, 10'000);
        } // stops without waiting for its next turn
        {
            QSqlQuery count(store->connection());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM filler")) && count.next());
            QCOMPARE(count.value(0).toInt(), 1000);
        }
        store->closeThreadConnection();
    }

    void withoutItTheLogStaysInTheLog()
    {
        // The same store without the checkpointer: below SQLite's own
        // threshold the file does not grow (what the test above tells apart).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const std::unique_ptr<Store> store = filled(path);
        QVERIFY(store);
        QTest::qWait(300);
        QVERIFY(fileSize(path) < 1'000'000);
        store->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
