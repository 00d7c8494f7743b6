// Recipients: the incident's groups (built-in and custom), their settings, and the people in each.
#pragma once

#include "recipientrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace bd {

class IncidentDocument;
class RecipientTableModel;

class RecipientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientsPage(IncidentDocument* document, QWidget* parent = nullptr);

    RecipientTableModel* model() const { return m_model; }
    // Selects the group with this key ("employees", …).
    void selectGroup(const QString& key);
    qint64 currentGroupId() const;
    void importFile(const QString& path);   // opens the import dialog for the current group
    void exportFile(const QString& path);   // writes the current group (CSV or XLSX by extension)

private:
    void reloadGroups();
    void showGroup();
    void saveGroupSettings();
    void addGroup();
    void removeGroup();
    void importClicked();
    void exportClicked();
    void setSelectedExcluded(bool excluded);
    void deleteSelected();
    QList<qint64> selectedIds() const;
    void updateCounts();

    IncidentDocument* m_document;
    Database& m_db;
    QList<RecipientGroup> m_groups;
    QListWidget* m_groupList;
    QLineEdit* m_labelJa;
    QLineEdit* m_labelEn;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_language;
    QListWidget* m_dataSets;
    QLabel* m_countCheck;
    QLineEdit* m_search;
    QTableView* m_table;
    RecipientTableModel* m_model;
    QPushButton* m_removeGroupButton;
    bool m_updating = false;
};

} // namespace bd
