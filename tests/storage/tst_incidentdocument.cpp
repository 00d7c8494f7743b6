// The open incident: every edit is in the database at once (checked through a second connection on the same
// file), undo/redo write through too, typing merges into one undo step, signals fire, failures push nothing.
#include "database.h"
#include "incidentdocument.h"
#include "incidentfixtures.h"
#include "incidentrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::StorageError)

namespace {

// The facts without updated_at, which the database moves on every write but the document does not mirror.
Incident facts(Incident i)
{
    i.updatedAt = QDateTime();
    return i;
}

} // namespace

class TestIncidentDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void load_mirrorsTheDatabaseWithEmptyHistory();

    void incidentField_savedAtOnceAndUndoable_data();
    void incidentField_savedAtOnceAndUndoable();
    void dataSetField_savedAtOnceAndUndoable_data();
    void dataSetField_savedAtOnceAndUndoable();
    void dataSetItems_savedAtOnceAndUndoable();
    void addDataSet_savedAtOnce_undoRemoves_redoRestoresSameId();
    void removeDataSet_undoRestoresSameIdAndItems();
    void timeline_addEditRemove_savedAtOnceAndUndoable();
    void narrativeText_savedAtOnce_marksOtherSide_undoRestores();
    void confirmNarrative_savedAtOnceAndUndoable();

    void consecutiveTextEdits_mergeIntoOneUndoStep_data();
    void consecutiveTextEdits_mergeIntoOneUndoStep();
    void editsOfDifferentFieldsOrNonText_doNotMerge();
    void unchangedValue_pushesNoUndoStep();

    void signals_fireForEachKindOfEdit();

    void incidentDeletedBehindItsBack_editEmitsStorageFailedAndPushesNothing();
    void dataSetDeletedBehindItsBack_editEmitsStorageFailedAndPushesNothing();
    void lockedWorkspace_editIsKeptAndWrittenOnceTheLockIsGone();
    void lockedWorkspace_failedUndoLeavesTheStepUndoable();
    void overTheLimit_editIsRefusedNamingTheField();

private:
    Incident stored() const;
    bool inStep() const { return facts(m_doc->incident()) == facts(stored()); }
    int auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;    // the document's connection
    std::unique_ptr<Database> m_other; // a second connection on the same file, to see what is really stored
    std::unique_ptr<IncidentDocument> m_doc;
    qint64 m_id = 0;
};

void TestIncidentDocument::initTestCase()
{
    qRegisterMetaType<bd::NarrativeSection>();
    qRegisterMetaType<bd::StorageError>();
}

void TestIncidentDocument::init()
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

void TestIncidentDocument::cleanup()
{
    m_doc.reset();
    m_other.reset();
    m_db.reset();
    m_dir.reset();
}

Incident TestIncidentDocument::stored() const
{
    StorageError error;
    const std::optional<Incident> incident = IncidentRepository(*m_other).load(m_id, &error);
    if (!incident)
        qWarning("load through the second connection failed: %s", qPrintable(error.text()));
    return incident.value_or(Incident());
}

int TestIncidentDocument::auditCount() const
{
    QSqlQuery q(m_other->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt() : -1;
}

void TestIncidentDocument::load_mirrorsTheDatabaseWithEmptyHistory()
{
    QVERIFY(m_doc->isLoaded());
    QCOMPARE(m_doc->incidentId(), m_id);
    QVERIFY(inStep());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->dataSet(m_doc->incident().dataSets.at(1).id));
    QVERIFY(!m_doc->dataSet(99999));

    StorageError error;
    QVERIFY(!m_doc->load(99999, &error));
    QCOMPARE(error.kind, StorageError::NotFound);
    QCOMPARE(m_doc->incidentId(), m_id); // the open incident stays open

    m_doc->clear();
    QVERIFY(!m_doc->isLoaded());
}

void TestIncidentDocument::incidentField_savedAtOnceAndUndoable_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QStringLiteral("title_en")
                          << QVariant(QStringLiteral("Ransomware at the Osaka branch"));
    QTest::newRow("flag") << QStringLiteral("malicious") << QVariant(false);
    QTest::newRow("certainty") << QStringLiteral("leak_certainty") << QVariant(QStringLiteral("occurred"));
    QTest::newRow("date") << QStringLiteral("occurred_from") << QVariant(QDate(2024, 8, 20));
    QTest::newRow("date cleared") << QStringLiteral("contained_on") << QVariant(QDate());
    QTest::newRow("date-time") << QStringLiteral("known_at") << QVariant(test::tokyo(2024, 8, 29, 11, 45));
    QTest::newRow("enum") << QStringLiteral("cause") << QVariant(QStringLiteral("misdelivery"));
    QTest::newRow("code") << QStringLiteral("code") << QVariant(QStringLiteral("INC-2024-099"));
}

void TestIncidentDocument::incidentField_savedAtOnceAndUndoable()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const IncidentFieldSpec* spec = incidentField(key);
    QVERIFY(spec);
    const QVariant original = spec->get(m_doc->incident());
    const auto storedValue = [&] { return fieldToStorage(spec->type, spec->get(stored())); };

    QVERIFY(m_doc->setIncidentField(key, value));
    QCOMPARE(storedValue(), fieldToStorage(spec->type, value));
    QCOMPARE(fieldToStorage(spec->type, spec->get(m_doc->incident())), fieldToStorage(spec->type, value));
    QVERIFY(inStep());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(storedValue(), fieldToStorage(spec->type, original));
    QVERIFY(inStep());

    m_doc->undoStack()->redo();
    QCOMPARE(storedValue(), fieldToStorage(spec->type, value));
    QVERIFY(inStep());
}

void TestIncidentDocument::dataSetField_savedAtOnceAndUndoable_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("people") << QStringLiteral("people") << QVariant(1350);
    QTest::newRow("people unknown") << QStringLiteral("people") << QVariant();
    QTest::newRow("consignor name") << QStringLiteral("consignor_name")
                                    << QVariant(QStringLiteral("あおば生命"));
    QTest::newRow("holder") << QStringLiteral("holder") << QVariant(QStringLiteral("own"));
    QTest::newRow("notified on") << QStringLiteral("consignor_notified_on") << QVariant(QDate(2024, 9, 3));
    QTest::newRow("estimate flag") << QStringLiteral("people_estimate") << QVariant(false);
}

void TestIncidentDocument::dataSetField_savedAtOnceAndUndoable()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const DataSetFieldSpec* spec = dataSetField(key);
    QVERIFY(spec);
    const qint64 dsId = m_doc->incident().dataSets.at(0).id;
    const QVariant original = spec->get(*m_doc->dataSet(dsId));
    const auto storedValue = [&] { return fieldToStorage(spec->type, spec->get(stored().dataSets.at(0))); };

    QVERIFY(m_doc->setDataSetField(dsId, key, value));
    QCOMPARE(storedValue(), fieldToStorage(spec->type, value));
    QVERIFY(inStep());
    m_doc->undoStack()->undo();
    QCOMPARE(storedValue(), fieldToStorage(spec->type, original));
    QVERIFY(inStep());
    m_doc->undoStack()->redo();
    QCOMPARE(storedValue(), fieldToStorage(spec->type, value));
    QVERIFY(inStep());
}

void TestIncidentDocument::dataSetItems_savedAtOnceAndUndoable()
{
    const DataSet ds = m_doc->incident().dataSets.at(2);
    const QStringList items{QStringLiteral("name"), QStringLiteral("bank_account"),
                            QStringLiteral("my_number")};
    QVERIFY(m_doc->setDataSetItems(ds.id, items));
    QCOMPARE(stored().dataSets.at(2).itemKeys, items);
    QVERIFY(inStep());
    m_doc->undoStack()->undo();
    QCOMPARE(stored().dataSets.at(2).itemKeys, ds.itemKeys);
    QVERIFY(inStep());
    m_doc->undoStack()->redo();
    QCOMPARE(stored().dataSets.at(2).itemKeys, items);
    QVERIFY(inStep());
}

void TestIncidentDocument::addDataSet_savedAtOnce_undoRemoves_redoRestoresSameId()
{
    DataSet fresh;
    fresh.groupKey = QString::fromLatin1(GroupKey::Candidates);
    fresh.people = 12;
    fresh.itemKeys = {QStringLiteral("name"), QStringLiteral("career_history")};
    qint64 newId = 0;
    QVERIFY(m_doc->addDataSet(fresh, &newId));
    QVERIFY(newId > 0);
    Incident s = stored();
    QCOMPARE(s.dataSets.size(), 4);
    QCOMPARE(s.dataSets.constLast().id, newId);
    QCOMPARE(s.dataSets.constLast().itemKeys, fresh.itemKeys);
    QVERIFY(s.dataSets.constLast().position > s.dataSets.at(2).position); // appended at the end
    QVERIFY(inStep());

    m_doc->undoStack()->undo();
    QCOMPARE(stored().dataSets.size(), 3);
    QVERIFY(!m_doc->dataSet(newId));
    QVERIFY(inStep());

    m_doc->undoStack()->redo();
    s = stored();
    QCOMPARE(s.dataSets.size(), 4);
    QCOMPARE(s.dataSets.constLast().id, newId); // the same row, so later undo steps still find it
    QCOMPARE(s.dataSets.constLast().itemKeys, fresh.itemKeys);
    QVERIFY(inStep());

    // An edit made after the redo can itself be undone.
    QVERIFY(m_doc->setDataSetField(newId, QStringLiteral("people"), 15));
    m_doc->undoStack()->undo();
    QCOMPARE(stored().dataSets.constLast().people, std::optional<int>(12));
}

void TestIncidentDocument::removeDataSet_undoRestoresSameIdAndItems()
{
    const DataSet removed = m_doc->incident().dataSets.at(1);
    QVERIFY(m_doc->removeDataSet(removed.id));
    QCOMPARE(stored().dataSets.size(), 2);
    QVERIFY(!m_doc->dataSet(removed.id));
    QVERIFY(inStep());

    m_doc->undoStack()->undo();
    const Incident s = stored();
    QCOMPARE(s.dataSets.size(), 3);
    QCOMPARE(s.dataSets.at(1), removed); // same id, position, fields and items
    QVERIFY(m_doc->dataSet(removed.id));
    QVERIFY(inStep());

    m_doc->undoStack()->redo();
    QCOMPARE(stored().dataSets.size(), 2);
    QVERIFY(inStep());
    m_doc->undoStack()->undo();

    // Undo steps made before the removal still reach the restored row.
    QVERIFY(m_doc->setDataSetField(removed.id, QStringLiteral("group_label_en"),
                                   QStringLiteral("Volunteer staff")));
    QVERIFY(m_doc->removeDataSet(removed.id));
    m_doc->undoStack()->undo(); // restore
    m_doc->undoStack()->undo(); // label back
    QCOMPARE(stored().dataSets.at(1), removed);
    QVERIFY(inStep());
}

void TestIncidentDocument::timeline_addEditRemove_savedAtOnceAndUndoable()
{
    const Incident original = stored();
    TimelineEvent report;
    report.at = test::tokyo(2024, 8, 28, 14, 0);
    report.textJa = QStringLiteral("委託元へ報告");
    report.textEn = QStringLiteral("Reported to the consignor");
    qint64 id = 0;
    QVERIFY(m_doc->addTimelineEvent(report, &id));
    QVERIFY(id > 0);
    Incident s = stored();
    QCOMPARE(s.timeline.size(), 4);
    QCOMPARE(s.timeline.at(1).id, id); // sorted by time, in memory as in the database
    QCOMPARE(m_doc->incident().timeline.at(1).id, id);
    QVERIFY(inStep());

    QVERIFY(m_doc->setTimelineField(id, QStringLiteral("text_en"),
                                    QStringLiteral("Reported to Sakura Insurance")));
    QCOMPARE(stored().timeline.at(1).textEn, QStringLiteral("Reported to Sakura Insurance"));
    QVERIFY(m_doc->setTimelineField(id, QStringLiteral("at"), test::tokyo(2024, 8, 31, 9, 0)));
    QCOMPARE(stored().timeline.constLast().id, id);
    QCOMPARE(m_doc->incident().timeline.constLast().id, id);
    QVERIFY(inStep());

    QVERIFY(m_doc->removeTimelineEvent(id));
    QCOMPARE(stored().timeline.size(), 3);
    QVERIFY(inStep());

    m_doc->undoStack()->undo(); // remove
    s = stored();
    QCOMPARE(s.timeline.size(), 4);
    QCOMPARE(s.timeline.constLast().id, id);
    QCOMPARE(s.timeline.constLast().textEn, QStringLiteral("Reported to Sakura Insurance"));
    QVERIFY(inStep());
    m_doc->undoStack()->undo(); // at
    m_doc->undoStack()->undo(); // text
    QCOMPARE(stored().timeline.at(1).textEn, report.textEn);
    m_doc->undoStack()->undo(); // add
    QVERIFY(facts(stored()) == facts(original));
    QVERIFY(inStep());

    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    s = stored();
    QCOMPARE(s.timeline.size(), 3);
    QVERIFY(inStep());
}

void TestIncidentDocument::narrativeText_savedAtOnce_marksOtherSide_undoRestores()
{
    const Narrative before = *m_doc->incident().narrative(NarrativeSection::Summary);
    QVERIFY(!before.needsUpdate(Lang::En));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::Ja, QStringLiteral("概要を更新")));
    Narrative s = *stored().narrative(NarrativeSection::Summary);
    QCOMPARE(s.textJa, QStringLiteral("概要を更新"));
    QVERIFY(s.needsUpdate(Lang::En)); // the mark is stored, so it survives a restart
    QVERIFY(inStep());

    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::En, QStringLiteral("Summary updated")));
    s = *stored().narrative(NarrativeSection::Summary);
    QVERIFY(!s.needsUpdate(Lang::En));
    QVERIFY(!s.needsUpdate(Lang::Ja));

    m_doc->undoStack()->undo();
    s = *stored().narrative(NarrativeSection::Summary);
    QCOMPARE(s.textEn, before.textEn);
    QVERIFY(s.needsUpdate(Lang::En));
    m_doc->undoStack()->undo();
    QCOMPARE(*stored().narrative(NarrativeSection::Summary), before);
    QVERIFY(inStep());
    m_doc->undoStack()->redo();
    QCOMPARE(stored().narrative(NarrativeSection::Summary)->textJa, QStringLiteral("概要を更新"));
    QVERIFY(inStep());
}

void TestIncidentDocument::confirmNarrative_savedAtOnceAndUndoable()
{
    // The fixture's cause narrative has a stale English side.
    QVERIFY(stored().narrative(NarrativeSection::Cause)->needsUpdate(Lang::En));
    QVERIFY(m_doc->confirmNarrative(NarrativeSection::Cause, Lang::En));
    QVERIFY(!stored().narrative(NarrativeSection::Cause)->needsUpdate(Lang::En));
    QVERIFY(inStep());
    m_doc->undoStack()->undo();
    QVERIFY(stored().narrative(NarrativeSection::Cause)->needsUpdate(Lang::En));
    QVERIFY(inStep());
    m_doc->undoStack()->redo();
    QVERIFY(!stored().narrative(NarrativeSection::Cause)->needsUpdate(Lang::En));

    // Confirming a side that is not stale is not an edit.
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->confirmNarrative(NarrativeSection::Summary, Lang::En));
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestIncidentDocument::consecutiveTextEdits_mergeIntoOneUndoStep_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("incident text field") << QStringLiteral("incident");
    QTest::newRow("data set text field") << QStringLiteral("data_set");
    QTest::newRow("data set people count") << QStringLiteral("people");
    QTest::newRow("timeline text") << QStringLiteral("timeline");
    QTest::newRow("narrative text") << QStringLiteral("narrative");
}

void TestIncidentDocument::consecutiveTextEdits_mergeIntoOneUndoStep()
{
    QFETCH(QString, what);
    const Incident original = stored();
    const qint64 dsId = original.dataSets.at(0).id;
    const qint64 evId = original.timeline.at(0).id;
    const QStringList typing{QStringLiteral("R"), QStringLiteral("Ra"), QStringLiteral("Ran"),
                             QStringLiteral("Ransom")};
    for (int i = 0; i < typing.size(); ++i) {
        const QString& text = typing.at(i);
        bool ok = false;
        if (what == QLatin1String("incident"))
            ok = m_doc->setIncidentField(QStringLiteral("title_en"), text);
        else if (what == QLatin1String("data_set"))
            ok = m_doc->setDataSetField(dsId, QStringLiteral("consignor_name"), text);
        else if (what == QLatin1String("people"))
            ok = m_doc->setDataSetField(dsId, QStringLiteral("people"), 10 + i);
        else if (what == QLatin1String("timeline"))
            ok = m_doc->setTimelineField(evId, QStringLiteral("text_en"), text);
        else
            ok = m_doc->setNarrativeText(NarrativeSection::Prevention, Lang::En, text);
        QVERIFY(ok);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(inStep());

    m_doc->undoStack()->undo(); // one step takes the whole typing back
    QVERIFY(facts(stored()) == facts(original));
    QVERIFY(inStep());
    m_doc->undoStack()->redo(); // and redo gives the last state, not the first keystroke
    const Incident s = stored();
    if (what == QLatin1String("incident"))
        QCOMPARE(s.titleEn, typing.constLast());
    else if (what == QLatin1String("data_set"))
        QCOMPARE(s.dataSets.at(0).consignorName, typing.constLast());
    else if (what == QLatin1String("people"))
        QCOMPARE(s.dataSets.at(0).people, std::optional<int>(13));
    else if (what == QLatin1String("timeline"))
        QCOMPARE(s.timeline.at(0).textEn, typing.constLast());
    else
        QCOMPARE(s.narrative(NarrativeSection::Prevention)->textEn, typing.constLast());
    QVERIFY(inStep());
}

void TestIncidentDocument::editsOfDifferentFieldsOrNonText_doNotMerge()
{
    const Incident original = stored();
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("A")));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_ja"), QStringLiteral("あ")));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("AB")));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QVERIFY(m_doc->setIncidentField(QStringLiteral("leak_certainty"), QStringLiteral("no")));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("leak_certainty"), QStringLiteral("occurred")));
    QCOMPARE(m_doc->undoStack()->count(), 5);
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::Ja, QStringLiteral("x")));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::En, QStringLiteral("y")));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Cause, Lang::En, QStringLiteral("z")));
    QCOMPARE(m_doc->undoStack()->count(), 8);
    const qint64 a = m_doc->incident().dataSets.at(0).id, b = m_doc->incident().dataSets.at(1).id;
    QVERIFY(m_doc->setDataSetField(a, QStringLiteral("people"), 1));
    QVERIFY(m_doc->setDataSetField(b, QStringLiteral("people"), 2));
    QCOMPARE(m_doc->undoStack()->count(), 10);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QVERIFY(facts(stored()) == facts(original));
    QVERIFY(inStep());
}

void TestIncidentDocument::unchangedValue_pushesNoUndoStep()
{
    const int audits = auditCount();
    const Incident& i = m_doc->incident();
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), i.titleEn));
    QVERIFY(m_doc->setIncidentField(QStringLiteral("known_at"), i.knownAt));
    QVERIFY(m_doc->setDataSetField(i.dataSets.at(0).id, QStringLiteral("people"), 1200));
    QVERIFY(m_doc->setDataSetItems(i.dataSets.at(0).id, i.dataSets.at(0).itemKeys));
    QVERIFY(m_doc->setTimelineField(i.timeline.at(0).id, QStringLiteral("text_ja"), i.timeline.at(0).textJa));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Summary, Lang::Ja, i.narratives.at(0).textJa));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(auditCount(), audits);
}

void TestIncidentDocument::signals_fireForEachKindOfEdit()
{
    QSignalSpy field(m_doc.get(), &IncidentDocument::incidentFieldChanged);
    QSignalSpy sets(m_doc.get(), &IncidentDocument::dataSetsChanged);
    QSignalSpy timeline(m_doc.get(), &IncidentDocument::timelineChanged);
    QSignalSpy narrative(m_doc.get(), &IncidentDocument::narrativeChanged);
    QSignalSpy saved(m_doc.get(), &IncidentDocument::saved);
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QVERIFY(field.isValid() && sets.isValid() && timeline.isValid() && narrative.isValid() &&
            saved.isValid());

    QVERIFY(m_doc->setIncidentField(QStringLiteral("malicious"), false));
    QCOMPARE(field.count(), 1);
    QCOMPARE(field.at(0).at(0).toString(), QStringLiteral("malicious"));
    QCOMPARE(saved.count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(field.count(), 2);
    QCOMPARE(field.at(1).at(0).toString(), QStringLiteral("malicious"));

    const qint64 dsId = m_doc->incident().dataSets.at(0).id;
    QVERIFY(m_doc->setDataSetField(dsId, QStringLiteral("people"), 7));
    QVERIFY(m_doc->setDataSetItems(dsId, {QStringLiteral("name")}));
    QVERIFY(m_doc->removeDataSet(dsId));
    QCOMPARE(sets.count(), 3);
    m_doc->undoStack()->undo();
    QCOMPARE(sets.count(), 4);

    qint64 evId = 0;
    QVERIFY(m_doc->addTimelineEvent(TimelineEvent{0, test::tokyo(2024, 9, 1), true, QStringLiteral("a"), {}},
                                    &evId));
    QVERIFY(m_doc->setTimelineField(evId, QStringLiteral("text_ja"), QStringLiteral("b")));
    QVERIFY(m_doc->removeTimelineEvent(evId));
    QCOMPARE(timeline.count(), 3);

    QVERIFY(
        m_doc->setNarrativeText(NarrativeSection::Publication, Lang::En, QStringLiteral("We will publish.")));
    QVERIFY(m_doc->confirmNarrative(NarrativeSection::Cause, Lang::En));
    QCOMPARE(narrative.count(), 2);
    QCOMPARE(narrative.at(0).at(0).value<NarrativeSection>(), NarrativeSection::Publication);
    QCOMPARE(narrative.at(1).at(0).value<NarrativeSection>(), NarrativeSection::Cause);

    QCOMPARE(failed.count(), 0);
    // No other kind of signal crossed over: a field edit says nothing about data sets, and so on.
    QCOMPARE(field.count(), 2);
}

void TestIncidentDocument::incidentDeletedBehindItsBack_editEmitsStorageFailedAndPushesNothing()
{
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Before")));
    const int steps = m_doc->undoStack()->count();
    {
        QSqlQuery q(m_other->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM incident WHERE id = %1").arg(m_id)));
    }
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QSignalSpy saved(m_doc.get(), &IncidentDocument::saved);

    QVERIFY(!m_doc->setIncidentField(QStringLiteral("title_ja"), QStringLiteral("消えた")));
    QCOMPARE(failed.count(), 1);
    const StorageError error = failed.at(0).at(0).value<StorageError>();
    QCOMPARE(error.kind, StorageError::NotFound);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QVERIFY(m_doc->incident().titleJa !=
            QStringLiteral("消えた")); // the screen does not show an unsaved edit

    const qint64 dsId = m_doc->incident().dataSets.at(0).id;
    QVERIFY(!m_doc->setDataSetField(dsId, QStringLiteral("people"), 5));
    QVERIFY(!m_doc->setNarrativeText(NarrativeSection::Summary, Lang::En, QStringLiteral("gone")));
    QVERIFY(
        !m_doc->addTimelineEvent(TimelineEvent{0, test::tokyo(2024, 9, 1), true, QStringLiteral("a"), {}}));
    QCOMPARE(failed.count(), 4);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(saved.count(), 0);
}

void TestIncidentDocument::dataSetDeletedBehindItsBack_editEmitsStorageFailedAndPushesNothing()
{
    const qint64 dsId = m_doc->incident().dataSets.at(1).id;
    {
        QSqlQuery q(m_other->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM data_set WHERE id = %1").arg(dsId)));
    }
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QVERIFY(!m_doc->setDataSetField(dsId, QStringLiteral("people"), 5));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<StorageError>().kind, StorageError::NotFound);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The document re-read the database: the vanished data set is gone from memory too.
    QVERIFY(!m_doc->dataSet(dsId));
    QVERIFY(inStep());
}

void TestIncidentDocument::lockedWorkspace_editIsKeptAndWrittenOnceTheLockIsGone()
{
    // (tst_incidentdocumentbusy covers every kind of edit, the retry timer and changes from elsewhere)
    QSqlQuery lock(m_other->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Blocked")));
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_doc->hasPendingEdits());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->incident().titleEn, QStringLiteral("Blocked")); // kept, and shown
    QCOMPARE(stored().titleEn, test::fullIncident().titleEn);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    // Once the lock is gone, the edit is written, and editing goes on as usual.
    QVERIFY(m_doc->retryNow());
    QCOMPARE(stored().titleEn, QStringLiteral("Blocked"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Unblocked")));
    QCOMPARE(stored().titleEn, QStringLiteral("Unblocked"));
    QVERIFY(inStep());
}

void TestIncidentDocument::lockedWorkspace_failedUndoLeavesTheStepUndoable()
{
    const QString original = m_doc->incident().titleEn;
    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Changed")));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    QSqlQuery lock(m_other->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    m_doc->undoStack()->undo(); // cannot be written
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<StorageError>().kind, StorageError::Locked);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    // The edit is still in the database and on screen…
    QCOMPARE(stored().titleEn, QStringLiteral("Changed"));
    QCOMPARE(m_doc->incident().titleEn, QStringLiteral("Changed"));
    // …so the undo history must still offer to undo it; otherwise the change can never be taken back.
    QVERIFY2(m_doc->undoStack()->canUndo(), "a failed undo moved the history as if it had succeeded");
    m_doc->undoStack()->undo();
    QCOMPARE(stored().titleEn, original);
    QVERIFY(inStep());
}

// Text limits (textlimits.h): an edit beyond its field's limit is refused as invalid, naming the field, and
// changes nothing; at the limit it is saved.
void TestIncidentDocument::overTheLimit_editIsRefusedNamingTheField()
{
    const Incident before = stored();
    QSignalSpy failed(m_doc.get(), &IncidentDocument::storageFailed);
    const auto refused = [&](const QString& name) {
        const StorageError error = failed.takeLast().at(0).value<StorageError>();
        return error.kind == StorageError::Invalid && error.message.contains(name);
    };
    QVERIFY(!m_doc->setIncidentField(QStringLiteral("title_ja"), QStringLiteral("題").repeated(501)));
    QVERIFY(refused(QStringLiteral("Title (Japanese)")));
    QVERIFY(!m_doc->setIncidentField(QStringLiteral("code"), QStringLiteral("INC/2024")));
    QVERIFY(refused(QStringLiteral("Incident code")));
    QVERIFY(!m_doc->setIncidentField(QStringLiteral("code"), QStringLiteral("INC\n2024")));
    QVERIFY(refused(QStringLiteral("Incident code")));
    const qint64 dsId = m_doc->incident().dataSets.at(0).id;
    QVERIFY(
        !m_doc->setDataSetField(dsId, QStringLiteral("consignor_name"), QStringLiteral("x").repeated(201)));
    QVERIFY(refused(QStringLiteral("Consignor client")));
    QVERIFY(!m_doc->setNarrativeText(NarrativeSection::Cause, Lang::En, QStringLiteral("c").repeated(20001)));
    QVERIFY(refused(QStringLiteral("cause")));
    QVERIFY(!m_doc->addTimelineEvent(
        TimelineEvent{0, test::tokyo(2024, 9, 1), true, QStringLiteral("t").repeated(2001), {}}));
    QVERIFY(refused(QStringLiteral("Timeline text (Japanese)")));
    DataSet tooLong;
    tooLong.groupKey = QStringLiteral("k").repeated(65);
    QVERIFY(!m_doc->addDataSet(tooLong));
    QVERIFY(refused(QStringLiteral("Data set group")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(facts(stored()) == facts(before));
    QVERIFY(inStep());

    QVERIFY(m_doc->setIncidentField(QStringLiteral("title_ja"), QStringLiteral("題").repeated(500)));
    QVERIFY(m_doc->setNarrativeText(NarrativeSection::Cause, Lang::En, QStringLiteral("c").repeated(20000)));
    QCOMPARE(stored().titleJa.size(), 500);
    QVERIFY(failed.isEmpty());
}

QTEST_MAIN(TestIncidentDocument)
#include "tst_incidentdocument.moc"
