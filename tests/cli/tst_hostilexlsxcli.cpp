// `breachdesk import-recipients` on hostile workbooks, through the real executable: a broken deflate stream
// in the sheet or the shared strings, and 5 GiB of spaces in a 5 MB file, each end within seconds with exit
// code 2 and a message naming the file and the part, in little memory. The workbooks are made here
// (tests/support/hostileworkbook.h).
#include "clitestsupport.h"
#include "hostilecli.h"
#include "hostileworkbook.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = test::CliResult;
using namespace Qt::StringLiterals;

const QString kDemo = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
constexpr qint64 kQuickMs = 20000;
constexpr long kMaxPeakKiB = 300 * 1024;

} // namespace

class TestHostileXlsxCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostileWorkbook_endsWithExitCode2_data();
    void hostileWorkbook_endsWithExitCode2();

private:
    Result run(const QStringList& args, int timeoutMs = 60000) const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestHostileXlsxCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY(m_dir.isValid());
    QVERIFY(test::capAddressSpace(rlim_t(4) << 30));
    m_ws = m_dir.filePath(u"workspace.breachdesk"_s);
    const Result imported = run({u"import-incident"_s, u"--create"_s, u"--workspace"_s, m_ws, kDemo});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Result TestHostileXlsxCli::run(const QStringList& args, int timeoutMs) const
{
    return test::runBreachdesk(m_dir.path(), args, {}, timeoutMs);
}

void TestHostileXlsxCli::hostileWorkbook_endsWithExitCode2_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt sheet")
        << u"sheet"_s << u"xl/worksheets/sheet1.xml is damaged (the compressed data is corrupt)."_s;
    QTest::newRow("corrupt shared strings")
        << u"shared"_s << u"xl/sharedStrings.xml is damaged (the compressed data is corrupt)."_s;
    QTest::newRow("zip bomb")
        << u"bomb"_s
        << u"xl/sharedStrings.xml expands more than 100 times: refused as a possible zip "
           "bomb."_s;
}

void TestHostileXlsxCli::hostileWorkbook_endsWithExitCode2()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(kind + u".xlsx"_s);
    QVERIFY(kind == u"bomb"_s    ? test::writeBombWorkbook(path)
            : kind == u"sheet"_s ? test::writeCorruptWorkbook(path, u"xl/worksheets/sheet1.xml"_s)
                                 : test::writeCorruptWorkbook(path, u"xl/sharedStrings.xml"_s));
    QElapsedTimer timer;
    timer.start();
    const Result r = run({u"import-recipients"_s, u"--workspace"_s, m_ws, u"--incident"_s, u"INC-2024-003"_s,
                          u"--group"_s, u"employees"_s, u"--dry-run"_s, path});
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Cannot read %1: %2"_s.arg(path, message)), qPrintable(r.err));
    QVERIFY2(ms < kQuickMs, qPrintable(QString::number(ms)));
    QVERIFY2(test::childrenPeakRssKiB() < kMaxPeakKiB,
             qPrintable(QString::number(test::childrenPeakRssKiB())));
    qInfo("%s: exit %d after %lld ms; largest run so far %ld KiB", qPrintable(kind), r.exitCode, ms,
          test::childrenPeakRssKiB());
}

QTEST_GUILESS_MAIN(TestHostileXlsxCli)
#include "tst_hostilexlsxcli.moc"
