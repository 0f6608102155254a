// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace samordna::stats {

// How a count may be shown so that nobody can be recognised in it, by the
// rule public statistics agencies use:
// - primary suppression: every count from 1 to 4 is shown only as "<5";
// - secondary suppression: where a total is the sum of parts (a district's
//   figure and the whole city's, the benefit guidance and box 6b, …), one
//   hidden cell could be worked out by subtraction from the others. So as
//   long as some sum has exactly one hidden cell, the smallest non-zero cell
//   still shown among its parts (the total when no part will do) is hidden
//   too, and the sums are checked again until none gives one away.
// Zero is shown: it describes nobody. A cell hidden only to protect another
// is not "<5" (that would be untrue); it is shown as not available.
class SuppressionTable
{
public:
    enum class Visibility { Shown, Few, Hidden };

    static constexpr qint64 Threshold = 5;

    // A cell and its count; returns the cell's number.
    int addCell(qint64 value);
    // `total` = the sum of `parts`, as the figures are defined (or at most
    // the sum: treating such a relation as exact only hides more).
    void addSum(int total, const QList<int> &parts);

    // Applies both kinds of suppression.
    void apply();

    qint64 value(int cell) const { return m_cells.at(cell).value; }
    Visibility visibility(int cell) const { return m_cells.at(cell).visibility; }
    bool isHidden(int cell) const { return visibility(cell) != Visibility::Shown; }
    int cellCount() const { return int(m_cells.size()); }

private:
    struct Cell
    {
        qint64 value = 0;
        Visibility visibility = Visibility::Shown;
    };
    struct Sum
    {
        int total = -1;
        QList<int> parts;
    };
    // One round over the sums; true when a cell was hidden.
    bool protectOnce();

    QList<Cell> m_cells;
    QList<Sum> m_sums;
};

} // namespace samordna::stats
