#include "jsonbulletinreader.h"

#include "bulletinvalidator.h"
#include "jsonduplicatekeys.h"
#include "textdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstring>

namespace Bulletin {

namespace {

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonBulletinReader::tr("null");
    case QJsonValue::Bool:
        return JsonBulletinReader::tr("a boolean");
    case QJsonValue::Double:
        return JsonBulletinReader::tr("a number");
    case QJsonValue::String:
        return JsonBulletinReader::tr("a string");
    case QJsonValue::Array:
        return JsonBulletinReader::tr("an array");
    case QJsonValue::Object:
        return JsonBulletinReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonBulletinReader::tr("nothing");
}

// Larger integers would not fit the program's int; the schema says the same.
constexpr double MaxInteger = 1e9;

// The known name closest to a misspelt one, or nothing when none is close: a letter or two, or a third of it, off.
QString nearestName(const QString &name, const QStringList &known)
{
    const QString lower = name.toLower();
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, lower.size() / 3) + 1;
    for (const QString &candidate : known) {
        // Levenshtein distance, one row at a time.
        QList<qsizetype> row(candidate.size() + 1);
        for (qsizetype j = 0; j < row.size(); ++j)
            row[j] = j;
        for (qsizetype i = 1; i <= lower.size(); ++i) {
            qsizetype diagonal = row[0];
            row[0] = i;
            for (qsizetype j = 1; j <= candidate.size(); ++j) {
                const qsizetype above = row[j];
                row[j] = std::min(
                    { above + 1, row[j - 1] + 1, diagonal + (lower.at(i - 1) == candidate.at(j - 1) ? 0 : 1) });
                diagonal = above;
            }
        }
        if (row.last() < bestDistance) {
            bestDistance = row.last();
            best = candidate;
        }
    }
    return best;
}

// Reads typed fields of one JSON object, reporting each problem with its field path.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonBulletinReader)

public:
    ObjectReader(const QJsonObject &object, const QString &path, const QString &file, QList<LoadProblem> &problems)
        : m_object(object)
        , m_path(path)
        , m_file(file)
        , m_problems(problems)
    { }

    QString fieldPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    void report(const QString &key, const QString &message) const
    {
        m_problems.append({ m_file, 0, 0, fieldPath(key), message });
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    // The field's value; the field counts as known.
    QJsonValue value(const QString &key) const
    {
        if (!m_read.contains(key))
            m_read.append(key);
        return m_object.value(key);
    }

    QString string(const QString &key, bool required) const
    {
        const QJsonValue value = this->value(key);
        if (value.isUndefined()) {
            if (required)
                report(key, tr("missing required field (expected a string)"));
            return {};
        }
        if (!value.isString()) {
            report(key, tr("expected a string, found %1").arg(describeType(value)));
            return {};
        }
        return value.toString();
    }

    // Only "value" may be null (the schema's "number or null"); other numbers are left out when unknown.
    std::optional<double> number(const QString &key, bool allowNull = false) const
    {
        const QJsonValue value = this->value(key);
        if (value.isUndefined() || (allowNull && value.isNull()))
            return std::nullopt;
        if (!value.isDouble()) {
            report(key, tr("expected a number, found %1").arg(describeType(value)));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            report(key, tr("expected a finite number"));
            return std::nullopt;
        }
        return number;
    }

    std::optional<int> integer(const QString &key, bool required = false) const
    {
        const QJsonValue value = this->value(key);
        if (value.isUndefined()) {
            if (required)
                report(key, tr("missing required field (expected an integer)"));
            return std::nullopt;
        }
        const std::optional<double> number = this->number(key);
        if (!number)
            return std::nullopt;
        if (std::floor(*number) != *number) {
            report(key, tr("expected an integer, found %1").arg(*number));
            return std::nullopt;
        }
        if (std::fabs(*number) > MaxInteger) {
            report(key, tr("expected an integer of at most %1, found %2").arg(MaxInteger, 0, 'f', 0).arg(*number));
            return std::nullopt;
        }
        return int(*number);
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue value = this->value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            report(key, tr("expected true or false, found %1").arg(describeType(value)));
            return fallback;
        }
        return value.toBool();
    }

    QJsonArray array(const QString &key, bool required) const
    {
        const QJsonValue value = this->value(key);
        if (value.isUndefined()) {
            if (required)
                report(key, tr("missing required field (expected an array)"));
            return {};
        }
        if (!value.isArray()) {
            report(key, tr("expected an array, found %1").arg(describeType(value)));
            return {};
        }
        return value.toArray();
    }

    // Every field that was not read is one the format does not know: refused, by name and path, with the known
    // field it most likely meant.
    void refuseUnread() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_read.contains(it.key()))
                continue;
            const QString nearest = nearestName(it.key(), m_read);
            report(it.key(),
                nearest.isEmpty() ? tr("unknown field \"%1\" (the fields here are %2)")
                                        .arg(it.key(), m_read.join(QStringLiteral(", ")))
                                  : tr("unknown field \"%1\"; did you mean \"%2\"?").arg(it.key(), nearest));
        }
    }

    QStringList stringList(const QString &key) const
    {
        QStringList result;
        const QJsonArray items = array(key, true);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isString())
                result.append(items.at(i).toString());
            else
                report(QStringLiteral("%1[%2]").arg(key).arg(i),
                    tr("expected a string, found %1").arg(describeType(items.at(i))));
        }
        return result;
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    const QString &m_file;
    QList<LoadProblem> &m_problems;
    mutable QStringList m_read; // in the order read, which is the order the format lists them
};

class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonBulletinReader)

public:
    DocumentParser(const QString &file, QList<LoadProblem> &problems)
        : m_file(file)
        , m_problems(problems)
    { }

    // Returns the object at items[index], or reports what was there instead.
    bool objectAt(const QJsonArray &items, qsizetype index, const QString &path, QJsonObject &object)
    {
        const QJsonValue value = items.at(index);
        if (!value.isObject()) {
            m_problems.append({ m_file, 0, 0, path, tr("expected an object, found %1").arg(describeType(value)) });
            return false;
        }
        object = value.toObject();
        return true;
    }

    void parse(const QJsonObject &root, Document &document)
    {
        ObjectReader top(root, QString(), m_file, m_problems);
        const std::optional<int> version = top.integer(QStringLiteral("format_version"), true);
        if (version && *version != FormatVersion) {
            top.report(QStringLiteral("format_version"),
                tr("expected format version %1, found %2").arg(FormatVersion).arg(*version));
            return;
        }

        const QJsonValue bulletinValue = top.value(QStringLiteral("bulletin"));
        if (!bulletinValue.isObject()) {
            top.report(QStringLiteral("bulletin"),
                bulletinValue.isUndefined() ? tr("missing required field (expected an object)")
                                            : tr("expected an object, found %1").arg(describeType(bulletinValue)));
        } else {
            parseHeader(bulletinValue.toObject(), document);
        }

        const QJsonArray sections = top.array(QStringLiteral("sections"), true);
        document.sections.reserve(sections.size());
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const QString path = QStringLiteral("sections[") + QString::number(s) + QLatin1Char(']');
            QJsonObject object;
            if (objectAt(sections, s, path, object))
                document.sections.append(parseSection(object, path));
        }

        const QJsonArray figures = top.array(QStringLiteral("key_figures"), false);
        for (qsizetype k = 0; k < figures.size(); ++k) {
            const QString path = QStringLiteral("key_figures[%1]").arg(k);
            QJsonObject object;
            if (!objectAt(figures, k, path, object))
                continue;
            ObjectReader reader(object, path, m_file, m_problems);
            KeyFigure figure;
            figure.number = reader.integer(QStringLiteral("number"), true).value_or(0);
            figure.label = reader.string(QStringLiteral("label"), true);
            figure.labelEn = reader.string(QStringLiteral("label_en"), false);
            figure.text = reader.string(QStringLiteral("text"), true);
            figure.sectionId = reader.string(QStringLiteral("section"), true);
            figure.indicatorId = reader.string(QStringLiteral("indicator"), true);
            reader.refuseUnread();
            document.keyFigures.append(figure);
        }
        top.refuseUnread();
    }

private:
    void parseHeader(const QJsonObject &object, Document &document)
    {
        ObjectReader reader(object, QStringLiteral("bulletin"), m_file, m_problems);
        document.id = reader.string(QStringLiteral("id"), true);
        document.title = reader.string(QStringLiteral("title"), true);
        document.subtitle = reader.string(QStringLiteral("subtitle"), false);
        document.titleEn = reader.string(QStringLiteral("title_en"), false);
        document.newspaper = reader.string(QStringLiteral("newspaper"), false);
        document.publicationDate = reader.string(QStringLiteral("publication_date"), false);
        document.reporter = reader.string(QStringLiteral("reporter"), false);
        document.reporterEn = reader.string(QStringLiteral("reporter_en"), false);
        document.period = reader.string(QStringLiteral("period"), true);
        document.periodEn = reader.string(QStringLiteral("period_en"), false);
        document.region = reader.string(QStringLiteral("region"), true);
        document.regionEn = reader.string(QStringLiteral("region_en"), false);
        document.comparisonRegion = reader.string(QStringLiteral("comparison_region"), false);
        document.comparisonRegionEn = reader.string(QStringLiteral("comparison_region_en"), false);
        const std::optional<int> units = reader.integer(QStringLiteral("comparison_units"));
        if (units && *units < 1)
            reader.report(QStringLiteral("comparison_units"), tr("expected at least 1, found %1").arg(*units));
        document.comparisonUnits = units.value_or(0);
        document.intro = reader.string(QStringLiteral("intro"), false);
        document.sourceNote = reader.string(QStringLiteral("source_note"), false);
        document.synthetic = reader.boolean(QStringLiteral("synthetic"), false);
        reader.refuseUnread();
    }

    Section parseSection(const QJsonObject &object, const QString &path)
    {
        ObjectReader reader(object, path, m_file, m_problems);
        Section section;
        section.id = reader.string(QStringLiteral("id"), true);
        section.title = reader.string(QStringLiteral("title"), true);
        section.titleEn = reader.string(QStringLiteral("title_en"), false);
        section.titleShort = reader.string(QStringLiteral("title_short"), false);
        section.titleShortEn = reader.string(QStringLiteral("title_short_en"), false);
        section.text = reader.string(QStringLiteral("text"), true);

        const QJsonArray indicators = reader.array(QStringLiteral("indicators"), true);
        section.indicators.reserve(indicators.size());
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            // Built for every item, so concatenated rather than arg()-formatted.
            const QString itemPath = path + QStringLiteral(".indicators[") + QString::number(i) + QLatin1Char(']');
            QJsonObject item;
            if (objectAt(indicators, i, itemPath, item))
                section.indicators.append(parseIndicator(item, itemPath));
        }

        const QJsonArray charts = reader.array(QStringLiteral("charts"), false);
        for (qsizetype c = 0; c < charts.size(); ++c) {
            const QString itemPath = path + QStringLiteral(".charts[") + QString::number(c) + QLatin1Char(']');
            QJsonObject item;
            if (!objectAt(charts, c, itemPath, item))
                continue;
            ObjectReader chartReader(item, itemPath, m_file, m_problems);
            ChartSpec chart;
            chart.id = chartReader.string(QStringLiteral("id"), true);
            const QString kind = chartReader.string(QStringLiteral("kind"), true);
            if (const std::optional<ChartKind> parsed = chartKindFromName(kind))
                chart.kind = *parsed;
            else if (!kind.isEmpty())
                chartReader.report(QStringLiteral("kind"),
                    tr("expected \"comparison\", \"ranking\" or \"bars\", found \"%1\"").arg(kind));
            chart.title = chartReader.string(QStringLiteral("title"), true);
            chart.titleEn = chartReader.string(QStringLiteral("title_en"), false);
            chart.indicatorIds = chartReader.stringList(QStringLiteral("indicators"));
            chartReader.refuseUnread();
            section.charts.append(chart);
        }
        reader.refuseUnread();
        return section;
    }

    Indicator parseIndicator(const QJsonObject &object, const QString &path)
    {
        ObjectReader reader(object, path, m_file, m_problems);
        Indicator indicator;
        indicator.id = reader.string(QStringLiteral("id"), true);
        indicator.name = reader.string(QStringLiteral("name"), true);
        indicator.nameEn = reader.string(QStringLiteral("name_en"), false);
        indicator.value = reader.number(QStringLiteral("value"), true);
        indicator.valueText = reader.string(QStringLiteral("value_text"), false);
        indicator.valueTextEn = reader.string(QStringLiteral("value_text_en"), false);
        indicator.unit = reader.string(QStringLiteral("unit"), true);
        indicator.unitEn = reader.string(QStringLiteral("unit_en"), false);
        indicator.period = reader.string(QStringLiteral("period"), false);
        indicator.periodEn = reader.string(QStringLiteral("period_en"), false);
        indicator.higherIsBetter = reader.boolean(QStringLiteral("higher_is_better"), true);
        indicator.provinceValue = reader.number(QStringLiteral("province_value"));
        indicator.provinceDerived = reader.boolean(QStringLiteral("province_derived"), false);
        indicator.statedGap = reader.number(QStringLiteral("gap"));
        indicator.gapUnit = reader.string(QStringLiteral("gap_unit"), false);
        indicator.rank = reader.integer(QStringLiteral("rank"));
        indicator.rankOf = reader.integer(QStringLiteral("rank_of"));
        indicator.rankScope = reader.string(QStringLiteral("rank_scope"), false);
        indicator.rankScopeEn = reader.string(QStringLiteral("rank_scope_en"), false);
        indicator.targetText = reader.string(QStringLiteral("target_text"), false);
        indicator.targetTextEn = reader.string(QStringLiteral("target_text_en"), false);
        indicator.completionPercent = reader.number(QStringLiteral("completion"));
        indicator.note = reader.string(QStringLiteral("note"), false);
        indicator.noteEn = reader.string(QStringLiteral("note_en"), false);
        indicator.editorNote = reader.string(QStringLiteral("editor_note"), false);
        indicator.source = reader.string(QStringLiteral("source"), true);
        reader.refuseUnread();
        return indicator;
    }

    const QString &m_file;
    QList<LoadProblem> &m_problems;
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Qt's parser takes any character after a backslash as itself ("\q" reads "q"), so a byte that is not UTF-8 can
// slip through behind one; JSON allows only the escapes below. In well-formed JSON every backslash is in a string.
qsizetype firstInvalidEscape(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const void *found = std::memchr(data + i, '\\', size_t(size - i));
        if (!found)
            return -1;
        i = static_cast<const char *>(found) - data;
        if (i + 1 >= size || !std::strchr("\"\\/bfnrtu", data[i + 1]) || data[i + 1] == '\0')
            return i;
        ++i; // past the escaped character, so that "\\" is one escape
    }
    return -1;
}

// QJsonParseError::offset is where Qt's parser stopped: past the token it could not use (and the whitespace after
// it), or past a number too large. People expect the offending character itself; at the end of input, the end.
qsizetype offendingOffset(const QByteArray &bytes, const QJsonParseError &error)
{
    qsizetype offset = qBound<qsizetype>(0, qsizetype(error.offset), bytes.size());
    bool tokenConsumed = false;
    switch (error.error) {
    case QJsonParseError::MissingObject:
    case QJsonParseError::IllegalValue:
        tokenConsumed = true;
        break;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
        tokenConsumed = offset < bytes.size();
        break;
    case QJsonParseError::IllegalNumber:
        while (offset > 0 && QByteArrayView("0123456789+-.eE").contains(bytes.at(offset - 1)))
            --offset;
        break;
    default:
        break;
    }
    if (tokenConsumed) {
        while (offset > 0 && isJsonSpace(bytes.at(offset - 1)))
            --offset;
        if (offset > 0)
            --offset;
    }
    return offset;
}

void locateOffset(const QByteArray &bytes, qsizetype offset, LoadProblem &problem)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    // lastIndexOf(c, -1) would search from the end, not before the start.
    const qsizetype lineStart = offset > 0 ? bytes.lastIndexOf('\n', offset - 1) + 1 : 0;
    problem.line = int(bytes.left(offset).count('\n')) + 1;
    problem.column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
}

} // namespace

LoadResult JsonBulletinReader::read(const QByteArray &bytes, const QString &displayName)
{
    LoadResult result;
    const auto encodingProblem = [&](const DecodedText &decoded) {
        result.problems.append({ displayName, decoded.errorLine, decoded.errorColumn, QString(),
            decoded.errorMessage.isEmpty() ? tr("invalid UTF-8 (the file must be UTF-8 encoded)")
                                           : decoded.errorMessage });
        return result;
    };
    if (const DecodedText binary = TextDecoder::checkNotBinary(bytes); !binary.ok)
        return encodingProblem(binary);
    const QByteArray body = TextDecoder::hasUtf8Bom(bytes) ? bytes.mid(3) : bytes;
    if (QByteArrayView(body).trimmed().isEmpty()) {
        result.problems.append({ displayName, 1, 1, QString(), tr("the file is empty (expected a JSON object)") });
        return result;
    }

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser checks UTF-8 in strings, and other bytes above ASCII are syntax errors, so the full UTF-8
        // check is only needed here: a wrong encoding anywhere explains more than the first syntax error.
        if (const DecodedText decoded = TextDecoder::checkUtf8(bytes); !decoded.ok)
            return encodingProblem(decoded);
        LoadProblem problem { displayName, 0, 0, QString(), tr("JSON syntax error: %1").arg(error.errorString()) };
        locateOffset(body, offendingOffset(body, error), problem);
        result.problems.append(problem);
        return result;
    }
    if (!json.isObject()) {
        result.problems.append(
            { displayName, 1, 1, QString(), tr("expected a JSON object at the top level, found an array") });
        return result;
    }

    if (const qsizetype escape = firstInvalidEscape(body); escape >= 0) {
        if (const DecodedText decoded = TextDecoder::checkUtf8(bytes); !decoded.ok)
            return encodingProblem(decoded);
        LoadProblem problem { displayName, 0, 0, QString(),
            tr("JSON syntax error: invalid escape sequence (JSON allows \\\", \\\\, \\/, \\b, \\f, \\n, "
               "\\r, \\t and \\uXXXX)") };
        locateOffset(body, escape, problem);
        result.problems.append(problem);
        return result;
    }
    if (const std::optional<JsonDuplicateKeys::Duplicate> duplicate = JsonDuplicateKeys::find(body)) {
        LoadProblem problem { displayName, 0, 0, duplicate->path,
            tr("the field is given twice in one object (which one counts would be a guess)") };
        locateOffset(body, duplicate->offset, problem);
        result.problems.append(problem);
        return result;
    }

    Document document;
    DocumentParser(displayName, result.problems).parse(json.object(), document);
    if (!result.problems.isEmpty())
        return result;

    result.problems = BulletinValidator::validate(document, [&displayName](const FieldRef &ref) {
        return LoadProblem { displayName, 0, 0, BulletinValidator::jsonPath(ref), QString() };
    });
    if (result.problems.isEmpty())
        result.document = std::make_shared<const Document>(std::move(document));
    else
        result.draft = std::make_shared<const Document>(std::move(document));
    return result;
}

} // namespace Bulletin
