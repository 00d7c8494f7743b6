#include "lettermanifest.h"

#include "controlmark.h"
#include "csvwriter.h"

namespace bd {

QStringList LetterManifestCsv::header()
{
    return {QStringLiteral("sequence"),      QStringLiteral("recipient_id"),
            QStringLiteral("pages"),         QStringLiteral("first_page"),
            QStringLiteral("last_page"),     QStringLiteral("control_numbers"),
            QStringLiteral("address_window")};
}

LetterManifestCsv::LetterManifestCsv(QIODevice* device)
    : m_csv(std::make_unique<CsvWriter>(device, TextEncoding::Utf8))
{
}

LetterManifestCsv::~LetterManifestCsv() = default;

bool LetterManifestCsv::add(const LetterManifestRow& row)
{
    if (!m_started) {
        m_started = true;
        if (!m_csv->writeRow(header()))
            return false;
    }
    QStringList controls;
    for (int page = 1; !row.control.isEmpty() && page <= row.pages; ++page)
        controls.append(ControlMark::pageControl(row.control, page, row.pages));
    const bool merged = row.firstPage > 0;
    return m_csv->writeRow({QString::number(row.sequence),
                            row.recipientId > 0 ? QString::number(row.recipientId) : QString(),
                            QString::number(row.pages), merged ? QString::number(row.firstPage) : QString(),
                            merged ? QString::number(row.firstPage + row.pages - 1) : QString(),
                            controls.join(QStringLiteral("; ")), windowFitKey(row.window)});
}

bool LetterManifestCsv::flush()
{
    return m_csv->flush();
}

QString LetterManifestCsv::errorString() const
{
    return m_csv->errorString();
}

} // namespace bd
