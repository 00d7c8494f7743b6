// The places a document's reader sees, which the confidentiality check reads (confidentialitycheck.h).
#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// What a reader of a document sees besides its body.
struct DocumentSurfaces
{
    QString text;         // the text as read (the PDF's text layer reads the same)
    QStringList metadata; // the PDF's title, author, subject and creator
    QString fileName;     // the name of the file it is written to or sent as; "" when none yet
    QString emailSubject; // the subject of the e-mail that carries it; "" when none
};

} // namespace bd
