// The import dialog on hostile and on big workbooks: the file is read on a worker thread, so the dialog is up
// at once; a damaged workbook or a zip bomb shows its reason (naming the part) within seconds with nothing to
// import, and Cancel closes the dialog while a big workbook is still being read. The workbooks are made here
// (tests/support/hostileworkbook.h).
#include "database.h"
#include "importdialog.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "recipientrepository.h"
#include "workspace.h"
#include "xlsxreader.h"

#include "hostileworkbook.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace bd;
using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hostileWorkbook_reasonShownQuickly_data();
    void hostileWorkbook_reasonShownQuickly();
    void cancelWhileReadingABigWorkbook();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RecipientGroup m_group;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(u"en"_s);
    // A regression (a bomb read into memory) must fail here, not take the machine's memory.
    const rlimit limit{rlim_t(4) << 30, rlim_t(4) << 30};
    QCOMPARE(setrlimit(RLIMIT_AS, &limit), 0);
}

void TestImportDialog::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(u"ws%1.breachdesk"_s.arg(++n)), &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    RecipientRepository repo(*m_db);
    QVERIFY(repo.ensureBuiltinGroups(*id, &error));
    const auto group = repo.groupByKey(*id, u"employees"_s, &error);
    QVERIFY(group);
    m_group = *group;
}

void TestImportDialog::cleanup()
{
    m_db.reset();
}

void TestImportDialog::hostileWorkbook_reasonShownQuickly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("corrupt sheet")
        << u"sheet"_s << u"xl/worksheets/sheet1.xml is damaged (the compressed data is corrupt)."_s;
    QTest::newRow("zip bomb")
        << u"bomb"_s
        << u"xl/sharedStrings.xml expands more than 100 times: refused as a possible zip "
           "bomb."_s;
}

// It used to hang the window (a broken deflate stream looped on the GUI thread) or take gigabytes.
void TestImportDialog::hostileWorkbook_reasonShownQuickly()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(kind + u".xlsx"_s);
    QVERIFY(kind == u"bomb"_s ? test::writeBombWorkbook(path)
                              : test::writeCorruptWorkbook(path, u"xl/worksheets/sheet1.xml"_s));
    Workspace workspace(*m_db);
    ImportDialog dialog(workspace, m_group);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(dialog.setFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPlanning(), 20000);
    qInfo("%s: reason shown after %lld ms", qPrintable(kind), timer.elapsed());
    QCOMPARE(dialog.errorString(), reason);
    const QString summary = dialog.findChild<QLabel*>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"%1.xlsx"_s.arg(kind)) && summary.contains(reason), qPrintable(summary));
    QVERIFY(!dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
}

void TestImportDialog::cancelWhileReadingABigWorkbook()
{
    const QString path = m_dir.filePath(u"big.xlsx"_s);
    QVERIFY(test::writeZip(path, test::excelStyleWorkbook(200000)));
    QElapsedTimer timer;
    timer.start();
    {
        XlsxReader reader(path);
        QVERIFY(reader.open());
    }
    const qint64 openMs = timer.elapsed();

    Workspace workspace(*m_db);
    ImportDialog dialog(workspace, m_group);
    dialog.show();
    timer.restart();
    QVERIFY(dialog.setFile(path));
    const qint64 setFileMs = timer.elapsed();
    QVERIFY(dialog.isLoading()); // the shared strings are being read on the worker thread, not here
    QTest::qWait(50);
    timer.restart();
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
    const qint64 cancelMs = timer.elapsed();
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.isPlanning());
    qInfo("opening the workbook takes %lld ms; setFile returned after %lld ms, Cancel after %lld ms", openMs,
          setFileMs, cancelMs);
    QVERIFY2(cancelMs < 5000, qPrintable(QString::number(cancelMs)));
    StorageError error;
    QCOMPARE(RecipientRepository(*m_db).count(m_group.id, QString(), true, &error), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
