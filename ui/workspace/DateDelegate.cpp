// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/DateDelegate.h"

#include "workspace/DateEdit.h"

using namespace Qt::StringLiterals;

namespace samordna::ui {

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(u"dateEditor"_s);
    edit->setMaximumWidth(QWIDGETSIZE_MAX);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<DateEdit *>(editor);
    // Keep what the user is typing when the view refreshes the editor.
    if (edit->isModified())
        return;
    edit->setDate(index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<DateEdit *>(editor);
    if (!edit->isAcceptable())
        return; // an unreadable date is not written over the one recorded
    model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace samordna::ui
