// evaluate() end to end: the worked example of domain.md §5, thresholds, encryption, the processor route,
// deadlines in closed periods, incomplete facts, decisions, overrides, filing states and the CLI forms.
#include "obligationfixtures.h"
#include "obligationreport.h"
#include "reportjson.h"
#include "reporttable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace bd;
using namespace bd::test;

namespace {
QString stateOf(const ObligationReport& report, const char* ruleId)
{
    const RuleResult* r = report.rule(QLatin1String(ruleId));
    return r ? ruleStateKey(r->state) : QStringLiteral("missing");
}

QStringList filingKeys(const ObligationReport& report)
{
    QStringList keys;
    for (const RequiredFiling& f : report.filings)
        keys.append(f.key);
    return keys;
}

bool hasReason(const RuleResult* r, const QString& code)
{
    return r && std::any_of(r->reasons.cbegin(), r->reasons.cend(),
                            [&](const Reason& x) { return x.code == code; });
}

ObligationReport evaluateAt(const Incident& i, const QList<Decision>& d = {}, const QList<Override>& o = {})
{
    return evaluate(i, d, o, jst(2024, 8, 30, 12, 0));
}
} // namespace

class TstObligationReport : public QObject
{
    Q_OBJECT

private slots:
    void workedExample_data();
    void workedExample();
    void workedExampleNotices();
    void peopleThreshold_data();
    void peopleThreshold();
    void oneSensitiveRecordMisdelivered();
    void encryption_data();
    void encryption();
    void processorNotifiedConsignor();
    void finalReportInClosedPeriods_data();
    void finalReportInClosedPeriods();
    void gdprClockAcrossMonthEnd();
    void incompleteFacts();
    void emptyIncident();
    void bankAccountNeedsJudgement();
    void overrides();
    void filingStates_data();
    void filingStates();
    void injectableClock();
    void json();
    void table();
};

void TstObligationReport::workedExample_data()
{
    QTest::addColumn<QDateTime>("knownAt");
    QTest::addColumn<QDate>("prelimFrom");
    QTest::addColumn<QDate>("prelimTo");
    QTest::addColumn<QDate>("finalDue");
    QTest::addColumn<QDateTime>("gdprDue");
    QTest::newRow("anchor 2024-08-29") << jst(2024, 8, 29, 10, 15) << QDate(2024, 8, 31) << QDate(2024, 9, 2)
                                       << QDate(2024, 10, 28) << jst(2024, 9, 1, 10, 15);
    QTest::newRow("alternative anchor 2024-09-02")
        << jst(2024, 9, 2, 16, 40) << QDate(2024, 9, 4) << QDate(2024, 9, 6) << QDate(2024, 10, 31)
        << jst(2024, 9, 5, 16, 40);
}

void TstObligationReport::workedExample()
{
    QFETCH(QDateTime, knownAt);
    QFETCH(QDate, prelimFrom);
    QFETCH(QDate, prelimTo);
    QFETCH(QDate, finalDue);
    QFETCH(QDateTime, gdprDue);
    Incident i = workedExampleIncident();
    i.knownAt = knownAt;
    const ObligationReport report = evaluateAt(i);

    QCOMPARE(stateOf(report, "JP-1"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-T1"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-T2"), QStringLiteral("needs_judgement"));
    QCOMPARE(stateOf(report, "JP-T3"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-T4"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-R"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "PM-1"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "EU-1"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "EU-2"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "EU-3"), QStringLiteral("cannot_decide"));
    QCOMPARE(report.rules.size(), allRuleIds().size());
    QVERIFY(report.warnings.isEmpty());

    // T1 rests on the employees' health-check results.
    const Reason& t1 = report.rule(QStringLiteral("JP-T1"))->reasons.first();
    QCOMPARE(t1.itemKey, QStringLiteral("health_checkup"));
    QCOMPARE(t1.dataSet, 1);
    QCOMPARE(t1.groupKey, QStringLiteral("employees"));
    QCOMPARE(report.rule(QStringLiteral("JP-T4"))->reasons.first().count, std::optional<int>(6400));

    const RequiredFiling* prelim = report.filing(QStringLiteral("ppc_preliminary"));
    QVERIFY(prelim);
    QCOMPARE(prelim->dueKind, DueKind::Window);
    QCOMPARE(prelim->from, prelimFrom);
    QCOMPARE(prelim->to, prelimTo);
    QVERIFY(!prelim->provisional);

    // 確報 decided by trigger 3: the app must say so (§5 "Important").
    const RequiredFiling* final = report.filing(QStringLiteral("ppc_final"));
    QVERIFY(final);
    QCOMPARE(final->dueKind, DueKind::Date);
    QCOMPARE(final->to, finalDue);
    QVERIFY2(final->reason.contains(QLatin1String("60 days because trigger 3 applies: ransomware")),
             qPrintable(final->reason));
    QVERIFY(hasReason(report.rule(QStringLiteral("JP-D2")), QStringLiteral("sixty_days_t3")));
    QCOMPARE(report.rule(QStringLiteral("JP-D2"))->reasons.first().cause,
             std::optional(CauseKind::Ransomware));

    const RequiredFiling* art33 = report.filing(QStringLiteral("gdpr_art33"));
    QVERIFY(art33);
    QCOMPARE(art33->dueKind, DueKind::DateTime);
    QCOMPARE(art33->dueAt, gdprDue);
    QCOMPARE(art33->dueAt.offsetFromUtc(), 9 * 3600);
    QCOMPARE(art33->dueAt.time(), knownAt.time());
    QVERIFY(report.filing(QStringLiteral("gdpr_art34")));

    // P-mark: 確報 on day 60 without roll-forward, 速報 window as for the PPC.
    QCOMPARE(report.filing(QStringLiteral("pmark_final"))->to, knownAt.date().addDays(59));
    QCOMPARE(report.filing(QStringLiteral("pmark_preliminary"))->to, prelimTo);
}

void TstObligationReport::workedExampleNotices()
{
    const ObligationReport report = evaluateAt(workedExampleIncident());
    QCOMPARE(filingKeys(report),
             (QStringList{"ppc_preliminary", "ppc_final", "consignor_notice:Sakura Insurance",
                          "individual_notice:consignor_customers", "individual_notice:employees",
                          "individual_notice:candidates", "individual_notice:business_contacts",
                          "pmark_preliminary", "pmark_final", "gdpr_art33", "gdpr_art34"}));
    const RequiredFiling* consignor = report.filing(QStringLiteral("consignor_notice:Sakura Insurance"));
    QCOMPARE(consignor->legalBasis, QStringLiteral("法26条1項ただし書, 規則9条"));
    QCOMPARE(consignor->dueKind, DueKind::Window);
    QCOMPARE(consignor->to, QDate(2024, 9, 2));
    QVERIFY(consignor->required);
    const RequiredFiling* employees = report.filing(QStringLiteral("individual_notice:employees"));
    QCOMPARE(employees->dueKind, DueKind::Promptly);
    QVERIFY(employees->reason.contains(QLatin1String("Promptly, as circumstances allow")));
    QVERIFY(!employees->deadline.isValid());
    QVERIFY(!employees->substituteAllowed);
    QCOMPARE(report.state(*employees), FilingState::Due);

    Incident unreachable = workedExampleIncident();
    unreachable.dataSets[2].contactsUnreachable = true; // candidates
    unreachable.dataSets[2].contactsUnreachableReason =
        QStringLiteral("former candidates' addresses are stale");
    const ObligationReport substitute = evaluateAt(unreachable);
    QCOMPARE(stateOf(substitute, "JP-N"), QStringLiteral("fires"));
    QVERIFY(substitute.filing(QStringLiteral("individual_notice:candidates"))->substituteAllowed);
    // Only the group whose people cannot be reached: the employees are still notified one by one.
    QVERIFY(!substitute.filing(QStringLiteral("individual_notice:employees"))->substituteAllowed);
    QVERIFY(!substitute.filing(QStringLiteral("individual_notice:business_contacts"))->substituteAllowed);
}

void TstObligationReport::peopleThreshold_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<QString>("jpR");
    QTest::addColumn<QStringList>("filings");
    QTest::newRow("exactly 1,000: no report") << 1000 << "does_not_fire" << QStringList{};
    QTest::newRow("1,001: trigger 4")
        << 1001 << "fires"
        << QStringList{"ppc_preliminary", "ppc_final", "individual_notice:business_contacts"};
}

void TstObligationReport::peopleThreshold()
{
    QFETCH(int, people);
    QFETCH(QString, jpR);
    QFETCH(QStringList, filings);
    Incident i = quietIncident();
    i.dataSets.first().people = people;
    const ObligationReport report = evaluateAt(i);
    QCOMPARE(stateOf(report, "JP-R"), jpR);
    QCOMPARE(stateOf(report, "JP-T4"), jpR);
    QCOMPARE(filingKeys(report), filings);
    if (!filings.isEmpty()) {
        // 30 days: 2025-03-03 + 29 = 2025-04-01 (Tue).
        QCOMPARE(report.filing(QStringLiteral("ppc_final"))->to, QDate(2025, 4, 1));
        QVERIFY(hasReason(report.rule(QStringLiteral("JP-D2")), QStringLiteral("thirty_days")));
    }
}

void TstObligationReport::oneSensitiveRecordMisdelivered()
{
    Incident i = quietIncident();
    i.dataSets = {dataSet("employees", 1, {QStringLiteral("name"), QStringLiteral("medical_history")}),
                  dataSet("business_contacts", 40, {QStringLiteral("name"), QStringLiteral("work_email")})};
    const ObligationReport report = evaluateAt(i);
    QCOMPARE(stateOf(report, "JP-T1"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-T3"), QStringLiteral("does_not_fire"));
    QCOMPARE(stateOf(report, "JP-R"), QStringLiteral("fires"));
    const RequiredFiling* final = report.filing(QStringLiteral("ppc_final"));
    QCOMPARE(final->to, QDate(2025, 4, 1));
    QVERIFY2(final->reason.contains(QLatin1String("30 days")), qPrintable(final->reason));
    // Only the employee's data is part of the 1号 situation; the business contacts' notice is listed, not
    // required.
    QVERIFY(report.filing(QStringLiteral("individual_notice:employees"))->required);
    const RequiredFiling* contacts = report.filing(QStringLiteral("individual_notice:business_contacts"));
    QVERIFY(!contacts->required);
    QCOMPARE(report.state(*contacts), FilingState::NotRequired);
}

void TstObligationReport::encryption_data()
{
    QTest::addColumn<bool>("keyLeaked");
    QTest::addColumn<QString>("jpR");
    QTest::addColumn<bool>("ppcFilings");
    QTest::addColumn<QString>("eu2");
    QTest::newRow("protective encryption") << false << "does_not_fire" << false << "does_not_fire";
    QTest::newRow("key may have leaked") << true << "fires" << true << "fires";
}

void TstObligationReport::encryption()
{
    QFETCH(bool, keyLeaked);
    QFETCH(QString, jpR);
    QFETCH(bool, ppcFilings);
    QFETCH(QString, eu2);
    Incident i = workedExampleIncident();
    for (DataSet& ds : i.dataSets) {
        ds.encrypted = true;
        ds.keyMayHaveLeaked = keyLeaked;
    }
    const ObligationReport report = evaluateAt(i);
    QCOMPARE(stateOf(report, "JP-1"), jpR);
    QCOMPARE(stateOf(report, "JP-R"), jpR);
    for (const char* t : {"JP-T1", "JP-T2", "JP-T3", "JP-T4"})
        QCOMPARE(hasReason(report.rule(QLatin1String(t)), QStringLiteral("encryption_exclusion")),
                 !keyLeaked);
    QCOMPARE(report.filing(QStringLiteral("ppc_final")) != nullptr, ppcFilings);
    QCOMPARE(report.filing(QStringLiteral("individual_notice:employees")) != nullptr, ppcFilings);
    QCOMPARE(stateOf(report, "EU-2"), eu2);
    // The P-mark report covers encrypted data too.
    QVERIFY(report.filing(QStringLiteral("pmark_final")));
    QVERIFY(report.filing(QStringLiteral("pmark_preliminary")));
    QVERIFY(report.filing(QStringLiteral("gdpr_art33")));
}

void TstObligationReport::processorNotifiedConsignor()
{
    Incident i = quietIncident();
    DataSet held = dataSet("consignor_customers", 1500, {QStringLiteral("name"), QStringLiteral("address")},
                           Holder::Consignor, QStringLiteral("Sakura Insurance"));
    i.dataSets.prepend(held);

    // Not yet notified: the consignor's 1,500 people count for our own report.
    ObligationReport report = evaluateAt(i);
    QCOMPARE(stateOf(report, "JP-P"), QStringLiteral("does_not_fire"));
    QCOMPARE(stateOf(report, "JP-R"), QStringLiteral("fires"));
    QVERIFY(report.filing(QStringLiteral("individual_notice:consignor_customers")));
    QCOMPARE(report.state(*report.filing(QStringLiteral("consignor_notice:Sakura Insurance"))),
             FilingState::Due);

    // Notified under 規則9条: no PPC report and no 本人通知 for that data; our own 10 people trigger nothing.
    i.dataSets.first().consignorNotifiedOn = QDate(2025, 3, 4);
    report = evaluateAt(i);
    QCOMPARE(stateOf(report, "JP-P"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-T4"), QStringLiteral("does_not_fire"));
    QCOMPARE(stateOf(report, "JP-R"), QStringLiteral("does_not_fire"));
    QCOMPARE(filingKeys(report), QStringList{QStringLiteral("consignor_notice:Sakura Insurance")});
    const RequiredFiling* notice = report.filing(QStringLiteral("consignor_notice:Sakura Insurance"));
    QCOMPARE(notice->doneOn, QDate(2025, 3, 4));
    QCOMPARE(report.state(*notice), FilingState::Filed);
}

void TstObligationReport::finalReportInClosedPeriods_data()
{
    QTest::addColumn<QDateTime>("knownAt");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("closedReason");
    QTest::newRow("day 30 in the year-end closure")
        << jst(2024, 12, 2, 9) << QDate(2025, 1, 6) << "year-end closure";
    QTest::newRow("day 30 in Golden Week")
        << jst(2025, 4, 4, 9) << QDate(2025, 5, 7) << "holiday (Constitution Memorial Day)";
}

void TstObligationReport::finalReportInClosedPeriods()
{
    QFETCH(QDateTime, knownAt);
    QFETCH(QDate, due);
    QFETCH(QString, closedReason);
    Incident i = quietIncident();
    i.knownAt = knownAt;
    i.dataSets.first().itemKeys.append(QStringLiteral("health_checkup"));
    const ObligationReport report = evaluate(i, {}, {}, knownAt);
    QCOMPARE(report.filing(QStringLiteral("ppc_final"))->to, due);
    const RuleResult* d2 = report.rule(QStringLiteral("JP-D2"));
    QVERIFY(hasReason(d2, QStringLiteral("rolled_forward")));
    QVERIFY2(d2->reasonText().contains(closedReason), qPrintable(d2->reasonText()));
    QCOMPARE(d2->reasons.last().date, due);
}

void TstObligationReport::gdprClockAcrossMonthEnd()
{
    Incident i = quietIncident();
    i.gdprApplies = true;
    i.gdprRisk = GdprRisk::Risk;
    i.knownAt = jst(2024, 1, 30, 23, 45);
    const ObligationReport report = evaluate(i, {}, {}, jst(2024, 2, 1, 0, 0));
    const RequiredFiling* art33 = report.filing(QStringLiteral("gdpr_art33"));
    QVERIFY(art33);
    QCOMPARE(art33->dueAt, jst(2024, 2, 2, 23, 45));
    QCOMPARE(art33->deadline, art33->dueAt);
    QCOMPARE(dueText(*art33), QStringLiteral("2024-02-02 23:45 +09:00"));
    QVERIFY(!report.filing(QStringLiteral("gdpr_art34")));
    QCOMPARE(report.state(*art33), FilingState::DueSoon); // 47 h 45 min left
}

void TstObligationReport::incompleteFacts()
{
    Incident i = workedExampleIncident();
    i.knownAt = QDateTime();
    i.dataSets[2].people = std::nullopt;
    const ObligationReport report = evaluateAt(i);
    // Trigger 4 still fires on the known counts (4,800 + 420 + 280); the 知った日 is missing.
    QCOMPARE(stateOf(report, "JP-T4"), QStringLiteral("fires"));
    QCOMPARE(stateOf(report, "JP-D1"), QStringLiteral("cannot_decide"));
    QCOMPARE(stateOf(report, "JP-D2"), QStringLiteral("cannot_decide"));
    const RuleResult* d2 = report.rule(QStringLiteral("JP-D2"));
    QCOMPARE(d2->reasons.first().code, QStringLiteral("missing_known_at"));
    QCOMPARE(d2->reasons.first().text,
             QStringLiteral("Record when the organisation learned of the breach (知った日)."));
    for (const RequiredFiling& f : report.filings) {
        QVERIFY2(f.dueKind == DueKind::Unknown || f.dueKind == DueKind::Promptly, qPrintable(f.key));
        QVERIFY(!f.deadline.isValid());
    }

    // With only small data sets the unknown count leaves trigger 4 open.
    Incident small = quietIncident();
    small.dataSets.append(dataSet("candidates", std::nullopt, {QStringLiteral("name")}));
    const ObligationReport open = evaluateAt(small);
    QCOMPARE(stateOf(open, "JP-T4"), QStringLiteral("cannot_decide"));
    QCOMPARE(stateOf(open, "JP-R"), QStringLiteral("cannot_decide"));
    const RuleResult* t4 = open.rule(QStringLiteral("JP-T4"));
    QVERIFY(hasReason(t4, QStringLiteral("unknown_count")));
    QVERIFY(
        t4->reasonText().contains(QLatin1String("Fill in the number of people for Candidates (data set 2)")));
    QVERIFY(open.filing(QStringLiteral("ppc_final"))->provisional);
}

void TstObligationReport::emptyIncident()
{
    const ObligationReport report = evaluate(Incident(), {}, {}, QDateTime());
    QCOMPARE(report.rules.size(), allRuleIds().size());
    QCOMPARE(stateOf(report, "JP-1"), QStringLiteral("cannot_decide"));
    QCOMPARE(stateOf(report, "JP-T1"), QStringLiteral("cannot_decide"));
    QCOMPARE(stateOf(report, "JP-R"), QStringLiteral("cannot_decide"));
    QCOMPARE(stateOf(report, "JP-D2"), QStringLiteral("cannot_decide"));
    for (const RequiredFiling& f : report.filings) {
        QVERIFY(f.provisional);
        QCOMPARE(report.state(f), FilingState::Due);
    }
    QVERIFY(!obligationReportToJson(report).isEmpty());
    QVERIFY(!obligationReportTable(report).isEmpty());
}

void TstObligationReport::bankAccountNeedsJudgement()
{
    Incident i = quietIncident();
    i.dataSets = {dataSet("employees", 50, {QStringLiteral("name"), QStringLiteral("bank_account")})};
    const ObligationReport open = evaluateAt(i);
    QCOMPARE(stateOf(open, "JP-T2"), QStringLiteral("needs_judgement"));
    QCOMPARE(stateOf(open, "JP-R"), QStringLiteral("needs_judgement"));
    QVERIFY(open.filing(QStringLiteral("ppc_final"))->provisional);

    const Decision yes{QStringLiteral("JP-T2"), true,
                       QStringLiteral("login passwords were stored with the accounts"), jst(2025, 3, 4, 11),
                       QStringLiteral("privacy officer")};
    const ObligationReport decided = evaluateAt(i, {yes});
    QCOMPARE(stateOf(decided, "JP-T2"), QStringLiteral("fires"));
    QCOMPARE(stateOf(decided, "JP-R"), QStringLiteral("fires"));
    QCOMPARE(decided.rule(QStringLiteral("JP-T2"))->decision, std::optional<Decision>(yes));
    QVERIFY(!decided.filing(QStringLiteral("ppc_final"))->provisional);
    QVERIFY(decided.filing(QStringLiteral("individual_notice:employees"))->required);

    const Decision no{QStringLiteral("JP-T2"), false, QStringLiteral("account numbers only (FAQ Q14-8)"),
                      jst(2025, 3, 4, 11), QStringLiteral("privacy officer")};
    const ObligationReport declined = evaluateAt(i, {no});
    QCOMPARE(stateOf(declined, "JP-R"), QStringLiteral("does_not_fire"));
    QVERIFY(declined.filings.isEmpty());
}

void TstObligationReport::overrides()
{
    const QList<Override> overrides{
        Override{QStringLiteral("ppc_final"), QVariant(QDate(2024, 11, 1)),
                 QStringLiteral("extension agreed by PPC"), jst(2024, 9, 10), QStringLiteral("sato")},
        Override{QStringLiteral("gdpr_art33"), QVariant(jst(2024, 9, 2, 18, 0)),
                 QStringLiteral("awareness confirmed later"), jst(2024, 9, 1), QStringLiteral("sato")},
        Override{QStringLiteral("individual_notice:candidates"), QVariant(false),
                 QStringLiteral("no candidate data on the encrypted server"), jst(2024, 9, 1),
                 QStringLiteral("sato")},
        Override{QStringLiteral("no_such_filing"), QVariant(true), QString(), QDateTime(), QString()},
        Override{QStringLiteral("JP-T4"), QVariant(QDate(2024, 9, 1)), QString(), QDateTime(), QString()},
    };
    const ObligationReport report = evaluateAt(workedExampleIncident(), {}, overrides);
    const RequiredFiling* final = report.filing(QStringLiteral("ppc_final"));
    QCOMPARE(final->to, QDate(2024, 11, 1));
    QVERIFY(final->overridden);
    QCOMPARE(final->overrideReason, QStringLiteral("extension agreed by PPC"));
    QVERIFY2(final->reason.contains(QLatin1String("computed: 2024-10-28")), qPrintable(final->reason));
    QCOMPARE(final->deadline, QDateTime(QDate(2024, 11, 2), QTime(0, 0), QTimeZone(9 * 3600)));

    const RequiredFiling* art33 = report.filing(QStringLiteral("gdpr_art33"));
    QCOMPARE(art33->dueAt, jst(2024, 9, 2, 18, 0));
    QCOMPARE(report.state(*report.filing(QStringLiteral("individual_notice:candidates"))),
             FilingState::NotRequired);
    QCOMPARE(report.warnings.size(), 2);

    // Overriding trigger 3 changes the 確報 period to 30 days.
    const Override notMalicious{QStringLiteral("JP-T3"), QVariant(false), QStringLiteral("test"),
                                jst(2024, 9, 1), QStringLiteral("sato")};
    const ObligationReport thirty = evaluateAt(workedExampleIncident(), {}, {notMalicious});
    QVERIFY(thirty.rule(QStringLiteral("JP-T3"))->overridden);
    QCOMPARE(thirty.filing(QStringLiteral("ppc_final"))->to, QDate(2024, 9, 27));
}

void TstObligationReport::filingStates_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("filed");
    QTest::addColumn<FilingState>("state");
    QTest::newRow("速報 3 days ahead")
        << jst(2024, 8, 30, 12) << "ppc_preliminary" << false << FilingState::Due;
    QTest::newRow("速報 within 48 h")
        << jst(2024, 9, 1, 0, 0) << "ppc_preliminary" << false << FilingState::DueSoon;
    QTest::newRow("速報 after day 5")
        << jst(2024, 9, 3, 0, 0) << "ppc_preliminary" << false << FilingState::Overdue;
    QTest::newRow("速報 filed") << jst(2024, 9, 3, 0, 0) << "ppc_preliminary" << true << FilingState::Filed;
    QTest::newRow("確報 on its day") << jst(2024, 10, 28, 17) << "ppc_final" << false << FilingState::DueSoon;
    QTest::newRow("確報 weeks ahead") << jst(2024, 10, 18, 9) << "ppc_final" << false << FilingState::Due;
    QTest::newRow("72 h not yet") << jst(2024, 9, 1, 10, 14) << "gdpr_art33" << false << FilingState::DueSoon;
    QTest::newRow("72 h passed") << jst(2024, 9, 1, 10, 15) << "gdpr_art33" << false << FilingState::Overdue;
}

void TstObligationReport::filingStates()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, key);
    QFETCH(bool, filed);
    QFETCH(FilingState, state);
    const ObligationReport report = evaluate(workedExampleIncident(), {}, {}, now);
    const RequiredFiling* f = report.filing(key);
    QVERIFY(f);
    const QSet<QString> filedKeys = filed ? QSet<QString>{key} : QSet<QString>{};
    QCOMPARE(filingStateKey(report.state(*f, filedKeys)), filingStateKey(state));
    QCOMPARE(filingStateKey(filingState(*f, now, filedKeys)), filingStateKey(state));
}

void TstObligationReport::injectableClock()
{
    SettableClock clock(jst(2024, 10, 25, 9, 0));
    ObligationReport report = evaluate(workedExampleIncident(), {}, {}, clock);
    QCOMPARE(report.evaluatedAt, clock.now());
    QCOMPARE(report.state(*report.filing(QStringLiteral("ppc_final"))), FilingState::Due);
    clock.advance(3 * 24 * 3600); // 2024-10-28 09:00, the last day
    report = evaluate(workedExampleIncident(), {}, {}, clock);
    QCOMPARE(report.state(*report.filing(QStringLiteral("ppc_final"))), FilingState::DueSoon);
    clock.set(jst(2024, 10, 29, 0, 0));
    report = evaluate(workedExampleIncident(), {}, {}, clock);
    QCOMPARE(report.state(*report.filing(QStringLiteral("ppc_final"))), FilingState::Overdue);
    QVERIFY(SystemClock().now().isValid());
}

void TstObligationReport::json()
{
    const ObligationReport report = evaluate(workedExampleIncident(), {}, {}, jst(2024, 8, 30, 12));
    const QJsonObject json = obligationReportToJson(report, {QStringLiteral("ppc_preliminary")});
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("breachdesk-obligations"));
    QCOMPARE(json.value(QLatin1String("incident")).toString(), QStringLiteral("INC-2024-003"));
    QCOMPARE(json.value(QLatin1String("evaluatedAt")).toString(),
             QStringLiteral("2024-08-30T12:00:00+09:00"));
    const QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), allRuleIds().size());
    const QJsonObject t1 = rules.at(1).toObject();
    QCOMPARE(t1.value(QLatin1String("id")).toString(), QStringLiteral("JP-T1"));
    QCOMPARE(t1.value(QLatin1String("state")).toString(), QStringLiteral("fires"));
    QCOMPARE(t1.value(QLatin1String("source")).toString(), QStringLiteral("規則7条1号"));
    const QJsonObject reason = t1.value(QLatin1String("reasons")).toArray().first().toObject();
    QCOMPARE(reason.value(QLatin1String("item")).toString(), QStringLiteral("health_checkup"));
    QCOMPARE(reason.value(QLatin1String("dataSet")).toInt(), 1);
    QVERIFY(reason.contains(QLatin1String("count")) && reason.value(QLatin1String("count")).isNull());

    QJsonObject prelim, final, art33;
    for (const QJsonValue& v : json.value(QLatin1String("filings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QLatin1String("key")).toString();
        if (key == QLatin1String("ppc_preliminary"))
            prelim = f;
        else if (key == QLatin1String("ppc_final"))
            final = f;
        else if (key == QLatin1String("gdpr_art33"))
            art33 = f;
    }
    QCOMPARE(prelim.value(QLatin1String("state")).toString(), QStringLiteral("filed"));
    const QJsonObject prelimDue = prelim.value(QLatin1String("due")).toObject();
    QCOMPARE(prelimDue.value(QLatin1String("kind")).toString(), QStringLiteral("window"));
    QCOMPARE(prelimDue.value(QLatin1String("from")).toString(), QStringLiteral("2024-08-31"));
    QCOMPARE(prelimDue.value(QLatin1String("to")).toString(), QStringLiteral("2024-09-02"));
    QCOMPARE(final.value(QLatin1String("due")).toObject().value(QLatin1String("to")).toString(),
             QStringLiteral("2024-10-28"));
    QCOMPARE(final.value(QLatin1String("deadline")).toString(), QStringLiteral("2024-10-29T00:00:00+09:00"));
    QCOMPARE(final.value(QLatin1String("state")).toString(), QStringLiteral("due"));
    QCOMPARE(art33.value(QLatin1String("due")).toObject().value(QLatin1String("at")).toString(),
             QStringLiteral("2024-09-01T10:15:00+09:00"));
    QCOMPARE(art33.value(QLatin1String("state")).toString(), QStringLiteral("due_soon"));
}

void TstObligationReport::table()
{
    const ObligationReport report = evaluate(workedExampleIncident(), {}, {}, jst(2024, 8, 30, 12));
    const QString text = obligationReportTable(report);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("Rule / filing")));
    QVERIFY(lines.first().contains(QLatin1String("State")));
    QVERIFY(text.contains(QStringLiteral("2024-08-31 – 2024-09-02")));
    QVERIFY(text.contains(QLatin1String("2024-09-01 10:15 +09:00")));
    // Columns line up: the state column starts at the same offset on every rule row.
    const int stateColumn = lines.first().indexOf(QLatin1String("State"));
    for (const QString& line : lines.mid(1, allRuleIds().size()))
        QVERIFY2(line.at(stateColumn - 1) == QLatin1Char(' ') && line.at(stateColumn) != QLatin1Char(' '),
                 qPrintable(line));
}

QTEST_GUILESS_MAIN(TstObligationReport)
#include "tst_obligationreport.moc"
