#include "filenames.h"

#include <QTest>

using namespace bd;

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void safe_data();
    void safe();
    void keepsAtMost200Utf8Bytes();
    void uniqueNamesIgnoreCase();
};

void TestFileNames::safe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("japanese kept") << QStringLiteral("contacts-12-髙﨑 𠮷男")
                                   << QStringLiteral("contacts-12-髙﨑 𠮷男.pdf");
    QTest::newRow("reserved characters")
        << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("abcdefghij.pdf");
    QTest::newRow("control characters") << QStringLiteral("a\x01\x7f b") << QStringLiteral("a b.pdf");
    QTest::newRow("line breaks become spaces")
        << QStringLiteral("山田\r\n太郎") << QStringLiteral("山田 太郎.pdf");
    QTest::newRow("bidi override dropped")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe.pdf");
    QTest::newRow("dots and spaces trimmed") << QStringLiteral("  ..name.. ") << QStringLiteral("name.pdf");
    QTest::newRow("extension not doubled") << QStringLiteral("letter.PDF") << QStringLiteral("letter.pdf");
    QTest::newRow("device name") << QStringLiteral("con") << QStringLiteral("_con.pdf");
    QTest::newRow("device name with extension")
        << QStringLiteral("NUL.txt") << QStringLiteral("_NUL.txt.pdf");
    QTest::newRow("empty") << QStringLiteral("/:*?") << QStringLiteral("letter.pdf");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("etcpasswd.pdf");
}

void TestFileNames::safe()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(filenames::safe(name, QStringLiteral(".pdf")), expected);
}

void TestFileNames::keepsAtMost200Utf8Bytes()
{
    const QString name =
        filenames::safe(QString(100, QChar(0x9AD9)) + QStringLiteral("𠮷"), QStringLiteral(".pdf"));
    QVERIFY(name.endsWith(QStringLiteral(".pdf")));
    QVERIFY(name.chopped(4).toUtf8().size() <= 200);
    QCOMPARE(name.chopped(4), QString(66, QChar(0x9AD9))); // 66 × 3 bytes; the 67th would exceed 200
}

void TestFileNames::uniqueNamesIgnoreCase()
{
    filenames::UniqueNames names;
    QCOMPARE(names.take(QStringLiteral("a.pdf")), QStringLiteral("a.pdf"));
    QCOMPARE(names.take(QStringLiteral("A.pdf")), QStringLiteral("A (2).pdf"));
    QCOMPARE(names.take(QStringLiteral("a.pdf")), QStringLiteral("a (3).pdf"));
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
