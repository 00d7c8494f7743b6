// Reads the Mustache tags of a template with their places (line, column, offset), the way kainjow's parser
// does with the default delimiters, and reports malformed tags and sections with the line they are on. The
// validator, the renderer and the editor's placeholder marks all work from this.
#pragma once

#include "templateproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

struct TemplateTag
{
    enum class Type
    {
        Variable,      // {{name}}
        Unescaped,     // {{{name}}} or {{&name}}
        SectionBegin,  // {{#name}}
        InvertedBegin, // {{^name}}
        SectionEnd,    // {{/name}}
        Comment,       // {{! … }}
        Partial,       // {{>name}}
        SetDelimiter   // {{=<% %>=}}
    };
    Type type = Type::Variable;
    QString name;         // trimmed, without the sigil
    qsizetype offset = 0; // of the opening "{{"
    qsizetype length = 0; // up to and including the closing "}}" or "}}}"
    int line = 0, column = 0;
    // For SectionBegin/InvertedBegin: the index of the matching SectionEnd in TemplateSyntax::tags, or -1.
    qsizetype closedBy = -1;
};

struct TemplateSyntax
{
    Q_DECLARE_TR_FUNCTIONS(bd::TemplateSyntax)
public:
    QList<TemplateTag> tags;
    QList<Problem> errors; // Kind::Syntax only; scanning stops at an unclosed tag

    static TemplateSyntax scan(const QString& text);
};

} // namespace bd
