#include "chineseconverter.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <opencc.h>

namespace Bulletin {

namespace {

class Handle
{
public:
    Handle()
        : m_handle(opencc_open("t2s.json"))
    { }
    ~Handle()
    {
        if (isOpen())
            opencc_close(m_handle);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    bool isOpen() const { return m_handle != reinterpret_cast<opencc_t>(-1) && m_handle != nullptr; }
    opencc_t get() const { return m_handle; }
    QMutex &mutex() { return m_mutex; }

private:
    opencc_t m_handle;
    QMutex m_mutex;
};

Handle &handle()
{
    static Handle instance;
    return instance;
}

} // namespace

bool ChineseConverter::isAvailable()
{
    return handle().isOpen();
}

QString ChineseConverter::toSimplified(const QString &text, bool *ok)
{
    Handle &converter = handle();
    if (ok)
        *ok = converter.isOpen();
    if (!converter.isOpen() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = nullptr;
    {
        // OpenCC does not promise that one converter may serve two threads at once.
        const QMutexLocker locker(&converter.mutex());
        converted = opencc_convert_utf8(converter.get(), utf8.constData(), size_t(utf8.size()));
    }
    if (converted == nullptr || converted == reinterpret_cast<char *>(-1)) {
        if (ok)
            *ok = false;
        return text;
    }
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

} // namespace Bulletin
