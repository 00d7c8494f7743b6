// Everything needed to turn one incident, one recipient group and one document kind into letters: the
// incident, the group, the incident's drafts of the template in Japanese and English, their parsed renderers
// and a context builder per language. Used by the Documents page (preview, problems, output) and by
// `breachdesk export-letters`.
//
// Recipients whose language is English get the English letter, the others the Japanese one (LetterLanguage
// Auto); a session can also be pinned to one language. Batches use merge templates (mergefields.h): the
// letter is rendered once per language and per pattern of empty recipient fields, with marker characters in
// place of the recipient's values, and each letter only patches its values in. Templates that print per-
// recipient values other than recipient.* (a consignor's data sets) are rendered whole for each letter.
#pragma once

#include "batchrunner.h"
#include "documentcontext.h"
#include "letterbatchrepository.h"
#include "printlayout.h"
#include "recipientrepository.h"
#include "templaterenderer.h"
#include "templatevalidator.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <functional>
#include <optional>

namespace bd {

class Database;

enum class LetterLanguage
{
    Auto, // each recipient's language, else the group's default
    Ja,
    En
};
bool letterLanguageFromKey(const QString& key, LetterLanguage* out); // "auto", "ja", "en"

struct LetterRequest
{
    qint64 incidentId = 0;
    QString groupKey;
    QString kind = QStringLiteral("letter-individual");
    LetterLanguage language = LetterLanguage::Auto;
    std::optional<DateStyle> dateStyle; // nullopt: the document's stored setting
    QDate today;                        // null: the current date
};

// What a scan of the group's recipients found (before any output).
struct RecipientScan
{
    int recipients = 0;
    std::array<int, 2> perLanguage{0, 0}; // Ja, En
    QList<Problem> problems;              // per recipient; at most `limit` of them
    int problemCount = 0;                 // all of them, errors and warnings
    int errorCount = 0;
};

class LetterSession
{
    Q_DECLARE_TR_FUNCTIONS(bd::LetterSession)
public:
    LetterSession() = default;

    // Loads the incident, the group (by key) and both drafts. False with a translated `error` for an unknown
    // incident, group or kind.
    bool load(Database& db, const LetterRequest& request, QString* error);

    const LetterRequest& request() const { return m_request; }
    const Incident& incident() const { return m_incident; }
    const RecipientGroup& group() const { return m_group; }
    DateStyle dateStyle() const { return m_dateStyle; }
    TemplateFormat format() const { return m_format; }

    // The draft in use for `lang` (the incident's copy or the built-in); setTemplateText() replaces it for
    // this session only (the editor's unsaved text).
    QString templateText(Lang lang) const { return m_side[index(lang)].text; }
    void setTemplateText(Lang lang, const QString& text);
    void setDateStyle(DateStyle style);

    // The languages letters are written in: both for Auto, else the one chosen.
    QList<Lang> languages() const;
    Lang languageOf(const Recipient& recipient) const;

    // The template's own problems and those of the incident's data (required texts empty, missing
    // translations), with line and column; no recipient.
    QList<Problem> templateProblems(Lang lang) const;
    // The problems of one recipient's letter (an empty required field, no postal address).
    QList<Problem> recipientProblems(const Recipient& recipient) const;
    // Streams the group: counts per language and the recipients' problems (keeps at most `limit`).
    RecipientScan scan(Database& db, int limit = 200, StorageError* error = nullptr) const;

    // The letter's HTML (plain text for the cover e-mail), in the recipient's language.
    QString render(const Recipient& recipient) const;
    QString render(const Recipient& recipient, Lang lang) const;
    // The draft with the example recipient of an empty group: recipient fields empty.
    QString renderWithoutRecipient(Lang lang) const;
    // HTML for the PDF: a plain-text document (the cover e-mail) is wrapped in paragraphs.
    QString printableHtml(const QString& rendered) const;
    // Footer label of a letter ("山田 太郎 様").
    QString footerLabel(const Recipient& recipient) const;

    // A batch over the group's recipients (read through `db`, on the thread that runs the job): merged PDF
    // and/or one PDF per recipient named from `pattern` ({group}, {row}, {name}, {lang}, {index}, {id}).
    // Call on the thread that will run the job.
    struct Output
    {
        QString mergedPath;
        QString perLetterDirectory;
        QString pattern = QStringLiteral("{group}-{row}-{name}");
        // Until letters are issued they are drafts: every page carries 「下書き」 or "DRAFT" (draftmark.h).
        bool draft = true;
        // See BatchJob::beforeCommit (a copy of issued letters is checked against them there).
        std::function<bool(const BatchResult&, QString*)> beforeCommit;
        // Mail-merge safety (printlayout.h): the layout, and the batch the control numbers name ("B12" for
        // batch 12, "D" for a draft: LetterPlan::controlBatch()). The CSV manifest goes into the per-letter
        // folder and to manifestPath. Without a control batch, or with a layout without marks (the default),
        // none of it: the letters are as before mail-merge safety.
        PrintLayout layout{false, false, {}};
        QString controlBatch;
        QString manifestPath;
    };
    BatchJob makeJob(Database& db, int count, const Output& output);

    // The file name (without ".pdf") for a recipient at `index` (0-based) of the run.
    QString fileBaseName(const QString& pattern, const Recipient& recipient, qsizetype index) const;

    static const QStringList& recipientKeys(); // recipient.* in merge-field order

    // The date the letters carry: the request's, else today.
    QDate lettersDate() const;
    // The template text in use for `lang`, as an issued batch records it (`used` left false).
    LetterBatchTemplate templateRecord(Lang lang) const;

private:
    struct Side
    {
        QString text;
        int version = 0;     // the built-in version the text is (or was copied from)
        bool edited = false; // the incident's own copy
        TemplateRenderer renderer;
        TemplateAnalysis analysis;
        std::optional<DocumentContextBuilder> builder;
        bool mergeable = false;  // no per-recipient placeholder outside recipient.*
        QStringList sectionKeys; // recipient.* used as {{#…}} / {{^…}}
    };
    static int index(Lang lang) { return lang == Lang::Ja ? 0 : 1; }
    void rebuild(Lang lang);
    void rebuildBuilders();
    int mergeTemplate(Lang lang, const QHash<QString, QString>& values, QStringList* templates,
                      QHash<QString, int>* byKey) const;

    LetterRequest m_request;
    Incident m_incident;
    QList<DataItem> m_customItems;
    RecipientGroup m_group;
    DateStyle m_dateStyle = DateStyle::Seireki;
    TemplateFormat m_format = TemplateFormat::Html;
    std::array<Side, 2> m_side;
};

} // namespace bd
