#include "ExportDialog.h"

#include "core/Session.h"
#include "core/admin/AdminClient.h"
#include "core/export/CsvWriter.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"
#include "core/query/Team.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::LeadExport;

ExportDialog::ExportDialog(core::DataStore* store, core::Session* session, const core::LeadsQuery::Filter& filter,
                           const QStringList& selectedIds, const QString& scopeName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_filter(filter)
    , m_selected(selectedIds)
    , m_scopeName(scopeName)
    , m_all(new QRadioButton(tr("&All companies in the list"), this))
    , m_selection(new QRadioButton(tr("Only the &selected companies (%n)", nullptr, int(selectedIds.size())), this))
    , m_format(new QComboBox(this))
    , m_options(new QStackedWidget(this))
    , m_columns(new QListWidget(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte-order mark (helps Excel recognise UTF-8)"), this))
    , m_pdfNote(new QLabel(this))
    , m_companyPages(new QCheckBox(tr("Add a &page per company (profile, 90-day activity, latest visits)"), this))
    , m_describe(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole))
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Export leads"));
    setObjectName(QStringLiteral("exportDialog"));
    m_all->setChecked(true);
    m_selection->setEnabled(!selectedIds.isEmpty());
    m_selection->setChecked(selectedIds.size() > 1);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (any spreadsheet or CRM)"), int(LeadExport::Format::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(LeadExport::Format::Xlsx));
    m_format->addItem(tr("PDF report (at most %1 companies)").arg(core::LeadReport::kMaxCompanies),
                      int(LeadExport::Format::Pdf));

    buildOptions();
    QWidget* scope = buildScope();

    auto* privacy = new QLabel(tr("Only company data and your team's status, tags and assignee go into the file — no "
                                  "visitor keys, nothing about a person. Leadscope records the export in the audit "
                                  "log."),
                               this);
    privacy->setWordWrap(true);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addLayout(form);
    layout->addWidget(m_options);
    layout->addWidget(privacy);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_shared)
            return;
        m_progress->setMaximum(int(std::min<qint64>(std::max<qint64>(m_shared->total, 1), INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(m_shared->done, INT_MAX)));
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForFormat);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateForFormat();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void ExportDialog::buildOptions()
{
    for (const LeadExport::Column column : LeadExport::allColumns()) {
        auto* item = new QListWidgetItem(LeadExport::header(column), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    m_columns->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    const QChar localeDelimiter = core::CsvWriter::localeDelimiter();
    m_delimiter->addItem(tr("As this computer's language does (%1)").arg(localeDelimiter), QString(localeDelimiter));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    auto* sheetPage = new QWidget(this);
    auto* sheetLayout = new QFormLayout(sheetPage);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addRow(tr("Columns:"), m_columns);
    auto* csvOnly = new QWidget(this);
    auto* csvLayout = new QFormLayout(csvOnly);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    csvLayout->addRow(tr("Separator:"), m_delimiter);
    csvLayout->addRow(QString(), m_bom);
    sheetLayout->addRow(csvOnly);
    m_pdfNote->setWordWrap(true);
    m_pdfNote->setText(tr("The filter and period, then the companies in the list's order, one line each (about 50 "
                          "to a page): city, industry, visits, last visit, lead score, status and assignee."));
    m_companyPages->setObjectName(QStringLiteral("exportCompanyPages"));
    m_companyPages->setChecked(QSettings().value(QStringLiteral("export/companyPages"), false).toBool());
    connect(m_companyPages, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/companyPages"), on); });
    auto* pdfPage = new QWidget(this);
    auto* pdfLayout = new QVBoxLayout(pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    pdfLayout->addWidget(m_pdfNote);
    pdfLayout->addWidget(m_companyPages);
    pdfLayout->addStretch();
    m_options->addWidget(sheetPage);
    m_options->addWidget(pdfPage);
}

QWidget* ExportDialog::buildScope()
{
    auto* scope = new QGroupBox(tr("Companies"), this);
    auto* scopeLayout = new QVBoxLayout(scope);
    const auto describe = [this](const QString& assigneeName) {
        m_describe->setText(core::LeadReport::describe(m_filter, assigneeName) + QStringLiteral(" · ") +
                            core::LeadReport::period(m_filter));
    };
    describe({});
    if (m_store && !m_filter.assignee.isEmpty()) { // the colleague's name, not the id
        m_store->run<QString>(
            this,
            [id = m_filter.assignee](core::Cache& cache, QString* error) {
                QString name;
                core::Team::nameOf(cache, id, &name, error);
                return name;
            },
            [describe](const QString& name, const QString& error) {
                if (error.isEmpty())
                    describe(name);
            });
    }
    m_describe->setObjectName(QStringLiteral("exportScope"));
    m_describe->setWordWrap(true);
    m_describe->setForegroundRole(QPalette::PlaceholderText);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_describe);
    scopeLayout->addWidget(m_selection);
    return scope;
}

ExportDialog::~ExportDialog()
{
    if (m_shared)
        m_shared->cancel = true; // the writing thread sees it at the next page and gives up
}

LeadExport::Format ExportDialog::format() const
{
    return LeadExport::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(LeadExport::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setSelectionOnly(bool selected)
{
    (selected && m_selection->isEnabled() ? m_selection : m_all)->setChecked(true);
}

void ExportDialog::updateForFormat()
{
    const bool pdf = format() == LeadExport::Format::Pdf;
    m_options->setCurrentIndex(pdf ? 1 : 0);
    for (QWidget* csv : {static_cast<QWidget*>(m_delimiter), static_cast<QWidget*>(m_bom)})
        csv->parentWidget()->setVisible(format() == LeadExport::Format::Csv);
}

core::LeadsQuery::Filter ExportDialog::chosenFilter() const
{
    core::LeadsQuery::Filter filter = m_filter;
    if (m_selection->isChecked())
        filter.ids = m_selected;
    return filter;
}

QList<LeadExport::Column> ExportDialog::chosenColumns() const
{
    QList<LeadExport::Column> columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns << LeadExport::Column(m_columns->item(i)->data(Qt::UserRole).toInt());
    }
    return columns;
}

void ExportDialog::chooseFile()
{
    if (format() != LeadExport::Format::Pdf && chosenColumns().isEmpty()) {
        fail(tr("Choose at least one column."));
        return;
    }
    const QString suffix = LeadExport::suffix(format());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("leads-%1").arg(QDate::currentDate().toString(Qt::ISODate)) + u'.' + suffix;
    const QString filterText = format() == LeadExport::Format::Csv    ? tr("CSV files (*.csv)")
                               : format() == LeadExport::Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                                      : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export leads"), QDir(folder).filePath(name), filterText);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    exportTo(path);
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_export->setEnabled(!running);
    m_format->setEnabled(!running);
    m_options->setEnabled(!running);
    m_all->setEnabled(!running);
    m_selection->setEnabled(!running && !m_selected.isEmpty());
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Cancel export") : tr("&Close"));
}

void ExportDialog::fail(const QString& message)
{
    setRunning(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(message);
    Q_EMIT finished(false, message);
}

void ExportDialog::exportTo(const QString& path)
{
    if (!m_store || !m_session) {
        fail(tr("Sign in to export."));
        return;
    }
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Counting companies…"));
    const core::LeadsQuery::Filter filter = chosenFilter();
    m_store->run<qint64>(
        this,
        [filter](core::Cache& cache, QString* error) {
            qint64 rows = 0;
            core::LeadsQuery(cache).count(filter, &rows, error);
            return rows;
        },
        [this, path](qint64 rows, const QString& error) {
            if (!error.isEmpty())
                return fail(error);
            if (rows == 0)
                return fail(tr("No company matches; there is nothing to export."));
            if (QString tooMany; !LeadExport::fits(format(), rows, &tooMany))
                return fail(tooMany);
            m_status->setText(tr("Asking the server…"));
            const QString segment = m_scopeName.isEmpty() ? core::LeadReport::describe(chosenFilter()) : m_scopeName;
            core::AdminClient(m_session).requestExportGrant(
                this, LeadExport::formatKey(format()), segment, rows, [this, path, rows](const core::ApiFailure& f) {
                    if (f.isError())
                        return fail(f.httpStatus == 403 ? tr("Only managers and admins may export lead lists.")
                                                        : f.message);
                    write(path, rows);
                });
        });
}

void ExportDialog::write(const QString& path, qint64 rows)
{
    if (!m_store)
        return fail(tr("Sign in to export."));
    m_shared = std::make_shared<Shared>();
    m_shared->total = rows;
    m_progress->setRange(0, int(std::min<qint64>(rows, INT_MAX)));
    m_progress->setValue(0);
    m_progressTimer->start();
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const auto shared = m_shared;
    LeadExport::Request request;
    request.format = format();
    request.filter = chosenFilter();
    request.order = m_order;
    request.columns = chosenColumns();
    request.csv = {m_delimiter->currentData().toString().front(), m_bom->isChecked()};
    request.report.scope = m_scopeName;
    request.report.generatedBy = m_session ? m_session->email() : QString();
    request.report.companyPages = m_companyPages->isChecked();
    m_store->runLong<bool>(
        this,
        [=](core::Cache& cache, const std::atomic_bool& stop, QString* error) {
            const auto progress = [&](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel && !stop;
            };
            bool cancelled = false;
            return LeadExport::write(cache, request, path, progress, &cancelled, error);
        },
        [this, path, rows](bool ok, const QString& error) {
            m_progressTimer->stop();
            m_shared.reset();
            if (!ok)
                return fail(error.isEmpty() ? tr("The export did not finish; no file was written.") : error);
            setRunning(false);
            const QString message =
                tr("Wrote %n compan(y/ies) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path));
            m_status->setText(message.toHtmlEscaped() + QStringLiteral(" <a href=\"%1\">%2</a>")
                                                            .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(),
                                                                 tr("Open").toHtmlEscaped()));
            m_status->setTextFormat(Qt::RichText);
            m_status->setOpenExternalLinks(true);
            Q_EMIT finished(true, message);
        });
}

void ExportDialog::reject()
{
    if (m_running && m_shared) {
        m_shared->cancel = true; // the writer stops at the next page and removes its temporary file
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace leadscope::ui
