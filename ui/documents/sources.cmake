# SPDX-License-Identifier: GPL-3.0-or-later
# Rendering and the headless document export live in their own small library
# so samordna-cli can make PDFs with QtGui alone, without Widgets.
qt_add_library(samordna_documents STATIC
    documents/DocumentRenderer.cpp documents/DocumentRenderer.h
    documents/DocumentExport.cpp documents/DocumentExport.h
)
target_include_directories(samordna_documents PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(samordna_documents
    PUBLIC samordna_core Qt6::Gui
    PRIVATE samordna_defaults)

# The print preview and the "save as PDF" entry points for the main window.
target_sources(samordna_ui PRIVATE
    documents/DocumentPreview.cpp documents/DocumentPreview.h
)
target_link_libraries(samordna_ui PUBLIC samordna_documents)
