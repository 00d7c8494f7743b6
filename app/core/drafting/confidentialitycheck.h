// Each reader learns only what is theirs. A consignor client is owed confidentiality: another client, the
// public and the people affected must not learn whom the organisation works for (each client's notice under
// 規則9条 concerns its own data only). So a document for one reader must not name a consignor client that
// is not that reader, in any recorded form — the name its data sets give, its English name, an abbreviation
// (incident.h ConsignorNames) — nor contain text the officer marked confidential for another reader.
// Names are found after NFKC and case folding (textmatch.h) in every place the reader sees: the text, the
// PDF's metadata, the file name and an e-mail subject. Only the regulator's documents may name every client.
// A hit is an error: it blocks issuing (a filing: freezeDraft, issueddocument.h; letters: letterissue.h).
#pragma once

#include "documentsurfaces.h"
#include "incident.h"

#include <QCoreApplication>
#include <QStringList>

namespace bd {

class ConfidentialityCheck
{
    Q_DECLARE_TR_FUNCTIONS(bd::ConfidentialityCheck)
public:
    // A name or text a document for some reader must not contain, and whose it is.
    struct Term
    {
        QString text;
        QString whose;     // translated: "a name of the consignor client X", "text marked confidential …"
        QString consignor; // the client it names, "" for confidential text
    };
    // The terms a document read by `audience` (narrative.h's Audience) must not contain.
    static QList<Term> forbiddenFor(const Incident& incident, const QString& audience);
    // One error per term found, naming where and quoting the place (translated).
    static QStringList check(const Incident& incident, const QString& audience,
                             const DocumentSurfaces& surfaces);
    // The reader's name in words ("the public notice's readers" …), for messages.
    static QString audienceText(const QString& audience);
};

} // namespace bd
