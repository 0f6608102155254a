# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    rules/Assessment.cpp rules/Assessment.h
    rules/Assessor.cpp rules/Assessor.h
    rules/BenefitGuidance.cpp rules/BenefitGuidance.h
    rules/CaseTerms.cpp rules/CaseTerms.h
    rules/DateOrder.cpp rules/DateOrder.h
    rules/Deadlines.cpp rules/Deadlines.h
    rules/Eligibility.cpp rules/Eligibility.h
    rules/ProcessGraph.cpp rules/ProcessGraph.h
    rules/ProcessRules.cpp rules/ProcessRules.h
    rules/RuleData.cpp rules/RuleData.h
)
