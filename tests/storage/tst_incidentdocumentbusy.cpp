// The open incident while another connection holds the workspace's write lock (as a long import from a
// terminal does): every kind of edit is kept in memory and queued, nothing is lost and the window is not
// blocked for the workspace's whole busy timeout; once the lock is gone the edits are written in order, each
// its own audited transaction and undo step, and rows added meanwhile get their real ids. Also what happens
// when another connection changes the incident meanwhile (its changes are shown, the waiting edits stay on
// top, the undo history is dropped) and when a waiting edit can never be written.
#include "database.h"
#include "incidentdocument.h"
#include "incidentfixtures.h"
#include "incidentrepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(bd::StorageError)

namespace {

Incident facts(Incident i)
{
    i.updatedAt = QDateTime();
    return i;
}

} // namespace

class TestIncidentDocumentBusy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaults_retryForAtLeastTenMinutesWithoutFreezing();
    void everyKindOfEdit_keptWhileLocked_writtenInOrderOnceFree_undoRight();
    void typingWhileLocked_staysOneEditOfTheLastText();
    void retries_runOnTheTimer_andReportTheWindowOnce();
    void undoWaitsWhileEditsWait();
    void editThatCanNeverBeWritten_isReportedWithItsText_othersWritten();
    void discard_showsWhatIsStored();
    void changedElsewhere_showsTheirChangesUnderTheWaitingEdits_andDropsUndo();
    void changedElsewhere_unrelatedWrites_keepTheUndoHistory();
    void deletedElsewhere_isReported();

private:
    Incident stored() const;
    bool lock();
    void unlock();
    QStringList auditFields(int last) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;    // the document's connection
    std::unique_ptr<Database> m_other; // another program's connection on the same file
    std::unique_ptr<IncidentDocument> m_doc;
    qint64 m_id = 0;
    bool m_locked = false;
};

void TestIncidentDocumentBusy::initTestCase()
{
    qRegisterMetaType<bd::NarrativeSection>();
    qRegisterMetaType<bd::StorageError>();
}

void TestIncidentDocumentBusy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    IncidentRepository repo(*m_db);
    for (const DataItem& item : test::fixtureCustomItems())
        QVERIFY(repo.addCustomItem(item, &error));
    Incident incident = test::fullIncident();
    QVERIFY2(repo.create(incident, &error), qPrintable(error.text()));
    m_id = incident.id;
    m_other = std::make_unique<Database>();
    QVERIFY2(m_other->open(m_path, &error), qPrintable(error.text()));
    m_doc = std::make_unique<IncidentDocument>(*m_db);
    QVERIFY2(m_doc->load(m_id, &error), qPrintable(error.text()));
}

void TestIncidentDocumentBusy::cleanup()
{
    unlock();
    m_doc.reset();
    m_other.reset();
    m_db.reset();
    m_dir.reset();
}

Incident TestIncidentDocumentBusy::stored() const
{
    StorageError error;
    return IncidentRepository(*m_other).load(m_id, &error).value_or(Incident());
}

bool TestIncidentDocumentBusy::lock()
{
    m_locked = QSqlQuery(m_other->connection()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_locked;
}

void TestIncidentDocumentBusy::unlock()
{
    if (m_locked)
        QSqlQuery(m_other->connection()).exec(QStringLiteral("ROLLBACK"));
    m_locked = false;
}

// The fields of the newest `last` audit entries of the incident, oldest first.
QStringList TestIncidentDocumentBusy::auditFields(int last) const
{
    QSqlQuery q(m_other->connection());
    q.prepare(QStringLiteral("SELECT entity || ':' || field FROM audit_log WHERE incident_id = ? ORDER BY id "
                             "DESC LIMIT ?"));
    q.addBindValue(m_id);
    q.addBindValue(last);
    QStringList fields;
    if (q.exec())
        while (q.next())
            fields.prepend(q.value(0).toString());
    return fields;
}

void TestIncidentDocumentBusy::defaults_retryForAtLeastTenMinutesWithoutFreezing()
{
    QVERIFY(IncidentDocument::DefaultRetryWindow >= 10min);
    QCOMPARE(m_doc->retryWindow(), IncidentDocument::DefaultRetryWindow);
    QVERIFY(m_doc->retryInterval() <= 1s);
    // Each try waits a fraction of a second at most, never the workspace's whole busy timeout.
    QVERIFY(IncidentDocument::WriteBusyTimeoutMs <= 500);
    QVERIFY(IncidentDocument::RetryBusyTimeoutMs <= IncidentDocument::WriteBusyTimeoutMs);

    QVERIFY(lock());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Typed while busy")));
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_doc->hasPendingEdits());
}

void TestIncidentDocumentBusy::everyKindOfEdit_keptWhileLocked_writtenInOrderOnceFree_undoRight()
{
    const Incident original = m_doc->incident();
    const qint64 employees = original.dataSets.at(2).id;
    const qint64 ransomNote = original.timeline.at(1).id;
    const qint64 suspicious = original.timeline.at(0).id;

    QVERIFY(lock());
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QSignalSpy pending(m_doc.get(), &IncidentDocument::pendingChanged);
    QSignalSpy fieldChanged(m_doc.get(), &IncidentDocument::incidentFieldChanged);

    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_phone"), QStringLiteral("03-0000-1111")));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::En, QStringLiteral("Typed while busy")));
    QVERIFY(m_doc->setDataSetField(employees, QStringLiteral("people"), 40));
    qint64 newSet = 0;
    DataSet ds;
    ds.groupKey = QStringLiteral("candidates");
    ds.itemKeys = {QStringLiteral("name")};
    QVERIFY(m_doc->addDataSet(ds, &newSet));
    QVERIFY(newSet < 0); // provisional until written
    QVERIFY(m_doc->setDataSetItems(newSet, {QStringLiteral("name"), QStringLiteral("email")}));
    qint64 newEvent = 0;
    TimelineEvent e;
    e.at = QDateTime(QDate(2024, 8, 31), QTime(10, 0));
    QVERIFY(m_doc->addTimelineEvent(e, &newEvent));
    QVERIFY(m_doc->setTimelineField(newEvent, QStringLiteral("text_en"), QStringLiteral("Notified the PPC")));
    QVERIFY(
        m_doc->setTimelineField(ransomNote, QStringLiteral("text_en"), QStringLiteral("Ransom note read")));
    QVERIFY(m_doc->removeTimelineEvent(suspicious));

    // Nothing refused, nothing written, everything shown.
    QCOMPARE(failed.count(), 0);
    QVERIFY(fieldChanged.count() >= 1);
    QCOMPARE(m_doc->pendingEditCount(), 9);
    QVERIFY(pending.count() >= 1);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->incident().org.desk.phone, QStringLiteral("03-0000-1111"));
    QCOMPARE(m_doc->incident().narrative(NarrativeSection::Summary)->textEn,
             QStringLiteral("Typed while busy"));
    QCOMPARE(*m_doc->dataSet(employees)->people, 40);
    QCOMPARE(m_doc->dataSet(newSet)->itemKeys.size(), 2);
    QCOMPARE(m_doc->timelineEvent(newEvent)->textEn, QStringLiteral("Notified the PPC"));
    QVERIFY(!m_doc->timelineEvent(suspicious));
    QCOMPARE(facts(stored()), facts(original));
    QVERIFY(m_doc->pendingEditsText().contains(QStringLiteral("Typed while busy")));
    QVERIFY(m_doc->pendingEditsText().contains(QStringLiteral("03-0000-1111")));

    QVERIFY(!m_doc->retryNow()); // still locked
    QCOMPARE(m_doc->pendingEditCount(), 9);

    unlock();
    QSignalSpy saved(m_doc.get(), &IncidentDocument::saved);
    QVERIFY(m_doc->retryNow());
    QVERIFY(!m_doc->hasPendingEdits());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);

    // In the database, in the order they were made, each its own audit entry; the new rows have real ids.
    QCOMPARE(facts(stored()), facts(m_doc->incident()));
    QVERIFY(m_doc->incident().dataSets.constLast().id > 0);
    for (const TimelineEvent& event : m_doc->incident().timeline)
        QVERIFY(event.id > 0);
    QCOMPARE(auditFields(9),
             (QStringList{QStringLiteral("incident:desk_phone"), QStringLiteral("narrative:summary.en"),
                          QStringLiteral("data_set:people"), QStringLiteral("data_set:created"),
                          QStringLiteral("data_set:items"), QStringLiteral("timeline_event:created"),
                          QStringLiteral("timeline_event:text_en"), QStringLiteral("timeline_event:text_en"),
                          QStringLiteral("timeline_event:deleted")}));

    // Each is its own undo step; undoing them all puts the stored incident back.
    QCOMPARE(m_doc->undoStack()->count(), 9);
    QVERIFY(m_doc->canUndo());
    while (m_doc->undoStack()->canUndo())
        QVERIFY(m_doc->undo());
    QCOMPARE(failed.count(), 0);
    const Incident back = facts(stored());
    QCOMPARE(back.dataSets, original.dataSets);
    QCOMPARE(back.timeline, original.timeline);
    QCOMPARE(back.narratives, original.narratives);
    QCOMPARE(back, facts(original));
    QCOMPARE(facts(m_doc->incident()), back);
    // …and redoing them all brings them back, with the same ids.
    while (m_doc->undoStack()->canRedo())
        QVERIFY(m_doc->redo());
    QCOMPARE(facts(stored()), facts(m_doc->incident()));
    QCOMPARE(stored().org.desk.phone, QStringLiteral("03-0000-1111"));
}

void TestIncidentDocumentBusy::typingWhileLocked_staysOneEditOfTheLastText()
{
    QVERIFY(lock());
    for (const QString& text : {QStringLiteral("T"), QStringLiteral("Ty"), QStringLiteral("Typed")})
        QVERIFY(m_doc->setNarrativeText(NarrativeSection::Cause, Lang::En, text));
    QCOMPARE(m_doc->pendingEditCount(), 1);
    unlock();
    QVERIFY(m_doc->retryNow());
    QCOMPARE(stored().narrative(NarrativeSection::Cause)->textEn, QStringLiteral("Typed"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undo());
    QCOMPARE(stored().narrative(NarrativeSection::Cause)->textEn,
             test::fullIncident().narrative(NarrativeSection::Cause)->textEn);
}

void TestIncidentDocumentBusy::retries_runOnTheTimer_andReportTheWindowOnce()
{
    m_doc->setRetryInterval(50ms);
    m_doc->setRetryWindow(300ms);
    QSignalSpy window(m_doc.get(), &IncidentDocument::retryWindowElapsed);
    QSignalSpy saved(m_doc.get(), &IncidentDocument::saved);
    QVERIFY(lock());
    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_email"), QStringLiteral("busy@example.jp")));
    QVERIFY(window.wait(3000));
    QTest::qWait(300);
    QCOMPARE(window.count(), 1); // once per wait
    QVERIFY(m_doc->hasPendingEdits());
    QCOMPARE(m_doc->incident().org.desk.email, QStringLiteral("busy@example.jp")); // still kept
    unlock();
    QTRY_VERIFY_WITH_TIMEOUT(!m_doc->hasPendingEdits(), 3000); // the timer went on trying
    QCOMPARE(stored().org.desk.email, QStringLiteral("busy@example.jp"));
    QCOMPARE(saved.count(), 1);
}

void TestIncidentDocumentBusy::undoWaitsWhileEditsWait()
{
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Saved")));
    QVERIFY(m_doc->canUndo());
    QVERIFY(lock());
    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_phone"), QStringLiteral("000")));
    QVERIFY(!m_doc->canUndo());
    QVERIFY(!m_doc->undo()); // would take back the title before the phone was written
    QCOMPARE(m_doc->incident().titleEn, QStringLiteral("Saved"));
    unlock();
    QVERIFY(m_doc->undo()); // writes the phone first, then takes it back
    QCOMPARE(stored().org.desk.phone, test::fullIncident().org.desk.phone);
    QCOMPARE(stored().titleEn, QStringLiteral("Saved"));
}

void TestIncidentDocumentBusy::editThatCanNeverBeWritten_isReportedWithItsText_othersWritten()
{
    const qint64 custom = m_doc->incident().dataSets.at(1).id;
    QVERIFY(lock());
    QVERIFY(m_doc->setDataSetField(custom, QStringLiteral("consignor_name"), QStringLiteral("Lost client")));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_phone"), QStringLiteral("03-2222-3333")));
    // The other program deletes the data set before it lets go.
    QVERIFY(QSqlQuery(m_other->connection())
                .exec(QStringLiteral("DELETE FROM data_set WHERE id = %1").arg(custom)));
    QVERIFY(QSqlQuery(m_other->connection()).exec(QStringLiteral("COMMIT")));
    m_locked = false;

    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QVERIFY(m_doc->retryNow());
    QCOMPARE(failed.count(), 1);
    const StorageError error = failed.at(0).at(0).value<StorageError>();
    QCOMPARE(error.kind, StorageError::NotFound);
    QVERIFY2(error.detail.contains(QStringLiteral("Lost client")), qPrintable(error.detail));
    QCOMPARE(stored().org.desk.phone, QStringLiteral("03-2222-3333"));
    QVERIFY(!m_doc->dataSet(custom));
    QCOMPARE(m_doc->incident().org.desk.phone, QStringLiteral("03-2222-3333"));
}

void TestIncidentDocumentBusy::discard_showsWhatIsStored()
{
    QVERIFY(lock());
    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_phone"), QStringLiteral("999")));
    QSignalSpy changed(m_doc.get(), &IncidentDocument::incidentFieldChanged);
    m_doc->discardPendingEdits();
    QVERIFY(!m_doc->hasPendingEdits());
    QCOMPARE(m_doc->incident().org.desk.phone, test::fullIncident().org.desk.phone);
    QVERIFY(changed.contains(QVariantList{QStringLiteral("desk_phone")}));
    unlock();
    QVERIFY(m_doc->retryNow());
    QCOMPARE(stored().org.desk.phone, test::fullIncident().org.desk.phone);
}

void TestIncidentDocumentBusy::changedElsewhere_showsTheirChangesUnderTheWaitingEdits_andDropsUndo()
{
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Mine, saved")));
    QVERIFY(m_doc->canUndo());
    QVERIFY(lock());
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::Ja, QStringLiteral("私の文")));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("desk_phone"), QStringLiteral("03-4444-5555")));
    unlock();

    // Another program writes the same narrative's other side and two fields, one of them the waiting one.
    IncidentRepository theirs(*m_other);
    StorageError error;
    Narrative summary = *stored().narrative(NarrativeSection::Summary);
    QVERIFY(theirs.setNarrative(m_id, summary.edited(Lang::En, QStringLiteral("Their text")), &error));
    QVERIFY(theirs.setIncidentField(m_id, QStringLiteral("desk_email"), QStringLiteral("their@example.jp"),
                                    &error));
    QVERIFY(
        theirs.setIncidentField(m_id, QStringLiteral("desk_phone"), QStringLiteral("their phone"), &error));

    QSignalSpy changed(m_doc.get(), &IncidentDocument::incidentFieldChanged);
    m_doc->refreshFromStorage();
    QVERIFY(changed.contains(QVariantList{QStringLiteral("desk_email")}));
    const Incident& shown = m_doc->incident();
    QCOMPARE(shown.org.desk.email, QStringLiteral("their@example.jp")); // theirs
    QCOMPARE(shown.org.desk.phone, QStringLiteral("03-4444-5555"));     // mine, waiting, on top
    QCOMPARE(shown.narrative(NarrativeSection::Summary)->textEn, QStringLiteral("Their text"));
    QCOMPARE(shown.narrative(NarrativeSection::Summary)->textJa, QStringLiteral("私の文"));
    QCOMPARE(m_doc->undoStack()->count(), 0); // the history no longer matches what is stored

    QVERIFY(m_doc->retryNow());
    const Incident after = stored();
    QCOMPARE(after.org.desk.email, QStringLiteral("their@example.jp"));
    QCOMPARE(after.org.desk.phone, QStringLiteral("03-4444-5555"));
    QCOMPARE(after.narrative(NarrativeSection::Summary)->textEn, QStringLiteral("Their text"));
    QCOMPARE(after.narrative(NarrativeSection::Summary)->textJa, QStringLiteral("私の文"));
    QCOMPARE(facts(after), facts(m_doc->incident()));
    // The waiting edits, written after the reload, are undoable and undo to what the other program left.
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(m_doc->undo());
    QCOMPARE(stored().org.desk.phone, QStringLiteral("their phone"));
    QVERIFY(m_doc->undo());
    QCOMPARE(stored().narrative(NarrativeSection::Summary)->textEn, QStringLiteral("Their text"));
    QCOMPARE(stored().narrative(NarrativeSection::Summary)->textJa, summary.textJa);
}

void TestIncidentDocumentBusy::changedElsewhere_unrelatedWrites_keepTheUndoHistory()
{
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Mine")));
    // Another incident changes, and a custom data item is added: not this incident's records.
    Incident other = test::fullIncident(QStringLiteral("INC-2024-099"));
    StorageError error;
    QVERIFY(IncidentRepository(*m_other).create(other, &error));
    QSignalSpy changed(m_doc.get(), &IncidentDocument::incidentFieldChanged);
    m_doc->refreshFromStorage();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Its own writes never look like another program's.
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Mine again")));
    m_doc->refreshFromStorage();
    QCOMPARE(m_doc->undoStack()->count(), 1); // (merged typing)
    QVERIFY(m_doc->canUndo());
}

void TestIncidentDocumentBusy::deletedElsewhere_isReported()
{
    QSignalSpy removed(m_doc.get(), &IncidentDocument::removedElsewhere);
    StorageError error;
    QVERIFY(IncidentRepository(*m_other).remove(m_id, &error));
    m_doc->refreshFromStorage();
    QCOMPARE(removed.count(), 1);
}

QTEST_MAIN(TestIncidentDocumentBusy)
#include "tst_incidentdocumentbusy.moc"
