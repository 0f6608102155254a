// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatsReport.h"

#include <QString>

#include <optional>

namespace samordna {
class CaseService;
struct RuleData;
} // namespace samordna

namespace samordna::stats {

struct StatsOutcome
{
    std::optional<StatsReport> report;
    QString error; // translated; set when report is empty
};

// The follow-up figures ("Uppföljning") for a period and a district, from
// the store on `connectionName`, suppressed so that nobody can be
// recognised (Suppression.h). `today` decides which of FK's contacts are
// overdue rather than pending. Writes nothing; the caller audits.
StatsOutcome compute(const QString &connectionName, const StatsRequest &request, const QDate &today,
                     const RuleData &rules);

// The follow-up figures of the store `service` serves, as a person asks for
// them: their opening is audited first ("statistics", with the period and
// the district, never a case), and nothing is shown when that row cannot be
// written.
StatsOutcome openReport(CaseService &service, const StatsRequest &request, const QDate &today);

// Why a request cannot be answered (a period backwards, an unknown
// district), translated; empty when it can.
QString checkRequest(const StatsRequest &request, const RuleData &rules);

// The audit row's details for a request: the period and district, and
// nothing about any case.
QString auditDetails(const StatsRequest &request);

} // namespace samordna::stats
