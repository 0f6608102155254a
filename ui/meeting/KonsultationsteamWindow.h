// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CaseService.h"
#include "store/KonsultationsteamMeetings.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace samordna::ui {

class AktanteckningPanel;
class PresentationView;

// Preparing and following up a konsultationsteam meeting: the meeting's date
// and participants, the agenda built from the store's cases, the start of the
// shared-screen presentation and, after the meeting, the aktanteckning of
// each case. The window itself may be on the shared screen, so it names no
// client: cases are shown by case id, age, district and box, and names only
// after a confirmed, audited request.
class KonsultationsteamWindow : public QWidget
{
    Q_OBJECT

public:
    // The store must outlive the window.
    explicit KonsultationsteamWindow(CaseService *store, QWidget *parent = nullptr);
    ~KonsultationsteamWindow() override;

    CaseService *store() const { return m_store; }
    KonsultationsteamMeetings *meetings() const { return m_meetings.get(); }
    // 0 when no meeting is chosen.
    qint64 currentMeetingId() const;
    // The open presentation, or nullptr.
    PresentationView *presentation() const;

private:
    void loadCases();
    // A case changed anywhere: its line in the case search and on the agenda.
    void refreshCase(const QString &id);
    QStandardItem *caseItem(const CaseSummary &summary) const;
    void reloadMeetings(qint64 selectId);
    void showMeeting();
    void createMeeting();
    void saveMeeting();
    void reloadAgenda(qint64 selectItemId);
    qint64 selectedItemId() const;
    void addSelectedCase();
    void removeSelectedItem();
    void moveSelected(int delta);
    void startPresentation();
    void updateButtons();
    // The chosen agenda item's question to FK, saved as one leaves the field.
    void showQuestion();
    void saveQuestion();
    void showAktanteckning();
    void explainFailure(const QString &title);
    void onRevealNamesToggled(bool checked);
    // What the picker and the agenda say of a case: the case id, age,
    // district and box, and the name only while names are revealed.
    QString describe(const CaseSummary &summary) const;

    CaseService *m_store;
    std::unique_ptr<KonsultationsteamMeetings> m_meetings;
    QHash<QString, CaseSummary> m_summaries;
    QDate m_meetingDate;

    QComboBox *m_meetingCombo;
    QDateEdit *m_dateEdit;
    QLineEdit *m_participantsEdit;
    // The district a new meeting is held for; shown to a team-store user of
    // more than one district only (one district is taken as it is).
    QComboBox *m_districtCombo;
    QPushButton *m_createMeetingButton;
    QPushButton *m_saveMeetingButton;
    QLineEdit *m_searchEdit;
    QStandardItemModel *m_caseModel;
    QSortFilterProxyModel *m_caseProxy;
    QListView *m_caseList;
    QPushButton *m_addButton;
    QListWidget *m_agendaList;
    QPushButton *m_removeButton;
    QPushButton *m_moveUpButton;
    QPushButton *m_moveDownButton;
    QPushButton *m_startButton;
    QCheckBox *m_revealNamesCheck;
    QLineEdit *m_questionEdit;
    qint64 m_questionItemId = 0;
    AktanteckningPanel *m_aktanteckning;
    QPointer<PresentationView> m_presentation;
};

} // namespace samordna::ui
