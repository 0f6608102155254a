// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

namespace samordna::ui {

// Boxes 6a and 6b: FK's coordination has ended. 6a: the person has full or
// partial work capacity and IoF continues towards the labour market. 6b: no
// work capacity; what the person may apply for, and why (age, duration,
// labour market), or that a temporary deterioration keeps the case open.
class OutcomePage : public CasePage
{
    Q_OBJECT

public:
    OutcomePage(Stage stage, QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QLabel *m_outcome = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_keepOpen = nullptr;
};

} // namespace samordna::ui
