#pragma once

#include "addresswindow.h"
#include "pagesetup.h"
#include "textlayerfix.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QPDF;

namespace bd {

// One letter of a batch: either whole HTML, or a merge template (by index into the job's templates) with the
// recipient's field values. The footer label (e.g. "山田 太郎 様") names the recipient on every page of a
// letter that runs over several pages.
struct LetterInput
{
    QString html;
    int templateIndex = -1;
    QStringList fields;
    QString footerLabel;
    QString draftMark;           // on every page until the letters are issued (draftmark.h); empty: none
    QString control{};           // the letter's control number, "B12-0042" (controlmark.h); empty: none
    QStringList addressValues{}; // find the address block for a window envelope (addresswindow.h)
    bool english = false;        // the language of the padding page's note
};

// A run of consecutive letters rendered into one PDF by Qt and repaired: the unit of work of a batch.
struct RenderedChunk
{
    QByteArray qtPdf;           // what QPdfWriter wrote; `pdf` reads from it
    std::unique_ptr<QPDF> pdf;  // the repaired document
    QList<int> pagesPerLetter;  // letter i starts on the page after letter i-1's last (padding included)
    QList<WindowFit> windowFit; // per letter
    TextLayerReport report;
    bool cancelled = false;
    QString error;

    RenderedChunk();
    RenderedChunk(RenderedChunk&&) noexcept;
    RenderedChunk& operator=(RenderedChunk&&) noexcept;
    ~RenderedChunk();
};

// Lays out letters, draws them into one QPdfWriter (each letter starting on a new page), lets Qt embed the
// font subsets once for the whole chunk, then repairs the text layer. With `padEven`, a letter with an odd
// number of pages gets a blank page after it (controlmark.h), so that in duplex printing every letter starts
// on a sheet of its own. Meant to run on a worker thread: everything it creates lives on the calling thread.
class ChunkRenderer
{
public:
    // `addressFields`: the merge fields of the address block, for a window envelope (LetterLayout).
    ChunkRenderer(const PageSetup& page, const QStringList& templates, bool padEven = false,
                  const QList<int>& addressFields = {});
    // `stop` is polled between letters; when it returns true the chunk comes back with `cancelled` set.
    RenderedChunk render(const QList<LetterInput>& letters, const std::function<bool()>& stop = {}) const;

private:
    PageSetup m_page;
    QStringList m_templates;
    bool m_padEven = false;
    QList<int> m_addressFields;
};

} // namespace bd
