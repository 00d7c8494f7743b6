// The document kinds and the templates shipped for them (resources/templates, compiled into bd_drafting).
#pragma once

#include "templaterenderer.h"
#include "templaterepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

namespace TemplateKind {
inline constexpr auto LetterIndividual = "letter-individual"; // 本人通知 (規則10条)
inline constexpr auto ConsignorNotice = "consignor-notice";   // notice to a consignor client (規則9条)
inline constexpr auto CoverEmail = "cover-email";             // plain-text e-mail that carries a notice
} // namespace TemplateKind

struct BuiltinTemplateInfo
{
    QString kind;
    Lang lang = Lang::Ja;
    QString resource; // ":/templates/letter-individual.ja.html"
    TemplateFormat format = TemplateFormat::Html;
    int version = 1; // raise when the shipped text changes: copies made from older versions are flagged
};

class BuiltinTemplates
{
    Q_DECLARE_TR_FUNCTIONS(bd::BuiltinTemplates)
public:
    static const QList<BuiltinTemplateInfo>& all();
    static QStringList kinds();
    static QString kindTitle(const QString& kind); // translated, for the UI
    static TemplateFormat format(const QString& kind);
    // The shipped text and version; nullopt for an unknown kind or language.
    static std::optional<BuiltinTemplate> load(const QString& kind, const QString& lang);
    // For TemplateRepository.
    static BuiltinTemplateLookup lookup();
};

} // namespace bd
