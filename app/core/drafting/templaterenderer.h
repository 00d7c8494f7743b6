// Renders a template with a document context through kainjow's Mustache. A template is parsed once and
// rendered for as many recipients as needed; every value is escaped, and a value's own text is never
// expanded.
#pragma once

#include "documentcontext.h"
#include "placeholders.h"
#include "templateproblem.h"

#include <QString>

#include <memory>

namespace bd {

enum class TemplateFormat
{
    Html,     // values HTML-escaped; a line break in a value becomes <br/>
    PlainText // values printed as they are (an e-mail body)
};

class TemplateRenderer
{
public:
    TemplateRenderer() = default; // not valid: renders nothing
    // Parses `text`. A template with a syntax error or a tag that could print unescaped markup (see
    // TemplateValidator) is not valid and renders nothing; unknown placeholders render empty (the validator
    // reports them before output).
    explicit TemplateRenderer(const QString& text, TemplateFormat format = TemplateFormat::Html,
                              const QList<Placeholder>& catalogue = placeholderCatalogue());

    // The same template parsed earlier, from a small process-wide cache keyed by text and format (live
    // preview re-renders an unchanged template often). Uses the built-in catalogue.
    static TemplateRenderer cached(const QString& text, TemplateFormat format);

    bool isValid() const { return static_cast<bool>(m_compiled); }
    // Why the template is not valid.
    const QList<Problem>& problems() const { return m_problems; }
    TemplateFormat format() const { return m_format; }

    // Safe to call from several threads at once on the same renderer: rendering only reads the parsed
    // template (kainjow writes to it only for partials and lambdas, which templates and contexts never have).
    QString render(const DocumentContext& context) const;

    // The escaping applied to every {{value}} (UTF-8 in, UTF-8 out).
    static std::string escapeHtml(const std::string& text);

private:
    std::shared_ptr<kainjow::mustache::mustache> m_compiled;
    QList<Problem> m_problems;
    TemplateFormat m_format = TemplateFormat::Html;
};

} // namespace bd
