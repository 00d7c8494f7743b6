// Helper for tst_sharedworkspace: another program holding the workspace's write lock, as a long
// `breachdesk import-recipients` started from a terminal does.
//   bd_lockholder WORKSPACE
// Opens the file with plain SQLite, runs BEGIN IMMEDIATE and prints "locked". Then each line on standard
// input is run as SQL inside that transaction ("ok" or "error: …" is printed), until "commit" (commits) or
// "rollback" or the end of input (rolls back); it prints "released" and exits.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bd_lockholder WORKSPACE\n");
        return 1;
    }
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open()) {
            std::fprintf(stderr, "open: %s\n", qPrintable(db.lastError().text()));
            return 2;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(q.lastError().text()));
            return 3;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        std::string line;
        bool commit = false;
        while (std::getline(std::cin, line)) {
            const QString sql = QString::fromStdString(line).trimmed();
            if (sql == QLatin1String("commit")) {
                commit = true;
                break;
            }
            if (sql == QLatin1String("rollback"))
                break;
            QSqlQuery statement(db);
            if (statement.exec(sql))
                std::printf("ok\n");
            else
                std::printf("error: %s\n", qPrintable(statement.lastError().text()));
            std::fflush(stdout);
        }
        if (!q.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"))) {
            std::fprintf(stderr, "end: %s\n", qPrintable(q.lastError().text()));
            status = 4;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    std::printf("released\n");
    std::fflush(stdout);
    return status;
}
