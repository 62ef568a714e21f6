#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// "Report wrong company…" on a profile or a visit (docs/MATCHING.md): the
// network the visit came through is an internet provider's, another
// company's (searched in the register) or no company's. The organisation's
// next visits from that network follow the report at once; with "also the
// past visits" (managers and admins) the visits already recorded change too.
// What the server takes (POST /api/v1/corrections) is request().
class ReportMatchDialog : public QDialog
{
    Q_OBJECT
public:
    // `visitId` empty: the company's latest matched visit. `howWeKnow`: the match in words.
    ReportMatchDialog(core::AdminClient* client, const QString& companyId, const QString& companyName,
                      const QString& visitId, const QString& howWeKnow, bool canRelabel, QWidget* parent = nullptr);
    QJsonObject request() const;

private:
    void layOut(QLabel* intro, QLabel* later, QDialogButtonBox* buttons);
    void search();
    void updateButtons();

    core::AdminClient* m_client;
    QString m_companyId;
    QString m_visitId;
    QRadioButton* m_isp;
    QRadioButton* m_other;
    QRadioButton* m_none;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_searchStatus;
    QLineEdit* m_note;
    QCheckBox* m_relabel;
    QPushButton* m_report;
    QTimer* m_debounce;
};

} // namespace leadscope::ui
