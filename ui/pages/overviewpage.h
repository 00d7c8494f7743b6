// Overview: the incident's titles, the reporting organisation and its contact desk, and a summary of the
// facts.
#pragma once

#include <QWidget>

class QLabel;

namespace bd {

class IncidentDocument;
class FieldBinder;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(IncidentDocument* document, QWidget* parent = nullptr);

private:
    void updateSummary();
    IncidentDocument* m_document;
    FieldBinder* m_binder;
    QLabel* m_summary;
};

} // namespace bd
