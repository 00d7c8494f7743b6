// How a letter speaks to its reader (domain.md §11.1, §11.4, §11.5 are the review these rules come from):
// plain words for what happened to an individual's data, advice for each kind of data item, apologies only
// in the letter's opening and closing, one date style, names with full-width spaces in Japanese, data item
// labels inside an English sentence. Document text in the document's language, not interface text.
#pragma once

#include "incident.h"
#include "japaneseformat.h"

#include <QString>

namespace bd {

// What happened to the data in plain words, for the individuals whose data it is (the filings keep the terms
// of 法26条1項: eventphrase.h). It follows 「個人情報が」 / "your personal information":
// 「暗号化されて利用できない状態となり、外部に流出したおそれがある」 / "was encrypted by ransomware and may
// have been leaked". The kinds that happened come first, then those that may have happened. Empty when no
// kind applies.
QString plainEventPredicate(const EventStates& states, Lang lang, CauseKind cause = CauseKind::Unknown);

// What the reader can do about one kind of data item: 「身に覚えのない入出金がないかご確認のうえ…」 for a
// bank account, a phishing warning for an e-mail address, a contact for questions for health data (there is
// nothing to advise, and none is invented). Items that share advice give the same text. Empty when there is
// none (a name, a date of birth …) or the key is not a built-in item.
QString itemAdvice(const QString& itemKey, Lang lang);

// `text` without the sentences that apologise (お詫び, "apologise", "we are sorry"): a letter apologises in
// its opening and its closing, and the narratives it quotes inside 記 hold facts (domain.md §11.4). Lines
// left empty go; other line breaks stay.
QString withoutApologies(const QString& text);

// `text` with its dates written in the Western calendar (2024年8月29日, 2024年10月) rewritten in the
// Japanese era (令和6年8月29日, 令和6年10月), so that a document dated in 和暦 says every date in 和暦.
// Other forms (2024/10/18, 10月18日 without a year) stay as written.
QString datesInEra(const QString& text);

// A name or a line of an address block as a Japanese letter prints it: a run of spaces between two Japanese
// characters becomes one full-width space (山田 太郎 → 山田　太郎), between Latin letters one space.
QString japaneseNameSpacing(const QString& text);
// The same for an English letter: full-width spaces become spaces, runs of spaces one.
QString englishNameSpacing(const QString& text);

// An English data item label as it reads inside a sentence: "Bank account details" → "bank account
// details"; labels that are names or abbreviations keep their capitals ("Individual Number (My Number)",
// "HR records such as attendance").
QString englishLabelInSentence(const QString& label);

// A free-dial number, which callers outside Japan cannot reach: it starts 0120 or 0800 (ignoring spaces,
// hyphens and full-width digits).
bool isFreeDial(const QString& phone);

} // namespace bd
