// Migration 0011_event_certainty on a workspace written before it (schema 10, or 9 where migration 0010 is
// not there yet): each kind's flag and the one leak_state become a certainty per kind, and the incident's
// encryption and substitute-notice facts go to every data set. The same facts in a version 1 incident JSON
// file read the same (incidentjsonv1.cpp converts as the migration does), and the old columns are gone.
#include "database.h"
#include "incidentjson.h"
#include "incidentrepository.h"
#include "storagetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

// One incident as a BreachDesk before schema 11 stored it.
struct OldRow
{
    const char* code;
    bool leak, loss, damage;
    const char* leakState;
    bool encrypted, keyLeaked, unreachable;
    const char* reason;
    int dataSets;
};

const OldRow oldRows[] = {
    // The demo as it was: leak and damage ticked, one "possible"; business contacts' reason for everybody.
    {"INC-2024-003", true, false, true, "possible", false, false, true, "連絡先が古い", 3},
    {"INC-2024-004", true, false, false, "occurred", false, false, false, "", 1},
    {"INC-2024-005", false, true, true, "occurred", true, false, false, "", 2},
    {"INC-2024-006", false, true, false, "possible", true, true, false, "", 1},
    {"INC-2024-007", false, false, false, "occurred", false, false, false, "", 0}, // nothing ticked
};

EventCertainty expected(bool ticked, const char* state)
{
    return !ticked ? EventCertainty::No
                   : (QByteArray(state) == "occurred" ? EventCertainty::Occurred : EventCertainty::Possible);
}

// The same facts as a version 1 incident JSON file.
QByteArray version1Json(const OldRow& r)
{
    QByteArray sets;
    for (int i = 0; i < r.dataSets; ++i)
        sets += QByteArray(i ? "," : "") + R"({ "group": "employees", "people": 3, "items": ["name"] })";
    const auto flag = [](bool b) { return QByteArray(b ? "true" : "false"); };
    return QByteArray(R"({ "format": "breachdesk-incident", "version": 1, "incident": { "code": ")") +
           r.code + R"(", "title": { "ja": "t", "en": "" }, "event": { "kinds": { "leak": )" + flag(r.leak) +
           R"(, "loss": )" + flag(r.loss) + R"(, "damage": )" + flag(r.damage) + R"( }, "state": ")" +
           r.leakState + R"(" }, "protection": { "encrypted": )" + flag(r.encrypted) +
           R"(, "key_may_have_leaked": )" + flag(r.keyLeaked) +
           R"( }, "notice": { "contacts_unreachable": )" + flag(r.unreachable) +
           R"(, "contacts_unreachable_reason": ")" + r.reason + R"(" }, "data_sets": [)" + sets + "] } }";
}

QStringList columnsOf(Database& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

} // namespace

class TestEventCertaintyMigration : public QObject
{
    Q_OBJECT
private slots:
    void oldWorkspace_convertsEachKindAndMovesFactsToDataSets();
};

void TestEventCertaintyMigration::oldWorkspace_convertsEachKindAndMovesFactsToDataSets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.breachdesk"));
    StorageError error;
    {
        Database old;
        QVERIFY2(old.openAtVersion(path, 10, &error), qPrintable(error.text()));
        QVERIFY(old.schemaVersion() < 11);
        QVERIFY(columnsOf(old, QStringLiteral("incident")).contains(QStringLiteral("leak_state")));
        QSqlQuery q(old.connection());
        for (const OldRow& r : oldRows) {
            q.prepare(QStringLiteral("INSERT INTO incident (code, title_ja, kind_leak, kind_loss, "
                                     "kind_damage, leak_state, encrypted, "
                                     "key_may_have_leaked, contacts_unreachable, "
                                     "contacts_unreachable_reason, created_at, updated_at) "
                                     "VALUES (?, 't', ?, ?, ?, ?, ?, ?, ?, ?, '2024-09-01T10:00:00+09:00', "
                                     "'2024-09-01T10:00:00+09:00')"));
            for (const QVariant& v :
                 {QVariant(QString::fromLatin1(r.code)), QVariant(int(r.leak)), QVariant(int(r.loss)),
                  QVariant(int(r.damage)), QVariant(QString::fromLatin1(r.leakState)),
                  QVariant(int(r.encrypted)), QVariant(int(r.keyLeaked)), QVariant(int(r.unreachable)),
                  QVariant(QString::fromUtf8(r.reason))})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            const qint64 id = q.lastInsertId().toLongLong();
            for (int i = 0; i < r.dataSets; ++i) {
                QSqlQuery ds(old.connection());
                ds.prepare(QStringLiteral("INSERT INTO data_set (incident_id, position, group_key, people) "
                                          "VALUES (?, ?, 'employees', 3)"));
                ds.addBindValue(id);
                ds.addBindValue(i);
                QVERIFY2(ds.exec(), qPrintable(ds.lastError().text()));
            }
        }
    }

    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error.text()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    // No stale copy of a moved fact is left on the incident.
    const QStringList incidentColumns = columnsOf(db, QStringLiteral("incident"));
    for (const char* gone : {"kind_leak", "kind_loss", "kind_damage", "leak_state", "encrypted",
                             "key_may_have_leaked", "contacts_unreachable", "contacts_unreachable_reason"})
        QVERIFY2(!incidentColumns.contains(QLatin1String(gone)), gone);

    IncidentRepository repo(db);
    for (const OldRow& r : oldRows) {
        const std::optional<qint64> id = repo.findByCode(QString::fromLatin1(r.code), &error);
        QVERIFY(id);
        const std::optional<Incident> incident = repo.load(*id, &error);
        QVERIFY2(incident, qPrintable(error.text()));
        const QByteArray code(r.code);
        QCOMPARE(incident->event.leak, expected(r.leak, r.leakState));
        QCOMPARE(incident->event.loss, expected(r.loss, r.leakState));
        QCOMPARE(incident->event.damage, expected(r.damage, r.leakState));
        QCOMPARE(incident->dataSets.size(), r.dataSets);
        for (const DataSet& ds : incident->dataSets) {
            QCOMPARE(ds.encrypted, r.encrypted);
            QCOMPARE(ds.keyMayHaveLeaked, r.keyLeaked);
            QCOMPARE(ds.contactsUnreachable, r.unreachable);
            QCOMPARE(ds.contactsUnreachableReason, QString::fromUtf8(r.reason));
        }

        // A version 1 file with the same facts reads the same.
        IncidentDocumentData fromJson;
        QList<IncidentJsonError> problems;
        QVERIFY2(IncidentJson::fromBytes(version1Json(r), &fromJson, &problems),
                 qPrintable(problems.isEmpty() ? QString() : problems.constFirst().text()));
        QCOMPARE(fromJson.incident.event, incident->event);
        QCOMPARE(fromJson.incident.dataSets.size(), incident->dataSets.size());
        for (int i = 0; i < r.dataSets; ++i) {
            const DataSet& a = fromJson.incident.dataSets.at(i);
            const DataSet& b = incident->dataSets.at(i);
            QCOMPARE(a.encrypted, b.encrypted);
            QCOMPARE(a.keyMayHaveLeaked, b.keyMayHaveLeaked);
            QCOMPARE(a.contactsUnreachable, b.contactsUnreachable);
            QCOMPARE(a.contactsUnreachableReason, b.contactsUnreachableReason);
        }
    }

    // The new fields are edited and kept per data set.
    const std::optional<qint64> demo = repo.findByCode(QStringLiteral("INC-2024-003"), &error);
    const qint64 employees = repo.load(*demo, &error)->dataSets.at(0).id;
    QVERIFY2(repo.setDataSetField(employees, QStringLiteral("contacts_unreachable"), false, &error),
             qPrintable(error.text()));
    QVERIFY2(
        repo.setIncidentField(*demo, QStringLiteral("damage_certainty"), QStringLiteral("occurred"), &error),
        qPrintable(error.text()));
    const std::optional<Incident> edited = repo.load(*demo, &error);
    QVERIFY(!edited->dataSets.at(0).contactsUnreachable);
    QVERIFY(edited->dataSets.at(1).contactsUnreachable);
    QCOMPARE(edited->event.damage, EventCertainty::Occurred);
    QCOMPARE(edited->event.leak, EventCertainty::Possible);
}

QTEST_GUILESS_MAIN(TestEventCertaintyMigration)
#include "tst_eventcertaintymigration.moc"
