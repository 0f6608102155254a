// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatsReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace samordna::stats {

// The report as `samordna-cli stats` prints it. In both forms a count is a
// number, "<5" when it is from 1 to 4, and null (CSV: empty) when it is
// hidden to protect another; days are null when fewer than 5 stays lie
// behind them.
//
// JSON: {"from", "to", "district", "cases",
//   "boxes": [{"stage", "entered", "completed", "medianDays", "p25Days", "p75Days"}],
//   "endToEnd": {"ruta1ToRuta3": {"cases", "medianDays", "p25Days", "p75Days"}, "ruta3ToRuta6": {…}},
//   "outcomes": {"ruta2b", "ruta6a", "ruta6b"},
//   "benefits": {"aktivitetsersattning", "sjukersattning", "none", "kept_open"},
//   "advice": {"criteria_met", "complement_needed", "not_relevant"},
//   "konsultationsteam": {"discussed", "applicationWithin30Days"},
//   "invitationLeadTime": {"met", "not_met"}, "fkContact": {"met", "overdue"},
//   "flow": [{"quarter", "entered": {"ruta1", …, "ruta6b"}}]}
QJsonObject toJson(const StatsReport &report);
// CSV: a header "figure,value", then one row per figure named by its JSON
// path, boxes and quarters by name: "boxes.ruta1.medianDays,12.5".
QByteArray toCsv(const StatsReport &report);

} // namespace samordna::stats
