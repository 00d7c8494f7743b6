// What happened to the data, each kind of event (漏えい, 滅失, 毀損) said with its own certainty, in the
// document's language. Document text, not interface text: the Japanese uses the terms of 法26条1項 and
// 規則7条 (「…が発生し、…が発生したおそれがある」).
#pragma once

#include "incident.h"

namespace bd {

// The predicate that follows the data's name: 「毀損が発生し、漏えいが発生したおそれがある」 (after
// 「個人データの」) / "was damaged (encrypted by ransomware) and may have been leaked" (after "personal
// data"). The kinds that happened come first, then those that may have happened, each group in the order
// 漏えい, 滅失, 毀損. English adds "(encrypted by ransomware)" to "damaged" when the cause is ransomware.
// Empty when no kind applies.
QString eventPredicate(const EventStates& states, Lang lang, CauseKind cause = CauseKind::Unknown);

// The whole clause with its subject: 「個人データの毀損が発生し、漏えいが発生したおそれがある」 / "personal
// data was damaged … and may have been leaked". `subjectJa` / `subjectEn` name the data (「個人データ」 in
// filings, 「個人情報」 in letters). Empty when no kind applies.
QString eventClause(const EventStates& states, Lang lang, CauseKind cause = CauseKind::Unknown,
                    const QString& subjectJa = QStringLiteral("個人データ"),
                    const QString& subjectEn = QStringLiteral("personal data"));

// The kinds that apply (occurred or possible), as a list: 「漏えい及び毀損」 / "leak and damage".
QString eventKindList(const EventStates& states, Lang lang);

} // namespace bd
