#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace leadscope::ui {

class AdminDialog;
class MainWindow;

// Walks the signed-in window through every screen and saves each as a PNG
// (leadscope --screenshots DIR), then quits: documentation and visual review
// of the real client against a real server, reproducibly (scripts/screenshots).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, QString directory, QObject* parent = nullptr);

    // Begins once the first sync is done (or after `timeoutMs` regardless).
    void start(int timeoutMs = 120'000);

Q_SIGNALS:
    void finished(bool ok);

private:
    void next();
    // The rules (one in its editor), target accounts and hidden companies, then a profile to come.
    void teamScreens(int step);
    // Administration's tabs, and a HubSpot destination's companies when there is one.
    void administrationScreens(AdminDialog* admin);
    void save(const QString& name, QWidget* widget = nullptr); // the window, or one of its dialogs
    void companyScreens();                                     // the profile, its history; opens the report dialog

    MainWindow* m_window;
    QString m_directory;
    int m_step = 0;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace leadscope::ui
