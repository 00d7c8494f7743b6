// Filings: the register of every filing the obligations call for (state, submission, receipt number, issued
// documents), drafting each kind with consistency and identity warnings, the PPC report's nine items with a
// copy button each (the PPC takes reports only through its web form) and what changed since the 速報,
// issuing, re-exporting issued documents byte-identical and printing them from those bytes, and the archive
// for the file. The outputs (PDF, web page, print, archive) are in filingspageoutput.cpp.
#pragma once

#include "filingdraft.h"
#include "ppcreport.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace bd {

class IncidentDocument;
struct IssuedDocument;

class FilingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FilingsPage(IncidentDocument* document, QWidget* parent = nullptr);

    // What the draft button makes: the core's table of kinds (draftkinds.h); each entry's data is (kind key,
    // language key or empty, consignor client or empty).
    QComboBox* kindComboBox() const { return m_kind; }
    const std::optional<FilingDraft>& draft() const { return m_draft; }

public slots:
    void refresh();
    void makeDraft();
    void issueDraft();
    void markSubmitted();
    // Records an edition of the public notice published outside BreachDesk (edition, languages, date,
    // optional address and note), so that the next edition drafted here counts on from it.
    void recordPublishedEdition();
    void exportPdf();
    // Prints the PDF that exportPdf() writes, through the system print dialog (LetterPrinting's seam).
    void print();
    void exportWebPage();
    void exportArchive();

private:
    // The table's kinds; P-mark and GDPR only when the obligations call for them (`called` filing keys).
    void fillKinds(const QSet<QString>& called);
    void showItems(const PpcReport* report);
    void showReview(const QStringList& warnings, const QString& changes);
    QList<IssuedDocument> issuedDocuments() const;
    // The issued document selected in the list. A selected document that no longer has the SHA-256 it was
    // issued with is nullopt with the reason in `error`: it is never replaced by the draft, nor shown.
    bool hasSelectedIssued() const;
    std::optional<IssuedDocument> selectedIssued(QString* error = nullptr) const;
    void clearDraft();
    // The PDF the outputs use: the selected issued document exactly as issued, else the draft. False when
    // there is none or the draft's PDF could not be made (`error` set).
    bool outputPdf(QByteArray* bytes, QString* name, QString* title, QString* error) const;
    void updateOutputs();

    IncidentDocument* m_document;
    QTableWidget* m_register;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QTableWidget* m_items;
    QTextBrowser* m_review;
    QTableWidget* m_issued;
    QPushButton* m_issueButton;
    QPushButton* m_pdfButton;
    QPushButton* m_htmlButton;
    QPushButton* m_printButton;
    QAction* m_printAction; // Ctrl+P while the page is shown
    std::optional<FilingDraft> m_draft;
    std::optional<PpcReport> m_report;
    int m_warnings = 0; // consistency and identity warnings of the draft
};

} // namespace bd
