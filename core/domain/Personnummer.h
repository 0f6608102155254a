// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace samordna {

// A Swedish personal identity number or samordningsnummer, as written.
// The written text is kept so a case document round-trips unchanged; the
// birth date depends on the date of assessment when the century is not
// written out, so it is resolved against a reference date.
class Personnummer
{
public:
    enum class Error {
        None,
        Empty,
        BadFormat,
        BadCheckDigit,
        ImpossibleDate,
        ZeroBirthNumber,
        BornAfterReference,
    };

    struct ParseResult;

    // Parses `text` as of `reference` (the date of assessment).
    static ParseResult parse(const QString &text, const QDate &reference);
    static QString errorText(Error error);

    QString text() const { return m_text; }
    QDate birthDate() const { return m_birthDate; }
    bool isSamordningsnummer() const { return m_samordningsnummer; }
    // Twelve digits with a hyphen: YYYYMMDD-NNNC.
    QString normalized() const;
    // The birth date part only, e.g. 19900315-XXXX, for lists and screens
    // others may see.
    QString masked() const;
    int ageAt(const QDate &date) const;

    friend bool operator==(const Personnummer &, const Personnummer &) = default;

private:
    QString m_text;
    QString m_digits12; // YYYYMMDDNNNC, day as written (+60 for samordningsnummer)
    QDate m_birthDate;
    bool m_samordningsnummer = false;
};

struct Personnummer::ParseResult
{
    std::optional<Personnummer> value;
    Error error = Error::None;
    explicit operator bool() const { return value.has_value(); }
};

// Whole years from `birth` to `date`; a birthday on 29 February counts from
// 1 March in other years.
int wholeYearsBetween(const QDate &birth, const QDate &date);

// Luhn check digit over the given digits (the ten-digit form's first nine).
int luhnCheckDigit(QStringView digits);

} // namespace samordna
