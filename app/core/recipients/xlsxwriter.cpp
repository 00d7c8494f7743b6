#include "xlsxwriter.h"

#include "formulaguard.h"
#include "ooxmltext.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

const QString kMainNs = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s;
const QString kRelNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
const QString kPackageRelNs = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
    R"(Target="xl/workbook.xml"/></Relationships>)";

constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
    R"(Target="styles.xml"/>)"
    R"(</Relationships>)";

// Style 0: Normal. Style 1: number format 49 ("@", Text), used by every cell.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

} // namespace

struct XlsxWriter::Private
{
    QuaZip zip;
    std::unique_ptr<QuaZipFile> sheet;
    QXmlStreamWriter xml;
    QString sheetName = u"Sheet1"_s;
    bool neutralise = true;
    bool opened = false;
    bool closed = false;
    int row = 0;
    QString error;

    explicit Private(const QString& path) : zip(path) {}
    explicit Private(QIODevice* device) : zip(device) {}

    void fail(const QString& what)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("bd::Recipients", "The workbook could not be written: %1")
                        .arg(what);
    }

    bool writePart(const QString& name, const QByteArray& bytes)
    {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size()) {
            fail(name);
            return false;
        }
        file.close();
        if (file.getZipError() != 0) {
            fail(name);
            return false;
        }
        return true;
    }

    QByteArray workbook() const
    {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.writeStartDocument(u"1.0"_s, true);
        w.writeDefaultNamespace(kMainNs);
        w.writeNamespace(kRelNs, u"r"_s);
        w.writeStartElement(kMainNs, u"workbook"_s);
        w.writeStartElement(kMainNs, u"sheets"_s);
        w.writeStartElement(kMainNs, u"sheet"_s);
        w.writeAttribute(u"name"_s, sheetName);
        w.writeAttribute(u"sheetId"_s, u"1"_s);
        w.writeAttribute(kRelNs, u"id"_s, u"rId1"_s);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        return out;
    }
};

XlsxWriter::XlsxWriter(const QString& path) : d(std::make_unique<Private>(path)) {}

XlsxWriter::XlsxWriter(QIODevice* device) : d(std::make_unique<Private>(device)) {}

XlsxWriter::~XlsxWriter()
{
    if (d->opened && !d->closed)
        close();
}

void XlsxWriter::setSheetName(const QString& name)
{
    d->sheetName = sanitiseSheetName(name);
}

void XlsxWriter::setNeutraliseFormulas(bool on)
{
    d->neutralise = on;
}

bool XlsxWriter::open()
{
    if (!d->zip.open(QuaZip::mdCreate)) {
        d->fail(QCoreApplication::translate("bd::Recipients", "cannot create the file"));
        return false;
    }
    d->opened = true;
    if (!d->writePart(u"[Content_Types].xml"_s, kContentTypes) ||
        !d->writePart(u"_rels/.rels"_s, kPackageRels) || !d->writePart(u"xl/workbook.xml"_s, d->workbook()) ||
        !d->writePart(u"xl/_rels/workbook.xml.rels"_s, kWorkbookRels) ||
        !d->writePart(u"xl/styles.xml"_s, kStyles))
        return false;

    d->sheet = std::make_unique<QuaZipFile>(&d->zip);
    if (!d->sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet1.xml"_s))) {
        d->fail(u"xl/worksheets/sheet1.xml"_s);
        return false;
    }
    QXmlStreamWriter& w = d->xml;
    w.setDevice(d->sheet.get());
    w.writeStartDocument(u"1.0"_s, true);
    w.writeDefaultNamespace(kMainNs);
    w.writeNamespace(kRelNs, u"r"_s);
    w.writeStartElement(kMainNs, u"worksheet"_s);
    w.writeStartElement(kMainNs, u"sheetData"_s);
    return !w.hasError();
}

bool XlsxWriter::writeRow(const QStringList& cells)
{
    if (!d->sheet || d->closed || !d->error.isEmpty())
        return false;
    ++d->row;
    const QString rowNumber = QString::number(d->row);
    QXmlStreamWriter& w = d->xml;
    w.writeStartElement(kMainNs, u"row"_s);
    w.writeAttribute(u"r"_s, rowNumber);
    for (int column = 0; column < cells.size(); ++column) {
        if (cells[column].isEmpty())
            continue;
        const QString text = d->neutralise ? neutraliseFormula(cells[column]) : cells[column];
        w.writeStartElement(kMainNs, u"c"_s);
        w.writeAttribute(u"r"_s, columnLetters(column) + rowNumber);
        w.writeAttribute(u"s"_s, u"1"_s);
        w.writeAttribute(u"t"_s, u"inlineStr"_s);
        w.writeStartElement(kMainNs, u"is"_s);
        w.writeStartElement(kMainNs, u"t"_s);
        if (text.front().isSpace() || text.back().isSpace() || text.contains(u'\n'))
            w.writeAttribute(u"xml:space"_s, u"preserve"_s);
        w.writeCharacters(escapeOoxmlText(text));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    if (w.hasError()) {
        d->fail(u"xl/worksheets/sheet1.xml"_s);
        return false;
    }
    return true;
}

bool XlsxWriter::close()
{
    if (d->closed)
        return d->error.isEmpty();
    d->closed = true;
    if (d->sheet) {
        d->xml.writeEndElement(); // sheetData
        d->xml.writeEndElement(); // worksheet
        d->xml.writeEndDocument();
        if (d->xml.hasError())
            d->fail(u"xl/worksheets/sheet1.xml"_s);
        d->sheet->close();
        if (d->sheet->getZipError() != 0)
            d->fail(u"xl/worksheets/sheet1.xml"_s);
        d->sheet.reset();
    }
    if (d->zip.isOpen()) {
        d->zip.close();
        if (d->zip.getZipError() != 0)
            d->fail(QCoreApplication::translate("bd::Recipients", "cannot finish the file"));
    }
    return d->error.isEmpty();
}

QString XlsxWriter::errorString() const
{
    return d->error;
}

QString XlsxWriter::sanitiseSheetName(const QString& name)
{
    QString out;
    for (QChar c : name) {
        const bool forbidden = c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' ||
                               c == u'\\' || c.unicode() < 0x20;
        out.append(forbidden ? QChar(u'_') : c);
    }
    while (out.startsWith(u'\''))
        out.remove(0, 1);
    while (out.endsWith(u'\''))
        out.chop(1);
    out = out.left(31).trimmed();
    return out.isEmpty() ? u"Sheet1"_s : out;
}

QString XlsxWriter::columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace bd
