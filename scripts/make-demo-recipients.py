#!/usr/bin/env python3
"""Writes the demo incident's fictional recipient lists to resources/demo/recipients/*.csv.

Everyone in these files is invented: names are drawn from common surname and given-name lists, addresses use
made-up towns, e-mail addresses use the reserved example.com domain and phone numbers the 0120-000-xxx range.
A fixed seed keeps the files stable. Run from the repository root: python3 scripts/make-demo-recipients.py
"""
import csv
import random

random.seed(20240829)
surnames = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("髙橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
            ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
            ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山﨑", "ヤマザキ"), ("松本", "マツモト"),
            ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
            ("西田", "ニシダ"), ("長谷川", "ハセガワ"), ("一ノ瀬", "イチノセ"), ("月岡", "ツキオカ")]
given = [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"), ("健太", "ケンタ"),
         ("陽菜", "ヒナ"), ("翔", "ショウ"), ("結衣", "ユイ"), ("大輔", "ダイスケ"), ("さくら", "サクラ"),
         ("直樹", "ナオキ"), ("愛", "アイ"), ("拓也", "タクヤ"), ("真由美", "マユミ"), ("誠", "マコト"),
         ("恵子", "ケイコ"), ("和也", "カズヤ"), ("由美", "ユミ")]
towns = ["東京都千代田区架空町", "神奈川県横浜市港北区見本台", "埼玉県さいたま市浦和区試験町", "千葉県千葉市中央区仮置町",
         "大阪府大阪市北区例示町", "愛知県名古屋市中区模擬町"]
companies = ["みなと商事株式会社", "株式会社ひかり工業", "さくら物産株式会社", "株式会社あすなろ設計", "北星運輸株式会社",
             "株式会社みらい不動産", "東和リース株式会社", "株式会社しろくま食品", "やまなみ建設株式会社", "株式会社コスモ電機"]
departments = ["総務部", "営業部", "経理部", "保険事故調査課", "購買部", "法務部"]
titles = ["", "課長", "部長", "主任", "係長"]
english = [("John Smith", ""), ("Emma Brown", ""), ("Lucas Martin", ""), ("Olivia Wilson", "")]
header = ["氏名", "フリガナ", "会社名", "部署", "役職", "郵便番号", "住所", "メールアドレス", "電話番号", "言語"]


seen = set()


def person(i, with_company):
    while True:
        row = draw(i, with_company)
        if (row[0], row[6]) not in seen:  # the importer holds back same name + address as a duplicate
            seen.add((row[0], row[6]))
            return row


def draw(i, with_company):
    if i % 97 == 5:
        name, kana = english[i % len(english)]
        lang = "en"
    else:
        s, sk = surnames[random.randrange(len(surnames))]
        g, gk = given[random.randrange(len(given))]
        name, kana, lang = f"{s}　{g}", f"{sk}　{gk}", "ja"
    postcode = f"{random.randrange(100, 999)}-{random.randrange(0, 9999):04d}"
    address = f"{random.choice(towns)}{random.randrange(1, 9)}丁目{random.randrange(1, 30)}番{random.randrange(1, 20)}号"
    row = [name, kana, "", "", "", postcode, address, f"person{i:05d}@example.com", f"0120-000-{i % 1000:03d}", lang]
    if with_company:
        row[2], row[3], row[4] = random.choice(companies), random.choice(departments), random.choice(titles)
    return row


def write(name, rows):
    with open(f"resources/demo/recipients/{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


write("employees", [person(i, False) for i in range(91)])
write("candidates", [person(1000 + i, False) for i in range(60)])
write("business_contacts", [person(2000 + i, True) for i in range(6400)])
write("consignor_clients", [
    ["", "", "あおば損害保険株式会社", "個人情報保護管理室", "", "100-0001", "東京都千代田区架空町1丁目1番1号",
     "privacy@aoba.example.com", "0120-000-901", "ja"],
    ["", "", "しおさい損害保険株式会社", "コンプライアンス部", "", "530-0001", "大阪府大阪市北区例示町2丁目3番4号",
     "privacy@shiosai.example.com", "0120-000-902", "ja"],
])
