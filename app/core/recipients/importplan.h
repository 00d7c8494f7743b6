// What an import will do, worked out before anything is saved: the rows accepted as recipients, the rows
// rejected with their problems (row as Excel numbers it, column, field, reason), and duplicates within the
// file and against the group's existing recipients (recipientmatch.h): a row identical in every mapped field
// is imported once; a row with the same e-mail, or the same name and address, that differs in another field
// is another person — imported and marked as a possible duplicate for the officer to resolve. A pure
// computation: the storage layer commits a plan in one transaction, checking duplicates again there.
#pragma once

#include "columnmapping.h"
#include "importproblem.h"
#include "recipient.h"
#include "recipientmatch.h"
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
    qint64 groupVersion = -1;        // the group's version when `existing` was read (-1: unknown)
    bool organisationsGroup = false; // a row needs a name, or here alternatively an organisation
    bool requireEmail = false;       // e-mail channel: a row without a valid e-mail is rejected
    bool requireAddress = false;     // post channel: a row without an address is rejected
};

// A row not imported because it is identical to an earlier row or to a recipient already in the group.
struct ImportDuplicate
{
    Recipient recipient; // the row as it would be imported
    DuplicateKind kind = DuplicateKind::Identical;
    int firstRow = 0;      // the earlier row of this file it repeats, 0 when it matches an existing recipient
    qint64 existingId = 0; // the existing recipient it matches, 0 when it repeats a row of this file
};

struct ImportCounts
{
    int records = 0; // data rows read (header and blank rows not included)
    int accepted = 0;
    int rejected = 0;           // rows with at least one error
    int duplicates = 0;         // good rows identical to another in every mapped field: imported once
    int blank = 0;              // rows with no content, skipped
    int warnings = 0;           // accepted rows that carry a warning
    int possibleDuplicates = 0; // accepted rows marked as possibly the same person as another
};

struct ImportPlan
{
    QStringList header;
    int headerRow = 1;
    ColumnMapping mapping;
    QList<Recipient> accepted;
    QList<Recipient> rejected;         // as far as they could be read, for fixing in the table
    QList<ImportDuplicate> duplicates; // identical rows, not imported
    QList<ImportProblem> problems;     // errors and warnings, in file order
    QStringList fields;                // the mapped field keys, compared for identity
    ImportCounts counts;
    QString fatalError; // reading stopped early; the plan covers the rows read before

    // Rows were rejected, the header had a problem, or reading stopped early.
    bool hasErrors() const;
    // One translated line: "1,234 rows: 1,200 accepted, 30 with problems, 4 identical rows imported once,
    // 2 possible duplicates marked."
    QString summary() const;
};

// How an import is saved (RecipientRepository::commitImport).
struct ImportCommit
{
    QString mappingJson; // remembered for the group; left unchanged when empty
    QString sourceLabel; // the file, for the audit trail
    // The mapped field keys (ImportPlan::fields): a row equal in all of them to a recipient of the group is
    // that recipient. Empty: every fixed field and every custom field either has.
    QStringList fields;
    // The group's version the plan was made on (ImportOptions::groupVersion). While the group is still at
    // it, the plan's duplicate checks stand and the rows are not checked again; -1: always check.
    qint64 plannedVersion = -1;
};

// Builds a plan one record at a time, so a file of any length streams through it.
class ImportPlanner
{
public:
    ImportPlanner(const SourceRecord& header, const ColumnMapping& mapping, const ImportOptions& options);

    void add(const SourceRecord& record);
    void setFatalError(const QString& message);
    ImportPlan takePlan();

    // Keys of the former duplicate rule, kept for callers that compare by them (see recipientmatch.h for
    // the rules an import uses).
    static QString emailKey(const QString& email);
    static QString nameAddressKey(const QString& name, const QString& address); // empty unless both are set

private:
    struct Outcome
    {
        bool error = false;
        bool warning = false;
    };
    void addProblem(int row, int column, const QString& field, ProblemKind kind, ProblemSeverity severity,
                    const QString& message);
    QString columnName(int column) const;
    QString cellValue(const QStringList& cells, const QList<int>& columns) const;
    void checkHeader(QStringList& cells);
    Outcome checkColumnCount(int row, const QStringList& cells);
    Outcome checkCells(int row, QStringList& cells);
    Outcome checkCellText(int row, int column, QString& cell);
    Outcome validate(Recipient& r, int row);
    void classify(Recipient&& r);
    int firstColumn(QStringView key) const;

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
    RecipientIndex m_existingIndex;
    RecipientIndex m_acceptedIndex;
};

// The whole plan for records already in memory.
ImportPlan planImport(const SourceRecord& header, const QList<SourceRecord>& records,
                      const ColumnMapping& mapping, const ImportOptions& options);
// Reads a source to its end: its first record is the header, `mappingFor` turns that header into a mapping
// (default: ColumnMapping::guess). A read error ends the plan with fatalError set.
ImportPlan planImport(RecordSource& source, const ImportOptions& options,
                      const std::function<ColumnMapping(const QStringList& header)>& mappingFor = {});

// The whole plan for a CSV file's bytes, as import-recipients would read them (encoding detected, delimiter
// guessed, mapping guessed from the header). For tests and fuzzing: nothing is touched but the bytes.
ImportPlan planCsvImport(QByteArrayView bytes, const ImportOptions& options = {});

// A simple, sane e-mail check: one @, a non-empty local part without spaces or forbidden characters, a domain
// with a dot and labels of letters, digits and hyphens.
bool isPlausibleEmail(QStringView email);

} // namespace bd
