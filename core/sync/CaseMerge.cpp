// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMerge.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace samordna::sync {

namespace {

// Lists whose entries have no order of their own to keep and may be
// removed: merged as multisets against the base.
bool isEntryList(const QString &key)
{
    return key != u"journal" && key != u"stageHistory";
}

// Keys the merge does not treat as case content.
bool isIgnored(const QString &key)
{
    return key == u"id" || key == u"revision" || key == u"stageHistory";
}

QJsonValue stageUnit(const QJsonObject &c)
{
    if (!c.contains(u"stage"))
        return QJsonValue(QJsonValue::Undefined);
    return QJsonObject{{u"stage"_s, c.value(u"stage")}, {u"stageHistory"_s, c.value(u"stageHistory")}};
}

void setValue(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object[key] = value;
}

// entries of `list` minus one occurrence of each entry of `minus`.
QJsonArray without(const QJsonArray &list, const QJsonArray &minus)
{
    QList<QJsonValue> left(minus.begin(), minus.end());
    QJsonArray result;
    for (const QJsonValue &entry : list) {
        if (const qsizetype at = left.indexOf(entry); at >= 0)
            left.removeAt(at);
        else
            result << entry;
    }
    return result;
}

// The team's list with the file's removals taken out and its additions
// appended; what the team removed or added stays so.
QJsonArray mergeEntries(const QJsonArray &base, const QJsonArray &team, const QJsonArray &offline)
{
    const QJsonArray removedOffline = without(base, offline);
    const QJsonArray addedOffline = without(offline, base);
    const QJsonArray addedTeam = without(team, base);
    QJsonArray merged = without(team, removedOffline);
    for (const QJsonValue &entry : without(addedOffline, addedTeam))
        merged << entry;
    return merged;
}

QString noteKey(const QJsonValue &entry)
{
    const QJsonObject note = entry.toObject();
    return note.value(u"date").toString() + u'\x1f' + note.value(u"author").toString() + u'\x1f'
        + note.value(u"text").toString();
}

// `own` with the other side's notes it lacks appended, and a note marked
// wrong on the other side marked here too (a note is marked once).
QJsonArray mergeJournal(const QJsonArray &own, const QJsonArray &other)
{
    QJsonArray merged = own;
    QList<QString> keys;
    for (const QJsonValue &entry : own)
        keys << noteKey(entry);
    QList<bool> matched(keys.size(), false);
    for (const QJsonValue &entry : other) {
        const QString key = noteKey(entry);
        qsizetype at = -1;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!matched.at(i) && keys.at(i) == key) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            merged << entry;
            continue;
        }
        matched[at] = true;
        QJsonObject note = merged.at(at).toObject();
        const QJsonValue marking = entry.toObject().value(u"markedWrong");
        if (!note.contains(u"markedWrong") && marking.isObject()) {
            note[u"markedWrong"_s] = marking;
            merged[at] = note;
        }
    }
    return merged;
}

enum class Shape { Scalar, Object, Entries };

Shape shapeOf(const QString &key, const QList<QJsonValue> &values)
{
    bool anyObject = false;
    bool anyArray = false;
    bool others = false;
    for (const QJsonValue &value : values) {
        anyObject = anyObject || value.isObject();
        anyArray = anyArray || value.isArray();
        others = others || !(value.isObject() || value.isArray() || value.isUndefined());
    }
    // socialWorker's "unknown" is null: known or not is one change, so it
    // is compared whole whenever a side has it null.
    if (anyObject && !anyArray && !others)
        return Shape::Object;
    if (anyArray && !anyObject && !others && isEntryList(key))
        return Shape::Entries;
    return Shape::Scalar;
}

struct Merger
{
    const QList<FieldChoice> &choices;
    QList<FieldConflict> conflicts;

    QJsonValue scalar(const QString &field, const QJsonValue &base, const QJsonValue &team, const QJsonValue &offline)
    {
        if (team == offline || offline == base)
            return team;
        if (team == base)
            return offline;
        for (const FieldChoice &choice : choices) {
            if (choice.field == field && choice.team == team && choice.offline == offline)
                return choice.side == FieldChoice::Team ? team : offline;
        }
        conflicts << FieldConflict{field, base, team, offline};
        return team;
    }

    void object(const QString &prefix, const QJsonObject &base, const QJsonObject &team, const QJsonObject &offline,
                QJsonObject &merged)
    {
        QStringList keys = team.keys();
        for (const QString &key : offline.keys() + base.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        for (const QString &key : std::as_const(keys)) {
            if (prefix.isEmpty() && isIgnored(key))
                continue;
            const QString field = prefix.isEmpty() ? key : prefix + u'.' + key;
            const QJsonValue b = base.value(key);
            const QJsonValue t = team.value(key);
            const QJsonValue o = offline.value(key);
            if (prefix.isEmpty() && key == u"journal") {
                merged[key] = mergeJournal(t.toArray(), o.toArray());
                continue;
            }
            if (prefix.isEmpty() && key == u"stage") {
                const QJsonValue unit = scalar(u"stage"_s, stageUnit(base), stageUnit(team), stageUnit(offline));
                setValue(merged, u"stage"_s, unit.toObject().value(u"stage"));
                setValue(merged, u"stageHistory"_s, unit.toObject().value(u"stageHistory"));
                continue;
            }
            switch (shapeOf(key, {b, t, o})) {
            case Shape::Object: {
                QJsonObject inner = t.toObject();
                object(field, b.toObject(), t.toObject(), o.toObject(), inner);
                merged[key] = inner;
                break;
            }
            case Shape::Entries:
                merged[key] = mergeEntries(b.toArray(), t.toArray(), o.toArray());
                break;
            case Shape::Scalar:
                setValue(merged, key, scalar(field, b, t, o));
                break;
            }
        }
    }
};

} // namespace

MergeOutcome mergeCase(const QJsonObject &base, const QJsonObject &team, const QJsonObject &offline,
                       const QList<FieldChoice> &choices)
{
    Merger merger{choices, {}};
    QJsonObject merged = team;
    merger.object({}, base, team, offline, merged);
    MergeOutcome outcome;
    outcome.team = merged;
    outcome.file = merged;
    if (team.contains(u"journal") || offline.contains(u"journal"))
        outcome.file[u"journal"_s] = mergeJournal(offline.value(u"journal").toArray(),
                                                  team.value(u"journal").toArray());
    outcome.conflicts = merger.conflicts;
    return outcome;
}

QJsonValue fieldValue(const QJsonObject &caseObject, const QString &field)
{
    if (field == u"stage")
        return stageUnit(caseObject);
    QJsonValue value = caseObject;
    for (const QString &key : field.split(u'.'))
        value = value.toObject().value(key);
    return value;
}

} // namespace samordna::sync
