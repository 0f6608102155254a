// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QComboBox>

namespace samordna::ui {

// Yes / No / Don't know for a fact that may not be known yet. Inverted, it
// asks the opposite question of the stored fact ("Lacks SGI" for hasSgi).
class FactCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit FactCombo(QWidget *parent = nullptr, bool inverted = false);

    Fact fact() const;
    void setFact(const Fact &fact);

Q_SIGNALS:
    // Only for the user's choices, never for setFact().
    void factEdited(const samordna::Fact &fact);

private:
    bool m_inverted = false;
    bool m_setting = false;
};

} // namespace samordna::ui
