#pragma once

#include "core/admin/AdminClient.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace leadscope::ui {

// What a HubSpot destination did with the companies it was sent: for each,
// the HubSpot company it was matched to (by registry number or by website)
// or created as, the owner Leadscope set, and when — so an admin can see at a
// glance whether Leadscope found the CRM's companies or made new ones.
class HubSpotCompaniesDialog : public QDialog
{
    Q_OBJECT
public:
    HubSpotCompaniesDialog(core::AdminClient* admin, const core::AdminClient::Webhook& destination, QWidget* parent);

    void load();
    const QList<core::AdminClient::HubSpotCompany>& companies() const { return m_companies; }

Q_SIGNALS:
    void loaded();

private:
    void showCompanies(const QList<core::AdminClient::HubSpotCompany>& companies);

    core::AdminClient* m_admin;
    QString m_id;
    QList<core::AdminClient::HubSpotCompany> m_companies;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace leadscope::ui
