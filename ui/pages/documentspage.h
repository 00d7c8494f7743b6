// Documents: the incident's letters for a recipient group. The draft of the chosen document kind in Japanese
// and English side by side (rich-text editors with marked placeholders and a palette), saved to the
// incident's copy as the officer types; a live preview of the real PDF for a chosen recipient; the problems
// found before output, each leading to the place to fix; and the outputs — merged PDF, one PDF per recipient,
// ODT of the draft, print.
#pragma once

#include "letterissue.h"
#include "lettersession.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace bd {

class IncidentDocument;
class PdfPreview;
class PlaceholderPalette;
class TemplateEditor;

class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPage(IncidentDocument* document, QWidget* parent = nullptr);
    ~DocumentsPage() override;

    TemplateEditor* editor(Lang lang) const { return m_editors[lang == Lang::Ja ? 0 : 1]; }
    PdfPreview* preview() const { return m_preview; }
    PlaceholderPalette* palette() const { return m_palette; }
    QListWidget* problemsList() const { return m_problems; }
    const LetterSession& session() const { return m_session; }

    void selectGroup(const QString& key);
    void selectKind(const QString& kind);
    // Writes pending edits now (otherwise 400 ms after the last keystroke).
    void saveNow();
    // Finished preview renders, and the time from the last edit to the last preview shown.
    int previewCount() const { return m_previewCount; }
    qint64 lastEditToPreviewMs() const { return m_editToPreviewMs; }
    // The recipient shown in the preview (index into the group), or -1 without recipients.
    int recipientIndex() const { return m_recipients > 0 ? m_index : -1; }
    void showRecipient(int index);

    // The outputs, without file dialogs (the buttons ask for the paths, then call these).
    bool exportMerged(const QString& path);
    // One PDF per recipient in `directory`; when it holds other files already, in a new folder inside it.
    bool exportEach(const QString& directory, const QString& pattern);
    bool exportOdt(const QString& path);
    // Issues the letters (without the draft mark, recorded as a batch): the Issue… button after its
    // questions. `reason` is needed, and recorded, when a batch of them was issued before.
    bool issueMerged(const QString& path, const QString& reason = {});
    bool issueEach(const QString& directory, const QString& pattern, const QString& reason = {});

signals:
    void previewUpdated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct PreviewResult
    {
        int generation = 0;
        QByteArray pdf;
        QImage picture;
        qreal dpi = 0;
        QString error;
    };

    void reloadGroups();
    void loadSession();
    void loadEditors();
    void editorEdited(Lang lang);
    void applyEdits();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void refreshProblems();
    void scanRecipients();
    void problemActivated(QListWidgetItem* item);
    void step(int delta);
    void startSample();
    void updateRecipientLabel();
    void resetClicked();
    void dateStyleChanged();
    bool checkBeforeOutput();
    // `note` is added to the summary shown when the letters are written.
    // The print layout of a batch written from the page (control numbers, padding, the batch's id).
    bool setPrintLayout(LetterPlan* plan, LetterSession::Output* output);
    bool runBatch(LetterSession::Output output, const QString& note = {},
                  LetterIntent intent = LetterIntent::Default, const QString& reason = {});
    // What an output of the letters is (draft, issue, copy of the batch issued) and the session to make it
    // with; false after telling the user why it cannot be made.
    bool planOutput(LetterIntent intent, const QString& reason, bool merged, LetterPlan* plan,
                    LetterSession* session);
    // The folder for one PDF per recipient: `directory`, or a new folder inside it when it holds files.
    LetterSession::Output eachOutput(const QString& directory, const QString& pattern, QString* note) const;
    void issueClicked();
    void exportMergedClicked();
    void exportEachClicked();
    void exportOdtClicked();
    void printClicked();
    Lang previewLang() const;
    QString currentHtml() const;

    IncidentDocument* m_document;
    LetterSession m_session;
    bool m_sessionOk = false;
    QString m_loadError;

    QComboBox* m_groupCombo;
    QComboBox* m_kindCombo;
    QComboBox* m_dateStyleCombo;
    QPushButton* m_resetButton;
    QLabel* m_stateLabel;
    PlaceholderPalette* m_palette;
    std::array<TemplateEditor*, 2> m_editors{};
    std::array<bool, 2> m_dirty{false, false};
    Lang m_activeLang = Lang::Ja;
    PdfPreview* m_preview;
    QComboBox* m_previewLangCombo;
    QLabel* m_recipientLabel;
    QListWidget* m_problems;
    QLineEdit* m_patternEdit;

    QTimer m_saveTimer;
    QTimer m_previewTimer;
    QElapsedTimer m_editClock;
    bool m_editPending = false;
    QFutureWatcher<PreviewResult>* m_watcher;
    int m_generation = 0;
    bool m_previewQueued = false;
    bool m_previewWhenShown = false; // a preview was due while the page was hidden
    int m_previewCount = 0;
    qint64 m_editToPreviewMs = -1;

    int m_recipients = 0;
    int m_index = 0;
    std::optional<Recipient> m_recipient;
    QList<int> m_sample; // indices of a random sample being stepped through
    int m_samplePos = -1;
    RecipientScan m_scan;
};

} // namespace bd
