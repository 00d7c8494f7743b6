// RecipientRepository on a real SQLite workspace file: the chunked insert (ids, every field and custom values
// back as written, cancelling rolls everything back), custom fields (their names, search by value, sort,
// edit with an audit entry that holds no value), and reading rows by id.
#include "database.h"
#include "incidentrepository.h"
#include "recipientrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TstRecipientRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertMany_chunkBoundaries_everyRowBackWithConsecutiveIds_data();
    void insertMany_chunkBoundaries_everyRowBackWithConsecutiveIds();
    void commitImport_progressCancels_nothingSaved();
    void customFields_namesSearchSortAndPageById();
    void setField_custom_savedAndAuditedWithoutTheValue();
    void commitImport_checksTheGroupInsideItsTransaction();
    void commitImport_nothingToInsert_writesNothing();
    void commitImport_groupChangedSinceThePlan_checksAgain_elseThePlanStands();
    void possibleDuplicates_filterNotADuplicateAndPartnerDeleted();

private:
    Recipient person(int i) const;
    int auditCount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_groupId = 0;
};

void TstRecipientRepository::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(u"ws%1.breachdesk"_s.arg(++n)), &error), qPrintable(error.text()));
    Incident incident;
    incident.code = u"INC-2024-001"_s;
    QVERIFY2(IncidentRepository(*m_db).create(incident, &error), qPrintable(error.text()));
    RecipientRepository repo(*m_db);
    QVERIFY2(repo.ensureBuiltinGroups(incident.id, &error), qPrintable(error.text()));
    m_groupId = repo.groupByKey(incident.id, u"employees"_s, &error).value_or(RecipientGroup()).id;
    QVERIFY(m_groupId > 0);
}

void TstRecipientRepository::cleanup()
{
    m_db.reset();
}

Recipient TstRecipientRepository::person(int i) const
{
    Recipient r;
    r.name = u"髙橋 太郎 "_s + QString::number(i);
    r.kana = u"ﾀｶﾊｼ"_s;
    r.email = u"user%1@example.jp"_s.arg(i);
    r.address = u"東京都千代田区１－"_s + QString::number(i);
    r.language = i % 2 ? u"en"_s : QString();
    r.sourceFile = u"staff.csv"_s;
    r.sourceRow = i + 1;
    r.excluded = i % 7 == 0;
    if (i % 3)
        r.custom.insert(u"社員番号"_s, u"E%1"_s.arg(i, 5, 10, QLatin1Char('0')));
    // Text JSON must escape, and text it must not: quotes, backslash, line breaks, a control character.
    if (i % 5 == 1)
        r.custom.insert(u"備考 \"注\""_s, u"引用\"符\" \\ 改行\n\t\u0001 ～😀"_s);
    return r;
}

int TstRecipientRepository::auditCount() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next() ? q.value(0).toInt() : -1;
}

void TstRecipientRepository::insertMany_chunkBoundaries_everyRowBackWithConsecutiveIds_data()
{
    QTest::addColumn<int>("rows");
    const int chunk = RecipientRepository::InsertChunk;
    for (int rows : {1, chunk - 1, chunk, chunk + 1, 2 * chunk + 3})
        QTest::addRow("%d rows", rows) << rows;
}

void TstRecipientRepository::insertMany_chunkBoundaries_everyRowBackWithConsecutiveIds()
{
    QFETCH(int, rows);
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> first{person(0)}; // ids continue after the rows already there
    QVERIFY(repo.insertMany(m_groupId, first, u"first"_s, &error));

    QList<Recipient> list;
    for (int i = 1; i <= rows; ++i)
        list.append(person(i));
    QList<int> progress;
    QVERIFY2(repo.insertMany(m_groupId, list, u"staff.csv"_s, &error,
                             [&progress](int written) { return progress.append(written), true; }),
             qPrintable(error.text()));
    QCOMPARE(progress.constLast(), rows);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(list[i].id, first[0].id + 1 + i);
        QCOMPARE(list[i].groupId, m_groupId);
    }
    QCOMPARE(repo.count(m_groupId, QString(), true, &error), rows + 1);

    QList<Recipient> back;
    QVERIFY(repo.forEach(
        m_groupId, true, [&back](const Recipient& r) { return back.append(r), true; }, &error));
    QCOMPARE(back.size(), rows + 1);
    for (int i = 0; i < rows; ++i)
        QCOMPARE(back[i + 1], list[i]);
}

void TstRecipientRepository::commitImport_progressCancels_nothingSaved()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> list;
    for (int i = 1; i <= 1000; ++i)
        list.append(person(i));
    const int auditBefore = auditCount();
    int calls = 0;
    QVERIFY(!repo.commitImport(m_groupId, list, u"{\"0\":\"name\"}"_s, u"staff.csv"_s, &error,
                               [&calls](int written) { return ++calls, written < 500; }));
    QVERIFY(error);
    QVERIFY(calls > 1); // it stopped midway, with rows already written in the transaction
    QCOMPARE(repo.count(m_groupId, QString(), true, &error), 0);
    QCOMPARE(auditCount(), auditBefore);
    QVERIFY(repo.group(m_groupId, &error)->columnMapping.isEmpty());
}

void TstRecipientRepository::customFields_namesSearchSortAndPageById()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> list;
    for (int i = 1; i <= 30; ++i)
        list.append(person(i));
    QVERIFY(repo.insertMany(m_groupId, list, u"staff.csv"_s, &error));
    QCOMPARE(repo.customFieldNames(m_groupId, &error), QStringList({u"備考 \"注\""_s, u"社員番号"_s}));

    // A custom value is found; a custom field's name is not a value.
    QCOMPARE(repo.count(m_groupId, u"E00012"_s, true, &error), 0); // 12 % 3 == 0: no 社員番号
    QCOMPARE(repo.count(m_groupId, u"E00011"_s, true, &error), 1);
    QCOMPARE(repo.count(m_groupId, u"社員番号"_s, true, &error), 0);
    QCOMPARE(repo.count(m_groupId, u"～😀"_s, true, &error), 6);        // rows 1, 6, 11, 16, 21, 26
    QCOMPARE(repo.count(m_groupId, u"引用\"符\""_s, true, &error), 6); // a quote: no raw-text shortcut
    QCOMPARE(repo.count(m_groupId, u"\\ 改行"_s, true, &error), 6);
    QCOMPARE(repo.count(m_groupId, u"E0001"_s, false, &error), 6); // 10, 11, 13, 16, 17, 19; 14 excluded

    // Sorted by a custom field (rows without it first), by page and by id order.
    RecipientQuery query;
    query.sortField = u"custom:社員番号"_s;
    query.descending = true;
    query.limit = 3;
    const QList<Recipient> top = repo.page(m_groupId, query, &error);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0].custom.value(u"社員番号"_s), u"E00029"_s);
    QCOMPARE(top[1].custom.value(u"社員番号"_s), u"E00028"_s);
    QCOMPARE(top[2].custom.value(u"社員番号"_s), u"E00026"_s);
    query.descending = false;
    const QList<qint64> ids = repo.ids(m_groupId, query, &error);
    QCOMPARE(ids.size(), 30);
    const QList<Recipient> ordered = repo.recipients(ids, &error);
    QCOMPARE(ordered.size(), 30);
    for (int i = 0; i < 10; ++i) // rows 3, 6, … 30 have none: first, in id order
        QCOMPARE(ordered[i].sourceRow, 3 * (i + 1) + 1);
    QCOMPARE(ordered[10].custom.value(u"社員番号"_s), u"E00001"_s);
    QCOMPARE(ordered[29].custom.value(u"社員番号"_s), u"E00029"_s);
    query.search = u"E0002"_s;
    QCOMPARE(repo.ids(m_groupId, query, &error).size(), 7); // 20, 22, 23, 25, 26, 28, 29
    query.sortField = u"custom:備考 \"注\""_s;
    query.search.clear();
    QCOMPARE(repo.ids(m_groupId, query, &error).constLast(), list[25].id); // equal values: id order
    QVERIFY(!error);

    // By id, in the order asked; gone ids are skipped.
    const QList<Recipient> some = repo.recipients({list[4].id, 999999, list[1].id}, &error);
    QCOMPARE(some.size(), 2);
    QCOMPARE(some[0], list[4]);
    QCOMPARE(some[1], list[1]);
}

void TstRecipientRepository::setField_custom_savedAndAuditedWithoutTheValue()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> list{person(1), person(3)};
    QVERIFY(repo.insertMany(m_groupId, list, u"staff.csv"_s, &error));
    QVERIFY(repo.setField(list[0].id, u"custom:社員番号"_s, u"A-\"1\""_s, &error));
    QVERIFY(repo.setField(list[1].id, u"custom:新しい欄"_s, u"秘密の値"_s, &error)); // a field it lacked
    const Recipient first = *repo.recipient(list[0].id, &error);
    QCOMPARE(first.custom.value(u"社員番号"_s), u"A-\"1\""_s);
    QCOMPARE(first.custom.value(u"備考 \"注\""_s), list[0].custom.value(u"備考 \"注\""_s)); // the others stay
    QCOMPARE(repo.recipient(list[1].id, &error)->custom.value(u"新しい欄"_s), u"秘密の値"_s);
    QCOMPARE(repo.customFieldNames(m_groupId, &error),
             QStringList({u"備考 \"注\""_s, u"新しい欄"_s, u"社員番号"_s}));
    QCOMPARE(repo.count(m_groupId, u"A-\"1"_s, true, &error), 1);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT field, coalesce(before_value, ''), coalesce(after_value, '') FROM audit_log "
                   "ORDER BY id DESC LIMIT 2"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"recipient %1: custom:新しい欄"_s.arg(list[1].id));
    QVERIFY(!q.value(1).toString().contains(u"秘密"_s) && !q.value(2).toString().contains(u"秘密"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"recipient %1: custom:社員番号"_s.arg(list[0].id));

    // A lone surrogate would be joined with its neighbour on the way into SQLite: it is stored as U+FFFD.
    QString broken = u"山田"_s;
    broken.append(QChar(0xD800));
    broken.append(u"太郎"_s);
    QVERIFY(repo.setField(list[0].id, u"name"_s, broken, &error));
    QCOMPARE(repo.recipient(list[0].id, &error)->name, u"山田\uFFFD太郎"_s);

    QVERIFY(!repo.setField(list[0].id, u"custom:"_s, u"x"_s, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QVERIFY(!repo.setField(list[0].id, u"custom"_s, u"x"_s, &error));
}

// The plan was made on what the group held when it was read; by the time it is saved another import may
// have added the same people. Inside its write transaction the commit finds them: identical rows are not
// inserted, rows that only resemble a recipient are marked with that recipient's id.
void TstRecipientRepository::commitImport_checksTheGroupInsideItsTransaction()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> earlier{person(1), person(2)};
    QVERIFY(repo.insertMany(m_groupId, earlier, u"other.csv"_s, &error));

    QList<Recipient> rows{person(1), person(2), person(3), person(4)};
    rows[1].custom.insert(u"社員番号"_s, u"X-2"_s);         // same name, address and e-mail; another number
    rows[3].possibleDuplicate = DuplicateKind::Email;       // the plan saw row 4 resemble row 4 of the file
    rows[3].possibleDuplicateOfRow = rows[2].sourceRow;     // (that is, rows[2])
    rows[2].possibleDuplicate = DuplicateKind::NameAddress; // a mark against a recipient who is gone
    rows[2].possibleDuplicateOf = 999999;
    ImportCommit commit;
    commit.sourceLabel = u"staff.csv"_s;
    commit.fields = {u"name"_s, u"address"_s, u"email"_s, u"custom:社員番号"_s};
    ImportCommitOutcome outcome;
    const int auditBefore = auditCount();
    QVERIFY2(repo.commitImport(m_groupId, rows, commit, &outcome, &error), qPrintable(error.text()));
    QCOMPARE(outcome.inserted, 3);
    QCOMPARE(outcome.identical, 1);
    QCOMPARE(outcome.possibleDuplicates, 2);
    QCOMPARE(rows.size(), 3); // what was inserted, with ids
    QCOMPARE(repo.count(m_groupId, QString(), true, &error), 5);

    const Recipient second = *repo.recipient(rows[0].id, &error);
    QCOMPARE(second.possibleDuplicate, DuplicateKind::Email);
    QCOMPARE(second.possibleDuplicateOf, earlier[1].id);
    const Recipient third = *repo.recipient(rows[1].id, &error);
    QVERIFY(!third.possibleDuplicate); // its partner is gone: no mark
    QCOMPARE(third.possibleDuplicateOf, 0);
    const Recipient fourth = *repo.recipient(rows[2].id, &error);
    QCOMPARE(fourth.possibleDuplicate, DuplicateKind::Email);
    QCOMPARE(fourth.possibleDuplicateOf, third.id); // the row of the same file, by its new id
    QCOMPARE(repo.possibleDuplicateCount(m_groupId, &error), 2);
    QCOMPARE(auditCount(), auditBefore + 2); // imported; possible duplicates marked (a count, no values)
}

void TstRecipientRepository::commitImport_groupChangedSinceThePlan_checksAgain_elseThePlanStands()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    const RecipientGroup group = *repo.group(m_groupId, &error);
    const ImportOptions planned = repo.importOptions(group, u"staff.csv"_s, &error); // the plan's view
    QList<Recipient> other{person(1)};
    QVERIFY(repo.insertMany(m_groupId, other, u"other.csv"_s, &error)); // another import, meanwhile
    QVERIFY(repo.importOptions(group, u"staff.csv"_s, &error).groupVersion > planned.groupVersion);

    ImportCommit commit;
    commit.fields = {u"name"_s, u"address"_s, u"email"_s, u"custom:社員番号"_s};
    commit.plannedVersion = planned.groupVersion;
    ImportCommitOutcome outcome;
    QList<Recipient> rows{person(1), person(2)};
    QVERIFY(repo.commitImport(m_groupId, rows, commit, &outcome, &error));
    QCOMPARE(outcome.identical, 1); // the group changed: checked again, and person 1 is there
    QCOMPARE(outcome.inserted, 1);

    // Planned on the group as it is now: the plan's checks stand, its marks too (nothing is read again).
    commit.plannedVersion = repo.importOptions(group, u"staff.csv"_s, &error).groupVersion;
    QList<Recipient> more{person(3)};
    more[0].possibleDuplicate = DuplicateKind::NameAddress;
    more[0].possibleDuplicateOf = other[0].id;
    QVERIFY(repo.commitImport(m_groupId, more, commit, &outcome, &error));
    QCOMPARE(outcome.possibleDuplicates, 1);
    QCOMPARE(repo.recipient(more[0].id, &error)->possibleDuplicateOf, other[0].id);
}

void TstRecipientRepository::commitImport_nothingToInsert_writesNothing()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> earlier{person(1)};
    QVERIFY(repo.insertMany(m_groupId, earlier, u"other.csv"_s, &error));
    const int auditBefore = auditCount();
    QList<Recipient> none;
    ImportCommitOutcome outcome;
    QVERIFY(repo.commitImport(m_groupId, none, ImportCommit{u"{}"_s, u"empty.csv"_s, {}}, &outcome, &error));
    QList<Recipient> again{person(1)};
    QVERIFY(repo.commitImport(m_groupId, again, ImportCommit{u"{}"_s, u"again.csv"_s, {}}, &outcome, &error));
    QCOMPARE(outcome.inserted, 0);
    QCOMPARE(outcome.identical, 1);
    QVERIFY(again.isEmpty());
    QCOMPARE(auditCount(), auditBefore);
    QVERIFY(repo.group(m_groupId, &error)->columnMapping.isEmpty());
}

void TstRecipientRepository::possibleDuplicates_filterNotADuplicateAndPartnerDeleted()
{
    RecipientRepository repo(*m_db);
    StorageError error;
    QList<Recipient> rows{person(1), person(2), person(3), person(4)};
    rows[2].email = rows[0].email;
    rows[2].possibleDuplicate = DuplicateKind::Email;
    rows[2].possibleDuplicateOfRow = rows[0].sourceRow;
    rows[3].possibleDuplicate = DuplicateKind::NameAddress;
    rows[3].possibleDuplicateOfRow = rows[1].sourceRow;
    QVERIFY(repo.insertMany(m_groupId, rows, u"staff.csv"_s, &error));

    RecipientQuery query;
    query.possibleDuplicatesOnly = true;
    QCOMPARE(repo.count(m_groupId, query, &error), 4); // the marked rows and the ones they point to
    QCOMPARE(repo.possibleDuplicateCount(m_groupId, &error), 2);

    const int auditBefore = auditCount();
    QVERIFY(repo.clearPossibleDuplicate({rows[2].id, rows[0].id}, &error)); // rows[0] has no mark
    QVERIFY(!repo.recipient(rows[2].id, &error)->possibleDuplicate);
    QCOMPARE(repo.count(m_groupId, query, &error), 2);
    QCOMPARE(auditCount(), auditBefore + 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT field, coalesce(after_value, '') FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"not a duplicate"_s);
    QCOMPARE(q.value(1).toString(), u"1"_s); // how many, never who

    // The recipient a mark points to is deleted: the mark stays for the officer, without the link.
    QVERIFY(repo.remove({rows[1].id}, &error));
    const Recipient orphan = *repo.recipient(rows[3].id, &error);
    QCOMPARE(orphan.possibleDuplicate, DuplicateKind::NameAddress);
    QCOMPARE(orphan.possibleDuplicateOf, 0);
}

QTEST_GUILESS_MAIN(TstRecipientRepository)
#include "tst_recipientrepository.moc"
