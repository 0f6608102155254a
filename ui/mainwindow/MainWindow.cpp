#include "MainWindow.h"

#include <QLabel>

namespace samordna::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Samordna"));
    auto *placeholder = new QLabel(tr("Samordna"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 800);
}

} // namespace samordna::ui
