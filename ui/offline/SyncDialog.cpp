// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/SyncDialog.h"

#include "common/MessageBox.h"
#include "offline/ConflictView.h"
#include "service/CaseService.h"
#include "sync/Checkout.h"
#include "sync/OfflineFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

const char *SyncDialog::EmptyOnExitProperty = "samordnaEmptyOnExit";

namespace {

QString outcomeText(const sync::CaseSyncResult &row)
{
    switch (row.outcome) {
    case sync::CaseSyncResult::Pushed:
        return SyncDialog::tr("brought to the team store");
    case sync::CaseSyncResult::Pulled:
        return SyncDialog::tr("brought up to date from the team store");
    case sync::CaseSyncResult::Merged:
        return SyncDialog::tr("merged: both sides' changes kept");
    case sync::CaseSyncResult::Conflict: {
        QStringList fields;
        for (const QString &field : row.fields)
            fields << ConflictView::fieldTitle(field);
        return SyncDialog::tr("changed on both sides, waits for your choice: %1").arg(fields.join(u", "_s));
    }
    case sync::CaseSyncResult::Unchanged:
        return SyncDialog::tr("unchanged");
    case sync::CaseSyncResult::Failed:
        return SyncDialog::tr("not synced: %1").arg(row.message);
    }
    return {};
}

} // namespace

SyncDialog::SyncDialog(CaseService *file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_origin(new QLabel(this))
    , m_emptyAfter(new QCheckBox(tr("&Empty the file after a complete sync"), this))
    , m_syncButton(new QPushButton(tr("&Sync now"), this))
    , m_summary(new QLabel(this))
    , m_results(new QTableWidget(0, 2, this))
    , m_conflicts(new ConflictView(this))
{
    setObjectName(u"syncDialog"_s);
    setWindowTitle(tr("Sync with the team store"));
    m_origin->setObjectName(u"syncOrigin"_s);
    m_emptyAfter->setObjectName(u"emptyAfterSync"_s);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_summary->setObjectName(u"syncSummary"_s);
    m_results->setObjectName(u"syncResults"_s);
    m_emptyAfter->setChecked(true);
    m_emptyAfter->setToolTip(tr("Nothing of the cases stays on this computer once they are all in the team store"));
    m_origin->setWordWrap(true);
    m_summary->setWordWrap(true);
    if (const auto origin = sync::OfflineFile(file->connection()).origin())
        m_origin->setText(tr("This file holds cases taken from %1 on %2.")
                              .arg(origin->team, origin->takenAt.toLocalTime().date().toString(Qt::ISODate)));
    m_results->setHorizontalHeaderLabels({tr("Case"), tr("What the sync did")});
    m_results->setAccessibleName(tr("Synced cases"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->hide();
    connect(m_syncButton, &QPushButton::clicked, this, &SyncDialog::syncNow);
    connect(m_conflicts, &ConflictView::chosen, this, &SyncDialog::choose);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_emptyAfter, 1);
    top->addWidget(m_syncButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_conflicts, 2);
    layout->addWidget(close);
    resize(900, 560);
    refreshConflicts();
}

void SyncDialog::syncNow()
{
    const auto origin = sync::OfflineFile(m_file->connection()).origin();
    if (!origin) {
        MessageBox::warning(this, windowTitle(),
                            origin.ok()
                                ? tr("This store was not taken along from a team store; there is nothing to sync.")
                                : origin.error);
        return;
    }
    auto opened = CaseService::open(origin->team);
    for (int attempt = 0; !opened.store && opened.passwordNeeded && attempt < 3; ++attempt) {
        bool given = false;
        const QString password = QInputDialog::getText(this, windowTitle(),
                                                       tr("Password for the team store %1:").arg(origin->team),
                                                       QLineEdit::Password, {}, &given);
        if (!given)
            return;
        opened = CaseService::open(origin->team, CaseService::Mode::ReadWrite, password);
    }
    if (!opened.store) {
        MessageBox::warning(
            this, windowTitle(),
            tr("The team store cannot be reached, so nothing was synced; the file keeps all its work.\n\n%1")
                .arg(opened.error));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    sync::OfflineSync sync(*m_file, *opened.store);
    const sync::SyncResult result = sync.run();
    QApplication::restoreOverrideCursor();
    showResult(result);
    if (!result.complete() || !m_emptyAfter->isChecked())
        return;
    QString error;
    if (!sync::Checkout::release(opened.store->connection(), origin->fileId, &error))
        MessageBox::warning(
            this, windowTitle(),
            tr("Everything is in, but the team store still shows the cases as taken along: %1").arg(error));
    MessageBox::information(
        this, windowTitle(),
        tr("Everything is in the team store. Samordna now closes this file and empties it, so nothing of the cases "
           "stays on this computer."));
    qApp->setProperty(EmptyOnExitProperty, m_file->path());
    Q_EMIT emptyRequested();
    accept();
}

void SyncDialog::showResult(const sync::SyncResult &result)
{
    m_results->setRowCount(int(result.cases.size()));
    int conflicts = 0;
    for (int row = 0; row < result.cases.size(); ++row) {
        const sync::CaseSyncResult &synced = result.cases.at(row);
        m_results->setItem(row, 0, new QTableWidgetItem(synced.caseId));
        m_results->setItem(row, 1, new QTableWidgetItem(outcomeText(synced)));
        conflicts += synced.outcome == sync::CaseSyncResult::Conflict ? 1 : 0;
    }
    m_results->resizeColumnToContents(0);
    if (!result.error.isEmpty())
        m_summary->setText(tr("The sync stopped: %1. Run it again; nothing is lost or doubled.").arg(result.error));
    else if (conflicts > 0)
        m_summary->setText(tr("%n case(s) changed on both sides. Choose below which values to keep, then sync again.",
                              nullptr, conflicts));
    else if (!result.complete())
        m_summary->setText(tr("Not every case was synced; see why below and sync again."));
    else
        m_summary->setText(tr("Everything is in the team store."));
    refreshConflicts();
}

void SyncDialog::refreshConflicts()
{
    const auto conflicts = sync::OfflineFile(m_file->connection()).conflicts();
    m_conflicts->setConflicts(conflicts.valueOr({}));
    m_conflicts->setVisible(!conflicts.valueOr({}).isEmpty());
}

void SyncDialog::choose(const QString &caseId, const QString &field, sync::FieldChoice::Side side)
{
    QString error;
    if (!sync::OfflineSync::choose(*m_file, caseId, field, side, &error)) {
        MessageBox::warning(this, windowTitle(), tr("The choice was not recorded: %1").arg(error));
        return;
    }
    refreshConflicts();
    if (m_conflicts->openCount() == 0)
        m_summary->setText(tr("Every conflict has a choice. Sync again to bring them in."));
}

} // namespace samordna::ui
