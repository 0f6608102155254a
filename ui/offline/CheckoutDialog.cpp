// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/CheckoutDialog.h"

#include "common/MessageBox.h"
#include "service/CaseService.h"
#include "settings/MyDetails.h"
#include "store/KonsultationsteamMeetings.h"
#include "sync/Checkout.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

CheckoutDialog::CheckoutDialog(CaseService *team, const QString &openCaseId, QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_openCaseId(openCaseId)
    , m_openCase(new QRadioButton(this))
    , m_mine(new QRadioButton(tr("&My open cases"), this))
    , m_agenda(new QRadioButton(tr("The cases on a konsultationsteam &agenda:"), this))
    , m_meeting(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"checkoutDialog"_s);
    setWindowTitle(tr("Take along offline"));
    m_openCase->setObjectName(u"checkoutOpenCase"_s);
    m_mine->setObjectName(u"checkoutMine"_s);
    m_agenda->setObjectName(u"checkoutAgenda"_s);
    m_meeting->setObjectName(u"checkoutMeeting"_s);
    m_file->setObjectName(u"checkoutFile"_s);
    m_note->setObjectName(u"checkoutNote"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Take &along"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"checkoutOkButton"_s);

    m_openCase->setText(openCaseId.isEmpty() ? tr("The open case (none is open)")
                                             : tr("The open case, %1").arg(openCaseId));
    m_openCase->setEnabled(!openCaseId.isEmpty());
    const MyDetails me = MyDetails::load();
    m_mine->setEnabled(!me.name.isEmpty());
    if (me.name.isEmpty())
        m_mine->setToolTip(tr("Fill in your name under Settings, My details, first"));
    KonsultationsteamMeetings meetings(*team);
    for (const KonsultationsteamMeeting &meeting : meetings.meetings())
        m_meeting->addItem(tr("%1 (%n case(s))", nullptr, meeting.agendaCount).arg(meeting.date.toString(Qt::ISODate)),
                           meeting.id);
    m_agenda->setEnabled(m_meeting->count() > 0);
    m_meeting->setEnabled(false);
    (m_openCase->isEnabled() ? m_openCase : m_mine->isEnabled() ? m_mine : m_agenda)->setChecked(true);
    connect(m_agenda, &QRadioButton::toggled, m_meeting, &QWidget::setEnabled);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                        .filePath(u"samordna-offline-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(u"checkoutBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &CheckoutDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &CheckoutDialog::updateOk);

    // What a person must know before the data leaves the office.
    m_note->setWordWrap(true);
    m_note->setText(tr("The file holds personal data: keep it only on a computer whose disk is encrypted, bring the "
                       "work back with Sync as soon as you can, and let the file be emptied then. Colleagues see that "
                       "you have taken the cases along; they can still work on them, and both sides' work is merged."));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_openCase);
    layout->addWidget(m_mine);
    layout->addWidget(m_agenda);
    layout->addWidget(m_meeting);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckoutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CheckoutDialog::reject);
    updateOk();
}

QString CheckoutDialog::targetFile() const
{
    return m_file->text().trimmed();
}

void CheckoutDialog::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Take along into"), m_file->text(),
                                                        tr("Samordna store (*.sqlite)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void CheckoutDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!targetFile().isEmpty());
}

QStringList CheckoutDialog::chosenCases(QString *error) const
{
    if (m_openCase->isChecked())
        return {m_openCaseId};
    if (m_mine->isChecked()) {
        const auto mine = sync::Checkout::casesOf(*m_team, MyDetails::load().name);
        if (!mine.ok())
            *error = mine.error;
        return mine.valueOr({});
    }
    const auto agenda = sync::Checkout::agendaCases(*m_team, m_meeting->currentData().toLongLong());
    if (!agenda.ok())
        *error = agenda.error;
    return agenda.valueOr({});
}

void CheckoutDialog::accept()
{
    QString error;
    const QStringList ids = chosenCases(&error);
    if (!error.isEmpty() || ids.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error.isEmpty() ? tr("There are no cases to take along.") : error);
        return;
    }
    const auto result = sync::Checkout::run(*m_team, m_team->path(), ids, targetFile());
    if (!result.error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Nothing was taken along: %1").arg(result.error));
        return;
    }
    m_taken = result.caseIds;
    MessageBox::information(
        this, windowTitle(),
        tr("%n case(s) taken along into %1. Open that file with Samordna on the laptop; bring the work back with "
           "Offline, Sync.",
           nullptr, int(m_taken.size()))
            .arg(QDir::toNativeSeparators(QFileInfo(targetFile()).absoluteFilePath())));
    QDialog::accept();
}

} // namespace samordna::ui
