#include "recipienttablemodel.h"

#include "workspace.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSet>

namespace bd {

RecipientTableModel::RecipientTableModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_recipients(workspace.recipients())
{
}

void RecipientTableModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    reload();
}

void RecipientTableModel::setSearch(const QString& search)
{
    m_query.search = search;
    beginResetModel(); // the columns stay: they are the group's, not the search's
    const StorageError error = readRows();
    endResetModel();
    if (error)
        emit storageFailed(error);
}

void RecipientTableModel::setPossibleDuplicatesOnly(bool on)
{
    if (m_query.possibleDuplicatesOnly == on)
        return;
    m_query.possibleDuplicatesOnly = on;
    beginResetModel();
    const StorageError error = readRows();
    endResetModel();
    if (error)
        emit storageFailed(error);
}

void RecipientTableModel::reload()
{
    beginResetModel();
    StorageError error;
    m_customNames = m_groupId ? m_recipients.customFieldNames(m_groupId, &error) : QStringList();
    // A sort by a custom field that no longer exists falls back to the order the rows were added in.
    if (isCustomFieldKey(m_query.sortField) && !m_customNames.contains(customFieldName(m_query.sortField)))
        m_query.sortField = QStringLiteral("id");
    if (const StorageError rowsError = readRows(); !error)
        error = rowsError;
    endResetModel();
    if (error) // (after the reset: the warning's event loop must not find the model half reset)
        emit storageFailed(error);
}

void RecipientTableModel::refresh()
{
    if (m_writing)
        return; // its own cell edit: setData() re-reads that row (at 100,000 rows a refresh counts)
    StorageError error;
    const QStringList names = m_groupId ? m_recipients.customFieldNames(m_groupId, &error) : QStringList();
    bool same = !error && names == m_customNames;
    if (same && m_ordered) {
        // The same rows keep their places: an edited value does not move its row away from under the user
        // (it is sorted in at the next sort or reset).
        const QList<qint64> order = m_recipients.ids(m_groupId, m_query, &error);
        same = !error && order.size() == m_order.size() &&
               QSet<qint64>(order.cbegin(), order.cend()) == QSet<qint64>(m_order.cbegin(), m_order.cend());
    } else if (same) {
        same = (m_groupId ? m_recipients.count(m_groupId, m_query, &error) : 0) == m_count && !error;
    }
    if (!same) {
        reload();
        return;
    }
    m_blocks.clear();
    m_partners.clear();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
}

StorageError RecipientTableModel::readRows()
{
    m_blocks.clear();
    m_partners.clear();
    m_order.clear();
    m_ordered = m_groupId && isCustomFieldKey(m_query.sortField);
    StorageError error;
    if (m_ordered) {
        m_order = m_recipients.ids(m_groupId, m_query, &error);
        m_count = int(m_order.size());
    } else {
        m_count = m_groupId ? m_recipients.count(m_groupId, m_query, &error) : 0;
    }
    return error;
}

int RecipientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecipientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : duplicateColumn() + 1;
}

int RecipientTableModel::customColumn(const QString& name) const
{
    const qsizetype i = m_customNames.indexOf(name);
    return i < 0 ? -1 : FixedColumnCount + int(i);
}

QString RecipientTableModel::fieldKey(int column) const
{
    if (column >= 0 && column < FixedColumnCount)
        return recipientFieldKey(recipientFields().at(column));
    if (column >= FixedColumnCount && column < sourceColumn())
        return customFieldKey(m_customNames.at(column - FixedColumnCount));
    return {};
}

int RecipientTableModel::sortColumn() const
{
    if (m_query.sortField == QLatin1String("source_row"))
        return sourceColumn();
    if (m_query.sortField == QLatin1String("duplicate_reason"))
        return duplicateColumn();
    if (isCustomFieldKey(m_query.sortField))
        return customColumn(customFieldName(m_query.sortField));
    if (const auto field = recipientFieldFromKey(m_query.sortField))
        return int(recipientFields().indexOf(*field));
    return -1;
}

const Recipient* RecipientTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / BlockSize;
    if (!m_blocks.contains(block)) {
        StorageError error;
        if (m_ordered) {
            m_blocks.insert(block, new QList<Recipient>(m_recipients.recipients(
                                       m_order.mid(qsizetype(block) * BlockSize, BlockSize), &error)));
        } else {
            RecipientQuery q = m_query;
            q.offset = block * BlockSize;
            q.limit = BlockSize;
            m_blocks.insert(block, new QList<Recipient>(m_recipients.page(m_groupId, q, &error)));
        }
        if (const QList<Recipient>* rows = m_blocks.object(block))
            readPartners(*rows);
    }
    const QList<Recipient>* rows = m_blocks.object(block);
    const int offset = row % BlockSize;
    // (a row deleted since the order was read leaves the block short: its rows shift up until the next
    // reload)
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

// Where the recipients that these rows may duplicate came from, for duplicateText().
void RecipientTableModel::readPartners(const QList<Recipient>& rows) const
{
    QList<qint64> ids;
    for (const Recipient& r : rows) {
        if (r.possibleDuplicate && r.possibleDuplicateOf > 0 && !m_partners.contains(r.possibleDuplicateOf))
            ids.append(r.possibleDuplicateOf);
    }
    if (ids.isEmpty())
        return;
    StorageError error;
    for (const Recipient& p : m_recipients.recipients(ids, &error))
        m_partners.insert(p.id, p.sourceFile.isEmpty() ? tr("a recipient added by hand")
                                                       : tr("%1, row %2").arg(p.sourceFile).arg(p.sourceRow));
}

QString RecipientTableModel::duplicateText(const Recipient& r) const
{
    if (!r.possibleDuplicate)
        return {};
    const QString partner = m_partners.value(r.possibleDuplicateOf);
    const bool email = r.possibleDuplicate == DuplicateKind::Email;
    if (partner.isEmpty())
        return email ? tr("Same e-mail as a recipient no longer in the list")
                     : tr("Same name and address as a recipient no longer in the list");
    return email ? tr("Same e-mail as %1").arg(partner) : tr("Same name and address as %1").arg(partner);
}

qint64 RecipientTableModel::recipientId(int row) const
{
    const Recipient* r = rowAt(row);
    return r ? r->id : 0;
}

QVariant RecipientTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Recipient* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == ExcludedRole)
        return r->excluded;
    if (role == PossibleDuplicateRole)
        return r->possibleDuplicate.has_value();
    if (role == Qt::ForegroundRole && r->excluded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && r->excluded) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == sourceColumn())
        return r->sourceFile.isEmpty() ? QString() : tr("%1, row %2").arg(r->sourceFile).arg(r->sourceRow);
    if (index.column() == duplicateColumn())
        return duplicateText(*r);
    return recipientValue(*r, fieldKey(index.column()));
}

bool RecipientTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() >= sourceColumn())
        return false;
    const Recipient* r = rowAt(index.row());
    if (!r)
        return false;
    QString text = value.toString().trimmed();
    if (index.column() == Language) {
        const auto language = normaliseLanguage(text); // "日本語", "English" … are stored as ja/en
        if (!language)
            return false;
        text = *language;
    }
    if (text == data(index, Qt::EditRole).toString())
        return true;
    StorageError error;
    m_writing = true;
    const bool saved = m_recipients.setField(r->id, fieldKey(index.column()), text, &error); // undoable
    m_writing = false;
    if (!saved) {
        emit storageFailed(error);
        return false;
    }
    m_blocks.remove(index.row() / BlockSize);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

Qt::ItemFlags RecipientTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() >= sourceColumn() ? f : f | Qt::ItemIsEditable;
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || section < 0 || section > duplicateColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == FieldKeyRole)
        return fieldKey(section);
    const bool custom = section >= FixedColumnCount && section < sourceColumn();
    if (role == Qt::ToolTipRole && custom)
        return tr("Custom field “%1”").arg(m_customNames.at(section - FixedColumnCount));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (custom)
        return m_customNames.at(section - FixedColumnCount);
    switch (section) {
    case Name:
        return tr("Name");
    case Kana:
        return tr("Kana");
    case Organisation:
        return tr("Organisation");
    case Department:
        return tr("Department");
    case Title:
        return tr("Title");
    case Postcode:
        return tr("Postcode");
    case Address:
        return tr("Address");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Language:
        return tr("Language");
    default:
        return section == duplicateColumn() ? tr("Possible duplicate") : tr("Source (file, row)");
    }
}

void RecipientTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortField = column == sourceColumn()      ? QStringLiteral("source_row")
                        : column == duplicateColumn() ? QStringLiteral("duplicate_reason")
                                                      : fieldKey(column);
    if (m_query.sortField.isEmpty())
        m_query.sortField = QStringLiteral("id");
    m_query.descending = order == Qt::DescendingOrder;
    beginResetModel(); // every row may move: a reset is honest and cheap (rows are read lazily)
    StorageError error;
    if (isCustomFieldKey(m_query.sortField)) {
        error = readRows();
    } else { // the count stays
        m_blocks.clear();
        m_order.clear();
        m_ordered = false;
    }
    endResetModel();
    if (error)
        emit storageFailed(error);
}

} // namespace bd
