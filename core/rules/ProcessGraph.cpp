// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessGraph.h"

namespace samordna::process {

const QList<Edge> &edges()
{
    constexpr bool Forward = true;
    constexpr bool Back = false;
    static const QList<Edge> table = {
        {Stage::Ruta1, Stage::Ruta2a, Forward},
        {Stage::Ruta1, Stage::Ruta2b, Forward},
        {Stage::Ruta1, Stage::Ruta3, Forward},
        {Stage::Ruta2a, Stage::Ruta1, Back}, // ask FK again with new documentation
        {Stage::Ruta2a, Stage::Ruta2b, Forward},
        {Stage::Ruta2a, Stage::Ruta3, Forward}, // FK received the application meanwhile
        {Stage::Ruta2b, Stage::Ruta1, Back},    // reopen
        {Stage::Ruta3, Stage::Ruta2b, Forward}, // FK rejected the application
        {Stage::Ruta3, Stage::Ruta4, Forward},
        {Stage::Ruta4, Stage::Ruta5, Forward},
        {Stage::Ruta5, Stage::Ruta4, Back}, // the plan needs revising
        {Stage::Ruta5, Stage::Ruta6a, Forward},
        {Stage::Ruta5, Stage::Ruta6b, Forward},
        {Stage::Ruta6b, Stage::Ruta4, Back}, // kept open at FK for new planning
    };
    return table;
}

std::optional<Edge> edge(Stage from, Stage to)
{
    for (const Edge &candidate : edges()) {
        if (candidate.from == from && candidate.to == to)
            return candidate;
    }
    return std::nullopt;
}

bool leadsTo(Stage from, Stage to)
{
    return edge(from, to).has_value();
}

QList<Stage> successors(Stage from)
{
    QList<Stage> result;
    for (Stage stage : allStages()) {
        if (leadsTo(from, stage))
            result << stage;
    }
    return result;
}

} // namespace samordna::process
