# SPDX-License-Identifier: GPL-3.0-or-later
# The konsultationsteam meeting: agenda, presentation on a shared screen, FK's
# advice and the aktanteckning afterwards.
target_sources(samordna_ui PRIVATE
    meeting/AktanteckningPanel.cpp meeting/AktanteckningPanel.h
    meeting/AktanteckningWindow.cpp meeting/AktanteckningWindow.h
    meeting/Konsultationsteam.cpp meeting/Konsultationsteam.h
    meeting/KonsultationsteamWindow.cpp meeting/KonsultationsteamWindow.h
    meeting/PresentationView.cpp meeting/PresentationView.h
    meeting/PresentedCase.cpp meeting/PresentedCase.h
)
