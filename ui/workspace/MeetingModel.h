// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"
#include "workspace/EditableListModel.h"

namespace samordna::ui {

// The case's meetings: konsultationsteam, avstämningsmöten, gemensam
// kartläggning, SIP. The last column shows the two-week invitation check of
// each avstämningsmöte, read from the assessment.
class MeetingModel : public EditableListModel<Meeting>
{
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, InvitationColumn, AdviceColumn, NotesColumn, CheckColumn, ColumnCount };
    // The meeting kind's code, for filtering views to one kind.
    static constexpr int KindCodeRole = Qt::UserRole + 1;

    explicit MeetingModel(QObject *parent = nullptr);

    void setMeetings(const QList<Meeting> &meetings, const QList<Deadline> &deadlines);
    // The check text of a meeting ("" for meetings without one).
    QString checkText(int row) const;

private:
    const Deadline *deadlineOf(int row) const;

    QList<Deadline> m_deadlines;
};

} // namespace samordna::ui
