#include "server/base/SecretBox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using leadscope::protocol::Crypto;
using leadscope::protocol::SecretBytes;
using leadscope::server::SecretBox;

// Secrets at rest (a HubSpot token): AES-256-GCM under the operator's key,
// bound to where the secret belongs. What is sealed opens only with the same
// key, for the same place, unchanged; the key file is guarded.
class TestSecretBox : public QObject
{
    Q_OBJECT
private:
    static SecretBox box() { return SecretBox(SecretBytes(Crypto::randomBytes(SecretBox::kKeyBytes))); }

private Q_SLOTS:
    void opensWhatItSealedForTheSamePlace()
    {
        const SecretBox key = box();
        const QByteArray token = "pat-eu1-0123456789abcdef";
        const QString sealed = key.seal(token, QStringLiteral("org-1/wh-1"));
        QVERIFY(sealed.startsWith(QStringLiteral("lsk1.") + key.keyId() + u'.'));
        QVERIFY(!sealed.contains(QLatin1String("pat-eu1")));
        QVERIFY(!QByteArray::fromBase64(sealed.section(u'.', 2).toLatin1()).contains(token));
        // A fresh nonce each time: the same secret seals differently.
        QVERIFY(key.seal(token, QStringLiteral("org-1/wh-1")) != sealed);
        SecretBytes opened;
        QString why;
        QVERIFY2(key.open(sealed, QStringLiteral("org-1/wh-1"), &opened, &why), qPrintable(why));
        QCOMPARE(opened.bytes(), token);
    }

    void refusesAnotherPlaceAnotherKeyAndAChange()
    {
        const SecretBox key = box();
        const QString sealed = key.seal("secret", QStringLiteral("org-1/wh-1"));
        SecretBytes opened;
        QString why;
        // Moved to another organisation's row.
        QVERIFY(!key.open(sealed, QStringLiteral("org-2/wh-1"), &opened, &why));
        QVERIFY2(why.contains(QLatin1String("does not open")), qPrintable(why));
        QVERIFY(opened.isEmpty());
        // Another server's key.
        QVERIFY(!box().open(sealed, QStringLiteral("org-1/wh-1"), &opened, &why));
        QVERIFY2(why.contains(QLatin1String("another secrets key")), qPrintable(why));
        // One bit of the ciphertext or the tag changed.
        QByteArray data = QByteArray::fromBase64(sealed.section(u'.', 2).toLatin1());
        for (const qsizetype at : {qsizetype(0), qsizetype(13), data.size() - 1}) {
            QByteArray changed = data;
            changed[at] = char(changed[at] ^ 0x01);
            const QString tampered = sealed.section(u'.', 0, 1) + u'.' + QString::fromLatin1(changed.toBase64());
            QVERIFY(!key.open(tampered, QStringLiteral("org-1/wh-1"), &opened, &why));
        }
        QVERIFY(!key.open(QStringLiteral("secret"), QStringLiteral("org-1/wh-1"), &opened, &why));
        QVERIFY(!key.open(sealed.left(20), QStringLiteral("org-1/wh-1"), &opened, &why));
    }

    void theKeyFileIsMadeOnceAndGuarded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.key"));
        QString error;
        QVERIFY2(SecretBox::create(path, &error), qPrintable(error));
        QVERIFY(!SecretBox::create(path, &error));
        QVERIFY2(error.contains(QLatin1String("never replaced")), qPrintable(error));
        std::unique_ptr<SecretBox> first = SecretBox::load(path, &error);
        QVERIFY2(first, qPrintable(error));
        std::unique_ptr<SecretBox> again = SecretBox::load(path, &error);
        QVERIFY(again);
        QCOMPARE(again->keyId(), first->keyId());
        SecretBytes opened;
        QString why;
        QVERIFY(again->open(first->seal("x", QStringLiteral("here")), QStringLiteral("here"), &opened, &why));

        QFile file(path);
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(!SecretBox::load(path, &error));
        QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(16, 'A').toBase64());
        file.close();
        QVERIFY(!SecretBox::load(path, &error)); // 16 bytes: not an AES-256 key
        QVERIFY2(error.contains(QLatin1String("not a key")), qPrintable(error));
        QVERIFY(!SecretBox::load(dir.filePath(QStringLiteral("missing")), &error));
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
