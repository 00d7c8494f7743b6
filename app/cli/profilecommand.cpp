#include "profilecommand.h"

#include "companyprofileservice.h"
#include "database.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {
QJsonObject profileJson(const CompanyProfile& profile)
{
    QJsonObject o;
    for (const CompanyProfileFieldSpec& field : companyProfileFields())
        o.insert(field.name(), QJsonValue::fromVariant(field.get(profile)));
    return o;
}
} // namespace

QString CompanyProfileCommand::summary() const
{
    return tr("Print the company profile as JSON, or change it from a JSON file (--set).");
}

int CompanyProfileCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       tr("Change the fields FILE names (a JSON object with the keys this "
                                          "command prints); the others stay."),
                                       tr("FILE"));
    parser.addOption(setOption);
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("Usage: breachdesk company-profile [--workspace FILE] [--set FILE]") << '\n';
        return ExitUsage;
    }
    const bool setting = parser.isSet(setOption);
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context,
                                             setting ? OpenMode::ReadWrite : OpenMode::PreferWrite);
        code != ExitOk)
        return code;
    Workspace workspace(db);
    StorageError storage;
    std::optional<CompanyProfile> profile = workspace.profile().profile(&storage);
    if (!profile)
        return CliSupport::fail(context, storage);
    if (setting) {
        const QString path = parser.value(setOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return ExitInvalidInput;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            context.err << tr("%1: not a JSON object (%2). Nothing was changed.")
                               .arg(path, parseError.error != QJsonParseError::NoError
                                              ? parseError.errorString()
                                              : tr("another value"))
                        << '\n';
            return ExitInvalidInput;
        }
        QStringList problems;
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const CompanyProfileFieldSpec* field = companyProfileField(it.key());
            if (!field) {
                problems << tr("%1: %2: is not a field of the company profile").arg(path, it.key());
                continue;
            }
            const bool typeOk = field->type == FieldType::Bool ? it->isBool() : it->isString();
            if (!typeOk) {
                problems << tr("%1: %2: must be %3")
                                .arg(path, it.key(),
                                     field->type == FieldType::Bool ? tr("true or false") : tr("text"));
                continue;
            }
            const QVariant value = it->toVariant();
            if (field->type == FieldType::Enum && !field->enumKeys.contains(value.toString())) {
                problems << tr("%1: %2: must be one of %3")
                                .arg(path, it.key(), field->enumKeys.join(QStringLiteral(", ")));
                continue;
            }
            if (const QString problem = fieldProblem(*field, value, false); !problem.isEmpty()) {
                problems << tr("%1: %2: %3").arg(path, it.key(), problem);
                continue;
            }
            field->set(*profile, value);
        }
        if (!problems.isEmpty()) {
            for (const QString& p : std::as_const(problems))
                context.err << p << '\n';
            context.err << tr("Nothing was changed.") << '\n';
            return ExitInvalidInput;
        }
        if (!workspace.profile().setProfile(*profile, &storage))
            return CliSupport::fail(context, storage);
    }
    context.out << QString::fromUtf8(QJsonDocument(profileJson(*profile)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace bd
