// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Stage.h"

#include <QList>

#include <optional>

namespace samordna::process {

// An arrow of the method document's flowchart. A forward step takes the case
// further along the process, or out of it; the others lead back to a box it
// has been in: asking FK again, reopening, planning anew.
struct Edge
{
    Stage from = Stage::Ruta1;
    Stage to = Stage::Ruta1;
    bool forward = true;

    friend bool operator==(const Edge &, const Edge &) = default;
};

// Every arrow of the method document, in stage order of where it starts and
// then of where it leads. The one table of which moves exist: the rules put
// conditions on these arrows, the process map draws them, the transition
// panel offers them.
const QList<Edge> &edges();
// The arrow from one box to another, if the method document draws one.
std::optional<Edge> edge(Stage from, Stage to);
bool leadsTo(Stage from, Stage to);
// The boxes the arrows from `from` lead to, in stage order.
QList<Stage> successors(Stage from);

} // namespace samordna::process
