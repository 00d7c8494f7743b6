// The Documents page in the real window over a temporary workspace with the demo incident and a few
// employees: the draft in Japanese and English, the placeholder palette, saving and the live preview,
// problems that lead to the place to fix, reset, and a merged PDF read back with Poppler.
#include "builtintemplates.h"
#include "database.h"
#include "dialogs.h"
#include "documentspage.h"
#include "exportaudit.h"
#include "incidentdocument.h"
#include "incidenttransfer.h"
#include "letterbatchdialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "pdfpreview.h"
#include "placeholderpalette.h"
#include "recipientrepository.h"
#include "templateeditor.h"
#include "templaterepository.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

class TestDocumentsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftShownInJapaneseAndEnglishWithPreview();
    void paletteInsertsByDoubleClickAndDrag();
    void editIsSavedAndPreviewRerenders();
    void unknownPlaceholderListedAndClickMovesCursor();
    void resetReturnsToTheBuiltIn();
    void recipientWithoutAddressIsFixedFromTheList();
    void mergedPdfHasEveryRecipient();
    void dateStyleWarekiIsKept();
    void cancelledBatchLeavesNoFile();
    void issueButton_issuesOnceThenExportsAreCopies();

private:
    DocumentsPage* openPage();
    QListWidgetItem* problemContaining(const QString& text) const;
    TemplateDraft draft(const QString& lang) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    DocumentsPage* m_page = nullptr;
    qint64 m_incidentId = 0;
};

void TestDocumentsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

void TestDocumentsPage::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++n)), &error),
             qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY(id);
    m_incidentId = *id;
    RecipientRepository repo(*m_db);
    QVERIFY(repo.ensureBuiltinGroups(m_incidentId, &error));
    const auto group = repo.groupByKey(m_incidentId, QStringLiteral("employees"), &error);
    QVERIFY(group);
    QList<Recipient> people(3);
    people[0].name = QStringLiteral("髙橋 一郎");
    people[0].postcode = QStringLiteral("1000001");
    people[0].address = QStringLiteral("東京都千代田区千代田一丁目1番1号");
    people[0].sourceRow = 2;
    people[1].name = QStringLiteral("John Smith");
    people[1].address = QStringLiteral("1 Main Street, London");
    people[1].language = QStringLiteral("en");
    people[1].sourceRow = 3;
    people[2].name = QStringLiteral("山﨑 月子");
    people[2].sourceRow = 4; // no address
    QVERIFY(repo.insertMany(group->id, people, QStringLiteral("employees.csv"), &error));
    QSettings().clear();
}

void TestDocumentsPage::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

DocumentsPage* TestDocumentsPage::openPage()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_incidentId);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    m_window->showPage(QStringLiteral("documentsPage"));
    m_page = qobject_cast<DocumentsPage*>(m_window->pages()->currentWidget());
    if (!m_page)
        return nullptr;
    m_page->selectKind(QString::fromLatin1(TemplateKind::LetterIndividual));
    m_page->selectGroup(QStringLiteral("employees"));
    return m_page;
}

QListWidgetItem* TestDocumentsPage::problemContaining(const QString& text) const
{
    for (int i = 0; i < m_page->problemsList()->count(); ++i)
        if (m_page->problemsList()->item(i)->text().contains(text))
            return m_page->problemsList()->item(i);
    return nullptr;
}

TemplateDraft TestDocumentsPage::draft(const QString& lang) const
{
    StorageError error;
    return *TemplateRepository(*m_db, BuiltinTemplates::lookup())
                .load(
                    m_incidentId,
                    {QString::fromLatin1(TemplateKind::LetterIndividual), QStringLiteral("employees"), lang},
                    &error);
}

void TestDocumentsPage::draftShownInJapaneseAndEnglishWithPreview()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    QCOMPARE(m_window->navigation()->findItems(QStringLiteral("Documents"), Qt::MatchExactly).size(), 1);
    const QString ja = page->editor(Lang::Ja)->textEdit()->toPlainText();
    const QString en = page->editor(Lang::En)->textEdit()->toPlainText();
    QVERIFY(ja.contains(QStringLiteral("拝啓")));
    QVERIFY(ja.contains(QStringLiteral("{{recipient.honorific_name}}")));
    QVERIFY(en.contains(QStringLiteral("What Happened")));
    // The preview is the real PDF for the first recipient.
    QTRY_VERIFY_WITH_TIMEOUT(page->previewCount() > 0, 10000);
    QVERIFY(page->preview()->pageCount() >= 1);
    // (Full-width spaces set the name apart, which the text layer reads back as spaces of its own.)
    QVERIFY2(page->preview()
                 ->pageText()
                 .simplified()
                 .remove(QLatin1Char(' '))
                 .contains(QStringLiteral("髙橋一郎様")),
             qPrintable(page->preview()->pageText()));
    // BD_SCREENSHOT_DIR=… saves what the page looks like, to look at.
    if (const QString dir = qEnvironmentVariable("BD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->resize(1600, 1000);
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(!page->preview()->pageText().isEmpty(), 5000);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("documentspage.png")));
        QFile dump(QDir(dir).filePath(QStringLiteral("roundtrip.ja.html")));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(page->session().templateText(Lang::Ja).toUtf8());
        QFile pdf(QDir(dir).filePath(QStringLiteral("preview.pdf")));
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(page->preview()->pdf());
    }
    // Next recipient: the English one gets the English letter.
    const int before = page->previewCount();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("nextRecipientButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->previewCount() > before, 10000);
    QVERIFY(page->preview()->pageText().contains(QStringLiteral("John Smith")));
    QVERIFY(page->preview()->pageText().contains(QStringLiteral("Notice of Data Breach")));
    // Sample 20 of a group of 3 steps through all of them.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("sampleButton")), Qt::LeftButton);
    QCOMPARE(page->recipientIndex(), 0);
}

void TestDocumentsPage::paletteInsertsByDoubleClickAndDrag()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    QTextEdit* en = page->editor(Lang::En)->textEdit();
    en->setFocus();
    en->moveCursor(QTextCursor::End);
    QTreeWidgetItem* phone = page->palette()->itemFor(QStringLiteral("desk.phone"));
    QVERIFY(phone);
    emit page->palette()->itemDoubleClicked(phone, 0);
    QVERIFY(en->toPlainText().contains(QStringLiteral("{{desk.phone}}")));

    // Dragging carries the snippet as text, which the editor accepts on drop.
    QAbstractItemModel* model = page->palette()->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("recipient.name"), 1,
                     Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
    QCOMPARE(found.size(), 1);
    const QModelIndex index = found.constFirst();
    std::unique_ptr<QMimeData> mime(page->palette()->model()->mimeData({index}));
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("{{recipient.name}}"));
    QTextEdit* ja = page->editor(Lang::Ja)->textEdit();
    const QPoint at = ja->cursorRect(QTextCursor(ja->document())).center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(ja->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(ja->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(ja->viewport(), &drop);
    QVERIFY(ja->toPlainText().contains(QStringLiteral("{{recipient.name}}")));
}

void TestDocumentsPage::editIsSavedAndPreviewRerenders()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->previewCount() > 0, 10000);
    const int before = page->previewCount();
    QTextEdit* ja = page->editor(Lang::Ja)->textEdit();
    ja->setFocus();
    ja->moveCursor(QTextCursor::Start);
    QTest::keyClicks(ja, QStringLiteral("XYZZY"));
    QTRY_VERIFY_WITH_TIMEOUT(draft(QStringLiteral("ja")).isCopy, 3000);
    QVERIFY(draft(QStringLiteral("ja")).body.contains(QStringLiteral("XYZZY")));
    QVERIFY(!draft(QStringLiteral("en")).isCopy); // the other side is untouched
    QTRY_VERIFY_WITH_TIMEOUT(page->previewCount() > before, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->preview()->pageText().contains(QStringLiteral("XYZZY")), 5000);
    QVERIFY(page->lastEditToPreviewMs() >= 0);
    qInfo("edit to preview: %lld ms", page->lastEditToPreviewMs());
    // The saved draft renders the same letter (section tags were kept standing alone).
    QVERIFY(!page->preview()->pageText().contains(QStringLiteral("{{")));
}

void TestDocumentsPage::unknownPlaceholderListedAndClickMovesCursor()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    QTextEdit* en = page->editor(Lang::En)->textEdit();
    en->setFocus();
    en->moveCursor(QTextCursor::End);
    QTest::keyClicks(en, QStringLiteral("{{no.such}}"));
    QTRY_VERIFY_WITH_TIMEOUT(problemContaining(QStringLiteral("no.such")), 3000);
    QListWidgetItem* item = problemContaining(QStringLiteral("no.such"));
    QVERIFY(item->text().contains(QStringLiteral("English, line")));
    en->moveCursor(QTextCursor::Start);
    QListWidget* list = page->problemsList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(en->textCursor().selectedText(), QStringLiteral("{{no.such}}"));
    // Removing it clears the problem.
    en->textCursor().removeSelectedText();
    QTRY_VERIFY_WITH_TIMEOUT(!problemContaining(QStringLiteral("no.such")), 3000);
}

void TestDocumentsPage::resetReturnsToTheBuiltIn()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    auto* reset = page->findChild<QPushButton*>(QStringLiteral("resetButton"));
    QVERIFY(!reset->isEnabled());
    QTextEdit* ja = page->editor(Lang::Ja)->textEdit();
    ja->setFocus();
    QTest::keyClicks(ja, QStringLiteral("PLUGH"));
    page->saveNow();
    QVERIFY(draft(QStringLiteral("ja")).isCopy);
    QVERIFY(reset->isEnabled());
    // "No" keeps the draft.
    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(draft(QStringLiteral("ja")).isCopy);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!draft(QStringLiteral("ja")).isCopy);
    QVERIFY(!page->editor(Lang::Ja)->textEdit()->toPlainText().contains(QStringLiteral("PLUGH")));
    QVERIFY(page->editor(Lang::Ja)->textEdit()->toPlainText().contains(QStringLiteral("拝啓")));
}

void TestDocumentsPage::recipientWithoutAddressIsFixedFromTheList()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    QListWidgetItem* item = problemContaining(QStringLiteral("row 4"));
    QVERIFY(item);
    QVERIFY(item->text().contains(QStringLiteral("postal address")));
    QVERIFY(!item->text().contains(QStringLiteral("山﨑"))); // the message names the row, not the person
    Dialogs::setNextText(QStringLiteral("大阪府大阪市北区梅田一丁目1番1号"));
    QListWidget* list = page->problemsList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(page->recipientIndex(), 2);
    QVERIFY(!problemContaining(QStringLiteral("row 4")));
    StorageError error;
    const auto group =
        RecipientRepository(*m_db).groupByKey(m_incidentId, QStringLiteral("employees"), &error);
    QList<Recipient> rows = RecipientRepository(*m_db).page(group->id, RecipientQuery{}, &error);
    QCOMPARE(rows.at(2).address, QStringLiteral("大阪府大阪市北区梅田一丁目1番1号"));
}

void TestDocumentsPage::mergedPdfHasEveryRecipient()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    const QString out = m_dir.filePath(QStringLiteral("merged.pdf"));
    // Refused while a postal recipient has no address: nothing is written.
    Dialogs::setNextFileName(out);
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportMergedButton")), Qt::LeftButton);
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("Nothing was written")));
    QVERIFY(!QFile::exists(out));

    StorageError error;
    RecipientRepository repo(*m_db);
    const auto group = repo.groupByKey(m_incidentId, QStringLiteral("employees"), &error);
    const QList<Recipient> rows = repo.page(group->id, RecipientQuery{}, &error);
    QVERIFY(repo.setField(rows.at(2).id, QStringLiteral("address"), QStringLiteral("京都府京都市"), &error));
    // Never over the open workspace's own files: the -wal holds edits not yet in the main file.
    const QString wal = m_db->path() + QStringLiteral("-wal");
    const QByteArray walBefore = test::fileSha256(wal).toLatin1();
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    QVERIFY(!page->exportMerged(wal));
    QVERIFY2(Dialogs::lastWarning().contains(QStringLiteral("could not be written")),
             qPrintable(Dialogs::lastWarning()));
    QCOMPARE(test::fileSha256(wal).toLatin1(), walBefore);
    QVERIFY(test::exportEntries(*m_db).isEmpty());

    Dialogs::setNextAnswer(QMessageBox::Ok); // the summary
    QVERIFY(page->exportMerged(out));
    // Recorded with the SHA-256 of exactly the file written.
    QCOMPARE(test::exportEntries(*m_db).size(), 1);
    QVERIFY2(test::exportEntries(*m_db).constLast().startsWith(QStringLiteral("letters: employees, ")),
             qPrintable(test::exportEntries(*m_db).constLast()));
    QVERIFY(
        test::exportEntries(*m_db).constLast().endsWith(QStringLiteral("sha256:") + test::fileSha256(out)));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
    QVERIFY(doc);
    QVERIFY(doc->numPages() >= 3);
    QString all;
    for (int i = 0; i < doc->numPages(); ++i)
        all += doc->page(i)->text(QRectF());
    for (const QString& name :
         {QStringLiteral("髙橋 一郎"), QStringLiteral("John Smith"), QStringLiteral("山﨑 月子")})
        QVERIFY2(all.contains(name), qPrintable(name));
    QCOMPARE(all.count(QStringLiteral("What Happened")), 1);

    // One PDF per recipient, named from the pattern.
    const QString dir = m_dir.filePath(QStringLiteral("each"));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(page->exportEach(dir, QStringLiteral("{group}-{row}-{name}")));
    QVERIFY(QDir(dir).entryList(QDir::Files).contains(QStringLiteral("employees-3-John Smith.pdf")));
    // Again into the same folder, which now holds letters: they go to a new folder inside it, named from the
    // kind, the group and the date; nothing there is replaced.
    const QStringList first = QDir(dir).entryList(QDir::Files);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(page->exportEach(dir, QStringLiteral("{group}-{row}-{name}")));
    QCOMPARE(QDir(dir).entryList(QDir::Files), first);
    const QStringList made = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(made.size(), 1);
    QVERIFY2(made.constFirst().startsWith(QStringLiteral("letter-individual-employees-")),
             qPrintable(made.join(u',')));
    QVERIFY(QDir(dir).entryList(QDir::Files).contains(QStringLiteral("manifest.json")));
    QVERIFY(QDir(QDir(dir).filePath(made.constFirst()))
                .entryList(QDir::Files)
                .contains(QStringLiteral("employees-3-John Smith.pdf")));

    // ODT of the draft.
    const QString odt = m_dir.filePath(QStringLiteral("draft.odt"));
    QVERIFY(page->exportOdt(odt));
    QVERIFY(QFileInfo(odt).size() > 0);
    // Every export recorded: the merged PDF, the two folders (by their manifests) and the ODT.
    const QStringList exports = test::exportEntries(*m_db);
    QCOMPARE(exports.size(), 4);
    QVERIFY(exports.at(1).endsWith(QStringLiteral("sha256:") +
                                   test::fileSha256(QDir(dir).filePath(QStringLiteral("manifest.json")))));
    QVERIFY(exports.at(3).endsWith(QStringLiteral(", odt, 1 records, sha256:") + test::fileSha256(odt)));
}

void TestDocumentsPage::dateStyleWarekiIsKept()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    auto* combo = page->findChild<QComboBox*>(QStringLiteral("dateStyleCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("wareki")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(page->session().dateStyle(), DateStyle::Wareki);
    QTRY_VERIFY_WITH_TIMEOUT(page->preview()->pageText().contains(QStringLiteral("令和")), 10000);
    StorageError error;
    QCOMPARE(TemplateRepository(*m_db, BuiltinTemplates::lookup())
                 .dateStyle(m_incidentId, QString::fromLatin1(TemplateKind::LetterIndividual),
                            QStringLiteral("employees"), &error),
             QStringLiteral("wareki"));
}

void TestDocumentsPage::cancelledBatchLeavesNoFile()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    LetterSession::Output output;
    output.mergedPath = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    output.perLetterDirectory = m_dir.filePath(QStringLiteral("cancelled"));
    LetterBatchDialog dialog(page->session(), m_db->path(), 3, output, page);
    dialog.cancel(); // before the first chunk: the runner stops at once
    dialog.exec();
    QCOMPARE(dialog.result().status, BatchResult::Status::Cancelled);
    QVERIFY(!QFile::exists(output.mergedPath));
    QVERIFY(!QFileInfo::exists(output.perLetterDirectory));
}

// Exports are drafts marked on every page until Issue…, which writes the letters without the mark and records
// the batch; issuing again asks why; an export after issuing is a copy with the issued bytes.
void TestDocumentsPage::issueButton_issuesOnceThenExportsAreCopies()
{
    DocumentsPage* page = openPage();
    QVERIFY(page);
    StorageError error;
    RecipientRepository repo(*m_db);
    const auto group = repo.groupByKey(m_incidentId, QStringLiteral("employees"), &error);
    const QList<Recipient> rows = repo.page(group->id, RecipientQuery{}, &error);
    QVERIFY(repo.setField(rows.at(2).id, QStringLiteral("address"), QStringLiteral("京都府京都市"), &error));
    const auto texts = [](const QString& path) {
        QStringList pages;
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        for (int i = 0; doc && i < doc->numPages(); ++i)
            pages << doc->page(i)->text(QRectF());
        return pages;
    };
    const auto batches = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM letter_batch")) && q.next() ? q.value(0).toInt()
                                                                                       : -1;
    };

    const QString draft = m_dir.filePath(QStringLiteral("draft.pdf"));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the summary
    QVERIFY(page->exportMerged(draft));
    for (const QString& text : texts(draft))
        QVERIFY(text.contains(QStringLiteral("下書き")) || text.contains(QStringLiteral("DRAFT")));
    QCOMPARE(batches(), 0);

    // Issue… asks first (one merged PDF, one per recipient, or cancel); cancelled, nothing is issued.
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
    QVERIFY2(Dialogs::lastQuestion().contains(QStringLiteral("Issue 3 letters to employees")),
             qPrintable(Dialogs::lastQuestion()));
    QCOMPARE(batches(), 0);
    const QString issued = m_dir.filePath(QStringLiteral("issued.pdf"));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the summary
    QVERIFY(page->issueMerged(issued));
    const QStringList issuedPages = texts(issued);
    QVERIFY(issuedPages.size() >= 3);
    for (const QString& text : issuedPages)
        QVERIFY(!text.contains(QStringLiteral("下書き")) && !text.contains(QStringLiteral("DRAFT")));
    QCOMPARE(batches(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT recipient_count, output_sha256 FROM letter_batch")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toString(), test::fileSha256(issued));

    // Issuing again asks why; no answer, no batch; without a reason it is refused.
    Dialogs::setNextText(QString(), false);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
    QCOMPARE(batches(), 1);
    const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    QVERIFY(!page->issueMerged(again));
    QVERIFY2(Dialogs::lastWarning().contains(QStringLiteral("issued already (batch 1")),
             qPrintable(Dialogs::lastWarning()));
    QVERIFY(!QFile::exists(again));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(page->issueMerged(again, QStringLiteral("Returned by the post office")));
    QCOMPARE(batches(), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT reissue_of, reissue_reason FROM letter_batch WHERE id = 2")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Returned by the post office"));

    // Exporting again is a copy of the batch: the same bytes, recorded as such.
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(page->exportMerged(copy));
    QCOMPARE(test::fileSha256(copy), test::fileSha256(again));
    QVERIFY2(test::exportEntries(*m_db).constLast().contains(QStringLiteral("copy of batch 2")),
             qPrintable(test::exportEntries(*m_db).constLast()));
}

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
