#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"

#include <QAbstractTableModel>

namespace samordna::ui {

// The case's meetings: konsultationsteam, avstämningsmöten, gemensam
// kartläggning, SIP. The last column shows the two-week invitation check of
// each avstämningsmöte, read from the assessment.
class MeetingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, InvitationColumn, AdviceColumn, NotesColumn, CheckColumn, ColumnCount };
    // The meeting kind's code, for filtering views to one kind.
    static constexpr int KindCodeRole = Qt::UserRole + 1;

    explicit MeetingModel(QObject *parent = nullptr);

    void setMeetings(const QList<Meeting> &meetings, const QList<Deadline> &deadlines);
    const QList<Meeting> &meetings() const { return m_meetings; }
    // The check text of a meeting ("" for meetings without one).
    QString checkText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void meetingsEdited(const QList<samordna::Meeting> &meetings);

private:
    const Deadline *deadlineOf(int row) const;

    QList<Meeting> m_meetings;
    QList<Deadline> m_deadlines;
};

} // namespace samordna::ui
