#pragma once

#include <QMainWindow>

namespace samordna::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace samordna::ui
