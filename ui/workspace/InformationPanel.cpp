// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/InformationPanel.h"

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QString section(const QString &heading, const QStringList &points)
{
    QString html = u"<h3>%1</h3><ul>"_s.arg(heading.toHtmlEscaped());
    for (const QString &point : points)
        html += u"<li>%1</li>"_s.arg(point.toHtmlEscaped());
    return html + u"</ul>"_s;
}

} // namespace

InformationPanel::InformationPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"informationPanel"_s);
    setAccessibleName(tr("The parties' roles"));
    setOpenExternalLinks(false);
    QString html;
    html += section(tr("FK, Försäkringskassan"),
                    {tr("Coordinates the rehabilitation: clarifies the need, works for the measures to start soon, "
                        "and joins them into a whole."),
                     tr("Is not a rehabilitation actor and has no rehabilitation measures of its own."),
                     tr("Pays no compensation for this benefit; coordination does not depend on a right to "
                        "sickness benefit."),
                     tr("Does not take over other parties' responsibility for their measures or their costs."),
                     tr("Usually books a first digital meeting, often together with AF.")});
    html += section(tr("AF, Arbetsförmedlingen"),
                    {tr("Carries out work-oriented rehabilitation: guiding, investigating, rehabilitating and "
                        "work-preparing measures."),
                     tr("A person in AF's programmes may get aktivitetsstöd or utvecklingsersättning.")});
    html += section(tr("Region and healthcare"),
                    {tr("Responsible for healthcare, including medical rehabilitation and the medical "
                        "documentation."),
                     tr("The rehab-koordinator at the healthcare unit is a good contact for medical questions; "
                        "a SIP coordinates social services and healthcare.")});
    html += section(tr("Socialtjänsten (IoF, ekonomiskt bistånd)"),
                    {tr("Has the final responsibility for the support people in the municipality need."),
                     tr("Maps needs and motivation, gathers medical documentation and written consent, helps with "
                        "blankett 7434."),
                     tr("While FK coordinates: shares what it knows beyond the medical documentation (with "
                        "consent), attends the avstämningsmöten, follows up the plan, and is responsible for "
                        "social measures and social rehabilitation.")});
    html += section(tr("Support for the person"),
                    {tr("Särskilt bidrag: a person in work-oriented rehabilitation may get särskilt bidrag for "
                        "certain extra costs, for example travel. FK informs about it."),
                     tr("Aktivitetsstöd or utvecklingsersättning: for a person taking part in AF's programmes.")});
    setHtml(html);
}

} // namespace samordna::ui
