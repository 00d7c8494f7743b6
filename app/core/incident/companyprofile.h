// The company's own details, kept once per workspace (so that a shared workspace shares them): the reporting
// entity, its representative, addresses and contact desk, the person who files with the regulator (担当部署,
// 担当者 and direct line: 個人情報保護委員会「漏えい等報告」様式), the industry (業種), the P-mark review
// body (審査機関) and the letters' defaults. A new incident starts from it. Per-user preferences stay in
// QSettings.
#pragma once

#include "fields.h"
#include "incident.h"

namespace bd {

struct CompanyProfile
{
    Organisation org;    // name, address, representative and contact desk, as an incident records them
    QString phoneAbroad; // a number callers abroad can dial when the desk's is free-dial (0120 …)
    QString industryJa, industryEn;
    QString reporterDepartmentJa, reporterDepartmentEn;
    QString reporterNameJa, reporterNameEn;
    QString reporterPhone, reporterEmail; // the reporter's direct line, not the public desk
    bool pmarkHolder = false;
    QString pmarkBody;
    bool gdprApplies = false;
    QString letterDateStyle = QStringLiteral("seireki"); // or "wareki" (japaneseformat.h)
    bool operator==(const CompanyProfile&) const = default;

    // The incident's fields that a new incident takes from the profile (the organisation, the contact desk,
    // the P-mark and GDPR flags).
    void applyTo(Incident& incident) const;
};

using CompanyProfileFieldSpec = FieldSpec<CompanyProfile>;
// One table of the profile's fields: the key is also its storage key and its JSON key, and where the incident
// has the same field (fields.h) it has the same key.
const QList<CompanyProfileFieldSpec>& companyProfileFields();
const CompanyProfileFieldSpec* companyProfileField(const QString& key);

} // namespace bd
