// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/HelpDialog.h"

#include "domain/Stage.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

QString boxText(Stage stage)
{
    switch (stage) {
    case Stage::Ruta1:
        return HelpDialog::tr(
            "Check that the person is insured in Sweden, has reduced work capacity because of illness, needs "
            "rehabilitation to work again, and that the rehabilitation needs coordinating. Meet the person and "
            "map needs and motivation, get medical documentation and written consent. Then there are two ways "
            "in: take the case to the konsultationsteam for FK's advice first (recommended), and if FK finds the "
            "criteria met help the person apply on blankett 7434 with the aktanteckning attached; or help the "
            "person apply on blankett 7434 directly. Either way your contact details go on the form. A case "
            "whose facts are not yet known stays in box 1.");
    case Stage::Ruta2a:
        return HelpDialog::tr(
            "FK finds in the konsultationsteam that the medical documentation needs to be clearer. Contact the "
            "healthcare unit or its rehab-koordinator, call a SIP, send questions to the doctor. With new "
            "documentation, assess again and ask FK again (back to box 1).");
    case Stage::Ruta2b:
        return HelpDialog::tr(
            "FK sees no need of coordination: no reduced work capacity because of illness, or the person is not "
            "ready for or has no need of work-oriented rehabilitation. FK says so in the konsultationsteam or by "
            "rejecting the application. You continue the work without FK.");
    case Stage::Ruta3:
        return HelpDialog::tr(
            "FK has received the application and decides; a rejection leads to box 2b. FK contacts you; if FK "
            "gets no contact with you within one week, FK turns to the district's contact person, who helps put "
            "FK in touch. If the social worker is unknown, FK sends the invitation to the district's address. "
            "The avstämningsmöte should be at least two weeks after the invitation.");
    case Stage::Ruta4:
        return HelpDialog::tr(
            "FK calls to avstämningsmöten, leads them and shares the minutes. The meeting assesses the medical "
            "state, the work capacity and the need of rehabilitation, aiming at a plan for return to work. FK "
            "draws up the rehabilitation plan: who carries out which measure.");
    case Stage::Ruta5:
        return HelpDialog::tr(
            "Everyone follows the plan and adjusts it at new avstämningsmöten. When FK ends the coordination, "
            "it is made clear to the person and all parties, and who drives the continued planning.");
    case Stage::Ruta6a:
        return HelpDialog::tr(
            "The person has full or partial work capacity. FK closes its case; the municipality continues "
            "towards work, full-time or part-time.");
    case Stage::Ruta6b:
        return HelpDialog::tr(
            "The person has no work capacity. FK closes its case, unless the deterioration is temporary. From "
            "30 years, with work capacity reduced for the foreseeable future, the person may apply for "
            "sjukersättning; at 19–29 years, reduced for at least a year, for aktivitetsersättning.");
    }
    return {};
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("Help: boxes 1–6b"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(u"helpBrowser"_s);
    browser->setAccessibleName(windowTitle());
    browser->setOpenExternalLinks(false);
    browser->setHtml(helpHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resize(640, 680);
}

QString HelpDialog::helpHtml()
{
    QString html = u"<h2>"_s + tr("Coordinated rehabilitation with FK, box by box").toHtmlEscaped() + u"</h2><p>"_s
        + tr("For people on ekonomiskt bistånd without SGI. FK decides on coordination and benefits; "
             "Samordna shows where a case stands, what is missing and what may come next.")
              .toHtmlEscaped()
        + u"</p>"_s;
    for (Stage stage : allStages()) {
        html += u"<h3>"_s + tr("Box %1 – %2").arg(stageNumber(stage), stageTitle(stage)).toHtmlEscaped() + u"</h3><p>"_s
            + boxText(stage).toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<h3>"_s + tr("Keys").toHtmlEscaped() + u"</h3><p>"_s
        + tr("Ctrl+N new case, Ctrl+F find, Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z redo, F1 this help.").toHtmlEscaped()
        + u"</p>"_s;
    return html;
}

} // namespace samordna::ui
