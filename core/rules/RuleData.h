// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace samordna {

struct District
{
    QString name;
    QString contactPerson; // the district's contact person when FK gets no answer
    QStringList address;   // postal address lines for invitations
};

// The riktålder för pension for those born in `bornFrom` or later (0: any
// year), until the next rule's year.
struct RiktalderRule
{
    int bornFrom = 0;
    int age = 0;
};

// The numbers and references the rules use, kept as data so they can follow
// changes in the law and other municipalities' districts without code changes.
struct RuleData
{
    QHash<QString, QString> references; // criterion code → legal reference
    int fkContactDays = 0;
    int invitationLeadDays = 0;
    // 33 kap. SFB by calendar month: aktivitetsersättning from the month
    // aktivitetsersattningFromMonth of the year of turning
    // aktivitetsersattningFromAge; sjukersättning from the month of the
    // sjukersattningFromAge birthday until the riktålder för pension; the
    // last olderBandMonths of that window judge work capacity against work
    // the person has experience of.
    int aktivitetsersattningFromAge = 0;
    int aktivitetsersattningFromMonth = 0;
    int sjukersattningFromAge = 0;
    int olderBandMonths = 0;
    QList<RiktalderRule> riktalder; // by birth year, ascending

    // The riktålder för pension for those born in `birthYear`.
    int riktalderFor(int birthYear) const;
    QList<District> districts;

    const District *district(const QString &name) const;
    QStringList districtNames() const;

    // The built-in rules and districts; districts are replaced by the file
    // given to useDistrictFile(), else by the one named in SAMORDNA_DISTRICTS.
    static const RuleData &standard();
    // The districts' contact persons as this installation knows them (a
    // settings page fills them in), over what the district file says: a
    // non-blank text replaces the file's, a blank one leaves the file's.
    // Names not in the district list are ignored.
    static void setContactPersons(const QHash<QString, QString> &byDistrict);
    // Another municipality's districts for this run. Checked at once, so a
    // wrong file is refused with its reason; call it before standard().
    static bool useDistrictFile(const QString &path, QString *error);
    // As useDistrictFile() for the file SAMORDNA_DISTRICTS names, if any:
    // a file that cannot be used is refused, not quietly replaced by the
    // built-in districts (the wrong municipality's addresses on letters).
    static bool useDistrictEnvironment(QString *error);
    // Reads rules and districts from the given files; an error text on failure.
    static std::optional<RuleData> load(const QString &rulesPath, const QString &districtsPath, QString *error);
};

} // namespace samordna
