// What someone with the workspace file and any SQLite client can do to it, for the tests that check that
// BreachDesk notices (docs/audit-chain.md): a plain QSqlDatabase connection of its own, and the trick of
// dropping a protective trigger, changing rows, then re-creating the trigger exactly as it was, so that only
// the hash chain and the documents' hashes can tell.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace bd::test {

class WorkspaceTamper
{
public:
    explicit WorkspaceTamper(const QString& path)
        : m_name(QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~WorkspaceTamper()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    WorkspaceTamper(const WorkspaceTamper&) = delete;
    WorkspaceTamper& operator=(const WorkspaceTamper&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString lastError() const { return m_lastError; }

    bool exec(const QString& sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        m_lastError = q.lastError().text();
        return false;
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            m_lastError = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    QList<QVariantList> rows(const QString& sql)
    {
        QList<QVariantList> out;
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            m_lastError = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }

    // Drops `triggers`, runs `statements`, then re-creates the triggers from the SQL sqlite_master had.
    bool behindTriggers(const QStringList& triggers, const QStringList& statements)
    {
        QStringList recreate;
        for (const QString& name : triggers) {
            const QString sql =
                scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                           .arg(name))
                    .toString();
            if (sql.isEmpty() || !exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
                return false;
            recreate << sql;
        }
        for (const QString& statement : statements)
            if (!exec(statement))
                return false;
        for (const QString& sql : std::as_const(recreate))
            if (!exec(sql))
                return false;
        return true;
    }

private:
    QString m_name;
    QString m_lastError;
};

} // namespace bd::test
