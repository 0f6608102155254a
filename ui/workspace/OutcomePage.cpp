// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/OutcomePage.h"

#include "common/StateColors.h"
#include "domain/Codes.h"
#include "domain/Personnummer.h"
#include "rules/BenefitGuidance.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QString introFor(Stage stage)
{
    if (stage == Stage::Ruta6a)
        return OutcomePage::tr("The case is closed at FK. IoF continues planning with the person towards the labour "
                               "market, full-time or part-time, possibly towards part-time sjukersättning or "
                               "aktivitetsersättning.");
    return OutcomePage::tr("The case is closed at FK, unless the deterioration is temporary: then await "
                           "improvement and FK keeps the case open. From 30 years, with work capacity reduced for "
                           "the foreseeable future against the whole labour market including the protected one, the "
                           "person may apply for sjukersättning; from 19 to 29 years, reduced for at least one year, "
                           "for aktivitetsersättning. FK decides.");
}

} // namespace

OutcomePage::OutcomePage(Stage stage, QWidget *parent)
    : CasePage(stage, introFor(stage), parent)
{
    QWidget *body = contentLayout()->parentWidget();
    m_outcome = makeText({}, body);
    m_outcome->setObjectName(u"outcomeLabel"_s);
    contentLayout()->addWidget(m_outcome);
    {
        auto *box = new QGroupBox(tr("Benefit guidance"), body);
        auto *layout = new QVBoxLayout(box);
        m_guidance = makeText({}, box);
        m_guidance->setObjectName(u"benefitGuidanceLabel"_s);
        m_guidance->setMargin(6);
        layout->addWidget(m_guidance);
        m_keepOpen = makeText({}, box);
        m_keepOpen->setObjectName(u"keepOpenLabel"_s);
        layout->addWidget(m_keepOpen);
        contentLayout()->addWidget(box);
    }
    contentLayout()->addStretch();
}

void OutcomePage::fill(const CaseRecord &record, const Assessment &assessment)
{
    const Closure &closure = record.closure;
    QStringList lines;
    lines
        << tr("Work capacity: %1").arg(closure.workCapacity ? displayName(*closure.workCapacity) : tr("not recorded"));
    lines << tr("Reduced for: %1")
                 .arg(closure.reductionDuration ? displayName(*closure.reductionDuration) : tr("not recorded"));
    lines << tr("Against the whole labour market: %1")
                 .arg(closure.againstWholeLabourMarket ? (*closure.againstWholeLabourMarket ? tr("yes") : tr("no"))
                                                       : tr("not recorded"));
    if (!closure.closedDate.isNull())
        lines << tr("Coordination ended: %1").arg(closure.closedDate.toString(Qt::ISODate));
    lines << tr("Continued planning: %1").arg(closure.continuedBy.isEmpty() ? tr("not recorded") : closure.continuedBy);
    m_outcome->setText(lines.join(u'\n'));

    if (!m_guidance)
        return;
    // Outside box 6b the assessment gives no guidance; show what it would be,
    // so the closure in box 5 can be checked before the move.
    // In 6a the law's benefits matter only with partial work capacity.
    if (stage() == Stage::Ruta6a && !benefit::appliesIn(Stage::Ruta6a, closure)) {
        m_guidance->setText(tr("With full work capacity no benefit is suggested."));
        m_guidance->setStyleSheet(QString());
        m_keepOpen->setVisible(false);
        return;
    }
    const bool inBox = assessment.benefitPath.has_value();
    QDate birthDate;
    if (const auto pnr = Personnummer::parse(record.person.personnummer, assessment.date))
        birthDate = pnr.value->birthDate();
    const benefit::Guidance preview = benefit::guide(closure, stage(), birthDate, assessment.date,
                                                     RuleData::standard());
    const BenefitPath path = inBox ? *assessment.benefitPath : preview.path;
    const QString reason = inBox ? assessment.benefitReason : preview.reason;
    const bool keepOpen = inBox ? assessment.keepOpen : preview.keepOpen;
    const QList<BenefitPath> alternatives = inBox ? assessment.benefitAlternatives : preview.alternatives;
    QString text = u"<b>%1</b><br>%2"_s.arg(displayName(path).toHtmlEscaped(), reason.toHtmlEscaped());
    for (BenefitPath alternative : alternatives)
        text.append(u"<br>"_s + tr("Also possible: %1").arg(displayName(alternative)).toHtmlEscaped());
    if (!inBox)
        text.prepend(tr("Preview (the case is not in box %1):").arg(stageNumber(stage())).toHtmlEscaped() + u"<br>"_s);
    text.append(
        u"<br><i>%1</i>"_s.arg(tr("FK decides; the program only says what the person may apply for.").toHtmlEscaped()));
    m_guidance->setText(text);
    m_guidance->setStyleSheet(path == BenefitPath::None
                                  ? QString()
                                  : StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::PossibleNext, true));
    m_keepOpen->setText(keepOpen ? tr("Temporary deterioration: FK keeps the case open; a new plan can be made "
                                      "(back to box 4) when the person improves.")
                                 : QString());
    m_keepOpen->setVisible(keepOpen);
}

} // namespace samordna::ui
