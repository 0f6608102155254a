// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/ForFkPage.h"

#include "common/StateColors.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

ForFkPage::ForFkPage(QWidget *parent)
    : CasePage(u"forFkPage"_s, tr("Till Försäkringskassan"),
               tr("With the person's written consent, tell FK what you know beyond the medical documentation, "
                  "for example the history of illness or measures already tried. Write only what FK needs: the "
                  "summary to FK carries these fields, the medical documents and the plan, and never the journal. "
                  "Economic matters and third parties stay in the municipality."),
               parent)
{
    QWidget *body = contentLayout()->parentWidget();
    m_consent = makeText({}, body);
    m_consent->setObjectName(u"forFkConsentLabel"_s);
    m_consent->setMargin(6);
    contentLayout()->addWidget(m_consent);
    m_illnessHistory = addTextField(tr("History of illness"), u"illnessHistoryEdit"_s,
                                    tr("Change history of illness for FK"), &ForFk::illnessHistory);
    m_triedMeasures = addTextField(tr("Measures tried"), u"triedMeasuresEdit"_s, tr("Change measures tried for FK"),
                                   &ForFk::triedMeasures);
    m_otherInformation = addTextField(tr("Other information"), u"otherInformationEdit"_s,
                                      tr("Change other information for FK"), &ForFk::otherInformation);
    contentLayout()->addStretch();
    setTabOrder(m_illnessHistory, m_triedMeasures);
    setTabOrder(m_triedMeasures, m_otherInformation);
}

QPlainTextEdit *ForFkPage::addTextField(const QString &label, const QString &objectName, const QString &description,
                                        QString ForFk::*member)
{
    auto *box = new QGroupBox(label, contentLayout()->parentWidget());
    auto *layout = new QVBoxLayout(box);
    auto *edit = new QPlainTextEdit(box);
    edit->setObjectName(objectName);
    edit->setAccessibleName(label);
    // Tab moves on to the next field, as in a form.
    edit->setTabChangesFocus(true);
    // All three fit a laptop's screen; longer text scrolls in its field.
    edit->setMinimumHeight(80);
    edit->setMaximumHeight(150);
    layout->addWidget(edit);
    contentLayout()->addWidget(box);
    // Typing in one field is one step of undo.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, description, member, objectName] {
        const QString text = edit->toPlainText();
        request(description, u"forFk."_s + objectName, [member, text](CaseRecord &r) { r.forFk.*member = text; });
    });
    return edit;
}

void ForFkPage::fill(const CaseRecord &record, const Assessment &assessment)
{
    setTextKeepingCursor(m_illnessHistory, record.forFk.illnessHistory);
    setTextKeepingCursor(m_triedMeasures, record.forFk.triedMeasures);
    setTextKeepingCursor(m_otherInformation, record.forFk.otherInformation);
    const StateColors colours(palette());
    if (record.consent.isValidOn(assessment.date)) {
        m_consent->setText(tr("Written consent is recorded: what you write here may go to FK in the summary."));
        m_consent->setStyleSheet(colours.styleSheet(u"QLabel"_s, ColorState::Done, true));
    } else {
        m_consent->setText(tr("No valid written consent is recorded (box 1): nothing written here goes to FK "
                              "until the person has consented."));
        m_consent->setStyleSheet(colours.styleSheet(u"QLabel"_s, ColorState::DueSoon, true, u"font-weight: bold;"_s));
    }
}

} // namespace samordna::ui
