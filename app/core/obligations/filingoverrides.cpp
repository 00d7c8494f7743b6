// The officer's overrides of computed filings: a different due date or instant, or required / not required.
#include "filings.h"
#include "settle.h"

#include <QCoreApplication>

namespace bd {

void applyFilingOverrides(QList<RequiredFiling>& filings, const QList<Override>& overrides)
{
    for (RequiredFiling& f : filings) {
        const std::optional<Override> o = latestOverride(overrides, f.key);
        if (!o)
            continue;
        const OverrideValue v = readOverrideValue(o->value);
        const QString computed = dueText(f);
        switch (v.kind) {
        case OverrideValue::Invalid:
            continue; // reported by evaluate() as a warning
        case OverrideValue::Date:
            setDate(f, v.date);
            break;
        case OverrideValue::DateTime:
            setDateTime(f, v.dateTime);
            break;
        case OverrideValue::Bool:
            f.required = v.flag;
            f.provisional = f.provisional && !v.flag;
            break;
        }
        f.overridden = true;
        f.overrideReason = o->reason;
        const QString what = v.kind == OverrideValue::Bool
                                 ? (v.flag ? QCoreApplication::translate("bd::Obligations", "required")
                                           : QCoreApplication::translate("bd::Obligations", "not required"))
                                 : QCoreApplication::translate("bd::Obligations", "due %1 (computed: %2)")
                                       .arg(dueText(f), computed);
        f.reason = joinSentences({QCoreApplication::translate("bd::Obligations", "Overridden by %1: %2 (%3).")
                                      .arg(byWhomText(o->who, o->at), what, o->reason),
                                  f.reason});
    }
}

} // namespace bd
