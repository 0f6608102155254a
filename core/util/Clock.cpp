// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace samordna {

namespace {

QDate &fixedToday()
{
    static QDate date = QDate::fromString(qEnvironmentVariable("SAMORDNA_TODAY"), Qt::ISODate);
    return date;
}

} // namespace

QDate Clock::today()
{
    const QDate fixed = fixedToday();
    return fixed.isValid() ? fixed : QDate::currentDate();
}

void Clock::setToday(const QDate &date)
{
    fixedToday() = date;
}

} // namespace samordna
