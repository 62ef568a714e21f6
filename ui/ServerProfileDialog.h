#pragma once

#include "core/ServerProfiles.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace leadscope::ui {

// Adds or edits a server profile: a name, the https:// address and,
// for a server with its own certificate authority, the CA file (picked
// from disk). Checks what it can before accepting.
class ServerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerProfileDialog(QWidget* parent = nullptr);

    void setProfile(const core::ServerProfile& profile);
    // The profile as entered (lastEmail and staySignedIn are carried over).
    core::ServerProfile profile() const;
    void showError(const QString& message);

    void accept() override;

private:
    void browse();

    core::ServerProfile m_original;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_caFile;
    QLabel* m_error;
};

} // namespace leadscope::ui
