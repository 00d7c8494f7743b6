// Recipient import and the text limits (textlimits.h): a cell longer than its field takes rejects its row,
// with an error at that row and column that names the field and never quotes the cell.
#include "csvreader.h"
#include "importplan.h"
#include "textlimits.h"

#include <QBuffer>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

ImportPlan planCsv(const QString& csv)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8);
    return planImport(reader, {});
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT
private slots:
    void cellOverItsFieldsLimit_rejectsTheRowAtThatColumn()
    {
        const QString longName = u"長"_s.repeated(TextLimit::Name + 1);
        const QString longAddress = u"町"_s.repeated(TextLimit::Address + 1);
        const QString longNote = u"n"_s.repeated(TextLimit::RecipientCustom + 1);
        const ImportPlan plan =
            planCsv(u"氏名,住所,備考\r\n"_s                                  //
                    + u"髙橋 一郎,東京都,\r\n"_s                             // row 2: fine
                    + longName + u",大阪府,\r\n"_s                           // row 3
                    + u"山田 花子,"_s + longAddress + u",\r\n"_s             // row 4
                    + u"𠮷田 𠮷男,"_s + u"𠮷"_s.repeated(TextLimit::Address) // row 5: at the
                    + u","_s + longNote + u"\r\n"_s);                        // limit; note over
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.rejected, 3);
        QList<ImportProblem> tooLong;
        for (const ImportProblem& p : plan.problems)
            if (p.kind == ProblemKind::RecordTooLong)
                tooLong.append(p);
        QCOMPARE(tooLong.size(), 3);
        QCOMPARE(tooLong[0].row, 3);
        QCOMPARE(tooLong[0].column, 0);
        QCOMPARE(tooLong[0].field, u"name"_s);
        QVERIFY(tooLong[0].isError());
        QVERIFY2(tooLong[0].message.contains(u"name"_s) && tooLong[0].message.contains(u"200"_s),
                 qPrintable(tooLong[0].message));
        QCOMPARE(tooLong[1].row, 4);
        QCOMPARE(tooLong[1].column, 1);
        QCOMPARE(tooLong[1].field, u"address"_s);
        QCOMPARE(tooLong[2].row, 5);
        QCOMPARE(tooLong[2].column, 2);
        QVERIFY2(tooLong[2].message.contains(u"備考"_s), qPrintable(tooLong[2].message));
        for (const ImportProblem& p : std::as_const(tooLong))
            QVERIFY(p.message.size() < 120); // the cell itself is never quoted
    }

    void limits_countCharactersNotCodeUnits()
    {
        QCOMPARE(TextLimits::characters(u"𠮷田"), 2);
        QVERIFY(TextLimits::recipientTooLong(u"name", u"𠮷"_s.repeated(TextLimit::Name)).isEmpty());
        QVERIFY(!TextLimits::recipientTooLong(u"name", u"𠮷"_s.repeated(TextLimit::Name + 1)).isEmpty());
        QCOMPARE(TextLimits::recipientLimit(u"email"), TextLimit::Email);
        QCOMPARE(TextLimits::recipientLimit(u"custom:社員番号"), TextLimit::RecipientCustom);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
