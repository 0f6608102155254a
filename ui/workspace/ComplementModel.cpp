// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ComplementModel.h"

#include "domain/Codes.h"

namespace samordna::ui {

ComplementModel::ComplementModel(QObject *parent)
    : EditableListModel(parent)
{
    setColumns({
        ColumnDescription::editable(
            tr("What"), [](const Complement &c) { return QVariant(displayName(c.kind)); },
            [](const Complement &c) { return QVariant(int(c.kind)); },
            [](Complement &c, const QVariant &v) { c.kind = static_cast<ComplementKind>(v.toInt()); }),
        ColumnDescription::editable(
            tr("Date"), [](const Complement &c) { return QVariant(shownDate(c.date)); },
            [](const Complement &c) { return QVariant(c.date); },
            [](Complement &c, const QVariant &v) { c.date = v.toDate(); }),
        ColumnDescription::editable(
            tr("Notes"), [](const Complement &c) { return QVariant(c.notes); },
            [](const Complement &c) { return QVariant(c.notes); },
            [](Complement &c, const QVariant &v) { c.notes = v.toString(); }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

} // namespace samordna::ui
