#include "templaterepository.h"

#include <QSqlQuery>

namespace bd {

namespace {

QString nowText()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

void bindKey(QSqlQuery& q, qint64 incidentId, const TemplateKey& key)
{
    q.addBindValue(incidentId);
    q.addBindValue(notNull(key.kind));
    q.addBindValue(notNull(key.groupKey));
    q.addBindValue(notNull(key.lang));
}

const QString keyCondition = QStringLiteral("incident_id = ? AND kind = ? AND group_key = ? AND lang = ?");

} // namespace

std::optional<BuiltinTemplate> TemplateRepository::builtin(const TemplateKey& key) const
{
    return m_builtins ? m_builtins(key.kind, key.lang) : std::nullopt;
}

std::optional<TemplateDraft> TemplateRepository::load(qint64 incidentId, const TemplateKey& key,
                                                      StorageError* error) const
{
    const std::optional<BuiltinTemplate> shipped = builtin(key);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, body, based_on_version, updated_at FROM template_draft WHERE ") +
              keyCondition);
    bindKey(q, incidentId, key);
    if (!Database::exec(q, error))
        return std::nullopt;
    TemplateDraft draft;
    draft.key = key;
    draft.builtinVersion = shipped ? shipped->version : 0;
    if (q.next()) {
        draft.isCopy = true;
        draft.id = q.value(0).toLongLong();
        draft.body = q.value(1).toString();
        draft.basedOnVersion = q.value(2).toInt();
        draft.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        return draft;
    }
    if (!shipped) {
        *error = StorageError::make(StorageError::NotFound,
                                    StorageError::tr("There is no template %1.").arg(key.text()));
        return std::nullopt;
    }
    draft.body = shipped->body;
    draft.basedOnVersion = shipped->version;
    return draft;
}

QList<TemplateDraft> TemplateRepository::copies(qint64 incidentId, StorageError* error) const
{
    QList<TemplateDraft> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, group_key, lang, body, based_on_version, updated_at "
                             "FROM template_draft WHERE incident_id = ? ORDER BY kind, group_key, lang"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next()) {
        TemplateDraft d;
        d.isCopy = true;
        d.id = q.value(0).toLongLong();
        d.key = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        d.body = q.value(4).toString();
        d.basedOnVersion = q.value(5).toInt();
        d.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        const std::optional<BuiltinTemplate> shipped = builtin(d.key);
        d.builtinVersion = shipped ? shipped->version : 0;
        result.append(d);
    }
    return result;
}

bool TemplateRepository::save(qint64 incidentId, const TemplateKey& key, const QString& body,
                              StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const std::optional<TemplateDraft> current = load(incidentId, key, err);
            if (!current && err->kind != StorageError::NotFound)
                return false;
            if (current && current->body == body)
                return true; // unchanged, or the built-in's own text
            QSqlQuery q(m_db.connection());
            qint64 id = 0;
            if (current && current->isCopy) {
                q.prepare(QStringLiteral("UPDATE template_draft SET body = ?, updated_at = ? WHERE id = ?"));
                q.addBindValue(body);
                q.addBindValue(nowText());
                q.addBindValue(current->id);
                if (!Database::exec(q, err))
                    return false;
                id = current->id;
            } else {
                q.prepare(
                    QStringLiteral("INSERT INTO template_draft (incident_id, kind, group_key, lang, body, "
                                   "based_on_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                bindKey(q, incidentId, key);
                q.addBindValue(body);
                q.addBindValue(current ? current->builtinVersion : 0);
                q.addBindValue(nowText());
                if (!Database::exec(q, err))
                    return false;
                id = q.lastInsertId().toLongLong();
            }
            *err = StorageError();
            return audit(incidentId, id, key, current ? current->body : QString(), body, err);
        },
        error);
}

bool TemplateRepository::reset(qint64 incidentId, const TemplateKey& key, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const std::optional<TemplateDraft> current = load(incidentId, key, err);
            if (!current || !current->isCopy) {
                *err = StorageError();
                return true;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM template_draft WHERE id = ?"));
            q.addBindValue(current->id);
            if (!Database::exec(q, err))
                return false;
            const std::optional<BuiltinTemplate> shipped = builtin(key);
            return audit(incidentId, current->id, key, current->body, shipped ? shipped->body : QString(),
                         err);
        },
        error);
}

QString TemplateRepository::dateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                                      StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT date_style FROM document_setting WHERE incident_id = ? AND kind = ? AND group_key = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(notNull(kind));
    q.addBindValue(notNull(groupKey));
    if (!Database::exec(q, error))
        return QStringLiteral("seireki");
    return q.next() ? q.value(0).toString() : QStringLiteral("seireki");
}

bool TemplateRepository::setDateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                                      const QString& style, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const QString before = dateStyle(incidentId, kind, groupKey, err);
            if (*err)
                return false;
            if (before == style)
                return true;
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO document_setting (incident_id, kind, group_key, date_style) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id, kind, group_key) DO "
                               "UPDATE SET date_style = excluded.date_style"));
            q.addBindValue(incidentId);
            q.addBindValue(notNull(kind));
            q.addBindValue(notNull(groupKey));
            q.addBindValue(notNull(style));
            if (!Database::exec(q, err))
                return false;
            return audit(incidentId, 0, {kind, groupKey, QStringLiteral("date_style")}, before, style, err);
        },
        error);
}

// The trail records the effective template text before and after, under the field "<kind>/<group>/<lang>".
bool TemplateRepository::audit(qint64 incidentId, qint64 draftId, const TemplateKey& key,
                               const QString& before, const QString& after, StorageError* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return false;
    AuditEntry e;
    e.incidentId = incidentId;
    e.incidentCode = q.next() ? q.value(0).toString() : QString();
    e.entity = QStringLiteral("template_draft");
    e.entityId = draftId;
    e.field = key.text();
    e.before = before;
    e.after = after;
    return m_audit.append(e, error);
}

} // namespace bd
