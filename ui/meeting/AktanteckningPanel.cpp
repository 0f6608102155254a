// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/AktanteckningPanel.h"

#include "common/MessageBox.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentPreview.h"
#include "meeting/AktanteckningWindow.h"
#include "rules/Assessor.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

AktanteckningPanel::AktanteckningPanel(CaseService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_caseLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open in own window…"), this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_exportButton(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(u"aktanteckningPanel"_s);
    m_caseLabel->setObjectName(u"aktanteckningCaseLabel"_s);
    m_caseLabel->setWordWrap(true);
    m_openButton->setObjectName(u"openAktanteckningButton"_s);
    m_openButton->setToolTip(tr("A window of its own, to move to your screen: the note names the client"));
    m_copyButton->setObjectName(u"copyAktanteckningButton"_s);
    m_copyButton->setToolTip(tr("Copy the aktanteckning, without showing it, to paste into the case system"));
    m_exportButton->setObjectName(u"exportAktanteckningButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caseLabel);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_openButton, &QPushButton::clicked, this, &AktanteckningPanel::openInWindow);
    connect(m_copyButton, &QPushButton::clicked, this, &AktanteckningPanel::copyToClipboard);
    connect(m_exportButton, &QPushButton::clicked, this, &AktanteckningPanel::exportPdf);
    showItem(std::nullopt, {});
}

AktanteckningPanel::~AktanteckningPanel()
{
    // The window has no parent, so it would outlive the meeting window.
    delete m_window.data();
}

CompositionResult AktanteckningPanel::compose(const CaseRecord &record, const AgendaItem &item,
                                              const QDate &meetingDate, const QDate &today)
{
    const Assessment assessment = assess(record, today);
    int index = KonsultationsteamMeetings::caseMeetingIndex(record, item, meetingDate);
    if (index < 0) {
        // The note may have been edited in the case since; the meeting's date still tells it.
        for (qsizetype i = 0; i < record.meetings.size(); ++i) {
            if (record.meetings.at(i).kind == MeetingKind::Konsultationsteam
                && record.meetings.at(i).date == meetingDate)
                index = int(i);
        }
    }
    return DocumentComposer().aktanteckning(record, assessment, index);
}

void AktanteckningPanel::showItem(const std::optional<AgendaItem> &item, const QDate &meetingDate)
{
    m_caseId.clear();
    m_text.clear();
    for (QPushButton *button : {m_openButton, m_copyButton, m_exportButton})
        button->setEnabled(false);
    if (!item) {
        m_caseLabel->setText(tr("Choose a case on the agenda for its aktanteckning."));
        return;
    }
    if (!item->advice) {
        m_caseLabel->setText(tr("Case %1: no advice is recorded yet, so there is no aktanteckning.").arg(item->caseId));
        return;
    }
    const auto stored = m_store->loadCase(item->caseId);
    if (!stored) {
        m_caseLabel->setText(stored.ok() ? tr("There is no case %1.").arg(item->caseId)
                                         : tr("Case %1 cannot be read: %2").arg(item->caseId, stored.error));
        return;
    }
    const CompositionResult result = compose(stored->record, *item, meetingDate, Clock::today());
    if (!result) {
        m_caseLabel->setText(result.refusal);
        return;
    }
    m_caseId = item->caseId;
    m_text = result.document->plainText;
    m_caseLabel->setText(tr("The aktanteckning of case %1 is ready. It names the client, so it is not shown on "
                            "this screen: open it in a window of its own on your screen, or copy it unseen.")
                             .arg(item->caseId));
    for (QPushButton *button : {m_openButton, m_copyButton, m_exportButton})
        button->setEnabled(true);
}

QString AktanteckningPanel::text() const
{
    return m_text;
}

AktanteckningWindow *AktanteckningPanel::openWindow() const
{
    return m_window;
}

void AktanteckningPanel::openInWindow()
{
    if (m_caseId.isEmpty())
        return;
    // What is on screen can be copied or printed, so showing it counts as
    // producing the document.
    if (const WriteResult audited = m_store->audit(m_caseId, u"document"_s,
                                                   documentKindCode(CaseDocumentKind::Aktanteckning));
        !audited.ok()) {
        MessageBox::warning(this, tr("Aktanteckning"), tr("The aktanteckning is not shown: %1").arg(audited.message));
        return;
    }
    delete m_window.data();
    // No parent: a window of its own that the presenter moves to their screen.
    m_window = new AktanteckningWindow(m_caseId, m_text);
    connect(m_window, &AktanteckningWindow::copyRequested, this, &AktanteckningPanel::copyToClipboard);
    connect(m_window, &AktanteckningWindow::previewRequested, this, &AktanteckningPanel::preview);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AktanteckningPanel::copyToClipboard()
{
    if (m_caseId.isEmpty())
        return;
    if (const WriteResult audited = m_store->audit(m_caseId, u"document"_s,
                                                   documentKindCode(CaseDocumentKind::Aktanteckning) % u",clipboard"_s);
        !audited.ok()) {
        MessageBox::warning(this, tr("Copy"), tr("Nothing was copied: %1").arg(audited.message));
        return;
    }
    QGuiApplication::clipboard()->setText(m_text);
}

void AktanteckningPanel::preview()
{
    // Over the aktanteckning's own window, never over the shared screen.
    if (!m_caseId.isEmpty() && m_window)
        showDocumentPreview(m_window, m_store, m_caseId, CaseDocumentKind::Aktanteckning);
}

void AktanteckningPanel::exportPdf()
{
    if (!m_caseId.isEmpty())
        exportDocumentPdf(this, m_store, m_caseId, CaseDocumentKind::Aktanteckning);
}

} // namespace samordna::ui
