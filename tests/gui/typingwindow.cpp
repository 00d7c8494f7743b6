// Helper for tst_typingkill: the real window, typed into until it is killed.
//   bd_typingwindow WORKSPACE SEED [--burst] [--max-seconds N]
// Opens WORKSPACE as ui/application.cpp does, builds the MainWindow on it and opens its first incident. Then,
// in an endless loop, it types with real key events into three fields of the editor:
//   title_en          the English title, replaced by "Typing title N" (Overview page)
//   cause_en          the English "cause" narrative, " wN" appended (Narrative page)
//   contained_on      the day the incident was contained: "Known" ticked, then the Up key on the day (or, at
//   the
//                     end of a month or year, on the month or the year) (Facts page)
// N goes on from the highest number the fields hold, so each typed state is new and a later state always has
// a higher number (or a later date). Each step types a whole word at once (a later state is never a prefix of
// an earlier one), then the window runs for a random pause: sometimes shorter than the editor's typing pause
// (the next word joins the same save), sometimes longer (it is saved), sometimes the next step goes to
// another page (leaving the field saves it).
//
// It reports on standard output, one flushed line each, a JSON object after the keyword:
//   READY {"code": …, "journal_mode": …, "synchronous": …}
//                                     the window is shown, its connection set so; typing starts
//   SAVED {"field": …, "value": …}    the status bar says "All changes saved" while the field shows this
//   value
//                                     and no typing in it waits for its pause (the value the document holds)
//   BUSY {"field": …, "value": …}     the status bar says "Not saved – workspace busy" while the field shows
//                                     this value, and the value waits in the document's retry queue
//   TYPED {"field": …, "value": …, "ms": …}
//                                     after a step of typing, the field shows this value while the status bar
//                                     says "All changes saved" (or, before the first save, "Every change is
//                                     saved as you type."); ms on the monotonic clock (QElapsedTimer)
// It stops by itself after --max-seconds (default 120), in case the test that started it is gone.
#include "database.h"
#include "fields.h"
#include "incidentdocument.h"
#include "incidentrepository.h"
#include "localization.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace bd;

namespace {

void report(const char* keyword, const QJsonObject& object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::printf("%s %s\n", keyword, json.constData());
    std::fflush(stdout);
}

struct TypedField
{
    QString name;
    std::function<QString()> shown; // what the widget shows
    std::function<QString()> held;  // what the document holds (saved, or waiting in the retry queue)
    std::function<void()> typeStep;
};

// The highest N in "Typing title N" or a trailing "wN".
qint64 counterIn(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("(?:Typing title |w)(\\d+)$"));
    const QRegularExpressionMatch m = number.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// Now on the monotonic clock, comparable between processes (QElapsedTimer::MonotonicClock).
qint64 monotonicMs()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

// Gives the widget keyboard focus as a click does.
void focus(QWidget* widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
    if (!widget->hasFocus())
        widget->setFocus(Qt::MouseFocusReason);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
    QStringList args = app.arguments();
    int maxSeconds = 120;
    if (const qsizetype i = args.indexOf(QStringLiteral("--max-seconds")); i > 0 && i + 1 < args.size()) {
        maxSeconds = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    const bool burst = args.removeAll(QStringLiteral("--burst")) > 0;
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bd_typingwindow WORKSPACE SEED [--burst] [--max-seconds N]\n");
        return 1;
    }
    QRandomGenerator random(args.at(2).toUInt());

    Database db;
    StorageError error;
    if (!db.open(args.at(1), OpenMode{}, &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.text()));
        return 2;
    }
    const QList<IncidentSummary> incidents = IncidentRepository(db).list(true, &error);
    if (incidents.isEmpty()) {
        std::fprintf(stderr, "no incident: %s\n", qPrintable(error.text()));
        return 3;
    }

    Workspace ws(db);
    MainWindow window(ws);
    window.openIncident(incidents.constFirst().id);
    window.show();
    QApplication::setActiveWindow(&window);
    IncidentDocument* doc = window.document();
    if (!doc->isLoaded())
        return 4;
    doc->undoStack()->setUndoLimit(50); // it types for as long as the test lets it
    QObject::connect(doc, &IncidentDocument::storageFailed, [](const StorageError& e) {
        std::fprintf(stderr, "storage failed: %s\n", qPrintable(e.text()));
    });
    const auto* status = window.findChild<QLabel*>(QStringLiteral("savedLabel"));
    const QString savedPrefix = QCoreApplication::translate("bd::MainWindow", "All changes saved (%1)")
                                    .section(QStringLiteral("%1"), 0, 0);
    const QString savedPromise = QCoreApplication::translate(
        "bd::MainWindow", "Every change is saved as you type."); // before any save
    const QString busyText = QCoreApplication::translate("bd::MainWindow", "Not saved – workspace busy");

    const auto page = [&window](const char* name) {
        window.showPage(QString::fromLatin1(name));
        return window.pages()->currentWidget();
    };
    auto* title = page("overviewPage")->findChild<QLineEdit*>(QStringLiteral("titleEnLineEdit"));
    auto* cause = page("narrativePage")->findChild<QPlainTextEdit*>(QStringLiteral("narrative_cause_en"));
    auto* contained = page("factsPage")->findChild<OptionalDateEdit*>(QStringLiteral("containedOnEdit"));
    if (!status || !title || !cause || !contained) {
        std::fprintf(stderr, "the window has no status label, title, cause narrative or containment date\n");
        return 5;
    }
    const IncidentFieldSpec* containedSpec = incidentField(QStringLiteral("contained_on"));
    qint64 counter = std::max(counterIn(title->text()), counterIn(cause->toPlainText()));

    QList<TypedField> fields;
    fields.append({QStringLiteral("title_en"), [title] { return title->text(); },
                   [doc] { return doc->incident().titleEn; },
                   [&] {
                       page("overviewPage");
                       focus(title);
                       QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
                       QTest::keyClicks(title, QStringLiteral("Typing title %1").arg(++counter));
                   }});
    fields.append({QStringLiteral("cause_en"), [cause] { return cause->toPlainText(); },
                   [doc] {
                       const Narrative* n = doc->incident().narrative(NarrativeSection::Cause);
                       return n ? n->textEn : QString();
                   },
                   [&] {
                       page("narrativePage");
                       focus(cause);
                       // Kept well under the narrative's length limit: a long text starts again.
                       if (cause->toPlainText().size() > 3000)
                           QTest::keyClick(cause, Qt::Key_A, Qt::ControlModifier);
                       else
                           QTest::keyClick(cause, Qt::Key_End, Qt::ControlModifier);
                       QTest::keyClicks(cause, QStringLiteral(" w%1").arg(++counter));
                   }});
    fields.append(
        {QStringLiteral("contained_on"),
         [contained] { return contained->value().toDate().toString(Qt::ISODate); },
         [doc, containedSpec] { return containedSpec->get(doc->incident()).toDate().toString(Qt::ISODate); },
         [&] {
             page("factsPage");
             if (!contained->isKnown()) {
                 QTest::mouseClick(contained->knownCheckBox(), Qt::LeftButton);
                 return;
             }
             QDateTimeEdit* editor = contained->editor();
             editor->setFocus(Qt::TabFocusReason);
             const QDate before = editor->date();
             // The day stops at the month's end, the month at December: then the next larger section.
             // (Chosen by index: the format's weekday "ddd" is a DaySection too, and stepping it may go
             // back.)
             for (QDateTimeEdit::Section section :
                  {QDateTimeEdit::DaySection, QDateTimeEdit::MonthSection, QDateTimeEdit::YearSection}) {
                 for (int i = 0; i < editor->sectionCount(); ++i)
                     if (editor->sectionAt(i) == section) {
                         editor->setCurrentSectionIndex(i);
                         break;
                     }
                 QTest::keyClick(editor, Qt::Key_Up);
                 if (editor->date() > before)
                     break;
             }
         }});

    // What the window shows now: the status bar and each field.
    QHash<QString, QString> reportedSaved, reportedBusy; // per field, the value last reported
    const auto reportState = [&] {
        const QString text = status->text();
        const bool saved = text.startsWith(savedPrefix);
        const bool busy = text == busyText;
        const QString queue = busy ? doc->pendingEditsText() : QString();
        for (const TypedField& f : fields) {
            const QString shown = f.shown();
            if (shown != f.held()) // typed, waiting for the typing pause: not claimed saved
                continue;
            if (saved && shown != reportedSaved.value(f.name)) {
                reportedSaved.insert(f.name, shown);
                report("SAVED", {{QStringLiteral("field"), f.name}, {QStringLiteral("value"), shown}});
            } else if (busy && shown != reportedSaved.value(f.name) && shown != reportedBusy.value(f.name) &&
                       (queue.contains(QStringLiteral(":\n") + shown + QStringLiteral("\n\n")) ||
                        queue.endsWith(QStringLiteral(":\n") + shown))) {
                reportedBusy.insert(f.name, shown);
                report("BUSY", {{QStringLiteral("field"), f.name}, {QStringLiteral("value"), shown}});
            }
        }
    };
    // (connected after the window's own connections: the status bar already shows the news)
    QObject::connect(doc, &IncidentDocument::saved, reportState);
    QObject::connect(doc, &IncidentDocument::pendingChanged, reportState);

    // How the window's own connection writes: a kill cannot tell synchronous=FULL from OFF (the kernel keeps
    // what was written), a power cut can.
    QSqlQuery pragma(db.connection());
    const auto setting = [&pragma](const QString& name) {
        return pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next() ? pragma.value(0).toString()
                                                                              : QString();
    };
    report("READY", {{QStringLiteral("code"), doc->incident().code},
                     {QStringLiteral("journal_mode"), setting(QStringLiteral("journal_mode"))},
                     {QStringLiteral("synchronous"), setting(QStringLiteral("synchronous"))}});
    QElapsedTimer running;
    running.start();
    qsizetype current = 1; // (the narrative, the only field of a burst)
    while (running.elapsed() < maxSeconds * 1000LL) {
        if (!burst && random.bounded(3) == 0) // now and then another field, often the same one again
            current = random.bounded(int(fields.size()));
        TypedField& field = fields[current];
        field.typeStep();
        if (status->text().startsWith(savedPrefix) || status->text() == savedPromise)
            report("TYPED", {{QStringLiteral("field"), field.name},
                             {QStringLiteral("value"), field.shown()},
                             {QStringLiteral("ms"), monotonicMs()}});
        // The editor saves typing after a 300 ms pause; a burst never pauses that long.
        QTest::qWait(int(burst ? 20 + random.bounded(100) : random.bounded(500)));
        reportState();
    }
    std::fprintf(stderr, "bd_typingwindow: not killed within %d s\n", maxSeconds);
    return 6;
}
