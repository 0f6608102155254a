#include "workspace/PlanModel.h"

#include "domain/Codes.h"

namespace samordna::ui {

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanModel::setPlan(const QList<PlanMeasure> &plan)
{
    if (plan == m_plan)
        return;
    if (plan.size() == m_plan.size()) {
        // Same rows: keep the views' selection and open editors.
        m_plan = plan;
        if (!m_plan.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_plan.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanMeasure &measure = m_plan.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MeasureColumn:
        return measure.measure;
    case ResponsibleColumn:
        if (edit)
            return measure.responsible ? int(*measure.responsible) : -1;
        return measure.responsible ? displayName(*measure.responsible) : tr("Not decided");
    case StartColumn:
    case EndColumn: {
        const QDate date = index.column() == StartColumn ? measure.start : measure.end;
        if (edit)
            return date;
        return date.isNull() ? QString() : date.toString(Qt::ISODate);
    }
    case StatusColumn:
        if (edit)
            return int(measure.status);
        return displayName(measure.status);
    default:
        return {};
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    PlanMeasure measure = m_plan.at(index.row());
    switch (index.column()) {
    case MeasureColumn:
        measure.measure = value.toString().trimmed();
        break;
    case ResponsibleColumn: {
        const int party = value.toInt();
        if (party < 0)
            measure.responsible.reset();
        else
            measure.responsible = static_cast<Party>(party);
        break;
    }
    case StartColumn:
        measure.start = value.toDate();
        break;
    case EndColumn:
        measure.end = value.toDate();
        break;
    case StatusColumn:
        measure.status = static_cast<MeasureStatus>(value.toInt());
        break;
    default:
        return false;
    }
    if (measure == m_plan.at(index.row()))
        return true;
    m_plan[index.row()] = measure;
    Q_EMIT dataChanged(index, index);
    Q_EMIT planEdited(m_plan);
    return true;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureColumn: return tr("Measure");
    case ResponsibleColumn: return tr("Responsible");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace samordna::ui
