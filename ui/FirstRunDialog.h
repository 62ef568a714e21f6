#pragma once

#include "core/ConnectionMonitor.h"
#include "core/ServerProfiles.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QWidget;

namespace leadscope::core {
class ApiClient;
}

namespace leadscope::ui {

// The first start, with no server yet: the organisation's server address,
// checked at once over HTTPS. The certificate authority file is asked for
// only when the server's certificate is not publicly trusted — with why, the
// certificate's fingerprint to compare with the administrator's, and "Check
// again" that uses the file at once. Ends with a saved, current server
// profile; sign-in, enrolment and (for admins) the DPA, the snippet and the
// first hit follow (MainWindow).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(core::ServerProfiles* profiles, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The server checked and saved as the current profile (after accept()).
    QString profileName() const { return m_profileName; }

private:
    void check();
    void showStatus(const core::ConnectionMonitor::Status& status);
    void chooseCaFile();
    void finish();
    void showError(const QString& message);
    void fitHeight();

    core::ServerProfiles* m_profiles;
    QLineEdit* m_address;
    QWidget* m_caBox;
    QLabel* m_caWhy;
    QLabel* m_fingerprint;
    QLineEdit* m_caFile;
    QLabel* m_result;
    QPushButton* m_check;
    QPushButton* m_continue;
    // A fresh client for every check: nothing of an earlier TLS handshake is reused.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::ConnectionMonitor> m_monitor;
    QString m_profileName;
};

} // namespace leadscope::ui
