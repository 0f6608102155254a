#include "meeting/AktanteckningPanel.h"

#include "common/MessageBox.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentPreview.h"
#include "rules/Assessor.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

AktanteckningPanel::AktanteckningPanel(CaseService *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_caseLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_previewButton(new QPushButton(tr("Preview…"), this))
    , m_exportButton(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(u"aktanteckningPanel"_s);
    m_caseLabel->setObjectName(u"aktanteckningCaseLabel"_s);
    m_caseLabel->setWordWrap(true);
    m_text->setObjectName(u"aktanteckningText"_s);
    m_text->setAccessibleName(tr("Aktanteckning"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_copyButton->setObjectName(u"copyAktanteckningButton"_s);
    m_copyButton->setToolTip(tr("Copy the aktanteckning to paste into the case system"));
    m_previewButton->setObjectName(u"previewAktanteckningButton"_s);
    m_exportButton->setObjectName(u"exportAktanteckningButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &AktanteckningPanel::copyToClipboard);
    connect(m_previewButton, &QPushButton::clicked, this, &AktanteckningPanel::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &AktanteckningPanel::exportPdf);
    showItem(std::nullopt, {});
}

CompositionResult AktanteckningPanel::compose(const CaseRecord &record, const AgendaItem &item,
                                              const QDate &meetingDate, const QDate &today)
{
    const Assessment assessment = assess(record, today);
    int index = KonsultationsteamMeetings::caseMeetingIndex(record, item, meetingDate);
    if (index < 0) {
        // The note may have been edited in the case since; the meeting's date still tells it.
        for (qsizetype i = 0; i < record.meetings.size(); ++i) {
            if (record.meetings.at(i).kind == MeetingKind::Konsultationsteam && record.meetings.at(i).date == meetingDate)
                index = int(i);
        }
    }
    return DocumentComposer().aktanteckning(record, assessment, index);
}

void AktanteckningPanel::showItem(const std::optional<AgendaItem> &item, const QDate &meetingDate)
{
    m_caseId.clear();
    m_text->clear();
    for (QPushButton *button : {m_copyButton, m_previewButton, m_exportButton})
        button->setEnabled(false);
    if (!item) {
        m_caseLabel->setText(tr("Choose a case on the agenda to see its aktanteckning."));
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
    // What is on screen can be copied or printed, so showing it counts as
    // producing the document, once per case while the window is open.
    if (!m_audited.contains(item->id)) {
        if (const WriteResult audited
            = m_store->audit(item->caseId, u"document"_s, documentKindCode(CaseDocumentKind::Aktanteckning));
            !audited.ok()) {
            m_caseLabel->setText(tr("The aktanteckning is not shown: %1").arg(audited.message));
            return;
        }
        m_audited.insert(item->id);
    }
    m_caseId = item->caseId;
    m_caseLabel->setText(tr("Aktanteckning for case %1").arg(item->caseId));
    m_text->setPlainText(result.document->plainText);
    for (QPushButton *button : {m_copyButton, m_previewButton, m_exportButton})
        button->setEnabled(true);
}

QString AktanteckningPanel::text() const
{
    return m_text->toPlainText();
}

void AktanteckningPanel::copyToClipboard()
{
    if (m_caseId.isEmpty())
        return;
    if (const WriteResult audited = m_store->audit(
            m_caseId, u"document"_s, documentKindCode(CaseDocumentKind::Aktanteckning) % u",clipboard"_s);
        !audited.ok()) {
        MessageBox::warning(this, tr("Copy"), tr("Nothing was copied: %1").arg(audited.message));
        return;
    }
    QGuiApplication::clipboard()->setText(text());
}

void AktanteckningPanel::preview()
{
    if (!m_caseId.isEmpty())
        showDocumentPreview(this, m_store, m_caseId, CaseDocumentKind::Aktanteckning);
}

void AktanteckningPanel::exportPdf()
{
    if (!m_caseId.isEmpty())
        exportDocumentPdf(this, m_store, m_caseId, CaseDocumentKind::Aktanteckning);
}

} // namespace samordna::ui
