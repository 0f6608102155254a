// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/PresentationView.h"

#include "common/MessageBox.h"
#include "common/StateColors.h"
#include "documents/DocumentComposer.h"
#include "domain/Codes.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"
#include "service/CaseService.h"
#include "settings/MyDetails.h"
#include "util/Clock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QString statusMark(CriterionStatus status, const StateColors &colours)
{
    // A symbol and a word, so the status is clear without colour too.
    const auto mark = [](const QColor &colour, const QString &symbol) {
        return u"<span style=\"color:%1\">%2</span>"_s.arg(colour.name(), symbol);
    };
    switch (status) {
    case CriterionStatus::Met:
        return mark(colours.text(ColorState::Done), u"&#10004;"_s);
    case CriterionStatus::NotMet:
        return mark(colours.text(ColorState::Overdue), u"&#10008;"_s);
    case CriterionStatus::Unknown:
        return mark(colours.text(ColorState::DueSoon), u"?"_s);
    }
    return {};
}

QLabel *wrapping(QLabel *label)
{
    label->setWordWrap(true);
    // Any height to spare goes below the text, never between a caption and its value.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

PresentationView::PresentationView(CaseService *store, KonsultationsteamMeetings *meetings, qint64 meetingId,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_meetings(meetings)
    , m_items(meetings->agenda(meetingId))
    , m_titleLabel(wrapping(new QLabel(this)))
    , m_positionLabel(new QLabel(this))
    , m_numberValue(new QLabel(this))
    , m_ageValue(new QLabel(this))
    , m_districtValue(new QLabel(this))
    , m_stageValue(wrapping(new QLabel(this)))
    , m_criteriaLabel(wrapping(new QLabel(this)))
    , m_missingLabel(wrapping(new QLabel(this)))
    , m_personalLabel(new QLabel(this))
    , m_noteEdit(new QLineEdit(this))
    , m_criteriaMetButton(new QPushButton(tr("Criteria met"), this))
    , m_complementButton(new QPushButton(tr("Complement needed"), this))
    , m_notRelevantButton(new QPushButton(tr("Not relevant"), this))
    , m_adviceResultLabel(wrapping(new QLabel(this)))
    , m_adviceExplanationLabel(wrapping(new QLabel(this)))
    , m_questionLabel(wrapping(new QLabel(this)))
    , m_previousButton(new QPushButton(tr("← Previous"), this))
    , m_revealButton(new QPushButton(tr("Show personal details…"), this))
    , m_nextButton(new QPushButton(tr("Next →"), this))
    , m_endButton(new QPushButton(tr("End (Esc)"), this))
{
    setObjectName(u"presentationView"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    QPalette colours = palette();
    // Dark text on white carries best on a projector, whatever the desktop theme.
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    colours.setColor(QPalette::Base, Qt::white);
    colours.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);

    if (const auto meeting = meetings->meeting(meetingId))
        m_meetingTitle = tr("Konsultationsteam · %1").arg(QLocale().toString(meeting->date, QLocale::LongFormat));

    m_positionLabel->setObjectName(u"agendaPositionLabel"_s);
    m_numberValue->setObjectName(u"agendaNumberLabel"_s);
    m_ageValue->setObjectName(u"ageLabel"_s);
    m_districtValue->setObjectName(u"districtLabel"_s);
    m_stageValue->setObjectName(u"stageLabel"_s);
    m_criteriaLabel->setObjectName(u"criteriaLabel"_s);
    m_missingLabel->setObjectName(u"missingLabel"_s);
    m_personalLabel->setObjectName(u"personalDataLabel"_s);
    m_personalLabel->setTextFormat(Qt::PlainText);
    const StateColors stateColours(colours);
    m_personalLabel->setStyleSheet(stateColours.styleSheet(
        u"QLabel"_s, ColorState::Warning, true,
        u"border: 2px solid %1; padding: 6px;"_s.arg(stateColours.border(ColorState::Warning).name())));
    m_personalLabel->hide();
    m_noteEdit->setObjectName(u"adviceNoteEdit"_s);
    m_noteEdit->setPlaceholderText(tr("Note on what was discussed"));
    m_criteriaMetButton->setObjectName(u"adviceCriteriaMetButton"_s);
    m_complementButton->setObjectName(u"adviceComplementButton"_s);
    m_notRelevantButton->setObjectName(u"adviceNotRelevantButton"_s);
    m_adviceResultLabel->setObjectName(u"adviceResultLabel"_s);
    m_adviceExplanationLabel->setObjectName(u"adviceExplanationLabel"_s);
    m_adviceExplanationLabel->setTextFormat(Qt::PlainText);
    m_questionLabel->setObjectName(u"questionToFkLabel"_s);
    m_questionLabel->setTextFormat(Qt::PlainText);
    m_previousButton->setObjectName(u"previousCaseButton"_s);
    m_revealButton->setObjectName(u"revealPersonalButton"_s);
    m_revealButton->setToolTip(tr("Shows the name and personnummer of this case to everyone in the room; "
                                  "written to the audit log."));
    m_nextButton->setObjectName(u"nextCaseButton"_s);
    m_endButton->setObjectName(u"endPresentationButton"_s);
    m_criteriaMetButton->setToolTip(tr("FK: the case meets the criteria; apply on blankett 7434"));
    m_complementButton->setToolTip(tr("FK: the medical documentation needs complementing (box 2a)"));
    m_notRelevantButton->setToolTip(tr("FK: coordination is not relevant (box 2b)"));
    for (QPushButton *button : {m_criteriaMetButton, m_complementButton, m_notRelevantButton})
        button->setCheckable(true);
    for (QPushButton *button : {m_previousButton, m_revealButton, m_nextButton, m_endButton})
        button->setAutoDefault(false);
    for (QLabel *value : {m_numberValue, m_ageValue, m_districtValue})
        m_values << value;

    // Short values side by side; the box's title and the criteria wrap, so
    // nothing runs off a narrow screen.
    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(40);
    tiles->setVerticalSpacing(0);
    tiles->addWidget(caption(tr("Agenda no.")), 0, 0);
    tiles->addWidget(caption(tr("Age")), 0, 1);
    tiles->addWidget(caption(tr("District")), 0, 2);
    tiles->addWidget(m_numberValue, 1, 0);
    tiles->addWidget(m_ageValue, 1, 1);
    tiles->addWidget(m_districtValue, 1, 2);
    tiles->setColumnStretch(3, 1);

    auto *facts = new QVBoxLayout;
    facts->addLayout(tiles);
    facts->addWidget(caption(tr("Box")));
    facts->addWidget(m_stageValue);
    facts->addWidget(caption(tr("Criteria")));
    facts->addWidget(m_criteriaLabel);
    facts->addWidget(caption(tr("Missing before the application")));
    facts->addWidget(m_missingLabel);
    facts->addWidget(m_personalLabel);
    facts->addStretch(1);

    auto *advice = new QVBoxLayout;
    advice->addWidget(caption(tr("Question to FK")));
    advice->addWidget(m_questionLabel);
    advice->addWidget(caption(tr("FK's advice")));
    advice->addWidget(m_criteriaMetButton);
    advice->addWidget(m_complementButton);
    advice->addWidget(m_notRelevantButton);
    advice->addWidget(m_noteEdit);
    advice->addWidget(m_adviceResultLabel);
    advice->addWidget(m_adviceExplanationLabel);
    advice->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(32);
    body->addLayout(facts, 5);
    body->addLayout(advice, 4);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_positionLabel);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_revealButton);
    navigation->addStretch(1);
    navigation->addWidget(m_endButton);
    navigation->addWidget(m_nextButton);

    auto *root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addLayout(body, 1);
    root->addLayout(navigation);

    connect(m_criteriaMetButton, &QPushButton::clicked, this, [this] { recordAdvice(Advice::CriteriaMet); });
    connect(m_complementButton, &QPushButton::clicked, this, [this] { recordAdvice(Advice::ComplementNeeded); });
    connect(m_notRelevantButton, &QPushButton::clicked, this, [this] { recordAdvice(Advice::NotRelevant); });
    connect(m_previousButton, &QPushButton::clicked, this, &PresentationView::showPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &PresentationView::showNext);
    connect(m_revealButton, &QPushButton::clicked, this, &PresentationView::revealPersonal);
    connect(m_endButton, &QPushButton::clicked, this, &QWidget::close);

    m_titleLabel->setText(m_meetingTitle.toHtmlEscaped());
    m_positionLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    for (QLabel *value : std::as_const(m_values))
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    updateFonts();
    showCase(0);
}

QLabel *PresentationView::caption(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setStyleSheet(u"QLabel { color: #4a4a4a; }"_s);
    m_captions << label;
    return label;
}

void PresentationView::showCase(int index)
{
    hidePersonal();
    if (m_items.isEmpty()) {
        m_index = -1;
        m_positionLabel->setText(tr("The agenda is empty"));
        for (QWidget *widget :
             std::initializer_list<QWidget *>{m_criteriaMetButton, m_complementButton, m_notRelevantButton, m_noteEdit,
                                              m_revealButton, m_previousButton, m_nextButton})
            widget->setEnabled(false);
        return;
    }
    m_index = std::clamp(index, 0, int(m_items.size()) - 1);
    const AgendaItem &item = m_items.at(m_index);
    const int total = int(m_items.size());
    setWindowTitle(tr("%1 – case %2 of %3").arg(m_meetingTitle).arg(m_index + 1).arg(total));
    m_positionLabel->setText(tr("Case %1 of %2").arg(m_index + 1).arg(total));
    m_previousButton->setEnabled(m_index > 0);
    m_nextButton->setEnabled(m_index + 1 < total);

    // The record is read here and dropped at once: only the extract below
    // is kept, and it has no name or personnummer. Bringing a case on
    // screen is an opening of it, audited like one (once, not per redraw).
    PresentedCase presented;
    {
        const bool newOnScreen = item.caseId != m_caseOnScreen;
        m_caseOnScreen = item.caseId;
        const auto stored = newOnScreen ? m_store->openCase(item.caseId) : m_store->loadCase(item.caseId);
        if (!stored) {
            m_numberValue->setText(QString::number(m_index + 1));
            m_ageValue->clear();
            m_districtValue->clear();
            m_stageValue->clear();
            m_missingLabel->clear();
            m_criteriaLabel->setText(stored.ok() ? tr("There is no case %1.").arg(item.caseId.toHtmlEscaped())
                                                 : tr("The case is not shown: %1").arg(stored.error.toHtmlEscaped()));
            return;
        }
        presented = PresentedCase::from(stored->record, assess(stored->record, Clock::today()), m_index + 1, total);
    }
    m_numberValue->setText(QString::number(presented.number));
    m_ageValue->setText(presented.age ? QString::number(*presented.age) : tr("–"));
    m_districtValue->setText(presented.district.isEmpty() ? tr("–") : presented.district);
    m_stageValue->setText(tr("%1 – %2").arg(stageNumber(presented.stage), stageTitle(presented.stage).toHtmlEscaped()));

    QString criteria = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const Criterion &criterion : presented.criteria)
        criteria += u"<tr><td>"_s % statusMark(criterion.status, StateColors(palette())) % u"</td><td>"_s
            % DocumentComposer::criterionTitle(criterion.code).toHtmlEscaped() % u"</td><td><i>"_s
            % displayName(criterion.status).toHtmlEscaped() % u"</i></td></tr>"_s;
    criteria += u"</table>"_s;
    m_criteriaLabel->setText(criteria);

    if (presented.missing.isEmpty()) {
        m_missingLabel->setText(tr("Nothing is missing before the application."));
    } else {
        QStringList lines;
        for (Missing missing : presented.missing)
            lines << u"• "_s % displayName(missing).toHtmlEscaped();
        m_missingLabel->setText(lines.join(u"<br>"_s));
    }

    m_questionLabel->setText(item.question.isEmpty() ? tr("No question written.") : item.question);
    m_noteEdit->setText(item.note);
    showAdvice(item.advice);
}

void PresentationView::showNext()
{
    if (m_index + 1 < m_items.size())
        showCase(m_index + 1);
}

void PresentationView::showPrevious()
{
    if (m_index > 0)
        showCase(m_index - 1);
}

void PresentationView::showAdvice(const std::optional<Advice> &advice)
{
    m_criteriaMetButton->setChecked(advice == Advice::CriteriaMet);
    m_complementButton->setChecked(advice == Advice::ComplementNeeded);
    m_notRelevantButton->setChecked(advice == Advice::NotRelevant);
    if (!advice) {
        m_adviceResultLabel->setText(tr("No advice recorded yet."));
        m_adviceExplanationLabel->clear();
        return;
    }
    const process::AdviceStep step = process::afterAdvice(*advice);
    m_adviceResultLabel->setText(
        tr("<b>Recorded: %1</b><br>Suggested next box: <b>%2 – %3</b>")
            .arg(displayName(*advice).toHtmlEscaped(), stageNumber(step.next), stageTitle(step.next).toHtmlEscaped()));
    m_adviceExplanationLabel->setText(step.explanation);
}

void PresentationView::recordAdvice(Advice advice)
{
    if (m_index < 0)
        return;
    AgendaItem &item = m_items[m_index];
    const WriteResult result = m_meetings->recordAdvice(item.id, advice, m_noteEdit->text(), MyDetails::load().name);
    if (!result.ok()) {
        showAdvice(item.advice);
        MessageBox::warning(this, tr("FK's advice"), tr("The advice was not recorded: %1").arg(result.message));
        return;
    }
    if (const auto stored = m_meetings->agendaItem(item.id))
        item = *stored;
    m_noteEdit->setText(item.note);
    showAdvice(item.advice);
    Q_EMIT adviceRecorded(item.id);
}

void PresentationView::revealPersonal()
{
    if (m_index < 0)
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Show personal details"),
        tr("Show the name and personnummer of case %1 on the shared screen? Everyone in the room will see them, "
           "and it is written to the audit log.")
            .arg(m_index + 1),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto person = m_meetings->revealPerson(m_items.at(m_index).id);
    if (!person) {
        MessageBox::warning(this, tr("Show personal details"),
                            tr("The personal details are not shown: %1").arg(m_meetings->lastError()));
        return;
    }
    m_personalLabel->setText(person->name % u"   " % person->personnummer);
    m_personalLabel->show();
}

void PresentationView::hidePersonal()
{
    m_personalLabel->clear();
    m_personalLabel->hide();
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        showNext();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showPrevious();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The layout is placing the children for this very resize; new fonts
    // are laid out once it is done.
    if (baseFontSize() != m_baseFontSize)
        QMetaObject::invokeMethod(this, &PresentationView::updateFonts, Qt::QueuedConnection);
}

int PresentationView::baseFontSize() const
{
    return std::clamp(std::min(height() / 30, width() / 52), 16, 72);
}

// The type follows the screen, so the same view is readable on a projector
// and on a laptop without anything running off the screen.
void PresentationView::updateFonts()
{
    const int base = baseFontSize();
    m_baseFontSize = base;
    QFont font = this->font();
    font.setPixelSize(base);
    setFont(font);

    QFont captionFont = font;
    captionFont.setPixelSize(base * 4 / 5);
    for (QLabel *label : std::as_const(m_captions))
        label->setFont(captionFont);
    QFont valueFont = font;
    valueFont.setPixelSize(base * 3 / 2);
    valueFont.setBold(true);
    for (QLabel *label : std::as_const(m_values))
        label->setFont(valueFont);
    QFont titleFont = font;
    titleFont.setPixelSize(base * 6 / 5);
    titleFont.setBold(true);
    for (QLabel *label : {m_titleLabel, m_positionLabel, m_stageValue, m_personalLabel})
        label->setFont(titleFont);
    QFont smallFont = font;
    smallFont.setPixelSize(base * 4 / 5);
    m_adviceExplanationLabel->setFont(smallFont);

    const int buttonHeight = base * 2;
    for (QPushButton *button : {m_criteriaMetButton, m_complementButton, m_notRelevantButton})
        button->setMinimumHeight(buttonHeight);
    for (QPushButton *button : {m_previousButton, m_revealButton, m_nextButton, m_endButton})
        button->setMinimumHeight(buttonHeight);
    m_noteEdit->setMinimumHeight(base * 2);
    if (QLayout *root = layout()) {
        root->setContentsMargins(base, base * 2 / 3, base, base * 2 / 3);
        root->setSpacing(base / 2);
        root->activate();
    }
}

} // namespace samordna::ui
