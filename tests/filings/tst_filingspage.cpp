// The Filings page: draft the 確報, copy an item for the PPC web form, issue it, mark it submitted.
#include "dialogs.h"
#include "filingarchive.h"
#include "filingfixtures.h"
#include "filingspage.h"
#include "incidentdocument.h"
#include "issueddocumentrepository.h"
#include "recipientrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

using namespace bd;
using namespace bd::test;

class TestFilingsPage : public QObject
{
    Q_OBJECT

private slots:
    void draftCopyIssueSubmit()
    {
        Workspace ws;
        QVERIFY(ws.open());
        IncidentDocument document(ws.db);
        StorageError error;
        QVERIFY(document.load(ws.incidentId, &error));
        FilingsPage page(&document);
        page.resize(1280, 1000);
        page.show();

        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        QVERIFY(kinds);
        const int final = kinds->findText(QStringLiteral("PPC report — final (確報)"));
        QVERIFY(final >= 0);
        kinds->setCurrentIndex(final);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QVERIFY(page.draft().has_value());

        auto* items = page.findChild<QTableWidget*>(QStringLiteral("itemsTable"));
        QCOMPARE(items->rowCount(), 9);
        QCOMPARE(items->item(2, 1)->text().left(6), QStringLiteral("漏えい等が発"));
        auto* copy = page.findChild<QPushButton*>(QStringLiteral("copyItem3Button"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("合計：約6,551名")));
        QCOMPARE(items->item(2, 2)->text().toInt(), int(QApplication::clipboard()->text().toUcs4().size()));
        QVERIFY(page.findChild<QTextBrowser*>(QStringLiteral("reviewBrowser"))
                    ->toPlainText()
                    .contains(QStringLiteral("（3）")));

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        auto* issued = page.findChild<QTableWidget*>(QStringLiteral("issuedTable"));
        QCOMPARE(issued->rowCount(), 1);
        QCOMPARE(IssuedDocumentRepository(ws.db).list(ws.incidentId, &error).size(), 1);

        auto* reg = page.findChild<QTableWidget*>(QStringLiteral("registerTable"));
        int row = -1;
        for (int r = 0; r < reg->rowCount(); ++r)
            if (reg->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("ppc_final"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(reg->item(row, 7)->text(),
                 QStringLiteral("#%1").arg(issued->item(0, 0)->data(Qt::UserRole).toLongLong()));
        reg->selectRow(row);
        Dialogs::setNextText(QStringLiteral("2024-10-18 R6-12345"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("markSubmittedButton")),
                          Qt::LeftButton);
        for (int r = 0; r < reg->rowCount(); ++r)
            if (reg->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("ppc_final"))
                row = r;
        QCOMPARE(reg->item(row, 5)->text(), QStringLiteral("2024-10-18"));
        QCOMPARE(reg->item(row, 6)->text(), QStringLiteral("R6-12345"));
        QCOMPARE(reg->item(row, 4)->text(), QStringLiteral("submitted"));
        if (qEnvironmentVariableIsSet("BD_KEEP_SHOT")) {
            kinds->setCurrentIndex(final);
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
            page.grab().save(qEnvironmentVariable("BD_KEEP_SHOT"));
        }
    }

    void publicNoticeWarnsAndArchiveExports()
    {
        Workspace ws;
        QVERIFY(ws.open());
        StorageError error;
        RecipientRepository recipients(ws.db);
        QVERIFY(recipients.ensureBuiltinGroups(ws.incidentId, &error));
        const std::optional<RecipientGroup> employees =
            recipients.groupByKey(ws.incidentId, QStringLiteral("employees"), &error);
        QVERIFY(employees);
        Recipient r;
        r.name = QStringLiteral("佐藤 花子");
        QList<Recipient> people{r};
        QVERIFY(recipients.insertMany(employees->id, people, QStringLiteral("test.csv"), &error));

        IncidentDocument document(ws.db);
        QVERIFY(document.load(ws.incidentId, &error));
        const QString summary = document.incident().narrative(NarrativeSection::Summary)->textJa;
        QVERIFY(document.setNarrativeText(NarrativeSection::Summary, Lang::Ja,
                                          summary + QStringLiteral("\n最初に気付いたのは佐藤　花子です。")));
        FilingsPage page(&document);
        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Public notice — next edition (Japanese)")));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QVERIFY(page.draft().has_value());
        QCOMPARE(page.draft()->edition, 1);
        const QString review = page.findChild<QTextBrowser*>(QStringLiteral("reviewBrowser"))->toPlainText();
        QVERIFY(review.contains(
            QStringLiteral("The name of a recipient (group employees) appears in the text.")));
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("itemsTable"))->rowCount(), 0); // PPC only

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        const QString path = ws.dir.filePath(QStringLiteral("record.zip"));
        Dialogs::setNextFileName(path);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportArchiveButton")),
                          Qt::LeftButton);
        QVERIFY(QFile::exists(path));
        QVERIFY(FilingArchive::verify(path).ok);

        // The next draft of the notice is the second edition.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QCOMPARE(page.draft()->edition, 2);
        QVERIFY(page.draft()->title.endsWith(QStringLiteral("（第2報）")));
    }
};

QTEST_MAIN(TestFilingsPage)
#include "tst_filingspage.moc"
