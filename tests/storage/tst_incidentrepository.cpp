// Incidents in the workspace: create/load, list, codes, duplicate, delete, field edits with their audit
// entries, and the append-only audit trail.
#include "auditrepository.h"
#include "database.h"
#include "fields.h"
#include "incidentfixtures.h"
#include "incidentrepository.h"
#include "storagetestsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace bd;

namespace {

QString osUserName()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void create_thenLoad_givesTheSameIncident();
    void create_isVisibleToASecondConnection();
    void create_writesCreatedAuditEntry();
    void create_takenCode_refusedAndAddsNothing();
    void create_emptyCode_refused();

    void list_data();
    void list();
    void list_summaryCarriesTitlesStatusAndKnownAt();

    void nextCode_data();
    void nextCode();

    void duplicate_givesNewCodeSameFactsNewIds();
    void duplicate_toTakenCode_refused();

    void remove_cascadesToEverythingOfThatIncidentOnly();
    void remove_missingIncident_isNotFound();

    void setIncidentField_updatesAndAudits_data();
    void setIncidentField_updatesAndAudits();
    void setIncidentField_sameValue_writesNoAuditEntry();
    void setIncidentField_refused_data();
    void setIncidentField_refused();
    void setIncidentField_missingIncident_isNotFound();

    void setDataSetField_updatesAndAudits();
    void setDataSetField_refused_data();
    void setDataSetField_refused();
    void setDataSetItems_keepsOrderAndAudits();
    void setTimelineField_updatesAndAudits();
    void setNarrative_storesBothSidesAndAuditsEachChangedSide();

    void insertAndRemoveRows_keepGivenIdsAndCascade();

    void auditWho_isTheOsUser();
    void auditWho_isTheOsUserEvenWithoutUserVariable();
    void auditLog_rawUpdateAndDeleteFail();
    void auditLog_survivesDeletingItsIncident();

    void customItems_addListAndRefuseTakenKeys();

private:
    Incident createFull(const QString& code = QStringLiteral("INC-2024-042"));
    Incident load(qint64 id);
    QList<AuditEntry> audit(qint64 incidentId);
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentRepository> m_repo;
    QString m_path;
};

void TestIncidentRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    m_repo = std::make_unique<IncidentRepository>(*m_db);
    for (const DataItem& item : test::fixtureCustomItems())
        QVERIFY2(m_repo->addCustomItem(item, &error), qPrintable(error.text()));
}

void TestIncidentRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

Incident TestIncidentRepository::createFull(const QString& code)
{
    Incident incident = test::fullIncident(code);
    StorageError error;
    if (!m_repo->create(incident, &error))
        qWarning("create failed: %s", qPrintable(error.text()));
    return incident;
}

Incident TestIncidentRepository::load(qint64 id)
{
    StorageError error;
    const std::optional<Incident> incident = m_repo->load(id, &error);
    if (!incident)
        qWarning("load failed: %s", qPrintable(error.text()));
    return incident.value_or(Incident());
}

QList<AuditEntry> TestIncidentRepository::audit(qint64 incidentId)
{
    StorageError error;
    return AuditRepository(*m_db).forIncident(incidentId, &error);
}

int TestIncidentRepository::count(const QString& sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestIncidentRepository::create_thenLoad_givesTheSameIncident()
{
    const Incident created = createFull();
    QVERIFY(created.id > 0);
    QVERIFY(created.createdAt.isValid());
    QCOMPARE(created.updatedAt, created.createdAt);
    QSet<qint64> ids;
    for (const DataSet& ds : created.dataSets) {
        QVERIFY(ds.id > 0);
        ids.insert(ds.id);
    }
    QCOMPARE(ids.size(), created.dataSets.size());
    for (const TimelineEvent& e : created.timeline)
        QVERIFY(e.id > 0);

    const Incident loaded = load(created.id);
    QCOMPARE(loaded.code, created.code);
    QCOMPARE(loaded.dataSets.size(), created.dataSets.size());
    for (int i = 0; i < created.dataSets.size(); ++i)
        QCOMPARE(loaded.dataSets.at(i), created.dataSets.at(i));
    QCOMPARE(loaded.timeline.size(), created.timeline.size());
    for (int i = 0; i < created.timeline.size(); ++i)
        QCOMPARE(loaded.timeline.at(i), created.timeline.at(i));
    for (int i = 0; i < NarrativeSectionCount; ++i)
        QCOMPARE(loaded.narratives.at(i), created.narratives.at(i));
    QVERIFY(loaded == created);
    // Apart from what the database assigns, it is the fixture.
    QVERIFY(test::withoutIds(loaded) == test::fullIncident());
}

void TestIncidentRepository::create_isVisibleToASecondConnection()
{
    const Incident created = createFull();
    Database second;
    StorageError error;
    QVERIFY2(second.open(m_path, &error), qPrintable(error.text()));
    const std::optional<Incident> loaded = IncidentRepository(second).load(created.id, &error);
    QVERIFY2(loaded, qPrintable(error.text()));
    QVERIFY(*loaded == created);
}

void TestIncidentRepository::create_writesCreatedAuditEntry()
{
    const Incident created = createFull();
    const QList<AuditEntry> entries = audit(created.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().field, QStringLiteral("created"));
    QCOMPARE(entries.constFirst().entity, QStringLiteral("incident"));
    QCOMPARE(entries.constFirst().incidentCode, created.code);
    QCOMPARE(entries.constFirst().after, created.code);
    QVERIFY(entries.constFirst().at.isValid());
}

void TestIncidentRepository::create_takenCode_refusedAndAddsNothing()
{
    createFull();
    const int auditRows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const int dataSets = count(QStringLiteral("SELECT count(*) FROM data_set"));
    Incident again = test::fullIncident();
    StorageError error;
    QVERIFY(!m_repo->create(again, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QVERIFY2(error.message.contains(again.code), qPrintable(error.message));
    QCOMPARE(m_repo->list(true, &error).size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_set")), dataSets);
}

void TestIncidentRepository::create_emptyCode_refused()
{
    Incident incident = test::fullIncident(QStringLiteral("   "));
    StorageError error;
    QVERIFY(!m_repo->create(incident, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident")), 0);
}

void TestIncidentRepository::list_data()
{
    QTest::addColumn<bool>("includeArchived");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("open only") << false
                               << QStringList{QStringLiteral("INC-2023-010"), QStringLiteral("INC-2024-002")};
    QTest::newRow("with archived") << true
                                   << QStringList{QStringLiteral("INC-2023-010"),
                                                  QStringLiteral("INC-2024-001"),
                                                  QStringLiteral("INC-2024-002")};
}

void TestIncidentRepository::list()
{
    QFETCH(bool, includeArchived);
    QFETCH(QStringList, codes);
    StorageError error;
    for (const auto& [code, status] : {std::pair{"INC-2024-002", IncidentStatus::Open},
                                       std::pair{"INC-2024-001", IncidentStatus::Archived},
                                       std::pair{"INC-2023-010", IncidentStatus::Open}}) {
        Incident i;
        i.code = QString::fromLatin1(code);
        i.titleEn = QStringLiteral("Title of %1").arg(i.code);
        i.status = status;
        QVERIFY2(m_repo->create(i, &error), qPrintable(error.text()));
    }
    QStringList listed;
    for (const IncidentSummary& s : m_repo->list(includeArchived, &error))
        listed.append(s.code);
    QVERIFY(error.ok());
    QCOMPARE(listed, codes);
}

void TestIncidentRepository::list_summaryCarriesTitlesStatusAndKnownAt()
{
    const Incident created = createFull();
    StorageError error;
    const QList<IncidentSummary> list = m_repo->list(true, &error);
    QCOMPARE(list.size(), 1);
    const IncidentSummary& s = list.constFirst();
    QCOMPARE(s.id, created.id);
    QCOMPARE(s.code, created.code);
    QCOMPARE(s.titleJa, created.titleJa);
    QCOMPARE(s.titleEn, created.titleEn);
    QCOMPARE(s.status, IncidentStatus::Archived);
    QCOMPARE(s.knownAt, created.knownAt);
    QVERIFY(s.updatedAt.isValid());
}

void TestIncidentRepository::nextCode_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty workspace") << QStringList() << 2024 << QStringLiteral("INC-2024-001");
    QTest::newRow("after the highest, not the count")
        << QStringList{QStringLiteral("INC-2024-001"), QStringLiteral("INC-2024-007")} << 2024
        << QStringLiteral("INC-2024-008");
    QTest::newRow("other years do not count")
        << QStringList{QStringLiteral("INC-2023-041"), QStringLiteral("INC-2025-002")} << 2024
        << QStringLiteral("INC-2024-001");
    QTest::newRow("beyond three digits")
        << QStringList{QStringLiteral("INC-2024-999")} << 2024 << QStringLiteral("INC-2024-1000");
    QTest::newRow("hand-made codes are ignored")
        << QStringList{QStringLiteral("INC-2024-003"), QStringLiteral("Laptop theft")} << 2024
        << QStringLiteral("INC-2024-004");
}

void TestIncidentRepository::nextCode()
{
    QFETCH(QStringList, existing);
    QFETCH(int, year);
    QFETCH(QString, expected);
    StorageError error;
    for (const QString& code : existing) {
        Incident i;
        i.code = code;
        QVERIFY2(m_repo->create(i, &error), qPrintable(error.text()));
    }
    QCOMPARE(m_repo->nextCode(year, &error), expected);
    QVERIFY(error.ok());
}

void TestIncidentRepository::duplicate_givesNewCodeSameFactsNewIds()
{
    const Incident source = createFull();
    StorageError error;
    const std::optional<qint64> copyId = m_repo->duplicate(source.id, QStringLiteral("INC-2024-043"), &error);
    QVERIFY2(copyId, qPrintable(error.text()));
    QVERIFY(*copyId != source.id);

    const Incident copy = load(*copyId);
    QCOMPARE(copy.code, QStringLiteral("INC-2024-043"));
    QCOMPARE(copy.status, IncidentStatus::Open); // a copy starts as an open incident
    Incident expected = test::withoutIds(source);
    expected.code = copy.code;
    expected.status = IncidentStatus::Open;
    QVERIFY(test::withoutIds(copy) == expected);

    QSet<qint64> sourceRowIds;
    for (const DataSet& ds : source.dataSets)
        sourceRowIds.insert(ds.id);
    for (const DataSet& ds : copy.dataSets)
        QVERIFY2(!sourceRowIds.contains(ds.id), "the copy shares a data set row with its source");
    QSet<qint64> sourceEventIds;
    for (const TimelineEvent& e : source.timeline)
        sourceEventIds.insert(e.id);
    for (const TimelineEvent& e : copy.timeline)
        QVERIFY(!sourceEventIds.contains(e.id));

    QVERIFY(load(source.id) == source); // the source is untouched
    const QList<AuditEntry> entries = audit(*copyId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().field, QStringLiteral("duplicated"));

    // Editing the copy leaves the source alone.
    QVERIFY(m_repo->setDataSetItems(copy.dataSets.at(0).id, {QStringLiteral("name")}, &error));
    QCOMPARE(load(source.id).dataSets.at(0).itemKeys, source.dataSets.at(0).itemKeys);
}

void TestIncidentRepository::duplicate_toTakenCode_refused()
{
    const Incident source = createFull();
    StorageError error;
    QVERIFY(!m_repo->duplicate(source.id, source.code, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QCOMPARE(m_repo->list(true, &error).size(), 1);
    StorageError missing;
    QVERIFY(!m_repo->duplicate(source.id + 100, QStringLiteral("INC-2024-050"), &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);
}

void TestIncidentRepository::remove_cascadesToEverythingOfThatIncidentOnly()
{
    const Incident gone = createFull(QStringLiteral("INC-2024-001"));
    const Incident kept = createFull(QStringLiteral("INC-2024-002"));
    StorageError error;
    QVERIFY2(m_repo->remove(gone.id, &error), qPrintable(error.text()));

    const QString id = QString::number(gone.id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(id)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_set WHERE incident_id = %1").arg(id)), 0);
    QStringList goneSets;
    for (const DataSet& ds : gone.dataSets)
        goneSets.append(QString::number(ds.id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_set_item WHERE data_set_id IN (%1)")
                       .arg(goneSets.join(QLatin1Char(',')))),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM timeline_event WHERE incident_id = %1").arg(id)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM narrative WHERE incident_id = %1").arg(id)), 0);

    StorageError loadError;
    QVERIFY(!m_repo->load(gone.id, &loadError));
    QCOMPARE(loadError.kind, StorageError::NotFound);
    QVERIFY(load(kept.id) == kept);
    QCOMPARE(m_repo->list(true, &error).size(), 1);
    // Custom items belong to the workspace, not to the incident.
    QCOMPARE(m_repo->customItems(&error).size(), test::fixtureCustomItems().size());
}

void TestIncidentRepository::remove_missingIncident_isNotFound()
{
    StorageError error;
    QVERIFY(!m_repo->remove(4711, &error));
    QCOMPARE(error.kind, StorageError::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'deleted'")), 0);
}

void TestIncidentRepository::setIncidentField_updatesAndAudits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("after"); // as recorded in the audit trail

    QTest::newRow("text") << QStringLiteral("title_en")
                          << QVariant(QStringLiteral("Ransomware at the branch"))
                          << QStringLiteral("Ransomware at the branch");
    QTest::newRow("text emptied") << QStringLiteral("pmark_body") << QVariant(QString()) << QString();
    QTest::newRow("flag off") << QStringLiteral("malicious") << QVariant(false) << QStringLiteral("0");
    QTest::newRow("certainty") << QStringLiteral("leak_certainty") << QVariant(QStringLiteral("occurred"))
                               << QStringLiteral("occurred");
    QTest::newRow("certainty: no") << QStringLiteral("damage_certainty") << QVariant(QStringLiteral("no"))
                                   << QStringLiteral("no");
    QTest::newRow("date") << QStringLiteral("occurred_from") << QVariant(QDate(2024, 8, 1))
                          << QStringLiteral("2024-08-01");
    QTest::newRow("date cleared (unknown)")
        << QStringLiteral("occurred_to") << QVariant(QDate()) << QString();
    QTest::newRow("date-time keeps its offset")
        << QStringLiteral("known_at") << QVariant(test::tokyo(2024, 8, 29, 10, 5))
        << QStringLiteral("2024-08-29T10:05:00+09:00");
    QTest::newRow("enum") << QStringLiteral("cause") << QVariant(QStringLiteral("insider"))
                          << QStringLiteral("insider");
    QTest::newRow("enum: GDPR risk") << QStringLiteral("gdpr_risk") << QVariant(QStringLiteral("risk"))
                                     << QStringLiteral("risk");
    QTest::newRow("enum: status") << QStringLiteral("status") << QVariant(QStringLiteral("open"))
                                  << QStringLiteral("open");
    QTest::newRow("code") << QStringLiteral("code") << QVariant(QStringLiteral("INC-2024-099"))
                          << QStringLiteral("INC-2024-099");
}

void TestIncidentRepository::setIncidentField_updatesAndAudits()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, after);
    const Incident created = createFull();
    const IncidentFieldSpec* spec = incidentField(field);
    QVERIFY(spec);
    const QString before = fieldDisplay(spec->type, spec->get(created));
    const int entriesBefore = audit(created.id).size();

    StorageError error;
    QVERIFY2(m_repo->setIncidentField(created.id, field, value, &error), qPrintable(error.text()));
    const Incident loaded = load(created.id);
    QCOMPARE(fieldToStorage(spec->type, spec->get(loaded)), fieldToStorage(spec->type, value));
    QVERIFY(loaded.updatedAt >= created.updatedAt);

    // Only that field changed.
    Incident expected = created;
    spec->set(expected, value);
    expected.updatedAt = loaded.updatedAt;
    QVERIFY(loaded == expected);

    const QList<AuditEntry> entries = audit(created.id);
    QCOMPARE(entries.size(), entriesBefore + 1);
    const AuditEntry& e = entries.constLast();
    QCOMPARE(e.entity, QStringLiteral("incident"));
    QCOMPARE(e.entityId, created.id);
    QCOMPARE(e.field, field);
    QCOMPARE(e.before, before);
    QCOMPARE(e.after, after);
    QCOMPARE(e.who, AuditRepository::currentUser());
    QCOMPARE(e.incidentCode, loaded.code);
    QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTime())) < 60);
}

void TestIncidentRepository::setIncidentField_sameValue_writesNoAuditEntry()
{
    const Incident created = createFull();
    const int entries = audit(created.id).size();
    StorageError error;
    QVERIFY(m_repo->setIncidentField(created.id, QStringLiteral("title_en"), created.titleEn, &error));
    QVERIFY(m_repo->setIncidentField(created.id, QStringLiteral("leak_certainty"), QStringLiteral("possible"),
                                     &error));
    QCOMPARE(audit(created.id).size(), entries);
}

void TestIncidentRepository::setIncidentField_refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown field (typo)") << QStringLiteral("titel_en") << QVariant(QStringLiteral("x"));
    QTest::newRow("a column that is not an editable field")
        << QStringLiteral("created_at") << QVariant(QStringLiteral("2000-01-01"));
    QTest::newRow("the row id") << QStringLiteral("id") << QVariant(99);
    QTest::newRow("SQL in the field name")
        << QStringLiteral("title_en = 'x', code") << QVariant(QStringLiteral("y"));
    QTest::newRow("invalid enum: cause") << QStringLiteral("cause") << QVariant(QStringLiteral("hacking"));
    QTest::newRow("invalid enum: status") << QStringLiteral("status") << QVariant(QStringLiteral("deleted"));
    QTest::newRow("invalid enum: empty") << QStringLiteral("leak_certainty") << QVariant(QString());
    QTest::newRow("invalid certainty")
        << QStringLiteral("damage_certainty") << QVariant(QStringLiteral("yes"));
    QTest::newRow("a field that moved to the data sets") << QStringLiteral("encrypted") << QVariant(true);
    QTest::newRow("an old column, dropped") << QStringLiteral("kind_leak") << QVariant(true);
    QTest::newRow("empty code") << QStringLiteral("code") << QVariant(QStringLiteral("  "));
    QTest::newRow("invalid date") << QStringLiteral("occurred_from")
                                  << QVariant(QStringLiteral("2024-13-45"));
}

void TestIncidentRepository::setIncidentField_refused()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    const Incident created = createFull();
    const int entries = audit(created.id).size();
    StorageError error;
    QVERIFY2(!m_repo->setIncidentField(created.id, field, value, &error), "an invalid edit was accepted");
    QCOMPARE(error.kind, StorageError::Invalid);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(load(created.id) == created);
    QCOMPARE(audit(created.id).size(), entries);
}

void TestIncidentRepository::setIncidentField_missingIncident_isNotFound()
{
    StorageError error;
    QVERIFY(!m_repo->setIncidentField(4711, QStringLiteral("title_en"), QStringLiteral("x"), &error));
    QCOMPARE(error.kind, StorageError::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE incident_id = 4711")), 0);
}

void TestIncidentRepository::setDataSetField_updatesAndAudits()
{
    const Incident created = createFull();
    const DataSet& ds = created.dataSets.at(0);
    StorageError error;
    QVERIFY2(m_repo->setDataSetField(ds.id, QStringLiteral("people"), 1500, &error),
             qPrintable(error.text()));
    QCOMPARE(load(created.id).dataSets.at(0).people, std::optional<int>(1500));
    AuditEntry e = audit(created.id).constLast();
    QCOMPARE(e.entity, QStringLiteral("data_set"));
    QCOMPARE(e.entityId, ds.id);
    QCOMPARE(e.field, QStringLiteral("people"));
    QCOMPARE(e.before, QStringLiteral("1200"));
    QCOMPARE(e.after, QStringLiteral("1500"));

    // Unknown again.
    QVERIFY(m_repo->setDataSetField(ds.id, QStringLiteral("people"), QVariant(), &error));
    QVERIFY(!load(created.id).dataSets.at(0).people.has_value());
    e = audit(created.id).constLast();
    QCOMPARE(e.before, QStringLiteral("1500"));
    QCOMPARE(e.after, QString());

    QVERIFY(m_repo->setDataSetField(ds.id, QStringLiteral("holder"), QStringLiteral("own"), &error));
    QCOMPARE(load(created.id).dataSets.at(0).holder, Holder::Own);
    QVERIFY(
        m_repo->setDataSetField(ds.id, QStringLiteral("consignor_notified_on"), QDate(2024, 9, 2), &error));
    QCOMPARE(load(created.id).dataSets.at(0).consignorNotifiedOn, QDate(2024, 9, 2));
    // The other data sets are untouched.
    QCOMPARE(load(created.id).dataSets.at(1), created.dataSets.at(1));
}

void TestIncidentRepository::setDataSetField_refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("kind");
    QTest::newRow("unknown field") << QStringLiteral("peopel") << QVariant(3) << int(StorageError::Invalid);
    QTest::newRow("field of another entity")
        << QStringLiteral("title_en") << QVariant(QStringLiteral("x")) << int(StorageError::Invalid);
    QTest::newRow("invalid enum") << QStringLiteral("holder") << QVariant(QStringLiteral("partner"))
                                  << int(StorageError::Invalid);
    QTest::newRow("negative people") << QStringLiteral("people") << QVariant(-5)
                                     << int(StorageError::Invalid);
}

void TestIncidentRepository::setDataSetField_refused()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(int, kind);
    const Incident created = createFull();
    const int entries = audit(created.id).size();
    StorageError error;
    QVERIFY2(!m_repo->setDataSetField(created.dataSets.at(0).id, field, value, &error),
             "an invalid edit was accepted");
    QCOMPARE(int(error.kind), kind);
    QVERIFY(load(created.id) == created);
    QCOMPARE(audit(created.id).size(), entries);

    StorageError missing;
    QVERIFY(!m_repo->setDataSetField(99999, QStringLiteral("people"), 3, &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);
}

void TestIncidentRepository::setDataSetItems_keepsOrderAndAudits()
{
    const Incident created = createFull();
    const DataSet& ds = created.dataSets.at(0);
    const QStringList items{QStringLiteral("phone"), QStringLiteral("claim_photo"), QStringLiteral("name")};
    StorageError error;
    QVERIFY2(m_repo->setDataSetItems(ds.id, items, &error), qPrintable(error.text()));
    QCOMPARE(load(created.id).dataSets.at(0).itemKeys, items);
    const AuditEntry e = audit(created.id).constLast();
    QCOMPARE(e.entity, QStringLiteral("data_set"));
    QCOMPARE(e.entityId, ds.id);
    QCOMPARE(e.field, QStringLiteral("items"));
    QCOMPARE(e.before, ds.itemKeys.join(QLatin1Char(',')));
    QCOMPARE(e.after, items.join(QLatin1Char(',')));

    const int entries = audit(created.id).size();
    QVERIFY(m_repo->setDataSetItems(ds.id, items, &error)); // unchanged: no entry
    QCOMPARE(audit(created.id).size(), entries);
    QVERIFY(m_repo->setDataSetItems(ds.id, {}, &error));
    QVERIFY(load(created.id).dataSets.at(0).itemKeys.isEmpty());

    StorageError missing;
    QVERIFY(!m_repo->setDataSetItems(99999, items, &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);
}

void TestIncidentRepository::setTimelineField_updatesAndAudits()
{
    const Incident created = createFull();
    const TimelineEvent& ev = created.timeline.at(1);
    StorageError error;
    QVERIFY2(m_repo->setTimelineField(ev.id, QStringLiteral("text_en"),
                                      QStringLiteral("Ransom note found on NAS"), &error),
             qPrintable(error.text()));
    AuditEntry e = audit(created.id).constLast();
    QCOMPARE(e.entity, QStringLiteral("timeline_event"));
    QCOMPARE(e.entityId, ev.id);
    QCOMPARE(e.field, QStringLiteral("text_en"));
    QCOMPARE(e.before, ev.textEn);
    QCOMPARE(e.after, QStringLiteral("Ransom note found on NAS"));

    // Moving an event before the first one re-sorts the timeline on load.
    QVERIFY(m_repo->setTimelineField(ev.id, QStringLiteral("at"), test::tokyo(2024, 8, 20, 8, 0), &error));
    const Incident loaded = load(created.id);
    QCOMPARE(loaded.timeline.constFirst().id, ev.id);
    QCOMPARE(loaded.timeline.constFirst().at, test::tokyo(2024, 8, 20, 8, 0));
    e = audit(created.id).constLast();
    QCOMPARE(e.field, QStringLiteral("at"));
    QCOMPARE(e.before, QStringLiteral("2024-08-29T09:30:00+09:00"));
    QCOMPARE(e.after, QStringLiteral("2024-08-20T08:00:00+09:00"));

    StorageError refused;
    QVERIFY(!m_repo->setTimelineField(ev.id, QStringLiteral("people"), 3, &refused));
    QCOMPARE(refused.kind, StorageError::Invalid);
    StorageError missing;
    QVERIFY(!m_repo->setTimelineField(99999, QStringLiteral("text_en"), QStringLiteral("x"), &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);
}

void TestIncidentRepository::setNarrative_storesBothSidesAndAuditsEachChangedSide()
{
    const Incident created = createFull();
    const Narrative before = *created.narrative(NarrativeSection::Summary);
    const Narrative after = before.edited(Lang::Ja, QStringLiteral("概要を書き直した"));
    const int entries = audit(created.id).size();
    StorageError error;
    QVERIFY2(m_repo->setNarrative(created.id, after, &error), qPrintable(error.text()));
    const Incident reloaded = load(created.id); // keep it alive: narrative() points into it
    const Narrative* stored = reloaded.narrative(NarrativeSection::Summary);
    QVERIFY(stored);
    QCOMPARE(*stored, after); // texts, bases and the last-edit state
    QVERIFY(stored->needsUpdate(Lang::En));

    const QList<AuditEntry> list = audit(created.id);
    QCOMPARE(list.size(), entries + 1); // only the ja side changed
    QCOMPARE(list.constLast().entity, QStringLiteral("narrative"));
    QCOMPARE(list.constLast().field, QStringLiteral("summary.ja"));
    QCOMPARE(list.constLast().before, before.textJa);
    QCOMPARE(list.constLast().after, after.textJa);

    // Confirming changes no text: stored, but nothing for the trail.
    QVERIFY(m_repo->setNarrative(created.id, after.confirmed(Lang::En), &error));
    QVERIFY(!load(created.id).narrative(NarrativeSection::Summary)->needsUpdate(Lang::En));
    QCOMPARE(audit(created.id).size(), entries + 1);

    StorageError missing;
    QVERIFY(!m_repo->setNarrative(4711, after, &missing));
    QVERIFY(!missing.ok());
}

void TestIncidentRepository::insertAndRemoveRows_keepGivenIdsAndCascade()
{
    const Incident created = createFull();
    StorageError error;
    DataSet ds = created.dataSets.at(2);
    QVERIFY(m_repo->removeDataSet(ds.id, &error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_set_item WHERE data_set_id = %1").arg(ds.id)),
             0);
    QCOMPARE(load(created.id).dataSets.size(), 2);
    QVERIFY2(m_repo->insertDataSet(created.id, ds, &error), qPrintable(error.text())); // same id back
    QCOMPARE(ds.id, created.dataSets.at(2).id);
    QCOMPARE(load(created.id).dataSets.at(2), created.dataSets.at(2));

    DataSet fresh;
    fresh.groupKey = QString::fromLatin1(GroupKey::Candidates);
    fresh.position = 3;
    QVERIFY(m_repo->insertDataSet(created.id, fresh, &error));
    QVERIFY(fresh.id > 0);

    TimelineEvent ev = created.timeline.at(0);
    QVERIFY(m_repo->removeTimelineEvent(ev.id, &error));
    QVERIFY(m_repo->insertTimelineEvent(created.id, ev, &error));
    QCOMPARE(ev.id, created.timeline.at(0).id);
    QCOMPARE(load(created.id).timeline.at(0), created.timeline.at(0));

    StorageError missing;
    QVERIFY(!m_repo->removeDataSet(99999, &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);
    QVERIFY(!m_repo->removeTimelineEvent(99999, &missing));
    QCOMPARE(missing.kind, StorageError::NotFound);

    QStringList fields;
    for (const AuditEntry& e : audit(created.id))
        fields.append(e.entity + QLatin1Char('.') + e.field);
    QVERIFY2(fields.count(QStringLiteral("data_set.deleted")) == 1 &&
                 fields.count(QStringLiteral("data_set.created")) == 2 &&
                 fields.count(QStringLiteral("timeline_event.deleted")) == 1 &&
                 fields.count(QStringLiteral("timeline_event.created")) == 1,
             qPrintable(fields.join(QLatin1Char(' '))));
}

void TestIncidentRepository::auditWho_isTheOsUser()
{
    const QString user = osUserName();
    QVERIFY(!user.isEmpty());
    const Incident created = createFull();
    StorageError error;
    QVERIFY(m_repo->setIncidentField(created.id, QStringLiteral("title_en"), QStringLiteral("x"), &error));
    for (const AuditEntry& e : audit(created.id))
        QCOMPARE(e.who, user);
}

void TestIncidentRepository::auditWho_isTheOsUserEvenWithoutUserVariable()
{
    // Services, containers and `env -i` start programs without USER; the trail must still name the person.
    const QByteArray savedUser = qgetenv("USER");
    const QByteArray savedUserName = qgetenv("USERNAME");
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    const bool hadUserName = qEnvironmentVariableIsSet("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const QString who = AuditRepository::currentUser();
    if (hadUser)
        qputenv("USER", savedUser);
    if (hadUserName)
        qputenv("USERNAME", savedUserName);
    QCOMPARE(who, osUserName());
}

void TestIncidentRepository::auditLog_rawUpdateAndDeleteFail()
{
    const Incident created = createFull();
    StorageError error;
    QVERIFY(m_repo->setIncidentField(created.id, QStringLiteral("title_en"), QStringLiteral("x"), &error));
    const QList<AuditEntry> before = audit(created.id);
    QVERIFY(before.size() >= 2);

    for (const QString& sql :
         {QStringLiteral("UPDATE audit_log SET who = 'mallory'"),
          QStringLiteral("UPDATE audit_log SET after_value = '' WHERE field = 'title_en'"),
          QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("DELETE FROM audit_log WHERE field = 'created'")}) {
        QSqlQuery q(m_db->connection());
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(q.lastError().text()));
        // Another program on the same file is refused too.
        test::RawConnection raw(m_path);
        QVERIFY2(!raw.exec(sql), qPrintable(sql));
    }
    const QList<AuditEntry> after = audit(created.id);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).who, before.at(i).who);
        QCOMPARE(after.at(i).after, before.at(i).after);
    }
}

void TestIncidentRepository::auditLog_survivesDeletingItsIncident()
{
    const Incident created = createFull();
    StorageError error;
    QVERIFY(
        m_repo->setIncidentField(created.id, QStringLiteral("title_en"), QStringLiteral("Edited"), &error));
    QVERIFY(m_repo->remove(created.id, &error));
    const QList<AuditEntry> entries = audit(created.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).field, QStringLiteral("created"));
    QCOMPARE(entries.at(1).field, QStringLiteral("title_en"));
    QCOMPARE(entries.at(1).after, QStringLiteral("Edited"));
    QCOMPARE(entries.at(2).field, QStringLiteral("deleted"));
    QCOMPARE(entries.at(2).before, created.code);
    for (const AuditEntry& e : entries)
        QCOMPARE(e.incidentCode, created.code); // still says which incident it was
}

void TestIncidentRepository::customItems_addListAndRefuseTakenKeys()
{
    StorageError error;
    QList<DataItem> items = m_repo->customItems(&error);
    QCOMPARE(items.size(), 2);
    for (const DataItem& expected : test::fixtureCustomItems())
        QVERIFY2(items.contains(expected), qPrintable(expected.key));

    StorageError builtin;
    QVERIFY(!m_repo->addCustomItem(DataItem{QStringLiteral("name"), QStringLiteral("名前"),
                                            QStringLiteral("Name"), false, false, false, true},
                                   &builtin));
    QCOMPARE(builtin.kind, StorageError::Invalid);
    StorageError taken;
    QVERIFY(!m_repo->addCustomItem(test::fixtureCustomItems().constFirst(), &taken));
    QCOMPARE(taken.kind, StorageError::Invalid);
    StorageError empty;
    QVERIFY(!m_repo->addCustomItem(DataItem{}, &empty));
    QCOMPARE(empty.kind, StorageError::Invalid);
    QCOMPARE(m_repo->customItems(&error).size(), 2);
    QCOMPARE(m_repo->allItems(&error).size(), builtinDataItems().size() + 2);
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
