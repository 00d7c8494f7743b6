// Data & people affected: the data sets in a table, and the data items of the selected one from the
// catalogue.
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QLineEdit;
class QTableView;
class QLabel;

namespace bd {

class IncidentDocument;
class DataSetModel;

class DataSetsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataSetsPage(IncidentDocument* document, QWidget* parent = nullptr);

private:
    void addDataSet();
    void removeDataSet();
    void addCustomItem();
    void showItems();
    void itemToggled(QListWidgetItem* item);
    void updateTotals();
    qint64 currentDataSetId() const;

    IncidentDocument* m_document;
    DataSetModel* m_model;
    QTableView* m_view;
    QListWidget* m_items;
    QLineEdit* m_filter;
    QLabel* m_totals;
    QLabel* m_itemsCaption;
    bool m_updatingItems = false;
};

} // namespace bd
