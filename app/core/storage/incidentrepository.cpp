#include "incidentrepository.h"

#include "readerrecords.h"

#include "enumkeys.h"
#include "fields.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {

template<typename T>
QStringList columnsOf(const QList<FieldSpec<T>>& specs)
{
    QStringList columns;
    for (const FieldSpec<T>& f : specs)
        columns.append(f.name());
    return columns;
}

// Fills `out` from the current row of `q`, whose columns are named after the field keys.
template<typename T>
void readRow(const QList<FieldSpec<T>>& specs, const QSqlQuery& q, T* out)
{
    const QSqlRecord record = q.record();
    for (const FieldSpec<T>& f : specs) {
        QVariant value;
        QString ignored;
        if (fieldFromStorage(f.type, q.value(record.indexOf(f.name())), &value, &ignored, f.enumKeys))
            f.set(*out, value);
    }
}

QString nowText()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

StorageError notFound(const QString& what)
{
    return StorageError::make(StorageError::NotFound, StorageError::tr("The %1 no longer exists.").arg(what));
}

} // namespace

QList<IncidentSummary> IncidentRepository::list(bool includeArchived, StorageError* error) const
{
    QList<IncidentSummary> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, code, title_ja, title_en, status, known_at, updated_at FROM incident ") +
        (includeArchived ? QString() : QStringLiteral("WHERE status <> 'archived' ")) +
        QStringLiteral("ORDER BY code"));
    if (!Database::exec(q, error))
        return result;
    while (q.next()) {
        IncidentSummary s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.titleJa = q.value(2).toString();
        s.titleEn = q.value(3).toString();
        fromKey(q.value(4).toString(), &s.status);
        s.knownAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        s.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        result.append(s);
    }
    return result;
}

std::optional<Incident> IncidentRepository::load(qint64 id, StorageError* error) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, created_at, updated_at, %1 FROM incident WHERE id = ?")
                  .arg(columnsOf(incidentFields()).join(QStringLiteral(", "))));
    q.addBindValue(id);
    if (!Database::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = notFound(StorageError::tr("incident"));
        return std::nullopt;
    }
    Incident incident;
    incident.id = id;
    incident.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    incident.updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    readRow(incidentFields(), q, &incident);

    QSqlQuery ds(db);
    ds.prepare(QStringLiteral("SELECT id, %1 FROM data_set WHERE incident_id = ? ORDER BY position, id")
                   .arg(columnsOf(dataSetFields()).join(QStringLiteral(", "))));
    ds.addBindValue(id);
    if (!Database::exec(ds, error))
        return std::nullopt;
    QSqlQuery items(db);
    items.prepare(
        QStringLiteral("SELECT item_key FROM data_set_item WHERE data_set_id = ? ORDER BY position"));
    while (ds.next()) {
        DataSet set;
        set.id = ds.value(0).toLongLong();
        readRow(dataSetFields(), ds, &set);
        items.addBindValue(set.id);
        if (!Database::exec(items, error))
            return std::nullopt;
        while (items.next())
            set.itemKeys.append(items.value(0).toString());
        incident.dataSets.append(set);
    }

    QSqlQuery tl(db);
    tl.prepare(QStringLiteral("SELECT id, %1 FROM timeline_event WHERE incident_id = ? ORDER BY at, id")
                   .arg(columnsOf(timelineFields()).join(QStringLiteral(", "))));
    tl.addBindValue(id);
    if (!Database::exec(tl, error))
        return std::nullopt;
    while (tl.next()) {
        TimelineEvent e;
        e.id = tl.value(0).toLongLong();
        readRow(timelineFields(), tl, &e);
        incident.timeline.append(e);
    }
    // ISO texts with different offsets do not sort as text; sort by the instant.
    std::stable_sort(incident.timeline.begin(), incident.timeline.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });

    QSqlQuery nq(db);
    nq.prepare(QStringLiteral("SELECT section, text_ja, text_en, basis_ja, basis_en, last_edited_lang, "
                              "last_edit_was_answer, audience FROM narrative WHERE incident_id = ? "
                              "ORDER BY audience, section"));
    nq.addBindValue(id);
    if (!Database::exec(nq, error))
        return std::nullopt;
    QMap<int, Narrative> bySection;
    QList<Narrative> forReaders;
    while (nq.next()) {
        Narrative n;
        if (!narrativeSectionFromKey(nq.value(0).toString(), &n.section))
            continue;
        n.textJa = nq.value(1).toString();
        n.textEn = nq.value(2).toString();
        n.basisJa = nq.value(3).toString().toLatin1();
        n.basisEn = nq.value(4).toString().toLatin1();
        n.lastEditedLang = nq.value(5).toString();
        n.lastEditWasAnswer = nq.value(6).toBool();
        n.audience = nq.value(7).toString();
        if (n.audience.isEmpty())
            bySection.insert(static_cast<int>(n.section), n);
        else
            forReaders.append(n);
    }
    for (NarrativeSection s : allNarrativeSections()) {
        Narrative n = bySection.value(static_cast<int>(s));
        n.section = s;
        incident.narratives.append(n);
    }
    incident.narratives += forReaders;
    if (!ReaderRecords(m_db).load(id, &incident, error))
        return std::nullopt;
    return incident;
}

std::optional<qint64> IncidentRepository::findByCode(const QString& code, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM incident WHERE code = ?"));
    q.addBindValue(code);
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString IncidentRepository::nextCode(int year, StorageError* error) const
{
    const QString prefix = QStringLiteral("INC-%1-").arg(year);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM incident WHERE code LIKE ?"));
    q.addBindValue(prefix + QLatin1Char('%'));
    int highest = 0;
    if (Database::exec(q, error))
        while (q.next())
            highest = std::max(highest, q.value(0).toString().mid(prefix.size()).toInt());
    return prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

bool IncidentRepository::create(Incident& incident, StorageError* error, const QString& auditField)
{
    return m_db.transaction(
        [&](StorageError* err) {
            if (incident.code.trimmed().isEmpty()) {
                *err =
                    StorageError::make(StorageError::Invalid, StorageError::tr("An incident needs a code."));
                return false;
            }
            if (findByCode(incident.code, err)) {
                *err = StorageError::make(
                    StorageError::Invalid,
                    StorageError::tr("An incident with the code %1 already exists.").arg(incident.code));
                return false;
            }
            const QStringList columns = columnsOf(incidentFields());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO incident (created_at, updated_at, %1) VALUES (?, ?, %2)")
                          .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())));
            const QString now = nowText();
            q.addBindValue(now);
            q.addBindValue(now);
            for (const IncidentFieldSpec& f : incidentFields())
                q.addBindValue(fieldToStorage(f.type, f.get(incident)));
            if (!Database::exec(q, err))
                return false;
            incident.id = q.lastInsertId().toLongLong();
            incident.createdAt = incident.updatedAt = QDateTime::fromString(now, Qt::ISODate);
            for (int i = 0; i < incident.dataSets.size(); ++i) {
                incident.dataSets[i].id = 0;
                incident.dataSets[i].position = i;
                if (!insertDataSetRow(incident.id, incident.dataSets[i], err))
                    return false;
            }
            for (TimelineEvent& e : incident.timeline) {
                e.id = 0;
                if (!insertTimelineRow(incident.id, e, err))
                    return false;
            }
            for (const Narrative& n : incident.narratives)
                if (!writeNarrative(incident.id, n, err))
                    return false;
            if (!ReaderRecords(m_db).insert(incident.id, incident, err))
                return false;
            return audit(incident.id, entityKey(Entity::Incident), incident.id, auditField, QString(),
                         incident.code, err);
        },
        error);
}

std::optional<qint64> IncidentRepository::duplicate(qint64 id, const QString& newCode, StorageError* error)
{
    std::optional<Incident> source = load(id, error);
    if (!source)
        return std::nullopt;
    Incident copy = *source;
    copy.code = newCode;
    copy.status = IncidentStatus::Open;
    if (!create(copy, error, QStringLiteral("duplicated")))
        return std::nullopt;
    return copy.id;
}

bool IncidentRepository::remove(qint64 id, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
            q.addBindValue(id);
            if (!Database::exec(q, err))
                return false;
            if (!q.next()) {
                *err = notFound(StorageError::tr("incident"));
                return false;
            }
            const QString code = q.value(0).toString();
            // Issued documents are kept for good (migration "audit_chain" refuses their deletion): say so
            // rather than let the trigger's message through.
            QSqlQuery issued(m_db.connection());
            // Issued letter batches (migration "letter_batches") are kept the same way.
            issued.prepare(
                QStringLiteral("SELECT (SELECT count(*) FROM issued_document WHERE incident_id = ?) + "
                               "(SELECT count(*) FROM letter_batch WHERE incident_id = ?)"));
            issued.addBindValue(id);
            issued.addBindValue(id);
            if (!Database::exec(issued, err))
                return false;
            if (issued.next() && issued.value(0).toInt() > 0) {
                *err = StorageError::make(
                    StorageError::Invalid,
                    StorageError::tr(
                        "%1 has %n issued document(s), which are kept as they were sent. Archive "
                        "the incident instead of deleting it.",
                        nullptr, issued.value(0).toInt())
                        .arg(code));
                return false;
            }
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM incident WHERE id = ?"));
            del.addBindValue(id);
            return Database::exec(del, err) && audit(id, entityKey(Entity::Incident), id,
                                                     QStringLiteral("deleted"), code, QString(), err);
        },
        error);
}

namespace {
// Updates one column of one row after checking the key against the field table; reports the previous value.
template<typename T>
bool updateField(Database& db, const QList<FieldSpec<T>>& specs, const QString& table, qint64 rowId,
                 const QString& field, const QVariant& value, QString* before, QString* after,
                 StorageError* err)
{
    const FieldSpec<T>* spec = nullptr;
    for (const FieldSpec<T>& f : specs)
        if (f.name() == field)
            spec = &f;
    if (!spec) {
        *err = StorageError::make(StorageError::Invalid, StorageError::tr("Unknown field %1.").arg(field));
        return false;
    }
    // A value must survive the trip to its stored form and back: an invalid date, a negative count or an
    // unknown enum word is refused rather than silently stored as "unknown".
    const QVariant stored = fieldToStorage(spec->type, value);
    QVariant roundTrip;
    QString why;
    const bool cleared =
        stored.isNull() && value.isValid() && !value.isNull() &&
        !(value.typeId() == QMetaType::QString && value.toString().isEmpty()) &&
        !(value.typeId() == QMetaType::QDate && !value.toDate().isValid() && value.toDate().isNull()) &&
        !(value.typeId() == QMetaType::QDateTime && value.toDateTime().isNull());
    if (cleared || !fieldFromStorage(spec->type, stored, &roundTrip, &why, spec->enumKeys)) {
        *err = StorageError::make(
            StorageError::Invalid,
            StorageError::tr("%1 is not a valid value for %2.").arg(value.toString(), field), why);
        return false;
    }
    QSqlQuery old(db.connection());
    old.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table));
    old.addBindValue(rowId);
    if (!Database::exec(old, err))
        return false;
    if (!old.next()) {
        *err = StorageError::make(StorageError::NotFound, StorageError::tr("The record no longer exists."));
        return false;
    }
    *before = old.value(0).isNull() ? QString() : old.value(0).toString();
    *after = stored.isNull() ? QString() : stored.toString();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
    q.addBindValue(stored);
    q.addBindValue(rowId);
    return Database::exec(q, err);
}
} // namespace

bool IncidentRepository::setIncidentField(qint64 incidentId, const QString& field, const QVariant& value,
                                          StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QString before, after;
            if (field == QLatin1String("code") && value.toString().trimmed().isEmpty()) {
                *err =
                    StorageError::make(StorageError::Invalid, StorageError::tr("An incident needs a code."));
                return false;
            }
            if (!updateField(m_db, incidentFields(), QStringLiteral("incident"), incidentId, field, value,
                             &before, &after, err))
                return false;
            if (before == after)
                return true;
            return touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::Incident), incidentId, field, before, after, err);
        },
        error);
}

bool IncidentRepository::setDataSetField(qint64 dataSetId, const QString& field, const QVariant& value,
                                         StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const qint64 incidentId = incidentOf(QStringLiteral("data_set"), dataSetId, err);
            if (!incidentId)
                return false;
            QString before, after;
            if (!updateField(m_db, dataSetFields(), QStringLiteral("data_set"), dataSetId, field, value,
                             &before, &after, err))
                return false;
            if (before == after)
                return true;
            return touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::DataSet), dataSetId, field, before, after, err);
        },
        error);
}

bool IncidentRepository::setDataSetItems(qint64 dataSetId, const QStringList& itemKeys, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const qint64 incidentId = incidentOf(QStringLiteral("data_set"), dataSetId, err);
            if (!incidentId)
                return false;
            QSqlQuery old(m_db.connection());
            old.prepare(
                QStringLiteral("SELECT item_key FROM data_set_item WHERE data_set_id = ? ORDER BY position"));
            old.addBindValue(dataSetId);
            if (!Database::exec(old, err))
                return false;
            QStringList before;
            while (old.next())
                before.append(old.value(0).toString());
            if (before == itemKeys)
                return true;
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM data_set_item WHERE data_set_id = ?"));
            del.addBindValue(dataSetId);
            if (!Database::exec(del, err))
                return false;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral(
                "INSERT INTO data_set_item (data_set_id, position, item_key) VALUES (?, ?, ?)"));
            for (int i = 0; i < itemKeys.size(); ++i) {
                ins.addBindValue(dataSetId);
                ins.addBindValue(i);
                ins.addBindValue(itemKeys.at(i));
                if (!Database::exec(ins, err))
                    return false;
            }
            return touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::DataSet), dataSetId, QStringLiteral("items"),
                         before.join(QLatin1Char(',')), itemKeys.join(QLatin1Char(',')), err);
        },
        error);
}

bool IncidentRepository::setTimelineField(qint64 eventId, const QString& field, const QVariant& value,
                                          StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const qint64 incidentId = incidentOf(QStringLiteral("timeline_event"), eventId, err);
            if (!incidentId)
                return false;
            QString before, after;
            if (!updateField(m_db, timelineFields(), QStringLiteral("timeline_event"), eventId, field, value,
                             &before, &after, err))
                return false;
            if (before == after)
                return true;
            return touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::TimelineEvent), eventId, field, before, after, err);
        },
        error);
}

bool IncidentRepository::setNarrative(qint64 incidentId, const Narrative& narrative, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery old(m_db.connection());
            old.prepare(QStringLiteral("SELECT text_ja, text_en FROM narrative WHERE incident_id = ? AND "
                                       "section = ? AND audience = ?"));
            old.addBindValue(incidentId);
            old.addBindValue(narrativeSectionKey(narrative.section));
            old.addBindValue(notNull(narrative.audience));
            if (!Database::exec(old, err))
                return false;
            QString beforeJa, beforeEn;
            if (old.next()) {
                beforeJa = old.value(0).toString();
                beforeEn = old.value(1).toString();
            }
            if (!writeNarrative(incidentId, narrative, err) || !touch(incidentId, err))
                return false;
            // "summary.ja" for all readers, "summary[regulator].ja" for one.
            QString section = narrativeSectionKey(narrative.section);
            if (!narrative.audience.isEmpty())
                section += QLatin1Char('[') + narrative.audience + QLatin1Char(']');
            if (beforeJa != narrative.textJa &&
                !audit(incidentId, QStringLiteral("narrative"), 0, section + QStringLiteral(".ja"), beforeJa,
                       narrative.textJa, err))
                return false;
            if (beforeEn != narrative.textEn &&
                !audit(incidentId, QStringLiteral("narrative"), 0, section + QStringLiteral(".en"), beforeEn,
                       narrative.textEn, err))
                return false;
            return true;
        },
        error);
}

bool IncidentRepository::insertDataSet(qint64 incidentId, DataSet& dataSet, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            return insertDataSetRow(incidentId, dataSet, err) && touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::DataSet), dataSet.id, QStringLiteral("created"),
                         QString(), dataSet.groupKey, err);
        },
        error);
}

bool IncidentRepository::removeDataSet(qint64 dataSetId, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const qint64 incidentId = incidentOf(QStringLiteral("data_set"), dataSetId, err);
            if (!incidentId)
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM data_set WHERE id = ?"));
            q.addBindValue(dataSetId);
            return Database::exec(q, err) && touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::DataSet), dataSetId, QStringLiteral("deleted"),
                         QString(), QString(), err);
        },
        error);
}

bool IncidentRepository::insertTimelineEvent(qint64 incidentId, TimelineEvent& event, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            return insertTimelineRow(incidentId, event, err) && touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::TimelineEvent), event.id, QStringLiteral("created"),
                         QString(), fieldDisplay(FieldType::DateTime, event.at), err);
        },
        error);
}

bool IncidentRepository::removeTimelineEvent(qint64 eventId, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            const qint64 incidentId = incidentOf(QStringLiteral("timeline_event"), eventId, err);
            if (!incidentId)
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM timeline_event WHERE id = ?"));
            q.addBindValue(eventId);
            return Database::exec(q, err) && touch(incidentId, err) &&
                   audit(incidentId, entityKey(Entity::TimelineEvent), eventId, QStringLiteral("deleted"),
                         QString(), QString(), err);
        },
        error);
}

QList<DataItem> IncidentRepository::customItems(StorageError* error) const
{
    QList<DataItem> items;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT key, label_ja, label_en, sensitive, financial_risk, needs_judgement FROM data_item "
        "ORDER BY label_ja"));
    if (!Database::exec(q, error))
        return items;
    while (q.next())
        items.append(DataItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool(), true});
    return items;
}

bool IncidentRepository::addCustomItem(const DataItem& item, StorageError* error)
{
    if (item.key.isEmpty() || findBuiltinDataItem(item.key)) {
        *error =
            StorageError::make(StorageError::Invalid,
                               StorageError::tr("A data item with the key %1 already exists.").arg(item.key));
        return false;
    }
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO data_item (key, label_ja, label_en, sensitive, financial_risk, "
                               "needs_judgement) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(item.key);
            q.addBindValue(notNull(item.labelJa));
            q.addBindValue(notNull(item.labelEn));
            q.addBindValue(item.sensitive ? 1 : 0);
            q.addBindValue(item.financialRisk ? 1 : 0);
            q.addBindValue(item.needsJudgement ? 1 : 0);
            return Database::exec(q, err) && audit(0, QStringLiteral("data_item"), 0,
                                                   QStringLiteral("created"), QString(), item.key, err);
        },
        error);
}

QList<DataItem> IncidentRepository::allItems(StorageError* error) const
{
    QList<DataItem> items = builtinDataItems();
    items.append(customItems(error));
    return items;
}

bool IncidentRepository::insertDataSetRow(qint64 incidentId, DataSet& ds, StorageError* err)
{
    QStringList columns = columnsOf(dataSetFields());
    columns.prepend(QStringLiteral("incident_id"));
    if (ds.id)
        columns.prepend(QStringLiteral("id"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO data_set (%1) VALUES (%2)")
                  .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())));
    if (ds.id)
        q.addBindValue(ds.id);
    q.addBindValue(incidentId);
    for (const DataSetFieldSpec& f : dataSetFields())
        q.addBindValue(fieldToStorage(f.type, f.get(ds)));
    if (!Database::exec(q, err))
        return false;
    if (!ds.id)
        ds.id = q.lastInsertId().toLongLong();
    QSqlQuery ins(m_db.connection());
    ins.prepare(
        QStringLiteral("INSERT INTO data_set_item (data_set_id, position, item_key) VALUES (?, ?, ?)"));
    for (int i = 0; i < ds.itemKeys.size(); ++i) {
        ins.addBindValue(ds.id);
        ins.addBindValue(i);
        ins.addBindValue(ds.itemKeys.at(i));
        if (!Database::exec(ins, err))
            return false;
    }
    return true;
}

bool IncidentRepository::insertTimelineRow(qint64 incidentId, TimelineEvent& e, StorageError* err)
{
    QStringList columns = columnsOf(timelineFields());
    columns.prepend(QStringLiteral("incident_id"));
    if (e.id)
        columns.prepend(QStringLiteral("id"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO timeline_event (%1) VALUES (%2)")
                  .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())));
    if (e.id)
        q.addBindValue(e.id);
    q.addBindValue(incidentId);
    for (const TimelineFieldSpec& f : timelineFields())
        q.addBindValue(fieldToStorage(f.type, f.get(e)));
    if (!Database::exec(q, err))
        return false;
    if (!e.id)
        e.id = q.lastInsertId().toLongLong();
    return true;
}

bool IncidentRepository::writeNarrative(qint64 incidentId, const Narrative& n, StorageError* err)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO narrative (incident_id, section, audience, text_ja, text_en, basis_ja, basis_en, "
        "last_edited_lang, last_edit_was_answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (incident_id, section, audience) DO UPDATE "
        "SET "
        "text_ja = excluded.text_ja, text_en = excluded.text_en, basis_ja = excluded.basis_ja, "
        "basis_en = excluded.basis_en, last_edited_lang = excluded.last_edited_lang, "
        "last_edit_was_answer = excluded.last_edit_was_answer"));
    q.addBindValue(incidentId);
    q.addBindValue(narrativeSectionKey(n.section));
    q.addBindValue(notNull(n.audience));
    q.addBindValue(notNull(n.textJa));
    q.addBindValue(notNull(n.textEn));
    q.addBindValue(notNull(QString::fromLatin1(n.basisJa)));
    q.addBindValue(notNull(QString::fromLatin1(n.basisEn)));
    q.addBindValue(notNull(n.lastEditedLang));
    q.addBindValue(n.lastEditWasAnswer ? 1 : 0);
    return Database::exec(q, err);
}

bool IncidentRepository::touch(qint64 incidentId, StorageError* err)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE incident SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(incidentId);
    return Database::exec(q, err);
}

bool IncidentRepository::audit(qint64 incidentId, const QString& entity, qint64 entityId,
                               const QString& field, const QString& before, const QString& after,
                               StorageError* err)
{
    QString code;
    if (incidentId) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
        q.addBindValue(incidentId);
        if (Database::exec(q, err) && q.next())
            code = q.value(0).toString();
    }
    AuditEntry e;
    e.incidentId = incidentId;
    e.incidentCode = code.isEmpty() && field == QLatin1String("deleted") ? before : code;
    e.entity = entity;
    e.entityId = entityId;
    e.field = field;
    e.before = before;
    e.after = after;
    return m_audit.append(e, err);
}

qint64 IncidentRepository::incidentOf(const QString& table, qint64 rowId, StorageError* err) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT incident_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(rowId);
    if (!Database::exec(q, err))
        return 0;
    if (!q.next()) {
        *err = notFound(StorageError::tr("record"));
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace bd
