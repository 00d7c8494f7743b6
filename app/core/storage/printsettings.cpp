#include "printsettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

QString PrintSettings::value(const QString& name, const QString& fallback, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM print_setting WHERE name = ?"));
    q.addBindValue(name);
    if (!Database::exec(q, error) || !q.next())
        return fallback;
    return q.value(0).toString();
}

bool PrintSettings::setValue(const QString& name, const QString& value, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO print_setting (name, value) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
            q.addBindValue(name);
            q.addBindValue(value);
            return Database::exec(q, err);
        },
        error);
}

} // namespace bd
