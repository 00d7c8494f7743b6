#!/bin/sh
# Regenerates the recipients test fixtures (committed; run by hand only when they must change).
#   recipients_cp932.csv  — a CSV as Japanese Excel saves it: CP932 (made with iconv -t CP932), CRLF line ends
#   recipients.xlsx       — a workbook with shared strings (rich text, furigana runs), inline strings, numbers,
#                           booleans, gaps, two sheets and non-default part names
set -eu
cd "$(dirname "$0")"

cat <<'EOF' | sed 's/$/\r/' | iconv -f UTF-8 -t CP932 > recipients_cp932.csv
氏名,フリガナ,会社名,部署,住所,メールアドレス,電話番号,備考
髙橋 一郎,ﾀｶﾊｼ ｲﾁﾛｳ,㈱山﨑商事,第①営業部,東京都千代田区１－２－３,ichiro@example.jp,03－1234－5678,～テスト～
山﨑 花子,ヤマザキ ハナコ,ＡＢＣ株式会社,"総務部
人事課",大阪府大阪市北区梅田１丁目,hanako@example.jp,06-9876-5432,"引用""符"",カンマ"
"Ｓｍｉｔｈ, Ｊｏｈｎ",スミス ジョン,№１ Ltd.,Ⅱ課,神奈川県横浜市∥港北区,JOHN@EXAMPLE.COM,045-000-0000,￢―㍻℡
EOF

python3 - <<'EOF'
import zipfile

def part(z, name, text):
    z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text.encode("utf-8"), zipfile.ZIP_DEFLATED)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
with zipfile.ZipFile("recipients.xlsx", "w") as z:
    part(z, "[Content_Types].xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/people.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>''')
    part(z, "_rels/.rels", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>''')
    # The first sheet in workbook order is 社員一覧, stored as people.xml behind rId7.
    part(z, "xl/workbook.xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="社員一覧" sheetId="3" r:id="rId7"/><sheet name="Notes" sheetId="1" r:id="rId2"/></sheets></workbook>''')
    part(z, "xl/_rels/workbook.xml.rels", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/notes.xml"/><Relationship Id="rId9" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId7" Type="{REL}/worksheet" Target="./worksheets/people.xml"/></Relationships>''')
    strings = [
        "<si><t>氏名</t></si>",                                                     # 0
        "<si><t>メールアドレス</t></si>",                                              # 1
        "<si><t>郵便番号</t></si>",                                                  # 2
        # rich text runs plus a furigana run that is not part of the value
        "<si><r><rPr><b/></rPr><t>髙橋</t></r><r><t xml:space=\"preserve\"> 一郎</t></r>"
        "<rPh sb=\"0\" eb=\"2\"><t>タカハシ</t></rPh><phoneticPr fontId=\"1\"/></si>",  # 3
        "<si><t>在籍</t></si>",                                                      # 4
        "<si><t>line1_x000D_\nline2</t></si>",                                      # 5
        "<si><t>=1+1</t></si>",                                                      # 6
    ]
    part(z, "xl/sharedStrings.xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(strings)}</sst>''')
    part(z, "xl/worksheets/people.xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><dimension ref="A1:E6"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c><c r="E1" t="inlineStr"><is><t>備考</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="inlineStr"><is><t>ichiro@example.jp</t></is></c><c r="C2"><v>1000001</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="s"><v>5</v></c></row>
<row r="3" spans="1:5"><c r="A3" s="1"/></row>
<row r="4"><c r="A4" t="inlineStr"><is><r><t>山﨑</t></r><r><t xml:space="preserve"> 花子</t></r></is></c><c r="C4" t="str"><f>TEXT(123,"000")</f><v>0123</v></c><c r="D4" t="b"><v>0</v></c><c r="E4" t="s"><v>6</v></c></row>
<row><c t="inlineStr"><is><t>Ｓｍｉｔｈ</t></is></c><c t="n"><v>3.5</v></c></row>
<row r="7"><c r="AA7" t="inlineStr"><is><t>far</t></is></c></row>
</sheetData></worksheet>''')
    part(z, "xl/worksheets/notes.xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>note</t></is></c></row></sheetData></worksheet>''')
EOF
