// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselist/NewCaseDialog.h"

#include "common/StateColors.h"
#include "domain/Personnummer.h"
#include "rules/RuleData.h"
#include "service/CaseService.h"
#include "settings/MyDetails.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

NewCaseDialog::NewCaseDialog(CaseService *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_personnummerEdit(new QLineEdit(this))
    , m_personnummerError(new QLabel(this))
    , m_existingWarning(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_districtCombo(new QComboBox(this))
    , m_workerNameEdit(new QLineEdit(this))
    , m_workerPhoneEdit(new QLineEdit(this))
    , m_workerEmailEdit(new QLineEdit(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newCaseDialog"_s);
    setWindowTitle(tr("New case"));
    m_personnummerEdit->setObjectName(u"personnummerEdit"_s);
    m_personnummerEdit->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_personnummerError->setObjectName(u"personnummerError"_s);
    m_personnummerError->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Error, false));
    m_personnummerError->setWordWrap(true);
    m_existingWarning->setObjectName(u"existingCaseWarning"_s);
    m_existingWarning->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Warning, true,
                                                                       u"padding: 4px; border-radius: 3px;"_s));
    m_existingWarning->setWordWrap(true);
    m_existingWarning->hide();
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_districtCombo->setObjectName(u"districtCombo"_s);
    m_workerNameEdit->setObjectName(u"socialWorkerNameEdit"_s);
    m_workerPhoneEdit->setObjectName(u"socialWorkerPhoneEdit"_s);
    m_workerEmailEdit->setObjectName(u"socialWorkerEmailEdit"_s);
    m_saveError->setObjectName(u"saveError"_s);
    m_saveError->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Error, false));
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create case"));

    m_districtCombo->addItems(RuleData::standard().districtNames());

    // The social worker is usually the one creating the case: the details
    // from the settings, else those of the last case created here.
    const QSettings settings;
    const MyDetails mine = MyDetails::load();
    if (!mine.isEmpty()) {
        m_workerNameEdit->setText(mine.name);
        m_workerPhoneEdit->setText(mine.phone);
        m_workerEmailEdit->setText(mine.email);
    } else {
        m_workerNameEdit->setText(settings.value(u"newCase/socialWorkerName"_s).toString());
        m_workerPhoneEdit->setText(settings.value(u"newCase/socialWorkerPhone"_s).toString());
        m_workerEmailEdit->setText(settings.value(u"newCase/socialWorkerEmail"_s).toString());
    }
    const int district = m_districtCombo->findText(settings.value(u"newCase/district"_s).toString());
    if (district >= 0)
        m_districtCombo->setCurrentIndex(district);

    auto *person = new QFormLayout;
    person->addRow(tr("Personnummer"), m_personnummerEdit);
    person->addRow(QString(), m_personnummerError);
    person->addRow(tr("Name"), m_nameEdit);
    person->addRow(tr("District"), m_districtCombo);
    auto *worker = new QFormLayout;
    worker->addRow(tr("Name"), m_workerNameEdit);
    worker->addRow(tr("Phone"), m_workerPhoneEdit);
    worker->addRow(tr("Email"), m_workerEmailEdit);
    auto *workerTitle = new QLabel(tr("<b>Social worker</b> (the contact details go on blankett 7434)"), this);
    workerTitle->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The case starts in box 1, Need of coordination."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(person);
    layout->addWidget(m_existingWarning);
    layout->addSpacing(8);
    layout->addWidget(workerTitle);
    layout->addLayout(worker);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    connect(m_personnummerEdit, &QLineEdit::textChanged, this, &NewCaseDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewCaseDialog::validate);
    validate();
    setMinimumWidth(460);
}

void NewCaseDialog::validate()
{
    const QString text = m_personnummerEdit->text().trimmed();
    const auto parsed = Personnummer::parse(text, Clock::today());
    m_normalized = parsed ? parsed.value->normalized() : QString();

    if (text.isEmpty()) {
        m_personnummerError->setStyleSheet(QString());
        m_personnummerError->setText(tr("Personnummer or samordningsnummer, 10 or 12 digits."));
    } else if (!parsed) {
        m_personnummerError->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Error, false));
        // The core's wording continues a sentence ("error: key: …"); here it stands alone.
        QString message = Personnummer::errorText(parsed.error);
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper();
        m_personnummerError->setText(message);
    } else {
        m_personnummerError->setStyleSheet(QString());
        const Personnummer &number = *parsed.value;
        const QString kind = number.isSamordningsnummer() ? tr("Samordningsnummer") : tr("Personnummer");
        m_personnummerError->setText(tr("%1, born %2, %3 years old.")
                                         .arg(kind, number.birthDate().toString(Qt::ISODate))
                                         .arg(number.ageAt(Clock::today())));
    }

    QStringList open;
    QString readError;
    if (parsed && m_store) {
        const auto ids = m_store->caseIdsForPersonnummer(m_normalized);
        readError = ids.error;
        for (const QString &id : ids.valueOr({})) {
            const auto summary = m_store->summary(id);
            if (!summary.ok())
                readError = summary.error;
            else if (summary && !isEndStage(summary->stage))
                open << tr("%1 (box %2)").arg(id, stageNumber(summary->stage));
        }
    }
    m_existingWarning->setVisible(!open.isEmpty() || !readError.isEmpty());
    if (!readError.isEmpty())
        m_existingWarning->setText(tr("Whether this person already has a case cannot be checked: %1").arg(readError));
    else if (!open.isEmpty())
        m_existingWarning->setText(tr("This person already has an open case: %1. Open that case instead "
                                      "unless a second one is really needed.")
                                       .arg(open.join(u", "_s)));

    const bool valid = parsed && !m_nameEdit->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void NewCaseDialog::accept()
{
    validate();
    if (m_normalized.isEmpty() || m_nameEdit->text().trimmed().isEmpty())
        return;
    CaseRecord record;
    record.person.personnummer = m_normalized;
    record.person.name = m_nameEdit->text().simplified();
    record.district = m_districtCombo->currentText();
    record.stage = Stage::Ruta1;
    SocialWorker worker{m_workerNameEdit->text().simplified(), m_workerPhoneEdit->text().simplified(),
                        m_workerEmailEdit->text().trimmed()};
    if (!worker.name.isEmpty() || worker.hasContactDetails())
        record.socialWorker = worker;

    const WriteResult result = m_store->createCase(record);
    if (!result.ok()) {
        m_saveError->setText(tr("The case could not be created: %1").arg(result.message));
        m_saveError->show();
        return;
    }
    m_createdId = result.caseId;
    QSettings settings;
    settings.setValue(u"newCase/socialWorkerName"_s, worker.name);
    settings.setValue(u"newCase/socialWorkerPhone"_s, worker.phone);
    settings.setValue(u"newCase/socialWorkerEmail"_s, worker.email);
    settings.setValue(u"newCase/district"_s, record.district);
    QDialog::accept();
}

} // namespace samordna::ui
