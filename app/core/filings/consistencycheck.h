// Consistency warnings before issuing: the counts, dates, data items and contact desk a draft states,
// compared with the incident record and with the documents issued before it, and the people counts, phone
// numbers and e-mail addresses written in its text compared with the record. Warnings, for the officer to
// decide on; errors (a date after the document's own date, asofcheck.h; another reader's consignor names or
// confidential text, confidentialitycheck.h) block issuing.
#pragma once

#include "filingdraft.h"
#include "issueddocument.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

struct ConsistencyWarning
{
    enum class Kind
    {
        Count,
        Date,
        Items,
        ContactDesk,
        StillUnknown,
        LaterDate,   // the text mentions a date after the document's own (asofcheck.h)
        LaterEvent,  // the text includes a timeline event after the document's date
        AsOfDate,    // the text speaks as of a day before the document's date
        Confidential // another reader's consignor name or confidential text (confidentialitycheck.h)
    };
    enum class Severity
    {
        Warning, // the officer decides
        Error    // the document cannot be issued as it is (freezeDraft refuses it)
    };
    Kind kind = Kind::Count;
    QString message;       // translated
    qint64 documentId = 0; // the earlier issued document it disagrees with, 0 = the incident record
    Severity severity = Severity::Warning;
};

class ConsistencyChecker
{
    Q_DECLARE_TR_FUNCTIONS(bd::ConsistencyChecker)
public:
    // `issued`: the incident's issued documents (content is enough; the PDF is not needed).
    static QList<ConsistencyWarning> check(const FilingDraft& draft, const Incident& incident,
                                           const QList<IssuedDocument>& issued);

    // The people counts written in a text: 6,312名, 約6,400名, about 6,400 people …
    struct CountMention
    {
        qint64 count = 0;
        bool estimate = false;
        QString text;
    };
    static QList<CountMention> countsIn(const QString& text);
};

} // namespace bd
