#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

namespace leadscope::ui {

// "Print…" and "Save as PDF…" for any document the app shows (the DPA, the
// privacy statement, a company profile): the system's print dialog, or an
// A4 PDF written all-or-nothing where the user chooses.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    static void print(QWidget* parent, QTextDocument* document);
    // Asks where (suggestedName in Documents); false + message box on failure.
    static bool saveAsPdf(QWidget* parent, QTextDocument* document, const QString& suggestedName);
};

} // namespace leadscope::ui
