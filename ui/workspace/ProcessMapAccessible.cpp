// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ProcessMapAccessible.h"

#include "workspace/ProcessMapWidget.h"

#include <QAccessibleActionInterface>

#include <array>

namespace samordna::ui {

namespace {

constexpr std::array<Stage, 8> Boxes = {Stage::Ruta1, Stage::Ruta2a, Stage::Ruta2b, Stage::Ruta3,
                                        Stage::Ruta4, Stage::Ruta5,  Stage::Ruta6a, Stage::Ruta6b};

// One box of the map. It has no QObject of its own: the map paints it.
class BoxAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    BoxAccessible(ProcessMapAccessible *parent, Stage stage)
        : m_parent(parent)
        , m_stage(stage)
    {
    }

    bool isValid() const override { return m_parent->isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::Button; }

    QString text(QAccessible::Text kind) const override
    {
        const ProcessMapWidget *map = m_parent->map();
        switch (kind) {
        case QAccessible::Name:
            return ProcessMapAccessible::tr("Box %1, %2: %3")
                .arg(stageNumber(m_stage), stageTitle(m_stage), stateWords());
        case QAccessible::Description:
            // The tooltip's text: what happens on a press, or why not.
            return map->toolTipFor(m_stage);
        default:
            return {};
        }
    }

    QAccessible::State state() const override
    {
        const ProcessMapWidget *map = m_parent->map();
        QAccessible::State state;
        const bool clickable = map->isClickable(m_stage);
        const bool current = map->currentStage() == m_stage;
        state.disabled = !clickable && !current;
        state.focusable = clickable;
        state.focused = clickable && map->hasFocus() && map->focusedStage() == m_stage;
        state.selectable = true;
        state.selected = current;
        state.invisible = !map->isVisible();
        return state;
    }

    QRect rect() const override
    {
        const ProcessMapWidget *map = m_parent->map();
        const QRect local = map->boxRect(m_stage).toAlignedRect();
        return QRect(map->mapToGlobal(local.topLeft()), local.size());
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override
    {
        if (m_parent->map()->isClickable(m_stage))
            return {pressAction()};
        return {};
    }

    void doAction(const QString &actionName) override
    {
        ProcessMapWidget *map = m_parent->map();
        if (actionName == pressAction() && map->isClickable(m_stage))
            Q_EMIT map->transitionRequested(m_stage);
    }

    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QString stateWords() const
    {
        const ProcessMapWidget *map = m_parent->map();
        if (map->currentStage() == m_stage)
            return ProcessMapAccessible::tr("current box");
        QStringList words;
        if (map->isClickable(m_stage))
            words << ProcessMapAccessible::tr("possible next");
        if (map->isPassed(m_stage))
            words << ProcessMapAccessible::tr("passed");
        if (!map->isClickable(m_stage))
            words << ProcessMapAccessible::tr("not possible now");
        return words.join(u", ");
    }

    ProcessMapAccessible *m_parent;
    Stage m_stage;
};

QAccessibleInterface *processMapFactory(const QString &, QObject *object)
{
    if (auto *map = qobject_cast<ProcessMapWidget *>(object))
        return new ProcessMapAccessible(map);
    return nullptr;
}

} // namespace

ProcessMapAccessible::ProcessMapAccessible(ProcessMapWidget *map)
    : QAccessibleWidget(map, QAccessible::Grouping)
{
}

ProcessMapAccessible::~ProcessMapAccessible()
{
    for (QAccessibleInterface *box : std::as_const(m_boxes))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(box));
}

void ProcessMapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(processMapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

namespace {

// Also at program start: an interface asked for while a map is still being
// constructed (a screen reader is listening) would otherwise be a plain one.
void installAtStart()
{
    ProcessMapAccessible::install();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(installAtStart)

void ProcessMapAccessible::notifyFocus(ProcessMapWidget *map, Stage stage)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(map, QAccessible::Focus);
    event.setChild(indexOf(stage));
    QAccessible::updateAccessibility(&event);
}

ProcessMapWidget *ProcessMapAccessible::map() const
{
    return static_cast<ProcessMapWidget *>(widget());
}

int ProcessMapAccessible::indexOf(Stage stage)
{
    for (int i = 0; i < int(Boxes.size()); ++i) {
        if (Boxes.at(size_t(i)) == stage)
            return i;
    }
    return -1;
}

int ProcessMapAccessible::childCount() const
{
    return int(Boxes.size());
}

QAccessibleInterface *ProcessMapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (m_boxes.isEmpty()) {
        for (Stage stage : Boxes) {
            auto *box = new BoxAccessible(const_cast<ProcessMapAccessible *>(this), stage);
            QAccessible::registerAccessibleInterface(box);
            m_boxes << box;
        }
    }
    return m_boxes.at(index);
}

int ProcessMapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    return m_boxes.indexOf(const_cast<QAccessibleInterface *>(child));
}

QAccessibleInterface *ProcessMapAccessible::childAt(int x, int y) const
{
    const QPoint local = map()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (map()->boxRect(Boxes.at(size_t(i))).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *ProcessMapAccessible::focusChild() const
{
    if (!map()->hasFocus())
        return nullptr;
    if (const std::optional<Stage> focused = map()->focusedStage())
        return child(indexOf(*focused));
    return nullptr;
}

} // namespace samordna::ui
