// The Filings page: draft the 確報, copy an item for the PPC web form, issue it, mark it submitted; print the
// draft and the issued document (through LetterPrinting's seam, to a PDF file read back with Poppler).
#include "clitestsupport.h"
#include "dialogs.h"
#include "draftkinds.h"
#include "exportaudit.h"
#include "filingarchive.h"
#include "filingfixtures.h"
#include "filingspage.h"
#include "incidentdocument.h"
#include "issueddocumentrepository.h"
#include "letterprinting.h"
#include "publishededitionrepository.h"
#include "recipientrepository.h"
#include "signingkey.h"
#include "workspacetamper.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

#include <poppler-qt6.h>

#include <cmath>
#include <memory>

using namespace bd;
using namespace bd::test;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<Poppler::Document> readPdf(const QString& path)
{
    return Poppler::Document::loadFromData(readFile(path));
}

// How far page `page` of two PDFs differs: the largest difference in grey (0 to 255) between 8 × 8-pixel
// blocks of the pages rendered at 100 dpi; 255 when their sizes differ. A printed PDF carries its glyphs as
// outlines (Qt's PDF engine does not embed the fonts Poppler draws with), which rasterise a little
// differently from the same glyphs as text, so the pages are compared as pictures at about the scale of a
// character.
int pageDifference(Poppler::Document& a, Poppler::Document& b, int page)
{
    const auto picture = [page](Poppler::Document& doc) {
        doc.setRenderHint(Poppler::Document::Antialiasing);
        doc.setRenderHint(Poppler::Document::TextAntialiasing);
        const QImage image =
            doc.page(page)->renderToImage(100, 100).convertToFormat(QImage::Format_Grayscale8);
        return image.scaled(image.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };
    const QImage x = picture(a), y = picture(b);
    if (x.size() != y.size())
        return 255;
    int most = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            most = std::max(most, std::abs(x.constScanLine(row)[col] - y.constScanLine(row)[col]));
    return most;
}

} // namespace

class TestFilingsPage : public QObject
{
    Q_OBJECT

private slots:
    // The archive export signs with the user's key: here one in a temporary folder, never the real one.
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        qputenv("BREACHDESK_KEY_DIR", QFile::encodeName(m_keys.filePath(QStringLiteral("keys"))));
    }

    void draftCopyIssueSubmit()
    {
        DemoWorkspace ws;
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

    // An edition published outside BreachDesk, recorded from the window: the register lists it, the audit
    // trail has it, and the next public notice drafted counts on from it; the consignor notices the demo's
    // data sets record as given never say "not started".
    void recordPublishedEditionFromTheWindow()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.narrativesAsOf(QDate(2024, 11, 20)));
        IncidentDocument document(ws.db);
        StorageError error;
        QVERIFY(document.load(ws.incidentId, &error));
        FilingsPage page(&document);
        page.show();
        auto* reg = page.findChild<QTableWidget*>(QStringLiteral("registerTable"));
        for (int r = 0; r < reg->rowCount(); ++r) {
            const QString key = reg->item(r, 0)->data(Qt::UserRole).toString();
            if (key.startsWith(QLatin1String("consignor_notice:")))
                QCOMPARE(reg->item(r, 4)->text(), QStringLiteral("submitted"));
            if (key == QLatin1String("ppc_preliminary") || key == QLatin1String("ppc_follow_up"))
                QCOMPARE(reg->item(r, 4)->text(), QStringLiteral("submitted"));
        }

        Dialogs::setNextText(QStringLiteral("0 ja 2024-11-08"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("recordEditionButton")),
                          Qt::LeftButton);
        QVERIFY2(Dialogs::lastWarning().contains(QStringLiteral("edition number")),
                 qPrintable(Dialogs::lastWarning()));
        QCOMPARE(PublishedEditionRepository(ws.db).list(ws.incidentId, &error).size(), 1);

        Dialogs::setNextText(
            QStringLiteral("2 ja,en 2024-11-08 https://www.minato-kantei.example.co.jp/n2 続報として"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("recordEditionButton")),
                          Qt::LeftButton);
        const QList<PublishedEdition> editions =
            PublishedEditionRepository(ws.db).list(ws.incidentId, &error);
        QCOMPARE(editions.size(), 2);
        QCOMPARE(editions.last().edition, 2);
        QCOMPARE(editions.last().languages, (QList<Lang>{Lang::Ja, Lang::En}));
        QCOMPARE(editions.last().url, QStringLiteral("https://www.minato-kantei.example.co.jp/n2"));
        QCOMPARE(editions.last().note, QStringLiteral("続報として"));
        bool listed = false;
        for (int r = 0; r < reg->rowCount(); ++r)
            if (reg->item(r, 0)->data(Qt::UserRole).toString() ==
                QStringLiteral("published_edition:%1").arg(editions.last().id)) {
                listed = true;
                QCOMPARE(reg->item(r, 5)->text(), QStringLiteral("2024-11-08"));
            }
        QVERIFY(listed);

        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        for (int i = 0; i < kinds->count(); ++i)
            if (kinds->itemData(i).toStringList() ==
                QStringList{QStringLiteral("public_notice"), QStringLiteral("ja"), QString()})
                kinds->setCurrentIndex(i);
        QCOMPARE(kinds->currentData().toStringList().value(0), QStringLiteral("public_notice"));
        page.findChild<QDateEdit*>(QStringLiteral("documentDateEdit"))->setDate(QDate(2024, 11, 20));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QVERIFY(page.draft().has_value());
        QVERIFY2(page.draft()->plainText.contains(QStringLiteral("第3報")),
                 qPrintable(page.draft()->plainText.left(400)));
        QVERIFY(page.draft()->plainText.contains(QStringLiteral("2024年11月8日付けで")));
    }

    void publicNoticeWarnsAndArchiveExports()
    {
        DemoWorkspace ws;
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
        QCOMPARE(page.draft()->edition, 2); // after the demo's 第1報, published outside BreachDesk on 10/7
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
        // Signed with the key the export made in the key folder.
        const SigningKey::Loaded key = SigningKey::load(ws.db.path());
        QVERIFY2(key.key, qPrintable(key.error));
        QVERIFY(FilingArchive::verify(path, key.key->fingerprint()).ok);

        // The next draft of the notice is the third edition.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QCOMPARE(page.draft()->edition, 3);
        QVERIFY(page.draft()->title.endsWith(QStringLiteral("（第3報）")));
    }

    void printDraftAndIssued()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.narrativesAsOf(QDate(2024, 10, 18))); // the 確報 below is dated so
        IncidentDocument document(ws.db);
        StorageError error;
        QVERIFY(document.load(ws.incidentId, &error));
        FilingsPage page(&document);
        page.resize(1280, 1000);
        page.show();
        auto* print = page.findChild<QPushButton*>(QStringLiteral("printButton"));
        auto* action = page.findChild<QAction*>(QStringLiteral("printAction"));
        QVERIFY(print && action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(!print->isEnabled()); // nothing drafted or selected
        QVERIFY(!action->isEnabled());

        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        auto* date = page.findChild<QDateEdit*>(QStringLiteral("documentDateEdit"));
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("PPC report — final (確報)")));
        date->setDate(QDate(2024, 10, 18));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QVERIFY(page.draft().has_value());
        QVERIFY(print->isEnabled());
        QVERIFY(action->isEnabled());

        // The draft prints as the PDF the page exports: as many pages, of the same size, showing the same.
        const QString exportedPath = ws.dir.filePath(QStringLiteral("exported.pdf"));
        Dialogs::setNextFileName(exportedPath);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
        const std::unique_ptr<Poppler::Document> exported = readPdf(exportedPath);
        QVERIFY(exported);
        QVERIFY(::test::exportEntries(ws.db).constLast().endsWith(QStringLiteral("sha256:") +
                                                                  ::test::fileSha256(exportedPath)));
        QVERIFY(
            exported->page(0)->text(QRectF()).contains(QStringLiteral("個人データの漏えい等報告（確報）")));
        const QString printedPath = ws.dir.filePath(QStringLiteral("printed-draft.pdf"));
        LetterPrinting::setNextOutputFile(printedPath);
        QTest::mouseClick(print, Qt::LeftButton);
        const std::unique_ptr<Poppler::Document> printed = readPdf(printedPath);
        QVERIFY(printed);
        QCOMPARE(printed->numPages(), exported->numPages());
        QVERIFY(exported->numPages() > 1);
        for (int p = 0; p < exported->numPages(); ++p) {
            QCOMPARE(printed->page(p)->pageSizeF().toSize(), exported->page(p)->pageSizeF().toSize());
            QVERIFY2(pageDifference(*printed, *exported, p) < 64,
                     qPrintable(QStringLiteral("page %1").arg(p + 1)));
        }

        // On other paper, and for a page range chosen in the dialog: the pages asked for, scaled to fit.
        QPrinter letter(QPrinter::HighResolution);
        letter.setOutputFormat(QPrinter::PdfFormat);
        letter.setOutputFileName(ws.dir.filePath(QStringLiteral("letter.pdf")));
        letter.setPageSize(QPageSize(QPageSize::Letter));
        letter.setPrintRange(QPrinter::PageRange);
        letter.setFromTo(2, 3);
        QCOMPARE(LetterPrinting::printPdf(letter, readFile(exportedPath), nullptr), 2);
        const std::unique_ptr<Poppler::Document> onLetter = readPdf(letter.outputFileName());
        QVERIFY(onLetter);
        QCOMPARE(onLetter->numPages(), 2);
        QCOMPARE(onLetter->page(0)->pageSizeF().toSize(), QSize(612, 792));

        // Issued, then drafted again with another date: with the issued document selected, Ctrl+P prints its
        // frozen bytes, not the newer draft.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        const QList<IssuedDocument> issued = IssuedDocumentRepository(ws.db).list(ws.incidentId, &error);
        QCOMPARE(issued.size(), 1);
        const std::optional<IssuedDocument> frozen =
            IssuedDocumentRepository(ws.db).load(issued.first().id, &error);
        QVERIFY(frozen);
        const std::unique_ptr<Poppler::Document> stored = Poppler::Document::loadFromData(frozen->pdf);
        QVERIFY(stored);
        date->setDate(QDate(2025, 1, 31));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
        QVERIFY(page.draft().has_value());
        const std::unique_ptr<Poppler::Document> redrafted =
            Poppler::Document::loadFromData(renderFilingPdf(*page.draft()));
        QVERIFY(redrafted);
        page.findChild<QTableWidget*>(QStringLiteral("issuedTable"))->selectRow(0);
        const QString issuedPath = ws.dir.filePath(QStringLiteral("printed-issued.pdf"));
        LetterPrinting::setNextOutputFile(issuedPath);
        QVERIFY(action->isEnabled());
        // The shortcut itself is checked above; window activation is unreliable after earlier test windows.
        action->trigger();
        const std::unique_ptr<Poppler::Document> printedIssued = readPdf(issuedPath);
        QVERIFY(printedIssued);
        QCOMPARE(printedIssued->numPages(), stored->numPages());
        for (int p = 0; p < stored->numPages(); ++p)
            QVERIFY2(pageDifference(*printedIssued, *stored, p) < 64,
                     qPrintable(QStringLiteral("page %1").arg(p + 1)));
        QVERIFY(pageDifference(*printedIssued, *redrafted, 0) > 128); // the newer draft reads differently

        // The issued PDF altered in the file: exporting it with the document selected is refused with the
        // reason; the newer draft is not exported in its place.
        {
            WorkspaceTamper raw(ws.db.path());
            QVERIFY2(raw.behindTriggers({QStringLiteral("issued_document_frozen")},
                                        {QStringLiteral("UPDATE issued_document SET pdf = CAST('%PDF-forged' "
                                                        "AS BLOB)")}),
                     qPrintable(raw.lastError()));
        }
        const QString forgedPath = ws.dir.filePath(QStringLiteral("forged.pdf"));
        Dialogs::setNextFileName(forgedPath);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(forgedPath));
        QCOMPARE(Dialogs::lastWarning(), QStringLiteral("The PDF could not be made."));
        Dialogs::setNextFileName(QString());
    }

    // The page offers exactly the core's table of kinds (draftkinds.h), and each entry drafts the same
    // document as `breachdesk draft-filing` with that kind, language, consignor and date.
    void offersTheTableAndDraftsAsTheCommand()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        IncidentDocument document(ws.db);
        StorageError error;
        QVERIFY(document.load(ws.incidentId, &error));
        FilingsPage page(&document);
        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        page.findChild<QDateEdit*>(QStringLiteral("documentDateEdit"))->setDate(QDate(2024, 10, 18));

        // The demo holds no Privacy Mark and is outside the GDPR: those kinds are not offered.
        QStringList expected;
        for (const DraftKind& k : draftKinds()) {
            if (k.onlyWhenCalled)
                continue;
            if (k.needsConsignor) {
                for (const char* client : {"あおば損害保険株式会社", "しおさい損害保険株式会社"})
                    expected << k.key + QStringLiteral("//") + QString::fromUtf8(client);
            } else if (k.language == DraftLanguage::Either) {
                expected << k.key + QStringLiteral("/ja/") << k.key + QStringLiteral("/en/");
            } else {
                expected << k.key + QStringLiteral("//");
            }
        }
        QStringList offered;
        for (int i = 0; i < kinds->count(); ++i)
            offered << kinds->itemData(i).toStringList().join(QLatin1Char('/'));
        QCOMPARE(offered, expected);
        QCOMPARE(kinds->itemText(3),
                 QStringLiteral("PPC report — combined preliminary and final (速報兼確報)"));

        for (int i = 0; i < kinds->count(); ++i) {
            kinds->setCurrentIndex(i);
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("draftButton")), Qt::LeftButton);
            QVERIFY2(page.draft().has_value(), qPrintable(kinds->itemText(i)));
            const QStringList choice = kinds->itemData(i).toStringList();
            QStringList args{QStringLiteral("draft-filing"),
                             QStringLiteral("--workspace"),
                             ws.db.path(),
                             QStringLiteral("--incident"),
                             document.incident().code,
                             QStringLiteral("--kind"),
                             choice.at(0),
                             QStringLiteral("--date"),
                             QStringLiteral("2024-10-18"),
                             QStringLiteral("--html"),
                             QStringLiteral("-")};
            if (!choice.at(1).isEmpty())
                args << QStringLiteral("--lang") << choice.at(1);
            if (!choice.at(2).isEmpty())
                args << QStringLiteral("--consignor") << choice.at(2);
            const ::test::CliResult r = ::test::runBreachdesk(ws.dir.path(), args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.out, QString::fromUtf8(filingWebPage(*page.draft())));
        }
    }

private:
    QTemporaryDir m_keys;
};

QTEST_MAIN(TestFilingsPage)
#include "tst_filingspage.moc"
