// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QLabel;
class QPlainTextEdit;

namespace samordna::ui {

// "Till Försäkringskassan": what the social worker, with the person's
// written consent, tells FK beyond the medical documentation (history of
// illness, measures tried; 003, ruta 3). The summary to FK carries only
// this, the medical documents and the plan; the journal stays here.
class ForFkPage : public CasePage
{
    Q_OBJECT

public:
    explicit ForFkPage(QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QPlainTextEdit *addTextField(const QString &label, const QString &objectName, const QString &description,
                                 QString ForFk::*member);

    QLabel *m_consent = nullptr;
    QPlainTextEdit *m_illnessHistory = nullptr;
    QPlainTextEdit *m_triedMeasures = nullptr;
    QPlainTextEdit *m_otherInformation = nullptr;
};

} // namespace samordna::ui
