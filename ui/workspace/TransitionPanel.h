// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Assessment.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace samordna::ui {

// The moves the method document offers from the current box: a button for
// each, enabled only when the rules allow it; a refused one says why, both as
// tooltip and in words below.
class TransitionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransitionPanel(QWidget *parent = nullptr);

    void display(Stage current, const QList<Transition> &transitions, Stage suggested);

Q_SIGNALS:
    void transitionRequested(samordna::Stage target);
    // What is shown changed, and with it the height it needs.
    void contentChanged();

private:
    QVBoxLayout *m_buttons = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_suggestion = nullptr;
    QString m_shown;
};

} // namespace samordna::ui
