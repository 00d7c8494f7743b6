// The PPC 漏えい等報告 (法26条1項, 規則8条1項): the nine items in the form's order, each as the plain text to
// paste into the PPC's web form, built from the incident's facts and narratives. What is not known yet is
// marked 調査中 (a 速報 needs only what is known when it is filed: 規則8条1項 parenthetical).
#pragma once

#include "catalogue.h"
#include "factsheet.h"
#include "filingkind.h"
#include "incident.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

struct ObligationReport;

// The placeholder text of an item still under investigation.
inline constexpr auto UnderInvestigationJa = "調査中";

struct ReportItem
{
    int number = 0;       // 1–9, 規則8条1項各号
    QString key;          // "summary", "items", "people", "cause", "secondary_harm", "individual_response",
                          // "publication", "prevention", "other"
    QString title;        // the form's label: 概要, 個人データの項目 …
    QString text;         // plain text, as pasted into the web form
    bool unknown = false; // wholly or partly still under investigation (調査中)

    // Characters as the form counts them: Unicode code points, line breaks included.
    int characterCount() const;
    bool operator==(const ReportItem&) const = default;
};

struct PpcReport
{
    ReportStage stage = ReportStage::Preliminary;
    QDate date;                                // the report's date
    QString reporter, representative, address; // 報告者 = the business's name (domain.md §1.6)
    QString deskName, deskPhone, deskEmail;
    // From the company profile (companyprofile.h): the industry (業種) and who files, with a direct line (the
    // PPC's form asks for the reporter's 担当部署, 担当者 and telephone, not the public desk).
    QString industry, reporterDepartment, reporterName, reporterPhone, reporterEmail;
    // The report this one follows (確報 after a 速報, 続報 after a 確報): "速報（2024年9月2日提出、受付番号
    // …）"; set by the caller, who knows the register. Empty for a first report.
    QString previousReport;
    QList<ReportItem> items; // always nine, in the form's order
    FactSheet facts;         // the facts the items state (own-report scope)

    const ReportItem* item(int number) const;
    const ReportItem* item(const QString& key) const;
    QList<int> unknownItems() const;
    // The whole report as plain text (title lines and items), for a copy of everything.
    QString plainText() const;

    QJsonObject toJson() const;
    static std::optional<PpcReport> fromJson(const QJsonObject& object);
};

// The nine item keys and titles in the form's order.
QStringList ppcItemKeys();
QString ppcItemTitle(int number);
// "速報（2024年9月2日提出、受付番号 R6-123）" for the header of the next report.
QString previousReportText(ReportStage stage, const QDate& submittedOn, const QString& receiptNo);

// Builds the report. `obligations` (optional) supplies the 規則7条 triggers with the officer's decisions;
// without it the triggers are evaluated from the facts alone.
PpcReport buildPpcReport(const Incident& incident, const QList<DataItem>& customItems, ReportStage stage,
                         const QDate& date, const ObligationReport* obligations = nullptr);

} // namespace bd
