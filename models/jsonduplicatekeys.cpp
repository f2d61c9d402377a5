#include "jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QVarLengthArray>
#include <cstring>

namespace Bulletin {

namespace {

// Linear search is fastest for the dozen names of a bulletin object; a hash takes over for objects with many.
constexpr qsizetype LinearSearchLimit = 32;

struct Frame
{
    bool isObject = false;
    bool expectingKey = false;
    qsizetype index = 0; // element of an array
    QByteArray key; // the name whose value is being read, in an object
    QVarLengthArray<QByteArray, 16> keys;
    QSet<QByteArray> keySet;

    // Returns false when the object already has this name.
    bool insert(const QByteArray &name)
    {
        if (keys.size() < LinearSearchLimit) {
            for (const QByteArray &known : keys) {
                if (known == name)
                    return false;
            }
            keys.append(name);
            if (keys.size() == LinearSearchLimit)
                keySet = QSet<QByteArray>(keys.cbegin(), keys.cend());
            return true;
        }
        if (keySet.contains(name))
            return false;
        keySet.insert(name);
        return true;
    }
};

// The name as JSON means it: "\u0061" and "a" are the same name.
QByteArray unescapedName(const char *quoted, qsizetype size)
{
    const QByteArray wrapped = '[' + QByteArray(quoted, size) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

QString pathOf(const QList<Frame> &stack, const QByteArray &name)
{
    QString path;
    for (qsizetype f = 0; f + 1 < stack.size(); ++f) {
        const Frame &frame = stack.at(f);
        if (frame.isObject)
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(frame.key);
        else
            path += QStringLiteral("[%1]").arg(frame.index);
    }
    return path.isEmpty() ? QString::fromUtf8(name) : path + QLatin1Char('.') + QString::fromUtf8(name);
}

} // namespace

std::optional<JsonDuplicateKeys::Duplicate> JsonDuplicateKeys::find(const QByteArray &json)
{
    QList<Frame> stack;
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case '{':
            stack.append(Frame { true, true, 0, {}, {}, {} });
            break;
        case '[':
            stack.append(Frame { false, false, 0, {}, {}, {} });
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().isObject)
                    stack.last().expectingKey = true;
                else
                    ++stack.last().index;
            }
            break;
        case '"': {
            // The closing quote is the first one after an even run of backslashes (none, or escaped ones).
            const qsizetype start = i;
            for (;;) {
                const void *quote = std::memchr(data + i + 1, '"', size_t(size - i - 1));
                if (!quote) {
                    i = size;
                    break;
                }
                i = static_cast<const char *>(quote) - data;
                qsizetype backslashes = 0;
                while (data[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            if (i >= size)
                return std::nullopt; // unterminated: not well-formed JSON, which the caller has ruled out
            if (stack.isEmpty() || !stack.last().isObject || !stack.last().expectingKey)
                break;
            Frame &frame = stack.last();
            frame.expectingKey = false;
            const bool escaped = std::memchr(data + start + 1, '\\', size_t(i - start - 1)) != nullptr;
            // Plain names are compared in place, without a copy.
            frame.key = escaped ? unescapedName(data + start, i + 1 - start)
                                : QByteArray::fromRawData(data + start + 1, i - start - 1);
            if (!frame.insert(frame.key))
                return Duplicate { start, pathOf(stack, frame.key) };
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace Bulletin
