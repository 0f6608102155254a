// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/PresentedCase.h"
#include "store/KonsultationsteamMeetings.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// The konsultationsteam's shared screen: one agenda case at a time, in type
// large enough to read across a room, with only what the advice needs (the
// agenda number, age, district, box, criteria and what is missing). The name
// and personnummer appear only after a confirmed, audited request, and only
// for the case on screen. FK's advice is recorded here with one button.
class PresentationView : public QWidget
{
    Q_OBJECT

public:
    // `store` and `meetings` must outlive the view.
    PresentationView(CaseService *store, KonsultationsteamMeetings *meetings, qint64 meetingId,
                     QWidget *parent = nullptr);

    int currentIndex() const { return m_index; }
    int caseCount() const { return int(m_items.size()); }
    void showCase(int index);
    void showNext();
    void showPrevious();

Q_SIGNALS:
    void adviceRecorded(qint64 itemId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *caption(const QString &text);
    void recordAdvice(Advice advice);
    void revealPersonal();
    void hidePersonal();
    void showAdvice(const std::optional<Advice> &advice);
    int baseFontSize() const;
    void updateFonts();

    CaseService *m_store;
    KonsultationsteamMeetings *m_meetings;
    QList<AgendaItem> m_items;
    QString m_meetingTitle;
    int m_index = -1;
    QString m_caseOnScreen; // the case whose opening was last audited
    int m_baseFontSize = 0;

    QLabel *m_titleLabel;
    QLabel *m_positionLabel;
    QLabel *m_numberValue;
    QLabel *m_ageValue;
    QLabel *m_districtValue;
    QLabel *m_stageValue;
    QLabel *m_criteriaLabel;
    QLabel *m_missingLabel;
    QLabel *m_personalLabel;
    QLineEdit *m_noteEdit;
    QPushButton *m_criteriaMetButton;
    QPushButton *m_complementButton;
    QPushButton *m_notRelevantButton;
    QLabel *m_adviceResultLabel;
    QLabel *m_adviceExplanationLabel;
    QLabel *m_questionLabel;
    QPushButton *m_previousButton;
    QPushButton *m_revealButton;
    QPushButton *m_nextButton;
    QPushButton *m_endButton;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
};

} // namespace samordna::ui
