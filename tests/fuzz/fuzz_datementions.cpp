// The date finder (app/core/drafting/datementions.h) on any text: every mention lies inside the text, in
// order and without overlap, with a valid date; a mention whose year is written reads the same on its own;
// the "as of" phrases lie inside the text and 「本日時点」 rewriting terminates. The finder's work per
// character is bounded, so -timeout catches a regression that backtracks.
#include "fuzzsupport.h"

#include "datementions.h"

#include <cstdlib>

using namespace bd;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QDate reference(2024, 9, 2);
    qsizetype previousEnd = 0;
    for (const DateMention& m : findDateMentions(text, reference)) {
        if (m.position < previousEnd || m.length <= 0 || m.position + m.length > text.size() ||
            !m.date.isValid() || m.lastDay() < m.firstDay())
            std::abort();
        previousEnd = m.position + m.length;
        if (m.yearWritten) { // nothing around it decided its date
            const QString alone = text.mid(m.position, m.length);
            const QList<DateMention> again = findDateMentions(alone, reference);
            if (again.isEmpty() || again.first().position != 0 || again.first().date != m.date)
                std::abort();
        }
    }
    for (const AsOfPhrase& p : findAsOfPhrases(text, reference))
        if (p.position < 0 || p.length <= 0 || p.position + p.length > text.size())
            std::abort();
    (void)speakAsOfDocumentDate(text, reference);
    return 0;
}
