target_sources(samordna_ui PRIVATE
    workspace/CaseWorkspace.cpp workspace/CaseWorkspace.h
)
