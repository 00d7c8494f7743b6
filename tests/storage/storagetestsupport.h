// Helpers shared by the storage suites: raw SQLite connections next to the one under test, file snapshots.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace bd::test {

// A plain QSqlDatabase connection on a file, as another program (or a second BreachDesk) would hold it.
// No pragmas are set: it behaves like any SQLite client.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, const QString& options = {})
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return db().isOpen(); }

    // Runs one statement; returns false (and keeps the error text) when it fails.
    bool exec(const QString& sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        m_lastError = q.lastError().text();
        return false;
    }
    // The first column of the first row of a query, or an invalid QVariant.
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            m_lastError = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    QString m_lastError;
};

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace bd::test
