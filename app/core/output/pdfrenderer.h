#pragma once

#include "pagesetup.h"
#include "pdfassembler.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace bd {

// Letters to a finished PDF with a correct text layer: for a preview, a single export, or a sample of a
// batch. Each letter starts on a new page. Any thread.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(bd::PdfRenderer)

public:
    explicit PdfRenderer(const PageSetup& page = {}, const PdfInfo& info = {});

    QByteArray render(const QString& html, QString* error = nullptr) const;
    QByteArray render(const QStringList& htmlLetters, QString* error = nullptr) const;
    // Writes through QSaveFile: the file appears complete or not at all.
    bool renderToFile(const QStringList& htmlLetters, const QString& path, QString* error = nullptr) const;

private:
    bool write(const QStringList& htmlLetters, QIODevice* out, QString* error) const;

    PageSetup m_page;
    PdfInfo m_info;
};

} // namespace bd
