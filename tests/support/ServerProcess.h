#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace leadscope::test {

// Starts the real leadscope-server binary on a free loopback port with a
// per-run test CA and certificate, waits until it listens, and stops it
// (SIGTERM, then checks it exited cleanly) when destroyed.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Certificates and an initialised store, without serving yet (so a test
    // can import or add accounts first). start() calls it when not done.
    // dbUrl: "sqlite:…" / "postgres://…"; empty = a fresh SQLite file.
    bool prepare(QString* error, const QString& dbUrl = {});
    bool start(QString* error, const QString& dbUrl = {}, const QStringList& extraArguments = {});
    bool stop(QString* error);
    // SIGKILL, as a crash or the kernel's OOM killer would stop it: no shutdown of any kind.
    void kill();

    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    QString caFile() const { return m_caFile; }
    QString directory() const { return m_dir.path(); }
    // Everything the server wrote so far (stdout and stderr), read until it
    // has been quiet for a moment — not only what start() happened to read.
    QString output();
    qint64 pid() const { return m_process.processId(); }
    // Resident memory of the running server (VmRSS), in KiB; 0 if unknown.
    qint64 residentKiB() const;
    QString dbUrl() const { return m_dbUrl; }
    // Start without running "init" first (to test schema checks).
    void setSkipInit(bool skip) { m_skipInit = skip; }

    // Runs a leadscope-server command to completion; stdout in *output.
    static bool run(const QStringList& arguments, QString* output, QString* error, const QByteArray& input = {});

    static QString serverBinary();
    // Runs `leadscope-server certs` into dir; returns the CA file.
    static QString makeCertificates(const QString& dir, QString* error, const QStringList& hosts = {});

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_caFile;
    QString m_output;
    QString m_dbUrl;
    bool m_skipInit = false;
    bool m_prepared = false;
};

} // namespace leadscope::test
