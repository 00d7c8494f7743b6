#include "letterbatchrepository.h"

#include "auditrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

namespace {

QVariant orNull(bool present, const QVariant& value)
{
    return present ? value : QVariant();
}

QString templateText(const char* lang, const LetterBatchTemplate& t)
{
    if (!t.used)
        return QString();
    return QStringLiteral(", template %1 v%2%3 sha256:%4")
        .arg(QLatin1String(lang))
        .arg(t.version)
        .arg(t.edited ? QStringLiteral(" (edited)") : QString())
        .arg(QString::fromLatin1(t.sha256));
}

// What the audit entry of a batch says: everything but the recipients.
QString auditText(const LetterBatch& b)
{
    QString text =
        QStringLiteral("batch %1, %2, %3 letters, %4, dated %5%6%7, sha256:%8")
            .arg(b.id)
            .arg(b.templateKey())
            .arg(b.recipients)
            .arg(b.outputMode, b.lettersDate.toString(Qt::ISODate), templateText("ja", b.templateJa),
                 templateText("en", b.templateEn), QString::fromLatin1(b.outputSha256));
    if (!b.layout.isEmpty())
        text += QStringLiteral(", layout %1").arg(b.layout);
    if (b.reissueOf > 0)
        text += QStringLiteral(", issued again after batch %1: %2").arg(b.reissueOf).arg(b.reissueReason);
    return text;
}

LetterBatch batchFromRow(const QSqlQuery& q)
{
    LetterBatch b;
    b.id = q.value(0).toLongLong();
    b.incidentId = q.value(1).toLongLong();
    b.kind = q.value(2).toString();
    b.groupKey = q.value(3).toString();
    b.recipients = q.value(4).toInt();
    b.language = q.value(5).toString();
    b.dateStyle = q.value(6).toString();
    b.lettersDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    for (int side = 0; side < 2; ++side) {
        LetterBatchTemplate& t = side == 0 ? b.templateJa : b.templateEn;
        const int c = 8 + 3 * side;
        t.used = !q.value(c).isNull();
        t.version = q.value(c).toInt();
        t.edited = q.value(c + 1).toInt() != 0;
        t.sha256 = q.value(c + 2).toString().toLatin1();
    }
    b.outputMode = q.value(14).toString();
    b.outputSha256 = q.value(15).toString().toLatin1();
    b.issuedAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    b.issuedBy = q.value(17).toString();
    b.reissueOf = q.value(18).toLongLong();
    b.reissueReason = q.value(19).toString();
    b.layout = q.value(20).toString();
    return b;
}

const QString columns = QStringLiteral(
    "id, incident_id, kind, group_key, recipient_count, lang, date_style, letters_date, template_ja_version, "
    "template_ja_edited, template_ja_sha256, template_en_version, template_en_edited, template_en_sha256, "
    "output_mode, output_sha256, issued_at, issued_by, reissue_of, reissue_reason, layout");

} // namespace

bool LetterBatchRepository::issue(LetterBatch& batch, const QString& incidentCode, StorageError* error)
{
    if (!batch.issuedAt.isValid())
        batch.issuedAt = QDateTime::currentDateTime();
    if (batch.issuedBy.isEmpty())
        batch.issuedBy = AuditRepository::currentUser();
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            // The id the letters' control numbers carry, when they were made before the batch was recorded.
            q.prepare(QStringLiteral(
                "INSERT INTO letter_batch (id, incident_id, kind, group_key, recipient_count, lang, "
                "date_style, "
                "letters_date, template_ja_version, template_ja_edited, template_ja_sha256, "
                "template_en_version, template_en_edited, template_en_sha256, output_mode, output_sha256, "
                "issued_at, issued_by, reissue_of, reissue_reason, layout) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(batch.id > 0 ? QVariant(batch.id) : QVariant());
            q.addBindValue(batch.incidentId);
            q.addBindValue(notNull(batch.kind));
            q.addBindValue(notNull(batch.groupKey));
            q.addBindValue(batch.recipients);
            q.addBindValue(notNull(batch.language));
            q.addBindValue(notNull(batch.dateStyle));
            q.addBindValue(batch.lettersDate.toString(Qt::ISODate));
            for (const LetterBatchTemplate* t : {&batch.templateJa, &batch.templateEn}) {
                q.addBindValue(orNull(t->used, t->version));
                q.addBindValue(orNull(t->used, int(t->edited)));
                q.addBindValue(orNull(t->used, QString::fromLatin1(t->sha256)));
            }
            q.addBindValue(notNull(batch.outputMode));
            q.addBindValue(QString::fromLatin1(batch.outputSha256));
            q.addBindValue(
                batch.issuedAt.toOffsetFromUtc(batch.issuedAt.offsetFromUtc()).toString(Qt::ISODateWithMs));
            q.addBindValue(batch.issuedBy);
            q.addBindValue(batch.reissueOf > 0 ? QVariant(batch.reissueOf) : QVariant());
            q.addBindValue(notNull(batch.reissueReason));
            q.addBindValue(batch.layout.isEmpty() ? QVariant() : QVariant(batch.layout));
            if (!Database::exec(q, err))
                return false;
            batch.id = q.lastInsertId().toLongLong();
            QSqlQuery f(m_db.connection());
            f.prepare(
                QStringLiteral("INSERT INTO letter_batch_file (batch_id, sequence, recipient_id, pages, "
                               "sha256) VALUES (?, ?, ?, ?, ?)"));
            for (const LetterBatchFile& file : std::as_const(batch.files)) {
                f.addBindValue(batch.id);
                f.addBindValue(file.sequence);
                f.addBindValue(file.recipientId > 0 ? QVariant(file.recipientId) : QVariant());
                f.addBindValue(file.pages);
                f.addBindValue(QString::fromLatin1(file.sha256));
                if (!Database::exec(f, err))
                    return false;
            }
            AuditEntry entry;
            entry.incidentId = batch.incidentId;
            entry.incidentCode = incidentCode;
            entry.entity = QStringLiteral("letter_batch");
            entry.entityId = batch.id;
            entry.field = QStringLiteral("issued");
            entry.after = auditText(batch);
            entry.who = batch.issuedBy;
            return AuditRepository(m_db).append(entry, err);
        },
        error);
}

qint64 LetterBatchRepository::nextId(StorageError* error) const
{
    // Batches are never deleted (migration 0013's triggers): the next row id is one above the highest.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM letter_batch"));
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<LetterBatch> LetterBatchRepository::latest(qint64 incidentId, const QString& kind,
                                                         const QString& groupKey, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM letter_batch WHERE incident_id = ? AND kind = ? AND group_key = ? "
                       "ORDER BY id DESC LIMIT 1")
            .arg(columns));
    q.addBindValue(incidentId);
    q.addBindValue(kind);
    q.addBindValue(groupKey);
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    LetterBatch batch = batchFromRow(q);
    StorageError filesError;
    batch.files = files(batch.id, &filesError);
    if (filesError) {
        if (error)
            *error = filesError;
        return std::nullopt;
    }
    return batch;
}

QList<LetterBatch> LetterBatchRepository::list(qint64 incidentId, StorageError* error) const
{
    QList<LetterBatch> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM letter_batch WHERE incident_id = ? ORDER BY id").arg(columns));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append(batchFromRow(q));
    return result;
}

QList<LetterBatchFile> LetterBatchRepository::files(qint64 batchId, StorageError* error) const
{
    QList<LetterBatchFile> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sequence, recipient_id, pages, sha256 FROM letter_batch_file WHERE "
                             "batch_id = ? ORDER BY sequence"));
    q.addBindValue(batchId);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toString().toLatin1()});
    return result;
}

} // namespace bd
