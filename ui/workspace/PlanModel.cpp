// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/PlanModel.h"

#include "domain/Codes.h"

namespace samordna::ui {

PlanModel::PlanModel(QObject *parent)
    : EditableListModel(parent)
{
    setColumns({
        ColumnDescription::editable(
            tr("Measure"), [](const PlanMeasure &m) { return QVariant(m.measure); },
            [](const PlanMeasure &m) { return QVariant(m.measure); },
            [](PlanMeasure &m, const QVariant &v) { m.measure = v.toString().trimmed(); }),
        ColumnDescription::editable(
            tr("Responsible"),
            [](const PlanMeasure &m) {
                return QVariant(m.responsible ? displayName(*m.responsible) : tr("Not decided"));
            },
            [](const PlanMeasure &m) { return QVariant(m.responsible ? int(*m.responsible) : -1); },
            [](PlanMeasure &m, const QVariant &v) {
                if (v.toInt() < 0)
                    m.responsible.reset();
                else
                    m.responsible = static_cast<Party>(v.toInt());
            }),
        ColumnDescription::editable(
            tr("Start"), [](const PlanMeasure &m) { return QVariant(shownDate(m.start)); },
            [](const PlanMeasure &m) { return QVariant(m.start); },
            [](PlanMeasure &m, const QVariant &v) { m.start = v.toDate(); }),
        ColumnDescription::editable(
            tr("End"), [](const PlanMeasure &m) { return QVariant(shownDate(m.end)); },
            [](const PlanMeasure &m) { return QVariant(m.end); },
            [](PlanMeasure &m, const QVariant &v) { m.end = v.toDate(); }),
        ColumnDescription::editable(
            tr("Status"), [](const PlanMeasure &m) { return QVariant(displayName(m.status)); },
            [](const PlanMeasure &m) { return QVariant(int(m.status)); },
            [](PlanMeasure &m, const QVariant &v) { m.status = static_cast<MeasureStatus>(v.toInt()); }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

} // namespace samordna::ui
