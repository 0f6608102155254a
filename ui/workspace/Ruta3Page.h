// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

namespace samordna::ui {

class DateEdit;
class SocialWorkerEditor;

// Box 3: FK coordinates. FK's first contact with the social worker against
// the one-week limit, the district's contact person when it has passed, and
// where FK sends its invitation when no social worker is known.
class Ruta3Page : public CasePage
{
    Q_OBJECT

public:
    explicit Ruta3Page(QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    DateEdit *m_fkContact = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_contactPerson = nullptr;
    QLabel *m_invitationAddress = nullptr;
    SocialWorkerEditor *m_socialWorker = nullptr;
};

} // namespace samordna::ui
