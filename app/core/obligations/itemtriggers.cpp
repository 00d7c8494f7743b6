// Triggers 1 and 2 of 規則7条, which look at the data items (domain.md §1.1 and §4, JP-T1 and JP-T2).
#include "rules.h"
#include "triggershared.h"

#include <QCoreApplication>

namespace bd {

using detail::settledBeforeItems;
using detail::trigger;

namespace {

enum class ItemVerdict
{
    None,
    Fires,
    Judgement
};

// T1 and T2 look at the data items. Texts take the data set's name (%1) and the item's label or key (%2).
struct ItemTrigger
{
    const char* fireCode;
    const char* judgeCode;
    ItemVerdict (*classify)(const DataItem&);
    QString (*fireText)(const QString&, const QString&);
    QString (*judgeText)(const QString&, const QString&);
    QString (*unknownText)(const QString&, const QString&);
    QString (*noneText)();
};

RuleResult itemTrigger(const Incident& incident, const RuleContext& context, RuleResult r,
                       const ItemTrigger& t)
{
    if (settledBeforeItems(incident, context, r, true))
        return r;
    QList<Reason> fire, judge, missing;
    QList<int> fireSets, judgeSets;
    for (int idx : context.counted(incident)) {
        const DataSet& ds = incident.dataSets[idx];
        const QString name = context.dataSetName(incident, idx);
        if (ds.itemKeys.isEmpty()) {
            missing.append(context.reason(
                incident, QStringLiteral("no_items"), idx,
                QCoreApplication::translate("bd::Obligations", "List the data items of %1.").arg(name)));
            continue;
        }
        QList<Reason> dsFire, dsJudge;
        for (const QString& key : ds.itemKeys) {
            const DataItem* item = context.item(key);
            if (!item) {
                dsJudge.append(context.reason(incident, QStringLiteral("unknown_item"), idx,
                                              t.unknownText(name, key), key));
                continue;
            }
            const QString label = context.itemLabel(key);
            switch (t.classify(*item)) {
            case ItemVerdict::Fires:
                dsFire.append(
                    context.reason(incident, QLatin1String(t.fireCode), idx, t.fireText(name, label), key));
                break;
            case ItemVerdict::Judgement:
                dsJudge.append(
                    context.reason(incident, QLatin1String(t.judgeCode), idx, t.judgeText(name, label), key));
                break;
            case ItemVerdict::None:
                break;
            }
        }
        // A data set with a qualifying item fires; its doubtful items then change nothing.
        if (!dsFire.isEmpty()) {
            fire += dsFire;
            fireSets.append(idx);
        } else if (!dsJudge.isEmpty()) {
            judge += dsJudge;
            judgeSets.append(idx);
        }
    }
    const QList<Reason> excluded = r.reasons; // the data sets the encryption exclusion protects
    if (!fire.isEmpty()) {
        r.state = RuleState::Fires;
        r.reasons = fire + excluded;
        r.dataSets = fireSets;
    } else if (!judge.isEmpty()) {
        r.state = RuleState::NeedsJudgement;
        r.reasons = judge + missing + excluded;
        r.dataSets = judgeSets;
    } else if (!missing.isEmpty()) {
        r.state = RuleState::CannotDecide;
        r.reasons = missing + excluded;
    } else {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(context.reason(incident, QStringLiteral("no_qualifying_item"), -1, t.noneText()));
    }
    return r;
}

} // namespace

// 規則7条1号 [R]: 要配慮個人情報 included; one person is enough. Health-check results are 要配慮
// (施行令2条2号) [S].
RuleResult ruleJpT1(const Incident& incident, const RuleContext& context)
{
    static const ItemTrigger t{
        "sensitive_item",
        "unknown_item",
        [](const DataItem& i) { return i.sensitive ? ItemVerdict::Fires : ItemVerdict::None; },
        [](const QString& ds, const QString& item) {
            return QCoreApplication::translate(
                       "bd::Obligations", "%1 includes %2: sensitive personal information (要配慮個人情報).")
                .arg(ds, item);
        },
        [](const QString&, const QString&) { return QString(); },
        [](const QString& ds, const QString& key) {
            return QCoreApplication::translate(
                       "bd::Obligations",
                       "%1 includes the item \"%2\", which is not in the catalogue: decide "
                       "whether it is sensitive personal information (要配慮個人情報).")
                .arg(ds, key);
        },
        [] {
            return QCoreApplication::translate(
                "bd::Obligations", "No data set that counts includes sensitive personal information.");
        }};
    return itemTrigger(
        incident, context,
        trigger(RuleId::JpT1, "規則7条1号",
                QCoreApplication::translate("bd::Obligations",
                                            "Trigger 1: report to the PPC and notify the individuals.")),
        t);
}

// 規則7条2号 [R]: data whose misuse could cause financial loss (財産的被害のおそれ). It targets data that
// lets someone impersonate the person and dispose of their property (PPC FAQ Q6-11) [G]; a bank account
// number by itself does not (FAQ Q14-8) [G], so such items need the officer's judgement unless a card number
// or banking login leaked with them.
RuleResult ruleJpT2(const Incident& incident, const RuleContext& context)
{
    static const ItemTrigger t{
        "financial_item",
        "judgement_item",
        [](const DataItem& i) {
            return i.financialRisk    ? ItemVerdict::Fires
                   : i.needsJudgement ? ItemVerdict::Judgement
                                      : ItemVerdict::None;
        },
        [](const QString& ds, const QString& item) {
            return QCoreApplication::translate("bd::Obligations",
                                               "%1 includes %2: its misuse could cause financial loss.")
                .arg(ds, item);
        },
        [](const QString& ds, const QString& item) {
            return QCoreApplication::translate("bd::Obligations",
                                               "%1 includes %2 without card numbers or banking logins: "
                                               "decide whether its misuse could "
                                               "cause financial loss (PPC FAQ Q6-11, Q14-8).")
                .arg(ds, item);
        },
        [](const QString& ds, const QString& key) {
            return QCoreApplication::translate(
                       "bd::Obligations",
                       "%1 includes the item \"%2\", which is not in the catalogue: decide "
                       "whether its misuse could cause financial loss.")
                .arg(ds, key);
        },
        [] {
            return QCoreApplication::translate(
                "bd::Obligations", "No data set that counts includes data whose misuse could cause "
                                   "financial loss.");
        }};
    return itemTrigger(
        incident, context,
        trigger(RuleId::JpT2, "規則7条2号",
                QCoreApplication::translate("bd::Obligations",
                                            "Trigger 2: report to the PPC and notify the individuals.")),
        t);
}

} // namespace bd
