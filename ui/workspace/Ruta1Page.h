// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QComboBox;
class QGridLayout;
class QTableView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;

namespace samordna::ui {

class ContactModel;
class DateEdit;
class FactCombo;
class MedicalDocumentModel;
class MeetingModel;
class RowTableBox;
class SocialWorkerEditor;

// Box 1: may FK coordinate? The criteria with their legal references, what
// the social worker must have before the application (consent, medical
// documentation, mapping, contact details), the medical documents received,
// the person's contacts with other authorities and care, the
// konsultationsteam's advice and blankett 7434 — with a live list of what is
// missing.
class Ruta1Page : public CasePage
{
    Q_OBJECT

public:
    Ruta1Page(MeetingModel *meetings, MedicalDocumentModel *medicalDocuments, ContactModel *contacts,
              QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    void addCriterionRow(QGridLayout *grid, int row, const QString &label, FactCombo *combo, QLabel *reference);
    void connectFact(FactCombo *combo, const QString &key, const QString &description, Fact Facts::*member);

    FactCombo *m_noSgi = nullptr;
    FactCombo *m_insured = nullptr;
    FactCombo *m_euAsIfInsured = nullptr;
    FactCombo *m_workCapacity = nullptr;
    FactCombo *m_needsRehabilitation = nullptr;
    FactCombo *m_needsCoordination = nullptr;
    QLabel *m_noSgiReference = nullptr;
    QLabel *m_insuredReference = nullptr;
    QLabel *m_euReference = nullptr;
    QLabel *m_workCapacityReference = nullptr;
    QLabel *m_needsRehabilitationReference = nullptr;
    QLabel *m_needsCoordinationReference = nullptr;
    QLabel *m_eligibility = nullptr;

    FactCombo *m_consentGiven = nullptr;
    DateEdit *m_consentDate = nullptr;
    DateEdit *m_consentRevoked = nullptr;
    FactCombo *m_medicalDocumentation = nullptr;
    FactCombo *m_needsMapped = nullptr;
    SocialWorkerEditor *m_socialWorker = nullptr;
    RowTableBox *m_medicalDocuments = nullptr;
    RowTableBox *m_contacts = nullptr;

    QSortFilterProxyModel *m_konsultationer = nullptr;
    QTableView *m_konsultationTable = nullptr;
    QPushButton *m_addKonsultation = nullptr;
    QPushButton *m_removeKonsultation = nullptr;

    DateEdit *m_applicationSent = nullptr;
    DateEdit *m_applicationReceived = nullptr;
    QComboBox *m_decision = nullptr;
    DateEdit *m_decisionDate = nullptr;

    QListWidget *m_missing = nullptr;
    QLabel *m_ready = nullptr;
};

} // namespace samordna::ui
