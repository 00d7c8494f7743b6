#include "templatesyntax.h"

namespace bd {

namespace {

// Tracks line and column while the scan moves forward through the text.
class Cursor
{
public:
    explicit Cursor(const QString& text) : m_text(text) {}
    void advanceTo(qsizetype offset, int* line, int* column)
    {
        for (; m_pos < offset; ++m_pos) {
            if (m_text.at(m_pos) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        *line = m_line;
        *column = int(offset - m_lineStart) + 1;
    }

private:
    const QString& m_text;
    qsizetype m_pos = 0, m_lineStart = 0;
    int m_line = 1;
};

Problem syntaxError(const QString& message, const TemplateTag& at)
{
    Problem p;
    p.kind = Problem::Kind::Syntax;
    p.message = message;
    p.line = at.line;
    p.column = at.column;
    p.offset = at.offset;
    p.placeholder = at.name;
    return p;
}

} // namespace

TemplateSyntax TemplateSyntax::scan(const QString& text)
{
    TemplateSyntax result;
    Cursor cursor(text);
    QList<qsizetype> open; // indices of the open section tags, innermost last
    const QString openBraces = QStringLiteral("{{");
    for (qsizetype pos = 0;;) {
        const qsizetype start = text.indexOf(openBraces, pos);
        if (start < 0)
            break;
        TemplateTag tag;
        tag.offset = start;
        cursor.advanceTo(start, &tag.line, &tag.column);
        // Like kainjow: "{{{" opens a triple mustache that must end with "}}}".
        const bool triple = start + 2 < text.size() && text.at(start + 2) == QLatin1Char('{');
        const QString closing = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
        const qsizetype contentStart = start + (triple ? 3 : 2);
        const qsizetype end = text.indexOf(closing, contentStart);
        if (end < 0) {
            result.errors.append(
                syntaxError(tr("This tag is never closed: \"%1\" is missing.").arg(closing), tag));
            break;
        }
        tag.length = end + closing.size() - start;
        pos = end + closing.size();
        const QString contents = text.mid(contentStart, end - contentStart).trimmed();
        if (triple) {
            tag.type = TemplateTag::Type::Unescaped;
            tag.name = contents;
        } else if (!contents.isEmpty()) {
            const QChar sigil = contents.at(0);
            tag.name = contents.mid(1).trimmed();
            if (sigil == QLatin1Char('#'))
                tag.type = TemplateTag::Type::SectionBegin;
            else if (sigil == QLatin1Char('^'))
                tag.type = TemplateTag::Type::InvertedBegin;
            else if (sigil == QLatin1Char('/'))
                tag.type = TemplateTag::Type::SectionEnd;
            else if (sigil == QLatin1Char('&'))
                tag.type = TemplateTag::Type::Unescaped;
            else if (sigil == QLatin1Char('!'))
                tag.type = TemplateTag::Type::Comment;
            else if (sigil == QLatin1Char('>'))
                tag.type = TemplateTag::Type::Partial;
            else if (sigil == QLatin1Char('='))
                tag.type = TemplateTag::Type::SetDelimiter;
            else
                tag.name = contents;
        }
        if (tag.name.isEmpty() && tag.type != TemplateTag::Type::Comment &&
            tag.type != TemplateTag::Type::SetDelimiter) {
            result.errors.append(syntaxError(tr("This tag has no placeholder name."), tag));
            continue;
        }
        const qsizetype index = result.tags.size();
        result.tags.append(tag);
        if (tag.type == TemplateTag::Type::SectionBegin || tag.type == TemplateTag::Type::InvertedBegin) {
            open.append(index);
        } else if (tag.type == TemplateTag::Type::SectionEnd) {
            qsizetype match = open.size() - 1;
            while (match >= 0 && result.tags.at(open.at(match)).name != tag.name)
                --match;
            if (match < 0) {
                result.errors.append(
                    syntaxError(tr("{{/%1}} closes a section that is not open.").arg(tag.name), tag));
                continue;
            }
            // Sections opened inside the one closed here and never closed themselves.
            while (open.size() - 1 > match) {
                const TemplateTag& inner = result.tags.at(open.takeLast());
                result.errors.append(
                    syntaxError(tr("The section {{%1%2}} is not closed before {{/%3}} on line %4.")
                                    .arg(inner.type == TemplateTag::Type::InvertedBegin ? QLatin1Char('^')
                                                                                        : QLatin1Char('#'))
                                    .arg(inner.name, tag.name)
                                    .arg(tag.line),
                                inner));
            }
            result.tags[open.takeLast()].closedBy = index;
        }
    }
    for (const qsizetype index : open) {
        const TemplateTag& tag = result.tags.at(index);
        result.errors.append(syntaxError(
            tr("The section {{%1%2}} is never closed with {{/%2}}.")
                .arg(tag.type == TemplateTag::Type::InvertedBegin ? QLatin1Char('^') : QLatin1Char('#'))
                .arg(tag.name),
            tag));
    }
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
    return result;
}

} // namespace bd
