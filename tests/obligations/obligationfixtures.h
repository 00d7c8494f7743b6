// Incidents for the obligations tests: the worked example of domain.md §5 and a plain one-data-set incident
// that fires nothing, to be changed one fact at a time.
#pragma once

#include "incident.h"

#include <QDateTime>
#include <QTimeZone>

namespace bd::test {

inline QDateTime jst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600));
}

inline DataSet dataSet(const char* group, std::optional<int> people, const QStringList& items,
                       Holder holder = Holder::Own, const QString& consignor = {})
{
    DataSet ds;
    ds.groupKey = QString::fromLatin1(group);
    ds.people = people;
    ds.itemKeys = items;
    ds.holder = holder;
    ds.consignorName = consignor;
    return ds;
}

// domain.md §5: ransomware found 2024-08-29 (Thu); health-check results and bank-account details of
// employees; about 6,400 people across consignor data, employees, candidates and business contacts.
inline Incident workedExampleIncident()
{
    Incident i;
    i.code = QStringLiteral("INC-2024-003");
    // The ransomware encrypted the files (毀損 happened); the extortion note makes a 漏えい possible.
    i.event.damage = EventCertainty::Occurred;
    i.event.leak = EventCertainty::Possible;
    i.knownAt = jst(2024, 8, 29, 10, 15);
    i.cause = CauseKind::Ransomware;
    i.malicious = true;
    i.maliciousReason = QStringLiteral("ransom note");
    i.pmarkHolder = true;
    i.pmarkBody = QStringLiteral("JIPDEC");
    i.gdprApplies = true;
    i.gdprRisk = GdprRisk::HighRisk;
    DataSet consignor =
        dataSet("consignor_customers", 4800,
                {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("policy_number")},
                Holder::Consignor, QStringLiteral("Sakura Insurance"));
    consignor.peopleEstimate = true;
    i.dataSets = {
        consignor,
        dataSet("employees", 420,
                {QStringLiteral("name"), QStringLiteral("health_checkup"), QStringLiteral("bank_account")}),
        dataSet("candidates", 900, {QStringLiteral("name"), QStringLiteral("email")}),
        dataSet("business_contacts", 280, {QStringLiteral("name"), QStringLiteral("work_email")})};
    return i;
}

// One data set of names and e-mail addresses, misdelivered, 10 people: no trigger fires.
inline Incident quietIncident()
{
    Incident i;
    i.code = QStringLiteral("INC-2025-001");
    i.event.leak = EventCertainty::Occurred;
    i.knownAt = jst(2025, 3, 3, 9, 0);
    i.cause = CauseKind::Misdelivery;
    i.dataSets = {dataSet("business_contacts", 10, {QStringLiteral("name"), QStringLiteral("email")})};
    return i;
}

} // namespace bd::test
