// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace samordna::bench {

// The measures of one run: a readable table for the terminal and a JSON
// object with fixed keys, so runs can be compared over time.
class BenchReport
{
public:
    enum class Goal { AtMost, AtLeast, None };

    struct Measure
    {
        QString key; // the JSON key; empty for a row shown only in the table
        QString label;
        double value = 0;
        QString unit;
        Goal goal = Goal::None;
        double target = 0;
        QString note; // a second condition, already judged into `passed`
        std::optional<bool> passed;
    };

    void setCases(int cases) { m_cases = cases; }
    // Adds a row; judged against `target` unless the goal is None.
    Measure &add(const QString &key, const QString &label, double value, const QString &unit, Goal goal = Goal::None,
                 double target = 0);
    Measure *find(const QString &key);

    QString table() const;
    QByteArray json() const;
    bool allPassed() const;

private:
    int m_cases = 0;
    QList<Measure> m_measures;
};

} // namespace samordna::bench
