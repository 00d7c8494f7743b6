#include "builtintemplates.h"

#include <QFile>

namespace bd {

const QList<BuiltinTemplateInfo>& BuiltinTemplates::all()
{
    static const QList<BuiltinTemplateInfo> templates = [] {
        QList<BuiltinTemplateInfo> list;
        const struct
        {
            const char* kind;
            const char* extension;
            TemplateFormat format;
        } kinds[] = {
            {TemplateKind::LetterIndividual, "html", TemplateFormat::Html},
            {TemplateKind::ConsignorNotice, "html", TemplateFormat::Html},
            {TemplateKind::CoverEmail, "txt", TemplateFormat::PlainText},
        };
        for (const auto& k : kinds) {
            for (const Lang lang : {Lang::Ja, Lang::En}) {
                const QString kind = QString::fromLatin1(k.kind);
                list.append({kind, lang,
                             QStringLiteral(":/templates/%1.%2.%3")
                                 .arg(kind, langKey(lang), QString::fromLatin1(k.extension)),
                             k.format, 2});
            }
        }
        return list;
    }();
    return templates;
}

QStringList BuiltinTemplates::kinds()
{
    QStringList kinds;
    for (const BuiltinTemplateInfo& info : all())
        if (!kinds.contains(info.kind))
            kinds.append(info.kind);
    return kinds;
}

QString BuiltinTemplates::kindTitle(const QString& kind)
{
    if (kind == QLatin1String(TemplateKind::LetterIndividual))
        return tr("Letter to individuals");
    if (kind == QLatin1String(TemplateKind::ConsignorNotice))
        return tr("Notice to a consignor client");
    if (kind == QLatin1String(TemplateKind::CoverEmail))
        return tr("Cover e-mail");
    return kind;
}

TemplateFormat BuiltinTemplates::format(const QString& kind)
{
    for (const BuiltinTemplateInfo& info : all())
        if (info.kind == kind)
            return info.format;
    return TemplateFormat::Html;
}

std::optional<BuiltinTemplate> BuiltinTemplates::load(const QString& kind, const QString& lang)
{
    for (const BuiltinTemplateInfo& info : all()) {
        if (info.kind != kind || langKey(info.lang) != lang)
            continue;
        QFile file(info.resource);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return BuiltinTemplate{QString::fromUtf8(file.readAll()), info.version};
    }
    return std::nullopt;
}

BuiltinTemplateLookup BuiltinTemplates::lookup()
{
    return &BuiltinTemplates::load;
}

} // namespace bd
