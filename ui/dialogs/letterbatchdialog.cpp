#include "letterbatchdialog.h"

#include "database.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bd {

LetterBatchDialog::LetterBatchDialog(const LetterSession& session, const QString& workspacePath, int count,
                                     const LetterSession::Output& output, QWidget* parent)
    : QDialog(parent), m_session(std::make_shared<LetterSession>(session)), m_path(workspacePath),
      m_count(count), m_output(output), m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_bar(new QProgressBar), m_label(new QLabel), m_cancelButton(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("letterBatchDialog"));
    setWindowTitle(tr("Writing letters"));
    setModal(true);
    m_bar->setObjectName(QStringLiteral("batchProgressBar"));
    m_bar->setRange(0, std::max(1, count));
    m_bar->setValue(0);
    m_label->setObjectName(QStringLiteral("batchTimeLeftLabel"));
    m_label->setText(tr("Preparing %n letter(s)…", nullptr, count));
    m_cancelButton->setObjectName(QStringLiteral("batchCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &LetterBatchDialog::cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton, 0, Qt::AlignRight);
    setMinimumWidth(420);
}

LetterBatchDialog::~LetterBatchDialog()
{
    m_cancel->store(true);
}

int LetterBatchDialog::exec()
{
    m_running = true;
    m_clock.start();
    auto* watcher = new QFutureWatcher<BatchResult>(this);
    connect(watcher, &QFutureWatcher<BatchResult>::finished, this, [this, watcher] {
        m_result = watcher->result();
        m_running = false;
        watcher->deleteLater();
        if (m_result.status == BatchResult::Status::Done)
            accept();
        else
            QDialog::reject();
    });
    QPointer<LetterBatchDialog> self(this);
    const auto report = [self](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, done, total] {
                if (self)
                    self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(
        [session = m_session, path = m_path, count = m_count, output = m_output, cancel = m_cancel, report] {
            Database db; // this thread's own connection
            StorageError error;
            if (!db.open(path, OpenMode{OpenMode::PreferWrite}, &error)) {
                BatchResult failed;
                failed.error = error.message;
                return failed;
            }
            const BatchJob job = session->makeJob(db, count, output);
            return BatchRunner::run(job, report, cancel.get());
        }));
    return QDialog::exec();
}

void LetterBatchDialog::progress(qsizetype done, qsizetype total)
{
    m_bar->setMaximum(int(std::max<qsizetype>(1, total)));
    m_bar->setValue(int(done));
    if (done <= 0 || m_cancel->load())
        return;
    const qint64 elapsed = m_clock.elapsed();
    const qint64 leftMs = elapsed * (total - done) / done;
    const qint64 seconds = (leftMs + 999) / 1000;
    m_label->setText(
        seconds >= 60
            ? tr("%1 of %2 letters — about %3 min left").arg(done).arg(total).arg((seconds + 59) / 60)
            : tr("%1 of %2 letters — about %3 s left").arg(done).arg(total).arg(seconds));
}

void LetterBatchDialog::cancel()
{
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_label->setText(tr("Cancelling: removing what was written…"));
}

void LetterBatchDialog::reject()
{
    // Escape or closing the window: cancel, and close once the worker has cleaned up.
    if (m_running)
        cancel();
    else
        QDialog::reject();
}

} // namespace bd
