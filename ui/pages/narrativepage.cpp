#include "narrativepage.h"

#include "fieldbinder.h"
#include "incidentdocument.h"
#include "labels.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

NarrativePage::NarrativePage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(new FieldBinder(document, this))
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* intro =
        new QLabel(tr("Write each section in Japanese and English. When one side changes, the other is "
                      "marked <b>needs update</b> until it is edited or confirmed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (NarrativeSection section : allNarrativeSections()) {
        auto* box = new QGroupBox(Labels::narrativeSection(section));
        auto* grid = new QGridLayout(box);
        std::pair<SideMarks, SideMarks> marks;
        for (Lang lang : {Lang::Ja, Lang::En}) {
            const int column = lang == Lang::Ja ? 0 : 1;
            auto* edit = new QPlainTextEdit;
            const QString key = narrativeSectionKey(section);
            edit->setObjectName(QStringLiteral("narrative_%1_%2").arg(key, langKey(lang)));
            edit->setMinimumHeight(90);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(lang == Lang::Ja ? tr("Japanese") : tr("English"));
            IncidentDocument* doc = m_document;
            m_binder->bind(edit, FieldAccess{[doc, section, lang] {
                                                 const Narrative* n = doc->incident().narrative(section);
                                                 return QVariant(n ? n->text(lang) : QString());
                                             },
                                             [doc, section, lang](const QVariant& v) {
                                                 return doc->setNarrativeText(section, lang, v.toString());
                                             }});
            auto* status = new QLabel;
            status->setObjectName(QStringLiteral("narrativeStatus_%1_%2").arg(key, langKey(lang)));
            auto* confirm = new QPushButton(tr("Still correct"));
            confirm->setObjectName(QStringLiteral("narrativeConfirm_%1_%2").arg(key, langKey(lang)));
            confirm->setToolTip(tr("Confirm that this side needs no change after the other side changed"));
            connect(confirm, &QPushButton::clicked, this, [this, section, lang] {
                FieldBinder::flushAll();
                m_document->confirmNarrative(section, lang);
            });
            auto* statusRow = new QHBoxLayout;
            statusRow->addWidget(status);
            statusRow->addStretch();
            statusRow->addWidget(confirm);
            grid->addWidget(edit, 0, column);
            grid->addLayout(statusRow, 1, column);
            (lang == Lang::Ja ? marks.first : marks.second) = SideMarks{status, confirm};
        }
        m_marks.insert(static_cast<int>(section), marks);
        layout->addWidget(box);
    }
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &IncidentDocument::narrativeChanged, this, &NarrativePage::updateMarks);
    connect(document, &IncidentDocument::loaded, this, &NarrativePage::updateAllMarks);
    updateAllMarks();
}

void NarrativePage::updateAllMarks()
{
    for (NarrativeSection s : allNarrativeSections())
        updateMarks(s);
}

void NarrativePage::updateMarks(NarrativeSection section)
{
    const Narrative* n = m_document->incident().narrative(section);
    const auto marks = m_marks.value(static_cast<int>(section));
    for (Lang lang : {Lang::Ja, Lang::En}) {
        const SideMarks& side = lang == Lang::Ja ? marks.first : marks.second;
        if (!side.status)
            continue;
        const bool stale = n && n->needsUpdate(lang);
        side.status->setText(stale ? tr("⚠ Needs update: the %1 text changed after this one")
                                         .arg(lang == Lang::Ja ? tr("English") : tr("Japanese"))
                                   : QString());
        side.status->setStyleSheet(stale ? QStringLiteral("color: #a04000; font-weight: bold") : QString());
        side.confirm->setVisible(stale);
    }
}

} // namespace bd
