// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

namespace samordna::ui {

class DateEdit;

// Box 2b: FK will not coordinate. Why, in the case's own facts and in the
// note written when the case moved here, the date of FK's avslagsbeslut when
// it came by letter, and that the social worker continues without FK.
class Ruta2bPage : public CasePage
{
    Q_OBJECT

public:
    explicit Ruta2bPage(QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QLabel *m_reason = nullptr;
    QLabel *m_movedBecause = nullptr;
    DateEdit *m_rejectionDate = nullptr;
};

} // namespace samordna::ui
