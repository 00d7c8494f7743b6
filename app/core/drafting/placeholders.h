// The placeholder catalogue: every name a document template may use, in one list. It drives the editor's
// palette, template validation and the reference page docs/placeholders.md (generated from it).
#pragma once

#include "narrative.h"

#include <QList>
#include <QString>

namespace bd {

enum class PlaceholderGroup
{
    Incident,
    Organisation,
    ContactDesk,
    DataSets, // the group's data sets and items, and a consignor's data sets
    Recipient,
    Dates,
    Narrative
};
QString placeholderGroupKey(PlaceholderGroup group); // "incident", "organisation", …
QString placeholderGroupTitle(PlaceholderGroup group, Lang lang);

enum class PlaceholderKind
{
    Text, // {{name}}: plain text, HTML-escaped; {{#name}}…{{/name}} shows its content when the text is not
          // empty
    Flag, // {{#name}}…{{/name}} / {{^name}}…{{/name}}: a yes/no condition
    List, // {{#name}}…{{/name}} repeats its content for each entry; inside, the entry's fields are available
    Rich  // pre-escaped rich text, the only kind allowed in {{{name}}} or {{&name}}
};

// When an empty value is an error before output (TemplateValidator).
enum class Requirement
{
    Optional,
    Required,       // whenever the template uses it
    RequiredByPost, // when the group's channel is post
    RequiredByEmail // when the group's channel is e-mail
};

struct Placeholder
{
    QString name; // as written in the template: "incident.title", or "label" inside {{#items}}
    QString
        parent; // the list it belongs to ("items", "consignor.data_sets", "consignor.data_sets/items"), or ""
    PlaceholderGroup group = PlaceholderGroup::Incident;
    PlaceholderKind kind = PlaceholderKind::Text;
    Requirement requirement = Requirement::Optional;
    bool perRecipient = false; // its value depends on the recipient, not only on the incident and group
    QString descriptionJa, descriptionEn;
    QString exampleJa, exampleEn;

    // The unique key: the name for top-level entries, "<parent>/<name>" for list fields.
    QString key() const { return parent.isEmpty() ? name : parent + QLatin1Char('/') + name; }
    QString description(Lang lang) const { return lang == Lang::Ja ? descriptionJa : descriptionEn; }
    QString example(Lang lang) const { return lang == Lang::Ja ? exampleJa : exampleEn; }
    // What the palette inserts: "{{name}}", or a section with a sample body for lists and flags.
    QString snippet() const;
};

// All placeholders, top-level entries of a group first, each list followed by its fields.
const QList<Placeholder>& placeholderCatalogue();
// A top-level entry (parent "") or a list field by key ("items/label"); nullptr when unknown.
const Placeholder* findPlaceholder(const QString& key,
                                   const QList<Placeholder>& catalogue = placeholderCatalogue());

// The reference page (docs/placeholders.md), generated from the catalogue.
QString placeholderReferenceMarkdown(const QList<Placeholder>& catalogue = placeholderCatalogue());

} // namespace bd
