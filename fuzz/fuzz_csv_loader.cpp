// libFuzzer target: any bytes given to the CSV importer.

#include "bulletinexercise.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bulletin::BulletinExercise::load(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), Bulletin::BulletinExercise::Format::Csv);
    return 0;
}
