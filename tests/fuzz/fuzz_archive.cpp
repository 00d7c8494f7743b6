// `verify-archive` (app/core/safezip/manifestarchive.cpp, behind FilingArchive::verify) on a zip from memory.
#include "fuzzsupport.h"

#include "manifestarchive.h"

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
    const ArchiveVerification v =
        verifyManifestArchive(&buffer, QStringLiteral("fuzz.zip"),
                              {QStringLiteral("manifest.json"), QStringLiteral("breachdesk-archive")});
    if (v.ok != v.problems.isEmpty())
        std::abort();
    return 0;
}
