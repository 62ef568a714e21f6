#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace leadscope::ui {

// Administration → Websites: the sites visits are recorded for, with the
// site id the tracker snippet needs; add or remove one.
class WebsitesTab : public QWidget
{
    Q_OBJECT
public:
    WebsitesTab(core::AdminClient* admin, QWidget* parent);

    void load();
    void addWebsite(const QString& domain);
    void removeWebsite(const QString& id);
    const QList<core::AdminClient::Website>& websites() const { return m_websites; }

Q_SIGNALS:
    void loaded();
    void changeFinished(const core::ApiFailure& failure);
    void failed(const QString& message);

private:
    void show();
    void confirmRemoveSelected();

    core::AdminClient* m_admin;
    QTableWidget* m_table;
    QLineEdit* m_newDomain;
    QList<core::AdminClient::Website> m_websites;
};

} // namespace leadscope::ui
