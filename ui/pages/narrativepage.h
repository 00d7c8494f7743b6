// Narrative (JA|EN): the eight sections side by side, each side marked when the other changed after it, as
// written for all readers or for one reader (the regulator, the public, the people affected, every consignor
// client or one of them; narrative.h). A reader's empty section shows, greyed, the text its documents use
// instead.
#pragma once

#include "narrative.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
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
    void fillAudiences();
    void audienceChosen();
    void editReaders();
    IncidentDocument* m_document;
    QComboBox* m_audience;
    QString m_current;                                               // the audience shown
    QHash<int, std::pair<QPlainTextEdit*, QPlainTextEdit*>> m_edits; // section → (ja, en)
    FieldBinder* m_binder;
    QHash<int, std::pair<SideMarks, SideMarks>> m_marks; // section → (ja, en)
};

} // namespace bd
