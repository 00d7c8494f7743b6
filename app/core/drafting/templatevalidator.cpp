#include "templatevalidator.h"

#include <QSet>

namespace bd {

namespace {

Problem problemAt(Problem::Kind kind, const QString& message, const TemplateTag& tag)
{
    Problem p;
    p.kind = kind;
    p.message = message;
    p.line = tag.line;
    p.column = tag.column;
    p.offset = tag.offset;
    p.placeholder = tag.name;
    return p;
}

// The catalogue entry `name` stands for, inside the lists open at that point (innermost last).
const Placeholder* resolve(const QString& name, const QStringList& openLists,
                           const QList<Placeholder>& catalogue)
{
    for (qsizetype i = openLists.size() - 1; i >= 0; --i) {
        if (const Placeholder* p = findPlaceholder(openLists.at(i) + QLatin1Char('/') + name, catalogue))
            return p;
    }
    const Placeholder* p = findPlaceholder(name, catalogue);
    return p && p->parent.isEmpty() ? p : nullptr;
}

// A list that has a field called `name`, for "only available inside {{#items}}" hints.
const Placeholder* listWithField(const QString& name, const QList<Placeholder>& catalogue)
{
    for (const Placeholder& p : catalogue)
        if (!p.parent.isEmpty() && p.name == name)
            return findPlaceholder(p.parent, catalogue);
    return nullptr;
}

bool required(const Placeholder& p, const QString& channel)
{
    switch (p.requirement) {
    case Requirement::Required:
        return true;
    case Requirement::RequiredByPost:
        return channel == QLatin1String("post");
    case Requirement::RequiredByEmail:
        return channel == QLatin1String("email");
    case Requirement::Optional:
        break;
    }
    return false;
}

void setRecipient(Problem& p, const DocumentContext& context)
{
    p.recipientId = context.recipientId;
    p.sourceRow = context.sourceRow;
}

QString recipientLabel(qint64 id, int row)
{
    return row > 0 ? TemplateValidator::tr("The recipient on row %1").arg(row)
                   : TemplateValidator::tr("Recipient %1").arg(id);
}

} // namespace

bool TemplateAnalysis::usesPlaceholder(const QString& key) const
{
    for (const PlaceholderUse& use : uses)
        if (use.placeholder->key() == key)
            return true;
    return false;
}

TemplateAnalysis TemplateValidator::analyse(const QString& text, const QList<Placeholder>& catalogue)
{
    TemplateAnalysis result;
    result.syntax = TemplateSyntax::scan(text);
    result.problems = result.syntax.errors;
    QStringList openLists;         // keys of the lists whose entries are in scope
    QList<qsizetype> listClosedBy; // the tag index that closes each of them
    const QList<TemplateTag>& tags = result.syntax.tags;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const TemplateTag& tag = tags.at(i);
        while (!listClosedBy.isEmpty() && listClosedBy.constLast() == i) {
            listClosedBy.removeLast();
            openLists.removeLast();
        }
        switch (tag.type) {
        case TemplateTag::Type::Comment:
        case TemplateTag::Type::SectionEnd:
            continue;
        case TemplateTag::Type::Partial:
            result.problems.append(
                problemAt(Problem::Kind::Unsafe,
                          tr("Partials ({{>%1}}) are not supported in templates.").arg(tag.name), tag));
            continue;
        case TemplateTag::Type::SetDelimiter:
            result.problems.append(problemAt(Problem::Kind::Unsafe,
                                             tr("Changing the Mustache delimiters is not supported."), tag));
            continue;
        default:
            break;
        }
        const Placeholder* p = resolve(tag.name, openLists, catalogue);
        if (!p) {
            const Placeholder* list = listWithField(tag.name, catalogue);
            result.problems.append(problemAt(
                Problem::Kind::UnknownPlaceholder,
                list ? tr("{{%1}} is only available inside {{#%2}}…{{/%2}}.").arg(tag.name, list->name)
                     : tr("Unknown placeholder {{%1}}.").arg(tag.name),
                tag));
            continue;
        }
        if (tag.type == TemplateTag::Type::Unescaped && p->kind != PlaceholderKind::Rich) {
            result.problems.append(problemAt(
                Problem::Kind::Unsafe,
                tr("{{{%1}}} would print the value without escaping it: write {{%1}}.").arg(tag.name), tag));
            continue;
        }
        if (tag.type == TemplateTag::Type::Variable && p->kind == PlaceholderKind::List) {
            result.problems.append(problemAt(
                Problem::Kind::Misuse,
                tr("{{%1}} is a list: repeat its entries with {{#%1}}…{{/%1}}.").arg(tag.name), tag));
            continue;
        }
        if (tag.type == TemplateTag::Type::Variable && p->kind == PlaceholderKind::Flag) {
            result.problems.append(problemAt(
                Problem::Kind::Misuse,
                tr("{{%1}} is a yes/no condition: use {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}.").arg(tag.name),
                tag));
            continue;
        }
        result.uses.append(PlaceholderUse{p, tag});
        // The entries of a list are in scope until the section closes (an unclosed one, already reported, to
        // the end).
        if (tag.type == TemplateTag::Type::SectionBegin && p->kind == PlaceholderKind::List) {
            openLists.append(p->key());
            listClosedBy.append(tag.closedBy >= 0 ? tag.closedBy : tags.size());
        }
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
    return result;
}

QList<Problem> TemplateValidator::checkTemplate(const QString& text, const QList<Placeholder>& catalogue)
{
    return analyse(text, catalogue).problems;
}

QList<Problem> TemplateValidator::check(const QString& text, const DocumentContext& context,
                                        const QList<Placeholder>& catalogue)
{
    const TemplateAnalysis analysis = analyse(text, catalogue);
    return analysis.problems + checkContext(analysis, context);
}

QList<Problem> TemplateValidator::checkContext(const TemplateAnalysis& analysis,
                                               const DocumentContext& context)
{
    QList<Problem> problems;
    QSet<QString> seen;
    QHash<QString, const TemplateTag*> firstUse;
    for (const PlaceholderUse& use : analysis.uses) {
        const Placeholder& p = *use.placeholder;
        if (!p.parent.isEmpty() || seen.contains(p.name))
            continue;
        seen.insert(p.name);
        firstUse.insert(p.name, &use.tag);
        // Without a recipient (a preview of the template) recipient values are not checked.
        if (p.group == PlaceholderGroup::Recipient && !context.hasRecipient)
            continue;
        if (!required(p, context.channel) || !context.isEmpty(p.name))
            continue;
        Problem problem =
            problemAt(Problem::Kind::EmptyValue,
                      tr("{{%1}} is required but empty in this document.").arg(p.name), use.tag);
        if (p.name == QLatin1String("recipient.address"))
            problem.message = tr("%1 has no postal address, which a letter by post needs.")
                                  .arg(recipientLabel(context.recipientId, context.sourceRow));
        else if (p.name == QLatin1String("recipient.email"))
            problem.message = tr("%1 has no e-mail address, which a document sent by e-mail needs.")
                                  .arg(recipientLabel(context.recipientId, context.sourceRow));
        if (p.perRecipient)
            setRecipient(problem, context);
        problems.append(problem);
    }
    // The builder's remarks about placeholders the template uses, placed at their first use.
    for (const Problem& note : context.notes) {
        const TemplateTag* tag = firstUse.value(note.placeholder);
        if (!tag && note.placeholder == QLatin1String("items")) // the same labels, joined
            tag = firstUse.value(QStringLiteral("group.items"));
        if (!tag)
            continue;
        Problem p = note;
        p.line = tag->line;
        p.column = tag->column;
        p.offset = tag->offset;
        if (const Placeholder* entry = findPlaceholder(note.placeholder); entry && entry->perRecipient)
            setRecipient(p, context);
        problems.append(p);
    }
    // A recipient the channel cannot reach, whether or not the template prints the address.
    if (context.hasRecipient) {
        Recipient reach;
        reach.id = context.recipientId;
        reach.sourceRow = context.sourceRow;
        reach.address = context.text(QStringLiteral("recipient.address"));
        reach.email = context.text(QStringLiteral("recipient.email"));
        const bool reported =
            (context.channel == QLatin1String("post") &&
             seen.contains(QStringLiteral("recipient.address"))) ||
            (context.channel == QLatin1String("email") && seen.contains(QStringLiteral("recipient.email")));
        if (!reported)
            problems.append(checkRecipient(reach, context.channel));
    }
    return problems;
}

QList<Problem> TemplateValidator::checkRecipient(const Recipient& recipient, const QString& channel)
{
    QList<Problem> problems;
    Problem p;
    p.kind = Problem::Kind::Recipient;
    p.recipientId = recipient.id;
    p.sourceRow = recipient.sourceRow;
    if (channel == QLatin1String("post") && recipient.address.trimmed().isEmpty()) {
        p.placeholder = QStringLiteral("recipient.address");
        p.message = tr("%1 has no postal address, which a letter by post needs.")
                        .arg(recipientLabel(recipient.id, recipient.sourceRow));
        problems.append(p);
    } else if (channel == QLatin1String("email") && recipient.email.trimmed().isEmpty()) {
        p.placeholder = QStringLiteral("recipient.email");
        p.message = tr("%1 has no e-mail address, which a document sent by e-mail needs.")
                        .arg(recipientLabel(recipient.id, recipient.sourceRow));
        problems.append(p);
    }
    return problems;
}

} // namespace bd
