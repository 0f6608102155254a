// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace samordna {

// The boxes (rutor) of the method document, in document order.
enum class Stage {
    Ruta1,
    Ruta2a,
    Ruta2b,
    Ruta3,
    Ruta4,
    Ruta5,
    Ruta6a,
    Ruta6b,
};

const QList<Stage> &allStages();
// "ruta1" … "ruta6b", as in the case document.
QString stageCode(Stage stage);
std::optional<Stage> stageFromCode(const QString &code);
// "1", "2a" … as the boxes are numbered on paper.
QString stageNumber(Stage stage);
// The box's heading in the method document (translatable).
QString stageTitle(Stage stage);
// True for the boxes where the case has left the process (2b, 6a, 6b).
bool isEndStage(Stage stage);

} // namespace samordna
