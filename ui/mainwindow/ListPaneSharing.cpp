// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/ListPaneSharing.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace samordna::ui {

namespace {
// From this width on the open case keeps enough room beside a list that
// shows every column.
constexpr int WideScreen = 1500;
} // namespace

ListPaneSharing::ListPaneSharing(QSplitter *splitter, std::function<int()> listWants, const QString &settingsKey)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_listWants(std::move(listWants))
    , m_settingsKey(settingsKey)
{
    m_userSized = m_splitter->restoreState(QSettings().value(m_settingsKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_userSized = true;
        QSettings().setValue(m_settingsKey, m_splitter->saveState());
    });
    m_splitter->installEventFilter(this);
    share();
}

int ListPaneSharing::listWidth(int splitterWidth, int listWants, int listMinimum)
{
    const double share = splitterWidth >= WideScreen ? 0.4 : 0.25;
    return std::max(listMinimum, std::min(listWants, int(splitterWidth * share)));
}

void ListPaneSharing::share()
{
    if (m_userSized || m_splitter->count() != 2)
        return;
    const int room = m_splitter->width() - m_splitter->handleWidth();
    if (room <= 0)
        return;
    const int list = listWidth(room, m_listWants(), m_splitter->widget(0)->minimumWidth());
    if (m_splitter->sizes().value(0) != list)
        m_splitter->setSizes({list, room - list});
}

bool ListPaneSharing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        share();
    return QObject::eventFilter(watched, event);
}

} // namespace samordna::ui
