#include "recipientcursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace bd {

namespace {

constexpr auto Columns =
    "id, group_id, name, kana, organisation, department, title, postcode, address, email, "
    "phone, language, custom, source_file, source_row";

Recipient read(const QSqlQuery& q)
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
    const QString custom = q.value(12).toString();
    if (!custom.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(custom.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            r.custom.insert(it.key(), it.value().toString());
    }
    r.sourceFile = q.value(13).toString();
    r.sourceRow = q.value(14).toInt();
    return r;
}

} // namespace

RecipientCursor::RecipientCursor(Database& db, qint64 groupId, int pageSize)
    : m_db(db), m_groupId(groupId), m_pageSize(std::max(1, pageSize))
{
}

bool RecipientCursor::fetch()
{
    m_page.clear();
    m_pos = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE group_id = ? AND excluded = 0 AND id > ? "
                             "ORDER BY id LIMIT ?")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(m_groupId);
    q.addBindValue(m_lastId);
    q.addBindValue(m_pageSize);
    if (!Database::exec(q, &m_error))
        return false;
    while (q.next())
        m_page.append(read(q));
    if (!m_page.isEmpty())
        m_lastId = m_page.constLast().id;
    return true;
}

std::optional<Recipient> RecipientCursor::next()
{
    if (m_end)
        return std::nullopt;
    if (m_pos >= m_page.size()) {
        if (!fetch() || m_page.isEmpty()) {
            m_end = true;
            m_page.clear();
            return std::nullopt;
        }
    }
    return m_page.at(m_pos++);
}

int RecipientCursor::count(Database& db, qint64 groupId, StorageError* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient WHERE group_id = ? AND excluded = 0"));
    q.addBindValue(groupId);
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Recipient> RecipientCursor::at(Database& db, qint64 groupId, int index, StorageError* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE group_id = ? AND excluded = 0 ORDER BY id "
                             "LIMIT 1 OFFSET ?")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(groupId);
    q.addBindValue(std::max(0, index));
    if (!Database::exec(q, error) || !q.next())
        return std::nullopt;
    return read(q);
}

int RecipientCursor::indexOf(Database& db, qint64 groupId, qint64 id, StorageError* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM recipient WHERE group_id = ? AND excluded = 0 AND "
                             "id < ?) FROM recipient WHERE id = ? AND group_id = ? AND excluded = 0"));
    for (const qint64 value : {groupId, id, id, groupId})
        q.addBindValue(value);
    if (!Database::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace bd
