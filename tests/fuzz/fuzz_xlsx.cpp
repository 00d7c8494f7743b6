// XLSX import (app/core/recipients/xlsxreader.cpp) from memory: the workbook opened, every sheet (up to four)
// read to its end. The reader's caps bound the work of any input.
#include "fuzzsupport.h"

#include "xlsxreader.h"

using namespace bd;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(fuzz::bytes(data, size));
    XlsxReader reader(&buffer);
    if (!reader.open())
        return 0;
    const int sheets = int(qMin<qsizetype>(reader.sheetNames().size(), 4));
    for (int sheet = 0; sheet < sheets; ++sheet) {
        if (sheet > 0 && !reader.selectSheet(sheet))
            continue;
        SourceRecord record;
        while (reader.readNext(&record))
            (void)reader.progress();
        (void)reader.errorString();
    }
    return 0;
}
