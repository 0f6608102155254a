#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"

#include <QWidget>

class QLabel;

namespace samordna::ui {

// Who the case is about, at a glance: name, masked personnummer, age, district,
// social worker and the current box. The full personnummer is never shown
// here, since others may see the screen.
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);

    void display(const CaseRecord &record, const Assessment &assessment);
    void clear();

private:
    QLabel *m_name = nullptr;
    QLabel *m_personnummer = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_district = nullptr;
    QLabel *m_socialWorker = nullptr;
    QLabel *m_stage = nullptr;
};

} // namespace samordna::ui
