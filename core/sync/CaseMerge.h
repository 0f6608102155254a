// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace samordna::sync {

// A field changed on both sides, to different values, since the base.
// Neither value wins by itself: both are kept until a person chooses.
struct FieldConflict
{
    QString field; // the case document's path: "fkContactDate", "facts.hasSgi", "stage", "socialWorker" …
    QJsonValue base;
    QJsonValue team;
    QJsonValue offline;
};

// A person's choice for one conflicting field. It holds for the values it
// was made between: when either side has changed the field again since,
// the choice no longer applies and the conflict stands anew.
struct FieldChoice
{
    enum Side { Team, Offline };
    QString field;
    QJsonValue team;
    QJsonValue offline;
    Side side = Team;
};

struct MergeOutcome
{
    // The merged case (the document's "case" object) as the team store is
    // to hold it, and as the file is to hold it: the same case, but each
    // journal keeps its own notes first, because a saved note is never
    // moved.
    QJsonObject team;
    QJsonObject file;
    // Fields still to be chosen; while there are any, nothing is written.
    QList<FieldConflict> conflicts;
};

// The three-way merge of one case against its base, field by field, on
// the case document's form (caseDocument::toJsonObject()["case"]). A field
// changed on one side only takes that side's value. Journal notes are
// added from both sides (a note marked wrong on either side is marked);
// meetings, plan measures, complements, medical documents and contacts are
// added from both sides, and an entry removed on one side and untouched on
// the other is removed. The stage and its history are one field. Merging a
// side with itself, or with what an earlier merge wrote, adds nothing:
// sync is idempotent.
MergeOutcome mergeCase(const QJsonObject &base, const QJsonObject &team, const QJsonObject &offline,
                       const QList<FieldChoice> &choices = {});

// The value of `field` (a dotted path; "stage" is the stage with its
// history) in a case object; undefined when the case has none.
QJsonValue fieldValue(const QJsonObject &caseObject, const QString &field);

} // namespace samordna::sync
