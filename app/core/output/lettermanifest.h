// The batch manifest for checking the enveloping of printed letters (mail-merge safety): one CSV row per
// letter, in print order, with its sequence, the id of the recipient it is for, its pages, where it lies in
// the merged PDF, the control number of every page (controlmark.h) and whether its address block sits in the
// envelope window (addresswindow.h). It names no person: the recipient's row id is what ties a letter to its
// recipient. UTF-8 with a byte-order mark, CRLF, cells guarded against formula injection (csvwriter.h).
#pragma once

#include "addresswindow.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace bd {

class CsvWriter;

struct LetterManifestRow
{
    qsizetype sequence = 0; // 1-based
    qint64 recipientId = 0; // 0: unknown
    int pages = 0;          // as printed, padding included
    int firstPage = 0;      // in the merged PDF, 1-based; 0: no merged PDF
    QString control;        // "B12-0042"; empty: none
    WindowFit window = WindowFit::None;
};

class LetterManifestCsv
{
public:
    static inline constexpr auto FileName = "manifest.csv"; // in a folder of one PDF per letter
    static QStringList header(); // sequence, recipient_id, pages, first_page, last_page, control_numbers,
                                 // address_window

    explicit LetterManifestCsv(QIODevice* device); // opened for writing by the caller
    ~LetterManifestCsv();
    LetterManifestCsv(const LetterManifestCsv&) = delete;
    LetterManifestCsv& operator=(const LetterManifestCsv&) = delete;

    bool add(const LetterManifestRow& row); // writes the header first
    bool flush();
    QString errorString() const;

private:
    std::unique_ptr<CsvWriter> m_csv;
    bool m_started = false;
};

} // namespace bd
