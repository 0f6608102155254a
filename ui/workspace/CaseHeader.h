// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace samordna::ui {

// Who the case is about, at a glance: name, masked personnummer, age, district,
// social worker and the current box. Others may see the screen, so the full
// personnummer is shown only after a confirmed, audited request (the
// workspace asks and audits), and only until another case is shown.
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);

    void display(const CaseRecord &record, const Assessment &assessment);
    void clear();
    // Shows the full personnummer of the case on display.
    void reveal();

Q_SIGNALS:
    void revealRequested();

private:
    void showPersonnummer();

    CaseRecord m_record;
    bool m_revealed = false;
    QToolButton *m_revealButton = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_personnummer = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_district = nullptr;
    QLabel *m_socialWorker = nullptr;
    QLabel *m_stage = nullptr;
};

} // namespace samordna::ui
