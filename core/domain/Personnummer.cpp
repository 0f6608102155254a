// SPDX-License-Identifier: GPL-3.0-or-later
#include "Personnummer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace samordna {

namespace {

constexpr int SamordningsDayOffset = 60;

struct Parts
{
    QString century; // empty when the ten-digit form leaves it open
    QString yymmdd;
    QChar separator; // '-', '+' or null
    QString nnnc;
};

std::optional<Parts> split(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})?(\\d{6})([-+]?)(\\d{4})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Parts parts;
    parts.century = match.captured(1);
    parts.yymmdd = match.captured(2);
    const QString separator = match.captured(3);
    parts.separator = separator.isEmpty() ? QChar() : separator.front();
    parts.nnnc = match.captured(4);
    return parts;
}

// The latest century that puts the birth date on or before the reference
// date, with an age under 100 ('-' or none) or of 100 or more ('+').
std::optional<QDate> resolveCentury(int yy, int month, int day, bool hundredOrMore, const QDate &reference)
{
    for (int century = reference.year() / 100; century >= reference.year() / 100 - 2; --century) {
        const QDate candidate(century * 100 + yy, month, day);
        if (!candidate.isValid() || candidate > reference)
            continue;
        const int age = wholeYearsBetween(candidate, reference);
        if (hundredOrMore ? age >= 100 : age < 100)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

int wholeYearsBetween(const QDate &birth, const QDate &date)
{
    int years = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --years;
    return years;
}

int luhnCheckDigit(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int value = digits[i].digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += value / 10 + value % 10;
    }
    return (10 - sum % 10) % 10;
}

Personnummer::ParseResult Personnummer::parse(const QString &input, const QDate &reference)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {std::nullopt, Error::Empty};
    const auto parts = split(text);
    if (!parts)
        return {std::nullopt, Error::BadFormat};

    const int yy = parts->yymmdd.left(2).toInt();
    const int month = parts->yymmdd.mid(2, 2).toInt();
    int day = parts->yymmdd.mid(4, 2).toInt();
    const bool samordning = day > SamordningsDayOffset;
    if (samordning)
        day -= SamordningsDayOffset;

    if (parts->nnnc.left(3) == u"000")
        return {std::nullopt, Error::ZeroBirthNumber};

    const QString tenDigits = parts->yymmdd + parts->nnnc;
    if (luhnCheckDigit(QStringView(tenDigits).left(9)) != tenDigits.back().digitValue())
        return {std::nullopt, Error::BadCheckDigit};

    QDate birth;
    if (!parts->century.isEmpty()) {
        birth = QDate(parts->century.toInt() * 100 + yy, month, day);
        if (!birth.isValid())
            return {std::nullopt, Error::ImpossibleDate};
    } else {
        // A leap year accepts every month and day that can ever exist.
        if (!QDate(2000, month, day).isValid())
            return {std::nullopt, Error::ImpossibleDate};
        const auto resolved = resolveCentury(yy, month, day, parts->separator == u'+', reference);
        if (!resolved)
            return {std::nullopt, Error::ImpossibleDate};
        birth = *resolved;
    }
    if (reference.isValid() && birth > reference)
        return {std::nullopt, Error::BornAfterReference};

    Personnummer result;
    result.m_text = text;
    result.m_birthDate = birth;
    result.m_samordningsnummer = samordning;
    result.m_digits12 = QString::number(birth.year() / 100).rightJustified(2, u'0') + tenDigits;
    return {result, Error::None};
}

QString Personnummer::normalized() const
{
    return m_digits12.left(8) + u'-' + m_digits12.right(4);
}

QString Personnummer::masked() const
{
    return m_digits12.left(8) + QStringLiteral("-XXXX");
}

int Personnummer::ageAt(const QDate &date) const
{
    return wholeYearsBetween(m_birthDate, date);
}

QString Personnummer::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("Personnummer", "no personnummer given");
    case Error::BadFormat:
        return QCoreApplication::translate("Personnummer", "not a personnummer: write YYMMDD-NNNC or YYYYMMDD-NNNC");
    case Error::BadCheckDigit:
        return QCoreApplication::translate("Personnummer", "the check digit is wrong");
    case Error::ImpossibleDate:
        return QCoreApplication::translate("Personnummer", "the birth date does not exist");
    case Error::ZeroBirthNumber:
        return QCoreApplication::translate("Personnummer", "the birth number 000 is never used");
    case Error::BornAfterReference:
        return QCoreApplication::translate("Personnummer", "the birth date is after the date of assessment");
    }
    return {};
}

} // namespace samordna
