#include "xlsxreader.h"

#include "boundedzip.h"
#include "ooxmltext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip.h>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

constexpr int kMaxColumns = 16384; // XFD

// Caps for a workbook from outside. Parts are streamed, so only the shared strings (held for the whole
// read) and the longest text cost memory; the rest bounds time. Measured on workbooks written by
// app/core/recipients/xlsxwriter.cpp and on Excel-style sheets (tests/recipients/tst_xlsxreader.cpp,
// realWorkbookWithinTheCaps): sheet XML compresses 10–13 times, shared strings about 17 times; a part of
// spaces compresses about 1,000 times.
// - 100 times, past the first MiB of a part: Apache POI's default zip-bomb ratio (ZipSecureFile, minimum
//   inflate ratio 0.01).
// - 1 GiB of sheet XML: some two million rows of ten short cells, twice Excel's 1,048,576 rows.
// - 128 MiB of shared strings: the unique texts of about 500,000 rows of six text columns, at most twice
//   that in memory (UTF-16).
// - 16 MiB for the other parts read (workbook, relationships).
// - 1 MiB without markup: Excel keeps at most 32,767 characters in a cell (Excel's specifications and
//   limits), about 230 KB of XML even when every character is escaped as _xHHHH_.
// - 2 GiB for all the parts read from one workbook, and no more than 100 times the file's size (past the
// first
//   MiB): the ratio again, for many small parts that are each under the first MiB.
constexpr qint64 kMaxSheetSize = qint64(1) << 30;
constexpr qint64 kMaxSharedStringsSize = qint64(128) << 20;
constexpr qint64 kMaxOtherPartSize = qint64(16) << 20;
constexpr qint64 kMaxTotalSize = qint64(2) << 30;
constexpr int kMaxRatio = 100;
constexpr qint64 kRatioGrace = qint64(1) << 20;
constexpr qint64 kMaxMarkupFreeRun = qint64(1) << 20;
// One cell's text: 32 times Excel's limit, for whatever other writers do.
constexpr qsizetype kMaxCellText = 1024 * 1024;
// Cells handed out after padding each row to the header's width: 1,048,576 rows of 100 columns. Without
// it, a header with a cell at XFD and millions of one-cell rows would keep the reader busy for hours.
constexpr qint64 kMaxCells = qint64(100) * 1048576;

ZipLimits partLimits(qint64 maxSize, qint64 zipFileSize)
{
    ZipLimits limits;
    limits.zipFileSize = zipFileSize; // all parts together: the same ratio to the whole file
    limits.maxEntrySize = maxSize;
    limits.maxTotalSize = kMaxTotalSize;
    limits.maxRatio = kMaxRatio;
    limits.ratioGrace = kRatioGrace;
    limits.maxMarkupFreeRun = kMaxMarkupFreeRun;
    return limits;
}

struct Sheet
{
    QString name;
    QString part; // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// Resolves a relationship target against the folder of the part that holds the relationship.
QString resolvePart(const QString& baseDirectory, const QString& target)
{
    QStringList segments;
    const QString full = target.startsWith(u'/') ? target.mid(1) : baseDirectory + target;
    for (const QString& s : full.split(u'/', Qt::SkipEmptyParts)) {
        if (s == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (s != u".") {
            segments.append(s);
        }
    }
    return segments.join(u'/');
}

QString relsPathFor(const QString& part)
{
    const QString dir = directoryOf(part);
    return dir + u"_rels/"_s + part.mid(dir.size()) + u".rels"_s;
}

// Reads the text of an <si> or <is> element (the reader is on its start): plain <t>, or the <t> of rich-text
// runs <r>; phonetic runs <rPh> (furigana) and their properties are not part of the value. False when the
// text is longer than kMaxCellText (it is then cut there).
bool readStringItem(QXmlStreamReader& xml, QString* out)
{
    QString text;
    bool fits = true;
    const QString endName = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.size() > kMaxCellText) {
                    text.truncate(kMaxCellText);
                    fits = false;
                }
            } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr" || xml.name() == u"rPr") {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == endName) {
            break;
        }
    }
    *out = unescapeOoxmlText(text);
    return fits;
}

QString cellTooLong(const QString& part)
{
    return QCoreApplication::translate("bd::Recipients",
                                       "%1 has a cell text longer than %2 characters (Excel allows 32,767): "
                                       "refused.")
        .arg(part, QLocale().toString(kMaxCellText));
}

QString xmlDamaged(const QString& part, const QXmlStreamReader& xml)
{
    return QCoreApplication::translate("bd::Recipients", "%1 is damaged (line %2: %3).")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace

struct XlsxReader::Private
{
    QuaZip zip;
    QList<Sheet> sheets;
    // The shared strings one after the other in one string, and where each ends: a few bytes per string
    // instead of a QString each.
    QString sharedText;
    QList<qsizetype> sharedEnds;
    int current = -1;
    std::unique_ptr<ZipEntryDevice> sheetDevice;
    QXmlStreamReader xml;
    ZipBudget budget;
    qint64 budgetBeforeSheet = 0;
    qint64 cells = 0;
    int lastRow = 0;
    int width = -1; // cells in the first record read
    bool done = false;
    QString error;
    std::function<bool()> cancelled;

    qint64 zipFileSize = 0;

    explicit Private(const QString& path) : zip(path), zipFileSize(QFileInfo(path).size()) {}
    explicit Private(QIODevice* device) : zip(device), zipFileSize(device->size()) {}

    void fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
        done = true;
    }

    bool findPart(const QString& part);
    std::unique_ptr<ZipEntryDevice> openPart(const QString& part, qint64 maxSize);
    bool readPart(const QString& part, QByteArray* bytes, bool required);
    QString sharedString(qsizetype i) const;
    QList<Relationship> readRelationships(const QString& part);
    bool readWorkbook();
    bool readSharedStrings(const QString& part);
    bool startSheet(int index);
    bool readRow(SourceRecord* record);
    QString cellValue(const QString& type, SourceRecord* record, int column, int row);
};

bool XlsxReader::Private::findPart(const QString& part)
{
    return zip.setCurrentFile(part, QuaZip::csInsensitive);
}

// The current entry (found by findPart) opened as a bounded stream; null (with the reason) when refused.
std::unique_ptr<ZipEntryDevice> XlsxReader::Private::openPart(const QString& part, qint64 maxSize)
{
    auto device = std::make_unique<ZipEntryDevice>(zip, partLimits(maxSize, zipFileSize), &budget);
    device->setCancelCheck(cancelled);
    if (!device->open(QIODevice::ReadOnly)) {
        fail(device->errorString().isEmpty()
                 ? QCoreApplication::translate("bd::Recipients", "The workbook part %1 could not be read.")
                       .arg(part)
                 : device->errorString());
        return nullptr;
    }
    return device;
}

bool XlsxReader::Private::readPart(const QString& part, QByteArray* bytes, bool required)
{
    if (!findPart(part)) {
        if (required)
            fail(QCoreApplication::translate("bd::Recipients", "The workbook has no part %1.").arg(part));
        return false;
    }
    const auto device = openPart(part, kMaxOtherPartSize);
    if (!device)
        return false;
    *bytes = device->readAll();
    if (!device->finished()) {
        fail(device->errorString());
        return false;
    }
    return true;
}

QString XlsxReader::Private::sharedString(qsizetype i) const
{
    const qsizetype start = i == 0 ? 0 : sharedEnds.at(i - 1);
    return sharedText.mid(start, sharedEnds.at(i) - start);
}

QList<Relationship> XlsxReader::Private::readRelationships(const QString& part)
{
    QList<Relationship> rels;
    QByteArray bytes;
    if (!readPart(part, &bytes, false))
        return rels;
    QXmlStreamReader x(bytes);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship") {
            const auto a = x.attributes();
            if (a.value(QLatin1String("TargetMode")) != u"External")
                rels.append(Relationship{a.value(QLatin1String("Id")).toString(),
                                         a.value(QLatin1String("Type")).toString(),
                                         a.value(QLatin1String("Target")).toString()});
        }
    }
    return rels;
}

bool XlsxReader::Private::readWorkbook()
{
    QString workbookPart = u"xl/workbook.xml"_s;
    for (const Relationship& r : readRelationships(u"_rels/.rels"_s)) {
        if (r.type.endsWith(u"/officeDocument")) {
            workbookPart = resolvePart(QString(), r.target);
            break;
        }
    }
    QByteArray bytes;
    if (!error.isEmpty() || !readPart(workbookPart, &bytes, true))
        return false;

    const QList<Relationship> rels = readRelationships(relsPathFor(workbookPart));
    if (!error.isEmpty())
        return false;
    const QString base = directoryOf(workbookPart);
    QString sharedStringsPart;
    for (const Relationship& r : rels) {
        if (r.type.endsWith(u"/sharedStrings"))
            sharedStringsPart = resolvePart(base, r.target);
    }

    QXmlStreamReader x(bytes);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement || x.name() != u"sheet")
            continue;
        Sheet sheet;
        QString relId;
        for (const QXmlStreamAttribute& a : x.attributes()) {
            if (a.name() == u"name" && a.namespaceUri().isEmpty())
                sheet.name = a.value().toString();
            else if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                relId = a.value().toString();
        }
        for (const Relationship& r : rels) {
            if (r.id == relId)
                sheet.part = resolvePart(base, r.target);
        }
        if (!sheet.part.isEmpty())
            sheets.append(sheet);
    }
    if (x.hasError()) {
        fail(xmlDamaged(workbookPart, x));
        return false;
    }
    if (sheets.isEmpty()) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook has no worksheet."));
        return false;
    }
    if (sharedStringsPart.isEmpty())
        sharedStringsPart = base + u"sharedStrings.xml"_s;
    return readSharedStrings(sharedStringsPart);
}

bool XlsxReader::Private::readSharedStrings(const QString& part)
{
    if (!findPart(part))
        return true; // a workbook without text has none
    const auto device = openPart(part, kMaxSharedStringsSize);
    if (!device)
        return false;
    QXmlStreamReader x(device.get());
    QString item;
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"si") {
            if (!readStringItem(x, &item)) {
                fail(cellTooLong(part));
                return false;
            }
            sharedText += item;
            sharedEnds.append(sharedText.size());
        }
    }
    // The device's reason first: a zip or zlib error ends the XML too, as a premature end.
    if (device->failure() != ZipFailure::None) {
        fail(device->errorString());
        return false;
    }
    if (x.hasError()) {
        fail(xmlDamaged(part, x));
        return false;
    }
    sharedText.squeeze();
    sharedEnds.squeeze();
    return true;
}

bool XlsxReader::Private::startSheet(int index)
{
    xml.clear();
    sheetDevice.reset();
    current = index;
    lastRow = 0;
    width = -1;
    cells = 0;
    done = false;
    error.clear();
    budget.used = budgetBeforeSheet; // a sheet read again counts once
    if (!findPart(sheets[index].part)) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook has no part %1.")
                 .arg(sheets[index].part));
        return false;
    }
    sheetDevice = openPart(sheets[index].part, kMaxSheetSize);
    if (!sheetDevice)
        return false;
    xml.setDevice(sheetDevice.get());
    return true;
}

QString XlsxReader::Private::cellValue(const QString& type, SourceRecord* record, int column, int row)
{
    // The reader is on the start of <c>; reads to its end.
    QString value;
    bool haveValue = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"v") {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (value.size() > kMaxCellText)
                    fail(cellTooLong(sheets[current].part));
                haveValue = true;
            } else if (xml.name() == u"is") {
                if (!readStringItem(xml, &value))
                    fail(cellTooLong(sheets[current].part));
                haveValue = true;
            } else {
                xml.skipCurrentElement(); // <f> formulas, <extLst>
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
            break;
        }
    }
    if (!haveValue)
        return {};
    if (type == u"s") {
        bool ok = false;
        const qsizetype i = value.trimmed().toLongLong(&ok);
        if (ok && i >= 0 && i < sharedEnds.size())
            return sharedString(i);
        ImportProblem p;
        p.row = row;
        p.column = column;
        p.kind = ProblemKind::Unreadable;
        p.message =
            QCoreApplication::translate("bd::Recipients", "The cell refers to a missing shared string.");
        record->problems.append(p);
        return {};
    }
    if (type == u"b")
        return value.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"str")
        return unescapeOoxmlText(value); // the cached text result of a formula
    return value; // numbers, dates (ISO text in t="d"), errors such as #N/A: as written
}

// Reads <row> elements until one has a non-empty cell. False at the end of the sheet data.
bool XlsxReader::Private::readRow(SourceRecord* record)
{
    while (!done && !xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != u"row")
            continue;
        bool ok = false;
        const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        const int row = ok && r > lastRow ? r : lastRow + 1;
        lastRow = row;

        record->row = row;
        record->cells.clear();
        record->problems.clear();
        int nextColumn = 0;
        bool anyValue = false;
        while (!done && !xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"row")
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const auto attributes = xml.attributes();
            const QString reference = attributes.value(QLatin1String("r")).toString();
            const QString type = attributes.value(QLatin1String("t")).toString();
            int column = nextColumn;
            if (!reference.isEmpty()) {
                qsizetype letters = 0;
                while (letters < reference.size() && reference[letters].isLetter())
                    ++letters;
                const int c = XlsxReader::columnIndex(QStringView(reference).left(letters));
                if (c >= 0)
                    column = c;
            }
            const QString value = cellValue(type, record, column, row);
            nextColumn = column + 1;
            if (column >= kMaxColumns)
                continue;
            if (record->cells.size() <= column) {
                if (value.isEmpty())
                    continue;
                while (record->cells.size() < column)
                    record->cells.append(QString());
                record->cells.append(value);
            } else {
                record->cells[column] = value;
            }
            anyValue = anyValue || !value.isEmpty();
        }
        if (done)
            break;
        if (!anyValue)
            continue;
        if (width < 0)
            width = int(record->cells.size());
        while (record->cells.size() < width)
            record->cells.append(QString());
        cells += record->cells.size();
        if (cells > kMaxCells) {
            fail(QCoreApplication::translate("bd::Recipients",
                                             "%1 has more than %2 cells (rows × columns): refused.")
                     .arg(sheets[current].part, QLocale().toString(kMaxCells)));
            break;
        }
        return true;
    }
    // The device's reason first: a zip or zlib error ends the XML too, as a premature end.
    if (sheetDevice->failure() != ZipFailure::None) {
        fail(sheetDevice->errorString());
    } else if (xml.hasError()) {
        fail(QCoreApplication::translate("bd::Recipients", "%1 is damaged after row %2 (line %3: %4).")
                 .arg(sheets[current].part)
                 .arg(lastRow)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString()));
    }
    done = true;
    return false;
}

XlsxReader::XlsxReader(const QString& path) : d(std::make_unique<Private>(path)) {}

XlsxReader::XlsxReader(QIODevice* device) : d(std::make_unique<Private>(device)) {}

XlsxReader::~XlsxReader()
{
    d->xml.clear();
    d->sheetDevice.reset();
    if (d->zip.isOpen())
        d->zip.close();
}

void XlsxReader::setCancelCheck(std::function<bool()> cancelled)
{
    d->cancelled = std::move(cancelled);
}

bool XlsxReader::open()
{
    if (!d->zip.open(QuaZip::mdUnzip)) {
        d->fail(
            QCoreApplication::translate("bd::Recipients", "The file is not an .xlsx workbook (not a zip)."));
        return false;
    }
    if (!d->readWorkbook())
        return false;
    d->budgetBeforeSheet = d->budget.used;
    return d->startSheet(0);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& s : d->sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= d->sheets.size()) {
        d->error = QCoreApplication::translate("bd::Recipients", "The workbook has no sheet number %1.")
                       .arg(index + 1);
        return false;
    }
    return d->startSheet(index);
}

bool XlsxReader::selectSheet(const QString& name)
{
    for (int i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name == name)
            return d->startSheet(i);
    }
    for (int i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return d->startSheet(i);
    }
    d->error = QCoreApplication::translate("bd::Recipients", "The workbook has no sheet named %1.").arg(name);
    return false;
}

int XlsxReader::currentSheet() const
{
    return d->current;
}

bool XlsxReader::readNext(SourceRecord* record)
{
    if (d->done || !d->sheetDevice)
        return false;
    return d->readRow(record);
}

QString XlsxReader::errorString() const
{
    return d->error;
}

double XlsxReader::progress() const
{
    if (d->done)
        return 1.0;
    if (!d->sheetDevice || d->sheetDevice->header().uncompressedSize <= 0)
        return 0.0;
    return qBound(0.0, double(d->sheetDevice->expanded()) / double(d->sheetDevice->header().uncompressedSize),
                  1.0);
}

int XlsxReader::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        index = index * 26 + (u - u'A' + 1);
    }
    return index <= kMaxColumns ? index - 1 : -1;
}

} // namespace bd
