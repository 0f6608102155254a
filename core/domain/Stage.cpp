// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stage.h"

#include <QCoreApplication>

namespace samordna {

const QList<Stage> &allStages()
{
    static const QList<Stage> stages{Stage::Ruta1, Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta3,
                                     Stage::Ruta4, Stage::Ruta5,  Stage::Ruta6a, Stage::Ruta6b};
    return stages;
}

QString stageNumber(Stage stage)
{
    switch (stage) {
    case Stage::Ruta1:
        return QStringLiteral("1");
    case Stage::Ruta2a:
        return QStringLiteral("2a");
    case Stage::Ruta2b:
        return QStringLiteral("2b");
    case Stage::Ruta3:
        return QStringLiteral("3");
    case Stage::Ruta4:
        return QStringLiteral("4");
    case Stage::Ruta5:
        return QStringLiteral("5");
    case Stage::Ruta6a:
        return QStringLiteral("6a");
    case Stage::Ruta6b:
        return QStringLiteral("6b");
    }
    return {};
}

QString stageCode(Stage stage)
{
    return QStringLiteral("ruta") + stageNumber(stage);
}

std::optional<Stage> stageFromCode(const QString &code)
{
    // Compared in place, making no code to compare with: the case list
    // reads one for each of its rows.
    const QStringView prefix = u"ruta";
    if (!code.startsWith(prefix))
        return std::nullopt;
    const QStringView number = QStringView(code).mid(prefix.size());
    for (Stage stage : allStages()) {
        if (stageNumber(stage) == number)
            return stage;
    }
    return std::nullopt;
}

QString stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Ruta1:
        return QCoreApplication::translate("Stage", "Need of coordination");
    case Stage::Ruta2a:
        return QCoreApplication::translate("Stage", "Complement the documentation");
    case Stage::Ruta2b:
        return QCoreApplication::translate("Stage", "No need of coordination by FK");
    case Stage::Ruta3:
        return QCoreApplication::translate("Stage", "FK coordinates the rehabilitation");
    case Stage::Ruta4:
        return QCoreApplication::translate("Stage", "Avstämningsmöte and rehabilitation plan");
    case Stage::Ruta5:
        return QCoreApplication::translate("Stage", "Carrying out the plan");
    case Stage::Ruta6a:
        return QCoreApplication::translate("Stage", "Full or partial work capacity");
    case Stage::Ruta6b:
        return QCoreApplication::translate("Stage", "No work capacity");
    }
    return {};
}

bool isEndStage(Stage stage)
{
    return stage == Stage::Ruta2b || stage == Stage::Ruta6a || stage == Stage::Ruta6b;
}

} // namespace samordna
