// Facts & timeline: what happened, when, why, how the data was protected, which regimes apply; and the
// timeline.
#pragma once

#include <QWidget>

class QTableView;

namespace bd {

class IncidentDocument;
class FieldBinder;
class TimelineModel;

class FactsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FactsPage(IncidentDocument* document, QWidget* parent = nullptr);

private:
    void addEvent();
    void removeSelectedEvents();
    IncidentDocument* m_document;
    FieldBinder* m_binder;
    TimelineModel* m_timelineModel;
    QTableView* m_timelineView;
};

} // namespace bd
