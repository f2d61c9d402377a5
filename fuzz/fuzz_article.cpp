// libFuzzer target: any bytes as an article (plain text, a web page or a .docx, as the reader tells them apart): no
// crash, no hang, and every draft passes validation and loads back (articleexercise.h).

#include "articleexercise.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bulletin::ArticleExercise::import(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
