// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/CaseHeader.h"

#include "domain/Personnummer.h"
#include "util/Clock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QLabel *field(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"caseHeader"_s);
    // Two rows, so a narrow window still shows everything: who and where in
    // the process above, the details below.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setVerticalSpacing(2);
    m_name = field(u"headerName"_s, this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_personnummer = field(u"headerPersonnummer"_s, this);
    m_revealButton = new QToolButton(this);
    m_revealButton->setObjectName(u"headerRevealButton"_s);
    m_revealButton->setText(tr("Show"));
    m_revealButton->setToolTip(tr("Show the full personnummer. You are asked first, and it is written to the audit "
                                  "log."));
    m_revealButton->setAutoRaise(true);
    connect(m_revealButton, &QToolButton::clicked, this, &CaseHeader::revealRequested);
    m_age = field(u"headerAge"_s, this);
    m_district = field(u"headerDistrict"_s, this);
    m_socialWorker = field(u"headerSocialWorker"_s, this);
    m_stage = field(u"headerStage"_s, this);
    QFont stageFont = m_stage->font();
    stageFont.setBold(true);
    m_stage->setFont(stageFont);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_stage, 0, 1, Qt::AlignRight);
    auto *details = new QHBoxLayout;
    details->setSpacing(18);
    details->addWidget(m_personnummer);
    details->addWidget(m_revealButton);
    for (QLabel *label : {m_age, m_district, m_socialWorker})
        details->addWidget(label);
    details->addStretch();
    layout->addLayout(details, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    // A shade of whatever palette is in effect, so the header follows a
    // change to a dark or high-contrast appearance.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
}

void CaseHeader::display(const CaseRecord &record, const Assessment &assessment)
{
    if (record.id != m_record.id || record.person.personnummer != m_record.person.personnummer)
        m_revealed = false;
    m_record = record;
    m_name->setText(record.person.name);
    showPersonnummer();
    m_age->setText(assessment.age ? tr("%1 years").arg(*assessment.age) : tr("Age unknown"));
    m_district->setText(record.district.isEmpty() ? tr("No district") : tr("District %1").arg(record.district));
    const QString worker = record.socialWorker && !record.socialWorker->name.trimmed().isEmpty()
        ? record.socialWorker->name
        : tr("Unknown");
    m_socialWorker->setText(tr("Social worker: %1").arg(worker));
    m_stage->setText(tr("Box %1: %2").arg(stageNumber(record.stage), stageTitle(record.stage)));
}

void CaseHeader::clear()
{
    m_record = CaseRecord{};
    m_revealed = false;
    for (QLabel *label : {m_name, m_personnummer, m_age, m_district, m_socialWorker, m_stage})
        label->clear();
    m_revealButton->hide();
    m_name->setText(tr("No case open"));
}

void CaseHeader::reveal()
{
    m_revealed = true;
    showPersonnummer();
}

void CaseHeader::showPersonnummer()
{
    const auto parsed = Personnummer::parse(m_record.person.personnummer, Clock::today());
    if (!parsed)
        m_personnummer->setText(tr("Personnummer not valid"));
    else
        m_personnummer->setText(m_revealed ? parsed.value->normalized() : parsed.value->masked());
    m_revealButton->setVisible(parsed && !m_revealed);
}

} // namespace samordna::ui
