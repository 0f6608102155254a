target_sources(samordna_ui PRIVATE
    mainwindow/MainWindow.cpp mainwindow/MainWindow.h
)
