#include "reportjson.h"

#include "enumkeys.h"

#include <QJsonArray>

namespace bd {

namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeValue(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(isoWithOffset(at)) : QJsonValue();
}

QJsonValue textValue(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject reasonToJson(const Reason& r)
{
    return QJsonObject{
        {QStringLiteral("code"), r.code},
        {QStringLiteral("text"), r.text},
        {QStringLiteral("dataSet"), r.dataSet >= 0 ? QJsonValue(r.dataSet) : QJsonValue()},
        {QStringLiteral("group"), textValue(r.groupKey)},
        {QStringLiteral("groupLabel"), textValue(r.groupLabel)},
        {QStringLiteral("item"), textValue(r.itemKey)},
        {QStringLiteral("itemLabel"), textValue(r.itemLabel)},
        {QStringLiteral("count"), r.count ? QJsonValue(*r.count) : QJsonValue()},
        {QStringLiteral("cause"), r.cause ? QJsonValue(toKey(*r.cause)) : QJsonValue()},
        {QStringLiteral("date"), dateValue(r.date)},
    };
}

QJsonObject ruleToJson(const RuleResult& r)
{
    QJsonArray reasons;
    for (const Reason& reason : r.reasons)
        reasons.append(reasonToJson(reason));
    QJsonArray dataSets;
    for (int i : r.dataSets)
        dataSets.append(i);
    QJsonValue decision;
    if (r.decision)
        decision = QJsonObject{
            {QStringLiteral("value"), r.decision->value},
            {QStringLiteral("reason"), r.decision->reason},
            {QStringLiteral("decidedAt"), dateTimeValue(r.decision->decidedAt)},
            {QStringLiteral("who"), r.decision->who},
        };
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("state"), ruleStateKey(r.state)},
        {QStringLiteral("stateText"), ruleStateText(r.state)},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("tag"), r.tag},
        {QStringLiteral("requirement"), r.requirement},
        {QStringLiteral("dataSets"), dataSets},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("overridden"), r.overridden},
        {QStringLiteral("overrideReason"), textValue(r.overrideReason)},
    };
}

QJsonObject filingToJson(const ObligationReport& report, const RequiredFiling& f,
                         const QSet<QString>& filedKeys)
{
    const FilingState state = report.state(f, filedKeys);
    const QJsonObject due{
        {QStringLiteral("kind"), dueKindKey(f.dueKind)},
        {QStringLiteral("from"), dateValue(f.from)},
        {QStringLiteral("to"), dateValue(f.to)},
        {QStringLiteral("at"), dateTimeValue(f.dueAt)},
        {QStringLiteral("text"), dueText(f)},
    };
    return QJsonObject{
        {QStringLiteral("key"), f.key},
        {QStringLiteral("rule"), f.ruleId},
        {QStringLiteral("audience"), f.audience},
        {QStringLiteral("legalBasis"), f.legalBasis},
        {QStringLiteral("due"), due},
        {QStringLiteral("deadline"), dateTimeValue(f.deadline)},
        {QStringLiteral("reason"), f.reason},
        {QStringLiteral("required"), f.required},
        {QStringLiteral("provisional"), f.provisional},
        {QStringLiteral("substituteAllowed"), f.substituteAllowed},
        {QStringLiteral("doneOn"), dateValue(f.doneOn)},
        {QStringLiteral("overridden"), f.overridden},
        {QStringLiteral("overrideReason"), textValue(f.overrideReason)},
        {QStringLiteral("state"), filingStateKey(state)},
        {QStringLiteral("stateText"), filingStateText(state)},
    };
}

} // namespace

QJsonObject obligationReportToJson(const ObligationReport& report, const QSet<QString>& filedKeys)
{
    QJsonArray rules;
    for (const RuleResult& r : report.rules)
        rules.append(ruleToJson(r));
    QJsonArray filings;
    for (const RequiredFiling& f : report.filings)
        filings.append(filingToJson(report, f, filedKeys));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("breachdesk-obligations")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("incident"), textValue(report.incidentCode)},
        {QStringLiteral("evaluatedAt"), dateTimeValue(report.evaluatedAt)},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("filings"), filings},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

} // namespace bd
