# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    io/AssessmentJson.cpp io/AssessmentJson.h
    io/CaseDocument.cpp io/CaseDocument.h
)
