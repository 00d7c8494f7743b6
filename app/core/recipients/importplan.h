// What an import will do, worked out before anything is saved: the rows accepted as recipients, the rows
// rejected with their problems (file row, column, field, reason), and duplicates — within the file and
// against the group's existing recipients (same e-mail, case-insensitive; or same name and address after NFKC
// and without whitespace). A pure computation: the storage layer commits a plan in one transaction.
#pragma once

#include "columnmapping.h"
#include "importproblem.h"
#include "recipient.h"
#include "recordsource.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace bd {

struct ImportOptions
{
    QString sourceFile;              // stored on each recipient (a file name, not necessarily a path)
    qint64 groupId = 0;              // stored on each recipient
    QList<Recipient> existing;       // the group's recipients, for duplicate checks
    bool organisationsGroup = false; // a row needs a name, or here alternatively an organisation
    bool requireEmail = false;       // e-mail channel: a row without an e-mail is rejected
    bool requireAddress = false;     // post channel: a row without an address is rejected
};

enum class DuplicateKind
{
    Email,       // same e-mail address (case-insensitive)
    NameAddress, // same name and address (NFKC, whitespace removed, case-insensitive)
};

struct ImportDuplicate
{
    Recipient recipient; // the row as it would be imported
    DuplicateKind kind = DuplicateKind::Email;
    int firstRow = 0;      // the earlier row of this file it repeats, 0 when it matches an existing recipient
    qint64 existingId = 0; // the existing recipient it matches, 0 when it repeats a row of this file
};

struct ImportCounts
{
    int records = 0; // data rows read (header and blank rows not included)
    int accepted = 0;
    int rejected = 0;   // rows with at least one error
    int duplicates = 0; // good rows held back as duplicates
    int blank = 0;      // rows with no content, skipped
    int warnings = 0;   // accepted rows that carry a warning
};

struct ImportPlan
{
    QStringList header;
    int headerRow = 1;
    ColumnMapping mapping;
    QList<Recipient> accepted;
    QList<Recipient> rejected; // as far as they could be read, for fixing in the table
    QList<ImportDuplicate> duplicates;
    QList<ImportProblem> problems; // errors and warnings, in file order
    ImportCounts counts;
    QString fatalError; // reading stopped early; the plan covers the rows read before

    // Rows were rejected, the header had a problem, or reading stopped early.
    bool hasErrors() const;
    // One translated line: "1,234 rows: 1,200 accepted, 30 with problems, 4 duplicates."
    QString summary() const;
};

// Builds a plan one record at a time, so a file of any length streams through it.
class ImportPlanner
{
public:
    ImportPlanner(const SourceRecord& header, const ColumnMapping& mapping, const ImportOptions& options);

    void add(const SourceRecord& record);
    void setFatalError(const QString& message);
    ImportPlan takePlan();

    // Keys used for duplicate checks (exposed for the storage layer's own checks and for tests).
    static QString emailKey(const QString& email);
    static QString nameAddressKey(const QString& name, const QString& address); // empty unless both are set

private:
    void addProblem(int row, int column, const QString& field, ProblemKind kind, ProblemSeverity severity,
                    const QString& message);
    QString columnName(int column) const;
    QString cellValue(const SourceRecord& record, const QList<int>& columns) const;
    static qsizetype findKey(const QMultiHash<size_t, qsizetype>& index, const QList<Recipient>& list,
                             const QString& key, bool email);

    ImportOptions m_options;
    ImportPlan m_plan;
    QList<QString> m_keys; // field key per column (empty: ignored)
    struct Target
    {
        QString key;                         // "email", "custom:備考"
        std::optional<RecipientField> field; // a fixed field, else custom
        QString customName;                  // shared by all recipients' custom maps
        QList<int> columns;
    };
    QList<Target> m_targets; // one per distinct mapped key
    // Duplicate checks keep only the hash of each key (→ index of the recipient it came from), and compare
    // the keys themselves on a hash match: 100,000 rows then cost no extra strings.
    QList<Recipient> m_existing;
    QMultiHash<size_t, qsizetype> m_acceptedEmails;
    QMultiHash<size_t, qsizetype> m_acceptedNameAddresses;
    QMultiHash<size_t, qsizetype> m_existingEmails;
    QMultiHash<size_t, qsizetype> m_existingNameAddresses;
};

// The whole plan for records already in memory.
ImportPlan planImport(const SourceRecord& header, const QList<SourceRecord>& records,
                      const ColumnMapping& mapping, const ImportOptions& options);
// Reads a source to its end: its first record is the header, `mappingFor` turns that header into a mapping
// (default: ColumnMapping::guess). A read error ends the plan with fatalError set.
ImportPlan planImport(RecordSource& source, const ImportOptions& options,
                      const std::function<ColumnMapping(const QStringList& header)>& mappingFor = {});

// A simple, sane e-mail check: one @, a non-empty local part without spaces or forbidden characters, a domain
// with a dot and labels of letters, digits and hyphens.
bool isPlausibleEmail(QStringView email);

} // namespace bd
