// Narrative (JA|EN): the eight sections side by side, each side marked when the other changed after it.
#pragma once

#include "narrative.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bd {

class IncidentDocument;
class FieldBinder;

class NarrativePage : public QWidget
{
    Q_OBJECT
public:
    explicit NarrativePage(IncidentDocument* document, QWidget* parent = nullptr);

private:
    struct SideMarks
    {
        QLabel* status;
        QPushButton* confirm;
    };
    void updateMarks(NarrativeSection section);
    void updateAllMarks();
    IncidentDocument* m_document;
    FieldBinder* m_binder;
    QHash<int, std::pair<SideMarks, SideMarks>> m_marks; // section → (ja, en)
};

} // namespace bd
