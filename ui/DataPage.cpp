#include "DataPage.h"

#include "ErrorBanner.h"

#include "core/query/DataStore.h"

#include <QComboBox>
#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace leadscope::ui {

DataPage::DataPage(QWidget* parent)
    : QWidget(parent)
    , m_error(new ErrorBanner(this))
{
    connect(m_error, &ErrorBanner::retryRequested, this, &DataPage::reload);
}

void DataPage::setStore(core::DataStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &core::DataStore::changed, this, &DataPage::reload);
    reload();
}

void DataPage::setScrollableContent(QWidget* content, QLayout* fixedTop)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (fixedTop)
        outer->addLayout(fixedTop);
    outer->addWidget(scroll);
}

void DataPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_store) // follows ApplicationPaletteChange: one reload, not two
        reload();
}

bool DataPage::accepted(const QString& error)
{
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        return false;
    }
    m_error->hide();
    return true;
}

QComboBox* DataPage::newPeriodChooser(const char* objectName)
{
    auto* period = new QComboBox(this);
    period->setObjectName(QLatin1String(objectName));
    period->setAccessibleName(tr("Period"));
    period->addItem(tr("Last 7 days"), 7);
    period->addItem(tr("Last 30 days"), 30);
    period->addItem(tr("Last 90 days"), 90);
    period->setCurrentIndex(1);
    connect(period, &QComboBox::currentIndexChanged, this, &DataPage::reload);
    return period;
}

} // namespace leadscope::ui
