#pragma once

#include "core/admin/AdminClient.h"
#include "core/admin/PrivacyStatement.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace leadscope::ui {

class TrackerCheck;

// Settings → Privacy: the Data Processing Agreement with its acceptance
// state (admins accept it, naming the organisation; others see who can),
// print and save as PDF; the organisation's tracking mode and retention
// (admins change them); the websites visits are recorded for (admins add
// and remove them here — the one place from a new website to its snippet
// and its first hit), the tracker snippet for each and whether it works;
// and the privacy-statement helper.
class PrivacyPage : public QWidget
{
    Q_OBJECT
public:
    PrivacyPage(core::AdminClient* admin, const QUrl& server, QWidget* parent = nullptr);

    // Shows what /me said and fetches the DPA text.
    void setAccount(const core::AdminClient::Me& me);
    // Admins: the actions behind "Add website" and "Remove…" (without the question).
    void addWebsite(const QString& domain);
    void removeWebsite(const QString& id);
    const QList<core::AdminClient::Website>& websites() const { return m_me.websites; }

Q_SIGNALS:
    void dpaAccepted(); // the data may now sync
    void organisationChanged();

private:
    void setUpWidgets();
    QWidget* buildDpaBox();      // the agreement: status, text, accept, print / PDF
    QWidget* buildTrackingBox(); // legal basis, retention, tracker snippet, privacy statement
    void openStatement();
    void loadDpa();
    void showDpaStatus(const core::AdminClient::DpaStatus& status);
    void accept();
    void applyTracking();
    void updateSnippet();
    void confirmRemoveWebsite();
    void showError(const QString& message);

    core::AdminClient* m_admin;
    QUrl m_server;
    core::AdminClient::Me m_me;
    core::AdminClient::Dpa m_dpa;
    QLabel* m_dpaStatus;
    QTextBrowser* m_dpaText;
    QCheckBox* m_confirm;
    QPushButton* m_accept;
    QLabel* m_whoCanAccept;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    QComboBox* m_mode;
    QSpinBox* m_retention;
    QPushButton* m_applyTracking;
    QLabel* m_trackingNote;
    QComboBox* m_site;
    QLineEdit* m_newDomain;
    QPushButton* m_addWebsite;
    QPushButton* m_removeWebsite;
    QString m_selectAfterLoad; // the domain just added: its snippet is what the admin wants next
    QPlainTextEdit* m_snippet;
    TrackerCheck* m_trackerCheck; // admins: does the website send visits yet?
    QLabel* m_error;
};

} // namespace leadscope::ui
