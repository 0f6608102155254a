// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/MedicalDocumentModel.h"

namespace samordna::ui {

MedicalDocumentModel::MedicalDocumentModel(QObject *parent)
    : EditableListModel(parent)
{
    setColumns({
        ColumnDescription::editable(
            tr("Received"), [](const MedicalDocument &d) { return QVariant(shownDate(d.date)); },
            [](const MedicalDocument &d) { return QVariant(d.date); },
            [](MedicalDocument &d, const QVariant &v) { d.date = v.toDate(); }),
        ColumnDescription::editable(
            tr("Issuer"), [](const MedicalDocument &d) { return QVariant(d.issuer); },
            [](const MedicalDocument &d) { return QVariant(d.issuer); },
            [](MedicalDocument &d, const QVariant &v) { d.issuer = v.toString().trimmed(); }),
        ColumnDescription::editable(
            tr("Summary"), [](const MedicalDocument &d) { return QVariant(d.summary); },
            [](const MedicalDocument &d) { return QVariant(d.summary); },
            [](MedicalDocument &d, const QVariant &v) { d.summary = v.toString().trimmed(); }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

} // namespace samordna::ui
