// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QLabel;
class QTimer;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// Brings a team store's lost session back by itself: it waits 1, 2, 4 … up
// to 30 seconds between tries (a server restarting or failing over is not
// hammered), asks whether the server answers on another thread (an attempt
// may hang until libpq's connect_timeout; the window stays usable), then
// reconnects. `label`, in the status bar, says what is going on.
class ConnectionWatcher : public QObject
{
    Q_OBJECT

public:
    ConnectionWatcher(CaseService *store, QLabel *label, QObject *parent = nullptr);
    ~ConnectionWatcher() override;

    // The seconds waited before try `attempt` (from 0).
    static int delaySeconds(int attempt);

    // Tries at once rather than at the end of the wait.
    void tryNow();

private:
    struct CheckAnswer
    {
        bool answers = false;
        QString error;
    };

    void onLost();
    void onRestored();
    void tick();
    void checkServer();
    void onChecked();
    void waitForNextTry();
    void show(const QString &text, bool problem);

    CaseService *m_store = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_countdown = nullptr;
    QTimer *m_hideLater = nullptr;
    QFutureWatcher<CheckAnswer> *m_check = nullptr; // while the server is asked
    int m_attempt = 0;
    int m_secondsLeft = 0;
};

} // namespace samordna::ui
