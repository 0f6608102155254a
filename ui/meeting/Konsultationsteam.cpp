// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/Konsultationsteam.h"

#include "meeting/KonsultationsteamWindow.h"

#include <QApplication>

namespace samordna::ui {

void openKonsultationsteam(QWidget *parent, CaseService *store)
{
    // One window per store: two agendas of the same meeting would only disagree.
    KonsultationsteamWindow *window = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *candidate = qobject_cast<KonsultationsteamWindow *>(widget);
        if (candidate && candidate->store() == store)
            window = candidate;
    }
    if (!window)
        window = new KonsultationsteamWindow(store, parent);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace samordna::ui
