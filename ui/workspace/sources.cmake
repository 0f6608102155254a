# SPDX-License-Identifier: GPL-3.0-or-later
# The case workspace: header, process map, a page per box, journal.
target_sources(samordna_ui PRIVATE
    workspace/CaseChange.h
    workspace/CaseEditCommand.cpp workspace/CaseEditCommand.h
    workspace/CaseHeader.cpp workspace/CaseHeader.h
    workspace/CasePage.cpp workspace/CasePage.h
    workspace/CaseWorkspace.cpp workspace/CaseWorkspace.h
    workspace/ChoiceDelegate.cpp workspace/ChoiceDelegate.h
    workspace/ComplementModel.cpp workspace/ComplementModel.h
    workspace/ContactModel.cpp workspace/ContactModel.h
    workspace/DateDelegate.cpp workspace/DateDelegate.h
    workspace/DateEdit.cpp workspace/DateEdit.h
    workspace/EditableListModel.h
    workspace/ElidedButton.cpp workspace/ElidedButton.h
    workspace/EditableListModelBase.h
    workspace/FactCombo.cpp workspace/FactCombo.h
    workspace/ForFkPage.cpp workspace/ForFkPage.h
    workspace/InformationPanel.cpp workspace/InformationPanel.h
    workspace/JournalDelegate.cpp workspace/JournalDelegate.h
    workspace/JournalPanel.cpp workspace/JournalPanel.h
    workspace/MedicalDocumentModel.cpp workspace/MedicalDocumentModel.h
    workspace/MeetingModel.cpp workspace/MeetingModel.h
    workspace/NoteDialog.cpp workspace/NoteDialog.h
    workspace/OutcomePage.cpp workspace/OutcomePage.h
    workspace/PlanModel.cpp workspace/PlanModel.h
    workspace/ProcessMapWidget.cpp workspace/ProcessMapWidget.h
    workspace/ProcessMapAccessible.cpp workspace/ProcessMapAccessible.h
    workspace/RowTableBox.cpp workspace/RowTableBox.h
    workspace/Ruta1Page.cpp workspace/Ruta1Page.h
    workspace/Ruta2aPage.cpp workspace/Ruta2aPage.h
    workspace/Ruta2bPage.cpp workspace/Ruta2bPage.h
    workspace/Ruta3Page.cpp workspace/Ruta3Page.h
    workspace/Ruta4Page.cpp workspace/Ruta4Page.h
    workspace/Ruta5Page.cpp workspace/Ruta5Page.h
    workspace/SocialWorkerEditor.cpp workspace/SocialWorkerEditor.h
    workspace/TableDelegates.cpp workspace/TableDelegates.h
    workspace/TransitionPanel.cpp workspace/TransitionPanel.h
    workspace/WrappingColumns.cpp workspace/WrappingColumns.h
)
