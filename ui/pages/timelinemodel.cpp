#include "timelinemodel.h"

#include "incidentdocument.h"

#include <QLocale>

namespace bd {

TimelineModel::TimelineModel(IncidentDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &IncidentDocument::loaded, this, reset);
    connect(document, &IncidentDocument::timelineChanged, this, reset);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->incident().timeline.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TimelineModel::eventId(int row) const
{
    const auto& timeline = m_document->incident().timeline;
    return row >= 0 && row < timeline.size() ? timeline.at(row).id : 0;
}

int TimelineModel::rowOf(qint64 eventId) const
{
    const auto& timeline = m_document->incident().timeline;
    for (int i = 0; i < timeline.size(); ++i)
        if (timeline.at(i).id == eventId)
            return i;
    return -1;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimelineEvent& e = m_document->incident().timeline.at(index.row());
    switch (index.column()) {
    case When:
        if (role == Qt::DisplayRole) {
            if (!e.at.isValid())
                return tr("(unknown)");
            const QDateTime local = e.at.toLocalTime();
            // The weekday in the interface's language (木, Thu): QLocale() is set by Localization.
            return e.dateOnly ? QLocale().toString(local.date(), QStringLiteral("yyyy-MM-dd (ddd)"))
                              : QLocale().toString(local, QStringLiteral("yyyy-MM-dd (ddd) HH:mm"));
        }
        if (role == Qt::EditRole)
            return e.at.isValid() ? e.at.toLocalTime() : m_document->workspace().now();
        break;
    case DateOnly:
        if (role == Qt::CheckStateRole)
            return e.dateOnly ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("The time of day is not known");
        break;
    case TextJa:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return e.textJa;
        break;
    case TextEn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return e.textEn;
        break;
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const qint64 id = eventId(index.row());
    if (!id)
        return false;
    switch (index.column()) {
    case When:
        return role == Qt::EditRole &&
               m_document->setTimelineField(id, QStringLiteral("at"), value.toDateTime());
    case DateOnly:
        return role == Qt::CheckStateRole &&
               m_document->setTimelineField(id, QStringLiteral("date_only"), value.toInt() == Qt::Checked);
    case TextJa:
        return role == Qt::EditRole &&
               m_document->setTimelineField(id, QStringLiteral("text_ja"), value.toString());
    case TextEn:
        return role == Qt::EditRole &&
               m_document->setTimelineField(id, QStringLiteral("text_en"), value.toString());
    }
    return false;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == DateOnly ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case DateOnly:
        return tr("Date only");
    case TextJa:
        return tr("What happened (Japanese)");
    case TextEn:
        return tr("What happened (English)");
    }
    return {};
}

} // namespace bd
