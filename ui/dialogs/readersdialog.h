// Who may read what: the consignor clients' English names and abbreviations, and text the officer marks
// confidential for one reader (incident.h ConsignorNames, ConfidentialText). Documents for another reader
// that contain any of them cannot be issued (confidentialitycheck.h). Saved through the incident document
// (one undo step per list) when the dialog is accepted.
#pragma once

#include <QDialog>

class QTableWidget;

namespace bd {

class IncidentDocument;

class ReadersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReadersDialog(IncidentDocument* document, QWidget* parent = nullptr);

    void accept() override;

private:
    void addConfidentialRow(const QString& text, const QString& audience);
    IncidentDocument* m_document;
    QTableWidget* m_clients;
    QTableWidget* m_confidential;
};

} // namespace bd
