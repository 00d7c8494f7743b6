#include "readersdialog.h"

#include "confidentialitycheck.h"
#include "incidentdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

namespace {

QStringList audiences(const Incident& incident)
{
    QStringList list{QString::fromLatin1(Audience::Regulator), QString::fromLatin1(Audience::Public),
                     QString::fromLatin1(Audience::Individuals), QString::fromLatin1(Audience::Consignors)};
    for (const DataSet& ds : incident.dataSets)
        if (ds.holder == Holder::Consignor && !ds.consignorName.trimmed().isEmpty() &&
            !list.contains(consignorAudience(ds.consignorName)))
            list << consignorAudience(ds.consignorName);
    return list;
}

QStringList consignorsOf(const Incident& incident)
{
    QStringList names, keys;
    for (const DataSet& ds : incident.dataSets)
        if (ds.holder == Holder::Consignor && !ds.consignorName.trimmed().isEmpty() &&
            !keys.contains(consignorKey(ds.consignorName))) {
            keys << consignorKey(ds.consignorName);
            names << ds.consignorName.trimmed();
        }
    return names;
}

} // namespace

ReadersDialog::ReadersDialog(IncidentDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Client Names and Confidential Text"));
    setObjectName(QStringLiteral("readersDialog"));
    resize(760, 520);
    const Incident& incident = document->incident();
    auto* layout = new QVBoxLayout(this);

    auto* clientsIntro = new QLabel(
        tr("<b>Consignor clients.</b> Every name a document could use for a client: only that client's own "
           "notice and the regulator's reports may contain it. Separate abbreviations with commas."));
    clientsIntro->setWordWrap(true);
    layout->addWidget(clientsIntro);
    m_clients = new QTableWidget(0, 3);
    m_clients->setObjectName(QStringLiteral("readersClients"));
    m_clients->setHorizontalHeaderLabels(
        {tr("Name in the data sets"), tr("English name"), tr("Abbreviations")});
    m_clients->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_clients->verticalHeader()->hide();
    for (const QString& name : consignorsOf(incident)) {
        const ConsignorNames names = incident.consignorNames(name);
        const int row = m_clients->rowCount();
        m_clients->insertRow(row);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        m_clients->setItem(row, 0, nameItem);
        m_clients->setItem(row, 1, new QTableWidgetItem(names.nameEn));
        m_clients->setItem(row, 2, new QTableWidgetItem(names.aliases.join(QStringLiteral(", "))));
    }
    if (m_clients->rowCount() == 0) {
        auto* none = new QLabel(tr("No data set of this incident is held for a consignor client."));
        layout->addWidget(none);
    }
    layout->addWidget(m_clients);

    auto* confidentialIntro = new QLabel(
        tr("<b>Confidential text.</b> A police reference, a host name, a ransom note's identifier: "
           "only documents for the reader chosen may contain it."));
    confidentialIntro->setWordWrap(true);
    layout->addWidget(confidentialIntro);
    m_confidential = new QTableWidget(0, 2);
    m_confidential->setObjectName(QStringLiteral("readersConfidential"));
    m_confidential->setHorizontalHeaderLabels({tr("Text"), tr("Only for")});
    m_confidential->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Wide enough for the longest reader's name ("the consignor client …"), the text takes the rest.
    m_confidential->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_confidential->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_confidential->verticalHeader()->hide();
    for (const ConfidentialText& c : incident.confidentialTexts)
        addConfidentialRow(c.text, c.audience);
    layout->addWidget(m_confidential);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Text"));
    add->setObjectName(QStringLiteral("readersAdd"));
    auto* remove = new QPushButton(tr("&Remove Text"));
    remove->setObjectName(QStringLiteral("readersRemove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addConfidentialRow({}, QString::fromLatin1(Audience::Regulator));
        m_confidential->setCurrentCell(m_confidential->rowCount() - 1, 0);
        m_confidential->editItem(m_confidential->item(m_confidential->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_confidential->currentRow() >= 0)
            m_confidential->removeRow(m_confidential->currentRow());
    });
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReadersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReadersDialog::reject);
    layout->addWidget(buttons);
}

void ReadersDialog::addConfidentialRow(const QString& text, const QString& audience)
{
    const int row = m_confidential->rowCount();
    m_confidential->insertRow(row);
    m_confidential->setItem(row, 0, new QTableWidgetItem(text));
    auto* reader = new QComboBox;
    for (const QString& a : audiences(m_document->incident()))
        reader->addItem(ConfidentialityCheck::audienceText(a), a);
    const int index = reader->findData(audience);
    reader->setCurrentIndex(index < 0 ? 0 : index);
    m_confidential->setCellWidget(row, 1, reader);
}

void ReadersDialog::accept()
{
    QList<ConsignorNames> names;
    for (int row = 0; row < m_clients->rowCount(); ++row) {
        ConsignorNames c;
        c.name = m_clients->item(row, 0)->text();
        c.nameEn = m_clients->item(row, 1)->text().trimmed();
        for (const QString& alias : m_clients->item(row, 2)->text().split(
                 QRegularExpression(QStringLiteral("[,、，]")), Qt::SkipEmptyParts))
            if (!alias.trimmed().isEmpty() && !c.aliases.contains(alias.trimmed()))
                c.aliases << alias.trimmed();
        if (!c.nameEn.isEmpty() || !c.aliases.isEmpty())
            names << c;
    }
    QList<ConfidentialText> texts;
    for (int row = 0; row < m_confidential->rowCount(); ++row) {
        const QString text =
            m_confidential->item(row, 0) ? m_confidential->item(row, 0)->text().trimmed() : QString();
        const auto* reader = qobject_cast<QComboBox*>(m_confidential->cellWidget(row, 1));
        if (!text.isEmpty() && reader)
            texts << ConfidentialText{text, reader->currentData().toString()};
    }
    // A refused list (an abbreviation of one letter …) is reported by the document; the dialog stays open.
    if (!m_document->setConsignorNames(names) || !m_document->setConfidentialTexts(texts))
        return;
    QDialog::accept();
}

} // namespace bd
