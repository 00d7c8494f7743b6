#include "settle.h"

#include <QCoreApplication>

namespace bd {

std::optional<Decision> latestDecision(const QList<Decision>& decisions, const QString& ruleId)
{
    std::optional<Decision> best;
    for (const Decision& d : decisions)
        if (d.ruleId == ruleId && (!best || !(d.decidedAt < best->decidedAt)))
            best = d;
    return best;
}

std::optional<Override> latestOverride(const QList<Override>& overrides, const QString& key)
{
    std::optional<Override> best;
    for (const Override& o : overrides)
        if (o.key == key && (!best || !(o.at < best->at)))
            best = o;
    return best;
}

OverrideValue readOverrideValue(const QVariant& value)
{
    OverrideValue v;
    switch (value.typeId()) {
    case QMetaType::Bool:
        v.kind = OverrideValue::Bool;
        v.flag = value.toBool();
        return v;
    case QMetaType::QDate:
        v.date = value.toDate();
        v.kind = v.date.isValid() ? OverrideValue::Date : OverrideValue::Invalid;
        return v;
    case QMetaType::QDateTime:
        v.dateTime = value.toDateTime();
        v.kind = v.dateTime.isValid() ? OverrideValue::DateTime : OverrideValue::Invalid;
        return v;
    case QMetaType::QString:
        break;
    default:
        return v;
    }
    const QString text = value.toString().trimmed();
    if (text == QLatin1String("true") || text == QLatin1String("false")) {
        v.kind = OverrideValue::Bool;
        v.flag = text == QLatin1String("true");
    } else if (text.size() == 10) {
        v.date = QDate::fromString(text, Qt::ISODate);
        v.kind = v.date.isValid() ? OverrideValue::Date : OverrideValue::Invalid;
    } else {
        v.dateTime = QDateTime::fromString(text, Qt::ISODate);
        v.kind = v.dateTime.isValid() ? OverrideValue::DateTime : OverrideValue::Invalid;
    }
    return v;
}

QString byWhomText(const QString& who, const QDateTime& at)
{
    const QString person =
        who.isEmpty() ? QCoreApplication::translate("bd::Obligations", "the officer") : who;
    if (!at.isValid())
        return person;
    return QCoreApplication::translate("bd::Obligations", "%1 on %2")
        .arg(person, at.date().toString(Qt::ISODate));
}

void settleRule(RuleResult& result, const QList<Decision>& decisions, const QList<Override>& overrides)
{
    if (const std::optional<Decision> d = latestDecision(decisions, result.id)) {
        Reason reason;
        if (result.undecided()) {
            result.state = d->value ? RuleState::Fires : RuleState::DoesNotFire;
            result.decision = *d;
            if (!d->value)
                result.dataSets.clear();
            reason.code = QStringLiteral("decision");
            reason.text =
                QCoreApplication::translate("bd::Obligations", "Decided by %1: %2 (%3).")
                    .arg(byWhomText(d->who, d->decidedAt),
                         d->value ? QCoreApplication::translate("bd::Obligations", "applies")
                                  : QCoreApplication::translate("bd::Obligations", "does not apply"),
                         d->reason);
        } else {
            reason.code = QStringLiteral("decision_not_needed");
            reason.text = QCoreApplication::translate(
                              "bd::Obligations", "The decision recorded by %1 is not used: the facts now "
                                                 "decide this rule.")
                              .arg(byWhomText(d->who, d->decidedAt));
        }
        reason.date = d->decidedAt.date();
        result.reasons.append(reason);
    }
    if (const std::optional<Override> o = latestOverride(overrides, result.id)) {
        const OverrideValue v = readOverrideValue(o->value);
        if (v.kind != OverrideValue::Bool)
            return; // reported by evaluate() as a warning
        result.state = v.flag ? RuleState::Fires : RuleState::DoesNotFire;
        if (!v.flag)
            result.dataSets.clear();
        result.overridden = true;
        result.overrideReason = o->reason;
        Reason reason;
        reason.code = QStringLiteral("override");
        reason.date = o->at.date();
        reason.text = QCoreApplication::translate("bd::Obligations", "Overridden by %1: %2 (%3).")
                          .arg(byWhomText(o->who, o->at),
                               v.flag ? QCoreApplication::translate("bd::Obligations", "applies")
                                      : QCoreApplication::translate("bd::Obligations", "does not apply"),
                               o->reason);
        result.reasons.append(reason);
    }
}

} // namespace bd
