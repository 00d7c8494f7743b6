<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>bd::Application</name>
    <message>
        <source>Personal-data breach notification workbench.</source>
        <translation>個人データの漏えい等に関する報告・通知の作成ツール。</translation>
    </message>
    <message>
        <source>The workspace database.</source>
        <translation>ワークスペースのデータベース。</translation>
    </message>
    <message>
        <source>Load the demo incident if missing.</source>
        <translation>デモ用インシデントがない場合は読み込みます。</translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation>表示言語（ja または en）。</translation>
    </message>
    <message>
        <source>Print the start-up time once the window is shown, then quit.</source>
        <translation>ウィンドウの表示後に起動時間を出力して終了します。</translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation>最初に表示するページ。</translation>
    </message>
    <message>
        <source>BreachDesk</source>
        <translation>BreachDesk</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.

%2</source>
        <translation>ワークスペース %1 を開けませんでした。

%2</translation>
    </message>
    <message>
        <source>The demo incident could not be loaded.

%1</source>
        <translation>デモ用インシデントを読み込めませんでした。

%1</translation>
    </message>
</context>
<context>
    <name>bd::Cli</name>
    <message>
        <source>The workspace database (default: %1).</source>
        <translation>ワークスペースのデータベース（既定: %1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>オプションは --help で確認できます。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Usage: breachdesk [--workspace FILE] [--demo] [--lang ja|en]   (starts the application)</source>
        <translation>使い方: breachdesk [--workspace FILE] [--demo] [--lang ja|en]   （アプリケーションを起動）</translation>
    </message>
    <message>
        <source>       breachdesk &lt;command&gt; [options]   (runs a command without the window)</source>
        <translation>        breachdesk &lt;コマンド&gt; [オプション]   （ウィンドウを開かずにコマンドを実行）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;breachdesk &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>各コマンドのオプションは &apos;breachdesk &lt;コマンド&gt; --help&apos; で確認できます。</translation>
    </message>
</context>
<context>
    <name>bd::DataSetModel</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The number is an estimate (約)</source>
        <translation>人数は概数です（約）</translation>
    </message>
    <message>
        <source>People group</source>
        <translation>本人の区分</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>保有区分</translation>
    </message>
    <message>
        <source>Consignor client</source>
        <translation>委託元</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概数</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>データ項目</translation>
    </message>
</context>
<context>
    <name>bd::DataSetsPage</name>
    <message>
        <source>sensitive</source>
        <translation>要配慮</translation>
    </message>
    <message>
        <source>financial risk</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <source>needs judgement</source>
        <translation>要判断</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>独自</translation>
    </message>
    <message>
        <source>&amp;Add data set</source>
        <translation>対象データを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete data set</source>
        <translation>対象データを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Filter items…</source>
        <translation>項目を絞り込み…</translation>
    </message>
    <message>
        <source>Add a &amp;custom item…</source>
        <translation>独自の項目を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Data items of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; のデータ項目:</translation>
    </message>
    <message>
        <source>Select a data set to choose its data items.</source>
        <translation>データ項目を選ぶには、対象データを選択してください。</translation>
    </message>
    <message>
        <source>Delete data set</source>
        <translation>対象データの削除</translation>
    </message>
    <message>
        <source>Delete the data set &quot;%1&quot;? You can undo this with Edit → Undo.</source>
        <translation>対象データ「%1」を削除しますか？［編集］→［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>Add a custom data item</source>
        <translation>独自のデータ項目を追加</translation>
    </message>
    <message>
        <source>Sensitive (要配慮個人情報)</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Misuse could cause financial loss</source>
        <translation>不正利用により財産的被害が生じるおそれ</translation>
    </message>
    <message>
        <source>Japanese label:</source>
        <translation>日本語の名称:</translation>
    </message>
    <message>
        <source>English label:</source>
        <translation>英語の名称:</translation>
    </message>
    <message>
        <source>Total: about %1 people</source>
        <translation>合計: 約%1人</translation>
    </message>
    <message>
        <source>Total: %1 people</source>
        <translation>合計: %1人</translation>
    </message>
    <message>
        <source>Total: unknown — a count is missing</source>
        <translation>合計: 不明（人数が未入力の対象データがあります）</translation>
    </message>
</context>
<context>
    <name>bd::ExportIncidentCommand</name>
    <message>
        <source>Write an incident as a JSON file.</source>
        <translation>インシデントを JSON ファイルにエクスポートします。</translation>
    </message>
    <message>
        <source>The incident&apos;s code.</source>
        <translation>インシデントのコード。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The JSON file to write; - for standard output.</source>
        <translation>書き出す JSON ファイル（- を指定すると標準出力）。</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-incident --incident CODE OUT.json</source>
        <translation>使い方: breachdesk export-incident --incident CODE OUT.json</translation>
    </message>
    <message>
        <source>No incident has the code %1.</source>
        <translation>コード %1 のインシデントはありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>bd::FactsPage</name>
    <message>
        <source>What happened</source>
        <translation>発生した事態</translation>
    </message>
    <message>
        <source>Leak (漏えい)</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>Loss (滅失)</source>
        <translation>滅失</translation>
    </message>
    <message>
        <source>Damage (毀損)</source>
        <translation>毀損</translation>
    </message>
    <message>
        <source>Kind of event:</source>
        <translation>事態の種類:</translation>
    </message>
    <message>
        <source>Has happened (発生)</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>May have happened (発生したおそれ)</source>
        <translation>発生したおそれ</translation>
    </message>
    <message>
        <source>Certainty:</source>
        <translation>発生の確度:</translation>
    </message>
    <message>
        <source>Occurred from:</source>
        <translation>発生期間（開始）:</translation>
    </message>
    <message>
        <source>Occurred until:</source>
        <translation>発生期間（終了）:</translation>
    </message>
    <message>
        <source>When any department first learned of it (知った日). Every deadline counts from this day.</source>
        <translation>いずれかの部署が最初に事態を知った日時（知った日）です。すべての期限はこの日から数えます。</translation>
    </message>
    <message>
        <source>Learned of it (知った日時):</source>
        <translation>知った日時:</translation>
    </message>
    <message>
        <source>Contained on:</source>
        <translation>封じ込め完了日:</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>May have been done with an unlawful purpose (不正の目的)</source>
        <translation>不正の目的をもって行われたおそれがある</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>e.g. ransomware with an extortion note</source>
        <translation>例: 脅迫文を伴うランサムウェア</translation>
    </message>
    <message>
        <source>Protection and regimes</source>
        <translation>保護措置と適用制度</translation>
    </message>
    <message>
        <source>The data was protected by strong encryption (高度な暗号化)</source>
        <translation>データは高度な暗号化により保護されていた</translation>
    </message>
    <message>
        <source>The key may also have leaked</source>
        <translation>暗号鍵も漏えいしたおそれがある</translation>
    </message>
    <message>
        <source>We hold the Privacy Mark (プライバシーマーク)</source>
        <translation>プライバシーマークを取得している</translation>
    </message>
    <message>
        <source>Review body:</source>
        <translation>審査機関:</translation>
    </message>
    <message>
        <source>e.g. JIPDEC, JISA</source>
        <translation>例: JIPDEC、JISA</translation>
    </message>
    <message>
        <source>The GDPR applies</source>
        <translation>GDPR が適用される</translation>
    </message>
    <message>
        <source>GDPR risk:</source>
        <translation>GDPR 上のリスク:</translation>
    </message>
    <message>
        <source>Some people cannot be reached (substitute notice)</source>
        <translation>連絡が取れない本人がいる（代替措置）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>出来事を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>出来事を削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>bd::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 の変更履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>bd::ImportIncidentCommand</name>
    <message>
        <source>Add an incident from a JSON file.</source>
        <translation>JSON ファイルからインシデントを追加します。</translation>
    </message>
    <message>
        <source>When the code is taken, import under the next free code.</source>
        <translation>コードが使用済みの場合は、次に空いているコードでインポートします。</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>読み込む JSON ファイル。</translation>
    </message>
    <message>
        <source>Usage: breachdesk import-incident [--new-code] FILE.json</source>
        <translation>使い方: breachdesk import-incident [--new-code] FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was not imported:</source>
        <translation>%1 はインポートされませんでした:</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 はインポートされませんでした。</translation>
    </message>
    <message>
        <source>Imported as %1 (the file&apos;s code was taken)</source>
        <translation>%1 としてインポートしました（ファイルのコードは使用済みでした）</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 をインポートしました</translation>
    </message>
</context>
<context>
    <name>bd::IncidentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Edit data set</source>
        <translation>対象データの編集</translation>
    </message>
    <message>
        <source>Change data items</source>
        <translation>データ項目の変更</translation>
    </message>
    <message>
        <source>Add data set</source>
        <translation>対象データの追加</translation>
    </message>
    <message>
        <source>Delete data set</source>
        <translation>対象データの削除</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>経緯の出来事の編集</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>経緯の出来事の追加</translation>
    </message>
    <message>
        <source>Delete timeline event</source>
        <translation>経緯の出来事の削除</translation>
    </message>
    <message>
        <source>Edit narrative</source>
        <translation>説明文の編集</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>翻訳の確認</translation>
    </message>
</context>
<context>
    <name>bd::IncidentJson</name>
    <message>
        <source>is required but missing</source>
        <translation>必須ですが、指定されていません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation>この形式にはない項目です（つづりに誤りはありませんか？）</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>文字列で指定してください</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false で指定してください</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値で指定してください</translation>
    </message>
    <message>
        <source>must be a number or null (unknown)</source>
        <translation>数値または null（不明）で指定してください</translation>
    </message>
    <message>
        <source>must be a date text or null (unknown)</source>
        <translation>日付の文字列または null（不明）で指定してください</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <translation>ファイルが正しい JSON ではありません（%1 行目、%2 列目）: %3</translation>
    </message>
    <message>
        <source>The file must contain one JSON object.</source>
        <translation>ファイルには JSON オブジェクトを 1 つだけ含めてください。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <source>must be a format version this BreachDesk reads (1 to %1)</source>
        <translation>この BreachDesk が読み込める形式バージョン（1～%1）である必要があります</translation>
    </message>
    <message>
        <source>is required and must be an object</source>
        <translation>必須です。オブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>配列で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a data item</source>
        <translation>「%1」は既にデータ項目として存在します</translation>
    </message>
    <message>
        <source>needs a Japanese or English label</source>
        <translation>日本語または英語の名称が必要です</translation>
    </message>
    <message>
        <source>needs a Japanese or English title</source>
        <translation>日本語または英語のタイトルが必要です</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値は指定できません</translation>
    </message>
    <message>
        <source>names the consignor client when holder is &quot;consignor&quot;</source>
        <translation>holder が &quot;consignor&quot; の場合は委託元を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known data item; add it to custom_items</source>
        <translation>「%1」は既知のデータ項目ではありません。custom_items に追加してください</translation>
    </message>
    <message>
        <source>is not a narrative section</source>
        <translation>説明文のセクションではありません</translation>
    </message>
</context>
<context>
    <name>bd::IncidentListModel</name>
    <message>
        <source> (archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
</context>
<context>
    <name>bd::IncidentTransfer</name>
    <message>
        <source>An incident with the code %1 already exists. Import it under a new code or delete the existing one first.</source>
        <translation>コード %1 のインシデントは既に存在します。新しいコードでインポートするか、先に既存のインシデントを削除してください。</translation>
    </message>
    <message>
        <source>custom_items: the data item &quot;%1&quot; exists in this workspace with different labels or flags.</source>
        <translation>custom_items: データ項目「%1」は、名称または属性が異なる状態でこのワークスペースに既に存在します。</translation>
    </message>
    <message>
        <source>The demo incident shipped with this build is invalid: %1</source>
        <translation>このビルドに同梱されているデモ用インシデントが不正です: %1</translation>
    </message>
</context>
<context>
    <name>bd::Labels</name>
    <message>
        <source>Unauthorised access</source>
        <translation>不正アクセス</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>ランサムウェア</translation>
    </message>
    <message>
        <source>Misdelivery (wrong recipient)</source>
        <translation>誤送付（宛先誤り）</translation>
    </message>
    <message>
        <source>Loss or theft</source>
        <translation>紛失・盗難</translation>
    </message>
    <message>
        <source>Insider</source>
        <translation>内部不正</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>未判明</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>リスクが生じる可能性は低い</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>本人へのリスクあり</translation>
    </message>
    <message>
        <source>High risk to people</source>
        <translation>本人への高いリスクあり</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Our own data</source>
        <translation>自社のデータ</translation>
    </message>
    <message>
        <source>Held for a consignor client (委託)</source>
        <translation>委託元から預かるデータ</translation>
    </message>
    <message>
        <source>Summary (概要)</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Cause (原因)</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary harm (二次被害)</source>
        <translation>二次被害</translation>
    </message>
    <message>
        <source>Response to the people affected (本人への対応)</source>
        <translation>本人への対応</translation>
    </message>
    <message>
        <source>Publication (公表)</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Prevention (再発防止策)</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <source>Other (その他)</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Contact desk (問い合わせ窓口)</source>
        <translation>問い合わせ窓口</translation>
    </message>
</context>
<context>
    <name>bd::ListIncidentsCommand</name>
    <message>
        <source>Print each incident&apos;s code and title.</source>
        <translation>各インシデントのコードとタイトルを表示します。</translation>
    </message>
    <message>
        <source>Include archived incidents.</source>
        <translation>アーカイブ済みのインシデントも含めます。</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>All changes saved (%1)</source>
        <translation>すべての変更を保存しました（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>インシデント(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation>インシデントを新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new incident (%1)</source>
        <translation>インシデントを新規作成（%1）</translation>
    </message>
    <message>
        <source>&amp;Import Incident…</source>
        <translation>インシデントをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Incident…</source>
        <translation>インシデントをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>タイトルを変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Show &amp;Archived Incidents</source>
        <translation>アーカイブ済みのインシデントを表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About BreachDesk</source>
        <translation>BreachDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>Every change is saved as you type.</source>
        <translation>変更は入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Facts &amp; timeline</source>
        <translation>事実関係と経緯</translation>
    </message>
    <message>
        <source>Data &amp; people affected</source>
        <translation>対象データと本人</translation>
    </message>
    <message>
        <source>Narrative (JA|EN)</source>
        <translation>説明文（日本語｜英語）</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>アーカイブから戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新規インシデント</translation>
    </message>
    <message>
        <source>Import Incident</source>
        <translation>インシデントのインポート</translation>
    </message>
    <message>
        <source>Incident files (*.json)</source>
        <translation>インシデントファイル (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1

Import it under the next free code instead?</source>
        <translation>%1

代わりに、次に空いているコードでインポートしますか？</translation>
    </message>
    <message>
        <source>%1 was not imported. Nothing was changed.

%2</source>
        <translation>%1 はインポートされませんでした。何も変更されていません。

%2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 をインポートしました</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>インシデントのエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Rename Incident</source>
        <translation>インシデントのタイトルを変更</translation>
    </message>
    <message>
        <source>Title (Japanese):</source>
        <translation>タイトル（日本語）:</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>タイトル（英語）:</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>%1 として複製しました</translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation>インシデントの削除</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded for it? This cannot be undone. (The history keeps a record that it was deleted.)</source>
        <translation>%1 と、記録されているすべての内容を削除しますか？この操作は元に戻せません。（削除したことは変更履歴に記録されます。）</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>About BreachDesk</source>
        <translation>BreachDesk について</translation>
    </message>
    <message>
        <source>BreachDesk %1
A workbench for personal-data breach notifications.

Workspace: %2</source>
        <translation>BreachDesk %1
個人データの漏えい等に関する報告・通知の作成ツール

ワークスペース: %2</translation>
    </message>
</context>
<context>
    <name>bd::NarrativePage</name>
    <message>
        <source>Write each section in Japanese and English. When one side changes, the other is marked &lt;b&gt;needs update&lt;/b&gt; until it is edited or confirmed.</source>
        <translation>各セクションを日本語と英語で記入してください。一方を変更すると、もう一方は編集または確認するまで&lt;b&gt;要更新&lt;/b&gt;と表示されます。</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Still correct</source>
        <translation>変更不要</translation>
    </message>
    <message>
        <source>Confirm that this side needs no change after the other side changed</source>
        <translation>もう一方が変更された後も、こちらは変更不要であることを確認します</translation>
    </message>
    <message>
        <source>⚠ Needs update: the %1 text changed after this one</source>
        <translation>⚠ 要更新: %1の説明文がこちらより後に変更されました</translation>
    </message>
</context>
<context>
    <name>bd::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>判明</translation>
    </message>
    <message>
        <source>Clear to record the date as unknown</source>
        <translation>チェックを外すと、日付を不明として記録します</translation>
    </message>
</context>
<context>
    <name>bd::OverviewPage</name>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>報告事業者</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>所在地(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Representative</source>
        <translation>代表者(&amp;R)</translation>
    </message>
    <message>
        <source>Contact desk</source>
        <translation>問い合わせ窓口</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>窓口名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>受付時間(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;コード:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;状態:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; %1 — day %2</source>
        <translation>&lt;b&gt;知った日:&lt;/b&gt; %1（本日は%2日目）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; not recorded yet — every deadline counts from it</source>
        <translation>&lt;b&gt;知った日:&lt;/b&gt; 未入力 — すべての期限はこの日から数えます</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;People affected:&lt;/b&gt; %1 in %n data set(s)</source>
        <translation>
            <numerusform>&lt;b&gt;本人の数:&lt;/b&gt; %1（対象データ%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>unknown (a count is missing)</source>
        <translation>不明（人数が未入力の対象データがあります）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sensitive data (要配慮):&lt;/b&gt; %n item(s) across the data sets</source>
        <translation>
            <numerusform>&lt;b&gt;要配慮個人情報:&lt;/b&gt; 対象データ全体で%n項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Timeline:&lt;/b&gt; %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;経緯:&lt;/b&gt; 出来事%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::Pages</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>bd::StorageError</name>
    <message>
        <source>The workspace is in use by another program or another BreachDesk window. Close it and try again.</source>
        <translation>ワークスペースは別のプログラムまたは別の BreachDesk ウィンドウで使用中です。閉じてから再度お試しください。</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation>ワークスペースのファイルに書き込めません。ファイルとそのフォルダーに書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a BreachDesk workspace. It has not been changed.</source>
        <translation>ワークスペースのファイルが破損しているか、BreachDesk のワークスペースではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>変更内容が既存のデータと競合しています。</translation>
    </message>
    <message>
        <source>The workspace could not be updated.</source>
        <translation>ワークスペースを更新できませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written, so the workspace cannot be created there.</source>
        <translation>フォルダー %1 に書き込めないため、ワークスペースを作成できません。</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only. Copy it to a writable folder or change its permissions.</source>
        <translation>ワークスペース %1 は読み取り専用です。書き込み可能なフォルダーにコピーするか、アクセス権を変更してください。</translation>
    </message>
    <message>
        <source>%1 is a database, but not a BreachDesk workspace. It has not been changed.</source>
        <translation>%1 はデータベースですが、BreachDesk のワークスペースではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of BreachDesk (schema %1; this version knows up to %2). Update BreachDesk to open it.</source>
        <translation>このワークスペースは新しいバージョンの BreachDesk で作成されています（スキーマ %1。このバージョンが対応しているのは %2 までです）。開くには BreachDesk を更新してください。</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>この%1は既に存在しません。</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>An incident needs a code.</source>
        <translation>インシデントにはコードが必要です。</translation>
    </message>
    <message>
        <source>An incident with the code %1 already exists.</source>
        <translation>コード %1 のインシデントは既に存在します。</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>%1 は不明な項目です。</translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation>%1 は %2 の値として正しくありません。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>このレコードは既に存在しません。</translation>
    </message>
    <message>
        <source>A data item with the key %1 already exists.</source>
        <translation>キー %1 のデータ項目は既に存在します。</translation>
    </message>
    <message>
        <source>record</source>
        <translation>レコード</translation>
    </message>
</context>
<context>
    <name>bd::TimelineModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>The time of day is not known</source>
        <translation>時刻は不明です</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Date only</source>
        <translation>日付のみ</translation>
    </message>
    <message>
        <source>What happened (Japanese)</source>
        <translation>出来事（日本語）</translation>
    </message>
    <message>
        <source>What happened (English)</source>
        <translation>出来事（英語）</translation>
    </message>
</context>
</TS>
