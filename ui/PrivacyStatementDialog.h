#pragma once

#include "core/admin/PrivacyStatement.h"

#include <QDialog>

class QComboBox;
class QTabWidget;
class QTextBrowser;

namespace leadscope::ui {

// The privacy-statement helper: the text for the customer's privacy
// statement and the matching Article 30 register entry, in English or
// Dutch, filled from the organisation's facts; copy, save and print.
class PrivacyStatementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrivacyStatementDialog(const core::PrivacyStatement::Facts& facts, QWidget* parent = nullptr);

    void setLanguage(core::PrivacyStatement::Language language);
    QString statementText() const; // markdown, as copied
    QString registerText() const;

private:
    void refresh();
    QTextBrowser* current() const;
    QString currentMarkdown() const;
    void save();

    core::PrivacyStatement::Facts m_facts;
    QComboBox* m_language;
    QTabWidget* m_tabs;
    QTextBrowser* m_statement;
    QTextBrowser* m_register;
};

} // namespace leadscope::ui
