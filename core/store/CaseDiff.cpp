// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDiff.h"

using namespace Qt::StringLiterals;

namespace samordna {

QStringList CaseDiff::changedFields(const CaseRecord &before, const CaseRecord &after)
{
    QStringList fields;
    const auto compare = [&fields](const auto &a, const auto &b, const QString &name) {
        if (!(a == b))
            fields << name;
    };
    compare(before.person.personnummer, after.person.personnummer, u"person.personnummer"_s);
    compare(before.person.name, after.person.name, u"person.name"_s);
    compare(before.district, after.district, u"district"_s);
    compare(before.socialWorker, after.socialWorker, u"socialWorker"_s);
    compare(before.stage, after.stage, u"stage"_s);

    const Facts &f = before.facts;
    const Facts &g = after.facts;
    compare(f.hasSgi, g.hasSgi, u"facts.hasSgi"_s);
    compare(f.insuredInSweden, g.insuredInSweden, u"facts.insuredInSweden"_s);
    compare(f.euAsIfInsured, g.euAsIfInsured, u"facts.euAsIfInsured"_s);
    compare(f.workCapacityReducedByIllness, g.workCapacityReducedByIllness, u"facts.workCapacityReducedByIllness"_s);
    compare(f.needsRehabilitation, g.needsRehabilitation, u"facts.needsRehabilitation"_s);
    compare(f.medicalDocumentation, g.medicalDocumentation, u"facts.medicalDocumentation"_s);
    compare(f.needsMapped, g.needsMapped, u"facts.needsMapped"_s);
    compare(f.needsCoordination, g.needsCoordination, u"facts.needsCoordination"_s);

    compare(before.consent.given, after.consent.given, u"consent.given"_s);
    compare(before.consent.date, after.consent.date, u"consent.date"_s);
    compare(before.consent.revokedDate, after.consent.revokedDate, u"consent.revokedDate"_s);

    const Application &a = before.application;
    const Application &b = after.application;
    compare(a.sentDate, b.sentDate, u"application.sentDate"_s);
    compare(a.receivedByFkDate, b.receivedByFkDate, u"application.receivedByFkDate"_s);
    compare(a.decision, b.decision, u"application.decision"_s);
    compare(a.decisionDate, b.decisionDate, u"application.decisionDate"_s);
    compare(before.fkContactDate, after.fkContactDate, u"fkContactDate"_s);

    compare(before.meetings, after.meetings, u"meetings"_s);
    compare(before.plan, after.plan, u"plan"_s);

    const Closure &c = before.closure;
    const Closure &d = after.closure;
    compare(c.workCapacity, d.workCapacity, u"closure.workCapacity"_s);
    compare(c.reductionDuration, d.reductionDuration, u"closure.reductionDuration"_s);
    compare(c.againstWholeLabourMarket, d.againstWholeLabourMarket, u"closure.againstWholeLabourMarket"_s);
    compare(c.closedDate, d.closedDate, u"closure.closedDate"_s);
    compare(c.continuedBy, d.continuedBy, u"closure.continuedBy"_s);

    compare(before.complements, after.complements, u"complements"_s);
    compare(before.stageHistory, after.stageHistory, u"stageHistory"_s);
    compare(before.medicalDocuments, after.medicalDocuments, u"medicalDocuments"_s);
    compare(before.contacts, after.contacts, u"contacts"_s);
    compare(before.forFk.illnessHistory, after.forFk.illnessHistory, u"forFk.illnessHistory"_s);
    compare(before.forFk.triedMeasures, after.forFk.triedMeasures, u"forFk.triedMeasures"_s);
    compare(before.forFk.otherInformation, after.forFk.otherInformation, u"forFk.otherInformation"_s);

    // The journal only grows or has a note marked wrong; name which.
    const qsizetype common = std::min(before.journal.size(), after.journal.size());
    bool marked = false;
    for (qsizetype i = 0; i < common; ++i) {
        if (!(before.journal.at(i) == after.journal.at(i)))
            marked = true;
    }
    if (after.journal.size() != before.journal.size())
        fields << u"journal"_s;
    if (marked)
        fields << u"journal.markedWrong"_s;
    return fields;
}

} // namespace samordna
