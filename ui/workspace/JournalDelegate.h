// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace samordna::ui {

// Draws a journal note with its first line (date, author) in bold above the
// note's text, wrapped to the list's width, so notes are told apart at a
// glance; a second line of detail (when it was registered) small and in
// italics between them.
class JournalDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum Role {
        HeadingRole = Qt::UserRole + 1, // bool: the first line is a heading
        DetailLineRole,                 // bool: the line after the heading is a detail
    };

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace samordna::ui
