// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QDate>

#include <optional>

namespace samordna {

// What has happened in a case by the date of assessment, in the terms the
// box rules are written in. Nothing dated after the date has happened yet.
struct CaseTerms
{
    QDate date;
    QDate entered;                       // the day the case entered its current box; null: not recorded
    bool reEntered = false;              // entered, and the case has been in other boxes before
    bool received = false;               // FK has the application
    bool rejected = false;               // FK's rejection is in effect
    bool held = false;                   // an avstämningsmöte has been held (in box 3: since the box began)
    bool planReady = false;              // a measure with a responsible party, not cancelled
    bool newDocumentation = false;       // medical documentation come since the box began
    std::optional<Advice> currentAdvice; // FK's konsultationsteam advice in force

    static CaseTerms of(const CaseRecord &record, const QDate &date);
};

} // namespace samordna
