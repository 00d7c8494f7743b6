// The people of one recipient group as a table that stays smooth at 100,000 rows: rows are read from the
// database in blocks as the view needs them, and searching and sorting run in SQL. The fixed fields come
// first, then one column per custom field the group's recipients have (named as the field), then where each
// row came from, then whether an import marked it as a possible duplicate (and of which row).
#pragma once

#include "recipientservice.h"

#include <QAbstractTableModel>
#include <QCache>

namespace bd {

class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The fixed columns; custom field columns start at FixedColumnCount, then sourceColumn(), and
    // duplicateColumn() is the last.
    enum Column
    {
        Name,
        Kana,
        Organisation,
        Department,
        Title,
        Postcode,
        Address,
        Email,
        Phone,
        Language,
        FixedColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ExcludedRole,
        FieldKeyRole, // on the horizontal header: "name", …, "custom:<name>"; empty for the source column
        PossibleDuplicateRole, // true for a recipient marked as a possible duplicate
    };

    explicit RecipientTableModel(Workspace& workspace, QObject* parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    void setSearch(const QString& search);
    // Only the recipients marked as possible duplicates and those they may duplicate.
    void setPossibleDuplicatesOnly(bool on);
    bool possibleDuplicatesOnly() const { return m_query.possibleDuplicatesOnly; }
    // Re-reads the custom fields, counts and rows (after an import, delete, …).
    void reload();
    // The same after a change the page heard of (Workspace::changed): while the columns and the number of
    // rows stay, the rows are read again without a reset, so that the selection and the scroll position stay.
    void refresh();

    // The group's custom field names, sorted: the columns after the fixed ones.
    const QStringList& customFieldNames() const { return m_customNames; }
    int customColumn(const QString& name) const; // -1 when the group has no such field
    int sourceColumn() const { return FixedColumnCount + int(m_customNames.size()); }
    int duplicateColumn() const { return sourceColumn() + 1; }
    // "name", …, "custom:<name>" for a column; empty for the source and duplicate columns.
    QString fieldKey(int column) const;
    // The column the rows are sorted by (-1: in the order they were added) and its order.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 recipientId(int row) const;

signals:
    void storageFailed(const bd::StorageError& error);

private:
    StorageError readRows(); // the count (and, for a custom sort, the order); inside a model reset
    const Recipient* rowAt(int row) const;
    QString duplicateText(const Recipient& r) const;
    void readPartners(const QList<Recipient>& rows) const;

    static constexpr int BlockSize = 256;
    RecipientService& m_recipients;
    qint64 m_groupId = 0;
    RecipientQuery m_query;
    QStringList m_customNames;
    // A custom field's sort cannot use an index, so its order is worked out once (every id, in order) and
    // blocks are then read by id; for the other sorts SQL reads each block with LIMIT/OFFSET.
    QList<qint64> m_order;
    bool m_ordered = false;
    int m_count = 0;
    bool m_writing = false; // in setData(): the change it announces is its own
    mutable QCache<int, QList<Recipient>> m_blocks{64};
    // "file, row N" of the recipients that marked rows may duplicate, read with the blocks that show them.
    mutable QHash<qint64, QString> m_partners;
};

} // namespace bd
