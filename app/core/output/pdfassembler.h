#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;
class QPDF;

namespace bd {

struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator = QStringLiteral("BreachDesk");
    QString language = QStringLiteral("ja"); // /Lang of the catalog: the document's main language
    // /CreationDate; null: now. The letters give their own date, so that the same letters made again are
    // the same bytes (the file's /ID is a hash of its contents, never random).
    QDateTime creationDate;
    // Further keys of the document information dictionary (ISO 32000-1 14.3.3 allows any), by name without
    // the slash: e.g. the recipient a single letter is for (batchrunner.h).
    QList<std::pair<QByteArray, QString>> custom;
};

// Writes one PDF out of pages of other PDFs (held by libqpdf), streaming: each appendPages() writes its pages
// and everything they reference at once, and only the cross-reference offsets stay in memory — so a merged
// PDF of 100,000 letters needs no more memory than one of 100. Objects shared by the pages of one call
// (fonts) are written once per call. qpdf parses and serialises the objects; this class only numbers them and
// writes the file's frame (header, page tree, catalog, info, cross-reference table, trailer).
class PdfAssembler
{
public:
    explicit PdfAssembler(QIODevice* out, const PdfInfo& info = {});
    ~PdfAssembler();
    PdfAssembler(const PdfAssembler&) = delete;
    PdfAssembler& operator=(const PdfAssembler&) = delete;

    // Pages [first, first + count) of `source`. False on a write or parse error (see errorString()).
    bool appendPages(QPDF& source, int first, int count);
    // Writes the page tree and the trailer; the device is left open.
    bool finish();

    int pageCount() const;
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bd
