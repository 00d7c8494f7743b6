// Test fixtures shared by the incident and storage suites: a fully filled incident (every field of fields.cpp
// set to a value that is not its default) and the custom data items it uses.
#pragma once

#include "catalogue.h"
#include "fields.h"
#include "incident.h"

#include <QDateTime>
#include <QTimeZone>

namespace bd::test {

inline QDateTime tokyo(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600));
}

// A narrative whose two sides are in step (neither needs an update), as the JSON reader produces it.
inline Narrative inStep(NarrativeSection section, const QString& ja, const QString& en)
{
    Narrative n;
    n.section = section;
    n.textJa = ja;
    n.textEn = en;
    n.basisJa = Narrative::hashOf(en);
    n.basisEn = Narrative::hashOf(ja);
    return n;
}

inline QList<DataItem> fixtureCustomItems()
{
    return {
        DataItem{QStringLiteral("claim_photo"), QStringLiteral("事故現場写真"),
                 QStringLiteral("Accident-site photographs"), false, false, true, true},
        DataItem{QStringLiteral("union_membership"), QStringLiteral("労働組合加入"),
                 QStringLiteral("Union membership"), true, false, false, true},
    };
}

// Every editable field holds a non-default value somewhere (checked by tst_incidentjson), so a field that is
// lost on its way through JSON or the database shows up as a difference.
inline Incident fullIncident(const QString& code = QStringLiteral("INC-2024-042"))
{
    Incident i;
    i.code = code;
    i.titleJa = QStringLiteral("不正アクセスによる個人情報漏えいのおそれ");
    i.titleEn = QStringLiteral("Possible leak of personal data after unauthorised access");
    i.status = IncidentStatus::Archived;

    i.org.nameJa = QStringLiteral("みなと損害鑑定株式会社");
    i.org.nameEn = QStringLiteral("Minato Loss Adjusters Co., Ltd.");
    i.org.addressJa = QStringLiteral("東京都港区芝浦九丁目8番7号");
    i.org.addressEn = QStringLiteral("9-8-7 Shibaura, Minato-ku, Tokyo");
    i.org.representativeJa = QStringLiteral("代表取締役 浜田 誠");
    i.org.representativeEn = QStringLiteral("Makoto Hamada, Representative Director");
    i.org.desk.nameJa = QStringLiteral("個人情報お問い合わせ窓口");
    i.org.desk.nameEn = QStringLiteral("Personal Information Inquiry Desk");
    i.org.desk.phone = QStringLiteral("0120-000-123");
    i.org.desk.phoneAbroad = QStringLiteral("+81-3-0000-0123");
    i.org.desk.email = QStringLiteral("privacy@example.co.jp");
    i.org.desk.hoursJa = QStringLiteral("平日 9:00～18:00");
    i.org.desk.hoursEn = QStringLiteral("Weekdays 9:00-18:00 JST");

    i.event = EventStates{EventCertainty::Possible, EventCertainty::Occurred, EventCertainty::Occurred};
    i.occurredFrom = QDate(2024, 8, 27);
    i.occurredTo = QDate(2024, 8, 29);
    i.knownAt = tokyo(2024, 8, 29, 9, 30);
    i.containedOn = QDate(2024, 8, 30);

    i.cause = CauseKind::Ransomware;
    i.malicious = true;
    i.maliciousReason = QStringLiteral("脅迫文が残されていた");

    i.pmarkHolder = true;
    i.pmarkBody = QStringLiteral("JIPDEC");
    i.gdprApplies = true;
    i.gdprRisk = GdprRisk::HighRisk;

    DataSet consignor;
    consignor.groupKey = QString::fromLatin1(GroupKey::ConsignorCustomers);
    consignor.holder = Holder::Consignor;
    consignor.consignorName = QStringLiteral("さくら損害保険株式会社");
    consignor.people = 1200;
    consignor.peopleEstimate = true;
    consignor.itemKeys = {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("policy_number"),
                          QStringLiteral("claim_photo")};
    consignor.consignorNotifiedOn = QDate(2024, 8, 30);
    consignor.encrypted = true;
    consignor.keyMayHaveLeaked = true;
    consignor.position = 0;

    DataSet custom;
    custom.groupKey = QStringLiteral("volunteers");
    custom.groupLabelJa = QStringLiteral("ボランティア");
    custom.groupLabelEn = QStringLiteral("Volunteers");
    custom.people = std::nullopt;
    custom.itemKeys = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("health_checkup"),
                       QStringLiteral("union_membership")};
    custom.contactsUnreachable = true;
    custom.contactsUnreachableReason = QStringLiteral("連絡先が古い");
    custom.position = 1;

    DataSet employees;
    employees.groupKey = QString::fromLatin1(GroupKey::Employees);
    employees.people = 35;
    employees.itemKeys = {QStringLiteral("name"), QStringLiteral("employee_number"),
                          QStringLiteral("my_number")};
    employees.position = 2;

    i.dataSets = {consignor, custom, employees};

    TimelineEvent first;
    first.at = tokyo(2024, 8, 27);
    first.dateOnly = true;
    first.textJa = QStringLiteral("不審なログインが始まる");
    first.textEn = QStringLiteral("Suspicious logins begin");
    TimelineEvent known;
    known.at = tokyo(2024, 8, 29, 9, 30);
    known.textJa = QStringLiteral("脅迫文を発見");
    known.textEn = QStringLiteral("Ransom note found");
    TimelineEvent contained;
    contained.at = tokyo(2024, 8, 30, 18, 15);
    contained.textJa = QStringLiteral("VPN装置を遮断");
    i.timeline = {first, known, contained};

    for (NarrativeSection s : allNarrativeSections()) {
        const QString key = narrativeSectionKey(s);
        i.narratives.append(
            inStep(s, QStringLiteral("日本語の%1").arg(key), QStringLiteral("English %1").arg(key)));
    }
    // Cause: the Japanese side changed after the English one was written, so English needs an update.
    Narrative& cause = i.narratives[static_cast<int>(NarrativeSection::Cause)];
    cause.textJa = QStringLiteral("原因の説明を更新した");
    cause.basisEn = QByteArray();
    cause.basisJa = Narrative::hashOf(cause.textEn);
    // Other: only Japanese so far.
    i.narratives[static_cast<int>(NarrativeSection::Other)] =
        inStep(NarrativeSection::Other, QStringLiteral("その他の事項"), QString());
    return i;
}

// The same facts without what the database or a file assigns (ids, timestamps); positions follow the list
// order.
inline Incident withoutIds(Incident i)
{
    i.id = 0;
    i.createdAt = QDateTime();
    i.updatedAt = QDateTime();
    for (int k = 0; k < i.dataSets.size(); ++k) {
        i.dataSets[k].id = 0;
        i.dataSets[k].position = k;
    }
    for (TimelineEvent& e : i.timeline)
        e.id = 0;
    return i;
}

} // namespace bd::test
