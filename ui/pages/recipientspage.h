// Recipients: the incident's groups (built-in and custom), their settings, and the people in each.
#pragma once

#include "recipientservice.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace bd {

class ImportDialog;
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
    // Opens the import dialog for the current group on `path` (window-modal, not blocking: it deletes itself
    // when closed) and returns it, or nullptr when the file cannot be read (a warning was shown).
    ImportDialog* importFile(const QString& path);
    // Writes the current group's included recipients; false (with a warning shown) on failure.
    bool exportFile(const QString& path, RecipientFileFormat format);
    // Re-reads the groups and the shown group's people, keeping the selected group. Called whenever the
    // workspace announces a change of recipients (Workspace::changed): this window's, an undo, or another
    // program's (an import from the command line). Writes nothing, so it never waits for the workspace.
    void refresh();

private:
    void reloadGroups();
    void listGroups(const QList<RecipientGroup>& groups);
    void showGroup();
    void showSettings(const RecipientGroup& group);
    // The settings as the form shows them, over the current group.
    RecipientGroup shownSettings() const;
    void saveGroupSettings();
    void addGroup();
    void removeGroup();
    void importClicked();
    void exportClicked(RecipientFileFormat format);
    void setSelectedExcluded(bool excluded);
    void addDuplicateControls(QHBoxLayout* filterRow, QHBoxLayout* tableButtons);
    void clearSelectedDuplicates();
    void updateDuplicateFilter();
    void deleteSelected();
    QList<qint64> selectedIds() const;
    void updateCounts();
    void useListCount();

    IncidentDocument* m_document;
    RecipientService& m_recipients;
    QList<RecipientGroup> m_groups;
    QListWidget* m_groupList;
    QLineEdit* m_labelJa;
    QLineEdit* m_labelEn;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_language;
    QListWidget* m_dataSets;
    QLabel* m_countCheck;
    QLabel* m_keyLabel;
    QPushButton* m_useCountButton;
    QLineEdit* m_search;
    QTableView* m_table;
    RecipientTableModel* m_model;
    QPushButton* m_removeGroupButton;
    QPushButton* m_duplicatesFilter = nullptr;
    bool m_updating = false;
    qint64 m_groupsEnsuredFor = 0; // the incident whose built-in groups were made sure of
};

} // namespace bd
