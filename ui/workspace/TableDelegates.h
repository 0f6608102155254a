// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace samordna::ui {

// The editors of each table's columns: names for enumerations, YYYY-MM-DD
// text for dates. Shared by every view of the same model.
void installMeetingDelegates(QTableView *view);
void installPlanDelegates(QTableView *view);
void installComplementDelegates(QTableView *view);
void installMedicalDocumentDelegates(QTableView *view);
void installContactDelegates(QTableView *view);

} // namespace samordna::ui
