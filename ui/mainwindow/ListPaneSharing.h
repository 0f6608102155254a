// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSplitter;

namespace samordna::ui {

// Shares the main window's width between the lists (first in the splitter)
// and the open case. On a wide screen the lists get the width to show every
// column, up to two fifths of the window; on a laptop's screen a
// quarter, since the box page needs the room. It follows the window
// as it is resized or maximised, until the user moves the divider: from
// then on the user's sizes are kept, and remembered for the next start.
class ListPaneSharing : public QObject
{
    Q_OBJECT

public:
    ListPaneSharing(QSplitter *splitter, std::function<int()> listWants, const QString &settingsKey);

    // The lists' width the window chooses for a splitter this wide.
    static int listWidth(int splitterWidth, int listWants, int listMinimum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void share();

    QSplitter *m_splitter;
    std::function<int()> m_listWants;
    QString m_settingsKey;
    bool m_userSized = false;
};

} // namespace samordna::ui
