#pragma once

#include "workspace/CasePage.h"

namespace samordna::ui {

// Box 2b: FK will not coordinate. Why, in the case's own facts, and that the
// social worker continues without FK.
class Ruta2bPage : public CasePage
{
    Q_OBJECT

public:
    explicit Ruta2bPage(QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QLabel *m_reason = nullptr;
};

} // namespace samordna::ui
