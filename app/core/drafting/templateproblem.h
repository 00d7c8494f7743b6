// One thing wrong with a template, its context or a recipient, found before any output is made. The UI lists
// them and jumps to `line`/`column` (or the recipient) when one is clicked.
#pragma once

#include <QList>
#include <QString>

namespace bd {

struct Problem
{
    enum class Severity
    {
        Error,  // output is refused
        Warning // output is allowed; the officer should look
    };
    enum class Kind
    {
        Syntax,             // malformed Mustache: unclosed tag or section, stray end tag, empty tag
        Unsafe,             // a tag that could print unescaped markup: {{{x}}}, {{&x}}, partials, delimiters
        UnknownPlaceholder, // a name the catalogue does not have (or a list field outside its list)
        Misuse,             // a known placeholder used the wrong way ({{items}} for a list, {{flag}})
        EmptyValue,         // a required value is empty in this context
        MissingTranslation, // the document language's text is empty; the other language's text is used
        Recipient,          // the recipient cannot be reached by the group's channel
        Context             // anything else the context builder noticed
    };
    Severity severity = Severity::Error;
    Kind kind = Kind::Syntax;
    QString message;       // translated
    int line = 0;          // 1-based line in the template; 0 = not tied to a place in the template
    int column = 0;        // 1-based, in UTF-16 code units (QString positions)
    qsizetype offset = -1; // position in the template text, or -1
    QString placeholder;   // the placeholder concerned, if any
    qint64 recipientId = 0;
    int sourceRow = 0; // the recipient's row in its imported file, 0 = none

    bool isError() const { return severity == Severity::Error; }
};

inline bool hasErrors(const QList<Problem>& problems)
{
    for (const Problem& p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace bd
