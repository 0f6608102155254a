// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreSession.h"

#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "service/CaseService.h"
#include "store/RecentStores.h"
#include "store/StoreAddress.h"
#include "store/StoreOpener.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace samordna::ui {

StoreSession::StoreSession(std::unique_ptr<CaseService> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_window(makeWindow(m_store.get()))
{
}

StoreSession::~StoreSession()
{
    end();
}

std::unique_ptr<MainWindow> StoreSession::makeWindow(CaseService *store)
{
    auto window = std::make_unique<MainWindow>(store);
    // Queued: the old window is deleted on the way, so the request must
    // have left its code first.
    connect(window.get(), &MainWindow::openStoreRequested, this, &StoreSession::switchTo, Qt::QueuedConnection);
    return window;
}

void StoreSession::show()
{
    if (m_window)
        m_window->show();
}

bool StoreSession::switchTo(const QString &address)
{
    auto opened = openStore(m_window.get(), address);
    if (!opened.store) {
        const QString shown = StoreAddress::isServerUri(address) ? address : QDir::toNativeSeparators(address);
        MessageBox::warning(
            m_window.get(), tr("Store not opened"),
            tr("The store %1 could not be opened; the one open stays open.\n\n%2").arg(shown, opened.error));
        return false;
    }
    auto window = makeWindow(opened.store.get());
    // The new window first: the last window closing would end the program.
    window->show();
    if (m_window && !m_window->close()) {
        window.reset();
        return false;
    }
    m_window = std::move(window);
    m_store = std::move(opened.store);
    recentStores::remember(m_store->path());
    Q_EMIT switched();
    return true;
}

void StoreSession::end()
{
    m_window.reset();
    m_store.reset();
}

} // namespace samordna::ui
