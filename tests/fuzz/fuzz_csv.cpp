// CSV import as the import dialog and `import-recipients` read it (app/core/recipients/sourcefile.cpp):
// encoding detected, delimiter guessed, every record read and planned with the guessed mapping; then once
// more as CP932, whose decoder differs most from the others.
#include "fuzzsupport.h"

#include "columnmapping.h"
#include "csvreader.h"
#include "importplan.h"
#include "textencoding.h"

using namespace bd;

namespace {

void readAs(QBuffer& buffer, TextEncoding encoding)
{
    buffer.seek(0);
    TextDecoder decoder(encoding);
    const QChar delimiter = CsvReader::guessDelimiter(decoder.decode(buffer.peek(16 * 1024)));
    CsvReader reader(&buffer, encoding, delimiter);
    reader.setChunkSize(4096); // records across chunk boundaries, even in small inputs
    SourceRecord header;
    if (!reader.readNext(&header))
        return;
    ImportOptions options;
    options.requireAddress = true;
    ImportPlanner planner(header, ColumnMapping::guess(header.cells), options);
    SourceRecord record;
    while (reader.readNext(&record))
        planner.add(record);
    if (!reader.errorString().isEmpty())
        planner.setFatalError(reader.errorString());
    const ImportPlan plan = planner.takePlan();
    (void)plan.summary();
    (void)reader.progress();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(fuzz::bytes(data, size));
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    const EncodingDetection detected = detectTextEncoding(&buffer);
    readAs(buffer, detected.encoding);
    if (detected.encoding != TextEncoding::Cp932)
        readAs(buffer, TextEncoding::Cp932);
    return 0;
}
