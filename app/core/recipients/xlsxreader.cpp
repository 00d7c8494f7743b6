#include "xlsxreader.h"

#include "ooxmltext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

constexpr int kMaxColumns = 16384; // XFD
constexpr qint64 kMaxPartSize = 256 * 1024 * 1024;

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
// runs <r>; phonetic runs <rPh> (furigana) and their properties are not part of the value.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString endName = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr" || xml.name() == u"rPr")
                xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == endName) {
            break;
        }
    }
    return unescapeOoxmlText(text);
}

} // namespace

struct XlsxReader::Private
{
    QString path;
    QuaZip zip;
    QList<Sheet> sheets;
    QStringList sharedStrings;
    int current = -1;
    std::unique_ptr<QuaZipFile> sheetFile;
    QXmlStreamReader xml;
    qint64 sheetSize = 0;
    int lastRow = 0;
    int width = -1; // cells in the first record read
    bool done = false;
    QString error;

    explicit Private(const QString& p) : path(p), zip(p) {}

    void fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
        done = true;
    }

    bool readPart(const QString& part, QByteArray* bytes, bool required);
    QList<Relationship> readRelationships(const QString& part);
    bool readWorkbook();
    bool readSharedStrings(const QString& part);
    bool startSheet(int index);
    bool readRow(SourceRecord* record);
    QString cellValue(const QString& type, SourceRecord* record, int column, int row);
};

bool XlsxReader::Private::readPart(const QString& part, QByteArray* bytes, bool required)
{
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive)) {
        if (required)
            fail(QCoreApplication::translate("bd::Recipients", "The workbook has no part %1.").arg(part));
        return false;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly) || file.usize() > kMaxPartSize) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook part %1 could not be read.")
                 .arg(part));
        return false;
    }
    *bytes = file.readAll();
    file.close();
    if (file.getZipError() != 0) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook part %1 is damaged.").arg(part));
        return false;
    }
    return true;
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
    if (!readPart(workbookPart, &bytes, true))
        return false;

    const QList<Relationship> rels = readRelationships(relsPathFor(workbookPart));
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
        fail(QCoreApplication::translate("bd::Recipients", "The workbook is damaged: %1")
                 .arg(x.errorString()));
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
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive))
        return true; // a workbook without text has none
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook part %1 could not be read.")
                 .arg(part));
        return false;
    }
    QXmlStreamReader x(&file);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"si")
            sharedStrings.append(readStringItem(x));
    }
    if (x.hasError()) {
        fail(QCoreApplication::translate("bd::Recipients",
                                         "The shared strings of the workbook are damaged: %1")
                 .arg(x.errorString()));
        return false;
    }
    return true;
}

bool XlsxReader::Private::startSheet(int index)
{
    xml.clear();
    sheetFile.reset();
    current = index;
    lastRow = 0;
    width = -1;
    done = false;
    error.clear();
    if (!zip.setCurrentFile(sheets[index].part, QuaZip::csInsensitive)) {
        fail(QCoreApplication::translate("bd::Recipients", "The workbook has no part %1.")
                 .arg(sheets[index].part));
        return false;
    }
    sheetFile = std::make_unique<QuaZipFile>(&zip);
    if (!sheetFile->open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("bd::Recipients", "The sheet %1 could not be read.")
                 .arg(sheets[index].name));
        return false;
    }
    sheetSize = sheetFile->usize();
    xml.setDevice(sheetFile.get());
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
                haveValue = true;
            } else if (xml.name() == u"is") {
                value = readStringItem(xml);
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
        if (ok && i >= 0 && i < sharedStrings.size())
            return sharedStrings.at(i);
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
    while (!xml.atEnd()) {
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
        while (!xml.atEnd()) {
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
        if (!anyValue)
            continue;
        if (width < 0)
            width = int(record->cells.size());
        while (record->cells.size() < width)
            record->cells.append(QString());
        return true;
    }
    if (xml.hasError()) {
        fail(QCoreApplication::translate("bd::Recipients", "The sheet is damaged after row %1: %2")
                 .arg(lastRow)
                 .arg(xml.errorString()));
    }
    done = true;
    return false;
}

XlsxReader::XlsxReader(const QString& path) : d(std::make_unique<Private>(path)) {}

XlsxReader::~XlsxReader()
{
    d->xml.clear();
    d->sheetFile.reset();
    if (d->zip.isOpen())
        d->zip.close();
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
    if (d->done || !d->sheetFile)
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
    if (!d->sheetFile || d->sheetSize <= 0)
        return 0.0;
    return qBound(0.0, double(d->sheetFile->pos()) / double(d->sheetSize), 1.0);
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
