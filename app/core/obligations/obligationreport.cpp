#include "obligationreport.h"

#include "filings.h"
#include "rules.h"
#include "settle.h"

#include <QCoreApplication>

namespace bd {

const RuleResult* ObligationReport::rule(const QString& id) const
{
    for (const RuleResult& r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

const RequiredFiling* ObligationReport::filing(const QString& key) const
{
    for (const RequiredFiling& f : filings)
        if (f.key == key)
            return &f;
    return nullptr;
}

FilingState ObligationReport::state(const RequiredFiling& filing, const QSet<QString>& filedKeys) const
{
    return filingState(filing, evaluatedAt, filedKeys);
}

namespace {

QStringList checkDecisionsAndOverrides(const ObligationReport& report, const QList<Decision>& decisions,
                                       const QList<Override>& overrides)
{
    QStringList warnings;
    const QStringList ruleIds = allRuleIds();
    for (const Decision& d : decisions)
        if (!ruleIds.contains(d.ruleId))
            warnings.append(QCoreApplication::translate("bd::Obligations",
                                                        "A decision for the unknown rule \"%1\" is ignored.")
                                .arg(d.ruleId));
    for (const Override& o : overrides) {
        const OverrideValue v = readOverrideValue(o.value);
        if (ruleIds.contains(o.key)) {
            if (v.kind != OverrideValue::Bool)
                warnings.append(QCoreApplication::translate(
                                    "bd::Obligations", "The override of rule %1 must be true or false; it is "
                                                       "ignored.")
                                    .arg(o.key));
        } else if (!report.filing(o.key)) {
            warnings.append(QCoreApplication::translate(
                                "bd::Obligations", "The override of \"%1\" matches no rule and no filing; it "
                                                   "is ignored.")
                                .arg(o.key));
        } else if (v.kind == OverrideValue::Invalid) {
            warnings.append(
                QCoreApplication::translate("bd::Obligations",
                                            "The override of \"%1\" is not a date, a date and time, or "
                                            "true/false; it is ignored.")
                    .arg(o.key));
        }
    }
    return warnings;
}

} // namespace

ObligationReport evaluate(const Incident& incident, const QList<Decision>& decisions,
                          const QList<Override>& overrides, const QDateTime& now,
                          const QList<DataItem>& customItems)
{
    const Lang lang = labelLanguage();
    const auto settled = [&](RuleResult r) {
        settleRule(r, decisions, overrides);
        return r;
    };
    const auto triggers = [&](const RuleContext& c) {
        return QList<RuleResult>{settled(ruleJpT1(incident, c)), settled(ruleJpT2(incident, c)),
                                 settled(ruleJpT3(incident, c)), settled(ruleJpT4(incident, c))};
    };

    // Three views of the same triggers: our own PPC report (JP-P data sets left out), every data set (the
    // consignor notices), and every data set without the encryption exclusion (the P-mark categories).
    FilingInputs in;
    in.own = RuleContext::ownReport(incident, lang, customItems);
    RuleContext all = RuleContext::allData(incident, lang, customItems);
    RuleContext pmark = all;
    pmark.encryptionExcludes = false;

    in.jp1 = settled(ruleJp1(incident));
    in.ownTriggers = triggers(in.own);
    in.allTriggers = triggers(all);
    in.pmarkCategories = triggers(pmark);
    const RuleResult jpP = settled(ruleJpP(incident, in.own));
    in.jpR = settled(ruleJpR(incident, in.own, in.jp1, in.ownTriggers));
    in.allR = settled(ruleJpR(incident, all, in.jp1, in.allTriggers));
    in.jpD1 = settled(ruleJpD1(incident, in.jpR));
    in.jpD2 = settled(ruleJpD2(incident, in.jpR, in.ownTriggers.value(2), lang));
    in.jpN = settled(ruleJpN(incident, in.own));
    in.pm1 = settled(rulePm1(incident, in.pmarkCategories));
    in.eu1 = settled(ruleEu1(incident));
    in.eu2 = settled(ruleEu2(incident, in.eu1));
    in.eu3 = settled(ruleEu3(incident));

    ObligationReport report;
    report.incidentCode = incident.code;
    report.evaluatedAt = now;
    report.rules = QList<RuleResult>{in.jp1} + in.ownTriggers +
                   QList<RuleResult>{jpP, in.jpR, in.jpD1, in.jpD2, in.jpN, in.pm1, in.eu1, in.eu2, in.eu3};
    report.filings = ppcFilings(incident, in) + noticeFilings(incident, in) + otherFilings(incident, in);
    applyFilingOverrides(report.filings, overrides);
    report.warnings = checkDecisionsAndOverrides(report, decisions, overrides);
    return report;
}

} // namespace bd
