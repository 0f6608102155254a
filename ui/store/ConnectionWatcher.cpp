// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConnectionWatcher.h"

#include "common/StateColors.h"
#include "service/CaseService.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {
constexpr int MaximumDelaySeconds = 30;
// How long "connected again" stays before the status bar is quiet again.
constexpr int RestoredShownMs = 10000;
} // namespace

ConnectionWatcher::ConnectionWatcher(CaseService *store, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_label(label)
    , m_countdown(new QTimer(this))
    , m_hideLater(new QTimer(this))
{
    m_countdown->setInterval(1000);
    m_hideLater->setSingleShot(true);
    m_hideLater->setInterval(RestoredShownMs);
    m_label->hide();
    connect(m_countdown, &QTimer::timeout, this, &ConnectionWatcher::tick);
    connect(m_hideLater, &QTimer::timeout, m_label, &QWidget::hide);
    connect(m_store, &CaseService::connectionLost, this, &ConnectionWatcher::onLost);
    connect(m_store, &CaseService::connectionRestored, this, &ConnectionWatcher::onRestored);
}

// A check still running finishes on its own; its answer goes nowhere.
ConnectionWatcher::~ConnectionWatcher() = default;

int ConnectionWatcher::delaySeconds(int attempt)
{
    return attempt >= 5 ? MaximumDelaySeconds : std::min(1 << attempt, MaximumDelaySeconds);
}

void ConnectionWatcher::onLost()
{
    m_attempt = 0;
    m_hideLater->stop();
    waitForNextTry();
}

void ConnectionWatcher::onRestored()
{
    m_countdown->stop();
    m_attempt = 0;
    m_label->setToolTip({});
    show(tr("Connected to the team store again."), false);
    m_hideLater->start();
}

void ConnectionWatcher::waitForNextTry()
{
    m_secondsLeft = delaySeconds(m_attempt);
    show(tr("The connection to the team store was lost – trying again in %1 s").arg(m_secondsLeft), true);
    m_countdown->start();
}

void ConnectionWatcher::tick()
{
    if (--m_secondsLeft > 0) {
        show(tr("The connection to the team store was lost – trying again in %1 s").arg(m_secondsLeft), true);
        return;
    }
    m_countdown->stop();
    checkServer();
}

void ConnectionWatcher::tryNow()
{
    if (m_store->isConnected() || m_check)
        return;
    m_countdown->stop();
    checkServer();
}

void ConnectionWatcher::checkServer()
{
    show(tr("The connection to the team store was lost – connecting…"), true);
    m_check = new QFutureWatcher<CheckAnswer>(this);
    connect(m_check, &QFutureWatcher<CheckAnswer>::finished, this, &ConnectionWatcher::onChecked);
    // The check holds copies only: it may outlive this window.
    m_check->setFuture(QtConcurrent::run([check = m_store->serverCheck()] {
        CheckAnswer answer;
        answer.answers = check(&answer.error);
        return answer;
    }));
}

void ConnectionWatcher::onChecked()
{
    const CheckAnswer answer = m_check->result();
    m_check->deleteLater();
    m_check = nullptr;
    QString error = answer.error;
    // A save may have reconnected meanwhile.
    if (m_store->isConnected() || (answer.answers && m_store->reconnect(&error)))
        return; // connectionRestored() has said so
    ++m_attempt;
    waitForNextTry();
    m_label->setToolTip(error);
}

void ConnectionWatcher::show(const QString &text, bool problem)
{
    const StateColors colours(m_label->palette());
    m_label->setStyleSheet(
        // Only a problem is filled: it is what the eye must find.
        colours.styleSheet(u"QLabel"_s, problem ? ColorState::Warning : ColorState::Done, problem,
                           u"padding: 0 6px;"_s));
    m_label->setText(text);
    m_label->show();
}

} // namespace samordna::ui
