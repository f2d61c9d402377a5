#include "chinesenumber.h"

#include <QString>

namespace Bulletin {

namespace {

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

double unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
        return 1e4;
    case u'亿':
        return 1e8;
    default:
        return 0;
    }
}

} // namespace

bool ChineseNumber::isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

bool ChineseNumber::isNumeral(QChar c)
{
    return digitValue(c) >= 0 || unitValue(c) > 0;
}

std::optional<double> ChineseNumber::parse(QStringView numerals)
{
    if (numerals.isEmpty() || numerals.size() > 24)
        return std::nullopt;
    bool hasUnit = false;
    for (const QChar c : numerals) {
        if (!isNumeral(c))
            return std::nullopt;
        hasUnit = hasUnit || unitValue(c) > 0;
    }
    // 二〇二〇: digits one by one, as years are written.
    if (!hasUnit) {
        double value = 0;
        for (const QChar c : numerals)
            value = value * 10 + digitValue(c);
        return value;
    }
    double total = 0; // whole 亿 and 万 groups
    double section = 0; // below 万
    double number = 0;
    bool pending = false;
    for (const QChar c : numerals) {
        const int digit = digitValue(c);
        if (digit >= 0) {
            number = digit;
            pending = true;
            continue;
        }
        const double unit = unitValue(c);
        if (unit < 1e4) {
            // 十 on its own is ten: 十二, 二十.
            section += (pending ? number : 1) * unit;
        } else if (unit == 1e4) {
            section += pending ? number : 0;
            if (section == 0 && total == 0)
                section = 1;
            total += section * 1e4;
            section = 0;
        } else {
            section += pending ? number : 0;
            total = (total + section) * 1e8;
            if (total == 0)
                total = 1e8;
            section = 0;
        }
        number = 0;
        pending = false;
    }
    return total + section + (pending ? number : 0);
}

std::optional<double> ChineseNumber::parseAny(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toString().toDouble(&ok);
    if (ok && text.at(0).isDigit())
        return value;
    return parse(text);
}

} // namespace Bulletin
