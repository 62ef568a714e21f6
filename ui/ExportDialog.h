#pragma once

#include "core/export/LeadExport.h"
#include "core/query/LeadsQuery.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace leadscope::core {
class DataStore;
class Session;
} // namespace leadscope::core

namespace leadscope::ui {

// Exports the leads list (or the selected companies) as CSV, Excel or a PDF
// report. The server grants (and audits) the export first; the file is
// written on a thread of its own with progress and cancel, and appears
// complete or not at all.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(core::DataStore* store, core::Session* session, const core::LeadsQuery::Filter& filter,
                 const QStringList& selectedIds, const QString& scopeName, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setFormat(core::LeadExport::Format format);
    void setSelectionOnly(bool selected);
    // The rows go out in the list's order on screen.
    void setOrder(const core::LeadsQuery::Order& order) { m_order = order; }
    // Starts the export to `path` (the Export button asks for it first).
    void exportTo(const QString& path);
    bool isRunning() const { return m_running; }

    void reject() override; // cancels a running export first

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void buildOptions();   // columns, separator and BOM for CSV/XLSX; the note for PDF
    QWidget* buildScope(); // the list's filter and period, or only the selected companies
    core::LeadExport::Format format() const;
    core::LeadsQuery::Filter chosenFilter() const;
    QList<core::LeadExport::Column> chosenColumns() const;
    void chooseFile();
    void updateForFormat();
    void setRunning(bool running);
    void fail(const QString& message);
    void write(const QString& path, qint64 rows);

    QPointer<core::DataStore> m_store;
    QPointer<core::Session> m_session;
    core::LeadsQuery::Filter m_filter;
    QStringList m_selected;
    QString m_scopeName;
    core::LeadsQuery::Order m_order;
    QRadioButton* m_all;
    QRadioButton* m_selection;
    QComboBox* m_format;
    QStackedWidget* m_options;
    QListWidget* m_columns;
    QComboBox* m_delimiter;
    QCheckBox* m_bom;
    QLabel* m_pdfNote;
    QCheckBox* m_companyPages;
    QLabel* m_describe;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    // Shared with the writing thread: it sets the figures, a timer here shows them.
    struct Shared
    {
        std::atomic_bool cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    std::shared_ptr<Shared> m_shared;
    QTimer* m_progressTimer;
    bool m_running = false;
};

} // namespace leadscope::ui
