#include "narrativepage.h"

#include "confidentialitycheck.h"
#include "fieldbinder.h"
#include "incidentdocument.h"
#include "labels.h"
#include "readersdialog.h"

#include <QComboBox>
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

    // Whose text: each reader's documents use their own section where it is written, else the text for
    // all readers (a consignor client's: then the text for every consignor client).
    auto* readerRow = new QHBoxLayout;
    auto* readerLabel = new QLabel(tr("&Written for:"));
    m_audience = new QComboBox;
    m_audience->setObjectName(QStringLiteral("narrativeAudience"));
    m_audience->setToolTip(tr("Write a section for one reader where it must differ: a consignor client "
                              "reads only of its own data, the public never learns who the clients are."));
    readerLabel->setBuddy(m_audience);
    auto* readers = new QPushButton(tr("Client Names and Confidential Text…"));
    readers->setObjectName(QStringLiteral("narrativeReaders"));
    readers->setToolTip(tr("The consignor clients' English names and abbreviations, and text only one "
                           "reader may see: documents for another reader that contain them cannot be "
                           "issued."));
    connect(readers, &QPushButton::clicked, this, &NarrativePage::editReaders);
    readerRow->addWidget(readerLabel);
    readerRow->addWidget(m_audience, 1);
    readerRow->addWidget(readers);
    layout->addLayout(readerRow);

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
            const QString* audience = &m_current;
            m_binder->bind(
                edit, FieldAccess{[doc, section, lang, audience] {
                                      const Narrative* n = doc->incident().narrative(section, *audience);
                                      return QVariant(n ? n->text(lang) : QString());
                                  },
                                  [doc, section, lang, audience](const QVariant& v) {
                                      return doc->setNarrativeText(section, lang, v.toString(), *audience);
                                  }});
            (lang == Lang::Ja ? m_edits[static_cast<int>(section)].first
                              : m_edits[static_cast<int>(section)].second) = edit;
            auto* status = new QLabel;
            status->setObjectName(QStringLiteral("narrativeStatus_%1_%2").arg(key, langKey(lang)));
            auto* confirm = new QPushButton(tr("Still correct"));
            confirm->setObjectName(QStringLiteral("narrativeConfirm_%1_%2").arg(key, langKey(lang)));
            confirm->setToolTip(tr("Confirm that this side needs no change after the other side changed"));
            connect(confirm, &QPushButton::clicked, this, [this, section, lang] {
                FieldBinder::flushAll();
                m_document->confirmNarrative(section, lang, m_current);
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
    connect(document, &IncidentDocument::loaded, this, [this] {
        fillAudiences();
        updateAllMarks();
    });
    connect(document, &IncidentDocument::dataSetsChanged, this, &NarrativePage::fillAudiences);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &NarrativePage::audienceChosen);
    fillAudiences();
    updateAllMarks();
}

void NarrativePage::fillAudiences()
{
    const QSignalBlocker block(m_audience);
    m_audience->clear();
    for (const char* a :
         {Audience::All, Audience::Regulator, Audience::Public, Audience::Individuals, Audience::Consignors})
        m_audience->addItem(ConfidentialityCheck::audienceText(QString::fromLatin1(a)),
                            QString::fromLatin1(a));
    QStringList seen;
    for (const DataSet& ds : m_document->incident().dataSets) {
        const QString name = ds.consignorName.trimmed();
        if (ds.holder != Holder::Consignor || name.isEmpty() || seen.contains(consignorKey(name)))
            continue;
        seen << consignorKey(name);
        m_audience->addItem(ConfidentialityCheck::audienceText(consignorAudience(name)),
                            consignorAudience(name));
    }
    int index = 0;
    for (int i = 0; i < m_audience->count(); ++i)
        if (sameAudience(m_audience->itemData(i).toString(), m_current))
            index = i;
    m_audience->setCurrentIndex(index);
    m_current = m_audience->itemData(index).toString();
}

void NarrativePage::audienceChosen()
{
    FieldBinder::flushAll(); // typing so far belongs to the reader it was typed for
    m_current = m_audience->currentData().toString();
    m_binder->refresh();
    updateAllMarks();
}

void NarrativePage::editReaders()
{
    FieldBinder::flushAll();
    ReadersDialog dialog(m_document, this);
    dialog.exec();
}

void NarrativePage::updateAllMarks()
{
    for (NarrativeSection s : allNarrativeSections())
        updateMarks(s);
}

void NarrativePage::updateMarks(NarrativeSection section)
{
    const Narrative* n = m_document->incident().narrative(section, m_current);
    const auto marks = m_marks.value(static_cast<int>(section));
    // A reader's empty section: its documents use the next text along the chain (narrative.h).
    const QStringList chain = narrativeFallbackChain(m_current);
    const Narrative used = m_document->incident().narrativeFor(section, chain.value(1, QStringLiteral("-")));
    const auto edits = m_edits.value(static_cast<int>(section));
    for (Lang lang : {Lang::Ja, Lang::En}) {
        QPlainTextEdit* edit = lang == Lang::Ja ? edits.first : edits.second;
        if (!edit)
            continue;
        const QString instead = m_current.isEmpty() ? QString() : used.text(lang).trimmed();
        edit->setPlaceholderText(!instead.isEmpty()
                                     ? tr("Empty: documents for this reader use the text for %1:\n%2")
                                           .arg(ConfidentialityCheck::audienceText(chain.value(1)), instead)
                                     : (lang == Lang::Ja ? tr("Japanese") : tr("English")));
    }
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
