// The incident's template copies in a workspace file: the built-in until changed, a copy once saved
// (audited), the built-in again after a reset, kept across reopening, removed with the incident.
#include "auditrepository.h"
#include "builtintemplates.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "templaterepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class TestTemplateRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void load_withoutCopy_givesBuiltin();
    void copyAndReset_roundTrip();
    void copy_survivesReopening();
    void builtinNewer_flagsOldCopies();
    void unknownKind_notFoundUntilSaved();
    void removingIncident_removesCopies();

private:
    TemplateKey letterJa() const
    {
        return {QString::fromLatin1(TemplateKind::LetterIndividual), QStringLiteral("employees"),
                QStringLiteral("ja")};
    }
    QList<AuditEntry> templateAudit();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_incident = 0;
};

void TestTemplateRepository::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ws-%1.breachdesk").arg(QDateTime::currentMSecsSinceEpoch()));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_incident = *id;
}

void TestTemplateRepository::cleanup()
{
    m_db.reset();
}

QList<AuditEntry> TestTemplateRepository::templateAudit()
{
    StorageError error;
    QList<AuditEntry> entries;
    for (const AuditEntry& e : AuditRepository(*m_db).forIncident(m_incident, &error))
        if (e.entity == QLatin1String("template_draft"))
            entries.append(e);
    return entries;
}

void TestTemplateRepository::load_withoutCopy_givesBuiltin()
{
    TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
    StorageError error;
    const auto draft = repo.load(m_incident, letterJa(), &error);
    QVERIFY2(draft, qPrintable(error.text()));
    QVERIFY(!draft->isCopy);
    QCOMPARE(draft->body, BuiltinTemplates::load(letterJa().kind, QStringLiteral("ja"))->body);
    QCOMPARE(draft->builtinVersion, 2); // the shipped letters, rewritten for their readers
    QVERIFY(!draft->builtinNewer());

    // Saving the built-in's own text makes no copy and no audit entry.
    QVERIFY(repo.save(m_incident, letterJa(), draft->body, &error));
    QVERIFY(repo.copies(m_incident, &error).isEmpty());
    QVERIFY(templateAudit().isEmpty());
}

void TestTemplateRepository::copyAndReset_roundTrip()
{
    TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
    StorageError error;
    const QString builtin = repo.load(m_incident, letterJa(), &error)->body;
    const QString edited = builtin + QStringLiteral("<p>追記：{{desk.name}}</p>");

    QVERIFY2(repo.save(m_incident, letterJa(), edited, &error), qPrintable(error.text()));
    auto draft = repo.load(m_incident, letterJa(), &error);
    QVERIFY(draft && draft->isCopy);
    QCOMPARE(draft->body, edited);
    QCOMPARE(draft->basedOnVersion, 2);
    QVERIFY(draft->updatedAt.isValid());
    const qint64 id = draft->id;
    QVERIFY(id > 0);

    // The English template and other groups are untouched.
    TemplateKey en = letterJa();
    en.lang = QStringLiteral("en");
    QVERIFY(!repo.load(m_incident, en, &error)->isCopy);
    TemplateKey candidates = letterJa();
    candidates.groupKey = QStringLiteral("candidates");
    QVERIFY(!repo.load(m_incident, candidates, &error)->isCopy);

    const QString again = edited + QStringLiteral("<p>2</p>");
    QVERIFY(repo.save(m_incident, letterJa(), again, &error));
    draft = repo.load(m_incident, letterJa(), &error);
    QCOMPARE(draft->id, id);
    QCOMPARE(draft->body, again);
    QCOMPARE(repo.copies(m_incident, &error).size(), 1);
    QVERIFY(repo.save(m_incident, letterJa(), again, &error)); // unchanged: no entry

    QVERIFY(repo.reset(m_incident, letterJa(), &error));
    draft = repo.load(m_incident, letterJa(), &error);
    QVERIFY(!draft->isCopy);
    QCOMPARE(draft->body, builtin);
    QVERIFY(repo.copies(m_incident, &error).isEmpty());
    QVERIFY(repo.reset(m_incident, letterJa(), &error)); // nothing to reset

    const QList<AuditEntry> audit = templateAudit();
    QCOMPARE(audit.size(), 3);
    for (const AuditEntry& e : audit) {
        QCOMPARE(e.field, QStringLiteral("letter-individual/employees/ja"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.incidentCode, QStringLiteral("INC-2024-003"));
        QCOMPARE(e.who, AuditRepository::currentUser());
    }
    QCOMPARE(audit.at(0).before, builtin);
    QCOMPARE(audit.at(0).after, edited);
    QCOMPARE(audit.at(1).before, edited);
    QCOMPARE(audit.at(1).after, again);
    QCOMPARE(audit.at(2).before, again);
    QCOMPARE(audit.at(2).after, builtin);
}

void TestTemplateRepository::copy_survivesReopening()
{
    StorageError error;
    {
        TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
        QVERIFY(repo.save(m_incident, letterJa(), QStringLiteral("<p>{{org.name}}</p>"), &error));
    }
    m_db.reset();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(m_db->schemaVersion() >= 4);
    TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
    const auto draft = repo.load(m_incident, letterJa(), &error);
    QVERIFY(draft && draft->isCopy);
    QCOMPARE(draft->body, QStringLiteral("<p>{{org.name}}</p>"));
}

void TestTemplateRepository::builtinNewer_flagsOldCopies()
{
    int version = 1;
    TemplateRepository repo(*m_db, [&version](const QString&, const QString&) {
        return std::optional<BuiltinTemplate>(BuiltinTemplate{QStringLiteral("<p>built-in</p>"), version});
    });
    StorageError error;
    QVERIFY(repo.save(m_incident, letterJa(), QStringLiteral("<p>mine</p>"), &error));
    QVERIFY(!repo.load(m_incident, letterJa(), &error)->builtinNewer());
    version = 2; // a later release ships a new text
    const auto draft = repo.load(m_incident, letterJa(), &error);
    QCOMPARE(draft->basedOnVersion, 1);
    QCOMPARE(draft->builtinVersion, 2);
    QVERIFY(draft->builtinNewer());
    QVERIFY(repo.copies(m_incident, &error).first().builtinNewer());
}

void TestTemplateRepository::unknownKind_notFoundUntilSaved()
{
    TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
    const TemplateKey key{QStringLiteral("press-release"), QString(), QStringLiteral("ja")};
    StorageError error;
    QVERIFY(!repo.load(m_incident, key, &error));
    QCOMPARE(error.kind, StorageError::NotFound);
    error = StorageError();
    QVERIFY2(repo.save(m_incident, key, QStringLiteral("<p>{{incident.title}}</p>"), &error),
             qPrintable(error.text()));
    const auto draft = repo.load(m_incident, key, &error);
    QVERIFY(draft && draft->isCopy);
    QCOMPARE(draft->basedOnVersion, 0);
    QCOMPARE(draft->builtinVersion, 0);
}

void TestTemplateRepository::removingIncident_removesCopies()
{
    TemplateRepository repo(*m_db, BuiltinTemplates::lookup());
    StorageError error;
    QVERIFY(repo.save(m_incident, letterJa(), QStringLiteral("<p>x</p>"), &error));
    QVERIFY2(IncidentRepository(*m_db).remove(m_incident, &error), qPrintable(error.text()));
    QVERIFY(repo.copies(m_incident, &error).isEmpty());
    QVERIFY(error.ok());
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
