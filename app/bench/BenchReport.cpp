// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace samordna::bench {

namespace {

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

} // namespace

BenchReport::Measure &BenchReport::add(const QString &key, const QString &label, double value, const QString &unit,
                                       Goal goal, double target)
{
    Measure measure;
    measure.key = key;
    measure.label = label;
    measure.value = value;
    measure.unit = unit;
    measure.goal = goal;
    measure.target = target;
    if (goal == Goal::AtMost)
        measure.passed = value <= target;
    else if (goal == Goal::AtLeast)
        measure.passed = value >= target;
    m_measures << measure;
    return m_measures.last();
}

BenchReport::Measure *BenchReport::find(const QString &key)
{
    for (Measure &measure : m_measures) {
        if (measure.key == key)
            return &measure;
    }
    return nullptr;
}

QString BenchReport::table() const
{
    QString text = u"samordna-bench: %1 cases\n\n"_s.arg(m_cases);
    const auto line = [](const QString &a, const QString &b, const QString &c, const QString &d) -> QString {
        return a.leftJustified(34) + u' ' + b.rightJustified(12) + u"   "_s + c.leftJustified(26) + u' ' + d + u'\n';
    };
    text += line(u"measure"_s, u"value"_s, u"target"_s, u"result"_s);
    text += QString(80, u'-') + u'\n';
    for (const Measure &m : m_measures) {
        QString target;
        if (m.goal == Goal::AtMost)
            target = u"<= "_s + number(m.target) + u' ' + m.unit;
        else if (m.goal == Goal::AtLeast)
            target = u">= "_s + number(m.target) + u' ' + m.unit;
        if (!m.note.isEmpty())
            target += (target.isEmpty() ? QString() : u", "_s) + m.note;
        const QString result = !m.passed ? QString() : *m.passed ? u"pass"_s : u"FAIL"_s;
        text += line(m.label, number(m.value) + u' ' + m.unit, target, result);
    }
    return text;
}

QByteArray BenchReport::json() const
{
    QJsonObject object;
    object.insert(u"cases"_s, m_cases);
    for (const Measure &m : m_measures) {
        if (!m.key.isEmpty())
            object.insert(m.key, m.value);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool BenchReport::allPassed() const
{
    for (const Measure &m : m_measures) {
        if (m.passed && !*m.passed)
            return false;
    }
    return true;
}

} // namespace samordna::bench
