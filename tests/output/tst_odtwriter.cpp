#include "odtwriter.h"
#include "outputtestsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class TestOdtWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAnOpenDocumentText();
};

void TestOdtWriter::writesAnOpenDocumentText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.odt"));
    QString error;
    QVERIFY2(OdtWriter().write(test::japaneseLetter({QStringLiteral("髙﨑 <b>𠮷男</b>")}), path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray odt = file.readAll();
    // ODF: a zip whose first entry is the uncompressed mimetype.
    QVERIFY(odt.startsWith("PK"));
    QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished());
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(
        content.contains(QStringLiteral("不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ")));
    QVERIFY(content.contains(QStringLiteral("髙﨑 &lt;b&gt;𠮷男&lt;/b&gt; 様")));
    QVERIFY(content.contains(QStringLiteral("Noto Serif CJK JP")));
    QVERIFY(content.contains(QStringLiteral("Noto Sans CJK JP")));
}

QTEST_MAIN(TestOdtWriter)
#include "tst_odtwriter.moc"
