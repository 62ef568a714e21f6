#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace leadscope::app {

// Links opened while Leadscope already runs go to that window instead of a
// second one: the first window listens on a local socket in the user's
// private runtime directory (mode 0700, so no other user can listen in its
// place), and a later `leadscope leadscope://company/<id>` hands it the
// company and exits. On macOS the system hands a clicked link to the running
// application as a file-open event instead, which this channel takes too.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject* parent = nullptr);

    // True when a running Leadscope took the company.
    static bool handOver(const QString& companyId);
    // Listens for later starts; false (and nothing heard) when it cannot.
    bool listen();
    static QString socketPath();

Q_SIGNALS:
    void companyRequested(const QString& companyId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readFrom(class QLocalSocket* socket);

    QLocalServer m_server;
};

} // namespace leadscope::app
