// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/TransitionPanel.h"

#include "rules/ProcessGraph.h"
#include "workspace/ElidedButton.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

TransitionPanel::TransitionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"transitionPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Move the case"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_suggestion = new QLabel(this);
    m_suggestion->setObjectName(u"suggestedStageLabel"_s);
    m_suggestion->setWordWrap(true);
    layout->addWidget(m_suggestion);
    m_buttons = new QVBoxLayout;
    layout->addLayout(m_buttons);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(u"transitionReasonsLabel"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    layout->addWidget(m_reasons);
    layout->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void TransitionPanel::display(Stage current, const QList<Transition> &transitions, Stage suggested)
{
    // Rebuilt only when something changed, so keyboard focus stays on a
    // button while the user edits elsewhere.
    QString key = stageCode(current) + stageCode(suggested);
    for (const Transition &transition : transitions)
        key += stageCode(transition.target) + (transition.allowed ? u'+' : u'-') + transition.reason;
    if (key == m_shown)
        return;
    m_shown = key;
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        // The clicked button may be the one being replaced: delete it later.
        if (QWidget *widget = item->widget()) {
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    QStringList reasons;
    bool anyButton = false;
    // Every arrow from here is offered, also when the rules refuse it now,
    // so the user learns what is still needed.
    for (const Transition &transition : transitions) {
        if (!process::leadsTo(current, transition.target))
            continue;
        auto *button = new ElidedButton(
            tr("To box %1: %2").arg(stageNumber(transition.target), stageTitle(transition.target)), this);
        button->setObjectName(u"transitionButton_"_s + stageCode(transition.target));
        button->setEnabled(transition.allowed);
        button->setToolTip(transition.allowed ? tr("Asks for a note for the journal, then moves the case.")
                                              : transition.reason);
        QFont font = button->font();
        font.setBold(transition.allowed && transition.target == suggested);
        button->setFont(font);
        const Stage target = transition.target;
        connect(button, &QPushButton::clicked, this, [this, target] { Q_EMIT transitionRequested(target); });
        m_buttons->addWidget(button);
        button->show();
        anyButton = true;
        if (!transition.allowed)
            reasons << u"<b>%1</b> %2"_s.arg(tr("Box %1:").arg(stageNumber(target)).toHtmlEscaped(),
                                             transition.reason.toHtmlEscaped());
    }
    if (!anyButton)
        reasons << tr("The case has left the process here; no box follows.").toHtmlEscaped();
    m_reasons->setText(reasons.join(u"<br>"_s));
    m_suggestion->setText(suggested != current ? tr("The method document suggests box %1.").arg(stageNumber(suggested))
                                               : QString());
    m_suggestion->setVisible(suggested != current);
    Q_EMIT contentChanged();
}

} // namespace samordna::ui
