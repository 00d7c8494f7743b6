#include "redactionstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bd {

qint64 RedactionStatement::recipients() const
{
    qint64 total = 0;
    for (const RedactionGroup& group : groups)
        total += group.recipients;
    return total;
}

QByteArray RedactionStatement::toJson() const
{
    QJsonArray groupArray;
    for (const RedactionGroup& group : groups)
        groupArray.append(QJsonObject{{QStringLiteral("key"), group.key},
                                      {QStringLiteral("recipients"), group.recipients},
                                      {QStringLiteral("sha256"), QString::fromLatin1(group.sha256)}});
    // QJsonObject keeps its keys sorted, so the same statement always gives the same bytes.
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(RedactionStatementFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("incident"),
         QJsonObject{{QStringLiteral("id"), incidentId}, {QStringLiteral("code"), incidentCode}}},
        {QStringLiteral("at"), at},
        {QStringLiteral("who"), who},
        {QStringLiteral("retentionEnded"), retentionEnded.toString(Qt::ISODate)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("auditChainBefore"),
         QJsonObject{{QStringLiteral("entries"), chainBefore.entries},
                     {QStringLiteral("hash"), QString::fromLatin1(chainBefore.hash)}}},
        {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("recipients"), recipients()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<RedactionStatement> RedactionStatement::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    const QJsonObject root = doc.object();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const auto fail = [error](const QString& why) -> std::optional<RedactionStatement> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The redaction statement is not JSON: %1.").arg(parse.errorString()));
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(RedactionStatementFormat) ||
        root.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("The redaction statement is not in a format this version reads."));
    RedactionStatement s;
    const QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    s.incidentId = incident.value(QStringLiteral("id")).toInteger();
    s.incidentCode = incident.value(QStringLiteral("code")).toString();
    s.at = root.value(QStringLiteral("at")).toString();
    s.who = root.value(QStringLiteral("who")).toString();
    s.retentionEnded =
        QDate::fromString(root.value(QStringLiteral("retentionEnded")).toString(), Qt::ISODate);
    s.reason = root.value(QStringLiteral("reason")).toString();
    const QJsonObject chain = root.value(QStringLiteral("auditChainBefore")).toObject();
    s.chainBefore.incidentId = s.incidentId;
    s.chainBefore.entries = chain.value(QStringLiteral("entries")).toInteger(-1);
    s.chainBefore.hash = chain.value(QStringLiteral("hash")).toString().toLatin1();
    for (const QJsonValue& field : root.value(QStringLiteral("fields")).toArray())
        s.fields.append(field.toString());
    for (const QJsonValue& value : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = value.toObject();
        RedactionGroup group{g.value(QStringLiteral("key")).toString(),
                             g.value(QStringLiteral("recipients")).toInteger(-1),
                             g.value(QStringLiteral("sha256")).toString().toLatin1()};
        if (group.key.isEmpty() || group.recipients < 0 || !hex.match(QLatin1String(group.sha256)).hasMatch())
            return fail(tr("The redaction statement has a damaged recipient group."));
        s.groups.append(group);
    }
    if (s.incidentId <= 0 || s.incidentCode.isEmpty() || s.at.isEmpty() || !s.retentionEnded.isValid() ||
        s.chainBefore.entries < 0 || !hex.match(QLatin1String(s.chainBefore.hash)).hasMatch() ||
        root.value(QStringLiteral("recipients")).toInteger(-1) != s.recipients())
        return fail(tr("The redaction statement is incomplete."));
    return s;
}

} // namespace bd
