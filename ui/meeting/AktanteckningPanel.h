#pragma once

#include "documents/ComposedDocument.h"
#include "store/KonsultationsteamMeetings.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// After the meeting: the aktanteckning of one agenda case as plain text, to
// paste into the municipality's case system or print with the application.
// It names the client, so showing, copying and printing it are audited.
class AktanteckningPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AktanteckningPanel(CaseService *store, QWidget *parent = nullptr);

    // Shows the aktanteckning of `item` (discussed on `meetingDate`), or
    // what is still needed for one; nullopt clears the panel.
    void showItem(const std::optional<AgendaItem> &item, const QDate &meetingDate);
    QString text() const;

    // The aktanteckning for the konsultationsteam meeting that discussed
    // `item`, with the next step FK's advice leads to.
    static CompositionResult compose(const CaseRecord &record, const AgendaItem &item, const QDate &meetingDate,
                                     const QDate &today);

private:
    void copyToClipboard();
    void preview();
    void exportPdf();

    CaseService *m_store;
    QString m_caseId;
    QSet<qint64> m_audited;
    QLabel *m_caseLabel;
    QPlainTextEdit *m_text;
    QPushButton *m_copyButton;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
};

} // namespace samordna::ui
