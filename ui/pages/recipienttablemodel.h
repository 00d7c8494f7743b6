// The people of one recipient group as a table that stays smooth at 100,000 rows: rows are read from the
// database in blocks as the view needs them, and searching and sorting run in SQL.
#pragma once

#include "recipientrepository.h"

#include <QAbstractTableModel>
#include <QCache>

namespace bd {

class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
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
        Source,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ExcludedRole
    };

    explicit RecipientTableModel(Database& db, QObject* parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    void setSearch(const QString& search);
    // Re-reads counts and rows (after an import, delete, …).
    void reload();

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
    const Recipient* rowAt(int row) const;
    static QString fieldOf(int column);

    static constexpr int BlockSize = 256;
    Database& m_db;
    qint64 m_groupId = 0;
    RecipientQuery m_query;
    int m_count = 0;
    mutable QCache<int, QList<Recipient>> m_blocks{64};
};

} // namespace bd
