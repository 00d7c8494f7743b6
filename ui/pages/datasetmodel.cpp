#include "datasetmodel.h"

#include "catalogue.h"
#include "enumkeys.h"
#include "incidentdocument.h"
#include "labels.h"

#include <QBrush>
#include <QLocale>

namespace bd {

DataSetModel::DataSetModel(IncidentDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    auto changed = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &IncidentDocument::loaded, this, changed);
    connect(document, &IncidentDocument::dataSetsChanged, this, changed);
}

int DataSetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->incident().dataSets.size());
}

int DataSetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DataSetModel::dataSetId(int row) const
{
    const auto& sets = m_document->incident().dataSets;
    return row >= 0 && row < sets.size() ? sets.at(row).id : 0;
}

int DataSetModel::rowOf(qint64 id) const
{
    const auto& sets = m_document->incident().dataSets;
    for (int i = 0; i < sets.size(); ++i)
        if (sets.at(i).id == id)
            return i;
    return -1;
}

QVariant DataSetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DataSet& ds = m_document->incident().dataSets.at(index.row());
    const bool show = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case Group:
        if (show || role == Qt::EditRole)
            return Labels::group(ds);
        if (role == ValueRole)
            return ds.groupKey;
        break;
    case Holder:
        if (show || role == Qt::EditRole)
            return Labels::holder(ds.holder);
        if (role == ValueRole)
            return toKey(ds.holder);
        break;
    case Consignor:
        if (show || role == Qt::EditRole)
            return ds.consignorName;
        if (role == Qt::ForegroundRole && ds.holder == bd::Holder::Own)
            return QBrush(Qt::gray);
        break;
    case People:
        if (role == Qt::DisplayRole)
            return ds.people ? QLocale().toString(*ds.people) : tr("unknown");
        if (role == Qt::EditRole)
            return ds.people ? QString::number(*ds.people) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && !ds.people)
            return QBrush(Qt::darkRed);
        break;
    case Estimate:
        if (role == Qt::CheckStateRole)
            return ds.peopleEstimate ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("The number is an estimate (約)");
        break;
    case Encrypted:
    case KeyLeaked:
    case Unreachable: {
        const bool on = index.column() == Encrypted   ? ds.encrypted
                        : index.column() == KeyLeaked ? ds.keyMayHaveLeaked
                                                      : ds.contactsUnreachable;
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return index.column() == Encrypted
                       ? tr("This data was protected by strong encryption (高度な暗号化)")
                   : index.column() == KeyLeaked
                       ? tr("The key may also have leaked: the encryption no longer excludes this data")
                       : tr("Some of these people cannot be reached: a public notice and an inquiry desk may "
                            "replace their notice");
        break;
    }
    case UnreachableReason:
        if (show || role == Qt::EditRole)
            return ds.contactsUnreachableReason;
        if (role == Qt::ForegroundRole && !ds.contactsUnreachable)
            return QBrush(Qt::gray);
        break;
    case Items:
        if (show) {
            QStringList labels;
            for (const QString& key : ds.itemKeys) {
                const DataItem* item = findBuiltinDataItem(key);
                labels.append(item ? Labels::item(*item) : key);
            }
            return labels.join(Labels::interfaceIsJapanese() ? QStringLiteral("、") : QStringLiteral(", "));
        }
        if (role == Qt::ForegroundRole)
            for (const QString& key : ds.itemKeys)
                if (const DataItem* item = findBuiltinDataItem(key); item && item->sensitive)
                    return QBrush(QColor(0xa0, 0x30, 0x00));
        break;
    }
    return {};
}

bool DataSetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const qint64 id = dataSetId(index.row());
    if (!id)
        return false;
    switch (index.column()) {
    case Group:
        return role == ValueRole && m_document->setDataSetField(id, QStringLiteral("group_key"), value);
    case Holder:
        return role == ValueRole && m_document->setDataSetField(id, QStringLiteral("holder"), value);
    case Consignor:
        return role == Qt::EditRole &&
               m_document->setDataSetField(id, QStringLiteral("consignor_name"), value);
    case People: {
        if (role != Qt::EditRole)
            return false;
        QString text = value.toString().trimmed();
        text.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
        if (text.isEmpty())
            return m_document->setDataSetField(id, QStringLiteral("people"), QVariant());
        bool ok = false;
        const int people = QLocale::c().toInt(text, &ok);
        return ok && people >= 0 && m_document->setDataSetField(id, QStringLiteral("people"), people);
    }
    case Estimate:
        return role == Qt::CheckStateRole &&
               m_document->setDataSetField(id, QStringLiteral("people_estimate"),
                                           value.toInt() == Qt::Checked);
    case Encrypted:
        return role == Qt::CheckStateRole &&
               m_document->setDataSetField(id, QStringLiteral("encrypted"), value.toInt() == Qt::Checked);
    case KeyLeaked:
        return role == Qt::CheckStateRole &&
               m_document->setDataSetField(id, QStringLiteral("key_may_have_leaked"),
                                           value.toInt() == Qt::Checked);
    case Unreachable:
        return role == Qt::CheckStateRole &&
               m_document->setDataSetField(id, QStringLiteral("contacts_unreachable"),
                                           value.toInt() == Qt::Checked);
    case UnreachableReason:
        return role == Qt::EditRole &&
               m_document->setDataSetField(id, QStringLiteral("contacts_unreachable_reason"), value);
    }
    return false;
}

Qt::ItemFlags DataSetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Estimate:
    case Encrypted:
    case KeyLeaked:
    case Unreachable:
        return f | Qt::ItemIsUserCheckable;
    case Items:
        return f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QVariant DataSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("People group");
    case Holder:
        return tr("Holder");
    case Consignor:
        return tr("Consignor client");
    case People:
        return tr("People");
    case Estimate:
        return tr("About");
    case Encrypted:
        return tr("Encrypted");
    case KeyLeaked:
        return tr("Key may have leaked");
    case Unreachable:
        return tr("Cannot be reached");
    case UnreachableReason:
        return tr("Why they cannot be reached");
    case Items:
        return tr("Data items");
    }
    return {};
}

} // namespace bd
