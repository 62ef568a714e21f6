#include "DocumentPrinter.h"

#include "core/export/LeadReport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace leadscope::ui {

void DocumentPrinter::print(QWidget* parent, QTextDocument* document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->metaInformation(QTextDocument::DocumentTitle));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    document->print(&printer);
}

bool DocumentPrinter::saveAsPdf(QWidget* parent, QTextDocument* document, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!core::LeadReport::writePdf(document, document->metaInformation(QTextDocument::DocumentTitle), path, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"), error);
        return false;
    }
    return true;
}

} // namespace leadscope::ui
