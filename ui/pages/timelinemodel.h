// The incident's timeline as an editable table: when, Japanese text, English text. Sorted by time.
#pragma once

#include <QAbstractTableModel>

namespace bd {

class IncidentDocument;

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        DateOnly,
        TextJa,
        TextEn,
        ColumnCount
    };
    explicit TimelineModel(IncidentDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 eventId(int row) const;
    int rowOf(qint64 eventId) const;

private:
    IncidentDocument* m_document;
};

} // namespace bd
