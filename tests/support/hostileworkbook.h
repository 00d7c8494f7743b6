// Workbooks made inside the tests, part by part, so that any part can be replaced by a hostile one
// (tests/support/hostilezip.h): the parts Excel writes (relationships, workbook, shared strings, one sheet).
#pragma once

#include "hostilezip.h"

namespace test {

using namespace Qt::StringLiterals;

// The parts of a workbook as Excel writes them (shared strings, styled cells), around the given sheet data
// and shared-string items.
inline QList<ZipPart> workbookParts(const QByteArray& sheetRows, const QByteArray& sharedItems)
{
    const QByteArray ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return {
        {u"_rels/.rels"_s,
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel +
             "/officeDocument\" Target=\"xl/workbook.xml\"/>"
             "</Relationships>"},
        {u"xl/workbook.xml"_s,
         "<workbook" + ns + " xmlns:r=\"" + rel +
             "\"><sheets>"
             "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" +
             rel +
             "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
             "</Relationships>"},
        {u"xl/sharedStrings.xml"_s, "<sst" + ns + ">" + sharedItems + "</sst>"},
        {u"xl/worksheets/sheet1.xml"_s,
         "<worksheet" + ns +
             R"( xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">)" +
             "<sheetData>" + sheetRows + "</sheetData></worksheet>"},
    };
}

// `rows` rows of name, e-mail and address as Excel stores them: text in the shared strings (each name and
// address once), styled cells, a number; row 1 is the header.
inline QList<ZipPart> excelStyleWorkbook(int rows)
{
    QByteArray shared = "<si><t>氏名</t></si><si><t>メールアドレス</t></si><si><t>住所</t></si>"
                        "<si><t>社員番号</t></si>";
    QByteArray sheet =
        R"(<row r="1" spans="1:4"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c>)"
        R"(<c r="C1" s="1" t="s"><v>2</v></c><c r="D1" s="1" t="s"><v>3</v></c></row>)";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i + 2);
        shared +=
            u"<si><t>髙橋 太郎%1</t></si><si><t>taro%1@example.jp</t></si><si><t>東京都千代田区丸の内１－%1</t></si>"_s
                .arg(i)
                .toUtf8();
        const QByteArray s0 = QByteArray::number(4 + 3 * i);
        sheet += "<row r=\"" + n + "\" spans=\"1:4\" x14ac:dyDescent=\"0.25\"><c r=\"A" + n +
                 "\" s=\"2\" t=\"s\"><v>" + s0 + "</v></c><c r=\"B" + n + "\" s=\"2\" t=\"s\"><v>" +
                 QByteArray::number(5 + 3 * i) + "</v></c><c r=\"C" + n + "\" s=\"2\" t=\"s\"><v>" +
                 QByteArray::number(6 + 3 * i) + "</v></c><c r=\"D" + n + "\" s=\"3\"><v>" +
                 QByteArray::number(100000 + i) + "</v></c></row>";
    }
    return workbookParts(sheet, shared);
}

// A workbook of `rows` rows whose `part` has a broken deflate stream from its first byte.
inline bool writeCorruptWorkbook(const QString& path, const QString& part, int rows = 3000)
{
    return writeZip(path, excelStyleWorkbook(rows)) && corruptEntry(path, part, 0.0, 64);
}

// A 5 MB workbook whose shared strings are 5 GiB of spaces.
inline bool writeBombWorkbook(const QString& path)
{
    QList<ZipPart> parts = excelStyleWorkbook(10);
    parts[3] = bombPart(
        u"xl/sharedStrings.xml"_s,
        spacesBomb(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)", 5120,
                   "</t></si></sst>"));
    return writeZip(path, parts);
}

} // namespace test
