// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "RuleData.h"
#include "domain/CaseRecord.h"

namespace samordna::benefit {

// The law's age limits for one birth date, by calendar month (33 kap. SFB).
struct AgeWindows
{
    int riktalder = 0;   // the riktålder för pension for the birth year
    QDate activityFrom;  // 1 July of the year of turning 19
    QDate activityUntil; // last day of the month before the 30th birthday's
    QDate sicknessFrom;  // first day of the month of the 30th birthday
    QDate sicknessUntil; // last day of the month before the riktålder birthday's
    QDate olderBandFrom; // the last months of the sickness window

    static AgeWindows of(const QDate &birthDate, const RuleData &data);
    bool inActivityWindow(const QDate &date) const { return date >= activityFrom && date <= activityUntil; }
    bool inSicknessWindow(const QDate &date) const { return date >= sicknessFrom && date <= sicknessUntil; }
    bool inOlderBand(const QDate &date) const { return date >= olderBandFrom && date <= sicknessUntil; }
};

// Boxes 6b, and 6a with partial work capacity: what the person may apply
// for. The program says what the person may apply for; FK decides.
struct Guidance
{
    BenefitPath path = BenefitPath::None;
    QList<BenefitPath> alternatives;
    bool keepOpen = false;
    QString reason; // translated
};

// Where the method document leads to a benefit: box 6b, and box 6a when
// part of the work capacity remains.
bool appliesIn(Stage stage, const Closure &closure);

// `birthDate` null: not known. `stage` is 6a or 6b (or the box a preview
// looks ahead to).
Guidance guide(const Closure &closure, Stage stage, const QDate &birthDate, const QDate &date, const RuleData &data);

} // namespace samordna::benefit
