// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// Opens the konsultationsteam window (object name "konsultationsteamWindow")
// for `store`, or raises the one already open for it. The store must outlive
// the window.
void openKonsultationsteam(QWidget *parent, CaseService *store);

} // namespace samordna::ui
