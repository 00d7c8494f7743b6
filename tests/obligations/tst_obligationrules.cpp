// The decision rules of domain.md §4, one at a time: facts in, state and reasons out.
#include "obligationfixtures.h"
#include "rules.h"
#include "settle.h"

#include <QTest>

using namespace bd;
using namespace bd::test;

namespace {
RuleContext ownContext(const Incident& i, const QList<DataItem>& custom = {})
{
    return RuleContext::ownReport(i, Lang::En, custom);
}

QStringList codes(const RuleResult& r)
{
    QStringList list;
    for (const Reason& reason : r.reasons)
        list.append(reason.code);
    return list;
}
} // namespace

class TstObligationRules : public QObject
{
    Q_OBJECT

private slots:
    void peopleThreshold_data();
    void peopleThreshold();
    void sensitiveItems_data();
    void sensitiveItems();
    void financialItems_data();
    void financialItems();
    void maliciousCause_data();
    void maliciousCause();
    void encryptionExclusion_data();
    void encryptionExclusion();
    void eventKindMissing();
    void processorRoute();
    void gdpr_data();
    void gdpr();
    void substituteNotice();
    void eventCertainty_data();
    void eventCertainty();
    void encryptionPerDataSet();
    void decisionsAndOverrides();
};

void TstObligationRules::peopleThreshold_data()
{
    QTest::addColumn<QList<int>>("counts"); // -1 = unknown
    QTest::addColumn<bool>("about");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("total");
    QTest::newRow("exactly 1,000") << QList<int>{1000} << false << "does_not_fire" << 1000;
    QTest::newRow("1,001") << QList<int>{1001} << false << "fires" << 1001;
    QTest::newRow("about 1,001 counts as is") << QList<int>{1001} << true << "fires" << 1001;
    QTest::newRow("sum 600 + 400") << QList<int>{600, 400} << false << "does_not_fire" << 1000;
    QTest::newRow("sum 600 + 401") << QList<int>{600, 401} << false << "fires" << 1001;
    QTest::newRow("unknown below") << QList<int>{500, -1} << false << "cannot_decide" << 500;
    QTest::newRow("unknown but already above") << QList<int>{1200, -1} << false << "fires" << 1200;
    QTest::newRow("zero") << QList<int>{0} << false << "does_not_fire" << 0;
}

void TstObligationRules::peopleThreshold()
{
    QFETCH(QList<int>, counts);
    QFETCH(bool, about);
    QFETCH(QString, state);
    QFETCH(int, total);
    Incident i = quietIncident();
    i.dataSets.clear();
    for (int c : counts) {
        DataSet ds =
            dataSet("employees", c < 0 ? std::nullopt : std::optional<int>(c), {QStringLiteral("name")});
        ds.peopleEstimate = about;
        i.dataSets.append(ds);
    }
    const RuleResult r = ruleJpT4(i, ownContext(i));
    QCOMPARE(r.id, QStringLiteral("JP-T4"));
    QCOMPARE(r.source, QStringLiteral("規則7条4号"));
    QCOMPARE(ruleStateKey(r.state), state);
    QCOMPARE(r.reasons.first().code, QStringLiteral("people_total"));
    QCOMPARE(r.reasons.first().count, std::optional<int>(total));
    const int unknownIndex = counts.indexOf(-1);
    if (unknownIndex >= 0 && state == QLatin1String("cannot_decide")) {
        const Reason& missing = r.reasons.at(1);
        QCOMPARE(missing.code, QStringLiteral("unknown_count"));
        QCOMPARE(missing.dataSet, unknownIndex);
        QCOMPARE(missing.groupKey, QStringLiteral("employees"));
        QVERIFY2(missing.text.startsWith(QLatin1String("Fill in the number of people for")),
                 qPrintable(missing.text));
        QVERIFY(missing.text.contains(QStringLiteral("data set %1").arg(unknownIndex + 1)));
    }
}

void TstObligationRules::sensitiveItems_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("code");
    QTest::newRow("names only") << QStringList{"name", "email"} << "does_not_fire"
                                << "no_qualifying_item";
    QTest::newRow("health check") << QStringList{"name", "health_checkup"} << "fires"
                                  << "sensitive_item";
    QTest::newRow("medical history") << QStringList{"medical_history"} << "fires"
                                     << "sensitive_item";
    QTest::newRow("custom sensitive item") << QStringList{"union_membership"} << "fires"
                                           << "sensitive_item";
    QTest::newRow("unknown item") << QStringList{"name", "mystery"} << "needs_judgement"
                                  << "unknown_item";
    QTest::newRow("no items") << QStringList{} << "cannot_decide"
                              << "no_items";
}

void TstObligationRules::sensitiveItems()
{
    QFETCH(QStringList, items);
    QFETCH(QString, state);
    QFETCH(QString, code);
    Incident i = quietIncident();
    i.dataSets = {dataSet("business_contacts", 3, {QStringLiteral("name")}), dataSet("employees", 1, items)};
    const QList<DataItem> custom{DataItem{QStringLiteral("union_membership"), QStringLiteral("労働組合加入"),
                                          QStringLiteral("Union membership"), true, false, false, true}};
    const RuleResult r = ruleJpT1(i, ownContext(i, custom));
    QCOMPARE(ruleStateKey(r.state), state);
    QCOMPARE(r.reasons.first().code, code);
    if (state == QLatin1String("fires")) {
        const Reason& reason = r.reasons.first();
        QCOMPARE(reason.dataSet, 1);
        QCOMPARE(reason.groupLabel, QStringLiteral("Employees and former employees"));
        QVERIFY(items.contains(reason.itemKey));
        QVERIFY(!reason.itemLabel.isEmpty());
        QCOMPARE(r.dataSets, QList<int>{1});
    }
}

void TstObligationRules::financialItems_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("state");
    QTest::newRow("bank account alone") << QStringList{"name", "bank_account"} << "needs_judgement";
    QTest::newRow("bank account and card") << QStringList{"bank_account", "credit_card"} << "fires";
    QTest::newRow("banking login") << QStringList{"banking_credentials"} << "fires";
    QTest::newRow("no financial data") << QStringList{"name", "address"} << "does_not_fire";
}

void TstObligationRules::financialItems()
{
    QFETCH(QStringList, items);
    QFETCH(QString, state);
    Incident i = quietIncident();
    i.dataSets = {dataSet("employees", 5, items)};
    const RuleResult r = ruleJpT2(i, ownContext(i));
    QCOMPARE(ruleStateKey(r.state), state);
    if (state == QLatin1String("needs_judgement")) {
        QCOMPARE(r.reasons.first().code, QStringLiteral("judgement_item"));
        QCOMPARE(r.reasons.first().itemKey, QStringLiteral("bank_account"));
        QVERIFY(r.reasons.first().text.contains(QLatin1String("Q14-8")));
    }
}

void TstObligationRules::maliciousCause_data()
{
    QTest::addColumn<CauseKind>("cause");
    QTest::addColumn<bool>("malicious");
    QTest::addColumn<QString>("state");
    QTest::newRow("ransomware") << CauseKind::Ransomware << false << "fires";
    QTest::newRow("unauthorised access") << CauseKind::UnauthorisedAccess << false << "fires";
    QTest::newRow("insider") << CauseKind::Insider << false << "fires";
    QTest::newRow("loss or theft") << CauseKind::LossOrTheft << false << "needs_judgement";
    QTest::newRow("theft recorded") << CauseKind::LossOrTheft << true << "fires";
    QTest::newRow("misdelivery") << CauseKind::Misdelivery << false << "does_not_fire";
    QTest::newRow("other, malicious") << CauseKind::Other << true << "fires";
    QTest::newRow("unknown cause") << CauseKind::Unknown << false << "cannot_decide";
}

void TstObligationRules::maliciousCause()
{
    QFETCH(CauseKind, cause);
    QFETCH(bool, malicious);
    QFETCH(QString, state);
    Incident i = quietIncident();
    i.cause = cause;
    i.malicious = malicious;
    const RuleResult r = ruleJpT3(i, ownContext(i));
    QCOMPARE(ruleStateKey(r.state), state);
    QCOMPARE(finalReportDays(r), state == QLatin1String("fires") ? 60 : 30);
}

void TstObligationRules::encryptionExclusion_data()
{
    QTest::addColumn<bool>("keyLeaked");
    QTest::addColumn<QString>("state");
    QTest::newRow("key safe") << false << "does_not_fire";
    QTest::newRow("key may have leaked") << true << "fires";
}

void TstObligationRules::encryptionExclusion()
{
    QFETCH(bool, keyLeaked);
    QFETCH(QString, state);
    Incident i = workedExampleIncident();
    for (DataSet& ds : i.dataSets) {
        ds.encrypted = true;
        ds.keyMayHaveLeaked = keyLeaked;
    }
    const RuleContext c = ownContext(i);
    const RuleResult jp1 = ruleJp1(i);
    QCOMPARE(ruleStateKey(jp1.state), state);
    QCOMPARE(codes(jp1).contains(QStringLiteral("encryption_key_leaked")), keyLeaked);
    for (const RuleResult& t : {ruleJpT1(i, c), ruleJpT3(i, c), ruleJpT4(i, c)}) {
        QCOMPARE(ruleStateKey(t.state), state);
        QCOMPARE(codes(t).contains(QStringLiteral("encryption_exclusion")), !keyLeaked);
    }
    // The P-mark view ignores the exclusion: encrypted devices are reported too.
    RuleContext pmark = RuleContext::allData(i, Lang::En, {});
    pmark.encryptionExcludes = false;
    QVERIFY(ruleJpT1(i, pmark).fires());
}

void TstObligationRules::eventKindMissing()
{
    Incident i = quietIncident();
    i.event = EventStates{};
    const RuleResult r = ruleJp1(i);
    QCOMPARE(r.state, RuleState::CannotDecide);
    QCOMPARE(codes(r), QStringList{QStringLiteral("no_event_kind")});
}

void TstObligationRules::processorRoute()
{
    Incident i = quietIncident();
    DataSet held = dataSet("consignor_customers", 1500, {QStringLiteral("name")}, Holder::Consignor,
                           QStringLiteral("Sakura Insurance"));
    held.consignorNotifiedOn = QDate(2025, 3, 4);
    i.dataSets.prepend(held);
    const RuleContext own = ownContext(i);
    QCOMPARE(own.scope, QList<int>{1});
    const RuleResult p = ruleJpP(i, own);
    QCOMPARE(p.state, RuleState::Fires);
    QCOMPARE(p.dataSets, QList<int>{0});
    QCOMPARE(p.reasons.first().code, QStringLiteral("processor_notified"));
    QCOMPARE(p.reasons.first().date, QDate(2025, 3, 4));
    // 10 own people do not reach trigger 4; with the consignor's 1,500 they would.
    QCOMPARE(ruleJpT4(i, own).state, RuleState::DoesNotFire);
    QCOMPARE(ruleJpT4(i, RuleContext::allData(i, Lang::En, {})).state, RuleState::Fires);

    // Only the consignor's data: nothing counts for our own report.
    i.dataSets.removeLast();
    const RuleContext none = ownContext(i);
    QVERIFY(none.scope.isEmpty());
    QCOMPARE(codes(ruleJpT3(i, none)), QStringList{QStringLiteral("all_data_notified")});
    const QList<RuleResult> triggers{ruleJpT1(i, none), ruleJpT2(i, none), ruleJpT3(i, none),
                                     ruleJpT4(i, none)};
    QCOMPARE(ruleJpR(i, none, ruleJp1(i), triggers).state, RuleState::DoesNotFire);
}

void TstObligationRules::gdpr_data()
{
    QTest::addColumn<bool>("applies");
    QTest::addColumn<GdprRisk>("risk");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("eu1");
    QTest::addColumn<QString>("eu2");
    QTest::addColumn<QString>("eu3");
    QTest::newRow("not applicable") << false << GdprRisk::HighRisk << false << "does_not_fire"
                                    << "does_not_fire"
                                    << "does_not_fire";
    QTest::newRow("unlikely") << true << GdprRisk::Unlikely << false << "does_not_fire"
                              << "does_not_fire"
                              << "cannot_decide";
    QTest::newRow("risk") << true << GdprRisk::Risk << false << "fires"
                          << "does_not_fire"
                          << "cannot_decide";
    QTest::newRow("high risk") << true << GdprRisk::HighRisk << false << "fires"
                               << "fires"
                               << "cannot_decide";
    QTest::newRow("high risk, encrypted") << true << GdprRisk::HighRisk << true << "fires"
                                          << "does_not_fire"
                                          << "cannot_decide";
    QTest::newRow("unassessed") << true << GdprRisk::Unassessed << false << "needs_judgement"
                                << "needs_judgement"
                                << "cannot_decide";
}

void TstObligationRules::gdpr()
{
    QFETCH(bool, applies);
    QFETCH(GdprRisk, risk);
    QFETCH(bool, encrypted);
    QFETCH(QString, eu1);
    QFETCH(QString, eu2);
    QFETCH(QString, eu3);
    Incident i = quietIncident();
    i.gdprApplies = applies;
    i.gdprRisk = risk;
    for (DataSet& ds : i.dataSets)
        ds.encrypted = encrypted;
    const RuleResult r1 = ruleEu1(i);
    QCOMPARE(ruleStateKey(r1.state), eu1);
    QCOMPARE(ruleStateKey(ruleEu2(i, r1).state), eu2);
    QCOMPARE(ruleStateKey(ruleEu3(i).state), eu3);
}

void TstObligationRules::substituteNotice()
{
    Incident i = quietIncident();
    i.dataSets.append(dataSet("employees", 5, {QStringLiteral("name")}));
    QCOMPARE(ruleJpN(i, ownContext(i)).state, RuleState::DoesNotFire);
    i.dataSets[0].contactsUnreachable = true;
    QCOMPARE(codes(ruleJpN(i, ownContext(i))), QStringList{QStringLiteral("missing_reason")});
    i.dataSets[0].contactsUnreachableReason = QStringLiteral("addresses are ten years old");
    const RuleResult r = ruleJpN(i, ownContext(i));
    QCOMPARE(r.state, RuleState::Fires);
    QVERIFY(r.reasons.first().text.contains(QLatin1String("addresses are ten years old")));
    // Only the business contacts cannot be reached: the substitute is for them, not for the employees.
    QCOMPARE(r.dataSets, QList<int>{0});
    QCOMPARE(r.reasons.first().groupKey, QStringLiteral("business_contacts"));
}

// Each kind with its own certainty (法26条1項 「発生し、又は発生したおそれがある」): any kind that happened
// or may have happened engages the APPI, and a report then needs a trigger of 規則7条.
void TstObligationRules::eventCertainty_data()
{
    QTest::addColumn<EventStates>("event");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("jp1");
    QTest::addColumn<QString>("jpR");
    QTest::addColumn<QString>("said");
    const QStringList plain{QStringLiteral("name"), QStringLiteral("email")};
    const QStringList health{QStringLiteral("name"), QStringLiteral("health_checkup")};
    using C = EventCertainty;
    QTest::newRow("only damage happened, plain data: no report")
        << EventStates{C::No, C::No, C::Occurred} << plain << "fires"
        << "does_not_fire"
        << "Event: damage (毀損) happened.";
    QTest::newRow("leak possible, sensitive data: report")
        << EventStates{C::Possible, C::No, C::No} << health << "fires"
        << "fires"
        << "Event: leak (漏えい) may have happened.";
    QTest::newRow("damage happened, sensitive data: report")
        << EventStates{C::No, C::No, C::Occurred} << health << "fires"
        << "fires"
        << "Event: damage (毀損) happened.";
    QTest::newRow("damage happened and leak possible")
        << EventStates{C::Possible, C::No, C::Occurred} << health << "fires"
        << "fires"
        << "Event: damage (毀損) happened; leak (漏えい) may have happened.";
    QTest::newRow("loss and damage possible, plain data")
        << EventStates{C::No, C::Possible, C::Possible} << plain << "fires"
        << "does_not_fire"
        << "Event: loss (滅失), damage (毀損) may have happened.";
    QTest::newRow("nothing recorded, sensitive data: cannot decide")
        << EventStates{} << health << "cannot_decide"
        << "cannot_decide"
        << "";
}

void TstObligationRules::eventCertainty()
{
    QFETCH(EventStates, event);
    QFETCH(QStringList, items);
    QFETCH(QString, jp1);
    QFETCH(QString, jpR);
    QFETCH(QString, said);
    Incident i = quietIncident(); // misdelivery to 10 people: no trigger but the items' own
    i.event = event;
    i.dataSets = {dataSet("employees", 10, items)};
    const RuleContext c = ownContext(i);
    const RuleResult one = ruleJp1(i);
    QCOMPARE(ruleStateKey(one.state), jp1);
    const QList<RuleResult> triggers{ruleJpT1(i, c), ruleJpT2(i, c), ruleJpT3(i, c), ruleJpT4(i, c)};
    QCOMPARE(ruleStateKey(ruleJpR(i, c, one, triggers).state), jpR);
    if (!said.isEmpty())
        QCOMPARE(one.reasons.first().text, said);
}

// The encryption exclusion is per data set: the employees' encrypted health-check results no longer fire
// trigger 1, while the unencrypted data still counts for trigger 4.
void TstObligationRules::encryptionPerDataSet()
{
    Incident i = workedExampleIncident();
    const RuleContext c = ownContext(i);
    QVERIFY(ruleJpT1(i, c).fires());
    i.dataSets[1].encrypted = true; // employees: health_checkup, bank_account
    const RuleResult t1 = ruleJpT1(i, c);
    QCOMPARE(t1.state, RuleState::DoesNotFire);
    QVERIFY(codes(t1).contains(QStringLiteral("encryption_exclusion")));
    QCOMPARE(ruleJpT2(i, c).state, RuleState::DoesNotFire);
    const RuleResult t4 = ruleJpT4(i, c);
    QVERIFY(t4.fires());
    QVERIFY(!t4.dataSets.contains(1));
    QVERIFY(ruleJp1(i).fires()); // the other data sets are not encrypted
    // Its key may have leaked: the exclusion is lost for that data set again.
    i.dataSets[1].keyMayHaveLeaked = true;
    QVERIFY(ruleJpT1(i, c).fires());
    QVERIFY(codes(ruleJp1(i)).contains(QStringLiteral("encryption_key_leaked")));
}

void TstObligationRules::decisionsAndOverrides()
{
    Incident i = quietIncident();
    i.dataSets = {dataSet("employees", 5, {QStringLiteral("bank_account")})};
    const RuleResult computed = ruleJpT2(i, ownContext(i));
    QCOMPARE(computed.state, RuleState::NeedsJudgement);

    const Decision yes{QStringLiteral("JP-T2"), true,
                       QStringLiteral("online banking PINs were in the same file"), jst(2025, 3, 4, 9),
                       QStringLiteral("sato")};
    const Decision olderNo{QStringLiteral("JP-T2"), false, QStringLiteral("first look"), jst(2025, 3, 3, 9),
                           QStringLiteral("sato")};
    RuleResult decided = computed;
    settleRule(decided, {yes, olderNo}, {});
    QCOMPARE(decided.state, RuleState::Fires);
    QCOMPARE(decided.decision, std::optional<Decision>(yes));
    QCOMPARE(decided.reasons.last().code, QStringLiteral("decision"));
    QVERIFY(decided.reasons.last().text.contains(QLatin1String("online banking PINs")));

    // A decision does not outvote facts: with a card number the rule fires by itself.
    i.dataSets.first().itemKeys.append(QStringLiteral("credit_card"));
    RuleResult facts = ruleJpT2(i, ownContext(i));
    settleRule(facts, {olderNo}, {});
    QCOMPARE(facts.state, RuleState::Fires);
    QVERIFY(!facts.decision);
    QCOMPARE(facts.reasons.last().code, QStringLiteral("decision_not_needed"));

    // An override does.
    settleRule(facts, {},
               {Override{QStringLiteral("JP-T2"), QVariant(false), QStringLiteral("cards were expired"),
                         jst(2025, 3, 5), QStringLiteral("sato")}});
    QCOMPARE(facts.state, RuleState::DoesNotFire);
    QVERIFY(facts.overridden);
    QCOMPARE(facts.overrideReason, QStringLiteral("cards were expired"));

    // ISO strings are accepted as override values.
    QCOMPARE(readOverrideValue(QStringLiteral("2024-10-28")).date, QDate(2024, 10, 28));
    QCOMPARE(readOverrideValue(QStringLiteral("true")).kind, OverrideValue::Bool);
    QCOMPARE(readOverrideValue(QStringLiteral("2024-09-01T10:15:00+09:00")).dateTime,
             jst(2024, 9, 1, 10, 15));
    QCOMPARE(readOverrideValue(QVariant(42)).kind, OverrideValue::Invalid);
}

QTEST_GUILESS_MAIN(TstObligationRules)
#include "tst_obligationrules.moc"
