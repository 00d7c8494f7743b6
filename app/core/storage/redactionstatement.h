// What a redaction removed, as the statement its author signs (docs/redaction.md): the incident, when, who,
// why, the end of the retention period, the head of the incident's audit chain just before the redaction,
// the fields blanked and, per recipient group, how many recipients it had and the SHA-256 of the values
// removed. It names no person: it is kept, and goes into archives, after the personal data is gone.
#pragma once

#include "auditrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

inline constexpr auto RedactionStatementFormat = "breachdesk-redaction";
// The name under which the statement is signed (SignatureFile): the signature covers it.
inline constexpr auto RedactionStatementName = "redaction.json";

struct RedactionGroup
{
    QString key;
    qint64 recipients = 0;
    QByteArray sha256; // hex, of the removed values in the form docs/redaction.md gives
};

struct RedactionStatement
{
    Q_DECLARE_TR_FUNCTIONS(bd::RedactionStatement)
public:
    qint64 incidentId = 0;
    QString incidentCode;
    QString at; // ISO 8601 with milliseconds and offset, as the audit trail writes it
    QString who;
    QDate retentionEnded;
    QString reason;
    AuditChainHead chainBefore; // the incident's chain before the redaction's own audit entry
    QStringList fields;         // the recipient columns blanked
    QList<RedactionGroup> groups;

    qint64 recipients() const;
    // The canonical bytes that are hashed and signed: compact JSON with its keys in sorted order, UTF-8.
    QByteArray toJson() const;
    // Reads a statement; nullopt with a translated reason when it is not one this program wrote.
    static std::optional<RedactionStatement> fromJson(const QByteArray& json, QString* error);
};

} // namespace bd
