// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace samordna::stats {

namespace {

QJsonValue countValue(const ShownCount &count)
{
    switch (count.visibility) {
    case SuppressionTable::Visibility::Shown:
        return QJsonValue(double(count.value));
    case SuppressionTable::Visibility::Few:
        return QJsonValue(u"<5"_s);
    case SuppressionTable::Visibility::Hidden:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue daysValue(const std::optional<double> &days)
{
    return days ? QJsonValue(*days) : QJsonValue(QJsonValue::Null);
}

// The figures in the order a reader meets them, each with its JSON path;
// both forms are made from this one list.
struct Figure
{
    QStringList path;
    QJsonValue value;
};

QList<Figure> figuresOf(const StatsReport &report)
{
    QList<Figure> list;
    const auto count = [&](const QStringList &path, const QString &key) {
        list.append({path, countValue(report.count(key))});
    };
    const auto days = [&](const QStringList &path, const QString &key) {
        list.append({path, daysValue(report.daysOf(key))});
    };
    count({u"cases"_s}, keys::cases());
    for (Stage stage : allStages()) {
        const QString code = stageCode(stage);
        const QString durations = keys::boxDurations(stage);
        count({u"boxes"_s, code, u"entered"_s}, keys::entered(stage));
        count({u"boxes"_s, code, u"completed"_s}, keys::completed(stage));
        days({u"boxes"_s, code, u"medianDays"_s}, keys::median(durations));
        days({u"boxes"_s, code, u"p25Days"_s}, keys::p25(durations));
        days({u"boxes"_s, code, u"p75Days"_s}, keys::p75(durations));
    }
    for (const QString &durations : {keys::ruta1ToRuta3(), keys::ruta3ToRuta6()}) {
        const QString name = durations.section(u'.', 1);
        count({u"endToEnd"_s, name, u"cases"_s}, keys::durationCases(durations));
        days({u"endToEnd"_s, name, u"medianDays"_s}, keys::median(durations));
        days({u"endToEnd"_s, name, u"p25Days"_s}, keys::p25(durations));
        days({u"endToEnd"_s, name, u"p75Days"_s}, keys::p75(durations));
    }
    for (Stage stage : outcomeStages())
        count({u"outcomes"_s, stageCode(stage)}, keys::outcome(stage));
    for (const QString &code : keys::benefitCodes())
        count({u"benefits"_s, code}, keys::benefit(code));
    for (const QString &code : keys::adviceCodes())
        count({u"advice"_s, code}, keys::advice(code));
    count({u"konsultationsteam"_s, u"discussed"_s}, keys::discussed());
    count({u"konsultationsteam"_s, u"applicationWithin30Days"_s}, keys::appliedWithin30Days());
    count({u"invitationLeadTime"_s, u"met"_s}, keys::invitationMet());
    count({u"invitationLeadTime"_s, u"not_met"_s}, keys::invitationNotMet());
    count({u"fkContact"_s, u"met"_s}, keys::fkContactMet());
    count({u"fkContact"_s, u"overdue"_s}, keys::fkContactOverdue());
    for (const QString &quarter : report.quarters) {
        for (Stage stage : allStages())
            count({u"flow"_s, quarter, stageCode(stage)}, keys::flow(quarter, stage));
    }
    return list;
}

// RFC 4180: a field with a comma, quote or line break is quoted (a
// district's name comes from a file the municipality writes).
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QJsonValue periodValue(const QDate &date)
{
    return QJsonValue(date.toString(Qt::ISODate));
}

} // namespace

QJsonObject toJson(const StatsReport &report)
{
    QJsonObject json;
    json.insert(u"from"_s, periodValue(report.from));
    json.insert(u"to"_s, periodValue(report.to));
    json.insert(u"district"_s, report.district.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.district));

    // Objects by path; "boxes" and "flow" become arrays named by their
    // first key (the stage, the quarter).
    QMap<QString, QJsonObject> boxes;
    QMap<QString, QJsonObject> flow;
    QMap<QString, QJsonObject> sections;
    QMap<QString, QJsonObject> endToEnd;
    for (const Figure &figure : figuresOf(report)) {
        const QStringList &path = figure.path;
        if (path.size() == 1) {
            json.insert(path.at(0), figure.value);
        } else if (path.at(0) == u"boxes") {
            boxes[path.at(1)].insert(path.at(2), figure.value);
        } else if (path.at(0) == u"flow") {
            QJsonObject &quarter = flow[path.at(1)];
            QJsonObject entered = quarter.value(u"entered"_s).toObject();
            entered.insert(path.at(2), figure.value);
            quarter.insert(u"entered"_s, entered);
        } else if (path.at(0) == u"endToEnd") {
            endToEnd[path.at(1)].insert(path.at(2), figure.value);
        } else {
            sections[path.at(0)].insert(path.at(1), figure.value);
        }
    }
    QJsonArray boxArray;
    for (Stage stage : allStages()) {
        QJsonObject box = boxes.value(stageCode(stage));
        box.insert(u"stage"_s, stageCode(stage));
        boxArray.append(box);
    }
    json.insert(u"boxes"_s, boxArray);
    QJsonObject endToEndObject;
    for (auto it = endToEnd.cbegin(); it != endToEnd.cend(); ++it)
        endToEndObject.insert(it.key(), it.value());
    json.insert(u"endToEnd"_s, endToEndObject);
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        json.insert(it.key(), it.value());
    QJsonArray flowArray;
    for (const QString &quarter : report.quarters) {
        QJsonObject item = flow.value(quarter);
        item.insert(u"quarter"_s, quarter);
        flowArray.append(item);
    }
    json.insert(u"flow"_s, flowArray);
    return json;
}

QByteArray toCsv(const StatsReport &report)
{
    QByteArray csv = "figure,value\r\n";
    const auto row = [&csv](const QString &name, const QString &value) {
        csv += field(name) + ',' + field(value) + "\r\n";
    };
    row(u"from"_s, report.from.toString(Qt::ISODate));
    row(u"to"_s, report.to.toString(Qt::ISODate));
    row(u"district"_s, report.district);
    for (const Figure &figure : figuresOf(report)) {
        QString value;
        if (figure.value.isString())
            value = figure.value.toString();
        else if (figure.value.isDouble())
            value = QString::number(figure.value.toDouble(), 'g', 12);
        row(figure.path.join(u'.'), value);
    }
    return csv;
}

} // namespace samordna::stats
