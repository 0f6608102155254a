// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta1Page.h"

#include "common/StateColors.h"
#include "domain/Codes.h"
#include "rules/Eligibility.h"
#include "rules/RuleData.h"
#include "util/Clock.h"
#include "workspace/ContactModel.h"
#include "workspace/DateEdit.h"
#include "workspace/FactCombo.h"
#include "workspace/MedicalDocumentModel.h"
#include "workspace/MeetingModel.h"
#include "workspace/RowTableBox.h"
#include "workspace/SocialWorkerEditor.h"
#include "workspace/TableDelegates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QLabel *referenceLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString shown(const Criterion &criterion)
{
    return u"%1 · %2"_s.arg(displayName(criterion.status), criterion.reference);
}

QString referenceOf(const Assessment &assessment, const QString &criterionCode)
{
    for (const Criterion &criterion : assessment.criteria) {
        if (criterion.code == criterionCode)
            return shown(criterion);
    }
    return {};
}

} // namespace

Ruta1Page::Ruta1Page(MeetingModel *meetings, MedicalDocumentModel *medicalDocuments, ContactModel *contacts,
                     QWidget *parent)
    : CasePage(Stage::Ruta1,
               tr("Does the person need FK to coordinate the rehabilitation? Whether they receive sickness "
                  "benefit does not matter. Take the case to the konsultationsteam before blankett 7434 is sent, "
                  "or help the person apply directly with your contact details on the form."),
               parent)
{
    QWidget *body = contentLayout()->parentWidget();

    // The criteria of FK's coordination assignment.
    auto *criteriaBox = new QGroupBox(tr("Criteria for FK's coordination"), body);
    auto *grid = new QGridLayout(criteriaBox);
    m_noSgi = new FactCombo(criteriaBox, true);
    m_noSgi->setObjectName(u"noSgiCombo"_s);
    m_insured = new FactCombo(criteriaBox);
    m_insured->setObjectName(u"insuredCombo"_s);
    m_euAsIfInsured = new FactCombo(criteriaBox);
    m_euAsIfInsured->setObjectName(u"euAsIfInsuredCombo"_s);
    m_workCapacity = new FactCombo(criteriaBox);
    m_workCapacity->setObjectName(u"workCapacityCombo"_s);
    m_needsRehabilitation = new FactCombo(criteriaBox);
    m_needsRehabilitation->setObjectName(u"needsRehabilitationCombo"_s);
    m_needsCoordination = new FactCombo(criteriaBox);
    m_needsCoordination->setObjectName(u"needsCoordinationCombo"_s);
    m_noSgiReference = referenceLabel(u"noSgiReference"_s, criteriaBox);
    m_insuredReference = referenceLabel(u"insuredReference"_s, criteriaBox);
    m_euReference = referenceLabel(u"euAsIfInsuredReference"_s, criteriaBox);
    m_workCapacityReference = referenceLabel(u"workCapacityReference"_s, criteriaBox);
    m_needsRehabilitationReference = referenceLabel(u"needsRehabilitationReference"_s, criteriaBox);
    m_needsCoordinationReference = referenceLabel(u"needsCoordinationReference"_s, criteriaBox);
    addCriterionRow(grid, 0, tr("Lacks SGI (0-placerad)"), m_noSgi, m_noSgiReference);
    addCriterionRow(grid, 1, tr("Insured in Sweden"), m_insured, m_insuredReference);
    addCriterionRow(grid, 2, tr("Or treated as insured through EU law"), m_euAsIfInsured, m_euReference);
    addCriterionRow(grid, 3, tr("Work capacity reduced by illness (any degree)"), m_workCapacity,
                    m_workCapacityReference);
    addCriterionRow(grid, 4, tr("Needs rehabilitation to regain work capacity"), m_needsRehabilitation,
                    m_needsRehabilitationReference);
    addCriterionRow(grid, 5, tr("Rehabilitation measures need coordinating (e.g. several parties)"),
                    m_needsCoordination, m_needsCoordinationReference);
    m_eligibility = new QLabel(criteriaBox);
    m_eligibility->setObjectName(u"eligibilityLabel"_s);
    m_eligibility->setWordWrap(true);
    grid->addWidget(m_eligibility, 6, 0, 1, 3);
    // The question and its reference share the width; the answer keeps its size.
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    contentLayout()->addWidget(criteriaBox);

    // Inverted combo: it asks "lacks SGI" but edits the fact hasSgi.
    connectFact(m_noSgi, u"sgi"_s, tr("Change SGI"), &Facts::hasSgi);
    connectFact(m_insured, u"insured"_s, tr("Change insured in Sweden"), &Facts::insuredInSweden);
    connectFact(m_euAsIfInsured, u"eu"_s, tr("Change insured through EU law"), &Facts::euAsIfInsured);
    connectFact(m_workCapacity, u"workCapacity"_s, tr("Change reduced work capacity"),
                &Facts::workCapacityReducedByIllness);
    connectFact(m_needsRehabilitation, u"needsRehab"_s, tr("Change need of rehabilitation"),
                &Facts::needsRehabilitation);
    connectFact(m_needsCoordination, u"needsCoordination"_s, tr("Change need of coordination"),
                &Facts::needsCoordination);

    // What the social worker needs before the application.
    auto *beforeBox = new QGroupBox(tr("Before the application"), body);
    auto *form = new QFormLayout(beforeBox);
    m_consentGiven = new FactCombo(beforeBox);
    m_consentGiven->setObjectName(u"consentGivenCombo"_s);
    m_consentDate = new DateEdit(beforeBox);
    m_consentDate->setObjectName(u"consentDateEdit"_s);
    m_consentRevoked = new DateEdit(beforeBox);
    m_consentRevoked->setObjectName(u"consentRevokedEdit"_s);
    m_consentDate->setCaseField(u"consent.date"_s);
    m_consentRevoked->setCaseField(u"consent.revokedDate"_s);
    m_medicalDocumentation = new FactCombo(beforeBox);
    m_medicalDocumentation->setObjectName(u"medicalDocumentationCombo"_s);
    m_needsMapped = new FactCombo(beforeBox);
    m_needsMapped->setObjectName(u"needsMappedCombo"_s);
    form->addRow(tr("Written consent &given:"), m_consentGiven);
    form->addRow(tr("Consen&t date:"), m_consentDate);
    form->addRow(tr("Consent &revoked on:"), m_consentRevoked);
    form->addRow(tr("Med&ical documentation (reduced work capacity and need of rehabilitation):"),
                 m_medicalDocumentation);
    form->addRow(tr("Needs of support and moti&vation for work-oriented rehabilitation mapped:"), m_needsMapped);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    contentLayout()->addWidget(beforeBox);

    // The medical documentation received: the 7434 underlag lists issuer
    // and date, the summary to FK carries it, and a new one after box 2a
    // leads back here.
    m_medicalDocuments = new RowTableBox(tr("Medical documents received"), medicalDocuments, u"medicalDocument"_s,
                                         tr("Add medical document"), tr("Remove medical document"), body);
    installMedicalDocumentDelegates(m_medicalDocuments->table());
    contentLayout()->addWidget(m_medicalDocuments);
    connect(m_medicalDocuments, &RowTableBox::addRequested, this, [this] {
        request(tr("Add medical document"), {}, [](CaseRecord &r) {
            MedicalDocument document;
            document.date = Clock::today(); // most often recorded the day it comes
            r.medicalDocuments.append(document);
        });
        m_medicalDocuments->focusLastRow(MedicalDocumentModel::IssuerColumn);
    });
    connect(m_medicalDocuments, &RowTableBox::removeRequested, this, [this](int row) {
        request(tr("Remove medical document"), {}, [row](CaseRecord &r) {
            if (row < r.medicalDocuments.size())
                r.medicalDocuments.removeAt(row);
        });
    });

    m_socialWorker = new SocialWorkerEditor(body);
    m_socialWorker->setTitle(tr("Social worker (contact details go on blankett 7434)"));
    contentLayout()->addWidget(m_socialWorker);

    connect(m_consentGiven, &FactCombo::factEdited, this, [this](const Fact &given) {
        request(tr("Change consent"), {}, [given](CaseRecord &r) {
            r.consent.given = given;
            // A consent given today is most often recorded today.
            if (given == true && r.consent.date.isNull())
                r.consent.date = Clock::today();
        });
    });
    connect(m_consentDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change consent date"), u"consent.date"_s, [date](CaseRecord &r) { r.consent.date = date; });
    });
    connect(m_consentRevoked, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change consent revoked"), u"consent.revoked"_s,
                [date](CaseRecord &r) { r.consent.revokedDate = date; });
    });
    connectFact(m_medicalDocumentation, u"medical"_s, tr("Change medical documentation"), &Facts::medicalDocumentation);
    connectFact(m_needsMapped, u"mapped"_s, tr("Change mapping of needs"), &Facts::needsMapped);
    connect(m_socialWorker, &SocialWorkerEditor::edited, this,
            [this](const std::optional<SocialWorker> &worker, const QString &field) {
                request(tr("Change social worker"), field, [worker](CaseRecord &r) { r.socialWorker = worker; });
            });

    // What is missing, and whether the application can go.
    auto *statusBox = new QGroupBox(tr("Missing before the application"), body);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_missing = new QListWidget(statusBox);
    m_missing->setObjectName(u"missingList"_s);
    m_missing->setMaximumHeight(96);
    m_missing->setFocusPolicy(Qt::NoFocus); // read-only; its items are also in the ready label
    m_ready = new QLabel(statusBox);
    m_ready->setObjectName(u"readyToApplyLabel"_s);
    m_ready->setWordWrap(true);
    m_ready->setMargin(6);
    statusLayout->addWidget(m_missing);
    statusLayout->addWidget(m_ready);
    contentLayout()->addWidget(statusBox);

    // The konsultationsteam's advice.
    auto *teamBox = new QGroupBox(tr("Konsultationsteam"), body);
    auto *teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(makeText(tr("FK advises whether the case meets the criteria. If it does, help the person "
                                      "apply on blankett 7434 and attach the aktanteckning."),
                                   teamBox));
    m_konsultationer = new QSortFilterProxyModel(this);
    m_konsultationer->setSourceModel(meetings);
    m_konsultationer->setFilterRole(MeetingModel::KindCodeRole);
    m_konsultationer->setFilterFixedString(code(MeetingKind::Konsultationsteam));
    m_konsultationer->setFilterKeyColumn(MeetingModel::KindColumn);
    m_konsultationTable = makeTable(m_konsultationer, u"konsultationsteamTable"_s, teamBox);
    installMeetingDelegates(m_konsultationTable);
    m_konsultationTable->setColumnHidden(MeetingModel::KindColumn, true);
    m_konsultationTable->setColumnHidden(MeetingModel::InvitationColumn, true);
    m_konsultationTable->setColumnHidden(MeetingModel::CheckColumn, true);
    m_konsultationTable->setMinimumHeight(110);
    teamLayout->addWidget(m_konsultationTable);
    auto *teamButtons = new QHBoxLayout;
    m_addKonsultation = new QPushButton(tr("Add konsultationsteam meeting"), teamBox);
    m_addKonsultation->setObjectName(u"addKonsultationButton"_s);
    m_removeKonsultation = new QPushButton(tr("Remove meeting"), teamBox);
    m_removeKonsultation->setObjectName(u"removeKonsultationButton"_s);
    teamButtons->addWidget(m_addKonsultation);
    teamButtons->addWidget(m_removeKonsultation);
    teamButtons->addStretch();
    teamLayout->addLayout(teamButtons);
    contentLayout()->addWidget(teamBox);

    connect(m_addKonsultation, &QPushButton::clicked, this, [this] {
        request(tr("Add konsultationsteam meeting"), {}, [](CaseRecord &r) {
            Meeting meeting;
            meeting.kind = MeetingKind::Konsultationsteam;
            meeting.date = Clock::today();
            r.meetings.append(meeting);
        });
        const int last = m_konsultationer->rowCount() - 1;
        if (last >= 0) {
            m_konsultationTable->setFocus();
            m_konsultationTable->setCurrentIndex(m_konsultationer->index(last, MeetingModel::AdviceColumn));
        }
    });
    connect(m_removeKonsultation, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_konsultationer->mapToSource(m_konsultationTable->currentIndex());
        if (!current.isValid())
            return;
        const int row = current.row();
        request(tr("Remove konsultationsteam meeting"), {}, [row](CaseRecord &r) {
            if (row < r.meetings.size())
                r.meetings.removeAt(row);
        });
    });

    // The person's contacts, which blankett 7434 asks for: applying lifts
    // FK's secrecy toward the parties named.
    m_contacts = new RowTableBox(tr("The person's contacts with other authorities and care (blankett 7434)"), contacts,
                                 u"contact"_s, tr("Add contact"), tr("Remove contact"), body);
    installContactDelegates(m_contacts->table());
    contentLayout()->addWidget(m_contacts);
    connect(m_contacts, &RowTableBox::addRequested, this, [this] {
        request(tr("Add contact"), {}, [](CaseRecord &r) { r.contacts.append(Contact{}); });
        m_contacts->focusLastRow(ContactModel::PartyColumn);
    });
    connect(m_contacts, &RowTableBox::removeRequested, this, [this](int row) {
        request(tr("Remove contact"), {}, [row](CaseRecord &r) {
            if (row < r.contacts.size())
                r.contacts.removeAt(row);
        });
    });

    // Blankett 7434.
    auto *applicationBox = new QGroupBox(tr("Application: blankett 7434"), body);
    auto *applicationForm = new QFormLayout(applicationBox);
    m_applicationSent = new DateEdit(applicationBox);
    m_applicationSent->setObjectName(u"applicationSentEdit"_s);
    m_applicationReceived = new DateEdit(applicationBox);
    m_applicationReceived->setObjectName(u"applicationReceivedEdit"_s);
    m_decision = new QComboBox(applicationBox);
    m_decision->setObjectName(u"applicationDecisionCombo"_s);
    m_decision->addItem(tr("No decision yet"), -1);
    for (Decision decision : {Decision::Pending, Decision::Granted, Decision::Rejected})
        m_decision->addItem(displayName(decision), int(decision));
    m_decisionDate = new DateEdit(applicationBox);
    m_decisionDate->setObjectName(u"applicationDecisionDateEdit"_s);
    m_applicationSent->setCaseField(u"application.sentDate"_s);
    m_applicationReceived->setCaseField(u"application.receivedByFkDate"_s);
    m_decisionDate->setCaseField(u"application.decisionDate"_s);
    applicationForm->addRow(tr("Sent &on:"), m_applicationSent);
    applicationForm->addRow(tr("Received b&y FK:"), m_applicationReceived);
    applicationForm->addRow(tr("F&K's decision:"), m_decision);
    applicationForm->addRow(tr("Decision d&ate:"), m_decisionDate);
    contentLayout()->addWidget(applicationBox);
    contentLayout()->addStretch();

    connect(m_applicationSent, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change application sent"), u"application.sent"_s,
                [date](CaseRecord &r) { r.application.sentDate = date; });
    });
    connect(m_applicationReceived, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change application received"), u"application.received"_s,
                [date](CaseRecord &r) { r.application.receivedByFkDate = date; });
    });
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_decision->currentData().toInt();
        request(tr("Change FK's decision"), {}, [value](CaseRecord &r) {
            if (value < 0)
                r.application.decision.reset();
            else
                r.application.decision = static_cast<Decision>(value);
            if (value == int(Decision::Granted) || value == int(Decision::Rejected)) {
                if (r.application.decisionDate.isNull())
                    r.application.decisionDate = Clock::today();
            }
        });
    });
    connect(m_decisionDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change decision date"), u"application.decisionDate"_s,
                [date](CaseRecord &r) { r.application.decisionDate = date; });
    });

    // Tab order follows the page from top to bottom.
    QWidget *order[] = {m_noSgi,
                        m_insured,
                        m_euAsIfInsured,
                        m_workCapacity,
                        m_needsRehabilitation,
                        m_needsCoordination,
                        m_consentGiven,
                        m_consentDate,
                        m_consentRevoked,
                        m_medicalDocumentation,
                        m_needsMapped};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void Ruta1Page::addCriterionRow(QGridLayout *grid, int row, const QString &label, FactCombo *combo, QLabel *reference)
{
    auto *text = new QLabel(label, grid->parentWidget());
    text->setBuddy(combo);
    text->setWordWrap(true);
    grid->addWidget(text, row, 0);
    grid->addWidget(combo, row, 1);
    grid->addWidget(reference, row, 2);
    combo->setAccessibleName(label);
}

void Ruta1Page::connectFact(FactCombo *combo, const QString &key, const QString &description, Fact Facts::*member)
{
    Q_UNUSED(key);
    connect(combo, &FactCombo::factEdited, this, [this, description, member](const Fact &fact) {
        request(description, {}, [member, fact](CaseRecord &r) { r.facts.*member = fact; });
    });
}

void Ruta1Page::fill(const CaseRecord &record, const Assessment &assessment)
{
    m_noSgi->setFact(record.facts.hasSgi);
    m_insured->setFact(record.facts.insuredInSweden);
    m_euAsIfInsured->setFact(record.facts.euAsIfInsured);
    m_workCapacity->setFact(record.facts.workCapacityReducedByIllness);
    m_needsRehabilitation->setFact(record.facts.needsRehabilitation);
    m_needsCoordination->setFact(record.facts.needsCoordination);
    m_noSgiReference->setText(referenceOf(assessment, u"no_sgi"_s));
    m_insuredReference->setText(referenceOf(assessment, u"insured"_s));
    // The EU row answers its own question and cites the EU regulation; the
    // criterion above says whether either route makes the person insured.
    m_euReference->setText(shown(eligibility::euAsIfInsured(record.facts, RuleData::standard())));
    m_workCapacityReference->setText(referenceOf(assessment, u"work_capacity_reduced"_s));
    m_needsRehabilitationReference->setText(referenceOf(assessment, u"needs_rehabilitation"_s));
    m_needsCoordinationReference->setText(referenceOf(assessment, u"needs_coordination"_s));

    QString eligibility;
    switch (assessment.eligibility) {
    case Eligibility::Eligible:
        eligibility = tr("All criteria are met: FK's coordination may apply.");
        break;
    case Eligibility::NotEligible:
        eligibility = tr("A criterion is not met: FK's coordination does not apply (box 2b).");
        break;
    case Eligibility::Incomplete:
        eligibility = tr("Not all criteria are known yet: find out what is missing; the case stays in box 1 "
                         "meanwhile. FK's konsultationsteam can advise.");
        break;
    case Eligibility::NotApplicable:
        eligibility = tr("The person has SGI: this process and blankett 7434 are for people without SGI. Ask FK "
                         "how coordination is arranged for someone with SGI.");
        break;
    }
    m_eligibility->setText(
        u"<b>%1</b> %2"_s.arg(displayName(assessment.eligibility).toHtmlEscaped(), eligibility.toHtmlEscaped()));

    m_consentGiven->setFact(record.consent.given);
    m_consentDate->setDate(record.consent.date);
    m_consentRevoked->setDate(record.consent.revokedDate);
    m_medicalDocumentation->setFact(record.facts.medicalDocumentation);
    m_needsMapped->setFact(record.facts.needsMapped);
    m_socialWorker->setSocialWorker(record.socialWorker);

    m_applicationSent->setDate(record.application.sentDate);
    m_applicationReceived->setDate(record.application.receivedByFkDate);
    m_decision->setCurrentIndex(
        m_decision->findData(record.application.decision ? int(*record.application.decision) : -1));
    m_decisionDate->setDate(record.application.decisionDate);

    m_missing->clear();
    for (Missing missing : assessment.missingBeforeApplication)
        m_missing->addItem(displayName(missing));
    if (assessment.missingBeforeApplication.isEmpty())
        m_missing->addItem(tr("Nothing is missing."));
    m_removeKonsultation->setEnabled(m_konsultationer->rowCount() > 0);
    m_medicalDocuments->updateButtons();
    m_contacts->updateButtons();

    if (assessment.readyToApply) {
        m_ready->setText(tr("Ready to apply: blankett 7434 can be sent to FK."));
        m_ready->setStyleSheet(
            StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Done, true, u"font-weight: bold;"_s));
    } else {
        QStringList why;
        if (record.application.isReceivedOn(assessment.date))
            why << tr("FK has the application already");
        if (assessment.eligibility != Eligibility::Eligible)
            why << tr("the criteria are not all met");
        if (!assessment.missingBeforeApplication.isEmpty())
            why << tr("missing: %1").arg(int(assessment.missingBeforeApplication.size()));
        if (assessment.currentAdvice == Advice::ComplementNeeded || assessment.currentAdvice == Advice::NotRelevant)
            why << tr("FK's advice: %1").arg(displayName(*assessment.currentAdvice));
        if (why.isEmpty())
            why << tr("the application is prepared in box 1 or 2a");
        m_ready->setText(tr("Not ready to apply: %1.").arg(why.join(u"; "_s)));
        m_ready->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::DueSoon, true));
    }
}

} // namespace samordna::ui
