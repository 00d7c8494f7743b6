// The incident's data sets as an editable table: group, holder, consignor, people, "about", encryption
// (規則7条 exclusion), people who cannot be reached (JP-N substitute notice) and why, items.
#pragma once

#include <QAbstractTableModel>

namespace bd {

class IncidentDocument;

class DataSetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Group,
        Holder,
        Consignor,
        People,
        Estimate,
        Encrypted,
        KeyLeaked,
        Unreachable,
        UnreachableReason,
        Items,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1
    }; // the stored value (group key, holder key) for combo editors
    explicit DataSetModel(IncidentDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 dataSetId(int row) const;
    int rowOf(qint64 id) const;

private:
    IncidentDocument* m_document;
};

} // namespace bd
