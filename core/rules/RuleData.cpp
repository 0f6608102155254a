// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleData.h"

#include "safety/EchoText.h"
#include "safety/InputLimits.h"
#include "util/DataFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace samordna {

namespace {

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("RuleData", "cannot read %1: %2").arg(echo::cut(path), file.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    switch (inputLimits::readBounded(file, &bytes)) {
    case inputLimits::ReadOutcome::Read:
        break;
    case inputLimits::ReadOutcome::TooLarge:
        *error = QCoreApplication::translate("RuleData", "%1 is too large to be a district or rule file")
                     .arg(echo::cut(path));
        return std::nullopt;
    case inputLimits::ReadOutcome::Failed:
        *error = QCoreApplication::translate("RuleData", "cannot read %1: %2").arg(echo::cut(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("RuleData", "%1 is not a JSON object: %2")
                     .arg(echo::cut(path), parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

bool readDistricts(const QJsonObject &root, QList<District> *districts, QString *error)
{
    const QJsonArray list = root.value(u"districts").toArray();
    for (const auto &value : list) {
        const QJsonObject object = value.toObject();
        District district;
        district.name = object.value(u"name").toString().trimmed();
        district.contactPerson = object.value(u"contactPerson").toString();
        for (const auto &line : object.value(u"address").toArray())
            district.address << line.toString();
        if (district.name.isEmpty() || district.address.isEmpty()) {
            *error = QCoreApplication::translate("RuleData", "every district needs a name and an address");
            return false;
        }
        districts->append(district);
    }
    if (districts->isEmpty()) {
        *error = QCoreApplication::translate("RuleData", "the district file lists no districts");
        return false;
    }
    return true;
}

} // namespace

const District *RuleData::district(const QString &name) const
{
    for (const auto &candidate : districts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

int RuleData::riktalderFor(int birthYear) const
{
    int age = riktalder.isEmpty() ? 0 : riktalder.constFirst().age;
    for (const auto &rule : riktalder) {
        if (birthYear >= rule.bornFrom)
            age = rule.age;
    }
    return age;
}

QStringList RuleData::districtNames() const
{
    QStringList names;
    for (const auto &candidate : districts)
        names << candidate.name;
    return names;
}

std::optional<RuleData> RuleData::load(const QString &rulesPath, const QString &districtsPath, QString *error)
{
    const auto rules = readObject(rulesPath, error);
    if (!rules)
        return std::nullopt;
    const auto districtRoot = readObject(districtsPath, error);
    if (!districtRoot)
        return std::nullopt;

    RuleData data;
    const QJsonObject references = rules->value(u"references").toObject();
    for (auto it = references.begin(); it != references.end(); ++it)
        data.references.insert(it.key(), it.value().toString());
    const QJsonObject deadlines = rules->value(u"deadlines").toObject();
    data.fkContactDays = deadlines.value(u"fkContactDays").toInt(7);
    data.invitationLeadDays = deadlines.value(u"invitationLeadDays").toInt(14);
    const QJsonObject ages = rules->value(u"benefitAges").toObject();
    data.aktivitetsersattningFromAge = ages.value(u"aktivitetsersattningFromAge").toInt(19);
    data.aktivitetsersattningFromMonth = ages.value(u"aktivitetsersattningFromMonth").toInt(7);
    data.sjukersattningFromAge = ages.value(u"sjukersattningFromAge").toInt(30);
    data.olderBandMonths = ages.value(u"olderBandMonths").toInt(61);
    for (const auto &value : ages.value(u"riktalder").toArray()) {
        const QJsonObject rule = value.toObject();
        const int age = rule.value(u"age").toInt();
        if (age <= data.sjukersattningFromAge) {
            *error = QCoreApplication::translate("RuleData", "every riktålder needs an age above %1")
                         .arg(data.sjukersattningFromAge);
            return std::nullopt;
        }
        data.riktalder << RiktalderRule{rule.value(u"bornFrom").toInt(0), age};
    }
    std::sort(data.riktalder.begin(), data.riktalder.end(),
              [](const RiktalderRule &a, const RiktalderRule &b) { return a.bornFrom < b.bornFrom; });
    if (data.riktalder.isEmpty()) {
        *error = QCoreApplication::translate("RuleData", "the rule file gives no riktålder för pension");
        return std::nullopt;
    }
    if (!readDistricts(*districtRoot, &data.districts, error))
        return std::nullopt;
    return data;
}

namespace {

// The installed files when the program is installed, else the built-in copies.
QString standardRules()
{
    return datafiles::path(QStringLiteral("rules.json"));
}

QString standardDistricts()
{
    return datafiles::path(QStringLiteral("districts.json"));
}

QString &chosenDistrictFile()
{
    static QString path;
    return path;
}

} // namespace

bool RuleData::useDistrictFile(const QString &path, QString *error)
{
    if (!load(standardRules(), path, error))
        return false;
    chosenDistrictFile() = path;
    return true;
}

bool RuleData::useDistrictEnvironment(QString *error)
{
    const QString path = qEnvironmentVariable("SAMORDNA_DISTRICTS");
    if (path.isEmpty())
        return true;
    return useDistrictFile(path, error);
}

namespace {

RuleData &standardData()
{
    static RuleData data = [] {
        QString districtFile = chosenDistrictFile();
        if (districtFile.isEmpty())
            districtFile = qEnvironmentVariable("SAMORDNA_DISTRICTS");
        QString error;
        auto loaded = RuleData::load(standardRules(), districtFile.isEmpty() ? standardDistricts() : districtFile,
                                     &error);
        if (!loaded && !districtFile.isEmpty()) {
            qWarning("The district file named in SAMORDNA_DISTRICTS cannot be used (%s); "
                     "using the built-in districts.",
                     qPrintable(error));
            loaded = RuleData::load(standardRules(), standardDistricts(), &error);
        }
        Q_ASSERT_X(loaded, "RuleData::standard", "built-in rule data must load");
        return loaded.value_or(RuleData{});
    }();
    return data;
}

// What the district file itself says of each contact person.
const QList<District> &fileDistricts()
{
    static const QList<District> districts = standardData().districts;
    return districts;
}

} // namespace

const RuleData &RuleData::standard()
{
    return standardData();
}

void RuleData::setContactPersons(const QHash<QString, QString> &byDistrict)
{
    const QList<District> &fromFile = fileDistricts();
    QList<District> &districts = standardData().districts;
    for (qsizetype i = 0; i < districts.size() && i < fromFile.size(); ++i) {
        const QString chosen = byDistrict.value(districts.at(i).name).trimmed();
        districts[i].contactPerson = chosen.isEmpty() ? fromFile.at(i).contactPerson : chosen;
    }
}

} // namespace samordna
