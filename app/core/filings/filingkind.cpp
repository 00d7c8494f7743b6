#include "filingkind.h"

#include "builtintemplates.h"
#include "documentcontext.h"

#include <QCryptographicHash>
#include <QFile>

#include <array>
#include <utility>

namespace bd {

namespace {
constexpr std::array<std::pair<FilingKind, const char*>, 6> kindKeys{
    {{FilingKind::PpcReport, "ppc_report"},
     {FilingKind::PublicNotice, "public_notice"},
     {FilingKind::ConsignorNotice, "consignor_notice"},
     {FilingKind::PmarkReport, "pmark_report"},
     {FilingKind::GdprArt33, "gdpr_art33"},
     {FilingKind::GdprArt34, "gdpr_art34"}}};

// Raise a kind's version whenever its shipped text changes.
int builtinVersion(FilingKind)
{
    return 1;
}

QByteArray sha256Hex(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}
} // namespace

QString filingKindKey(FilingKind kind)
{
    for (const auto& [k, key] : kindKeys)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

bool filingKindFromKey(const QString& key, FilingKind* out)
{
    for (const auto& [k, name] : kindKeys) {
        if (key == QLatin1String(name)) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString reportStageKey(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Preliminary:
        return QStringLiteral("preliminary");
    case ReportStage::Final:
        return QStringLiteral("final");
    case ReportStage::FollowUp:
        return QStringLiteral("follow_up");
    case ReportStage::Combined:
        return QStringLiteral("combined");
    }
    return {};
}

bool reportStageFromKey(const QString& key, ReportStage* out)
{
    for (const ReportStage s :
         {ReportStage::Preliminary, ReportStage::Final, ReportStage::FollowUp, ReportStage::Combined}) {
        if (reportStageKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString reportStageLabelJa(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Preliminary:
        return QStringLiteral("速報");
    case ReportStage::Final:
        return QStringLiteral("確報");
    case ReportStage::FollowUp:
        return QStringLiteral("続報");
    case ReportStage::Combined:
        return QStringLiteral("速報兼確報");
    }
    return {};
}

QString FilingTemplates::templateKind(FilingKind kind)
{
    switch (kind) {
    case FilingKind::PpcReport:
        return QStringLiteral("ppc-report");
    case FilingKind::PublicNotice:
        return QStringLiteral("public-notice");
    case FilingKind::ConsignorNotice:
        return QString::fromLatin1(TemplateKind::ConsignorNotice);
    case FilingKind::PmarkReport:
        return QStringLiteral("pmark-report");
    case FilingKind::GdprArt33:
        return QStringLiteral("gdpr-art33");
    case FilingKind::GdprArt34:
        return QStringLiteral("gdpr-art34");
    }
    return {};
}

QString FilingTemplates::kindTitle(FilingKind kind)
{
    switch (kind) {
    case FilingKind::PpcReport:
        return tr("Breach report to the PPC");
    case FilingKind::PublicNotice:
        return tr("Public notice");
    case FilingKind::ConsignorNotice:
        return tr("Notice to a consignor client");
    case FilingKind::PmarkReport:
        return tr("Privacy Mark accident report");
    case FilingKind::GdprArt33:
        return tr("GDPR Art. 33 notification");
    case FilingKind::GdprArt34:
        return tr("GDPR Art. 34 communication");
    }
    return {};
}

std::optional<FilingTemplate> FilingTemplates::builtin(FilingKind kind, Lang lang)
{
    FilingTemplate t;
    t.kind = templateKind(kind);
    t.lang = lang;
    if (kind == FilingKind::ConsignorNotice) {
        // The letters' own template: one pipeline for every document.
        const std::optional<BuiltinTemplate> letter = BuiltinTemplates::load(t.kind, langKey(lang));
        if (!letter)
            return std::nullopt;
        t.body = letter->body;
        t.version = letter->version;
    } else {
        QFile file(QStringLiteral(":/filings/%1.%2.html").arg(t.kind, langKey(lang)));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        t.body = QString::fromUtf8(file.readAll());
        t.version = builtinVersion(kind);
    }
    t.sha256 = sha256Hex(t.body);
    return t;
}

FilingTemplate FilingTemplates::withBody(const FilingTemplate& base, const QString& body)
{
    FilingTemplate t = base;
    t.body = body;
    t.sha256 = sha256Hex(body);
    return t;
}

QString FilingTemplates::groupKey(FilingKind kind)
{
    return kind == FilingKind::ConsignorNotice ? QString::fromLatin1(ConsignorClientsGroupKey) : QString();
}

BuiltinTemplateLookup FilingTemplates::lookup()
{
    return [](const QString& kind, const QString& lang) -> std::optional<BuiltinTemplate> {
        Lang l = Lang::Ja;
        if (!langFromKey(lang, &l))
            return std::nullopt;
        for (const FilingKind k :
             {FilingKind::PpcReport, FilingKind::PublicNotice, FilingKind::ConsignorNotice,
              FilingKind::PmarkReport, FilingKind::GdprArt33, FilingKind::GdprArt34}) {
            if (templateKind(k) != kind)
                continue;
            if (const std::optional<FilingTemplate> t = builtin(k, l))
                return BuiltinTemplate{t->body, t->version};
        }
        return std::nullopt;
    };
}

std::optional<FilingTemplate> FilingTemplates::forIncident(Database& db, qint64 incidentId, FilingKind kind,
                                                           Lang lang, StorageError* error)
{
    std::optional<FilingTemplate> shipped = builtin(kind, lang);
    if (!shipped)
        return std::nullopt;
    const TemplateRepository templates(db, lookup());
    const std::optional<TemplateDraft> draft =
        templates.load(incidentId, TemplateKey{templateKind(kind), groupKey(kind), langKey(lang)}, error);
    if (!draft || !draft->isCopy)
        return shipped;
    FilingTemplate copy = withBody(*shipped, draft->body);
    copy.version = draft->basedOnVersion;
    return copy;
}

} // namespace bd
