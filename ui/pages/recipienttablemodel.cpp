#include "recipienttablemodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace bd {

RecipientTableModel::RecipientTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
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
    reload();
}

void RecipientTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    StorageError error;
    m_count = m_groupId ? RecipientRepository(m_db).count(m_groupId, m_query.search, true, &error) : 0;
    endResetModel();
    if (error)
        emit storageFailed(error);
}

int RecipientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecipientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Recipient* RecipientTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / BlockSize;
    if (!m_blocks.contains(block)) {
        RecipientQuery q = m_query;
        q.offset = block * BlockSize;
        q.limit = BlockSize;
        StorageError error;
        m_blocks.insert(block, new QList<Recipient>(RecipientRepository(m_db).page(m_groupId, q, &error)));
    }
    const QList<Recipient>* rows = m_blocks.object(block);
    const int offset = row % BlockSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

qint64 RecipientTableModel::recipientId(int row) const
{
    const Recipient* r = rowAt(row);
    return r ? r->id : 0;
}

QString RecipientTableModel::fieldOf(int column)
{
    static const char* fields[] = {"name",    "kana",  "organisation", "department", "title",     "postcode",
                                   "address", "email", "phone",        "language",   "source_row"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(fields[column]) : QString();
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
    if (role == Qt::ForegroundRole && r->excluded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && r->excluded) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r->name;
    case Kana:
        return r->kana;
    case Organisation:
        return r->organisation;
    case Department:
        return r->department;
    case Title:
        return r->title;
    case Postcode:
        return r->postcode;
    case Address:
        return r->address;
    case Email:
        return r->email;
    case Phone:
        return r->phone;
    case Language:
        return r->language;
    case Source:
        return r->sourceFile.isEmpty() ? QString() : tr("%1, row %2").arg(r->sourceFile).arg(r->sourceRow);
    }
    return {};
}

bool RecipientTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() == Source)
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
    if (!RecipientRepository(m_db).setField(r->id, fieldOf(index.column()), text, &error)) {
        emit storageFailed(error);
        return false;
    }
    m_blocks.remove(index.row() / BlockSize);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags RecipientTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Source ? f : f | Qt::ItemIsEditable;
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
    case Source:
        return tr("Source (file, row)");
    }
    return {};
}

void RecipientTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortField = column == Source ? QStringLiteral("source_row") : fieldOf(column);
    m_query.descending = order == Qt::DescendingOrder;
    beginResetModel(); // every row may move: a reset is honest and cheap (rows are read lazily)
    m_blocks.clear();
    endResetModel();
}

} // namespace bd
