// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class MainWindow;

// The open store and the window that shows it. "Open store…" in the window
// asks for another; once it has opened, a new window shows it in place of
// the old one. A store that cannot be opened leaves the open one as it is.
class StoreSession : public QObject
{
    Q_OBJECT

public:
    explicit StoreSession(std::unique_ptr<CaseService> store, QObject *parent = nullptr);
    ~StoreSession() override;

    CaseService *store() const { return m_store.get(); }
    MainWindow *window() const { return m_window.get(); }
    void show();

    // Opens the store at `address` (asking for a password when its server
    // wants one) and shows it; false, after the user was told why, when it
    // could not be opened.
    bool switchTo(const QString &address);

    // Closes the window and the store, so the store file can be removed.
    void end();

Q_SIGNALS:
    // Another store is shown, in a new window.
    void switched();

private:
    std::unique_ptr<MainWindow> makeWindow(CaseService *store);

    std::unique_ptr<CaseService> m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace samordna::ui
