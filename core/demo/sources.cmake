target_sources(samordna_core PRIVATE
    demo/DemoGenerator.cpp demo/DemoGenerator.h
)
