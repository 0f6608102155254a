// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/FactCombo.h"

namespace samordna::ui {

namespace {
// Item data: 0 unknown, 1 yes, 2 no (as asked, before inversion).
constexpr int Unknown = 0;
constexpr int Yes = 1;
constexpr int No = 2;
} // namespace

FactCombo::FactCombo(QWidget *parent, bool inverted)
    : QComboBox(parent)
    , m_inverted(inverted)
{
    addItem(tr("Don't know"), Unknown);
    addItem(tr("Yes"), Yes);
    addItem(tr("No"), No);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_setting)
            Q_EMIT factEdited(fact());
    });
}

Fact FactCombo::fact() const
{
    const int answer = currentData().toInt();
    if (answer == Unknown)
        return std::nullopt;
    return (answer == Yes) != m_inverted;
}

void FactCombo::setFact(const Fact &value)
{
    int answer = Unknown;
    if (value)
        answer = (*value != m_inverted) ? Yes : No;
    m_setting = true;
    setCurrentIndex(findData(answer));
    m_setting = false;
}

} // namespace samordna::ui
