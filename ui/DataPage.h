#pragma once

#include "core/query/DataStore.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLayout;

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
    // Puts `content` in a frameless scroll area that fills the page, below
    // `fixedTop` (if any), which stays in sight.
    void setScrollableContent(QWidget* content, QLayout* fixedTop = nullptr);
    // A live switch between light and dark: charts are drawn again in the new palette.
    void changeEvent(QEvent* event) override;
    // A period chooser (last 7, 30 or 90 days; 30 chosen) that reloads the page.
    QComboBox* newPeriodChooser(const char* objectName);

    // Runs `work` on the store's thread; `show` gets its result on this one —
    // only the answer to the latest fetch (an older one is dropped), and only
    // without an error (which goes to the banner instead).
    template <typename Result>
    void fetch(std::function<Result(core::Cache&, QString*)> work, std::function<void(Result)> show)
    {
        if (!m_store)
            return;
        const quint64 generation = ++m_generation;
        m_store->run<Result>(this, std::move(work),
                             [this, generation, show = std::move(show)](Result result, const QString& error) {
                                 if (generation != m_generation)
                                     return;
                                 if (accepted(error))
                                     show(std::move(result));
                             });
    }

    QPointer<core::DataStore> m_store;
    ErrorBanner* m_error;

private:
    bool accepted(const QString& error); // shows or hides the banner
    quint64 m_generation = 0;
};

} // namespace leadscope::ui
