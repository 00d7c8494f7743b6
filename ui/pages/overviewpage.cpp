#include "overviewpage.h"

#include "catalogue.h"
#include "fieldbinder.h"
#include "incidentdocument.h"
#include "incidentservice.h"
#include "pagehelpers.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

OverviewPage::OverviewPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(new FieldBinder(document, this)), m_summary(new QLabel)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    auto* titleBox = new QGroupBox(tr("Incident"));
    auto* titleGrid = new QGridLayout(titleBox);
    addBilingualHeader(titleGrid);
    addBilingualRow(titleGrid, m_binder, tr("&Title"), QStringLiteral("title_ja"), QStringLiteral("title_en"),
                    QStringLiteral("title"));
    layout->addWidget(titleBox);

    auto* summaryBox = new QGroupBox(tr("At a glance"));
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    summaryLayout->addWidget(m_summary);
    layout->addWidget(summaryBox);

    auto* orgBox = new QGroupBox(tr("Reporting organisation"));
    auto* orgGrid = new QGridLayout(orgBox);
    addBilingualHeader(orgGrid);
    addBilingualRow(orgGrid, m_binder, tr("&Name"), QStringLiteral("org_name_ja"),
                    QStringLiteral("org_name_en"), QStringLiteral("orgName"));
    addBilingualRow(orgGrid, m_binder, tr("&Address"), QStringLiteral("org_address_ja"),
                    QStringLiteral("org_address_en"), QStringLiteral("orgAddress"));
    addBilingualRow(orgGrid, m_binder, tr("&Representative"), QStringLiteral("org_representative_ja"),
                    QStringLiteral("org_representative_en"), QStringLiteral("orgRepresentative"));
    layout->addWidget(orgBox);

    auto* deskBox = new QGroupBox(tr("Contact desk"));
    auto* deskGrid = new QGridLayout(deskBox);
    addBilingualHeader(deskGrid);
    addBilingualRow(deskGrid, m_binder, tr("Desk &name"), QStringLiteral("desk_name_ja"),
                    QStringLiteral("desk_name_en"), QStringLiteral("deskName"));
    addBilingualRow(deskGrid, m_binder, tr("&Hours"), QStringLiteral("desk_hours_ja"),
                    QStringLiteral("desk_hours_en"), QStringLiteral("deskHours"));
    int row = deskGrid->rowCount();
    auto* phone = new QLineEdit;
    phone->setObjectName(QStringLiteral("deskPhoneLineEdit"));
    auto* phoneLabel = new QLabel(tr("&Phone"));
    phoneLabel->setBuddy(phone);
    deskGrid->addWidget(phoneLabel, row, 0);
    deskGrid->addWidget(phone, row, 1, 1, 2);
    m_binder->bind(phone, m_binder->incidentField(QStringLiteral("desk_phone")));
    auto* email = new QLineEdit;
    email->setObjectName(QStringLiteral("deskEmailLineEdit"));
    auto* emailLabel = new QLabel(tr("&E-mail"));
    emailLabel->setBuddy(email);
    deskGrid->addWidget(emailLabel, ++row, 0);
    deskGrid->addWidget(email, row, 1, 1, 2);
    m_binder->bind(email, m_binder->incidentField(QStringLiteral("desk_email")));
    layout->addWidget(deskBox);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &IncidentDocument::loaded, this, &OverviewPage::updateSummary);
    connect(document, &IncidentDocument::incidentFieldChanged, this, &OverviewPage::updateSummary);
    connect(document, &IncidentDocument::dataSetsChanged, this, &OverviewPage::updateSummary);
    connect(document, &IncidentDocument::timelineChanged, this, &OverviewPage::updateSummary);
    updateSummary();
}

void OverviewPage::updateSummary()
{
    const Incident& inc = m_document->incident();
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>Code:</b> %1").arg(inc.code.toHtmlEscaped());
    lines
        << tr("<b>Status:</b> %1").arg(inc.status == IncidentStatus::Archived ? tr("Archived") : tr("Open"));
    // After a redaction (docs/redaction.md) the recipient lists are blank: say why, and who signed it.
    StorageError error;
    if (const std::optional<RedactionRecord> redaction =
            m_document->workspace().incidents().redaction(inc.id, &error))
        lines << tr("<b>Personal data redacted:</b> %1 by %2 (signing key %3)")
                     .arg(redaction->at.left(10), redaction->who.toHtmlEscaped(), redaction->signer);
    if (inc.knownAt.isValid()) {
        const qint64 days = inc.knownAt.date().daysTo(m_document->workspace().today()) + 1;
        lines << tr("<b>Learned of it (知った日):</b> %1 — day %2")
                     .arg(QLocale().toString(inc.knownAt.toLocalTime(),
                                             QStringLiteral("yyyy-MM-dd (ddd) HH:mm")))
                     .arg(days);
    } else {
        lines << tr("<b>Learned of it (知った日):</b> not recorded yet — every deadline counts from it");
    }
    bool about = false;
    const std::optional<int> people = inc.totalPeople(&about);
    lines << tr("<b>People affected:</b> %1 in %n data set(s)", nullptr, int(inc.dataSets.size()))
                 .arg(people ? (about ? tr("about %1") : QStringLiteral("%1")).arg(locale.toString(*people))
                             : tr("unknown (a count is missing)"));
    int sensitive = 0;
    for (const DataSet& ds : inc.dataSets)
        for (const QString& key : ds.itemKeys)
            if (const DataItem* item = findBuiltinDataItem(key); item && item->sensitive)
                ++sensitive;
    if (sensitive > 0)
        lines << tr("<b>Sensitive data (要配慮):</b> %n item(s) across the data sets", nullptr, sensitive);
    lines << tr("<b>Timeline:</b> %n event(s)", nullptr, int(inc.timeline.size()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace bd
