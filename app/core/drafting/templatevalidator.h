// Checks a template before anything is output: syntax with line and column, unknown placeholders, tags that
// could print unescaped markup, and — against a built context — required values that are empty, texts missing
// in the document's language and recipients the group's channel cannot reach.
#pragma once

#include "documentcontext.h"
#include "placeholders.h"
#include "templateproblem.h"
#include "templatesyntax.h"

#include <QCoreApplication>

namespace bd {

// A placeholder as used by a template: the catalogue entry and the tag that names it.
struct PlaceholderUse
{
    const Placeholder* placeholder = nullptr;
    TemplateTag tag;
};

struct TemplateAnalysis
{
    TemplateSyntax syntax;
    QList<Problem> problems;    // syntax, unsafe tags and unknown placeholders, in template order
    QList<PlaceholderUse> uses; // every known placeholder tag, in template order
    bool usesPlaceholder(const QString& key) const;
};

class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(bd::TemplateValidator)
public:
    // The template alone.
    static TemplateAnalysis analyse(const QString& text,
                                    const QList<Placeholder>& catalogue = placeholderCatalogue());
    static QList<Problem> checkTemplate(const QString& text,
                                        const QList<Placeholder>& catalogue = placeholderCatalogue());

    // The template with one context (one recipient, or none for a preview of the template): the template's
    // problems plus empty required values, missing translations and an unreachable recipient.
    static QList<Problem> check(const QString& text, const DocumentContext& context,
                                const QList<Placeholder>& catalogue = placeholderCatalogue());
    static QList<Problem> checkContext(const TemplateAnalysis& analysis, const DocumentContext& context);

    // Whether the recipient can be reached by `channel` ("post": an address, "email": an e-mail address).
    static QList<Problem> checkRecipient(const Recipient& recipient, const QString& channel);
};

} // namespace bd
