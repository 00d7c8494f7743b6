// Runs a batch of letters (merged PDF and/or one PDF per recipient) on a worker thread with a progress bar,
// the time left and Cancel. The worker reads the recipients through its own connection to the workspace;
// cancelling or a failure leaves no file behind (BatchRunner writes atomically).
#pragma once

#include "batchrunner.h"
#include "lettersession.h"

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace bd {

class LetterBatchDialog : public QDialog
{
    Q_OBJECT
public:
    LetterBatchDialog(const LetterSession& session, const QString& workspacePath, int count,
                      const LetterSession::Output& output, QWidget* parent = nullptr);
    ~LetterBatchDialog() override;

    // Starts the batch and returns when it is done or cancelled.
    int exec() override;
    const BatchResult& result() const { return m_result; }
    // Asks the batch to stop (as the Cancel button does).
    void cancel();

protected:
    void reject() override;

private:
    void progress(qsizetype done, qsizetype total);

    std::shared_ptr<LetterSession> m_session;
    QString m_path;
    int m_count;
    LetterSession::Output m_output;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    BatchResult m_result;
    QElapsedTimer m_clock;
    QProgressBar* m_bar;
    QLabel* m_label;
    QPushButton* m_cancelButton;
};

} // namespace bd
