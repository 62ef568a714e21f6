#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class ErrorBanner;

// What the data screens (profile, dashboard, journeys) share: the store they
// read through, a reload whenever its data changes, an error banner whose
// "Try again" reloads, and their layout helpers.
class DataPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);

    void setStore(core::DataStore* store);

public Q_SLOTS:
    virtual void reload() = 0;

protected:
    // Puts `content` in a frameless scroll area that fills the page.
    void setScrollableContent(QWidget* content);
    // A period chooser (last 7, 30 or 90 days; 30 chosen) that reloads the page.
    QComboBox* newPeriodChooser(const char* objectName);

    QPointer<core::DataStore> m_store;
    ErrorBanner* m_error;
};

} // namespace leadscope::ui
