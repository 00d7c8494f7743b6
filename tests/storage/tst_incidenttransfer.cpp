// Export to and import from the JSON exchange format, as whole transactions, and the shipped demo incident.
#include "auditrepository.h"
#include "database.h"
#include "incidentfixtures.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

struct DemoWorkspace
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    Database db;
    bool open()
    {
        StorageError error;
        if (!db.open(dir->filePath(QStringLiteral("workspace.breachdesk")), &error)) {
            qWarning("open failed: %s", qPrintable(error.text()));
            return false;
        }
        return true;
    }
    int count(const char* table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    // Row counts of every table an import writes to.
    QList<int> footprint()
    {
        return {count("incident"),  count("data_set"),  count("data_set_item"), count("timeline_event"),
                count("narrative"), count("data_item"), count("audit_log")};
    }
};

QString describe(const IncidentTransfer::ImportResult& r)
{
    QStringList lines;
    for (const IncidentJsonError& e : r.problems)
        lines.append(e.text());
    if (!r.storage.ok())
        lines.append(r.storage.text());
    return lines.join(QStringLiteral(" | "));
}

} // namespace

class TestIncidentTransfer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void exportThenImport_newCode_givesNewCodeAndEqualFacts();
    void importIntoEmptyWorkspace_keepsTheFilesCode();
    void import_newCodeFollowsTheYearTheIncidentWasKnown();
    void import_codeConflictFail_refusesAndImportsNothing();
    void import_writesImportedAuditEntry();

    void invalidFile_importsNothing_data();
    void invalidFile_importsNothing();

    void customItems_travelWithTheIncident();
    void customItems_onlyThoseUsedAreExported();
    void customItems_conflictingDefinition_importsNothing();
    void customItems_identicalDefinition_isReused();

    void export_missingIncident_isNotFound();

    void demoIncident_parsesAndIsComplete();
    void demoIncident_imports();
    void ensureDemoIncident_isIdempotent();
    void ensureDemoIncident_withRecipientLists_fillsEveryGroup();

private:
    std::unique_ptr<DemoWorkspace> m_ws;
    qint64 createFull(DemoWorkspace& ws, const QString& code = QStringLiteral("INC-2024-042"));
};

void TestIncidentTransfer::init()
{
    m_ws = std::make_unique<DemoWorkspace>();
    QVERIFY(m_ws->open());
}

void TestIncidentTransfer::cleanup()
{
    m_ws.reset();
}

qint64 TestIncidentTransfer::createFull(DemoWorkspace& ws, const QString& code)
{
    IncidentRepository repo(ws.db);
    StorageError error;
    for (const DataItem& item : test::fixtureCustomItems())
        if (!repo.addCustomItem(item, &error))
            qWarning("addCustomItem: %s", qPrintable(error.text()));
    Incident incident = test::fullIncident(code);
    if (!repo.create(incident, &error))
        qWarning("create: %s", qPrintable(error.text()));
    return incident.id;
}

void TestIncidentTransfer::exportThenImport_newCode_givesNewCodeAndEqualFacts()
{
    const qint64 id = createFull(*m_ws);
    IncidentTransfer transfer(m_ws->db);
    StorageError error;
    const std::optional<QByteArray> json = transfer.exportJson(id, &error);
    QVERIFY2(json, qPrintable(error.text()));

    const IncidentTransfer::ImportResult result =
        transfer.importJson(*json, IncidentTransfer::CodeConflict::NewCode);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.problems.isEmpty());
    QVERIFY(result.storage.ok());
    QVERIFY(result.codeChanged);
    QVERIFY(result.incidentId != id);
    QCOMPARE(result.code,
             QStringLiteral("INC-2024-043")); // the next free code of 2024, the year it was known

    IncidentRepository repo(m_ws->db);
    const std::optional<Incident> original = repo.load(id, &error);
    const std::optional<Incident> imported = repo.load(result.incidentId, &error);
    QVERIFY(original && imported);
    QCOMPARE(imported->code, result.code);
    Incident expected = test::withoutIds(*original);
    expected.code = result.code;
    QVERIFY(test::withoutIds(*imported) == expected);
    QCOMPARE(repo.list(true, &error).size(), 2);
}

void TestIncidentTransfer::importIntoEmptyWorkspace_keepsTheFilesCode()
{
    const qint64 id = createFull(*m_ws);
    StorageError error;
    const QByteArray json = *IncidentTransfer(m_ws->db).exportJson(id, &error);

    DemoWorkspace other;
    QVERIFY(other.open());
    const auto result = IncidentTransfer(other.db).importJson(json, IncidentTransfer::CodeConflict::Fail);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.codeChanged);
    QCOMPARE(result.code, QStringLiteral("INC-2024-042"));
    const std::optional<Incident> imported = IncidentRepository(other.db).load(result.incidentId, &error);
    QVERIFY(imported);
    QVERIFY(test::withoutIds(*imported) == test::fullIncident());
    // Exporting the copy gives the same file.
    QCOMPARE(*IncidentTransfer(other.db).exportJson(result.incidentId, &error), json);
}

void TestIncidentTransfer::import_newCodeFollowsTheYearTheIncidentWasKnown()
{
    Incident known2023 = test::fullIncident(QStringLiteral("INC-2023-005"));
    known2023.knownAt = test::tokyo(2023, 12, 30, 22, 0);
    const QByteArray json = IncidentJson::toBytes(known2023, test::fixtureCustomItems());
    IncidentTransfer transfer(m_ws->db);
    QVERIFY(transfer.importJson(json, IncidentTransfer::CodeConflict::Fail).ok());
    const auto second = transfer.importJson(json, IncidentTransfer::CodeConflict::NewCode);
    QVERIFY2(second.ok(), qPrintable(describe(second)));
    QCOMPARE(second.code, QStringLiteral("INC-2023-006"));
}

void TestIncidentTransfer::import_codeConflictFail_refusesAndImportsNothing()
{
    const qint64 id = createFull(*m_ws);
    StorageError error;
    const QByteArray json = *IncidentTransfer(m_ws->db).exportJson(id, &error);
    const QList<int> before = m_ws->footprint();

    const auto result = IncidentTransfer(m_ws->db).importJson(json, IncidentTransfer::CodeConflict::Fail);
    QVERIFY(!result.ok());
    QCOMPARE(result.incidentId, 0);
    QVERIFY(result.problems.isEmpty());                   // the file is fine…
    QCOMPARE(result.storage.kind, StorageError::Invalid); // …the workspace already has that code
    QVERIFY2(result.storage.message.contains(QStringLiteral("INC-2024-042")),
             qPrintable(result.storage.message));
    QCOMPARE(m_ws->footprint(), before);
}

void TestIncidentTransfer::import_writesImportedAuditEntry()
{
    const QByteArray json = IncidentJson::toBytes(test::fullIncident(), test::fixtureCustomItems());
    const auto result = IncidentTransfer(m_ws->db).importJson(json, IncidentTransfer::CodeConflict::Fail);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    StorageError error;
    const QList<AuditEntry> entries = AuditRepository(m_ws->db).forIncident(result.incidentId, &error);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().field, QStringLiteral("imported"));
    QCOMPARE(entries.constFirst().incidentCode, result.code);
}

void TestIncidentTransfer::invalidFile_importsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path"); // the field named in the problems; empty for a file that is not JSON

    const QByteArray valid = IncidentJson::toBytes(test::fullIncident(), test::fixtureCustomItems());
    const auto edited = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject root = QJsonDocument::fromJson(valid).object();
        QJsonObject inc = root.value(QStringLiteral("incident")).toObject();
        change(inc);
        root.insert(QStringLiteral("incident"), inc);
        return QJsonDocument(root).toJson();
    };
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("truncated") << valid.left(valid.size() - 40) << QString();
    QTest::newRow("a spreadsheet") << QByteArray("name,address\nYamada,Tokyo\n") << QString();
    QTest::newRow("missing code") << edited([](QJsonObject& inc) { inc.remove(QStringLiteral("code")); })
                                  << QStringLiteral("incident.code");
    // The last data set is broken: the valid ones before it must not be imported either.
    QTest::newRow("last data set broken") << edited([](QJsonObject& inc) {
        QJsonArray sets = inc.value(QStringLiteral("data_sets")).toArray();
        QJsonObject last = sets.last().toObject();
        last.insert(QStringLiteral("people"), QStringLiteral("many"));
        sets.replace(sets.size() - 1, last);
        inc.insert(QStringLiteral("data_sets"), sets);
    }) << QStringLiteral("incident.data_sets[2].people");
    QTest::newRow("custom item missing") << [&] {
        QJsonObject root = QJsonDocument::fromJson(valid).object();
        root.insert(QStringLiteral("custom_items"), QJsonArray());
        return QJsonDocument(root).toJson();
    }() << QStringLiteral("incident.data_sets[0].items[3]");
}

void TestIncidentTransfer::invalidFile_importsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    createFull(*m_ws, QStringLiteral("INC-2024-001")); // something already there, which must stay as it is
    const QList<int> before = m_ws->footprint();

    for (auto conflict : {IncidentTransfer::CodeConflict::Fail, IncidentTransfer::CodeConflict::NewCode}) {
        const auto result = IncidentTransfer(m_ws->db).importJson(bytes, conflict);
        QVERIFY(!result.ok());
        QCOMPARE(result.incidentId, 0);
        QVERIFY(!result.problems.isEmpty());
        if (!path.isEmpty()) {
            QStringList paths;
            for (const IncidentJsonError& e : result.problems)
                paths.append(e.path);
            QVERIFY2(paths.contains(path), qPrintable(describe(result)));
        }
        QCOMPARE(m_ws->footprint(), before);
    }
}

void TestIncidentTransfer::customItems_travelWithTheIncident()
{
    const qint64 id = createFull(*m_ws);
    StorageError error;
    const QByteArray json = *IncidentTransfer(m_ws->db).exportJson(id, &error);

    DemoWorkspace other;
    QVERIFY(other.open());
    QVERIFY(IncidentRepository(other.db).customItems(&error).isEmpty());
    const auto result = IncidentTransfer(other.db).importJson(json, IncidentTransfer::CodeConflict::Fail);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const QList<DataItem> items = IncidentRepository(other.db).customItems(&error);
    QCOMPARE(items.size(), 2);
    for (const DataItem& expected : test::fixtureCustomItems())
        QVERIFY2(items.contains(expected), qPrintable(expected.key)); // labels and all three flags
    const std::optional<Incident> imported = IncidentRepository(other.db).load(result.incidentId, &error);
    QVERIFY(imported->dataSets.at(0).itemKeys.contains(QStringLiteral("claim_photo")));
    QVERIFY(imported->dataSets.at(1).itemKeys.contains(QStringLiteral("union_membership")));
}

void TestIncidentTransfer::customItems_onlyThoseUsedAreExported()
{
    const qint64 id = createFull(*m_ws);
    IncidentRepository repo(m_ws->db);
    StorageError error;
    QVERIFY(repo.addCustomItem(DataItem{QStringLiteral("pet_name"), QStringLiteral("ペットの名前"),
                                        QStringLiteral("Pet's name"), false, false, false, true},
                               &error));
    const QJsonObject root =
        QJsonDocument::fromJson(*IncidentTransfer(m_ws->db).exportJson(id, &error)).object();
    QStringList keys;
    for (const QJsonValue& v : root.value(QStringLiteral("custom_items")).toArray())
        keys.append(v.toObject().value(QStringLiteral("key")).toString());
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("claim_photo"), QStringLiteral("union_membership")}));
}

void TestIncidentTransfer::customItems_conflictingDefinition_importsNothing()
{
    DemoWorkspace source;
    QVERIFY(source.open());
    const qint64 id = createFull(source);
    StorageError error;
    const QByteArray json = *IncidentTransfer(source.db).exportJson(id, &error);

    // This workspace already has "claim_photo", meaning something else.
    IncidentRepository repo(m_ws->db);
    QVERIFY(repo.addCustomItem(DataItem{QStringLiteral("claim_photo"), QStringLiteral("請求書の写し"),
                                        QStringLiteral("Copy of the claim form"), false, true, false, true},
                               &error));
    const QList<int> before = m_ws->footprint();
    const auto result = IncidentTransfer(m_ws->db).importJson(json, IncidentTransfer::CodeConflict::NewCode);
    QVERIFY(!result.ok());
    QCOMPARE(result.storage.kind, StorageError::Invalid);
    QVERIFY2(result.storage.message.contains(QStringLiteral("claim_photo")),
             qPrintable(result.storage.message));
    QCOMPARE(m_ws->footprint(), before); // not even the other, new custom item
}

void TestIncidentTransfer::customItems_identicalDefinition_isReused()
{
    const qint64 id = createFull(*m_ws);
    StorageError error;
    const QByteArray json = *IncidentTransfer(m_ws->db).exportJson(id, &error);
    const auto result = IncidentTransfer(m_ws->db).importJson(json, IncidentTransfer::CodeConflict::NewCode);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(IncidentRepository(m_ws->db).customItems(&error).size(), 2);
}

void TestIncidentTransfer::export_missingIncident_isNotFound()
{
    StorageError error;
    QVERIFY(!IncidentTransfer(m_ws->db).exportJson(4711, &error));
    QCOMPARE(error.kind, StorageError::NotFound);
}

void TestIncidentTransfer::demoIncident_parsesAndIsComplete()
{
    const QByteArray json = IncidentTransfer::demoIncidentJson();
    QVERIFY2(!json.isEmpty(), "resources/demo/demo-incident.json is missing from the resources");
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QStringList problems;
    const bool ok = IncidentJson::fromBytes(json, &data, &errors);
    for (const IncidentJsonError& e : errors)
        problems.append(e.text());
    QVERIFY2(ok, qPrintable(problems.join(QStringLiteral(" | "))));

    const Incident& demo = data.incident;
    QVERIFY(!demo.code.isEmpty());
    QVERIFY(!demo.titleJa.isEmpty());
    QVERIFY(!demo.titleEn.isEmpty());
    QVERIFY2(demo.dataSets.size() >= 4, qPrintable(QStringLiteral("%1 data sets").arg(demo.dataSets.size())));
    QVERIFY(!demo.timeline.isEmpty());
    QVERIFY(demo.knownAt.isValid());
    // Every section for all readers, then the sections written for one reader (the regulator's names the
    // clients; every consignor client's says 貴社; the summary for the people affected says what happened to
    // their information in plain words).
    QCOMPARE(demo.narratives.size(), NarrativeSectionCount + 3);
    QVERIFY(demo.narrative(NarrativeSection::Summary, QStringLiteral("individuals")));
    QVERIFY(demo.narrative(NarrativeSection::IndividualResponse, QStringLiteral("regulator")));
    QVERIFY(demo.narrative(NarrativeSection::IndividualResponse, QStringLiteral("consignors")));
    for (const Narrative& n : demo.narratives) {
        const QString key = narrativeSectionKey(n.section);
        QVERIFY2(!n.textJa.trimmed().isEmpty(), qPrintable(key + QStringLiteral(": no Japanese text")));
        QVERIFY2(!n.textEn.trimmed().isEmpty(), qPrintable(key + QStringLiteral(": no English text")));
    }
    for (const DataSet& ds : demo.dataSets)
        QVERIFY2(!ds.itemKeys.isEmpty(), qPrintable(ds.groupKey + QStringLiteral(": no data items")));
}

void TestIncidentTransfer::demoIncident_imports()
{
    const auto result = IncidentTransfer(m_ws->db).importJson(IncidentTransfer::demoIncidentJson(),
                                                              IncidentTransfer::CodeConflict::Fail);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    QVERIFY(IncidentJson::fromBytes(IncidentTransfer::demoIncidentJson(), &data, &errors));
    StorageError error;
    const std::optional<Incident> imported = IncidentRepository(m_ws->db).load(result.incidentId, &error);
    QVERIFY(imported);
    QCOMPARE(imported->code, data.incident.code);
    QCOMPARE(imported->dataSets.size(), data.incident.dataSets.size());
    QCOMPARE(imported->timeline.size(), data.incident.timeline.size());
    // What the file says, the workspace holds (timeline sorted by time on load).
    Incident expected = data.incident;
    std::stable_sort(expected.timeline.begin(), expected.timeline.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
    QVERIFY(test::withoutIds(*imported) == test::withoutIds(expected));
}

void TestIncidentTransfer::ensureDemoIncident_isIdempotent()
{
    IncidentTransfer transfer(m_ws->db);
    StorageError error;
    const std::optional<qint64> first = transfer.ensureDemoIncident(&error);
    QVERIFY2(first, qPrintable(error.text()));
    const QList<int> after = m_ws->footprint();
    const std::optional<qint64> second = transfer.ensureDemoIncident(&error);
    QVERIFY2(second, qPrintable(error.text()));
    QCOMPARE(*second, *first);
    QCOMPARE(m_ws->footprint(), after);
    QCOMPARE(IncidentRepository(m_ws->db).list(true, &error).size(), 1);

    // Also across restarts.
    const QString path = m_ws->db.path();
    m_ws->db.close();
    Database reopened;
    QVERIFY(reopened.open(path, &error));
    const std::optional<qint64> third = IncidentTransfer(reopened).ensureDemoIncident(&error);
    QVERIFY2(third, qPrintable(error.text()));
    QCOMPARE(*third, *first);
    QCOMPARE(IncidentRepository(reopened).list(true, &error).size(), 1);
}

void TestIncidentTransfer::ensureDemoIncident_withRecipientLists_fillsEveryGroup()
{
    StorageError error;
    const std::optional<qint64> id =
        IncidentTransfer(m_ws->db).ensureDemoIncident(&error, IncidentTransfer::DemoLists::WithRecipients);
    QVERIFY2(id, qPrintable(error.text()));
    // The shipped lists agree with the demo's data sets: 2 insurer clients, 91 employees, 60 candidates,
    // 6,400 business contacts, every row accepted through the normal import path.
    RecipientRepository recipients(m_ws->db);
    const QList<std::pair<QString, int>> expected = {{QStringLiteral("consignor_clients"), 2},
                                                     {QStringLiteral("employees"), 91},
                                                     {QStringLiteral("candidates"), 60},
                                                     {QStringLiteral("business_contacts"), 6400}};
    for (const auto& [key, count] : expected) {
        const auto group = recipients.groupByKey(*id, key, &error);
        QVERIFY2(group, qPrintable(key));
        QCOMPARE(recipients.count(group->id, QString(), true, &error), count);
    }
    // The characters of the lists survive (山﨑, 髙橋 are among the names).
    const auto employees = recipients.groupByKey(*id, QStringLiteral("employees"), &error);
    bool sawVariant = false;
    recipients.forEach(
        employees->id, true,
        [&](const Recipient& r) {
            sawVariant = sawVariant || r.name.contains(QChar(0x9AD9)) || r.name.contains(QChar(0xFA11));
            return true;
        },
        &error);
    QVERIFY(sawVariant);
}

QTEST_GUILESS_MAIN(TestIncidentTransfer)
#include "tst_incidenttransfer.moc"
