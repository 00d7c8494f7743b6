// A workspace made by an older BreachDesk opens after every newer migration with nothing lost: every row of
// every table of tests/data/storage/workspace-schema6.breachdesk keeps every value it had, column by
// column, and the record still reads as the same incident (recipients, custom fields, the issued document
// with its hash). Its old audit entries are chained by the upgrade and the record then proves itself.
#include "auditrepository.h"
#include "database.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "recipientrepository.h"
#include "workspaceverifier.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class TestUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void schema6OpensWithNothingLost();

private:
    using Rows = QList<QVariantList>;
    // table → column names → rows (by rowid), read with plain QtSql so that nothing is migrated.
    static QMap<QString, QPair<QStringList, Rows>> dump(const QString& path);
    static Rows rows(const QSqlDatabase& db, const QString& table, const QStringList& columns);
};

QMap<QString, QPair<QStringList, TestUpgrade::Rows>> TestUpgrade::dump(const QString& path)
{
    QMap<QString, QPair<QStringList, Rows>> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return tables;
        for (const QString& table : db.tables()) {
            QStringList columns;
            const QSqlRecord record = db.record(table);
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            tables.insert(table, {columns, rows(db, table, columns)});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return tables;
}

TestUpgrade::Rows TestUpgrade::rows(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    Rows result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns.join(u','), table)))
        return result;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

void TestUpgrade::schema6OpensWithNothingLost()
{
    QTemporaryDir dir;
    const QString fixture = QStringLiteral(BD_TEST_DATA_DIR "/storage/workspace-schema6.breachdesk");
    const QString path = dir.filePath(QStringLiteral("old.breachdesk"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto before = dump(path);
    QVERIFY(before.contains(QStringLiteral("incident")));
    QVERIFY(before.value(QStringLiteral("audit_log")).second.size() >= 9);

    Database db;
    StorageError error;
    QVERIFY2(db.open(path, &error), qPrintable(error.text()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    // Every old value is still there (tables and columns may be added, never dropped or rewritten), except
    // the incident columns migration 0011_event_certainty converted (checked below).
    static const QStringList moved{
        "kind_leak", "kind_loss",           "kind_damage",          "leak_state",
        "encrypted", "key_may_have_leaked", "contacts_unreachable", "contacts_unreachable_reason"};
    const QStringList tablesNow = db.connection().tables();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString& table = it.key();
        QVERIFY2(tablesNow.contains(table), qPrintable(table));
        if (table == QLatin1String("schema_version"))
            continue; // its one number goes up
        QStringList columns;
        QList<int> kept;
        for (int c = 0; c < it.value().first.size(); ++c)
            if (table != QLatin1String("incident") || !moved.contains(it.value().first.at(c))) {
                columns << it.value().first.at(c);
                kept << c;
            }
        const Rows after = rows(db.connection(), table, columns);
        QVERIFY2(after.size() >= it.value().second.size(), qPrintable(table));
        for (qsizetype i = 0; i < it.value().second.size(); ++i) {
            QVariantList old;
            for (int c : kept)
                old << it.value().second.at(i).at(c);
            QVERIFY2(after.at(i) == old, qPrintable(QStringLiteral("%1 row %2").arg(table).arg(i + 1)));
        }
    }

    // And it reads as the same record.
    const std::optional<qint64> id =
        IncidentRepository(db).findByCode(QStringLiteral("INC-2024-003"), &error);
    QVERIFY(id);
    const std::optional<Incident> incident = IncidentRepository(db).load(*id, &error);
    QVERIFY(incident);
    QCOMPARE(incident->titleJa,
             QStringLiteral("不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ"));
    // Its one "possible" for leak and damage became one certainty per kind; its incident-wide substitute
    // reason went to every data set (migration 0011_event_certainty).
    QCOMPARE(incident->event.leak, EventCertainty::Possible);
    QCOMPARE(incident->event.damage, EventCertainty::Possible);
    QCOMPARE(incident->event.loss, EventCertainty::No);
    QVERIFY(!incident->dataSets.isEmpty());
    for (const DataSet& ds : incident->dataSets) {
        QVERIFY(ds.contactsUnreachable);
        QVERIFY(!ds.contactsUnreachableReason.isEmpty());
        QVERIFY(!ds.encrypted);
    }
    RecipientRepository recipients(db);
    const auto employees = recipients.groupByKey(*id, QStringLiteral("employees"), &error);
    QVERIFY(employees);
    QStringList names;
    QString employeeNumber;
    QVERIFY(recipients.forEach(
        employees->id, true,
        [&](const Recipient& r) {
            names << r.name;
            if (r.custom.contains(QStringLiteral("社員番号")))
                employeeNumber = r.custom.value(QStringLiteral("社員番号"));
            return true;
        },
        &error));
    QCOMPARE(names, (QStringList{QStringLiteral("髙橋 一郎"), QStringLiteral("John Smith"),
                                 QStringLiteral("山﨑 月子")}));
    QCOMPARE(employeeNumber, QStringLiteral("E-0042"));
    IssuedDocumentRepository documents(db);
    const QList<IssuedDocument> issued = documents.list(*id, &error);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().sha256,
             QByteArray("7d0143c0c035080577465146a870f0ddc8add98bef72d72f03f49799705eb354"));
    QVERIFY(documents.verify(issued.first().id, &error));

    // The nine old entries were chained in id order, and the record proves itself.
    const QList<AuditEntry> trail = AuditRepository(db).forIncident(*id, &error);
    QCOMPARE(trail.size(), before.value(QStringLiteral("audit_log")).second.size());
    QCOMPARE(trail.first().prevHash, QByteArray(64, '0'));
    for (qsizetype i = 0; i < trail.size(); ++i) {
        QCOMPARE(trail.at(i).hash.size(), 64);
        if (i > 0)
            QCOMPARE(trail.at(i).prevHash, trail.at(i - 1).hash);
    }
    const AuditChainHead head = AuditRepository(db).chainHead(*id, &error);
    QCOMPARE(head.entries, trail.size());
    QCOMPARE(head.hash, trail.constLast().hash);
    const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(db);
    QVERIFY2(integrity.ok(), qPrintable(integrity.details()));
    QCOMPARE(integrity.documents, 1);

    // A new entry continues the chain; opening again changes nothing.
    QVERIFY(IncidentRepository(db).setIncidentField(*id, QStringLiteral("title_en"),
                                                    QStringLiteral("Renamed"), &error));
    db.close();
    QVERIFY2(db.open(path, &error), qPrintable(error.text()));
    const QList<AuditEntry> after = AuditRepository(db).forIncident(*id, &error);
    QCOMPARE(after.size(), trail.size() + 1);
    QCOMPARE(after.at(trail.size() - 1).hash, trail.constLast().hash);
    QCOMPARE(after.constLast().prevHash, trail.constLast().hash);
    QVERIFY2(WorkspaceVerifier::verify(db).ok(), qPrintable(WorkspaceVerifier::verify(db).details()));
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
