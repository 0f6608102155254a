// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QPushButton;
class QTableView;

namespace samordna::ui {

class ComplementModel;

// Box 2a: the medical documentation needs clarifying. The contacts with the
// healthcare unit or its rehab-koordinator, a SIP, questions to the doctor,
// each with a date and notes.
class Ruta2aPage : public CasePage
{
    Q_OBJECT

public:
    Ruta2aPage(ComplementModel *complements, QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    ComplementModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace samordna::ui
