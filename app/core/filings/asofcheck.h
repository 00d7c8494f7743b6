// Every document speaks as of its own date: a PPC 速報 reports what is known
// 「報告をしようとする時点において」 (規則8条1項), so a 速報 dated 2024-09-02 cannot tell of the 確報 of
// 2024-10-18. Part of the consistency check shown before issuing (consistencycheck.h), with these findings:
//
// - LaterDate, error: the rendered text mentions a day after the document's date, in any form
//   datementions.h reads (2024年10月18日, 10/18, 令和6年10月18日, 18 October 2024 …). A later date in a
//   filing contradicts the record it is part of: the officer changes the text or the document's date.
// - LaterDate, warning: the same, but the sentence states a plan or a deadline (「…までに提出する予定」,
//   "by 28 October"), so a future date can be meant; or a month and day that nothing in the text gives a
//   year to (datementions.h rule 3), as often a yearly day (the desk's 「年末年始（12月29日～1月3日）」) as a
//   day of the incident. The officer confirms it.
// - LaterEvent, error: the text includes a timeline event dated after the document (its wording copied into
//   free text). The generated timelines stop at the document's date by construction (ppcreport.cpp
//   timelineJa, noticecontexts.cpp timelineData); this catches free text.
// - AsOfDate, warning: the text speaks as of an earlier day (「2024年11月1日現在」 in a letter of
// 2024-12-25);
//   「本日時点において」 is offered if it still holds. An "as of" phrase of the document's own day is already
//   rendered as 「本日時点において」 (speakAsOfDocumentDate, datementions.h).
//
// Errors block issuing: freezeDraft (issueddocument.h) refuses a draft that has any.
#pragma once

#include "consistencycheck.h"

namespace bd {

class AsOfCheck
{
    Q_DECLARE_TR_FUNCTIONS(bd::AsOfCheck)
public:
    static QList<ConsistencyWarning> check(const FilingDraft& draft, const Incident& incident);
    // The findings of check() that block issuing.
    static QList<ConsistencyWarning> errors(const FilingDraft& draft, const Incident& incident);
};

} // namespace bd
