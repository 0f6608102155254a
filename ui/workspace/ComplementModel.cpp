#include "workspace/ComplementModel.h"

#include "domain/Codes.h"

namespace samordna::ui {

ComplementModel::ComplementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplementModel::setComplements(const QList<Complement> &complements)
{
    if (complements == m_complements)
        return;
    if (complements.size() == m_complements.size()) {
        m_complements = complements;
        if (!m_complements.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_complements.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_complements = complements;
    endResetModel();
}

int ComplementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_complements.size());
}

int ComplementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Complement &complement = m_complements.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return edit ? QVariant(int(complement.kind)) : QVariant(displayName(complement.kind));
    case DateColumn:
        if (edit)
            return complement.date;
        return complement.date.isNull() ? QString() : complement.date.toString(Qt::ISODate);
    case NotesColumn:
        return complement.notes;
    default:
        return {};
    }
}

bool ComplementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Complement complement = m_complements.at(index.row());
    switch (index.column()) {
    case KindColumn:
        complement.kind = static_cast<ComplementKind>(value.toInt());
        break;
    case DateColumn:
        complement.date = value.toDate();
        break;
    case NotesColumn:
        complement.notes = value.toString();
        break;
    default:
        return false;
    }
    if (complement == m_complements.at(index.row()))
        return true;
    m_complements[index.row()] = complement;
    Q_EMIT dataChanged(index, index);
    Q_EMIT complementsEdited(m_complements);
    return true;
}

QVariant ComplementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("What");
    case DateColumn: return tr("Date");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

Qt::ItemFlags ComplementModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace samordna::ui
