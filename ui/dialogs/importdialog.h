// Imports a CSV or XLSX list into a recipient group: shows the detected encoding (changeable) or the sheet,
// previews the first rows under one mapping combo per column (guessed from the header, or remembered for the
// group), reads the file and works out the import plan off the GUI thread (Cancel stops a big or hostile
// file being read), and lists what it will do — rows accepted, rows with
// problems (file row, column, reason), duplicates — before anything is saved. "Import N good rows" commits
// them in one transaction on a worker thread with its own connection, under a progress dialog whose Cancel
// rolls the transaction back; Cancel leaves the workspace as it was. A saved import is one undo step
// (RecipientService::importSaved).
#pragma once

#include "importplan.h"
#include "recipientservice.h"
#include "sourcefile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace bd {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace& workspace, const RecipientGroup& group, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Opens a list: starts reading it on a worker thread, which detects format and encoding; the preview and
    // the mapping are shown once the first rows are read, then the plan. False (with errorString()) when the
    // file cannot be opened; when it turns out unreadable (a damaged workbook …) the reason is shown in the
    // dialog and errorString() has it once isPlanning() is false.
    bool setFile(const QString& path);
    QString errorString() const { return m_error; }

    // Reading or planning on the worker thread.
    bool isPlanning() const { return m_thread != nullptr; }
    // Reading a new file (or encoding, or sheet) whose preview is not shown yet.
    bool isLoading() const { return m_thread != nullptr && !m_previewShown; }
    // The accepted rows are being saved (the import button was pressed); imported() follows, or the dialog
    // stays open when the save was cancelled or failed.
    bool isSaving() const { return m_saveJob != nullptr; }
    const ImportPlan& plan() const { return m_plan; }
    const ColumnMapping& mapping() const { return m_mapping; }
    QStringList header() const { return m_header; }
    // Sets the field of a 0-based file column as the mapping combo would, and plans again.
    void setColumnField(int column, const QString& fieldKey);
    int importedCount() const { return m_imported; }

    static constexpr int PreviewRows = 20;

    // While saving, closing the dialog cancels the save instead (nothing is saved; the dialog stays).
    void reject() override;

signals:
    void imported(int count);

private:
    struct Job;
    struct SaveJob;

    void chooseFile();
    bool loadFile();
    void fillMappingRow();
    void encodingChosen(int index);
    void sheetChosen(int index);
    void showPreview(const Job& job);
    void startPlanning();
    void startJob(bool load);
    void stopPlanning();
    void planFinished(const std::shared_ptr<Job>& job);
    void showPlan();
    void showProgress();
    void commit();
    void setInputsEnabled(bool enabled);
    void cancelSaving();
    void showSaveProgress();
    void saveFinished(const std::shared_ptr<SaveJob>& job);
    void updateButtons();

    Workspace& m_workspace;
    RecipientGroup m_group;
    ImportOptions m_importOptions;
    QString m_path;
    QString m_error;
    SourceFileOptions m_options;
    QStringList m_header;
    QStringList m_previousHeader; // of the file read before: the same columns keep the user's mapping
    bool m_previewShown = false;
    ColumnMapping m_mapping;
    ImportPlan m_plan;
    bool m_planValid = false;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;
    std::shared_ptr<SaveJob> m_saveJob;
    QThread* m_saveThread = nullptr;
    QProgressDialog* m_saveProgress = nullptr;
    int m_imported = 0;
    bool m_filling = false;
    int m_chosenEncoding = -1; // index in the encoding combo the user picked, -1 for the detected one

    QLabel* m_fileLabel;
    QComboBox* m_encoding;
    QLabel* m_encodingLabel;
    QComboBox* m_sheet;
    QLabel* m_sheetLabel;
    QTableWidget* m_preview;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_problems;
    QCheckBox* m_addRejected;
    QPushButton* m_importButton;
    QTimer* m_progressTimer;
    QTimer* m_saveTimer;
};

} // namespace bd
