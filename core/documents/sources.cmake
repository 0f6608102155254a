# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(samordna_core PRIVATE
    documents/CaseDocumentKind.cpp documents/CaseDocumentKind.h
    documents/ComposedDocument.h
    documents/DocumentBuilder.cpp documents/DocumentBuilder.h
    documents/DocumentComposer.cpp documents/DocumentComposer.h
)
