#pragma once

#include "domain/CaseRecord.h"

#include <QAbstractTableModel>

namespace samordna::ui {

// The rehabiliteringsplan: who carries out which measure, when, and how it
// goes. Edits in the view are handed to the workspace as a new plan, which
// comes back through setPlan() once it is in the case.
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MeasureColumn, ResponsibleColumn, StartColumn, EndColumn, StatusColumn, ColumnCount };

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const QList<PlanMeasure> &plan);
    const QList<PlanMeasure> &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void planEdited(const QList<samordna::PlanMeasure> &plan);

private:
    QList<PlanMeasure> m_plan;
};

} // namespace samordna::ui
