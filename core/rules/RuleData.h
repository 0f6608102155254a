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

// The numbers and references the rules use, kept as data so they can follow
// changes in the law and other municipalities' districts without code changes.
struct RuleData
{
    QHash<QString, QString> references; // criterion code → legal reference
    int fkContactDays = 0;
    int invitationLeadDays = 0;
    int sjukersattningFromAge = 0;
    int aktivitetsersattningFromAge = 0;
    int aktivitetsersattningBeforeAge = 0;
    QList<District> districts;

    const District *district(const QString &name) const;
    QStringList districtNames() const;

    // The built-in rules and districts; districts are replaced by the file
    // given to useDistrictFile(), else by the one named in SAMORDNA_DISTRICTS.
    static const RuleData &standard();
    // Another municipality's districts for this run. Checked at once, so a
    // wrong file is refused with its reason; call it before standard().
    static bool useDistrictFile(const QString &path, QString *error);
    // Reads rules and districts from the given files; an error text on failure.
    static std::optional<RuleData> load(const QString &rulesPath, const QString &districtsPath,
                                        QString *error);
};

} // namespace samordna
