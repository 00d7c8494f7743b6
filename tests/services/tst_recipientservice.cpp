// The recipient service on a real workspace file: every write is in the database at once (read back through
// a second connection), audited without values and announced; a cell edit, include/exclude, a delete, a
// group's settings and a whole import are each one undo step whose undo and redo write through the same
// audited path; without an undo history (the command line) the writes stand alone.
#include "database.h"
#include "incidenttransfer.h"
#include "recipientimport.h"
#include "recipientservice.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace bd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bd::StorageError)

class TestRecipientService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setField_editUndoRedo_writesAuditsAndAnnounces();
    void unchangedValue_pushesNothing();
    void setExcluded_undoRestoresOnlyTheRowsItChanged();
    void remove_undoPutsBackSameIdsValuesAndMarks();
    void updateGroup_undoRestoresSettingsNotTheMapping();
    void notADuplicate_undoMarksThemAgain();
    void import_isOneStep_undoRemovesExactlyItsRows_redoPutsThemBack();
    void redoAfterAnotherProgramTookTheIds_failsWritesNothingAndLeavesTheHistory();
    void withoutAnUndoHistory_writesStandAlone();
    void importSession_plansWithProgressAndStop_commitsAsOneStep_remembersTheMapping();

private:
    // Inserts `n` people (name "Person i", e-mail, address) through the service as one import.
    QList<Recipient> importPeople(int n, const QString& file, int firstNumber = 0);
    Recipient stored(qint64 id) const; // through the second connection
    int storedCount() const;
    QStringList auditFieldsSince(qint64 auditId) const;
    qint64 lastAuditId() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;    // the workspace's connection
    std::unique_ptr<Database> m_other; // a second one, to see what is really stored
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack m_undo;
    qint64 m_incidentId = 0;
    RecipientGroup m_group;
};

void TestRecipientService::initTestCase()
{
    qRegisterMetaType<bd::StorageError>();
}

void TestRecipientService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"workspace.breachdesk"_s);
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(path, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_incidentId = *id;
    m_other = std::make_unique<Database>();
    QVERIFY2(m_other->open(path, &error), qPrintable(error.text()));
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_undo.clear();
    m_workspace->setUndoStack(&m_undo);
    m_group = RecipientGroup();
    m_group.incidentId = m_incidentId;
    m_group.key = u"press"_s;
    m_group.labelEn = u"Press contacts"_s;
    QVERIFY2(m_workspace->recipients().addGroup(m_group, &error), qPrintable(error.text()));
    QCOMPARE(m_undo.count(), 0); // adding a group is not an undo step
}

void TestRecipientService::cleanup()
{
    m_undo.clear();
    m_workspace.reset();
    m_other.reset();
    m_db.reset();
    m_dir.reset();
}

QList<Recipient> TestRecipientService::importPeople(int n, const QString& file, int firstNumber)
{
    QList<Recipient> rows;
    for (int i = 0; i < n; ++i) {
        Recipient r;
        r.name = u"Person %1"_s.arg(firstNumber + i);
        r.email = u"p%1@example.jp"_s.arg(firstNumber + i);
        r.address = u"東京都千代田区%1"_s.arg(firstNumber + i);
        r.sourceFile = file;
        r.sourceRow = i + 2;
        rows.append(r);
    }
    ImportCommit commit;
    commit.sourceLabel = file;
    commit.mappingJson = u"{\"name\":\"0\"}"_s;
    StorageError error;
    ImportCommitOutcome outcome;
    if (!m_workspace->recipients().commitImport(m_group.id, rows, commit, &outcome, &error))
        qWarning("import failed: %s", qPrintable(error.text()));
    return rows;
}

Recipient TestRecipientService::stored(qint64 id) const
{
    StorageError error;
    return RecipientRepository(*m_other).recipient(id, &error).value_or(Recipient());
}

int TestRecipientService::storedCount() const
{
    StorageError error;
    return RecipientRepository(*m_other).count(m_group.id, QString(), true, &error);
}

qint64 TestRecipientService::lastAuditId() const
{
    QSqlQuery q(m_other->connection());
    return q.exec(u"SELECT coalesce(max(id), 0) FROM audit_log"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

// The fields of the audit entries after `auditId`, each with its value ("field=after"); the entries of the
// group only.
QStringList TestRecipientService::auditFieldsSince(qint64 auditId) const
{
    QSqlQuery q(m_other->connection());
    q.prepare(u"SELECT field, coalesce(after_value, '') FROM audit_log WHERE id > ? AND entity = "
              u"'recipient_group' AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(auditId);
    q.addBindValue(m_group.id);
    QStringList fields;
    if (q.exec())
        while (q.next())
            fields.append(q.value(0).toString() + u'=' + q.value(1).toString());
    return fields;
}

void TestRecipientService::setField_editUndoRedo_writesAuditsAndAnnounces()
{
    const QList<Recipient> rows = importPeople(3, u"staff.csv"_s);
    QCOMPARE(rows.size(), 3);
    m_undo.clear();
    const qint64 id = rows.at(1).id;
    const qint64 audit = lastAuditId();
    QSignalSpy changed(m_workspace.get(), &Workspace::changed);
    StorageError error;
    QVERIFY2(m_workspace->recipients().setField(id, u"email"_s, u"new@example.jp"_s, &error),
             qPrintable(error.text()));
    QCOMPARE(stored(id).email, u"new@example.jp"_s);
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), u"Edit a recipient"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_incidentId);
    QVERIFY(changed.at(0).at(1).value<Changes>().testFlag(Change::Recipients));

    m_undo.undo();
    QCOMPARE(stored(id).email, u"p1@example.jp"_s);
    QCOMPARE(changed.count(), 2);
    m_undo.redo();
    QCOMPARE(stored(id).email, u"new@example.jp"_s);
    QCOMPARE(changed.count(), 3);
    // A custom field too.
    QVERIFY(m_workspace->recipients().setField(id, u"custom:社員番号"_s, u"E-7"_s, &error));
    m_undo.undo();
    QVERIFY(!stored(id).custom.contains(u"社員番号"_s) || stored(id).custom.value(u"社員番号"_s).isEmpty());
    m_undo.redo();
    QCOMPARE(stored(id).custom.value(u"社員番号"_s), u"E-7"_s);

    // Each write, undo and redo is in the trail, naming the field and never a value.
    const QString field = u"recipient %1: email="_s.arg(id);
    const QString custom = u"recipient %1: custom:社員番号="_s.arg(id);
    QCOMPARE(auditFieldsSince(audit), QStringList({field, field, field, custom, custom, custom}));
    QCOMPARE(stored(rows.at(0).id).email, u"p0@example.jp"_s); // the others untouched
}

void TestRecipientService::unchangedValue_pushesNothing()
{
    const QList<Recipient> rows = importPeople(1, u"one.csv"_s);
    m_undo.clear();
    const qint64 audit = lastAuditId();
    StorageError error;
    QVERIFY(m_workspace->recipients().setField(rows.at(0).id, u"name"_s, u"Person 0"_s, &error));
    QVERIFY(m_workspace->recipients().setExcluded({rows.at(0).id}, false, &error));
    RecipientGroup same = m_group;
    QVERIFY(m_workspace->recipients().updateGroup(same, &error));
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(lastAuditId(), audit);
}

void TestRecipientService::setExcluded_undoRestoresOnlyTheRowsItChanged()
{
    const QList<Recipient> rows = importPeople(3, u"staff.csv"_s);
    StorageError error;
    QVERIFY(m_workspace->recipients().setExcluded({rows.at(0).id}, true, &error));
    m_undo.clear();
    QVERIFY(m_workspace->recipients().setExcluded({rows.at(0).id, rows.at(1).id}, true, &error));
    QVERIFY2(m_undo.undoText().startsWith(u"Exclude 1 recipient"_s), qPrintable(m_undo.undoText()));
    QVERIFY(stored(rows.at(1).id).excluded);
    m_undo.undo();
    QVERIFY(stored(rows.at(0).id).excluded); // it was excluded before: it stays
    QVERIFY(!stored(rows.at(1).id).excluded);
    m_undo.redo();
    QVERIFY(stored(rows.at(1).id).excluded);
    QCOMPARE(RecipientRepository(*m_other).count(m_group.id, QString(), false, &error), 1);
}

void TestRecipientService::remove_undoPutsBackSameIdsValuesAndMarks()
{
    QList<Recipient> rows = importPeople(4, u"staff.csv"_s);
    // Row 3 is marked as a possible duplicate of row 1, which is deleted and put back.
    {
        QSqlQuery q(m_other->connection());
        QVERIFY(q.exec(u"UPDATE recipient SET duplicate_reason = 'email', possible_duplicate_of = %1 WHERE "
                       u"id = %2"_s.arg(rows.at(1).id)
                           .arg(rows.at(3).id)));
    }
    StorageError error;
    QVERIFY(m_workspace->recipients().setField(rows.at(1).id, u"custom:メモ"_s, u"keep"_s, &error));
    m_undo.clear();
    const qint64 audit = lastAuditId();
    QVERIFY(m_workspace->recipients().remove({rows.at(1).id, rows.at(2).id}, &error));
    QCOMPARE(storedCount(), 2);
    QCOMPARE(stored(rows.at(3).id).possibleDuplicateOf, 0); // ON DELETE SET NULL
    QCOMPARE(m_undo.count(), 1);

    m_undo.undo();
    QCOMPARE(storedCount(), 4);
    const Recipient back = stored(rows.at(1).id);
    QCOMPARE(back.id, rows.at(1).id);
    QCOMPARE(back.name, u"Person 1"_s);
    QCOMPARE(back.address, u"東京都千代田区1"_s);
    QCOMPARE(back.sourceFile, u"staff.csv"_s);
    QCOMPARE(back.sourceRow, 3);
    QCOMPARE(back.custom.value(u"メモ"_s), u"keep"_s);
    QCOMPARE(stored(rows.at(3).id).possibleDuplicateOf, rows.at(1).id); // the mark points to it again
    QCOMPARE(stored(rows.at(2).id).email, u"p2@example.jp"_s);

    m_undo.redo();
    QCOMPARE(storedCount(), 2);
    QCOMPARE(stored(rows.at(2).id).id, 0);
    m_undo.undo();
    QCOMPARE(storedCount(), 4);
    QCOMPARE(auditFieldsSince(audit),
             QStringList({u"deleted=2"_s, u"restored=2"_s, u"deleted=2"_s, u"restored=2"_s}));
}

void TestRecipientService::notADuplicate_undoMarksThemAgain()
{
    const QList<Recipient> rows = importPeople(3, u"staff.csv"_s);
    {
        QSqlQuery q(m_other->connection());
        QVERIFY(q.exec(u"UPDATE recipient SET duplicate_reason = 'name-address', possible_duplicate_of = %1 "
                       u"WHERE id = %2"_s.arg(rows.at(0).id)
                           .arg(rows.at(2).id)));
    }
    const DuplicateKind kind = *stored(rows.at(2).id).possibleDuplicate;
    m_undo.clear();
    const qint64 audit = lastAuditId();
    StorageError error;
    QVERIFY(m_workspace->recipients().clearPossibleDuplicate({rows.at(1).id, rows.at(2).id}, &error));
    QVERIFY(!stored(rows.at(2).id).possibleDuplicate);
    QCOMPARE(m_undo.count(), 1);
    m_undo.undo();
    QCOMPARE(stored(rows.at(2).id).possibleDuplicate, std::optional<DuplicateKind>(kind));
    QCOMPARE(stored(rows.at(2).id).possibleDuplicateOf, rows.at(0).id);
    QVERIFY(!stored(rows.at(1).id).possibleDuplicate); // it was never marked
    m_undo.redo();
    QVERIFY(!stored(rows.at(2).id).possibleDuplicate);
    QCOMPARE(auditFieldsSince(audit), QStringList({u"not a duplicate=1"_s, u"possible duplicates marked=1"_s,
                                                   u"not a duplicate=1"_s}));
    // Nothing marked: nothing written, no step.
    QVERIFY(m_workspace->recipients().clearPossibleDuplicate({rows.at(1).id}, &error));
    QCOMPARE(m_undo.count(), 1);
}

void TestRecipientService::updateGroup_undoRestoresSettingsNotTheMapping()
{
    StorageError error;
    RecipientGroup g = m_group;
    g.channel = u"email"_s;
    g.labelJa = u"報道関係者"_s;
    g.columnMapping = u"ignored"_s; // not a setting: the service keeps the stored mapping
    QVERIFY(m_workspace->recipients().updateGroup(g, &error));
    QCOMPARE(m_undo.count(), 1);
    importPeople(1, u"later.csv"_s); // remembers a mapping meanwhile
    const QString mapping = RecipientRepository(*m_other).group(m_group.id, &error)->columnMapping;
    QCOMPARE(mapping, u"{\"name\":\"0\"}"_s);
    m_undo.undo(); // the import
    m_undo.undo(); // the settings
    auto back = RecipientRepository(*m_other).group(m_group.id, &error);
    QVERIFY(back);
    QCOMPARE(back->channel, u"post"_s);
    QCOMPARE(back->labelJa, QString());
    QCOMPARE(back->labelEn, u"Press contacts"_s);
    QCOMPARE(back->columnMapping, mapping);
    m_undo.redo();
    QCOMPARE(RecipientRepository(*m_other).group(m_group.id, &error)->channel, u"email"_s);
    QCOMPARE(RecipientRepository(*m_other).group(m_group.id, &error)->labelJa, u"報道関係者"_s);
}

void TestRecipientService::import_isOneStep_undoRemovesExactlyItsRows_redoPutsThemBack()
{
    const QList<Recipient> before = importPeople(2, u"first.csv"_s);
    m_undo.clear();
    const qint64 audit = lastAuditId();
    const QList<Recipient> imported = importPeople(50, u"second.csv"_s, 100);
    QCOMPARE(imported.size(), 50);
    QCOMPARE(storedCount(), 52);
    QCOMPARE(m_undo.count(), 1);
    QVERIFY2(m_undo.undoText().contains(u"second.csv"_s), qPrintable(m_undo.undoText()));

    m_undo.undo();
    QCOMPARE(storedCount(), 2);
    QCOMPARE(stored(before.at(0).id).name, u"Person 0"_s);
    QCOMPARE(stored(before.at(1).id).name, u"Person 1"_s);
    m_undo.redo();
    QCOMPARE(storedCount(), 52);
    for (const Recipient& r : imported) {
        const Recipient back = stored(r.id);
        QCOMPARE(back.name, r.name);
        QCOMPARE(back.sourceFile, u"second.csv"_s);
        QCOMPARE(back.sourceRow, r.sourceRow);
    }
    const QStringList trail = auditFieldsSince(audit);
    QCOMPARE(trail.size(), 3);
    QVERIFY2(trail.at(0).startsWith(u"imported=50 recipient"_s) && trail.at(0).endsWith(u"second.csv"_s),
             qPrintable(trail.at(0)));
    QCOMPARE(trail.mid(1), QStringList({u"deleted=50"_s, u"restored=50"_s}));
}

void TestRecipientService::redoAfterAnotherProgramTookTheIds_failsWritesNothingAndLeavesTheHistory()
{
    importPeople(2, u"first.csv"_s);
    m_undo.clear();
    const QList<Recipient> imported = importPeople(3, u"second.csv"_s, 10);
    m_undo.undo();
    QCOMPARE(storedCount(), 2);
    // Another program imports meanwhile and gets the same ids (the next free ones).
    QList<Recipient> theirs(3);
    for (int i = 0; i < 3; ++i)
        theirs[i].name = u"Theirs %1"_s.arg(i);
    StorageError error;
    QVERIFY(RecipientRepository(*m_other).insertMany(m_group.id, theirs, u"other.csv"_s, &error));
    QCOMPARE(theirs.at(0).id, imported.at(0).id);
    QSignalSpy failed(&m_workspace->recipients(), &RecipientService::undoFailed);
    QVERIFY(m_undo.canRedo());
    m_undo.redo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).value<StorageError>().message.contains(u"another program"_s),
             qPrintable(failed.at(0).at(0).value<StorageError>().message));
    QCOMPARE(storedCount(), 5);
    QCOMPARE(stored(imported.at(0).id).name, u"Theirs 0"_s);
    QCOMPARE(m_undo.count(), 0); // the step left the history
}

void TestRecipientService::withoutAnUndoHistory_writesStandAlone()
{
    m_workspace->setUndoStack(nullptr);
    const QList<Recipient> rows = importPeople(2, u"cli.csv"_s);
    StorageError error;
    QVERIFY(m_workspace->recipients().setField(rows.at(0).id, u"name"_s, u"Renamed"_s, &error));
    QVERIFY(m_workspace->recipients().remove({rows.at(1).id}, &error));
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(stored(rows.at(0).id).name, u"Renamed"_s);
    QCOMPARE(storedCount(), 1);
}

void TestRecipientService::importSession_plansWithProgressAndStop_commitsAsOneStep_remembersTheMapping()
{
    // A list with a blank first line, a header the guess maps, and 200 people; one repeats another.
    QByteArray csv = "\n氏名,メールアドレス,住所,備考\n";
    for (int i = 0; i < 200; ++i)
        csv += u"社員 %1,s%1@example.jp,東京都港区%1,memo\n"_s.arg(i).toUtf8();
    csv += "社員 7,s7@example.jp,東京都港区7,memo\n";
    const QString path = m_dir->filePath(u"staff.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();

    StorageError error;
    // Stopped by its progress callback: the plan covers only the rows read so far.
    RecipientImport stopped;
    QVERIFY2(stopped.open(path), qPrintable(stopped.errorString()));
    const ImportPlan part =
        stopped.plan(RecipientImport::initialMapping(stopped.header().cells, QString()),
                     m_workspace->recipients().importOptions(m_group, u"staff.csv"_s, &error),
                     [](int rows, double) { return rows < 64; });
    QVERIFY(stopped.stopped());
    QCOMPARE(part.counts.records, 64);

    RecipientImport session;
    QVERIFY2(session.open(path), qPrintable(session.errorString()));
    QCOMPARE(session.header().cells.value(0), u"氏名"_s);
    QCOMPARE(session.readPreview(5).size(), 5);
    ColumnMapping mapping = RecipientImport::initialMapping(session.header().cells, QString());
    QCOMPARE(mapping.field(0), u"name"_s);
    mapping.setField(3, QString()); // the memo column is left out
    const ImportOptions options = m_workspace->recipients().importOptions(m_group, u"staff.csv"_s, &error);
    int calls = 0;
    ImportPlan plan = session.plan(mapping, options, [&calls](int, double fraction) {
        ++calls;
        return fraction >= 0 && fraction <= 1;
    });
    QVERIFY(!session.stopped());
    QVERIFY(calls >= 3);
    QCOMPARE(plan.counts.records, 201); // the preview's rows are planned too
    QCOMPARE(plan.counts.accepted, 200);
    QCOMPARE(plan.counts.duplicates, 1);
    m_undo.clear();
    ImportCommitOutcome outcome;
    QVERIFY2(m_workspace->recipients().commitImport(
                 m_group.id, plan.accepted,
                 RecipientImport::commitFor(plan, u"staff.csv"_s, options.groupVersion), &outcome, &error),
             qPrintable(error.text()));
    QCOMPARE(outcome.inserted, 200);
    QCOMPARE(storedCount(), 200);
    QCOMPARE(m_undo.count(), 1);
    QVERIFY(stored(plan.accepted.at(0).id).custom.isEmpty());

    // The group remembers the mapping: the next session of the same file starts from it.
    const QString remembered = RecipientRepository(*m_other).group(m_group.id, &error)->columnMapping;
    RecipientImport again;
    QVERIFY(again.open(path));
    QCOMPARE(RecipientImport::initialMapping(again.header().cells, remembered).field(3), QString());
    QCOMPARE(RecipientImport::initialMapping(again.header().cells, QString()).field(3), u"custom:備考"_s);

    m_undo.undo();
    QCOMPARE(storedCount(), 0);

    // A file without rows says so.
    QFile empty(m_dir->filePath(u"empty.csv"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    RecipientImport none;
    QVERIFY(!none.open(empty.fileName()));
    QVERIFY(none.hasNoRows());
}

QTEST_MAIN(TestRecipientService)
#include "tst_recipientservice.moc"
