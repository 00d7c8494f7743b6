#include "recipientrepository.h"

#include "auditrepository.h"
#include "catalogue.h"
#include "celltext.h"
#include "incident.h"
#include "recipientmatch.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bd {

namespace {
constexpr auto RecipientColumns =
    "id, group_id, name, kana, organisation, department, title, postcode, address, "
    "email, phone, language, custom, source_file, source_row, excluded, possible_duplicate_of, "
    "duplicate_reason";

Recipient readRecipient(const QSqlQuery& q)
{
    Recipient r;
    r.id = q.value(0).toLongLong();
    r.groupId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.kana = q.value(3).toString();
    r.organisation = q.value(4).toString();
    r.department = q.value(5).toString();
    r.title = q.value(6).toString();
    r.postcode = q.value(7).toString();
    r.address = q.value(8).toString();
    r.email = q.value(9).toString();
    r.phone = q.value(10).toString();
    r.language = q.value(11).toString();
    const QJsonObject custom = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        r.custom.insert(it.key(), it.value().toString());
    r.sourceFile = q.value(13).toString();
    r.sourceRow = q.value(14).toInt();
    r.excluded = q.value(15).toBool();
    r.possibleDuplicateOf = q.value(16).toLongLong();
    r.possibleDuplicate = duplicateKindFromKey(q.value(17).toString());
    return r;
}

// Compact JSON of the custom fields, written by hand: QJsonDocument takes five times as long (0.1 s more per
// 100,000 rows). Non-ASCII text is written as is (as QJsonDocument does), so that a search can look for a
// value in the raw text first.
QString customJson(const QMap<QString, QString>& custom)
{
    if (custom.isEmpty())
        return QStringLiteral("");
    QString json;
    const auto append = [&json](const QString& text) {
        json += u'"';
        for (QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                json += u"\\\"";
                break;
            case u'\\':
                json += u"\\\\";
                break;
            case u'\n':
                json += u"\\n";
                break;
            case u'\r':
                json += u"\\r";
                break;
            case u'\t':
                json += u"\\t";
                break;
            default:
                if (c.unicode() < 0x20)
                    json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    json += c;
            }
        }
        json += u'"';
    };
    json += u'{';
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (it != custom.begin())
            json += u',';
        append(it.key());
        json += u':';
        append(it.value());
    }
    json += u'}';
    return json;
}

QString likePattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A recipient's custom fields as a JSON object for json_each (which refuses '' and damaged text).
constexpr auto CustomObject = "CASE WHEN json_valid(custom) THEN custom ELSE '{}' END";

// A WHERE clause and its values, in the order of its placeholders.
struct Filter
{
    QString sql;
    QVariantList values;
};

Filter whereClause(qint64 groupId, const QString& search, bool includeExcluded,
                   bool possibleDuplicatesOnly = false)
{
    Filter f{QStringLiteral("WHERE group_id = ?"), {groupId}};
    if (!includeExcluded)
        f.sql += QStringLiteral(" AND excluded = 0");
    if (possibleDuplicatesOnly) { // the marked rows and the rows they point to
        f.sql += QStringLiteral(" AND (duplicate_reason <> '' OR id IN (SELECT possible_duplicate_of FROM "
                                "recipient WHERE group_id = ? AND duplicate_reason <> ''))");
        f.values.append(groupId);
    }
    const QString text = search.trimmed();
    if (text.isEmpty())
        return f;
    const QString pattern = likePattern(text);
    // A custom value matches, not a custom field's name. The raw JSON is looked at first (cheap), unless the
    // search has characters JSON escapes.
    const bool rawJsonHasIt =
        std::none_of(text.begin(), text.end(), [](QChar c) { return c == u'"' || c == u'\\' || c < u' '; });
    f.sql +=
        QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR kana LIKE ? ESCAPE '\\' OR organisation LIKE ? "
                       "ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' OR (%1 AND "
                       "EXISTS (SELECT 1 FROM json_each(%2) WHERE value LIKE ? ESCAPE '\\')))")
            .arg(rawJsonHasIt ? QStringLiteral("custom LIKE ? ESCAPE '\\'") : QStringLiteral("custom <> ''"),
                 QLatin1String(CustomObject));
    for (int i = 0; i < (rawJsonHasIt ? 7 : 6); ++i)
        f.values.append(pattern);
    return f;
}

// ORDER BY for a query: its sort field (a custom one through json_each), then id.
Filter orderClause(const RecipientQuery& query)
{
    static const QStringList sortable = {QStringLiteral("id"),         QStringLiteral("name"),
                                         QStringLiteral("kana"),       QStringLiteral("organisation"),
                                         QStringLiteral("department"), QStringLiteral("title"),
                                         QStringLiteral("postcode"),   QStringLiteral("address"),
                                         QStringLiteral("email"),      QStringLiteral("phone"),
                                         QStringLiteral("language"),   QStringLiteral("source_row"),
                                         QStringLiteral("excluded"),   QStringLiteral("duplicate_reason")};
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (isCustomFieldKey(query.sortField) && isValidFieldKey(query.sortField))
        return {
            QStringLiteral("ORDER BY coalesce((SELECT value FROM json_each(%1) WHERE key = ?), '') %2, id")
                .arg(QLatin1String(CustomObject), direction),
            {customFieldName(query.sortField)}};
    const QString sort = sortable.contains(query.sortField) ? query.sortField : QStringLiteral("id");
    return {QStringLiteral("ORDER BY %1 %2, id").arg(sort, direction), {}};
}

void bind(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

struct BuiltinGroup
{
    const char* key;
    const char* ja;
    const char* en;
    bool organisations;
    const char* channel;
};
// Consignor clients are organisations (規則9条 notices, 御中); the others are people (本人通知, 様).
constexpr BuiltinGroup builtinRecipientGroups[] = {
    {"consignor_clients", "委託元（取引先）各社", "Consignor clients", true, "post"},
    {"employees", "従業員・元従業員", "Employees and former employees", false, "post"},
    {"candidates", "採用候補者", "Candidates", false, "email"},
    {"business_contacts", "お取引先様担当者", "Business contacts", false, "email"},
};
} // namespace

const QStringList& RecipientRepository::editableFields()
{
    static const QStringList fields = {QStringLiteral("name"),         QStringLiteral("kana"),
                                       QStringLiteral("organisation"), QStringLiteral("department"),
                                       QStringLiteral("title"),        QStringLiteral("postcode"),
                                       QStringLiteral("address"),      QStringLiteral("email"),
                                       QStringLiteral("phone"),        QStringLiteral("language")};
    return fields;
}

bool RecipientRepository::ensureBuiltinGroups(qint64 incidentId, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            int position = 0;
            for (const BuiltinGroup& b : builtinRecipientGroups) {
                if (groupByKey(incidentId, QString::fromLatin1(b.key), err)) {
                    ++position;
                    continue;
                }
                RecipientGroup g;
                g.incidentId = incidentId;
                g.key = QString::fromLatin1(b.key);
                g.labelJa = QString::fromUtf8(b.ja);
                g.labelEn = QString::fromUtf8(b.en);
                g.organisations = b.organisations;
                g.channel = QString::fromLatin1(b.channel);
                g.builtin = true;
                g.position = position++;
                // Link the data sets of the same people group; consignor clients get the data held for them.
                QSqlQuery ds(m_db.connection());
                ds.prepare(
                    g.key == QLatin1String("consignor_clients")
                        ? QStringLiteral(
                              "SELECT id FROM data_set WHERE incident_id = ? AND holder = 'consignor'")
                        : QStringLiteral("SELECT id FROM data_set WHERE incident_id = ? AND group_key = ?"));
                ds.addBindValue(incidentId);
                if (g.key != QLatin1String("consignor_clients"))
                    ds.addBindValue(g.key);
                if (!Database::exec(ds, err))
                    return false;
                while (ds.next())
                    g.dataSetIds.append(ds.value(0).toLongLong());
                if (!addGroup(g, err))
                    return false;
            }
            return true;
        },
        error);
}

QList<RecipientGroup> RecipientRepository::groups(qint64 incidentId, StorageError* error) const
{
    QList<RecipientGroup> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient_group WHERE incident_id = ? ORDER BY position, id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        if (auto g = group(q.value(0).toLongLong(), error))
            result.append(*g);
    return result;
}

std::optional<RecipientGroup> RecipientRepository::group(qint64 groupId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, incident_id, key, label_ja, label_en, kind, channel, default_language, "
                       "column_mapping, builtin, position FROM recipient_group WHERE id = ?"));
    q.addBindValue(groupId);
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    RecipientGroup g;
    g.id = q.value(0).toLongLong();
    g.incidentId = q.value(1).toLongLong();
    g.key = q.value(2).toString();
    g.labelJa = q.value(3).toString();
    g.labelEn = q.value(4).toString();
    g.organisations = q.value(5).toString() == QLatin1String("organisations");
    g.channel = q.value(6).toString();
    g.defaultLanguage = q.value(7).toString();
    g.columnMapping = q.value(8).toString();
    g.builtin = q.value(9).toBool();
    g.position = q.value(10).toInt();
    QSqlQuery links(m_db.connection());
    links.prepare(QStringLiteral(
        "SELECT data_set_id FROM recipient_group_data_set WHERE group_id = ? ORDER BY data_set_id"));
    links.addBindValue(groupId);
    if (Database::exec(links, error))
        while (links.next())
            g.dataSetIds.append(links.value(0).toLongLong());
    return g;
}

std::optional<RecipientGroup> RecipientRepository::groupByKey(qint64 incidentId, const QString& key,
                                                              StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient_group WHERE incident_id = ? AND key = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(key);
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    return group(q.value(0).toLongLong(), error);
}

namespace {
bool writeLinks(Database& db, const RecipientGroup& g, StorageError* err)
{
    QSqlQuery del(db.connection());
    del.prepare(QStringLiteral("DELETE FROM recipient_group_data_set WHERE group_id = ?"));
    del.addBindValue(g.id);
    if (!Database::exec(del, err))
        return false;
    QSqlQuery ins(db.connection());
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO recipient_group_data_set (group_id, data_set_id) VALUES (?, ?)"));
    for (qint64 ds : g.dataSetIds) {
        ins.addBindValue(g.id);
        ins.addBindValue(ds);
        if (!Database::exec(ins, err))
            return false;
    }
    return true;
}
} // namespace

bool RecipientRepository::addGroup(RecipientGroup& g, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            if (g.key.trimmed().isEmpty()) {
                *err = StorageError::make(StorageError::Invalid,
                                          StorageError::tr("A recipient group needs a key."));
                return false;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO recipient_group (incident_id, key, label_ja, label_en, kind, channel, "
                "default_language, column_mapping, builtin, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(g.incidentId);
            q.addBindValue(g.key);
            q.addBindValue(notNull(g.labelJa));
            q.addBindValue(notNull(g.labelEn));
            q.addBindValue(g.organisations ? QStringLiteral("organisations") : QStringLiteral("people"));
            q.addBindValue(notNull(g.channel));
            q.addBindValue(notNull(g.defaultLanguage));
            q.addBindValue(notNull(g.columnMapping));
            q.addBindValue(g.builtin ? 1 : 0);
            q.addBindValue(g.position);
            if (!Database::exec(q, err))
                return false;
            g.id = q.lastInsertId().toLongLong();
            return writeLinks(m_db, g, err) && audit(g.id, QStringLiteral("created"), g.key, err);
        },
        error);
}

bool RecipientRepository::updateGroup(const RecipientGroup& g, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE recipient_group SET label_ja = ?, label_en = ?, kind = ?, channel = ?, "
                "default_language = ?, column_mapping = ?, position = ? WHERE id = ?"));
            q.addBindValue(notNull(g.labelJa));
            q.addBindValue(notNull(g.labelEn));
            q.addBindValue(g.organisations ? QStringLiteral("organisations") : QStringLiteral("people"));
            q.addBindValue(notNull(g.channel));
            q.addBindValue(notNull(g.defaultLanguage));
            q.addBindValue(notNull(g.columnMapping));
            q.addBindValue(g.position);
            q.addBindValue(g.id);
            return Database::exec(q, err) && writeLinks(m_db, g, err) &&
                   audit(
                       g.id, QStringLiteral("settings"),
                       QStringLiteral("%1/%2/%3")
                           .arg(g.organisations ? QStringLiteral("organisations") : QStringLiteral("people"),
                                g.channel, g.defaultLanguage),
                       err);
        },
        error);
}

bool RecipientRepository::removeGroup(qint64 groupId, StorageError* error)
{
    const auto g = group(groupId, error);
    if (!g)
        return false;
    if (g->builtin) {
        *error =
            StorageError::make(StorageError::Invalid, StorageError::tr("Built-in groups cannot be deleted."));
        return false;
    }
    return m_db.transaction(
        [&](StorageError* err) {
            if (!audit(groupId, QStringLiteral("deleted"), g->key, err))
                return false;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM recipient_group WHERE id = ?"));
            q.addBindValue(groupId);
            return Database::exec(q, err);
        },
        error);
}

int RecipientRepository::count(qint64 groupId, const QString& search, bool includeExcluded,
                               StorageError* error) const
{
    const Filter where = whereClause(groupId, search, includeExcluded);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient ") + where.sql);
    bind(q, where.values);
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int RecipientRepository::count(qint64 groupId, const RecipientQuery& query, StorageError* error) const
{
    const Filter where =
        whereClause(groupId, query.search, query.includeExcluded, query.possibleDuplicatesOnly);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient ") + where.sql);
    bind(q, where.values);
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int RecipientRepository::possibleDuplicateCount(qint64 groupId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient WHERE group_id = ? AND duplicate_reason <> ''"));
    q.addBindValue(groupId);
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<Recipient> RecipientRepository::page(qint64 groupId, const RecipientQuery& query,
                                           StorageError* error) const
{
    const Filter where =
        whereClause(groupId, query.search, query.includeExcluded, query.possibleDuplicatesOnly);
    const Filter order = orderClause(query);
    QList<Recipient> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM recipient %2 %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(RecipientColumns), where.sql, order.sql));
    bind(q, where.values + order.values);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append(readRecipient(q));
    return result;
}

QList<qint64> RecipientRepository::ids(qint64 groupId, const RecipientQuery& query, StorageError* error) const
{
    const Filter where =
        whereClause(groupId, query.search, query.includeExcluded, query.possibleDuplicatesOnly);
    const Filter order = orderClause(query);
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM recipient %1 %2").arg(where.sql, order.sql));
    bind(q, where.values + order.values);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QList<Recipient> RecipientRepository::recipients(const QList<qint64>& ids, StorageError* error) const
{
    constexpr qsizetype Chunk = 256;
    QHash<qint64, Recipient> found;
    found.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const qsizetype n = std::min(Chunk, ids.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE id IN (%2)")
                      .arg(QLatin1String(RecipientColumns), marks.join(QLatin1Char(','))));
        for (qsizetype i = start; i < start + n; ++i)
            q.addBindValue(ids.at(i));
        if (!Database::exec(q, error))
            return {};
        while (q.next()) {
            Recipient r = readRecipient(q);
            found.insert(r.id, std::move(r));
        }
    }
    QList<Recipient> result;
    result.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end())
            result.append(*it);
    }
    return result;
}

std::optional<Recipient> RecipientRepository::recipient(qint64 id, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE id = ?").arg(QLatin1String(RecipientColumns)));
    q.addBindValue(id);
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    return readRecipient(q);
}

QStringList RecipientRepository::customFieldNames(qint64 groupId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT DISTINCT j.key FROM recipient r, json_each(CASE WHEN json_valid(r.custom) "
                       "THEN r.custom ELSE '{}' END) j WHERE r.group_id = ? AND r.custom <> ''"));
    q.addBindValue(groupId);
    QStringList names;
    if (!Database::exec(q, error))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    names.sort(); // as an export orders them
    return names;
}

bool RecipientRepository::forEach(qint64 groupId, bool includeExcluded,
                                  const std::function<bool(const Recipient&)>& visit,
                                  StorageError* error) const
{
    const Filter where = whereClause(groupId, QString(), includeExcluded);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true); // rows are read one at a time, never all at once
    q.prepare(QStringLiteral("SELECT %1 FROM recipient %2 ORDER BY id")
                  .arg(QLatin1String(RecipientColumns), where.sql));
    bind(q, where.values);
    if (!Database::exec(q, error))
        return false;
    while (q.next())
        if (!visit(readRecipient(q)))
            break;
    return true;
}

namespace {
// INSERT of `rows` recipients, with their ids, in one statement.
QString insertStatement(int rows)
{
    QStringList values(rows, QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    return QStringLiteral("INSERT INTO recipient (id, group_id, name, kana, organisation, department, title, "
                          "postcode, address, email, phone, language, custom, source_file, source_row, "
                          "excluded, possible_duplicate_of, duplicate_reason) VALUES ") +
           values.join(QLatin1Char(','));
}

// Every fixed field, and every custom field the rows or the group's recipients have: what is compared when
// the caller does not say which fields an import mapped.
QStringList allFields(const QList<Recipient>& rows, const QList<Recipient>& existing)
{
    QStringList fields;
    for (RecipientField f : recipientFields())
        fields.append(recipientFieldKey(f));
    QStringList custom;
    for (const QList<Recipient>* list : {&rows, &existing}) {
        for (const Recipient& r : *list) {
            for (auto it = r.custom.keyBegin(); it != r.custom.keyEnd(); ++it) {
                if (!custom.contains(*it))
                    custom.append(*it);
            }
        }
    }
    custom.sort();
    for (const QString& name : std::as_const(custom))
        fields.append(customFieldKey(name));
    return fields;
}
} // namespace

bool RecipientRepository::insertMany(qint64 groupId, QList<Recipient>& recipients, const QString& sourceLabel,
                                     StorageError* error, const InsertProgress& progress)
{
    return m_db.transaction(
        [&](StorageError* err) {
            // The ids are given here rather than by SQLite, so that one statement can insert many rows and
            // still tell each row its id; the write lock (BEGIN IMMEDIATE) keeps anybody else from taking
            // them meanwhile.
            QSqlQuery last(m_db.connection());
            if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM recipient")) || !last.next()) {
                *err = storageErrorFrom(last.lastError());
                return false;
            }
            qint64 nextId = last.value(0).toLongLong() + 1;
            QHash<int, qint64> idOfRow; // a possible duplicate of an earlier row points to its id
            for (Recipient& r : recipients) {
                r.id = nextId++;
                r.groupId = groupId;
                if (r.sourceRow > 0)
                    idOfRow.insert(r.sourceRow, r.id);
                if (r.possibleDuplicateOfRow > 0) {
                    r.possibleDuplicateOf = idOfRow.value(r.possibleDuplicateOfRow);
                    r.possibleDuplicateOfRow = 0;
                }
            }
            return insertRows(recipients, true, progress, err) &&
                   audit(groupId, QStringLiteral("imported"),
                         StorageError::tr("%n recipient(s) from %1", nullptr, int(recipients.size()))
                             .arg(sourceLabel),
                         err);
        },
        error);
}

bool RecipientRepository::insertRows(const QList<Recipient>& rows, bool withPointers,
                                     const InsertProgress& progress, StorageError* err)
{
    const qsizetype total = rows.size();
    QSqlQuery full(m_db.connection()), rest(m_db.connection());
    if (total >= InsertChunk)
        full.prepare(insertStatement(InsertChunk));
    if (total % InsertChunk)
        rest.prepare(insertStatement(int(total % InsertChunk)));
    for (qsizetype start = 0; start < total; start += InsertChunk) {
        const qsizetype end = std::min(start + InsertChunk, total);
        QSqlQuery& q = end - start == InsertChunk ? full : rest;
        for (qsizetype i = start; i < end; ++i) {
            const Recipient& r = rows.at(i);
            q.addBindValue(r.id);
            q.addBindValue(r.groupId);
            for (const QString* v : {&r.name, &r.kana, &r.organisation, &r.department, &r.title, &r.postcode,
                                     &r.address, &r.email, &r.phone, &r.language})
                q.addBindValue(notNull(*v));
            q.addBindValue(customJson(r.custom));
            q.addBindValue(notNull(r.sourceFile));
            q.addBindValue(r.sourceRow > 0 ? QVariant(r.sourceRow) : QVariant());
            q.addBindValue(r.excluded ? 1 : 0);
            q.addBindValue(withPointers && r.possibleDuplicate && r.possibleDuplicateOf > 0
                               ? QVariant(r.possibleDuplicateOf)
                               : QVariant());
            q.addBindValue(r.possibleDuplicate ? duplicateKindKey(*r.possibleDuplicate) : QStringLiteral(""));
        }
        if (!Database::exec(q, err))
            return false;
        if (progress && !progress(int(end))) {
            *err =
                StorageError::make(StorageError::Failed, StorageError::tr("Cancelled: nothing was saved."));
            return false;
        }
    }
    return true;
}

ImportOptions RecipientRepository::importOptions(const RecipientGroup& group, const QString& sourceFile,
                                                 StorageError* error) const
{
    ImportOptions options;
    options.sourceFile = sourceFile;
    options.groupId = group.id;
    options.organisationsGroup = group.organisations;
    options.requireEmail = group.channel == QLatin1String("email");
    options.requireAddress = group.channel == QLatin1String("post");
    options.groupVersion = groupVersion(group.id, error); // first: a change after it is seen at the commit
    forEach(
        group.id, true,
        [&options](const Recipient& r) {
            options.existing.append(r);
            return true;
        },
        error);
    return options;
}

bool RecipientRepository::commitImport(qint64 groupId, QList<Recipient>& recipients,
                                       const QString& mappingJson, const QString& sourceLabel,
                                       StorageError* error, const InsertProgress& progress)
{
    return commitImport(groupId, recipients, ImportCommit{mappingJson, sourceLabel, {}}, nullptr, error,
                        progress);
}

bool RecipientRepository::commitImport(qint64 groupId, QList<Recipient>& recipients,
                                       const ImportCommit& commit, ImportCommitOutcome* outcome,
                                       StorageError* error, const InsertProgress& progress)
{
    ImportCommitOutcome local;
    ImportCommitOutcome& result = outcome ? *outcome : local;
    result = {};
    if (recipients.isEmpty())
        return true;                     // nothing to save: no transaction, no audit entry
    QList<Recipient>& rows = recipients; // left holding the rows inserted
    const bool ok = m_db.transaction(
        [&](StorageError* err) {
            const qint64 version = groupVersion(groupId, err);
            if (*err)
                return false;
            if (version != commit.plannedVersion || commit.plannedVersion < 0) {
                if (!recheckDuplicates(groupId, rows, commit.fields, &result, err))
                    return false;
            } else { // the group is as the plan saw it
                for (const Recipient& r : std::as_const(rows))
                    result.possibleDuplicates += r.possibleDuplicate ? 1 : 0;
            }
            if (rows.isEmpty())
                return true; // everybody is in the group already
            if (!insertMany(groupId, rows, commit.sourceLabel, err, progress))
                return false;
            if (result.possibleDuplicates > 0 && !audit(groupId, QStringLiteral("possible duplicates marked"),
                                                        QString::number(result.possibleDuplicates), err))
                return false;
            if (commit.mappingJson.isEmpty())
                return true;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE recipient_group SET column_mapping = ? WHERE id = ?"));
            q.addBindValue(commit.mappingJson);
            q.addBindValue(groupId);
            return Database::exec(q, err);
        },
        error);
    if (!ok) {
        result = {};
        return false;
    }
    result.inserted = int(rows.size());
    return true;
}

qint64 RecipientRepository::groupVersion(qint64 groupId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(id), 0) FROM audit_log WHERE entity = 'recipient_group' AND entity_id = ?"));
    q.addBindValue(groupId);
    if (!Database::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool RecipientRepository::readAll(qint64 groupId, QList<Recipient>* out, StorageError* error) const
{
    StorageError local;
    StorageError* err = error ? error : &local;
    return forEach(
               groupId, true,
               [out](const Recipient& r) {
                   out->append(r);
                   return true;
               },
               err) &&
           !*err;
}

// Inside the write transaction: the rows against the group's recipients as they are now. A row identical to
// one is dropped (a row of the same list that pointed to it points to that recipient instead); a mark
// against a recipient is worked out again (the one the plan saw may be gone, another may have come).
bool RecipientRepository::recheckDuplicates(qint64 groupId, QList<Recipient>& rows, QStringList fields,
                                            ImportCommitOutcome* outcome, StorageError* error) const
{
    QList<Recipient> existing;
    if (!readAll(groupId, &existing, error))
        return false;
    if (fields.isEmpty() && !existing.isEmpty())
        fields = allFields(rows, existing);
    RecipientIndex index(fields);
    index.reserve(existing.size());
    for (qsizetype i = 0; i < existing.size(); ++i)
        index.add(existing, i, index.keysOf(existing[i]));
    QHash<int, qint64> droppedRows; // source row → the recipient it is identical to
    qsizetype kept = 0;             // rows are kept in place (no second list of 100,000)
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Recipient& r = rows[i];
        if (r.possibleDuplicateOfRow == 0) { // a mark against the group: only what is there now counts
            r.possibleDuplicate.reset();
            r.possibleDuplicateOf = 0;
        }
        if (!existing.isEmpty()) {
            const MatchKeys keys = index.keysOf(r);
            if (const RecipientMatch m = index.findIdentical(existing, r, keys)) {
                droppedRows.insert(r.sourceRow, existing[m.index].id);
                ++outcome->identical;
                continue;
            }
            if (const RecipientMatch m = index.findSimilar(existing, keys)) {
                r.possibleDuplicate = m.kind;
                r.possibleDuplicateOf = existing[m.index].id;
                r.possibleDuplicateOfRow = 0;
            }
        }
        if (r.possibleDuplicateOfRow > 0 && droppedRows.contains(r.possibleDuplicateOfRow)) {
            r.possibleDuplicateOf = droppedRows.value(r.possibleDuplicateOfRow);
            r.possibleDuplicateOfRow = 0;
        }
        outcome->possibleDuplicates += r.possibleDuplicate ? 1 : 0;
        if (kept != i)
            rows[kept] = std::move(r);
        ++kept;
    }
    rows.resize(kept);
    return true;
}

bool RecipientRepository::setField(qint64 recipientId, const QString& field, const QString& value,
                                   StorageError* error)
{
    const bool custom = isCustomFieldKey(field);
    if (custom ? !isValidFieldKey(field) : !editableFields().contains(field)) {
        *error = StorageError::make(StorageError::Invalid, StorageError::tr("Unknown field %1.").arg(field));
        return false;
    }
    return m_db.transaction(
        [&](StorageError* err) {
            auto r = recipient(recipientId, err);
            if (!r) {
                *err = StorageError::make(StorageError::NotFound,
                                          StorageError::tr("The recipient no longer exists."));
                return false;
            }
            // SQLite's UTF-16 to UTF-8 conversion joins a lone surrogate with the next character (山田
            // U+D800 太郎 became 山田𐄪郎): a pasted broken character is stored as U+FFFD instead.
            const QString clean = firstLoneSurrogate(value) >= 0 ? withoutLoneSurrogates(value) : value;
            QSqlQuery q(m_db.connection());
            if (custom) {
                setRecipientValue(*r, field, clean);
                q.prepare(QStringLiteral("UPDATE recipient SET custom = ? WHERE id = ?"));
                q.addBindValue(customJson(r->custom));
            } else {
                q.prepare(QStringLiteral("UPDATE recipient SET %1 = ? WHERE id = ?").arg(field));
                q.addBindValue(notNull(clean));
            }
            q.addBindValue(recipientId);
            // The audit names the field, never the values (personal data).
            return Database::exec(q, err) &&
                   audit(r->groupId, QStringLiteral("recipient %1: %2").arg(recipientId).arg(field),
                         QString(), err);
        },
        error);
}

bool RecipientRepository::setExcluded(const QList<qint64>& ids, bool excluded, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE recipient SET excluded = ? WHERE id = ?"));
            qint64 groupId = 0;
            for (qint64 id : ids) {
                if (!groupId)
                    if (auto r = recipient(id, err))
                        groupId = r->groupId;
                q.addBindValue(excluded ? 1 : 0);
                q.addBindValue(id);
                if (!Database::exec(q, err))
                    return false;
            }
            return !groupId ||
                   audit(groupId, excluded ? QStringLiteral("excluded") : QStringLiteral("included"),
                         QString::number(ids.size()), err);
        },
        error);
}

bool RecipientRepository::clearPossibleDuplicate(const QList<qint64>& ids, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("UPDATE recipient SET duplicate_reason = '', possible_duplicate_of = NULL "
                               "WHERE id = ? AND duplicate_reason <> ''"));
            qint64 groupId = 0;
            int cleared = 0;
            for (qint64 id : ids) {
                if (!groupId)
                    if (auto r = recipient(id, err))
                        groupId = r->groupId;
                q.addBindValue(id);
                if (!Database::exec(q, err))
                    return false;
                cleared += q.numRowsAffected() > 0 ? 1 : 0;
            }
            // The audit says how many, never who (personal data).
            return !groupId || cleared == 0 ||
                   audit(groupId, QStringLiteral("not a duplicate"), QString::number(cleared), err);
        },
        error);
}

bool RecipientRepository::audit(qint64 groupId, const QString& field, const QString& after,
                                StorageError* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT g.incident_id, i.code FROM recipient_group g JOIN incident i ON i.id = g.incident_id "
        "WHERE g.id = ?"));
    q.addBindValue(groupId);
    AuditEntry e;
    if (Database::exec(q, error) && q.next()) {
        e.incidentId = q.value(0).toLongLong();
        e.incidentCode = q.value(1).toString();
    }
    e.entity = QStringLiteral("recipient_group");
    e.entityId = groupId;
    e.field = field;
    e.after = after;
    return AuditRepository(m_db).append(e, error);
}

} // namespace bd
