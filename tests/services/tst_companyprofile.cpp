// The company profile as data in the workspace: stored field by field with an audit entry each, refused whole
// when a field is wrong, undoable through the service, announced to the views, and the start of every new
// incident (with its dates unknown).
#include "auditrepository.h"
#include "companyprofilerepository.h"
#include "companyprofileservice.h"
#include "database.h"
#include "incidentservice.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace bd;

class TestCompanyProfile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void emptyUntilSaved();
    void savedFieldByFieldWithItsAuditEntries();
    void tooLongFieldRefusedAndNothingWritten();
    void serviceAnnouncesAndUndoes();
    void newIncidentStartsFromTheProfileWithDatesUnknown();

private:
    static CompanyProfile sample();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

CompanyProfile TestCompanyProfile::sample()
{
    CompanyProfile p;
    p.org.nameJa = QStringLiteral("株式会社東和損害調査");
    p.org.nameEn = QStringLiteral("Towa Loss Adjusters Co., Ltd.");
    p.org.desk.phone = QStringLiteral("0120-000-111");
    p.org.desk.phoneAbroad = QStringLiteral("+81-3-0000-1111");
    p.industryJa = QStringLiteral("損害保険調査業");
    p.reporterDepartmentJa = QStringLiteral("総務部");
    p.reporterNameJa = QStringLiteral("山田 花子");
    p.reporterPhone = QStringLiteral("03-0000-2222");
    p.pmarkHolder = true;
    p.pmarkBody = QStringLiteral("JIPDEC");
    p.letterDateStyle = QStringLiteral("wareki");
    return p;
}

void TestCompanyProfile::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("p%1.breachdesk").arg(++n)), &error),
             qPrintable(error.text()));
}

void TestCompanyProfile::cleanup()
{
    m_db.reset();
}

void TestCompanyProfile::emptyUntilSaved()
{
    StorageError error;
    const std::optional<CompanyProfile> p = CompanyProfileRepository(*m_db).load(&error);
    QVERIFY(p);
    QCOMPARE(*p, CompanyProfile());
}

void TestCompanyProfile::savedFieldByFieldWithItsAuditEntries()
{
    StorageError error;
    QVERIFY2(CompanyProfileRepository(*m_db).save(sample(), &error), qPrintable(error.text()));
    QCOMPARE(*CompanyProfileRepository(*m_db).load(&error), sample());
    // The workspace's own chain holds one entry per field that changed.
    const auto auditedFields = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral(
            "SELECT field FROM audit_log WHERE entity = 'company_profile' AND incident_id IS NULL"));
        QStringList fields;
        while (q.next())
            fields << q.value(0).toString();
        return fields;
    };
    const QStringList fields = auditedFields();
    QCOMPARE(fields.size(), 11);
    QVERIFY(fields.contains(QStringLiteral("reporter_phone")));
    // Saving the same again writes nothing.
    QVERIFY(CompanyProfileRepository(*m_db).save(sample(), &error));
    QCOMPARE(auditedFields().size(), 11);
}

void TestCompanyProfile::tooLongFieldRefusedAndNothingWritten()
{
    CompanyProfile p = sample();
    p.reporterPhone = QString(500, QLatin1Char('9'));
    StorageError error;
    QVERIFY(!CompanyProfileRepository(*m_db).save(p, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QVERIFY2(error.message.contains(QStringLiteral("direct line")), qPrintable(error.message));
    QCOMPARE(*CompanyProfileRepository(*m_db).load(&error), CompanyProfile());
}

void TestCompanyProfile::serviceAnnouncesAndUndoes()
{
    Workspace workspace(*m_db);
    QUndoStack history;
    workspace.setUndoStack(&history);
    QSignalSpy changed(&workspace, &Workspace::changed);
    StorageError error;
    QVERIFY(workspace.profile().setProfile(sample(), &error));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(1).value<Changes>() & Change::Profile);
    QCOMPARE(history.count(), 1);
    QSignalSpy failed(&workspace, &Workspace::failed);
    history.undo();
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<StorageError>().text()));
    QCOMPARE(*workspace.profile().profile(&error), CompanyProfile());
    history.redo();
    QCOMPARE(*workspace.profile().profile(&error), sample());
    QCOMPARE(changed.size(), 3);
}

void TestCompanyProfile::newIncidentStartsFromTheProfileWithDatesUnknown()
{
    Workspace workspace(*m_db);
    StorageError error;
    QVERIFY(workspace.profile().setProfile(sample(), &error));
    const std::optional<qint64> id =
        workspace.incidents().createEmpty(QStringLiteral("新規"), QStringLiteral("New"), &error);
    QVERIFY2(id, qPrintable(error.text()));
    const std::optional<Incident> incident = workspace.incidents().load(*id, &error);
    QVERIFY(incident);
    QCOMPARE(incident->org.nameJa, sample().org.nameJa);
    QCOMPARE(incident->org.desk.phone, sample().org.desk.phone);
    QVERIFY(incident->pmarkHolder);
    QCOMPARE(incident->pmarkBody, QStringLiteral("JIPDEC"));
    QVERIFY(!incident->knownAt.isValid());
    QVERIFY(!incident->occurredFrom.isValid());
    QVERIFY(!incident->containedOn.isValid());
}

QTEST_MAIN(TestCompanyProfile)
#include "tst_companyprofile.moc"
