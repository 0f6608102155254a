// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ComposedDocument.h"
#include "store/KonsultationsteamMeetings.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

class AktanteckningWindow;

// After the meeting: the aktanteckning of one agenda case, to paste into the
// municipality's case system or print with the application. It names the
// client and the konsultationsteam window may be on the shared screen, so
// the panel never shows it: it opens it in a window of its own, copies it
// unseen or saves it as PDF, and each of these is audited.
class AktanteckningPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AktanteckningPanel(CaseService *store, QWidget *parent = nullptr);
    ~AktanteckningPanel() override;

    // Prepares the aktanteckning of `item` (discussed on `meetingDate`), or
    // says what is still needed for one; nullopt clears the panel.
    void showItem(const std::optional<AgendaItem> &item, const QDate &meetingDate);
    // The prepared aktanteckning, which no widget of the panel shows.
    QString text() const;
    // The window opened by "Open in own window", or nullptr.
    AktanteckningWindow *openWindow() const;

    // The aktanteckning for the konsultationsteam meeting that discussed
    // `item`, with the next step FK's advice leads to.
    static CompositionResult compose(const CaseRecord &record, const AgendaItem &item, const QDate &meetingDate,
                                     const QDate &today);

private:
    void openInWindow();
    void copyToClipboard();
    void preview();
    void exportPdf();

    CaseService *m_store;
    QString m_caseId;
    QString m_text;
    QLabel *m_caseLabel;
    QPushButton *m_openButton;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QPointer<AktanteckningWindow> m_window;
};

} // namespace samordna::ui
