// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suppression.h"

namespace samordna::stats {

int SuppressionTable::addCell(qint64 value)
{
    m_cells.append(Cell{value, Visibility::Shown});
    return int(m_cells.size()) - 1;
}

void SuppressionTable::addSum(int total, const QList<int> &parts)
{
    m_sums.append(Sum{total, parts});
}

void SuppressionTable::apply()
{
    for (Cell &cell : m_cells) {
        if (cell.value > 0 && cell.value < Threshold)
            cell.visibility = Visibility::Few;
    }
    // Each round hides at least one more cell, so this ends.
    while (protectOnce()) {
    }
}

bool SuppressionTable::protectOnce()
{
    bool changed = false;
    for (const Sum &sum : std::as_const(m_sums)) {
        int hidden = isHidden(sum.total) ? 1 : 0;
        for (int part : sum.parts)
            hidden += isHidden(part) ? 1 : 0;
        if (hidden != 1)
            continue;
        // The smallest part still shown that tells something (zero does
        // not), the earliest on a tie, so the result does not depend on
        // anything but the figures.
        int pick = -1;
        for (int part : sum.parts) {
            if (!isHidden(part) && value(part) > 0 && (pick < 0 || value(part) < value(pick)))
                pick = part;
        }
        if (pick < 0 && !isHidden(sum.total) && value(sum.total) > 0)
            pick = sum.total;
        if (pick < 0)
            continue; // the others are all zero: the hidden cell is the total's own value, hidden already
        m_cells[pick].visibility = Visibility::Hidden;
        changed = true;
    }
    return changed;
}

} // namespace samordna::stats
