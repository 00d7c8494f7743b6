// PM-1: the Privacy Mark accident report (domain.md §2, §10.5).
#include "rules.h"

#include <QCoreApplication>

namespace bd {

namespace {
Reason pmarkReason(const char* code, const QString& text)
{
    Reason r;
    r.code = QLatin1String(code);
    r.text = text;
    return r;
}
} // namespace

// PMK500 [G] (JISA, 全互協, SARC pages; domain.md §2, §10.5): a Privacy Mark holder reports every accident to
// the review body that granted the mark, even one the APPI does not require: a 確報 within 30 days of 発覚日
// (60 if an unlawful purpose is suspected), and a 速報 within about 3–5 days when an APPI-type category
// applies. Loss of encrypted devices counts too (JISA), so `categories` are evaluated without the encryption
// exclusion.
RuleResult rulePm1(const Incident& incident, const QList<RuleResult>& categories)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::Pm1);
    r.source = QStringLiteral("PMK500");
    r.tag = QStringLiteral("G");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "Report the accident to the Privacy Mark review body: a final report "
                           "within 30 days (60 under an unlawful purpose), and a preliminary "
                           "report within about 3–5 days for the APPI-type categories.");
    if (!incident.pmarkHolder) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(pmarkReason(
            "not_pmark_holder", QCoreApplication::translate(
                                    "bd::Obligations", "The organisation does not hold the Privacy Mark.")));
        return r;
    }
    r.state = RuleState::Fires;
    const QString body =
        incident.pmarkBody.isEmpty()
            ? QCoreApplication::translate("bd::Obligations", "the body that granted the mark")
            : incident.pmarkBody;
    r.reasons.append(pmarkReason(
        "pmark_holder", QCoreApplication::translate("bd::Obligations",
                                                    "The organisation holds the Privacy Mark (review body: "
                                                    "%1): every incident is reported, encrypted devices "
                                                    "included.")
                            .arg(body)));
    const QString fired = triggerNumbers(categories, RuleState::Fires);
    QStringList open;
    for (RuleState s : {RuleState::NeedsJudgement, RuleState::CannotDecide}) {
        const QString numbers = triggerNumbers(categories, s);
        if (!numbers.isEmpty())
            open.append(numbers);
    }
    if (!fired.isEmpty())
        r.reasons.append(pmarkReason(
            "pmark_categories", QCoreApplication::translate(
                                    "bd::Obligations", "APPI-type categories that apply: %1; a preliminary "
                                                       "report is expected.")
                                    .arg(fired)));
    else if (!open.isEmpty())
        r.reasons.append(
            pmarkReason("pmark_categories_open",
                        QCoreApplication::translate("bd::Obligations", "APPI-type categories still open: %1.")
                            .arg(open.join(QStringLiteral(", ")))));
    else
        r.reasons.append(pmarkReason(
            "pmark_no_category",
            QCoreApplication::translate("bd::Obligations", "No APPI-type category applies: a final report "
                                                           "only.")));
    return r;
}

} // namespace bd
