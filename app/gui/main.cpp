#include "mainwindow/MainWindow.h"

#include "util/Language.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Samordna"));
    QApplication::setApplicationName(QStringLiteral("samordna"));
    QApplication::setApplicationVersion(QStringLiteral(SAMORDNA_VERSION));
    samordna::language::install(samordna::language::chosen());

    samordna::ui::MainWindow window;
    window.show();
    return app.exec();
}
