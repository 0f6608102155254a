// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/WrappingColumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace samordna::ui {

WrappingColumns::WrappingColumns(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A title wider than its column goes onto a second line, not cut.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this);
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &WrappingColumns::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WrappingColumns::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WrappingColumns::fitLater);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WrappingColumns::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &WrappingColumns::fitLater);
    }
    fitLater();
}

QList<int> WrappingColumns::share(const QList<int> &preferred, const QList<int> &least, int room)
{
    QList<int> widths = preferred;
    if (std::accumulate(preferred.cbegin(), preferred.cend(), 0) <= room || preferred.isEmpty())
        return widths;
    // Those that want no more than an even share of what is left keep what
    // they want; the others share the rest evenly, as often as that frees room.
    QList<bool> settled(preferred.size(), false);
    int left = room;
    qsizetype open = preferred.size();
    bool changed = true;
    while (changed && open > 0) {
        changed = false;
        const int even = left / int(open);
        for (qsizetype i = 0; i < preferred.size(); ++i) {
            if (!settled.at(i) && preferred.at(i) <= even) {
                settled[i] = true;
                left -= preferred.at(i);
                --open;
                changed = true;
            }
        }
    }
    // Each open column gets its longest word, and the room beyond that
    // goes to them by how much more they want; when even the words do not
    // fit, each gives up its share of what is missing.
    int leastSum = 0;
    int wantSum = 0;
    for (qsizetype i = 0; i < preferred.size(); ++i) {
        if (!settled.at(i)) {
            leastSum += least.at(i);
            wantSum += std::max(0, preferred.at(i) - least.at(i));
        }
    }
    for (qsizetype i = 0; i < preferred.size(); ++i) {
        if (settled.at(i))
            continue;
        if (leastSum >= left || wantSum == 0)
            widths[i] = leastSum > 0 ? int(qint64(least.at(i)) * left / leastSum) : left / int(open);
        else
            widths[i] = least.at(i)
                + int(qint64(std::max(0, preferred.at(i) - least.at(i))) * (left - leastSum) / wantSum);
    }
    return widths;
}

void WrappingColumns::fit()
{
    m_pending = false;
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = header->count();
    QList<int> visible;
    QList<int> preferred;
    QList<int> least;
    const QAbstractItemModel *model = m_table->model();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        visible << column;
        // A word is not broken: the longest one in the column, or in its
        // title, is as narrow as it may get.
        int longestWord = 0;
        const auto measure = [&](const QString &text) {
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        };
        measure(model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row)
            measure(model->index(row, column).data().toString());
        least << longestWord + padding;
        // QAbstractItemView's public door to the table's own measure.
        const QAbstractItemView *view = m_table;
        preferred << std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    }
    const QList<int> widths = share(preferred, least, m_table->viewport()->width());
    bool titleWraps = false;
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (header->sectionSize(visible.at(i)) != widths.at(i))
            header->resizeSection(visible.at(i), widths.at(i));
        titleWraps = titleWraps || widths.at(i) < header->sectionSizeHint(visible.at(i));
    }
    header->setFixedHeight(titleWraps ? header->sizeHint().height() + header->fontMetrics().lineSpacing()
                                      : header->sizeHint().height());
    m_table->resizeRowsToContents();
}

void WrappingColumns::fitLater()
{
    // Once for a burst of changes, after they are all in.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &WrappingColumns::fit);
}

bool WrappingColumns::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_table->viewport() && event->type() == QEvent::Resize)
        || (watched == m_table && (event->type() == QEvent::FontChange || event->type() == QEvent::Show)))
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace samordna::ui
