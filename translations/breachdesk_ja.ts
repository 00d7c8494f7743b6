<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>The company&apos;s details are kept once for the whole workspace. A new incident starts from them; incidents already recorded keep their own.</source>
        <translation>会社情報はワークスペース全体で一か所に保存します。新しいインシデントはこの情報から始まり、記録済みのインシデントはそれぞれの情報を保持します。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <source>Address (Japanese):</source>
        <translation>住所（日本語）:</translation>
    </message>
    <message>
        <source>Address (English):</source>
        <translation>住所（英語）:</translation>
    </message>
    <message>
        <source>Representative (Japanese):</source>
        <translation>代表者（日本語）:</translation>
    </message>
    <message>
        <source>Representative (English):</source>
        <translation>代表者（英語）:</translation>
    </message>
    <message>
        <source>Industry (業種, Japanese):</source>
        <translation>業種（日本語）:</translation>
    </message>
    <message>
        <source>Industry (English):</source>
        <translation>業種（英語）:</translation>
    </message>
    <message>
        <source>Contact desk</source>
        <translation>問い合わせ窓口</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Telephone for callers abroad:</source>
        <translation>海外からの電話番号:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>Hours (Japanese):</source>
        <translation>受付時間（日本語）:</translation>
    </message>
    <message>
        <source>Hours (English):</source>
        <translation>受付時間（英語）:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Department (担当部署, Japanese):</source>
        <translation>担当部署（日本語）:</translation>
    </message>
    <message>
        <source>Department (English):</source>
        <translation>担当部署（英語）:</translation>
    </message>
    <message>
        <source>Person (担当者, Japanese):</source>
        <translation>担当者（日本語）:</translation>
    </message>
    <message>
        <source>Person (English):</source>
        <translation>担当者（英語）:</translation>
    </message>
    <message>
        <source>Direct line:</source>
        <translation>直通電話:</translation>
    </message>
    <message>
        <source>Schemes and letters</source>
        <translation>制度と通知文</translation>
    </message>
    <message>
        <source>Holds the Privacy Mark</source>
        <translation>プライバシーマークを取得している</translation>
    </message>
    <message>
        <source>P-mark review body (審査機関):</source>
        <translation>プライバシーマーク審査機関:</translation>
    </message>
    <message>
        <source>The GDPR applies</source>
        <translation>GDPR が適用される</translation>
    </message>
    <message>
        <source>Date style of letters:</source>
        <translation>通知文の日付の書き方:</translation>
    </message>
</context>
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
    <message>
        <source>There is no workspace at %1.

Create a new, empty workspace there?</source>
        <translation>%1 にワークスペースがありません。

この場所に新しい空のワークスペースを作成しますか？</translation>
    </message>
</context>
<context>
    <name>bd::AsOfCheck</name>
    <message>
        <source>The year is not written and was read as %1: write it if another year is meant.</source>
        <translation>年が書かれていないため %1 と解釈しました。別の年を指す場合は年を書いてください。</translation>
    </message>
    <message>
        <source>The text mentions %1 without a year, read as %2, after this document&apos;s date %3: &quot;%4&quot;. If it means that day, it contradicts the document&apos;s date; if a yearly day, nothing needs changing.</source>
        <translation>本文に年のない %1 があり、%2 と解釈しました。これは文書の日付 %3 より後です:「%4」。その日を指すなら文書の日付と矛盾します。毎年の日付であれば変更は不要です。</translation>
    </message>
    <message>
        <source>The text gives %1 (%2) as a plan or deadline, after this document&apos;s date %3: &quot;%4&quot;. Check that it is meant as one.</source>
        <translation>本文で %1（%2）が予定または期限として書かれており、文書の日付 %3 より後です:「%4」。予定・期限として意図したものか確認してください。</translation>
    </message>
    <message>
        <source>The text mentions %1 (%2), after this document&apos;s date %3: &quot;%4&quot;. A document speaks as of its own date: change the text or the document&apos;s date.</source>
        <translation>本文に %1（%2）があり、文書の日付 %3 より後です:「%4」。文書はその日付の時点で書かれるものです。本文か文書の日付を修正してください。</translation>
    </message>
    <message>
        <source>The text includes the timeline event of %1 (&quot;%2&quot;), which is after this document&apos;s date %3. A document speaks as of its own date: take it out or change the document&apos;s date.</source>
        <translation>本文に %1 の経過（「%2」）が含まれていますが、文書の日付 %3 より後です。文書はその日付の時点で書かれるものです。削除するか文書の日付を修正してください。</translation>
    </message>
    <message>
        <source>The text speaks as of %1 (&quot;%2&quot;) but the document is dated %3. If it still holds, write 「本日時点において」 (&quot;as of the date of this document&quot;); otherwise keep the earlier date on purpose.</source>
        <translation>本文は %1 時点（「%2」）で書かれていますが、文書の日付は %3 です。現在も当てはまるなら「本日時点において」と書いてください。そうでなければ、意図して以前の日付のままにしてください。</translation>
    </message>
</context>
<context>
    <name>bd::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the workspace to a new file.</source>
        <translation>ワークスペースの整合性のとれたコピーを新しいファイルに書き出します。</translation>
    </message>
    <message>
        <source>The copy is made through SQLite (VACUUM INTO), so it includes every committed change even while the window has the workspace open, then checked and recorded in the audit trail. OUT must not exist.</source>
        <translation>コピーは SQLite の VACUUM INTO で作成するため、ウィンドウでワークスペースを開いている間でも、確定済みのすべての変更が含まれます。作成したコピーは検査したうえで変更履歴に記録します。OUT には存在しないファイルを指定してください。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>書き出すバックアップファイル。</translation>
    </message>
    <message>
        <source>Usage: breachdesk backup [--workspace FILE] OUT</source>
        <translation>使い方: breachdesk backup [--workspace FILE] OUT</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n incident(s) to %1 (SHA-256 %2).</source>
        <translation>
            <numerusform>%n 件のインシデントを %1 にバックアップしました（SHA-256 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::BatchRunner</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>There are no letters to write.</source>
        <translation>書き出す文書がありません。</translation>
    </message>
    <message>
        <source>Choose a merged PDF, a folder for one PDF per letter, or both.</source>
        <translation>結合 PDF の保存先、文書ごとの PDF を保存するフォルダー、またはその両方を指定してください。</translation>
    </message>
    <message>
        <source>Could not write the manifest: %1</source>
        <translation>照合用一覧を書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bd::BuiltinTemplates</name>
    <message>
        <source>Letter to individuals</source>
        <translation>本人への通知文</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>委託元への通知</translation>
    </message>
    <message>
        <source>Cover e-mail</source>
        <translation>送付状メール</translation>
    </message>
</context>
<context>
    <name>bd::ChunkRenderer</name>
    <message>
        <source>A letter names template %1, but there are only %2.</source>
        <translation>文書でテンプレート %1 が指定されていますが、テンプレートは %2 件しかありません。</translation>
    </message>
    <message>
        <source>Qt could not write the PDF.</source>
        <translation>Qt で PDF を書き出せませんでした。</translation>
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
    <message>
        <source>No incident has the code %1.</source>
        <translation>コード %1 のインシデントはありません。</translation>
    </message>
    <message>
        <source>The workspace is read-only: this export is not recorded in its audit trail.</source>
        <translation>ワークスペースが読み取り専用のため、このエクスポートは変更履歴に記録されません。</translation>
    </message>
    <message>
        <source>Make a new, empty workspace when the file does not exist (without it, a missing workspace is an error).</source>
        <translation>ファイルが存在しない場合に、新しい空のワークスペースを作成します（指定しない場合、ワークスペースがなければエラーになります）。</translation>
    </message>
    <message>
        <source>Give --create to make a new one.</source>
        <translation>新しく作成するには --create を指定してください。</translation>
    </message>
    <message>
        <source>%1 was removed again: the export could not be recorded in the audit trail.</source>
        <translation>エクスポートを変更履歴に記録できなかったため、%1 を削除しました。</translation>
    </message>
    <message>
        <source>Open a workspace whose record has been altered outside BreachDesk, read-only, for inspection: reading commands work, commands that change the workspace still refuse.</source>
        <translation>BreachDesk の外部で記録が改変されたワークスペースを、調査のため読み取り専用で開きます。読み取りのコマンドは動作しますが、ワークスペースを変更するコマンドは引き続き拒否されます。</translation>
    </message>
    <message>
        <source>Nothing was changed. Give --allow-damaged to inspect it read-only.</source>
        <translation>何も変更していません。読み取り専用で調査するには --allow-damaged を指定してください。</translation>
    </message>
    <message>
        <source>This command changes the workspace, which is refused even with --allow-damaged. Nothing was changed.</source>
        <translation>このコマンドはワークスペースを変更するため、--allow-damaged を指定しても拒否されます。何も変更していません。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Opened read-only for inspection (--allow-damaged).</source>
        <translation>調査のため読み取り専用で開きました（--allow-damaged）。</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileCommand</name>
    <message>
        <source>Print the company profile as JSON, or change it from a JSON file (--set).</source>
        <translation>会社情報を JSON で表示します。--set を指定すると JSON ファイルから変更します。</translation>
    </message>
    <message>
        <source>Change the fields FILE names (a JSON object with the keys this command prints); the others stay.</source>
        <translation>FILE に書かれた項目を変更します（このコマンドが表示するキーを持つ JSON オブジェクト）。それ以外の項目はそのままです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: breachdesk company-profile [--workspace FILE] [--set FILE]</source>
        <translation>使い方: breachdesk company-profile [--workspace FILE] [--set FILE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2). Nothing was changed.</source>
        <translation>%1: JSON オブジェクトではありません（%2）。何も変更していません。</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>別の種類の値</translation>
    </message>
    <message>
        <source>%1: %2: is not a field of the company profile</source>
        <translation>%1: %2: 会社情報の項目ではありません</translation>
    </message>
    <message>
        <source>%1: %2: must be %3</source>
        <translation>%1: %2: %3 で指定してください</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>%1: %2: must be one of %3</source>
        <translation>%1: %2: %3 のいずれかで指定してください</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileDialog</name>
    <message>
        <source>Western years (2024年10月1日)</source>
        <translation>西暦（2024年10月1日）</translation>
    </message>
    <message>
        <source>Japanese era years (令和6年10月1日)</source>
        <translation>和暦（令和6年10月1日）</translation>
    </message>
    <message>
        <source>The company profile was not saved.</source>
        <translation>会社情報を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileService</name>
    <message>
        <source>Edit the company profile</source>
        <translation>会社情報の編集</translation>
    </message>
</context>
<context>
    <name>bd::ConfidentialityCheck</name>
    <message>
        <source>the regulator</source>
        <translation>規制当局</translation>
    </message>
    <message>
        <source>the public</source>
        <translation>一般の方</translation>
    </message>
    <message>
        <source>the people affected</source>
        <translation>本人（影響を受けた方）</translation>
    </message>
    <message>
        <source>every consignor client</source>
        <translation>すべての委託元</translation>
    </message>
    <message>
        <source>the consignor client %1</source>
        <translation>委託元 %1</translation>
    </message>
    <message>
        <source>all readers</source>
        <translation>すべての読み手</translation>
    </message>
    <message>
        <source>a name of the consignor client %1</source>
        <translation>委託元 %1 の名称</translation>
    </message>
    <message>
        <source>text marked confidential for %1</source>
        <translation>%1 限りの秘匿テキスト</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>its PDF metadata</source>
        <translation>PDF のメタデータ</translation>
    </message>
    <message>
        <source>its file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>its e-mail subject</source>
        <translation>電子メールの件名</translation>
    </message>
    <message>
        <source>Confidential: %1 contains “%2”, %3, but this document is for %4: &quot;%5&quot;. Write this reader&apos;s own text for the section (or leave the name out); it cannot be issued as it is.</source>
        <translation>秘匿: %1に「%2」（%3）が含まれていますが、この文書の読み手は%4です：「%5」。この読み手向けの文章を書くか、名称を削除してください。このままでは発行できません。</translation>
    </message>
</context>
<context>
    <name>bd::ConsistencyChecker</name>
    <message>
        <source>%1 %2 issued on %3</source>
        <translation>%1 %2（%3 発行）</translation>
    </message>
    <message>
        <source>%1: this document says %2, %3 says %4.</source>
        <translation>%1: この文書では %2、%3 では %4 となっています。</translation>
    </message>
    <message>
        <source>%1: the data items differ from %2 (missing here: %3; only here: %4).</source>
        <translation>%1: データ項目が %2 と異なります（こちらにないもの: %3、こちらにのみあるもの: %4）。</translation>
    </message>
    <message>
        <source>Date of awareness</source>
        <translation>知った日</translation>
    </message>
    <message>
        <source>Start of the incident</source>
        <translation>事態の発生日（開始）</translation>
    </message>
    <message>
        <source>End of the incident</source>
        <translation>事態の発生日（終了）</translation>
    </message>
    <message>
        <source>Contact desk phone: this document says %1, %2 says %3.</source>
        <translation>問い合わせ窓口の電話番号: この文書では %1、%2 では %3 となっています。</translation>
    </message>
    <message>
        <source>Contact desk e-mail: this document says %1, %2 says %3.</source>
        <translation>問い合わせ窓口のメールアドレス: この文書では %1、%2 では %3 となっています。</translation>
    </message>
    <message>
        <source>the incident record</source>
        <translation>インシデントの記録</translation>
    </message>
    <message>
        <source>The text mentions &quot;%1&quot;, which matches no people count in the incident record.</source>
        <translation>本文に「%1」とありますが、インシデントの記録のどの人数とも一致しません。</translation>
    </message>
    <message>
        <source>The text gives the phone number %1, which is not the contact desk&apos;s (%2).</source>
        <translation>本文に電話番号 %1 がありますが、問い合わせ窓口の番号（%2）と異なります。</translation>
    </message>
    <message>
        <source>The text gives the e-mail address %1, which is not the contact desk&apos;s.</source>
        <translation>本文にメールアドレス %1 がありますが、問い合わせ窓口のアドレスと異なります。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is still under investigation: report it by 追完 once it is known.</source>
        <translation>項目 %1（%2）は調査中です。判明したら追完により報告してください。</translation>
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
    <message>
        <source>This data was protected by strong encryption (高度な暗号化)</source>
        <translation>このデータは高度な暗号化により保護されていた</translation>
    </message>
    <message>
        <source>The key may also have leaked: the encryption no longer excludes this data</source>
        <translation>鍵も漏えいしたおそれがある（暗号化による除外は適用されない）</translation>
    </message>
    <message>
        <source>Some of these people cannot be reached: a public notice and an inquiry desk may replace their notice</source>
        <translation>一部の本人に連絡できない（公表と問合せ窓口の設置を本人通知の代替とできる）</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Key may have leaked</source>
        <translation>鍵漏えいのおそれ</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>連絡不能</translation>
    </message>
    <message>
        <source>Why they cannot be reached</source>
        <translation>連絡できない理由</translation>
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
    <name>bd::DeadlineBoard</name>
    <message>
        <source>Deadline board</source>
        <translation>期限一覧</translation>
    </message>
    <message>
        <source>Double-click a row to open the incident&apos;s obligations.</source>
        <translation>行をダブルクリックすると、そのインシデントの報告・通知義務を開きます。</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineBoardModel</name>
    <message>
        <source>Overridden: %1</source>
        <translation>上書き: %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Filing or notice</source>
        <translation>報告・通知</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineText</name>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>できる限り速やかに</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>期限未定</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1超過</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暫定）</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineWatch</name>
    <message numerus="yes">
        <source>⚠ %n due within 48 h — </source>
        <translation>
            <numerusform>⚠ 48時間以内の期限 %n件 — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 48 h</source>
        <translation>
            <numerusform>48時間以内の期限 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Every filing of every open incident, most urgent first (%1)</source>
        <translation>対応中のすべてのインシデントの報告・通知（緊急度の高い順、%1）</translation>
    </message>
    <message>
        <source>Open the deadline board</source>
        <translation>期限一覧を開く</translation>
    </message>
</context>
<context>
    <name>bd::DecisionDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>%1 の判断</translation>
    </message>
    <message>
        <source>Now: %1. Source: %2</source>
        <translation>現在: %1。根拠: %2</translation>
    </message>
    <message>
        <source>If it applies: %1</source>
        <translation>該当する場合: %1</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>e.g. Only account numbers leaked, no online-banking credentials or card numbers (PPC FAQ Q14-8).</source>
        <translation>例: 漏えいしたのは口座番号のみで、ネットバンキングのログイン情報やクレジットカード番号は含まれていない（個人情報保護委員会 FAQ Q14-8）。</translation>
    </message>
    <message>
        <source>What you checked, and why it settles the rule.</source>
        <translation>確認した内容と、それによりこのルールの判断が定まる理由。</translation>
    </message>
</context>
<context>
    <name>bd::DemoRecipients</name>
    <message>
        <source>The demo list %1 shipped with this build is invalid: %2</source>
        <translation>このビルドに同梱のデモ名簿 %1 が不正です: %2</translation>
    </message>
</context>
<context>
    <name>bd::DocumentContextBuilder</name>
    <message>
        <source>The Japanese text of {{%1}} is empty: the English text is used.</source>
        <translation>{{%1}} の日本語が空欄のため、英語の文を使用します。</translation>
    </message>
    <message>
        <source>The English text of {{%1}} is empty: the Japanese text is used.</source>
        <translation>{{%1}} の英語が空欄のため、日本語の文を使用します。</translation>
    </message>
    <message>
        <source>The data item &quot;%1&quot; is not in the catalogue: its key is printed.</source>
        <translation>データ項目「%1」は項目一覧にないため、キーをそのまま出力します。</translation>
    </message>
    <message>
        <source>No data set of this group is held for &quot;%1&quot;: check that the recipient&apos;s organisation is written as in the data sets.</source>
        <translation>このグループには「%1」から預かる対象データがありません。宛先の組織名が対象データの委託元と同じ表記になっているか確認してください。</translation>
    </message>
    <message>
        <source>The inquiry desk&apos;s number %1 is free-dial, which cannot be called from abroad: enter a number for callers abroad as well.</source>
        <translation>お問い合わせ窓口の電話番号 %1 はフリーダイヤルのため、海外からはおかけいただけません。海外からおかけの場合の電話番号も入力してください。</translation>
    </message>
</context>
<context>
    <name>bd::DocumentsPage</name>
    <message>
        <source>Reset to built-in…</source>
        <translation>組み込みテンプレートに戻す…</translation>
    </message>
    <message>
        <source>File names of one PDF per recipient: {group}, {row}, {name}, {lang}, {index}, {id}</source>
        <translation>宛先ごとの PDF のファイル名: {group}、{row}、{name}、{lang}、{index}、{id}</translation>
    </message>
    <message>
        <source>Western (2024年12月25日)</source>
        <translation>西暦（2024年12月25日）</translation>
    </message>
    <message>
        <source>Japanese era (令和6年12月25日)</source>
        <translation>和暦（令和6年12月25日）</translation>
    </message>
    <message>
        <source>Recipient&apos;s language</source>
        <translation>宛先の言語</translation>
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
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文書:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>サンプル %1</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>前の宛先</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>次の宛先</translation>
    </message>
    <message>
        <source>Step through %1 recipients chosen at random</source>
        <translation>無作為に選んだ %1 件の宛先を順に表示します</translation>
    </message>
    <message>
        <source>Problems (click to go to the place to fix)</source>
        <translation>問題（クリックすると修正箇所に移動します）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Merged PDF…</source>
        <translation>結合 PDF…</translation>
    </message>
    <message>
        <source>One PDF per recipient…</source>
        <translation>宛先ごとの PDF…</translation>
    </message>
    <message>
        <source>ODT of the draft…</source>
        <translation>下書きの ODT…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <source>Add a recipient group on the Recipients page first.</source>
        <translation>先に［宛先］ページで宛先グループを追加してください。</translation>
    </message>
    <message>
        <source>This incident&apos;s own draft</source>
        <translation>このインシデント独自の下書き</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>組み込みテンプレート</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>下書きを保存できませんでした。</translation>
    </message>
    <message>
        <source>This incident&apos;s own draft — saved</source>
        <translation>このインシデント独自の下書き — 保存済み</translation>
    </message>
    <message>
        <source>No recipients: the draft is shown with empty recipient fields</source>
        <translation>宛先がないため、宛先の欄を空欄にして下書きを表示しています</translation>
    </message>
    <message>
        <source>Sample %1 of %2: %3</source>
        <translation>サンプル %1/%2: %3</translation>
    </message>
    <message>
        <source>Recipient %1 of %2: %3</source>
        <translation>宛先 %1/%2: %3</translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation>組み込みテンプレートに戻す</translation>
    </message>
    <message>
        <source>Replace this incident&apos;s Japanese and English drafts of &quot;%1&quot; with the built-in templates? Your changes to them are lost.</source>
        <translation>このインシデントの「%1」の日本語と英語の下書きを組み込みテンプレートで置き換えますか？下書きへの変更は失われます。</translation>
    </message>
    <message>
        <source>The draft could not be reset.</source>
        <translation>下書きを組み込みテンプレートに戻せませんでした。</translation>
    </message>
    <message>
        <source>The group has no recipients: import them on the Recipients page.</source>
        <translation>このグループには宛先がありません。［宛先］ページでインポートしてください。</translation>
    </message>
    <message>
        <source>Nothing was written: fix the problems listed under the draft first.</source>
        <translation>何も書き出していません。先に下書きの下に表示されている問題を修正してください。</translation>
    </message>
    <message>
        <source>The letters could not be written.</source>
        <translation>文書を書き出せませんでした。</translation>
    </message>
    <message>
        <source>%1 letters written (%2 pages).</source>
        <translation>%1 通の文書を書き出しました（%2 ページ）。</translation>
    </message>
    <message>
        <source>The ODT file could not be written.</source>
        <translation>ODT ファイルを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Merged PDF</source>
        <translation>結合 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for one PDF per recipient</source>
        <translation>宛先ごとの PDF の保存先フォルダー</translation>
    </message>
    <message>
        <source>ODT of the draft</source>
        <translation>下書きの ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>%n 通の文書を印刷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more problems with recipients</source>
        <translation>… ほか、宛先に関する問題が %1 件あります</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>問題はありません</translation>
    </message>
    <message>
        <source>Fix recipient</source>
        <translation>宛先の修正</translation>
    </message>
    <message>
        <source>Postal address of %1:</source>
        <translation>%1 の住所:</translation>
    </message>
    <message>
        <source>E-mail address of %1:</source>
        <translation>%1 のメールアドレス:</translation>
    </message>
    <message>
        <source>The recipient could not be saved.</source>
        <translation>宛先を保存できませんでした。</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded in the audit trail.</source>
        <translation>文書は書き出しましたが、変更履歴に記録できませんでした。</translation>
    </message>
    <message>
        <source>The folder you chose already holds other files, so the letters were put in a new folder inside it:
%1</source>
        <translation>選択したフォルダーには既に他のファイルがあるため、その中に新しいフォルダーを作成して文書を保存しました:
%1</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <source>Until they are issued, letters are drafts marked 下書き / DRAFT on every page. Issuing writes them without the mark and records the batch as sent.</source>
        <translation>発行するまで、通知文は全ページに「下書き」/ DRAFT と表示される下書きです。発行すると表示なしで書き出し、送付したバッチとして記録します。</translation>
    </message>
    <message>
        <source>The workspace is read-only: letters can be issued only where the batch can be recorded.</source>
        <translation>ワークスペースは読み取り専用です。通知文はバッチを記録できる場合にのみ発行できます。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き出していません。</translation>
    </message>
    <message>
        <source>Write a draft of the current letters instead (marked on every page)?</source>
        <translation>代わりに現在の通知文の下書き（全ページに表示付き）を書き出しますか？</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded as issued: they are not issued.</source>
        <translation>通知文は書き出しましたが、発行済みとして記録できませんでした。発行されていません。</translation>
    </message>
    <message>
        <source>Issued as batch %1, dated %2.</source>
        <translation>バッチ %1（日付 %2）として発行しました。</translation>
    </message>
    <message>
        <source>A copy of batch %1, the same bytes as the letters issued.</source>
        <translation>バッチ %1 の複製です。発行した通知文とバイト単位で同一です。</translation>
    </message>
    <message>
        <source>Drafts: every page is marked 下書き / DRAFT. Use Issue… to issue the letters.</source>
        <translation>下書きです。全ページに「下書き」/ DRAFT と表示されます。通知文を発行するには「発行…」を使ってください。</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Batch %1 of these letters was issued on %2 (%3 letters). Why are they issued again? The reason is recorded with the new batch.</source>
        <translation>この通知文はバッチ %1 として %2 に発行済みです（%3 通）。再発行する理由は何ですか？理由は新しいバッチとともに記録されます。</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>通知文の発行</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n letter(s) to %1, dated %2? They are written without the draft mark and recorded as issued, with the SHA-256 of every file; the record cannot be changed afterwards.</source>
        <translation>
            <numerusform>%1 宛ての通知文 %n 通を日付 %2 で発行しますか？下書き表示なしで書き出し、各ファイルの SHA-256 とともに発行済みとして記録します。記録は後から変更できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>One merged PDF…</source>
        <translation>1つに結合した PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Issued letters (merged PDF)</source>
        <translation>発行する通知文（結合 PDF）</translation>
    </message>
    <message>
        <source>Folder for the issued letters, one PDF per recipient</source>
        <translation>発行する通知文のフォルダ（宛先ごとに1つの PDF）</translation>
    </message>
    <message>
        <source>The letters could not be printed.</source>
        <translation>通知文を印刷できませんでした。</translation>
    </message>
    <message>
        <source>The letters were printed but could not be recorded in the audit trail.</source>
        <translation>通知文は印刷しましたが、変更履歴に記録できませんでした。</translation>
    </message>
</context>
<context>
    <name>bd::DraftFilingCommand</name>
    <message>
        <source>Usage: breachdesk draft-filing --incident CODE --kind KIND [--lang ja|en] [--date YYYY-MM-DD] [--consignor NAME] [--late-reason TEXT] (--text | --html OUT | --pdf OUT)
       breachdesk draft-filing --kind list [--incident CODE]</source>
        <translation>使い方: breachdesk draft-filing --incident CODE --kind KIND [--lang ja|en] [--date YYYY-MM-DD] [--consignor NAME] [--late-reason TEXT] (--text | --html OUT | --pdf OUT)
       breachdesk draft-filing --kind list [--incident CODE]</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>必要に応じて</translation>
    </message>
    <message>
        <source>called for</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>not called for</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Consignor clients: %1</source>
        <translation>委託元: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Draft a filing or notice (PPC report, public notice, consignor notice, P-mark report, GDPR) as text, a web page or a PDF, as the Filings page does; nothing is issued.</source>
        <translation>報告・通知（個人情報保護委員会への報告、公表文、委託元への通知、プライバシーマーク報告、GDPR）の下書きを、届出ページと同じようにテキスト、ウェブページまたは PDF で作成します。発行はしません。</translation>
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
        <source>What to draft (ppc_preliminary, ppc_final, public_notice, …); list prints every kind.</source>
        <translation>作成する文書（ppc_preliminary、ppc_final、public_notice など）。list ですべての種類を表示します。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ja or en; default: the kind&apos;s own language (a consignor client&apos;s: the client&apos;s, else Japanese).</source>
        <translation>ja または en。既定は文書の種類の言語（委託元への通知は委託元の言語、それ以外は日本語）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The document&apos;s date (YYYY-MM-DD); default: today.</source>
        <translation>文書の日付（YYYY-MM-DD）。既定は今日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The consignor client a consignor notice is addressed to.</source>
        <translation>委託元への通知の宛先となる委託元。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GDPR Art. 33: the reasons for notifying after 72 hours (Art. 33(1)).</source>
        <translation>GDPR 第33条: 72時間を過ぎて通知する理由（第33条第1項）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print the document&apos;s text to standard output.</source>
        <translation>文書の本文を標準出力に出力します。</translation>
    </message>
    <message>
        <source>Write the document as a web page; - for standard output.</source>
        <translation>文書をウェブページとして書き出します。- は標準出力。</translation>
    </message>
    <message>
        <source>OUT.html</source>
        <translation>OUT.html</translation>
    </message>
    <message>
        <source>Write the document as a PDF; - for standard output.</source>
        <translation>文書を PDF として書き出します。- は標準出力。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Run with --kind list for the kinds.</source>
        <translation>不明な種類「%1」です。--kind list で種類を確認してください。</translation>
    </message>
    <message>
        <source>--lang must be ja or en, not &quot;%1&quot;.</source>
        <translation>--lang は ja または en です（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date like 2024-10-18.</source>
        <translation>--date: 「%1」は 2024-10-18 のような日付ではありません。</translation>
    </message>
    <message>
        <source>--consignor is only for the notice to a consignor client (consignor_notice).</source>
        <translation>--consignor は委託元への通知（consignor_notice）でのみ使えます。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The consignor clients of %1: %2</source>
        <translation>%1 の委託元: %2</translation>
    </message>
    <message>
        <source>Check before issuing:</source>
        <translation>発行前に確認してください:</translation>
    </message>
    <message>
        <source>Warning: more than 72 hours have passed since the organisation became aware of the breach; give the reasons for the delay with --late-reason (GDPR Art. 33(1)).</source>
        <translation>警告: 侵害を認識してから72時間を超えています。遅延の理由を --late-reason で指定してください（GDPR 第33条第1項）。</translation>
    </message>
    <message>
        <source>Error: the PDF could not be made: %1</source>
        <translation>エラー: PDF を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote the draft %1 to %2</source>
        <translation>下書き %1 を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Blocks issuing:</source>
        <translation>発行を妨げる問題:</translation>
    </message>
</context>
<context>
    <name>bd::DraftKinds</name>
    <message>
        <source>PPC report — preliminary (速報)</source>
        <translation>個人情報保護委員会への報告 — 速報</translation>
    </message>
    <message>
        <source>PPC report — final (確報)</source>
        <translation>個人情報保護委員会への報告 — 確報</translation>
    </message>
    <message>
        <source>PPC report — follow-up (続報)</source>
        <translation>個人情報保護委員会への報告 — 続報</translation>
    </message>
    <message>
        <source>PPC report — combined preliminary and final (速報兼確報)</source>
        <translation>個人情報保護委員会への報告 — 速報兼確報</translation>
    </message>
    <message>
        <source>Public notice — next edition</source>
        <translation>公表文 — 次の版</translation>
    </message>
    <message>
        <source>Public notice — final edition</source>
        <translation>公表文 — 最終報</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>委託元への通知</translation>
    </message>
    <message>
        <source>Privacy Mark report — preliminary</source>
        <translation>プライバシーマーク報告 — 第一報</translation>
    </message>
    <message>
        <source>Privacy Mark report — final</source>
        <translation>プライバシーマーク報告 — 最終報告</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification (next phase)</source>
        <translation>GDPR 第33条の通知（次の段階）</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR 第34条の連絡</translation>
    </message>
    <message>
        <source>%1 (Japanese)</source>
        <translation>%1（日本語）</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1（英語）</translation>
    </message>
    <message>
        <source>Notice to consignor client %1</source>
        <translation>委託元 %1 への通知</translation>
    </message>
</context>
<context>
    <name>bd::EncryptedExport</name>
    <message>
        <source>Encrypt the file with OpenPGP for this key only: a fingerprint, key id or e-mail address in your GnuPG keyring (GNUPGHOME), or a public key file (used for this export only; your keyring is not changed).</source>
        <translation>この鍵だけに向けてファイルを OpenPGP で暗号化します。GnuPG キーリング（GNUPGHOME）にあるフィンガープリント、鍵 ID、メールアドレス、または公開鍵ファイル（今回のエクスポートにのみ使用し、キーリングは変更しません）を指定します。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>With --encrypt-to: ASCII-armoured text instead of binary.</source>
        <translation>--encrypt-to と併用: バイナリではなく ASCII 形式（アーマー）のテキストで出力します。</translation>
    </message>
    <message>
        <source>Nothing was written under %1 and nothing was recorded.</source>
        <translation>%1 には何も書き出されず、何も記録されていません。</translation>
    </message>
    <message>
        <source>--armor goes with --encrypt-to KEY.</source>
        <translation>--armor は --encrypt-to KEY と一緒に指定してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き出していません。</translation>
    </message>
    <message>
        <source>Encrypting for the OpenPGP key %1 “%2” (trusted because you named it: check this fingerprint with its owner).</source>
        <translation>OpenPGP 鍵 %1「%2」に向けて暗号化します（あなたが指定したため信頼しています。このフィンガープリントを鍵の持ち主に確認してください）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, encrypted: %n file(s), manifest SHA-256 %2; SHA-256 of the encrypted file %3.</source>
        <translation>
            <numerusform>%1 を暗号化して書き出しました: ファイル %n 件、マニフェストの SHA-256 %2、暗号化ファイルの SHA-256 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No recipient of the group %1 belongs to the consignor client %2 (by its organisation): nothing was written.</source>
        <translation>グループ %1 の受信者のうち、委託元 %2 に（所属組織により）属する人はいません。何も書き出していません。</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 cannot be written in CP932; written as ?</source>
        <translation>%1 行 %2 列: %3 は CP932 で表せないため ? として書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 belonging to %2 to %3, encrypted (SHA-256 %4).</source>
        <translation>
            <numerusform>%1 の受信者のうち %2 に属する %n 人を %3 に暗号化してエクスポートしました（SHA-256 %4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of the group name no consignor client (organisation) and were left out.</source>
        <translation>
            <numerusform>グループの受信者のうち %n 人は委託元（組織）が指定されていないため除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 to %2, encrypted (SHA-256 %3).</source>
        <translation>
            <numerusform>%1 の受信者 %n 人を %2 に暗号化してエクスポートしました（SHA-256 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hand-over is not entered in the filing register either.</source>
        <translation>この引き渡しは文書管理簿にも登録されていません。</translation>
    </message>
</context>
<context>
    <name>bd::ExportArchiveCommand</name>
    <message>
        <source>The incident&apos;s code.</source>
        <translation>インシデントのコード。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The zip file to write; - for standard output.</source>
        <translation>書き出す zip ファイル（- を指定すると標準出力）。</translation>
    </message>
    <message>
        <source>Nothing was written under %1 and nothing was recorded.</source>
        <translation>%1 には何も書き出されず、何も記録されていません。</translation>
    </message>
    <message>
        <source>Write an incident&apos;s whole record (issued documents, register, obligations, audit trail) as one zip with a SHA-256 manifest, signed with your key.</source>
        <translation>インシデントの記録全体（発行済み文書、管理簿、義務、変更履歴）を、SHA-256 マニフェスト付きの 1 つの zip として書き出し、あなたの鍵で署名します。</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-archive --incident CODE [--encrypt-to KEY [--armor]] OUT.zip</source>
        <translation>使い方: breachdesk export-archive --incident CODE [--encrypt-to KEY [--armor]] OUT.zip</translation>
    </message>
    <message>
        <source>A new signing key was made: %1. Its fingerprint is %2; give it to whoever checks your archives by another way than the archives themselves (in person, by telephone).</source>
        <translation>新しい署名鍵を作成しました: %1。フィンガープリントは %2 です。アーカイブを検証する相手には、アーカイブ以外の方法（対面、電話など）でこれを伝えてください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), manifest SHA-256 %2, signed by %3.</source>
        <translation>
            <numerusform>%1 を書き出しました: ファイル %n 件、マニフェストの SHA-256 %2、%3 による署名。</numerusform>
        </translation>
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
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>bd::ExportLettersCommand</name>
    <message>
        <source>, line %1, column %2</source>
        <translation>、%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>Write a recipient group&apos;s letters as PDF (merged, or one file per recipient).</source>
        <translation>宛先グループの文書を PDF に書き出します（結合、または宛先ごとに 1 ファイル）。</translation>
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
        <source>The recipient group&apos;s key (employees, consignor_clients, …).</source>
        <translation>宛先グループのキー（employees、consignor_clients など）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>ja or en for every letter; auto (the default): each recipient&apos;s language, else the group&apos;s.</source>
        <translation>すべての文書を ja または en で作成します。auto（既定）の場合は宛先ごとの言語、指定がなければグループの言語を使用します。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>File names for --each, from {group}, {row}, {name}, {lang}, {index} and {id}.</source>
        <translation>--each で使用するファイル名。{group}、{row}、{name}、{lang}、{index}、{id} を使用できます。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>seireki (2024年12月25日) or wareki (令和6年12月25日); default: the document&apos;s setting.</source>
        <translation>seireki（2024年12月25日）または wareki（令和6年12月25日）。既定: 文書の設定。</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>letter (to individuals, the default) or consignor (to consignor clients).</source>
        <translation>letter（本人宛て、既定）または consignor（委託元宛て）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The letters&apos; date (YYYY-MM-DD); default: today.</source>
        <translation>文書の日付（YYYY-MM-DD）。既定: 今日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--lang must be ja, en or auto.</source>
        <translation>--lang には ja、en、auto のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--date-style must be seireki or wareki.</source>
        <translation>--date-style には seireki または wareki を指定してください。</translation>
    </message>
    <message>
        <source>--date must be a date like 2024-12-25.</source>
        <translation>--date には 2024-12-25 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>The cover e-mail is text, not a letter: use --kind letter or consignor.</source>
        <translation>送付状メールはテキストであり、文書ではありません。--kind letter または consignor を指定してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The group %1 has no recipients: import them first.</source>
        <translation>グループ %1 には宛先がありません。先にインポートしてください。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>… and %1 more problems with recipients.</source>
        <translation>… ほか、宛先に関する問題が %1 件あります。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: fix the %n error(s) above first.</source>
        <translation>
            <numerusform>何も書き出していません。先に上記の %n 件のエラーを修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 recipients in %2 s.</source>
        <translation>%1 件の宛先を %2 秒で確認しました。</translation>
    </message>
    <message>
        <source>%1 letters (Japanese %2, English %3), %4 pages in %5 s.</source>
        <translation>%1 通（日本語 %2 通、英語 %3 通）、%4 ページを %5 秒で作成しました。</translation>
    </message>
    <message>
        <source>Merged PDF: %1</source>
        <translation>結合 PDF: %1</translation>
    </message>
    <message>
        <source>%1 files in %2</source>
        <translation>%2 に %1 ファイル</translation>
    </message>
    <message>
        <source>Warning: %1 glyphs could not be given their text in the PDF (they print correctly but cannot be searched).</source>
        <translation>警告: %1 個のグリフに PDF 上のテキストを対応付けられませんでした（正しく印刷されますが、検索はできません）。</translation>
    </message>
    <message>
        <source>One PDF with every letter, each starting on a new page; - for standard output.</source>
        <translation>すべての文書をまとめた 1 つの PDF（各文書は新しいページから始まります。- を指定すると標準出力）。</translation>
    </message>
    <message>
        <source>A new or empty folder for one PDF per recipient and a manifest.json listing them; it appears complete or not at all, and a folder that holds anything is refused.</source>
        <translation>宛先ごとの PDF と、それらを一覧にした manifest.json を保存する、新規または空のフォルダー。フォルダーの中身はすべてそろった状態で現れるか、まったく現れないかのどちらかです。何かが入っているフォルダーは指定できません。</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded in the audit trail.</source>
        <translation>文書は書き出しましたが、変更履歴に記録できませんでした。</translation>
    </message>
    <message>
        <source>Manifest (sequence, recipient id, file, pages, SHA-256): %1</source>
        <translation>マニフェスト（連番、宛先 ID、ファイル、ページ数、SHA-256）: %1</translation>
    </message>
    <message>
        <source>Issue the letters: written without the 「下書き」/DRAFT mark and recorded as an issued batch (the files&apos; SHA-256 among it). Without it, letters are drafts, or copies of the batch issued.</source>
        <translation>通知文を発行します。「下書き」/DRAFT 表示なしで書き出し、発行済みバッチ（各ファイルの SHA-256 を含む）として記録します。指定しない場合は下書き、または発行済みバッチの複製になります。</translation>
    </message>
    <message>
        <source>Issue the letters again although a batch of them was issued, for this reason (recorded with the new batch).</source>
        <translation>発行済みのバッチがあっても、この理由で通知文を再発行します（理由は新しいバッチとともに記録されます）。</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>A draft (marked on every page) even when the letters were issued: the current text.</source>
        <translation>発行済みであっても、現在の文面で下書き（全ページに表示付き）を作成します。</translation>
    </message>
    <message>
        <source>--draft and --issue exclude each other.</source>
        <translation>--draft と --issue は同時に指定できません。</translation>
    </message>
    <message>
        <source>--reissue needs the reason the letters are issued again.</source>
        <translation>--reissue には通知文を再発行する理由が必要です。</translation>
    </message>
    <message>
        <source>Issued letters, and copies of them, are either --merged or --each: choose one (or --draft for both).</source>
        <translation>発行する通知文とその複製は --merged か --each のどちらかです。一方を選んでください（--draft ならどちらでも可）。</translation>
    </message>
    <message>
        <source>The workspace is read-only: letters can be issued only where the batch can be recorded.</source>
        <translation>ワークスペースは読み取り専用です。通知文はバッチを記録できる場合にのみ発行できます。</translation>
    </message>
    <message>
        <source>Error: batch %1 was issued dated %2 (language %3, %4 dates); a copy of it is made the same way: leave out --date, --lang and --date-style, or ask for a --draft.</source>
        <translation>エラー: バッチ %1 は日付 %2（言語 %3、%4 の日付）で発行されています。複製も同じ方法で作成されます。--date、--lang、--date-style を指定しないか、--draft を指定してください。</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded as issued: they are not issued.</source>
        <translation>通知文は書き出しましたが、発行済みとして記録できませんでした。発行されていません。</translation>
    </message>
    <message>
        <source>Drafts: every page is marked 下書き (English letters: DRAFT); nothing was issued (--issue issues them).</source>
        <translation>下書きです。全ページに「下書き」（英文は DRAFT）と表示されます。何も発行していません（発行は --issue）。</translation>
    </message>
    <message>
        <source>Issued as batch %1 (%2 letters dated %3); the SHA-256 of every file is recorded.</source>
        <translation>バッチ %1（%2 通、日付 %3）として発行しました。各ファイルの SHA-256 を記録しました。</translation>
    </message>
    <message>
        <source>A copy of batch %1, issued %2: the same bytes as the letters issued (every SHA-256 checked).</source>
        <translation>%2 に発行したバッチ %1 の複製です。発行した通知文とバイト単位で同一です（すべての SHA-256 を確認済み）。</translation>
    </message>
    <message>
        <source>Pad each letter to an even page count for duplex printing, so that no letter starts on the back of another&apos;s sheet (the default with --merged).</source>
        <translation>両面印刷で別の人の用紙の裏から通知が始まらないよう、各通知を偶数ページにそろえます（--merged の既定）。</translation>
    </message>
    <message>
        <source>Do not pad letters to even pages.</source>
        <translation>通知を偶数ページにそろえません。</translation>
    </message>
    <message>
        <source>The CSV manifest for checking the enveloping (sequence, recipient id, pages, control numbers); default: beside the merged PDF as NAME.manifest.csv. --each folders hold a manifest.csv too.</source>
        <translation>封入照合用の CSV 一覧（連番、宛先 ID、ページ数、管理番号）。既定：結合 PDF の隣に NAME.manifest.csv。--each のフォルダーにも manifest.csv を置きます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>naga3: lay the address block out for a 長形3号 window envelope (A4 folded in three).</source>
        <translation>naga3：宛名を長形3号の窓付き封筒（A4 三つ折り）の窓に合わせて配置します。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The envelope window in millimetres from the sheet&apos;s top left corner: X,Y,WIDTH,HEIGHT (default: the workspace&apos;s, else 23,13,90,45).</source>
        <translation>封筒の窓の位置（用紙の左上からのミリメートル）：X,Y,幅,高さ（既定：ワークスペースの設定、なければ 23,13,90,45）。</translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation>X,Y,W,H</translation>
    </message>
    <message>
        <source>Keep --window as the workspace&apos;s default window for --envelope.</source>
        <translation>--window の窓を、このワークスペースでの --envelope の既定として保存します。</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-letters --incident CODE --group KEY [--lang ja|en|auto] (--merged OUT.pdf | --each DIR [--pattern P]) [--date-style seireki|wareki] [--kind letter|consignor] [--date YYYY-MM-DD] [--issue [--reissue REASON] | --draft] [--pad-even | --no-pad] [--manifest FILE] [--envelope naga3 [--window X,Y,W,H [--save-window]]]</source>
        <translation>使い方: breachdesk export-letters --incident CODE --group KEY [--lang ja|en|auto] (--merged OUT.pdf | --each DIR [--pattern P]) [--date-style seireki|wareki] [--kind letter|consignor] [--date YYYY-MM-DD] [--issue [--reissue REASON] | --draft] [--pad-even | --no-pad] [--manifest FILE] [--envelope naga3 [--window X,Y,W,H [--save-window]]]</translation>
    </message>
    <message>
        <source>--pad-even and --no-pad exclude each other.</source>
        <translation>--pad-even と --no-pad は同時に指定できません。</translation>
    </message>
    <message>
        <source>--envelope must be naga3.</source>
        <translation>--envelope には naga3 を指定してください。</translation>
    </message>
    <message>
        <source>--window must be X,Y,WIDTH,HEIGHT in millimetres, inside an A4 sheet, e.g. 23,13,90,45.</source>
        <translation>--window は A4 用紙内の X,Y,幅,高さ（ミリメートル）で指定してください（例：23,13,90,45）。</translation>
    </message>
    <message>
        <source>--window goes with --envelope naga3, and --save-window with --window.</source>
        <translation>--window は --envelope naga3 と、--save-window は --window と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--manifest needs a file name.</source>
        <translation>--manifest にはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Error: batch %1 was issued with the print layout &quot;%2&quot;; a copy of it is laid out the same way: leave out --pad-even, --no-pad and --envelope, or ask for a --draft.</source>
        <translation>エラー: バッチ %1 は印刷レイアウト「%2」で発行されました。その写しも同じレイアウトで作成します。--pad-even、--no-pad、--envelope を外すか、--draft を指定してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--manifest must not be the merged PDF.</source>
        <translation>--manifest に結合 PDF と同じファイルは指定できません。</translation>
    </message>
    <message>
        <source>Every page carries its control number (%1-0001 1/2 …).</source>
        <translation>すべてのページに管理番号（%1-0001 1/2 …）を印字しました。</translation>
    </message>
    <message>
        <source>Enveloping manifest (CSV): %1</source>
        <translation>封入照合用一覧（CSV）: %1</translation>
    </message>
    <message>
        <source>Letters padded to an even page count for duplex printing.</source>
        <translation>両面印刷用に、各通知を偶数ページにそろえました。</translation>
    </message>
    <message>
        <source>Letters not padded to even pages: print them single-sided.</source>
        <translation>通知は偶数ページにそろえていません。片面で印刷してください。</translation>
    </message>
    <message>
        <source>Address blocks placed for a 長3 window envelope, window %1 mm.</source>
        <translation>宛名を長3窓付き封筒の窓（%1 mm）に配置しました。</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the address of %n letter(s) does not fit the envelope window (letters %1; see address_window in the manifest).</source>
        <translation>
            <numerusform>警告: %n 通の通知で、宛名が封筒の窓に収まりません（通知 %1。照合用一覧の address_window を参照）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ExportRecipientsCommand</name>
    <message>
        <source>Write a recipient group to CSV or XLSX.</source>
        <translation>宛先グループを CSV または XLSX に書き出します。</translation>
    </message>
    <message>
        <source>Writes the group&apos;s included recipients (excluded ones are left out) with a header of field names that import-recipients maps back. Cells that begin with = + - @ are written with a leading &apos; so that a spreadsheet never runs them.</source>
        <translation>グループの送付対象の宛先（対象外の宛先を除く）を、import-recipients で読み込み直せる項目名の見出し行を付けて書き出します。= + - @ で始まるセルは、表計算ソフトで実行されないよう先頭に &apos; を付けて書き出します。</translation>
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
        <source>The recipient group&apos;s key.</source>
        <translation>宛先グループのキー。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of the header row: ja (default) or en.</source>
        <translation>見出し行の言語: ja（既定）または en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>Unknown format or header language; use --format csv|csv-cp932|xlsx and --header-language ja|en.</source>
        <translation>形式または見出し行の言語が不明です。--format csv|csv-cp932|xlsx および --header-language ja|en を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 cannot be written in CP932; written as ?</source>
        <translation>%1 行目、%2 列目: %3 は CP932 で書き出せないため、? として書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 to %2</source>
        <translation>
            <numerusform>%1 の宛先 %n 件を %2 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident %1 has no consignor client %2: none of its data sets is held for a consignor.</source>
        <translation>インシデント %1 には委託元 %2 がありません。委託元のために保有しているデータセットがありません。</translation>
    </message>
    <message>
        <source>The incident %1 has no consignor client %2. Its consignor clients: %3</source>
        <translation>インシデント %1 には委託元 %2 がありません。このインシデントの委託元: %3</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM), csv-cp932 (Shift_JIS) or xlsx (default: xlsx for OUT.xlsx or OUT.xlsx.gpg, else csv).</source>
        <translation>csv（BOM 付き UTF-8）、csv-cp932（Shift_JIS）または xlsx（既定: OUT.xlsx または OUT.xlsx.gpg なら xlsx、それ以外は csv）。</translation>
    </message>
    <message>
        <source>Only the recipients belonging to this consignor client (their organisation names it), as a hand-over to that client entered in the filing register; needs --encrypt-to.</source>
        <translation>この委託元に属する（所属組織がその委託元である）受信者のみを、その委託元への引き渡しとして文書管理簿に登録して書き出します。--encrypt-to が必要です。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-recipients --incident CODE --group KEY [--format csv|csv-cp932|xlsx] [--consignor NAME] [--encrypt-to KEY [--armor]] OUT</source>
        <translation>使い方: breachdesk export-recipients --incident CODE --group KEY [--format csv|csv-cp932|xlsx] [--consignor NAME] [--encrypt-to KEY [--armor]] OUT</translation>
    </message>
    <message>
        <source>--consignor hands a client its own records: give --encrypt-to with the client&apos;s OpenPGP key.</source>
        <translation>--consignor は委託元にその委託元自身の記録を引き渡します。--encrypt-to で委託元の OpenPGP 鍵を指定してください。</translation>
    </message>
</context>
<context>
    <name>bd::FactsPage</name>
    <message>
        <source>What happened</source>
        <translation>発生した事態</translation>
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
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Leak (漏えい):</source>
        <translation>漏えい:</translation>
    </message>
    <message>
        <source>Loss (滅失):</source>
        <translation>滅失:</translation>
    </message>
    <message>
        <source>Damage (毀損):</source>
        <translation>毀損:</translation>
    </message>
    <message>
        <source>Encryption and people who cannot be reached are recorded for each data set, on the Data sets page.</source>
        <translation>暗号化と連絡できない本人は、データセットごとに「データセット」ページで記録します。</translation>
    </message>
</context>
<context>
    <name>bd::Fields</name>
    <message>
        <source>expected one of %1</source>
        <translation>%1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2,000,000,000</source>
        <translation>0～2,000,000,000 の整数を指定してください</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>日付を YYYY-MM-DD 形式で指定してください</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, as YYYY-MM-DDThh:mm[:ss]+09:00</source>
        <translation>日時を時差付きの YYYY-MM-DDThh:mm[:ss]+09:00 形式で指定してください</translation>
    </message>
    <message>
        <source>Incident code</source>
        <translation>インシデントのコード</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>タイトル（日本語）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>タイトル（英語）</translation>
    </message>
    <message>
        <source>Organisation name (Japanese)</source>
        <translation>報告事業者の名称（日本語）</translation>
    </message>
    <message>
        <source>Organisation name (English)</source>
        <translation>報告事業者の名称（英語）</translation>
    </message>
    <message>
        <source>Organisation address (Japanese)</source>
        <translation>報告事業者の所在地（日本語）</translation>
    </message>
    <message>
        <source>Organisation address (English)</source>
        <translation>報告事業者の所在地（英語）</translation>
    </message>
    <message>
        <source>Representative (Japanese)</source>
        <translation>代表者（日本語）</translation>
    </message>
    <message>
        <source>Representative (English)</source>
        <translation>代表者（英語）</translation>
    </message>
    <message>
        <source>Contact desk name (Japanese)</source>
        <translation>問い合わせ窓口の名称（日本語）</translation>
    </message>
    <message>
        <source>Contact desk name (English)</source>
        <translation>問い合わせ窓口の名称（英語）</translation>
    </message>
    <message>
        <source>Contact desk phone</source>
        <translation>問い合わせ窓口の電話番号</translation>
    </message>
    <message>
        <source>Contact desk e-mail</source>
        <translation>問い合わせ窓口のメールアドレス</translation>
    </message>
    <message>
        <source>Contact desk hours (Japanese)</source>
        <translation>問い合わせ窓口の受付時間（日本語）</translation>
    </message>
    <message>
        <source>Contact desk hours (English)</source>
        <translation>問い合わせ窓口の受付時間（英語）</translation>
    </message>
    <message>
        <source>Reason for the malice assessment</source>
        <translation>不正の目的に関する判断の理由</translation>
    </message>
    <message>
        <source>Privacy Mark review body</source>
        <translation>プライバシーマーク審査機関</translation>
    </message>
    <message>
        <source>Reason some people cannot be reached</source>
        <translation>本人に連絡が取れない理由</translation>
    </message>
    <message>
        <source>Data set group</source>
        <translation>対象データの本人の区分</translation>
    </message>
    <message>
        <source>Group label (Japanese)</source>
        <translation>本人の区分の名称（日本語）</translation>
    </message>
    <message>
        <source>Group label (English)</source>
        <translation>本人の区分の名称（英語）</translation>
    </message>
    <message>
        <source>Consignor client</source>
        <translation>委託元</translation>
    </message>
    <message>
        <source>Timeline text (Japanese)</source>
        <translation>経緯の出来事（日本語）</translation>
    </message>
    <message>
        <source>Timeline text (English)</source>
        <translation>経緯の出来事（英語）</translation>
    </message>
    <message>
        <source>Contact desk phone for callers abroad</source>
        <translation>窓口の電話番号（海外からおかけの場合）</translation>
    </message>
    <message>
        <source>Industry (Japanese)</source>
        <translation>業種（日本語）</translation>
    </message>
    <message>
        <source>Industry (English)</source>
        <translation>業種（英語）</translation>
    </message>
    <message>
        <source>Reporter&apos;s department (Japanese)</source>
        <translation>報告者の担当部署（日本語）</translation>
    </message>
    <message>
        <source>Reporter&apos;s department (English)</source>
        <translation>報告者の担当部署（英語）</translation>
    </message>
    <message>
        <source>Reporter&apos;s name (Japanese)</source>
        <translation>報告者の担当者名（日本語）</translation>
    </message>
    <message>
        <source>Reporter&apos;s name (English)</source>
        <translation>報告者の担当者名（英語）</translation>
    </message>
    <message>
        <source>Reporter&apos;s direct line</source>
        <translation>報告者の直通電話</translation>
    </message>
    <message>
        <source>Reporter&apos;s e-mail</source>
        <translation>報告者のメールアドレス</translation>
    </message>
    <message>
        <source>P-mark review body</source>
        <translation>プライバシーマーク審査機関</translation>
    </message>
</context>
<context>
    <name>bd::FilingArchive</name>
    <message>
        <source>Could not write %1 into the archive.</source>
        <translation>%1 をアーカイブに書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a readable archive.</source>
        <translation>%1 は読み込み可能なアーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive has no valid manifest.</source>
        <translation>アーカイブに有効なマニフェストがありません。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 がありません。</translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 does not match the manifest.</source>
        <translation>%1 は変更されています（SHA-256 がマニフェストと一致しません）。</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 はマニフェストに記載されていません。</translation>
    </message>
    <message>
        <source>Could not make the archive.</source>
        <translation>アーカイブを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not finish the archive.</source>
        <translation>アーカイブの書き込みを完了できませんでした。</translation>
    </message>
    <message>
        <source>The audit trail of the archive could not be read to check its chain.</source>
        <translation>チェーンを検証するためのアーカイブの変更履歴を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The manifest has no audit chain head, so its audit trail cannot be checked: it was removed.</source>
        <translation>マニフェストに変更履歴チェーンの先頭がないため、変更履歴を検証できません。削除されています。</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json has no chain hash.</source>
        <translation>audit.json の変更履歴エントリ %1 にチェーンハッシュがありません。</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json has been changed: its content no longer matches its hash.</source>
        <translation>audit.json の変更履歴エントリ %1 は変更されています。内容がハッシュと一致しません。</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json does not follow the entry before it: an entry was removed, inserted or moved there.</source>
        <translation>audit.json の変更履歴エントリ %1 は直前のエントリに続いていません。そこでエントリが削除、挿入、または移動されています。</translation>
    </message>
    <message>
        <source>The audit trail in audit.json (%1 entries) does not end at the chain head of the manifest (%2 entries): entries were removed or added.</source>
        <translation>audit.json の変更履歴（%1 件）がマニフェストのチェーン先頭（%2 件）で終わっていません。エントリが削除または追加されています。</translation>
    </message>
    <message>
        <source>The archive is not signed (it has no readable %1): who made it, and whether its manifest was changed, cannot be checked.</source>
        <translation>アーカイブは署名されていません（読み取れる %1 がありません）。作成者も、マニフェストが変更されたかどうかも検証できません。</translation>
    </message>
    <message>
        <source>%1 is not a valid signature (%2).</source>
        <translation>%1 は有効な署名ではありません（%2）。</translation>
    </message>
    <message>
        <source>The signature in %1 does not match %2: the manifest was changed after it was signed, or the signature belongs to another archive.</source>
        <translation>%1 の署名が %2 と一致しません。署名後にマニフェストが変更されたか、署名が別のアーカイブのものです。</translation>
    </message>
    <message>
        <source>%1 names %2 as its signer, but it was signed by %3.</source>
        <translation>%1 には署名者として %2 が記されていますが、実際には %3 が署名しています。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The archive was signed by %1, not by the key you gave (%2).</source>
        <translation>アーカイブは %1 によって署名されており、指定された鍵（%2）ではありません。</translation>
    </message>
    <message>
        <source>The archive&apos;s redaction statement or its signature is missing or unreadable.</source>
        <translation>アーカイブの消去記録またはその署名がないか、読み取れません。</translation>
    </message>
    <message>
        <source>The archive&apos;s redaction statement does not carry a valid signature: it was changed after it was signed.</source>
        <translation>アーカイブの消去記録に有効な署名がありません。署名後に変更されています。</translation>
    </message>
    <message>
        <source>The archive&apos;s redaction statement is not the one its audit trail records.</source>
        <translation>アーカイブの消去記録は、その変更履歴に記録されたものと一致しません。</translation>
    </message>
</context>
<context>
    <name>bd::FilingDrafter</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>the %1 issued on %2</source>
        <translation>%2 に発行した %1</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>%1 からの変更:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>There is no kind of filing called &quot;%1&quot;.</source>
        <translation>「%1」という種類の届出はありません。</translation>
    </message>
    <message>
        <source>The document needs a date.</source>
        <translation>文書には日付が必要です。</translation>
    </message>
    <message>
        <source>%1 is drafted in %2 only.</source>
        <translation>%1 は%2でのみ作成できます。</translation>
    </message>
    <message>
        <source>The obligations of %1 do not call for a %2 as they stand: check the facts and decisions on the Obligations page.</source>
        <translation>現在の判定では、%1 に %2 は必要ありません。「義務」ページで事実と判断を確認してください。</translation>
    </message>
    <message>
        <source>A notice to a consignor client needs the client.</source>
        <translation>委託元への通知には委託元の指定が必要です。</translation>
    </message>
    <message>
        <source>The data sets of %1 name no consignor client &quot;%2&quot;.</source>
        <translation>%1 のデータセットに委託元「%2」はありません。</translation>
    </message>
    <message>
        <source>The document could not be drafted: %1</source>
        <translation>文書を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Text: &quot;%1&quot;.</source>
        <translation>本文:「%1」。</translation>
    </message>
    <message>
        <source>The reporter&apos;s department, person and direct line are not in the company profile (Edit ▸ Company Profile…): the report gives the contact desk instead, which the PPC may query.</source>
        <translation>報告者の担当部署・担当者・直通電話が会社情報に登録されていません（編集 ▸ 会社情報…）。報告書には代わりに問い合わせ窓口を記載しますが、個人情報保護委員会から照会を受けることがあります。</translation>
    </message>
    <message>
        <source>The industry (業種) is not in the company profile (Edit ▸ Company Profile…): the PPC&apos;s form asks for it.</source>
        <translation>業種が会社情報に登録されていません（編集 ▸ 会社情報…）。個人情報保護委員会の様式では記載が求められます。</translation>
    </message>
</context>
<context>
    <name>bd::FilingRegister</name>
    <message>
        <source>drafted</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未着手</translation>
    </message>
    <message numerus="yes">
        <source>%1: its affected records (%n row(s))</source>
        <translation>
            <numerusform>%1: 影響を受けた記録（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Public notice %1</source>
        <translation>公表文 %1</translation>
    </message>
</context>
<context>
    <name>bd::FilingTableModel</name>
    <message>
        <source>Overridden: %1</source>
        <translation>上書き: %1</translation>
    </message>
    <message>
        <source>Provisional: the rule that requires it still needs a decision.</source>
        <translation>暫定: この報告等を求めるルールについて、まだ判断が必要です。</translation>
    </message>
    <message>
        <source>A public notice with an inquiry desk may replace individual notices (JP-N).</source>
        <translation>問い合わせ窓口を設けた公表により、本人への個別の通知に代えることができます（JP-N）。</translation>
    </message>
    <message>
        <source>Filing, to whom, legal basis</source>
        <translation>報告等・提出先・根拠</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Basis of the date</source>
        <translation>期限の根拠</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>bd::FilingTemplates</name>
    <message>
        <source>Breach report to the PPC</source>
        <translation>個人情報保護委員会への漏えい等報告</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公表文</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>委託元への通知</translation>
    </message>
    <message>
        <source>Privacy Mark accident report</source>
        <translation>プライバシーマーク事故報告</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR 第33条に基づく通知</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR 第34条に基づく連絡</translation>
    </message>
    <message>
        <source>The document could not be drafted: its template has errors.</source>
        <translation>テンプレートにエラーがあるため、文書を作成できませんでした。</translation>
    </message>
    <message>
        <source>There is no %1 template in this language.</source>
        <translation>この言語の %1 のテンプレートはありません。</translation>
    </message>
</context>
<context>
    <name>bd::FilingsPage</name>
    <message>
        <source>Filing</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>To</source>
        <translation>提出先</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>発行済み文書</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>発行(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;web page…</source>
        <translation>Web ページをエクスポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Filing register</source>
        <translation>届出台帳</translation>
    </message>
    <message>
        <source>Mark &amp;submitted…</source>
        <translation>提出済みにする(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>アーカイブをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>下書きを作成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日付(&amp;A):</translation>
    </message>
    <message>
        <source>Choose a kind and press Draft. Drafts follow the incident as it is now; issuing freezes one.</source>
        <translation>種類を選んで［下書きを作成］を押してください。下書きは現在のインシデントの内容を反映します。発行すると内容が固定されます。</translation>
    </message>
    <message>
        <source> (still under investigation)</source>
        <translation>（調査中）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>No consistency warnings.</source>
        <translation>整合性に関する警告はありません。</translation>
    </message>
    <message>
        <source>Check before issuing:</source>
        <translation>発行前に確認してください:</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR 第33条に基づく通知</translation>
    </message>
    <message>
        <source>More than 72 hours have passed since the organisation became aware of the breach. Reasons for the delay:</source>
        <translation>侵害を認識してから72時間が経過しています。遅延の理由:</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>The document could not be drafted.</source>
        <translation>文書を作成できませんでした。</translation>
    </message>
    <message>
        <source>Issue &quot;%1&quot;? An issued document is frozen: later edits of the incident do not change it.</source>
        <translation>「%1」を発行しますか？発行した文書は固定され、その後インシデントを編集しても変更されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) listed beside the draft have not been resolved.</source>
        <translation>
            <numerusform>下書きの横に表示されている警告 %n 件が未解決です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue document</source>
        <translation>文書の発行</translation>
    </message>
    <message>
        <source>The document could not be issued.</source>
        <translation>文書を発行できませんでした。</translation>
    </message>
    <message>
        <source>Mark submitted</source>
        <translation>提出済みにする</translation>
    </message>
    <message>
        <source>Select a filing in the register first.</source>
        <translation>先に届出台帳で届出を選択してください。</translation>
    </message>
    <message>
        <source>Submitted on (YYYY-MM-DD) and the receipt number:</source>
        <translation>提出日（YYYY-MM-DD）と受付番号:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>The filing could not be marked submitted.</source>
        <translation>届出を提出済みにできませんでした。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Export web page</source>
        <translation>Web ページのエクスポート</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>アーカイブのエクスポート</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>アーカイブを書き出せませんでした。</translation>
    </message>
    <message>
        <source>The archive does not verify.</source>
        <translation>アーカイブの検証に失敗しました。</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the selected issued document exactly as issued, or else the draft (%1)</source>
        <translation>選択した発行済み文書を発行時のまま印刷します。選択がなければ下書きを印刷します（%1）</translation>
    </message>
    <message>
        <source>Issued documents (select one to export or print it exactly as issued)</source>
        <translation>発行済み文書（選択すると発行時のままエクスポート・印刷できます）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>「%1」を印刷できませんでした。</translation>
    </message>
    <message>
        <source>A hand-over is recorded when its encrypted file is written: there is nothing to mark.</source>
        <translation>引き渡しは暗号化したファイルを書き出した時点で記録されます。提出済みにする必要はありません。</translation>
    </message>
    <message>
        <source>The issued document cannot be exported.</source>
        <translation>発行済み文書をエクスポートできません。</translation>
    </message>
    <message>
        <source>Record &amp;published edition…</source>
        <translation>公表済みの版を記録(&amp;P)…</translation>
    </message>
    <message>
        <source>Record an edition of the public notice published outside BreachDesk, so that the next one drafted here has the next number and quotes its date</source>
        <translation>BreachDesk の外で公表した公表文の版を記録します。ここで次に作成する版が次の番号になり、その日付を引用します</translation>
    </message>
    <message>
        <source>This edition is recorded as published on its day: there is nothing to mark.</source>
        <translation>この版は公表日に公表済みとして記録されています。提出済みにする必要はありません。</translation>
    </message>
    <message>
        <source>Record published edition</source>
        <translation>公表済みの版を記録</translation>
    </message>
    <message>
        <source>An edition of the public notice published outside BreachDesk: its number, language(s) (ja, en or ja,en), the day it was published (YYYY-MM-DD), and optionally where (an address starting with http) and a note. For example: 1 ja 2024-10-07 https://example.co.jp/news</source>
        <translation>BreachDesk の外で公表した公表文の版：番号、言語（ja、en または ja,en）、公表日（YYYY-MM-DD）、必要に応じて掲載先（http で始まるアドレス）とメモ。例：1 ja 2024-10-07 https://example.co.jp/news</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an edition number (1, 2, …).</source>
        <translation>「%1」は版の番号（1、2、…）ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language: write ja, en or ja,en.</source>
        <translation>「%1」は言語ではありません。ja、en または ja,en と書いてください。</translation>
    </message>
    <message>
        <source>Say in which language(s) it was published: ja, en or ja,en.</source>
        <translation>公表した言語を指定してください：ja、en または ja,en。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>「%1」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>The edition could not be recorded.</source>
        <translation>版を記録できませんでした。</translation>
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
    <name>bd::IdentityMatcher</name>
    <message>
        <source>The e-mail address of a recipient (group %1) appears in the text.</source>
        <translation>宛先（グループ %1）のメールアドレスが本文に含まれています。</translation>
    </message>
    <message>
        <source>The name of a recipient (group %1) appears in the text.</source>
        <translation>宛先（グループ %1）の氏名が本文に含まれています。</translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>BOM 付き UTF-8</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>宛先のインポート</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>They are added as excluded, so that nobody is sent a letter before the row is fixed and included again.</source>
        <translation>行を修正して再び送付対象に含めるまで誰にも文書が送られないよう、送付対象外として追加されます。</translation>
    </message>
    <message>
        <source>First rows of the file, and the field each column goes to:</source>
        <translation>ファイルの先頭の行と、各列の割り当て先の項目:</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>リスト (*.csv *.txt *.tsv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自動検出）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>独自項目「%1」</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>行を確認しています…</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>割り当て: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted row(s) have a warning (listed below).</source>
        <translation>
            <numerusform>取り込む行のうち %n 行に警告があります（下記参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>氏名と住所</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed.</source>
        <translation>
            <numerusform>… ほか %n 件（表示を省略）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also add the %n row(s) with problems, excluded, to fix them in the table</source>
        <translation>
            <numerusform>問題のある %n 行も送付対象外として追加し、表で修正する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n 行をインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>問題のない %n 行をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking the rows… %Ln read</source>
        <translation>
            <numerusform>行を確認しています… %Ln 行読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln 行を保存しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing will be saved…</source>
        <translation>取り消しています。何も保存されません…</translation>
    </message>
    <message numerus="yes">
        <source>Saving the recipients: %1 of %Ln row(s) saved.</source>
        <translation>
            <numerusform>宛先を保存しています: %Ln 行中 %1 行を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>取り込みを取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Identical to row %1: imported once.</source>
        <translation>%1 行目と同一のため、1 件にまとめてインポートします。</translation>
    </message>
    <message>
        <source>Identical to a recipient already in the group: not imported again.</source>
        <translation>グループ内の既存の宛先と同一のため、重ねてインポートはしません。</translation>
    </message>
    <message>
        <source>Possible duplicate: same %1 as row %2 but another field differs; imported and marked.</source>
        <translation>重複の可能性: %2 行目と%1が同じですが、他の項目が異なります。インポートして「重複の可能性あり」の印を付けます。</translation>
    </message>
    <message>
        <source>Possible duplicate: same %1 as a recipient already in the group but another field differs; imported and marked.</source>
        <translation>重複の可能性: グループ内の既存の宛先と%1が同じですが、他の項目が異なります。インポートして「重複の可能性あり」の印を付けます。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 はインポートできません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may be the same person as another but differ in some field: they are imported and marked, for you to resolve with the filter “Possible duplicates”.</source>
        <translation>
            <numerusform>%n 行は他の宛先と同一人物の可能性がありますが、一部の項目が異なります。これらの行はインポートして印を付けますので、「重複の可能性あり」の絞り込みで確認して解消してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no data rows: there is nothing to import.</source>
        <translation>ファイルにデータ行がありません。インポートするものはありません。</translation>
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
    <name>bd::ImportRecipientsCommand</name>
    <message>
        <source>The incident %1 has no recipient group %2. Its groups: %3</source>
        <translation>インシデント %1 には宛先グループ %2 がありません。グループ: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>氏名と住所が同じ</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX list into a recipient group.</source>
        <translation>CSV または XLSX のリストを宛先グループにインポートします。</translation>
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
        <source>The recipient group&apos;s key: consignor_clients, employees, candidates, business_contacts or a custom group&apos;s key.</source>
        <translation>宛先グループのキー: consignor_clients、employees、candidates、business_contacts、または独自グループのキー。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Column mapping over the remembered or guessed one, e.g. &quot;name=氏名,email=3,address=4+5,ignore=備考,custom:社員番号=1&quot;. Fields: name, kana, organisation, department, title, postcode, address, email, phone, language, custom:NAME, ignore; columns by header or 1-based number.</source>
        <translation>記憶済みまたは推定した割り当てに優先する列の割り当て。例: &quot;name=氏名,email=3,address=4+5,ignore=備考,custom:社員番号=1&quot;。項目: name、kana、organisation、department、title、postcode、address、email、phone、language、custom:NAME、ignore。列は見出しまたは 1 から始まる番号で指定します。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>CSV encoding instead of the detected one: UTF-8, UTF-16LE, UTF-16BE, CP932.</source>
        <translation>自動検出の代わりに使用する CSV の文字コード: UTF-8、UTF-16LE、UTF-16BE、CP932。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>XLSX sheet: 1-based number or name (default: the first).</source>
        <translation>XLSX のシート: 1 から始まる番号または名前（既定: 最初のシート）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When some rows are rejected, import the good rows anyway (the exit code is still 2).</source>
        <translation>一部の行が拒否された場合でも、問題のない行をインポートします（終了コードは 2 のままです）。</translation>
    </message>
    <message>
        <source>Check the file and report; save nothing.</source>
        <translation>ファイルを確認して結果を表示します。何も保存しません。</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read.</source>
        <translation>読み込む CSV または XLSX ファイル。</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16LE, UTF-16BE or CP932.</source>
        <translation>文字コード %1 は不明です。UTF-8、UTF-16LE、UTF-16BE、CP932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no rows. %2</source>
        <translation>%1 には行がありません。%2</translation>
    </message>
    <message>
        <source>Bad --mapping: %1</source>
        <translation>--mapping が正しくありません: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>割り当て: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Give the columns with --mapping.</source>
        <translation>何もインポートされませんでした。--mapping で列を指定してください。</translation>
    </message>
    <message>
        <source>%1: CSV, %2</source>
        <translation>%1: CSV、%2</translation>
    </message>
    <message>
        <source>%1: XLSX</source>
        <translation>%1: XLSX</translation>
    </message>
    <message>
        <source>Nothing was imported: reading %1 stopped early.</source>
        <translation>何もインポートされませんでした: %1 の読み込みが途中で中止されました。</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>ドライラン: 何も保存されていません。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recipient(s) into %1.</source>
        <translation>
            <numerusform>%1 に宛先 %n 件をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported.</source>
        <translation>
            <numerusform>問題のある %n 行はインポートされませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>何も取り込んでいません: %n 行に問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the file, or run again with --import-good-rows to import the %n good row(s) only.</source>
        <translation>
            <numerusform>ファイルを修正するか、--import-good-rows を付けて再実行すると問題のない %n 行だけを取り込みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: identical to row %2: imported once</source>
        <translation>%1 行目: %2 行目と同一（1 件にまとめてインポート）</translation>
    </message>
    <message>
        <source>row %1: identical to a recipient already in the group: not imported again</source>
        <translation>%1 行目: グループ内の既存の宛先と同一（重ねてインポートしない）</translation>
    </message>
    <message>
        <source>row %1: possible duplicate (%2 as row %3, another field differs): imported and marked</source>
        <translation>%1 行目: 重複の可能性あり（%3 行目と%2、他の項目は異なる）: インポートして印を付与</translation>
    </message>
    <message>
        <source>row %1: possible duplicate (%2 as a recipient already in the group, another field differs): imported and marked</source>
        <translation>%1 行目: 重複の可能性あり（グループ内の既存の宛先と%2、他の項目は異なる）: インポートして印を付与</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already in the group when saving (another import ran meanwhile): not imported again.</source>
        <translation>
            <numerusform>%n 行は保存時に既にグループに存在していたため（その間に別のインポートが実行されました）、重ねてインポートはしませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical rows imported once: %1. Possible duplicates marked: %2.</source>
        <translation>同一の行（1 件にまとめてインポート）: %1。重複の可能性あり（印を付与）: %2。</translation>
    </message>
    <message>
        <source>%1 has no data rows: nothing was imported.</source>
        <translation>%1 にはデータ行がありません。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Prints the counts and every problem (row as Excel numbers it, column, reason).
A row identical in every mapped field to an earlier row, or to a recipient already in the group, is imported once. A row with the same e-mail, or the same name and address, as another but a different value in some other field is another person: it is imported and marked as a possible duplicate, for you to resolve on the Recipients page. Nobody is left out silently.
An invalid e-mail address is a warning (the row is kept for letters by post), but an error for a group whose channel is e-mail.
When any row is rejected, NOTHING is imported and the exit code is 2, unless --import-good-rows is given: then the good rows are imported (in one transaction) and the exit code is still 2. A file with a header but no data rows imports nothing and exits with 2. The mapping used is remembered for the group.
Another import writing to the same workspace is waited for (--wait); a workspace still locked after that exits with 3 and nothing imported.</source>
        <translation>件数と、すべての問題（Excel 上の行番号、列、理由）を表示します。
割り当てたすべての項目が、それより前の行またはグループ内の既存の宛先と同一の行は、1 件だけインポートします。メールアドレス、または氏名と住所が他と同じでも、他の項目の値が異なる行は別人として扱い、インポートして「重複の可能性あり」の印を付けます。［宛先］ページで確認して解消してください。知らないうちに除外される行はありません。
メールアドレスが正しくない場合は警告になります（郵送用に行は保持されます）。ただし、送付方法がメールのグループではエラーになります。
拒否された行が 1 行でもあると一切インポートせず、終了コードは 2 になります。ただし --import-good-rows を指定した場合は、問題のない行を（1 つのトランザクションで）インポートし、終了コードは 2 のままです。見出し行だけでデータ行のないファイルは何もインポートせず、終了コード 2 で終了します。使用した割り当てはグループごとに記憶されます。
同じワークスペースに別のインポートが書き込んでいる場合は、終わるまで待ちます（--wait）。待機後もワークスペースがロックされている場合は、何もインポートせずに終了コード 3 で終了します。</translation>
    </message>
    <message>
        <source>Seconds to wait for another program writing to the workspace (default %1).</source>
        <translation>ワークスペースに書き込んでいる別のプログラムを待つ秒数（既定: %1）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Usage: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] [--encoding E] [--sheet N] [--import-good-rows] [--dry-run] [--wait SECONDS] FILE</source>
        <translation>使い方: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] [--encoding E] [--sheet N] [--import-good-rows] [--dry-run] [--wait SECONDS] FILE</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait には秒数を指定してください。</translation>
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
    <message>
        <source>Not saved: %1
%2</source>
        <translation>保存されていません: %1
%2</translation>
    </message>
    <message>
        <source>Incident, %1</source>
        <translation>インシデント、%1</translation>
    </message>
    <message>
        <source>Data set %1, %2</source>
        <translation>対象データ %1、%2</translation>
    </message>
    <message>
        <source>Data set %1, data items</source>
        <translation>対象データ %1、データ項目</translation>
    </message>
    <message>
        <source>New data set</source>
        <translation>新しい対象データ</translation>
    </message>
    <message>
        <source>Timeline event of %1, %2</source>
        <translation>%1 の経緯の出来事、%2</translation>
    </message>
    <message>
        <source>New timeline event</source>
        <translation>新しい経緯の出来事</translation>
    </message>
    <message>
        <source>The narrative “%1” (%2)</source>
        <translation>説明文「%1」（%2）</translation>
    </message>
    <message>
        <source>Narrative %1 (%2)</source>
        <translation>説明文 %1（%2）</translation>
    </message>
    <message>
        <source>Narrative %1 (%2): still correct</source>
        <translation>説明文 %1（%2）: 変更不要</translation>
    </message>
    <message>
        <source>The abbreviation “%1” of %2 %3.</source>
        <translation>%2 の略称「%1」：%3。</translation>
    </message>
    <message>
        <source>Edit the consignor clients&apos; names</source>
        <translation>委託元の名称の編集</translation>
    </message>
    <message>
        <source>Consignor clients&apos; names</source>
        <translation>委託元の名称</translation>
    </message>
    <message>
        <source>The confidential text “%1” %2.</source>
        <translation>秘匿テキスト「%1」：%2。</translation>
    </message>
    <message>
        <source>The confidential text “%1” needs the reader it is meant for.</source>
        <translation>秘匿テキスト「%1」には、読んでよい読み手の指定が必要です。</translation>
    </message>
    <message>
        <source>Edit the confidential text</source>
        <translation>秘匿テキストの編集</translation>
    </message>
    <message>
        <source>Confidential text</source>
        <translation>秘匿テキスト</translation>
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
    <message>
        <source>must be one of the listed words (see the format&apos;s documentation)</source>
        <translation>所定の語のいずれかで指定してください（形式のドキュメントを参照）</translation>
    </message>
    <message>
        <source>must be an object with &quot;ja&quot; and &quot;en&quot;</source>
        <translation>&quot;ja&quot; と &quot;en&quot; を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be a list of data item keys</source>
        <translation>データ項目のキーの配列で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>must be an object of sections</source>
        <translation>セクションのオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>is %1: the file was written by a newer BreachDesk, and this version reads format versions 1 to %2 only. Nothing was imported; update BreachDesk to read it.</source>
        <translation>は %1 です。このファイルは新しい BreachDesk で作成されており、このバージョンは形式バージョン 1～%2 のみ読み込めます。何も取り込んでいません。読み込むには BreachDesk を更新してください。</translation>
    </message>
    <message>
        <source>is a field of format version 2, not of version 1: set &quot;version&quot; to 2</source>
        <translation>は形式バージョン 2 の項目で、バージョン 1 にはありません。&quot;version&quot; を 2 にしてください</translation>
    </message>
    <message>
        <source>must be &quot;occurred&quot; or &quot;possible&quot;</source>
        <translation>は &quot;occurred&quot; または &quot;possible&quot; でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no consignor client of incident.data_sets (a data set with holder &quot;consignor&quot; and that consignor)</source>
        <translation>「%1」は incident.data_sets のどの委託元でもありません（holder が &quot;consignor&quot; でその委託元を持つデータセットが必要です）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the group of any of incident.data_sets</source>
        <translation>「%1」は incident.data_sets のいずれのグループでもありません</translation>
    </message>
    <message>
        <source>expected one of %1, consignor_notice:CLIENT, individual_notice:GROUP</source>
        <translation>%1、consignor_notice:CLIENT、individual_notice:GROUP のいずれかが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice (also %2)</source>
        <translation>「%1」が2回記載されています（%2 にも）</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>%1 のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, or null</source>
        <translation>YYYY-MM-DD 形式の日付または null が必要です</translation>
    </message>
    <message>
        <source>is required (a date as YYYY-MM-DD) when state is &quot;submitted&quot; or &quot;acknowledged&quot;</source>
        <translation>state が &quot;submitted&quot; または &quot;acknowledged&quot; の場合は必須です（YYYY-MM-DD 形式の日付）</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 999 (第N報)</source>
        <translation>1 から 999 までの整数（第N報）でなければなりません</translation>
    </message>
    <message>
        <source>must be a list of &quot;ja&quot; and/or &quot;en&quot;</source>
        <translation>&quot;ja&quot; と &quot;en&quot; のいずれか又は両方のリストでなければなりません</translation>
    </message>
    <message>
        <source>expected &quot;ja&quot; or &quot;en&quot;</source>
        <translation>&quot;ja&quot; または &quot;en&quot; が必要です</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付が必要です</translation>
    </message>
    <message>
        <source>edition %1 in &quot;%2&quot; is listed twice (also %3)</source>
        <translation>&quot;%2&quot; の第%1報が2回記載されています（%3 にも）</translation>
    </message>
    <message>
        <source>edition %1 is dated %2, before edition %3 (%4)</source>
        <translation>第%1報の日付 %2 は、第%3報（%4）より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reader: use regulator, public, individuals, consignors or consignor:NAME</source>
        <translation>「%1」は読み手ではありません。regulator、public、individuals、consignors または consignor:名称 を使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consignor client of this incident&apos;s data sets</source>
        <translation>「%1」はこのインシデントのデータセットの委託元ではありません</translation>
    </message>
    <message>
        <source>must be an object of readers, each an object of sections</source>
        <translation>読み手ごとのオブジェクト（それぞれ項目のオブジェクト）でなければなりません</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>テキストのリストでなければなりません</translation>
    </message>
    <message>
        <source>must be a list of &quot;ja&quot; and &quot;en&quot;</source>
        <translation>&quot;ja&quot; と &quot;en&quot; のリストでなければなりません</translation>
    </message>
    <message>
        <source>may only contain &quot;ja&quot; and &quot;en&quot;</source>
        <translation>&quot;ja&quot; と &quot;en&quot; のみ含めることができます</translation>
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
    <name>bd::IncidentService</name>
    <message>
        <source>Your signing key could not be used.</source>
        <translation>署名鍵を使用できませんでした。</translation>
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
    <message>
        <source>issued in BreachDesk as document #%1</source>
        <translation>BreachDesk で文書 #%1 として発行済み</translation>
    </message>
</context>
<context>
    <name>bd::IntegrityBanner</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>This workspace has been altered outside BreachDesk and its record no longer proves itself. %1 BreachDesk has repaired nothing. Keep a copy of the file as it is, and compare it with a backup or an exported archive before relying on it.</source>
        <translation>このワークスペースは BreachDesk の外部で改変されており、記録の正しさを証明できなくなっています。%1 BreachDesk は何も修復していません。ファイルを現状のままコピーして保管し、利用する前にバックアップまたはエクスポートしたアーカイブと比較してください。</translation>
    </message>
    <message>
        <source>The workspace has been altered</source>
        <translation>ワークスペースが改変されています</translation>
    </message>
    <message>
        <source>These checks of the workspace&apos;s record failed when it was opened:</source>
        <translation>ワークスペースを開いたときに、記録に関する次の検証が失敗しました:</translation>
    </message>
</context>
<context>
    <name>bd::KeyCommand</name>
    <message>
        <source>Show your signing key&apos;s fingerprint, or export its public key, for whoever checks your archives.</source>
        <translation>アーカイブを検証する相手のために、署名鍵のフィンガープリントを表示するか、公開鍵をエクスポートします。</translation>
    </message>
    <message>
        <source>Print the fingerprint of your signing key (made now if you have none).</source>
        <translation>署名鍵のフィンガープリントを表示します（まだなければ今作成します）。</translation>
    </message>
    <message>
        <source>Write your public key to OUT (- for standard output), for verify-archive --key.</source>
        <translation>公開鍵を OUT（- なら標準出力）に書き出します。verify-archive --key で使用します。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Usage: breachdesk key --show | --export-public OUT</source>
        <translation>使い方: breachdesk key --show | --export-public OUT</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>A new signing key was made: %1. Give its fingerprint to whoever checks your archives by another way than the archives themselves (in person, by telephone).</source>
        <translation>新しい署名鍵を作成しました: %1。アーカイブを検証する相手には、アーカイブ以外の方法（対面、電話など）でそのフィンガープリントを伝えてください。</translation>
    </message>
    <message>
        <source>Nothing was written under %1.</source>
        <translation>%1 には何も書き出していません。</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>公開鍵 %1 を %2 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>bd::KeyFolder</name>
    <message>
        <source>The key folder %1 is inside the folder of the workspace (%2): the signing key must be kept apart from the workspace. Set %3 to another folder.</source>
        <translation>鍵フォルダー %1 がワークスペースのフォルダー（%2）の中にあります。署名鍵はワークスペースとは別に保管する必要があります。%3 に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <source>There is no configuration folder for the signing key: set %1 to a folder.</source>
        <translation>署名鍵の設定フォルダーがありません。%1 にフォルダーを設定してください。</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be read: %2.</source>
        <translation>鍵フォルダー %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be made: %2.</source>
        <translation>鍵フォルダー %1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>The key folder %1 is not a folder.</source>
        <translation>鍵フォルダー %1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The key folder %1 belongs to another user: refused.</source>
        <translation>鍵フォルダー %1 は別のユーザーが所有しています。拒否しました。</translation>
    </message>
    <message>
        <source>The key folder %1 can be changed by other users (permissions %2): refused. Only you may write it: run chmod 700 %1</source>
        <translation>鍵フォルダー %1 は他のユーザーが変更できます（パーミッション %2）。拒否しました。書き込めるのは本人だけにしてください: chmod 700 %1 を実行してください</translation>
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
    <name>bd::LetterBatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>文書の作成</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation>
            <numerusform>%n 通の文書を準備しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 letters — about %3 min left</source>
        <translation>%1/%2 通 — 残り約 %3 分</translation>
    </message>
    <message>
        <source>%1 of %2 letters — about %3 s left</source>
        <translation>%1/%2 通 — 残り約 %3 秒</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>キャンセルしています: 書き出したファイルを削除しています…</translation>
    </message>
</context>
<context>
    <name>bd::LetterIssue</name>
    <message>
        <source>A reason to issue again is given only with issuing.</source>
        <translation>再発行の理由は発行するときにのみ指定できます。</translation>
    </message>
    <message>
        <source>The %1 letters to %2 were never issued: issue them without a reason to issue again.</source>
        <translation>%2 宛ての %1 は発行されていません。再発行の理由なしで発行してください。</translation>
    </message>
    <message>
        <source>The %1 letters to %2 were issued already (batch %3 of %4, %5 letters dated %6). Give the reason to issue them again, or export a copy of batch %3.</source>
        <translation>%2 宛ての %1 は発行済みです（%4 のバッチ %3、%5 通、日付 %6）。再発行の理由を指定するか、バッチ %3 の複製をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Batch %1 was issued as one merged PDF: a copy of it is one merged PDF too (or ask for a draft).</source>
        <translation>バッチ %1 は1つに結合した PDF として発行されました。複製も結合 PDF になります（または下書きを指定してください）。</translation>
    </message>
    <message>
        <source>Batch %1 was issued as one PDF per recipient: a copy of it is one PDF per recipient too (or ask for a draft).</source>
        <translation>バッチ %1 は宛先ごとの PDF として発行されました。複製も宛先ごとの PDF になります（または下書きを指定してください）。</translation>
    </message>
    <message>
        <source>The letters are no longer those issued in batch %1 (%2 letters dated %3): the template, the incident or the recipients changed since. Nothing was written. Export a draft to see the current text, or issue the letters again with a reason.</source>
        <translation>通知文はバッチ %1（%2 通、日付 %3）で発行したものと異なります。その後、テンプレート、インシデントまたは宛先が変更されています。何も書き出していません。現在の文面を確認するには下書きをエクスポートするか、理由を付けて再発行してください。</translation>
    </message>
    <message>
        <source>The letters cannot be issued: %1</source>
        <translation>通知文を発行できません: %1</translation>
    </message>
    <message>
        <source>Batch %1 records a print layout this version does not know (%2): it cannot be copied here.</source>
        <translation>バッチ %1 には、このバージョンでは扱えない印刷レイアウト（%2）が記録されています。ここでは写しを作成できません。</translation>
    </message>
</context>
<context>
    <name>bd::LetterPrinting</name>
    <message>
        <source>Printing letters…</source>
        <translation>文書を印刷しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>PDF を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
</context>
<context>
    <name>bd::LetterSession</name>
    <message>
        <source>The incident was not found.</source>
        <translation>インシデントが見つかりませんでした。</translation>
    </message>
    <message>
        <source>There is no document kind &quot;%1&quot; (known: %2).</source>
        <translation>文書の種類「%1」はありません（既知の種類: %2）。</translation>
    </message>
    <message>
        <source>The incident has no recipient group &quot;%1&quot; (it has no groups yet).</source>
        <translation>インシデントに宛先グループ「%1」はありません（グループはまだありません）。</translation>
    </message>
    <message>
        <source>The incident has no recipient group &quot;%1&quot; (groups: %2).</source>
        <translation>インシデントに宛先グループ「%1」はありません（グループ: %2）。</translation>
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
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Obligations &amp; deadlines</source>
        <translation>報告・通知義務と期限</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>Undo is possible again once your changes are saved.</source>
        <translation>変更が保存されると、再び元に戻せるようになります。</translation>
    </message>
    <message>
        <source>Redo is possible again once your changes are saved.</source>
        <translation>変更が保存されると、再びやり直せるようになります。</translation>
    </message>
    <message>
        <source>&amp;Copy Unsaved Text</source>
        <translation>未保存のテキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Unsaved Text to a File…</source>
        <translation>未保存のテキストをファイルに保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try to save the waiting changes now</source>
        <translation>保存待ちの変更を今すぐ保存します</translation>
    </message>
    <message>
        <source>Not saved – workspace busy</source>
        <translation>未保存 – ワークスペース使用中</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to the workspace (for example an import started from a terminal). %n change(s) are kept in this window and saved as soon as it finishes.</source>
        <translation>
            <numerusform>別のプログラムがワークスペースに書き込んでいます（ターミナルから実行したインポートなど）。%n 件の変更はこのウィンドウに保持され、書き込みが終わり次第保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is still busy. BreachDesk keeps trying.</source>
        <translation>ワークスペースはまだ使用中です。BreachDesk は保存を試み続けます。</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>未保存の変更</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet because another program is writing to the workspace (for example an import started from a terminal). They are still shown in the window.

Try again, keep a copy of the text in a file, or discard them.</source>
        <translation>
            <numerusform>別のプログラムがワークスペースに書き込んでいるため（ターミナルから実行したインポートなど）、%n 件の変更をまだ保存できていません。変更はウィンドウに表示されたままです。

再試行するか、テキストのコピーをファイルに保存するか、変更を破棄してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Text to a File…</source>
        <translation>テキストをファイルに保存…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Your last changes have not been saved for %n minute(s): another program is still writing to the workspace. They are kept in this window, and BreachDesk keeps trying to save them.

To be safe, you can also keep a copy of the text elsewhere.</source>
        <translation>
            <numerusform>別のプログラムがまだワークスペースに書き込んでいるため、直近の変更が %n 分間保存されていません。変更はこのウィンドウに保持されており、BreachDesk は保存を試み続けます。

念のため、テキストのコピーを別の場所に保存しておくこともできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try Again Now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>待機を続ける</translation>
    </message>
    <message>
        <source>Save Unsaved Text</source>
        <translation>未保存のテキストの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Changes to %1 that were not saved to the workspace %2 (%3):</source>
        <translation>ワークスペース %2 に保存されなかった %1 の変更（%3）:</translation>
    </message>
    <message>
        <source>Unsaved text saved to %1</source>
        <translation>未保存のテキストを %1 に保存しました</translation>
    </message>
    <message>
        <source>Unsaved text copied to the clipboard</source>
        <translation>未保存のテキストをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Incident Deleted</source>
        <translation>インシデントが削除されました</translation>
    </message>
    <message>
        <source>%1 was deleted by another program.</source>
        <translation>%1 は別のプログラムによって削除されました。</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your changes to it that were not saved yet are in the details below.</source>
        <translation>%1 は別のプログラムによって削除されました。まだ保存されていなかった変更は、下の詳細に表示されています。</translation>
    </message>
    <message>
        <source>Your signing key:
%1</source>
        <translation>あなたの署名鍵:
%1</translation>
    </message>
    <message>
        <source>Your signing key: none yet (it is made with the first archive export).</source>
        <translation>あなたの署名鍵: まだありません（最初のアーカイブのエクスポート時に作成されます）。</translation>
    </message>
    <message>
        <source>Your signing key cannot be used: %1</source>
        <translation>署名鍵を使用できません: %1</translation>
    </message>
    <message>
        <source>&amp;Redact Personal Data…</source>
        <translation>個人データの消去(&amp;R)…</translation>
    </message>
    <message>
        <source>The personal data of %1 was redacted.</source>
        <translation>%1 の個人データを消去しました。</translation>
    </message>
    <message>
        <source>Company &amp;Profile…</source>
        <translation>会社情報(&amp;P)…</translation>
    </message>
    <message>
        <source>Company profile saved. New incidents start from it.</source>
        <translation>会社情報を保存しました。新しいインシデントはこの情報から始まります。</translation>
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
    <message>
        <source>&amp;Written for:</source>
        <translation>読み手(&amp;W):</translation>
    </message>
    <message>
        <source>Write a section for one reader where it must differ: a consignor client reads only of its own data, the public never learns who the clients are.</source>
        <translation>読み手によって内容を変える必要がある項目は、その読み手向けに書いてください。委託元には自社のデータのことだけを伝え、一般の方には委託元の名称を伝えません。</translation>
    </message>
    <message>
        <source>Client Names and Confidential Text…</source>
        <translation>委託元の名称と秘匿テキスト…</translation>
    </message>
    <message>
        <source>The consignor clients&apos; English names and abbreviations, and text only one reader may see: documents for another reader that contain them cannot be issued.</source>
        <translation>委託元の英語名称と略称、および特定の読み手だけが見てよいテキスト。これらを含む他の読み手向けの文書は発行できません。</translation>
    </message>
    <message>
        <source>Empty: documents for this reader use the text for %1:
%2</source>
        <translation>空欄：この読み手向けの文書には %1 向けの文章を使います：
%2</translation>
    </message>
</context>
<context>
    <name>bd::ObligationRuleModel</name>
    <message>
        <source>→ Requires: %1</source>
        <translation>→ 必要な対応: %1</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1（上書き）</translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation>%1（判断済み）</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>上書き: %1</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>%1による判断: %2</translation>
    </message>
    <message>
        <source>A fact is missing: fill it in on the incident&apos;s pages, or record a decision.</source>
        <translation>事実が不足しています。インシデントの各ページで入力するか、判断を記録してください。</translation>
    </message>
    <message>
        <source>The facts are known, but the law needs your judgement: record a decision.</source>
        <translation>事実は判明していますが、法的な判断が必要です。判断を記録してください。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why, and what it requires</source>
        <translation>理由と必要な対応</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3
Computed: %4.</source>
        <translation>%1 が %2 に上書き: %3
算出結果: %4。</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>結果: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation>（上書き）</translation>
    </message>
    <message>
        <source>Computed from the facts: &lt;b&gt;%1&lt;/b&gt;. Overridden to: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>事実からの算出結果: &lt;b&gt;%1&lt;/b&gt;。上書き後: &lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>(decided)</source>
        <translation>（判断済み）</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>%1 が %2 に判断: %3</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>When it applies, it requires: %1</source>
        <translation>該当する場合に必要なこと: %1</translation>
    </message>
</context>
<context>
    <name>bd::Obligations</name>
    <message>
        <source>holiday (%1)</source>
        <translation>祝日（%1）</translation>
    </message>
    <message>
        <source>year-end closure</source>
        <translation>年末年始の休日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>due %1 (computed: %2)</source>
        <translation>期限 %1（算定値: %2）</translation>
    </message>
    <message>
        <source>Overridden by %1: %2 (%3).</source>
        <translation>%1による上書き: %2（%3）。</translation>
    </message>
    <message>
        <source>List the data items of %1.</source>
        <translation>%1 のデータ項目を入力してください。</translation>
    </message>
    <message>
        <source>%1 includes %2: sensitive personal information (要配慮個人情報).</source>
        <translation>%1 に要配慮個人情報（%2）が含まれています。</translation>
    </message>
    <message>
        <source>%1 includes the item &quot;%2&quot;, which is not in the catalogue: decide whether it is sensitive personal information (要配慮個人情報).</source>
        <translation>%1 に項目一覧にない項目「%2」が含まれています。要配慮個人情報に当たるかを判断してください。</translation>
    </message>
    <message>
        <source>No data set that counts includes sensitive personal information.</source>
        <translation>判定に含める対象データには、要配慮個人情報は含まれていません。</translation>
    </message>
    <message>
        <source>Trigger 1: report to the PPC and notify the individuals.</source>
        <translation>規則7条1号: 個人情報保護委員会へ報告し、本人に通知します。</translation>
    </message>
    <message>
        <source>%1 includes %2: its misuse could cause financial loss.</source>
        <translation>%1 に%2が含まれています。不正に利用されることにより財産的被害が生じるおそれがあります。</translation>
    </message>
    <message>
        <source>%1 includes %2 without card numbers or banking logins: decide whether its misuse could cause financial loss (PPC FAQ Q6-11, Q14-8).</source>
        <translation>%1 に%2が含まれていますが、クレジットカード番号やネットバンキングのログイン情報は含まれていません。不正に利用されることにより財産的被害が生じるおそれがあるかを判断してください（ガイドラインQ&amp;A Q6-11、Q14-8）。</translation>
    </message>
    <message>
        <source>%1 includes the item &quot;%2&quot;, which is not in the catalogue: decide whether its misuse could cause financial loss.</source>
        <translation>%1 に項目一覧にない項目「%2」が含まれています。不正に利用されることにより財産的被害が生じるおそれがあるかを判断してください。</translation>
    </message>
    <message>
        <source>No data set that counts includes data whose misuse could cause financial loss.</source>
        <translation>判定に含める対象データには、不正に利用されることにより財産的被害が生じるおそれのあるデータは含まれていません。</translation>
    </message>
    <message>
        <source>Trigger 2: report to the PPC and notify the individuals.</source>
        <translation>規則7条2号: 個人情報保護委員会へ報告し、本人に通知します。</translation>
    </message>
    <message>
        <source>Triggers covering this data: %1.</source>
        <translation>このデータが該当する号: %1。</translation>
    </message>
    <message>
        <source>Triggers still open for this data: %1.</source>
        <translation>このデータについて判断未了の号: %1。</translation>
    </message>
    <message>
        <source>Not required: this data is not part of the reportable situation (the triggers concern other data sets); a notice is still allowed.</source>
        <translation>不要: このデータは報告対象事態に含まれません（該当する号は他の対象データに関するものです）。任意に通知することはできます。</translation>
    </message>
    <message>
        <source>Consignor client: %1</source>
        <translation>委託元: %1</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>（名称未入力）</translation>
    </message>
    <message>
        <source>Notify the consignor promptly with the 規則8条1項 items known so far (規則9条); its own clock starts when it receives the notice.</source>
        <translation>その時点で把握している規則8条1項の事項を、速やかに委託元へ通知してください（規則9条）。委託元の期限は、委託元が通知を受けた時から起算されます。</translation>
    </message>
    <message>
        <source>Suggested target %1 – %2, as for a preliminary report (GL 3-5-3-5).</source>
        <translation>目安: %1 – %2（速報に準じる。通則GL 3-5-3-5）。</translation>
    </message>
    <message>
        <source>Notified on %1.</source>
        <translation>%1 に通知済み。</translation>
    </message>
    <message>
        <source>Record the consignor client&apos;s name.</source>
        <translation>委託元の名称を入力してください。</translation>
    </message>
    <message>
        <source>Individuals: %1</source>
        <translation>本人: %1</translation>
    </message>
    <message>
        <source>Promptly, as circumstances allow (規則10条): no fixed number of days; record the reason for the timing.</source>
        <translation>当該事態の状況に応じて速やかに（規則10条）。日数の定めはないため、通知時期の理由を記録してください。</translation>
    </message>
    <message>
        <source>Contacts cannot be reached: a public notice and an inquiry desk may replace the notice (JP-N); record why.</source>
        <translation>本人に連絡が取れないため、公表と問い合わせ窓口の設置により通知に代えることができます（JP-N）。その理由を記録してください。</translation>
    </message>
    <message>
        <source>A decision for the unknown rule &quot;%1&quot; is ignored.</source>
        <translation>不明なルール「%1」に対する判断は無視されます。</translation>
    </message>
    <message>
        <source>The override of rule %1 must be true or false; it is ignored.</source>
        <translation>ルール %1 の上書き値は true または false でなければならないため、無視されます。</translation>
    </message>
    <message>
        <source>The override of &quot;%1&quot; matches no rule and no filing; it is ignored.</source>
        <translation>「%1」の上書きは、どのルールにも報告等にも該当しないため、無視されます。</translation>
    </message>
    <message>
        <source>The override of &quot;%1&quot; is not a date, a date and time, or true/false; it is ignored.</source>
        <translation>「%1」の上書き値が日付、日時、true/false のいずれでもないため、無視されます。</translation>
    </message>
    <message>
        <source>the body that granted the mark</source>
        <translation>プライバシーマークを付与した審査機関</translation>
    </message>
    <message>
        <source>Privacy Mark review body: %1</source>
        <translation>プライバシーマーク審査機関: %1</translation>
    </message>
    <message>
        <source>APPI-type categories: %1.</source>
        <translation>個人情報保護法相当の区分: %1。</translation>
    </message>
    <message>
        <source>About 3–5 days from 発覚日 %1: %2 – %3.</source>
        <translation>発覚日 %1 から概ね3～5日: %2 – %3。</translation>
    </message>
    <message>
        <source>Record when the organisation learned of the breach (知った日).</source>
        <translation>事態を知った日時（知った日）を入力してください。</translation>
    </message>
    <message>
        <source>60 days from 発覚日: an unlawful purpose is suspected (%1).</source>
        <translation>発覚日から60日: 不正の目的が疑われるため（%1）。</translation>
    </message>
    <message>
        <source>30 days from 発覚日, for every incident.</source>
        <translation>発覚日から30日（すべての事故が対象）。</translation>
    </message>
    <message>
        <source>Day %1, counting 発覚日 %2 as day 1, is %3; no roll-forward, as the review body&apos;s counting may differ.</source>
        <translation>発覚日 %2 を1日目として%1日目は %3 です。審査機関によって数え方が異なる場合があるため、休日による繰り延べはしていません。</translation>
    </message>
    <message>
        <source>Every supervisory authority where affected people live</source>
        <translation>影響を受ける本人が居住する国のすべての監督機関</translation>
    </message>
    <message>
        <source>The competent supervisory authority</source>
        <translation>所轄監督機関</translation>
    </message>
    <message>
        <source>72 hours from awareness at %1, a continuous clock with no roll-forward (Art. 33(1)); give reasons if later.</source>
        <translation>%1 の認識時点から72時間（休日も含めて連続して計算し、繰り延べなし。第33条第1項）。遅れた場合は遅延の理由を示してください。</translation>
    </message>
    <message>
        <source>Record when the organisation became aware of the breach.</source>
        <translation>侵害を認識した日時を入力してください。</translation>
    </message>
    <message>
        <source>The data subjects</source>
        <translation>データ主体</translation>
    </message>
    <message>
        <source>Without undue delay.</source>
        <translation>不当な遅滞なく。</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission (PPC), or the delegated minister</source>
        <translation>個人情報保護委員会（または権限の委任を受けた事業所管大臣）</translation>
    </message>
    <message>
        <source>Rule / filing</source>
        <translation>ルール／報告等</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暫定）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>速やかに</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (data set %2)</source>
        <translation>%1（対象データ%2）</translation>
    </message>
    <message>
        <source>unknown cause</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>unauthorised access</source>
        <translation>不正アクセス</translation>
    </message>
    <message>
        <source>ransomware</source>
        <translation>ランサムウェア</translation>
    </message>
    <message>
        <source>misdelivery</source>
        <translation>誤送付</translation>
    </message>
    <message>
        <source>loss or theft</source>
        <translation>紛失・盗難</translation>
    </message>
    <message>
        <source>act by an insider</source>
        <translation>内部不正</translation>
    </message>
    <message>
        <source>other cause</source>
        <translation>その他の原因</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>該当</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>非該当</translation>
    </message>
    <message>
        <source>needs judgement</source>
        <translation>要判断</translation>
    </message>
    <message>
        <source>cannot decide</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>leak (漏えい)</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>loss (滅失)</source>
        <translation>滅失</translation>
    </message>
    <message>
        <source>damage (毀損)</source>
        <translation>毀損</translation>
    </message>
    <message>
        <source>Assess the four triggers of 規則7条 (APPI breach reporting).</source>
        <translation>規則7条各号の4つの事態に該当するかを判定します（個人情報保護法の漏えい等報告）。</translation>
    </message>
    <message>
        <source>No PPC report and no notice to individuals from us for the data sets whose consignor was notified.</source>
        <translation>委託元に通知済みの対象データについては、当社から個人情報保護委員会への報告および本人への通知は行いません。</translation>
    </message>
    <message>
        <source>an unnamed consignor</source>
        <translation>名称未入力の委託元</translation>
    </message>
    <message>
        <source>%1 is held for %2, notified under 規則9条 on %3: excluded from our PPC report and notices to individuals.</source>
        <translation>%1 は%2から委託を受けたデータで、%3 に規則9条の通知を行ったため、当社の個人情報保護委員会への報告および本人への通知の対象外です。</translation>
    </message>
    <message>
        <source>%1 is held for %2; no 規則9条 notice to the consignor is recorded yet.</source>
        <translation>%1 は%2から委託を受けたデータですが、委託元への規則9条の通知はまだ記録されていません。</translation>
    </message>
    <message>
        <source>No data set is held for a consignor client.</source>
        <translation>委託元から預かる対象データはありません。</translation>
    </message>
    <message>
        <source>File a preliminary report (速報) and a final report (確報) with the PPC, and notify the individuals.</source>
        <translation>個人情報保護委員会に速報および確報を提出し、本人に通知します。</translation>
    </message>
    <message>
        <source>The APPI assessment does not apply (JP-1).</source>
        <translation>個人情報保護法の漏えい等に該当しません（JP-1）。</translation>
    </message>
    <message>
        <source>Every data set is held for a consignor that received the 規則9条 notice (JP-P).</source>
        <translation>すべての対象データが、規則9条の通知を受けた委託元から預かるデータです（JP-P）。</translation>
    </message>
    <message>
        <source>The kind of event is not recorded yet (JP-1).</source>
        <translation>事態の種類がまだ入力されていません（JP-1）。</translation>
    </message>
    <message>
        <source>Triggers that apply: %1.</source>
        <translation>該当する号: %1。</translation>
    </message>
    <message>
        <source>Triggers that need your judgement: %1.</source>
        <translation>判断が必要な号: %1。</translation>
    </message>
    <message>
        <source>Triggers that lack facts: %1.</source>
        <translation>事実が不足している号: %1。</translation>
    </message>
    <message>
        <source>None of the four triggers of 規則7条 applies.</source>
        <translation>規則7条各号のいずれにも該当しません。</translation>
    </message>
    <message>
        <source>A substitute (public notice and an inquiry desk) may replace the notice to individuals; record why.</source>
        <translation>代替措置（公表と問い合わせ窓口の設置）により本人への通知に代えることができます。その理由を記録してください。</translation>
    </message>
    <message>
        <source>The individuals can be reached: notify them directly.</source>
        <translation>本人に連絡が取れるため、本人に直接通知してください。</translation>
    </message>
    <message>
        <source>No PPC report is required (JP-R).</source>
        <translation>個人情報保護委員会への報告は不要です（JP-R）。</translation>
    </message>
    <message>
        <source>decided by the officer</source>
        <translation>担当者の判断による</translation>
    </message>
    <message>
        <source>an act that may have had an unlawful purpose</source>
        <translation>不正の目的をもって行われたおそれがある行為</translation>
    </message>
    <message>
        <source>File the preliminary report (速報) promptly, about 3–5 days after learning of the breach.</source>
        <translation>速報は、事態を知った後、速やかに（概ね3～5日以内に）提出します。</translation>
    </message>
    <message>
        <source>Target %1 – %2: days 3 to 5, counting 知った日 %3 as day 1 (GL 3-5-3-3); no roll-forward.</source>
        <translation>目安 %1 – %2: 知った日 %3 を1日目として3～5日目（通則GL 3-5-3-3）。休日による繰り延べなし。</translation>
    </message>
    <message>
        <source>File the final report (確報) within 30 days (60 under trigger 3).</source>
        <translation>確報は30日以内（3号に該当する場合は60日以内）に提出します。</translation>
    </message>
    <message>
        <source>60 days because trigger 3 applies: %1.</source>
        <translation>3号に該当するため60日: %1。</translation>
    </message>
    <message>
        <source>30 days: trigger 3 is still open (60 days if it applies).</source>
        <translation>30日: 3号の該当性は未確定です（該当する場合は60日）。</translation>
    </message>
    <message>
        <source>30 days: trigger 3 does not apply.</source>
        <translation>30日: 3号には該当しません。</translation>
    </message>
    <message>
        <source>Day %1, counting 知った日 %2 as day 1, is %3.</source>
        <translation>知った日 %2 を1日目として%1日目は %3 です。</translation>
    </message>
    <message>
        <source>%1 is a closed day (%2): the deadline moves to the next working day, %3.</source>
        <translation>%1 は行政機関の休日（%2）のため、期限は翌開庁日の %3 になります。</translation>
    </message>
    <message>
        <source>The GDPR is not recorded as applying (no EU establishment, no Art. 3(2) targeting or monitoring).</source>
        <translation>GDPR は適用されるものとして記録されていません（EU 域内に拠点がなく、第3条第2項の商品・サービスの提供や行動の監視もありません）。</translation>
    </message>
    <message>
        <source>Notify the supervisory authority within 72 hours of awareness; give reasons if later.</source>
        <translation>認識から72時間以内に監督機関へ通知します。遅れた場合は遅延の理由を示してください。</translation>
    </message>
    <message>
        <source>Assessed as unlikely to result in a risk: no notification; document the breach (Art. 33(5)).</source>
        <translation>リスクが生じる可能性は低いと評価されているため、通知は不要です。侵害を文書化してください（第33条第5項）。</translation>
    </message>
    <message>
        <source>Assessed as a risk to the rights and freedoms of the people.</source>
        <translation>自然人の権利および自由に対するリスクがあると評価されています。</translation>
    </message>
    <message>
        <source>Assess the risk: notification is required unless the breach is unlikely to result in a risk.</source>
        <translation>リスクを評価してください。リスクが生じる可能性が低い場合を除き、通知が必要です。</translation>
    </message>
    <message>
        <source>Tell the people concerned without undue delay, in clear and plain language.</source>
        <translation>明確かつ平易な言葉で、不当な遅滞なくデータ主体に連絡します。</translation>
    </message>
    <message>
        <source>Assess whether the breach is likely to result in a high risk.</source>
        <translation>侵害が高いリスクを生じさせる可能性があるかを評価してください。</translation>
    </message>
    <message>
        <source>Not assessed as a high risk.</source>
        <translation>高いリスクとは評価されていません。</translation>
    </message>
    <message>
        <source>High risk, but the data is encrypted and the key is safe: Art. 34(3)(a) exempts the communication.</source>
        <translation>高いリスクがありますが、データは暗号化されており鍵も安全なため、第34条第3項(a)によりデータ主体への連絡は不要です。</translation>
    </message>
    <message>
        <source>Assessed as a high risk and the data is not protected by encryption.</source>
        <translation>高いリスクがあると評価されており、データは暗号化により保護されていません。</translation>
    </message>
    <message>
        <source>Not needed if later measures removed the high risk (Art. 34(3)(b)); if individual contact takes disproportionate effort, communicate publicly (Art. 34(3)(c)).</source>
        <translation>事後の措置により高いリスクが解消された場合は不要です（第34条第3項(b)）。個別の連絡に過大な労力を要する場合は、公表により連絡します（第34条第3項(c)）。</translation>
    </message>
    <message>
        <source>Notify every supervisory authority where affected people live.</source>
        <translation>影響を受ける本人が居住する国のすべての監督機関に通知します。</translation>
    </message>
    <message>
        <source>Record whether the organisation has an establishment in the EU or only an Art. 27 representative (decide EU-3: yes = no EU establishment).</source>
        <translation>EU 域内に拠点があるか、第27条の代理人のみかを記録してください（EU-3 で判断。該当 = EU 域内に拠点なし）。</translation>
    </message>
    <message>
        <source>Report the accident to the Privacy Mark review body: a final report within 30 days (60 under an unlawful purpose), and a preliminary report within about 3–5 days for the APPI-type categories.</source>
        <translation>プライバシーマークの審査機関に事故を報告します。確報は30日以内（不正の目的による場合は60日以内）、個人情報保護法相当の区分に該当する場合は速報を概ね3～5日以内に提出します。</translation>
    </message>
    <message>
        <source>The organisation does not hold the Privacy Mark.</source>
        <translation>プライバシーマークを取得していません。</translation>
    </message>
    <message>
        <source>The organisation holds the Privacy Mark (review body: %1): every incident is reported, encrypted devices included.</source>
        <translation>プライバシーマークを取得しています（審査機関: %1）。暗号化された機器の事故も含め、すべての事故を報告します。</translation>
    </message>
    <message>
        <source>APPI-type categories that apply: %1; a preliminary report is expected.</source>
        <translation>該当する個人情報保護法相当の区分: %1。速報の提出が求められます。</translation>
    </message>
    <message>
        <source>APPI-type categories still open: %1.</source>
        <translation>判断未了の個人情報保護法相当の区分: %1。</translation>
    </message>
    <message>
        <source>No APPI-type category applies: a final report only.</source>
        <translation>個人情報保護法相当の区分に該当しないため、確報のみ提出します。</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Decided by %1: %2 (%3).</source>
        <translation>%1による判断: %2（%3）。</translation>
    </message>
    <message>
        <source>The decision recorded by %1 is not used: the facts now decide this rule.</source>
        <translation>%1による判断は使用されません。現在は事実関係によってこのルールが判定されます。</translation>
    </message>
    <message>
        <source>Trigger 3: report to the PPC and notify the individuals; the final report is due within 60 days.</source>
        <translation>規則7条3号: 個人情報保護委員会へ報告し、本人に通知します。確報の期限は60日以内です。</translation>
    </message>
    <message>
        <source>The cause, %1, is an act that may have had an unlawful purpose.</source>
        <translation>原因（%1）は、不正の目的をもって行われたおそれがある行為です。</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>理由未入力</translation>
    </message>
    <message>
        <source>Recorded as an act that may have had an unlawful purpose: %1.</source>
        <translation>不正の目的をもって行われたおそれがある行為として記録されています: %1。</translation>
    </message>
    <message>
        <source>Loss or theft: decide whether the data may have been stolen; theft is an act with an unlawful purpose.</source>
        <translation>紛失・盗難: データが盗まれたおそれがあるかを判断してください。盗難は不正の目的をもって行われた行為に当たります。</translation>
    </message>
    <message>
        <source>Record the cause: whether the act may have had an unlawful purpose decides trigger 3.</source>
        <translation>原因を入力してください。不正の目的をもって行われたおそれがあるかどうかで、3号の該当性が決まります。</translation>
    </message>
    <message>
        <source>The cause, %1, is not recorded as an act that may have had an unlawful purpose.</source>
        <translation>原因（%1）は、不正の目的をもって行われたおそれがある行為として記録されていません。</translation>
    </message>
    <message>
        <source>Trigger 4: report to the PPC and notify the individuals.</source>
        <translation>規則7条4号: 個人情報保護委員会へ報告し、本人に通知します。</translation>
    </message>
    <message>
        <source>Fill in the number of people for %1.</source>
        <translation>%1 の人数を入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 people.</source>
        <translation>%1: %2人。</translation>
    </message>
    <message>
        <source>People in the data sets that count (upper bound): %1, more than 1,000.</source>
        <translation>判定に含める対象データの人数（上限）: %1人（1,000人超）。</translation>
    </message>
    <message>
        <source>People known so far: %1; trigger 4 needs more than 1,000.</source>
        <translation>現時点で判明している人数: %1人。4号に該当するのは1,000人を超える場合です。</translation>
    </message>
    <message>
        <source>People in the data sets that count (upper bound): %1, not more than 1,000.</source>
        <translation>判定に含める対象データの人数（上限）: %1人（1,000人以下）。</translation>
    </message>
    <message>
        <source>Record the data sets affected: people group, items and number of people.</source>
        <translation>対象データ（本人の区分、データ項目、人数）を入力してください。</translation>
    </message>
    <message>
        <source>Every data set is held for a consignor that received the 規則9条 notice: none counts for our own report (JP-P).</source>
        <translation>すべての対象データが規則9条の通知を受けた委託元から預かるデータのため、当社の報告の対象となるものはありません（JP-P）。</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>Notice to the consignor</source>
        <translation>委託元への通知</translation>
    </message>
    <message>
        <source>Notice to individuals (本人通知)</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR 第33条に基づく通知</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR 第34条に基づく連絡</translation>
    </message>
    <message>
        <source>APPI assessment applies (漏えい等)</source>
        <translation>個人情報保護法の漏えい等に該当</translation>
    </message>
    <message>
        <source>Trigger 1: sensitive data (要配慮)</source>
        <translation>規則7条1号: 要配慮個人情報</translation>
    </message>
    <message>
        <source>Trigger 2: risk of financial loss</source>
        <translation>規則7条2号: 財産的被害のおそれ</translation>
    </message>
    <message>
        <source>Trigger 3: possibly unlawful purpose</source>
        <translation>規則7条3号: 不正の目的のおそれ</translation>
    </message>
    <message>
        <source>Trigger 4: more than 1,000 people</source>
        <translation>規則7条4号: 1,000人超</translation>
    </message>
    <message>
        <source>Processor that notified its consignor</source>
        <translation>委託元に通知した受託者</translation>
    </message>
    <message>
        <source>Report to the PPC and notify individuals</source>
        <translation>個人情報保護委員会への報告と本人への通知</translation>
    </message>
    <message>
        <source>Preliminary report (速報) window</source>
        <translation>速報の提出時期</translation>
    </message>
    <message>
        <source>Final report (確報) deadline</source>
        <translation>確報の期限</translation>
    </message>
    <message>
        <source>Substitute for notifying individuals</source>
        <translation>本人への通知の代替措置</translation>
    </message>
    <message>
        <source>Privacy Mark accident report</source>
        <translation>プライバシーマーク事故報告</translation>
    </message>
    <message>
        <source>GDPR Art. 33: notify the supervisory authority</source>
        <translation>GDPR 第33条: 監督機関への通知</translation>
    </message>
    <message>
        <source>GDPR Art. 34: communicate to data subjects</source>
        <translation>GDPR 第34条: データ主体への連絡</translation>
    </message>
    <message>
        <source>GDPR: no EU establishment, notify every SA</source>
        <translation>GDPR: EU 域内に拠点なし、すべての監督機関へ通知</translation>
    </message>
    <message>
        <source>PPC report, preliminary (速報)</source>
        <translation>個人情報保護委員会への報告（速報）</translation>
    </message>
    <message>
        <source>PPC report, final (確報)</source>
        <translation>個人情報保護委員会への報告（確報）</translation>
    </message>
    <message>
        <source>PPC report, follow-up (続報)</source>
        <translation>個人情報保護委員会への報告（続報）</translation>
    </message>
    <message>
        <source>Privacy Mark report, preliminary</source>
        <translation>プライバシーマーク事故報告（第一報）</translation>
    </message>
    <message>
        <source>Privacy Mark report, final</source>
        <translation>プライバシーマーク事故報告（最終報告）</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>%1 happened</source>
        <translation>%1が発生</translation>
    </message>
    <message>
        <source>%1 may have happened</source>
        <translation>%1が発生したおそれ</translation>
    </message>
    <message>
        <source>Record what happened: a leak (漏えい), loss (滅失) or damage (毀損) that happened or may have happened.</source>
        <translation>発生した事態（漏えい、滅失または毀損が発生した、または発生したおそれ）を記録してください。</translation>
    </message>
    <message>
        <source>Event: %1.</source>
        <translation>事態: %1。</translation>
    </message>
    <message>
        <source>%1 is protected by advanced encryption and the key is not known to have leaked: it does not count for the APPI.</source>
        <translation>%1 は高度な暗号化で保護され、鍵の漏えいも知られていないため、個人情報保護法上の対象に数えません。</translation>
    </message>
    <message>
        <source>%1 was encrypted but the key may have leaked: the encryption exclusion is lost.</source>
        <translation>%1 は暗号化されていましたが鍵が漏えいしたおそれがあるため、暗号化による除外は適用されません。</translation>
    </message>
    <message>
        <source>Every data set is protected by advanced encryption and no key is known to have leaked: no APPI report is required.</source>
        <translation>すべてのデータセットが高度な暗号化で保護され、鍵の漏えいも知られていないため、個人情報保護法上の報告は不要です。</translation>
    </message>
    <message>
        <source>%1: contact details are missing or stale; record why these individuals cannot be reached.</source>
        <translation>%1: 連絡先がないか古くなっています。本人に連絡できない理由を記録してください。</translation>
    </message>
    <message>
        <source>%1: contact details are missing or stale: %2.</source>
        <translation>%1: 連絡先がないか古くなっています: %2。</translation>
    </message>
    <message>
        <source>%1 is protected by advanced encryption and the key is not known to have leaked: excluded from all four triggers (規則7条1号).</source>
        <translation>%1 は高度な暗号化で保護され、鍵の漏えいも知られていないため、4つの報告対象事態のすべてから除外されます（規則7条1号）。</translation>
    </message>
    <message>
        <source>Encrypted hand-over</source>
        <translation>暗号化した引き渡し</translation>
    </message>
    <message>
        <source>Public notice, published outside BreachDesk</source>
        <translation>公表文（BreachDesk の外で公表）</translation>
    </message>
</context>
<context>
    <name>bd::ObligationsCommand</name>
    <message>
        <source>Print an incident&apos;s triggers, their reasons and the filings due, with their deadlines.</source>
        <translation>インシデントの該当事由とその理由、提出すべき報告等とその期限を表示します。</translation>
    </message>
    <message>
        <source>The code of an incident in the workspace.</source>
        <translation>ワークスペース内のインシデントのコード。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Evaluate as at this moment (ISO 8601, e.g. 2024-08-30T12:00:00+09:00) instead of now.</source>
        <translation>現在時刻の代わりに、指定した時点（ISO 8601。例: 2024-08-30T12:00:00+09:00）で評価します。</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>An incident JSON file (as written by export-incident) instead of --incident.</source>
        <translation>--incident の代わりに使用するインシデントの JSON ファイル（export-incident で書き出したもの）。</translation>
    </message>
    <message>
        <source>Usage: breachdesk obligations --incident CODE [--json] [--now ISO]</source>
        <translation>使い方: breachdesk obligations --incident CODE [--json] [--now ISO]</translation>
    </message>
    <message>
        <source>       breachdesk obligations FILE.json [--json] [--now ISO]</source>
        <translation>       breachdesk obligations FILE.json [--json] [--now ISO]</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 date or date and time.</source>
        <translation>--now: 「%1」は ISO 8601 形式の日付または日時ではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid incident file:</source>
        <translation>%1 は有効なインシデントファイルではありません:</translation>
    </message>
    <message>
        <source>%1 — obligations as at %2</source>
        <translation>%1 — %2 時点の報告・通知義務</translation>
    </message>
</context>
<context>
    <name>bd::ObligationsPage</name>
    <message>
        <source>Rules: does the breach have to be reported, and why</source>
        <translation>ルール: 報告が必要か、その理由</translation>
    </message>
    <message>
        <source>Filings and notices: to whom, by when</source>
        <translation>報告・通知: 提出先と期限</translation>
    </message>
    <message>
        <source>Decisions and overrides could not be read: %1</source>
        <translation>判断と上書きを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation>判断を変更…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>判断…</translation>
    </message>
    <message>
        <source>Record whether %1 applies, and why</source>
        <translation>%1 に該当するかとその理由を記録します</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>上書き…</translation>
    </message>
    <message>
        <source>Replace the due date, or whether it is required, with a reason</source>
        <translation>期限または要否を、理由を付けて置き換えます</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Withdraw the override: the computed value applies again</source>
        <translation>上書きを取り消します（算定値が再び適用されます）</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>インシデントが開かれていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report to the PPC and notify the individuals&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;個人情報保護委員会へ報告し、本人に通知してください&lt;/b&gt;（%1 時点）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whether a report to the PPC is required is not settled yet&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;個人情報保護委員会への報告の要否はまだ確定していません&lt;/b&gt;（%1 時点）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No report to the PPC is required&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;個人情報保護委員会への報告は不要です&lt;/b&gt;（%1 時点）。</translation>
    </message>
    <message>
        <source>Rules that need your decision or a missing fact: %1.</source>
        <translation>判断または不足している事実の入力が必要なルール: %1。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a05000&apos;&gt;%n due within 48 hours.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a05000&apos;&gt;48時間以内の期限 %n件。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%n overdue.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;期限超過 %n件。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>判断を保存できませんでした</translation>
    </message>
    <message>
        <source>Override not saved</source>
        <translation>上書きを保存できませんでした</translation>
    </message>
    <message>
        <source>Withdraw Override</source>
        <translation>上書きの取り消し</translation>
    </message>
    <message>
        <source>Why is the override of &quot;%1&quot; withdrawn? (The computed value applies again.)</source>
        <translation>「%1」の上書きを取り消す理由は何ですか？（算定値が再び適用されます）</translation>
    </message>
    <message>
        <source>The override stays: a reason is needed.</source>
        <translation>理由が必要なため、上書きは取り消されていません。</translation>
    </message>
    <message>
        <source>Override not withdrawn</source>
        <translation>上書きを取り消せませんでした</translation>
    </message>
    <message>
        <source>&amp;Override outcome…</source>
        <translation>結果を上書き(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw override…</source>
        <translation>上書きを取り消す(&amp;W)…</translation>
    </message>
    <message>
        <source>Override outcome…</source>
        <translation>結果を上書き…</translation>
    </message>
    <message>
        <source>Withdraw override…</source>
        <translation>上書きを取り消す…</translation>
    </message>
    <message>
        <source>Replace the selected rule&apos;s computed outcome, with a reason</source>
        <translation>選択したルールの算出結果を、理由を付けて置き換えます</translation>
    </message>
    <message>
        <source>Withdraw the override: the computed outcome applies again</source>
        <translation>上書きを取り消し、算出結果に戻します</translation>
    </message>
    <message>
        <source>Change &amp;override…</source>
        <translation>上書きを変更(&amp;O)…</translation>
    </message>
    <message>
        <source>Change override…</source>
        <translation>上書きを変更…</translation>
    </message>
    <message>
        <source>Select a rule to see its details or to override its outcome.</source>
        <translation>ルールを選択すると詳細を表示し、結果を上書きできます。</translation>
    </message>
    <message>
        <source>Rules whose outcome you overrode: %1.</source>
        <translation>結果を上書きしたルール: %1 件。</translation>
    </message>
    <message>
        <source>Why is the override of %1 (%2) withdrawn? (The computed outcome applies again.)</source>
        <translation>%1（%2）の上書きを取り消す理由は何ですか。（算出結果に戻ります。）</translation>
    </message>
</context>
<context>
    <name>bd::OdtWriter</name>
    <message>
        <source>Could not convert the letter to OpenDocument.</source>
        <translation>文書を OpenDocument 形式に変換できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>bd::OpenPgpEncryptor</name>
    <message>
        <source>GPGME could not be initialised.</source>
        <translation>GPGME を初期化できませんでした。</translation>
    </message>
    <message>
        <source>The gpg program (GnuPG 2) cannot be run: %1. Install the gnupg package.</source>
        <translation>gpg プログラム（GnuPG 2）を実行できません: %1。gnupg パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is revoked.</source>
        <translation>OpenPGP 鍵 %1 は失効しています。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 expired on %2.</source>
        <translation>OpenPGP 鍵 %1 は %2 に期限切れになりました。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is disabled in the keyring.</source>
        <translation>OpenPGP 鍵 %1 はキーリングで無効化されています。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is not valid.</source>
        <translation>OpenPGP 鍵 %1 は有効ではありません。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 cannot encrypt: its encryption subkey expired on %2.</source>
        <translation>OpenPGP 鍵 %1 では暗号化できません。暗号化用の副鍵が %2 に期限切れになりました。</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 has no usable subkey for encryption.</source>
        <translation>OpenPGP 鍵 %1 には暗号化に使用できる副鍵がありません。</translation>
    </message>
    <message>
        <source>The OpenPGP keyring could not be read: %1</source>
        <translation>OpenPGP キーリングを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>GPGME could not be started: %1</source>
        <translation>GPGME を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>No OpenPGP key in the keyring (GNUPGHOME, else ~/.gnupg) matches %1.</source>
        <translation>キーリング（GNUPGHOME、なければ ~/.gnupg）に %1 と一致する OpenPGP 鍵がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n OpenPGP keys; give the full fingerprint of the one to use:</source>
        <translation>
            <numerusform>%1 は %n 個の OpenPGP 鍵と一致します。使用する鍵の完全なフィンガープリントを指定してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>鍵ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The key file %1 is too large to be an OpenPGP public key.</source>
        <translation>鍵ファイル %1 は OpenPGP 公開鍵としては大きすぎます。</translation>
    </message>
    <message>
        <source>No temporary keyring could be made for %1: %2</source>
        <translation>%1 用の一時キーリングを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no OpenPGP key: %2</source>
        <translation>鍵ファイル %1 に OpenPGP 鍵が含まれていません: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no OpenPGP key.</source>
        <translation>鍵ファイル %1 に OpenPGP 鍵が含まれていません。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>鍵ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a key: give a fingerprint, a key id, an e-mail address or a key file.</source>
        <translation>%1 は鍵ではありません。フィンガープリント、鍵 ID、メールアドレス、または鍵ファイルを指定してください。</translation>
    </message>
    <message>
        <source>No OpenPGP key was chosen.</source>
        <translation>OpenPGP 鍵が選択されていません。</translation>
    </message>
    <message>
        <source>Encryption failed: %1</source>
        <translation>暗号化に失敗しました: %1</translation>
    </message>
    <message>
        <source>The encrypted file could not be written.</source>
        <translation>暗号化したファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Encryption for %1 failed: %2</source>
        <translation>%1 に向けた暗号化に失敗しました: %2</translation>
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
    <name>bd::OutputFile</name>
    <message>
        <source>%1 is the open workspace or one of its files (%2): writing there would destroy the record. Choose another file.</source>
        <translation>%1 は開いているワークスペースまたはその関連ファイル（%2）です。書き込むと記録が失われます。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 can only be opened for writing.</source>
        <translation>%1 は書き込み用にしか開けません。</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write %1: its folder does not exist.</source>
        <translation>%1 に書き込めませんでした: 保存先のフォルダーが存在しません。</translation>
    </message>
</context>
<context>
    <name>bd::OverrideDialog</name>
    <message>
        <source>Due &amp;on</source>
        <translation>期限日(&amp;O)</translation>
    </message>
    <message>
        <source>Due &amp;at</source>
        <translation>期限日時(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Not required</source>
        <translation>不要(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;quired after all</source>
        <translation>必要(&amp;Q)</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>上書き: %1</translation>
    </message>
    <message>
        <source>Computed: due %1. %2</source>
        <translation>算定値: 期限 %1。%2</translation>
    </message>
    <message>
        <source>Overridden now: %1</source>
        <translation>現在の上書き: %1</translation>
    </message>
    <message>
        <source>Replace it with</source>
        <translation>置き換える内容</translation>
    </message>
    <message>
        <source>&amp;Reason (required; kept in the history with your name and the time):</source>
        <translation>理由(&amp;R)（必須。氏名と日時とともに変更履歴に記録されます）:</translation>
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
    <message>
        <source>&lt;b&gt;Personal data redacted:&lt;/b&gt; %1 by %2 (signing key %3)</source>
        <translation>&lt;b&gt;個人データの消去:&lt;/b&gt; %1、%2（署名鍵 %3）</translation>
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
    <name>bd::PdfPreview</name>
    <message>
        <source>◀ Page</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>ページを幅に合わせて表示します</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>PDF を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>bd::PdfRenderer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>There is no letter to render.</source>
        <translation>出力する文書がありません。</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>PDF を書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>bd::PlaceholderPalette</name>
    <message>
        <source>Placeholder</source>
        <translation>差し込み項目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Required: output is refused while it is empty.</source>
        <translation>必須: 空欄の間は出力できません。</translation>
    </message>
</context>
<context>
    <name>bd::PublicKey</name>
    <message>
        <source>it is too large to be a public key file</source>
        <translation>公開鍵ファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>it is not a BreachDesk public key file</source>
        <translation>BreachDesk の公開鍵ファイルではありません</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>このプログラムが対応していないバージョンまたはアルゴリズムです</translation>
    </message>
    <message>
        <source>its public key is not 32 bytes of base64</source>
        <translation>公開鍵が 32 バイトの base64 ではありません</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key</source>
        <translation>フィンガープリントが公開鍵と一致しません</translation>
    </message>
</context>
<context>
    <name>bd::PublishedEditionRepository</name>
    <message>
        <source>An edition of the public notice is numbered from 1 to 999 (第N報).</source>
        <translation>公表文の版の番号は 1 から 999（第N報）です。</translation>
    </message>
    <message>
        <source>Say in which language or languages the edition was published.</source>
        <translation>その版を公表した言語を指定してください。</translation>
    </message>
    <message>
        <source>An edition needs the date it was published.</source>
        <translation>版には公表日が必要です。</translation>
    </message>
    <message>
        <source>The address (URL)</source>
        <translation>掲載先（URL）</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Edition %1 of the public notice in %2 is already recorded (published %3).</source>
        <translation>%2 の公表文 第%1報はすでに記録されています（公表日 %3）。</translation>
    </message>
    <message>
        <source>Edition %1 of the public notice in %2 was issued in BreachDesk (dated %3).</source>
        <translation>%2 の公表文 第%1報は BreachDesk で発行済みです（日付 %3）。</translation>
    </message>
</context>
<context>
    <name>bd::ReadersDialog</name>
    <message>
        <source>Client Names and Confidential Text</source>
        <translation>委託元の名称と秘匿テキスト</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consignor clients.&lt;/b&gt; Every name a document could use for a client: only that client&apos;s own notice and the regulator&apos;s reports may contain it. Separate abbreviations with commas.</source>
        <translation>&lt;b&gt;委託元。&lt;/b&gt;文書が委託元を指すのに使いうるすべての名称。これを含めてよいのは、その委託元への通知と規制当局への報告だけです。略称はカンマで区切ってください。</translation>
    </message>
    <message>
        <source>Name in the data sets</source>
        <translation>データセット上の名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名称</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>No data set of this incident is held for a consignor client.</source>
        <translation>このインシデントには委託元から預かっているデータセットがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential text.&lt;/b&gt; A police reference, a host name, a ransom note&apos;s identifier: only documents for the reader chosen may contain it.</source>
        <translation>&lt;b&gt;秘匿テキスト。&lt;/b&gt;警察の受理番号、ホスト名、脅迫文の識別子など。これを含めてよいのは、選んだ読み手向けの文書だけです。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>読み手</translation>
    </message>
    <message>
        <source>&amp;Add Text</source>
        <translation>テキストを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Text</source>
        <translation>テキストを削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>bd::RecipientImport</name>
    <message>
        <source>The file has no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
</context>
<context>
    <name>bd::RecipientService</name>
    <message>
        <source>Change the settings of a recipient group</source>
        <translation>宛先グループの設定の変更</translation>
    </message>
    <message>
        <source>Edit a recipient</source>
        <translation>宛先の編集</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n recipient(s)</source>
        <translation>
            <numerusform>%n件の宛先を送付対象外にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n recipient(s)</source>
        <translation>
            <numerusform>%n件の宛先を送付対象に含める</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recipient(s)</source>
        <translation>
            <numerusform>%n件の宛先の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n recipient(s) from %1</source>
        <translation>
            <numerusform>%1 から%n件の宛先のインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n recipient(s) as not a duplicate</source>
        <translation>
            <numerusform>%n件の宛先を重複ではないとする</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::RecipientTableModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Source (file, row)</source>
        <translation>取込元（ファイル、行）</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>独自項目「%1」</translation>
    </message>
    <message>
        <source>Same e-mail as a recipient no longer in the list</source>
        <translation>削除済みの宛先とメールアドレスが同じ</translation>
    </message>
    <message>
        <source>Same name and address as a recipient no longer in the list</source>
        <translation>削除済みの宛先と氏名・住所が同じ</translation>
    </message>
    <message>
        <source>Same e-mail as %1</source>
        <translation>メールアドレスが同じ宛先: %1</translation>
    </message>
    <message>
        <source>Same name and address as %1</source>
        <translation>氏名・住所が同じ宛先: %1</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性あり</translation>
    </message>
    <message>
        <source>a recipient added by hand</source>
        <translation>手入力で追加した宛先</translation>
    </message>
</context>
<context>
    <name>bd::Recipients</name>
    <message>
        <source>No column is mapped to the name or the organisation.</source>
        <translation>氏名または組織名に割り当てられた列がありません。</translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation>氏名に割り当てられた列がありません。</translation>
    </message>
    <message>
        <source>Several columns are mapped to the field &quot;%1&quot;.</source>
        <translation>項目「%1」に複数の列が割り当てられています。</translation>
    </message>
    <message>
        <source>Column %1 is mapped to an unknown field.</source>
        <translation>%1 列目が不明な項目に割り当てられています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form field=column.</source>
        <translation>「%1」が field=column の形式になっていません。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>「%1」は不明な項目です。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>ファイルに列「%1」がありません。</translation>
    </message>
    <message>
        <source>No column given for &quot;%1&quot;.</source>
        <translation>「%1」の列が指定されていません。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The text encoding %1 is not available.</source>
        <translation>文字コード %1 は使用できません。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The record starting on this row is longer than %1 characters (probably a quote that is never closed); reading stopped here.</source>
        <translation>この行から始まるレコードが %1 文字を超えています（引用符が閉じられていない可能性があります）。ここで読み込みを中止しました。</translation>
    </message>
    <message>
        <source>More than %1 columns; the rest are ignored.</source>
        <translation>列数が %1 を超えています。超えた列は無視されます。</translation>
    </message>
    <message>
        <source>A quote (&quot;) inside a field that does not start with one.</source>
        <translation>引用符で始まらないフィールドの中に引用符（&quot;）があります。</translation>
    </message>
    <message>
        <source>A quoted field starting on row %1 is not closed before the end of the file.</source>
        <translation>%1 行目から始まる引用符付きのフィールドが、ファイルの末尾までに閉じられていません。</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field.</source>
        <translation>フィールドの閉じ引用符の後に文字があります。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>読み込みを途中で中止しました: %1</translation>
    </message>
    <message>
        <source>The header has characters that could not be read: check the file&apos;s encoding.</source>
        <translation>見出し行に読み取れない文字があります。ファイルの文字コードを確認してください。</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2.</source>
        <translation>この行は %1 列ですが、見出し行は %2 列です。</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2; the missing ones are read as empty.</source>
        <translation>この行は %1 列ですが、見出し行は %2 列です。足りない列は空欄として読み込みます。</translation>
    </message>
    <message>
        <source>Characters that could not be read in the chosen encoding.</source>
        <translation>選択した文字コードでは読み取れない文字があります。</translation>
    </message>
    <message>
        <source>Neither a name nor an organisation.</source>
        <translation>氏名も組織名もありません。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>氏名がありません。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>メールアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>メールアドレスがありません。</translation>
    </message>
    <message>
        <source>The postal address is missing.</source>
        <translation>住所がありません。</translation>
    </message>
    <message>
        <source>The language is neither Japanese nor English; the group&apos;s default is used.</source>
        <translation>言語が日本語でも英語でもないため、グループの既定の言語を使用します。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16（リトルエンディアン）</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16（ビッグエンディアン）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>U+%1 (%2)</source>
        <translation>U+%1（%2）</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>ブックにパーツ %1 がありません。</translation>
    </message>
    <message>
        <source>The workbook part %1 could not be read.</source>
        <translation>ブックのパーツ %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>The cell refers to a missing shared string.</source>
        <translation>セルが存在しない共有文字列を参照しています。</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (not a zip).</source>
        <translation>ファイルが .xlsx 形式のブックではありません（zip 形式ではありません）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>ブックに %1 番目のシートがありません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>ブックに %1 という名前のシートがありません。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>ブックに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>ファイルを作成できません</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>ファイルの書き込みを完了できません</translation>
    </message>
    <message>
        <source>reading the list failed</source>
        <translation>リストの読み込みに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>受理 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>問題あり %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identical row(s) imported once</source>
        <translation>
            <numerusform>同一の行 %Ln 行（1 件にまとめてインポート）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) marked</source>
        <translation>
            <numerusform>重複の可能性あり %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <comment>import summary: rows, accepted, with problems, identical rows, possible duplicates</comment>
        <translation>%1: %2、%3、%4、%5。</translation>
    </message>
    <message>
        <source>A broken character (half of a UTF-16 surrogate pair): the file is damaged in this cell.</source>
        <translation>壊れた文字（UTF-16 サロゲートペアの片方だけ）があります。このセルの部分でファイルが破損しています。</translation>
    </message>
    <message>
        <source>The cell contains a NUL character: the file is damaged here, or it is not a text file.</source>
        <translation>セルに NUL 文字が含まれています。ファイルのこの部分が破損しているか、テキストファイルではありません。</translation>
    </message>
    <message>
        <source>The cell contains invisible characters that change the direction of text, so it may display as something else. The text is kept; check it.</source>
        <translation>セルに文字の表示方向を変える不可視の文字が含まれているため、実際とは異なる内容で表示されるおそれがあります。テキストはそのまま保持しますので、内容を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n CJK radical character(s) that look like kanji were replaced by the kanji (for example ⽥ U+2F65 by 田).</source>
        <translation>
            <numerusform>漢字に似た CJK 部首文字 %n 文字を、対応する漢字に置き換えました（例: ⽥ U+2F65 → 田）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell contains CJK radical characters that stand for no kanji; check the text.</source>
        <translation>セルに、対応する漢字のない CJK 部首文字が含まれています。テキストを確認してください。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid; the row is imported for letters by post.</source>
        <translation>メールアドレスが正しくありません。この行は郵送用としてインポートします。</translation>
    </message>
    <message>
        <source>%1 has a cell text longer than %2 characters (Excel allows 32,767): refused.</source>
        <translation>%1 に %2 文字を超えるセルがあるため、拒否しました（Excel の上限は 32,767 文字）。</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: %3).</source>
        <translation>%1 は破損しています（%2 行目: %3）。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (rows × columns): refused.</source>
        <translation>%1 のセル数（行数 × 列数）が %2 を超えるため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 is damaged after row %2 (line %3: %4).</source>
        <translation>%1 は %2 行目より後で破損しています（XML の %3 行目: %4）。</translation>
    </message>
</context>
<context>
    <name>bd::RecipientsPage</name>
    <message>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>グループを追加…</translation>
    </message>
    <message>
        <source>People (様)</source>
        <translation>個人（様）</translation>
    </message>
    <message>
        <source>Organisations (御中)</source>
        <translation>法人・団体（御中）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
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
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Label (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <source>Label (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <source>Recipients are:</source>
        <translation>宛先の種類:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>送付方法:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>既定の言語:</translation>
    </message>
    <message>
        <source>Affected data sets:</source>
        <translation>関係する対象データ:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Keep the selected rows but send them nothing</source>
        <translation>選択した行をリストに残したまま、送付の対象から外します</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループの追加</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>新しいグループの名称:</translation>
    </message>
    <message>
        <source>Delete this group and every recipient in it? This cannot be undone.</source>
        <translation>このグループと、その中のすべての宛先を削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete recipients</source>
        <translation>宛先の削除</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>宛先のインポート</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>宛先のエクスポート</translation>
    </message>
    <message>
        <source>The group&apos;s key for breachdesk import-recipients and export-recipients</source>
        <translation>breachdesk import-recipients および export-recipients で使用するグループのキー</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Set the linked data set&apos;s number of people to the number of recipients in the list (undo with Ctrl+Z)</source>
        <translation>関連付けた対象データの人数を、リストの宛先の件数に設定します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Import lis&amp;t…</source>
        <translation>リストをインポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Exclu&amp;de</source>
        <translation>送付対象外にする(&amp;D)</translation>
    </message>
    <message>
        <source>In&amp;clude</source>
        <translation>送付対象に含める(&amp;C)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel ブック (.xlsx)…</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (for Excel)…</source>
        <translation>CSV、UTF-8（Excel 用）…</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932)…</source>
        <translation>CSV、Shift_JIS（CP932）…</translation>
    </message>
    <message>
        <source>Use %1 as the number of people</source>
        <translation>%1 を人数として使用</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>リスト (*.csv *.txt *.tsv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be written in Shift_JIS and were written as “?”.</source>
        <translation>
            <numerusform>%n 文字は Shift_JIS で書き出せないため、「?」として書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, kana, organisation, e-mail, address or custom fields…</source>
        <translation>氏名・カナ・組織・メール・住所・独自項目を検索…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in the list</source>
        <translation>
            <numerusform>名簿の宛先 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>N recipients in the list.</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1; a linked data set has no count yet.</source>
        <translation>%1。関連付けた対象データに人数が未入力のものがあります。</translation>
    </message>
    <message numerus="yes">
        <source>%1; the data sets say about %Ln.</source>
        <translation>
            <numerusform>%1。対象データでは約 %Ln 名です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the data sets say %Ln.</source>
        <translation>
            <numerusform>%1。対象データでは %Ln 名です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#a04000&quot;&gt;⚠ %1, but the data sets say %Ln person(s).&lt;/b&gt; Check the list or the counts.</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#a04000&quot;&gt;⚠ %1 ですが、対象データでは %Ln 名です。&lt;/b&gt;名簿か人数を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the recipients an import marked as possibly the same person as another, and those others</source>
        <translation>インポート時に他の宛先と同一人物の可能性があるとして印を付けた宛先と、その相手の宛先だけを表示します</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>重複ではない(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the possible-duplicate mark of the selected rows: they are different people</source>
        <translation>選択した行の「重複の可能性あり」の印を外します（別人として扱います）</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>重複の可能性あり（%1）</translation>
    </message>
    <message>
        <source>%1 was not written: the export could not be recorded in the audit trail.</source>
        <translation>エクスポートを変更履歴に記録できなかったため、%1 は書き出されませんでした。</translation>
    </message>
    <message>
        <source>The change could not be undone or redone: %1</source>
        <translation>変更を元に戻す／やり直すことができませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected recipient(s)?</source>
        <translation>
            <numerusform>選択した%n件の宛先を削除しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::RedactCommand</name>
    <message>
        <source>Redact the personal data of an archived incident after its retention period, as a signed, audited event.</source>
        <translation>保存期間が終了したアーカイブ済みインシデントの個人データを、署名付きで変更履歴に記録して消去します。</translation>
    </message>
    <message>
        <source>Blanks every recipient field that can identify a person (names, addresses, contact details, custom columns) and keeps the rows, so every count stays true. The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from the incident. Without --yes nothing is changed: the command says what it would do.</source>
        <translation>個人を識別できる宛先の項目（氏名、住所、連絡先、追加列）をすべて空にし、行は残すため件数はすべて正しいままです。消去した内容の記録はあなたの署名鍵で署名され、変更履歴に記録されます。以後、このインシデントから通知文や宛先一覧は作成できません。--yes を付けない場合は何も変更せず、実行内容を表示するだけです。</translation>
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
        <source>The day the retention period ended (not after today).</source>
        <translation>保存期間が終了した日（今日以前）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Why, e.g. the retention rule that applies (recorded).</source>
        <translation>理由。例：適用される保存規程（記録されます）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Redact (without it: only show the plan).</source>
        <translation>消去を実行します（指定しない場合は内容の表示のみ）。</translation>
    </message>
    <message>
        <source>Usage: breachdesk redact --incident CODE --retention-ended YYYY-MM-DD --reason TEXT [--yes]</source>
        <translation>使い方: breachdesk redact --incident CODE --retention-ended YYYY-MM-DD --reason TEXT [--yes]</translation>
    </message>
    <message>
        <source>Error: --retention-ended: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>エラー: --retention-ended: 「%1」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n recipient(s)</source>
        <translation>
            <numerusform>グループ %1: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies outside the workspace that redaction cannot reach (delete them yourself):</source>
        <translation>消去が及ばないワークスペース外の複製（ご自身で削除してください）:</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. Run again with --yes to redact the personal data of %n recipient(s) of incident %1.</source>
        <translation>
            <numerusform>何も変更していません。インシデント %1 の宛先 %n 件の個人データを消去するには、--yes を付けて再度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was redacted.</source>
        <translation>何も消去していません。</translation>
    </message>
    <message numerus="yes">
        <source>Redacted the personal data of %n recipient(s) of incident %1. Statement SHA-256 %2, signed by %3.</source>
        <translation>
            <numerusform>インシデント %1 の宛先 %n 件の個人データを消去しました。記録の SHA-256 %2、署名者 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::RedactionDialog</name>
    <message>
        <source>Redact Personal Data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once the retention period has ended, the personal data of incident &lt;b&gt;%1&lt;/b&gt; can be removed: every recipient&apos;s name, reading, organisation, department, title, address, e-mail, telephone and custom columns are blanked. The rows stay, so every count stays true, and the audit trail, the issued documents and earlier archives still verify.&lt;/p&gt;&lt;p&gt;The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from this incident. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;保存期間が終了したため、インシデント &lt;b&gt;%1&lt;/b&gt; の個人データを消去できます。すべての宛先の氏名、フリガナ、組織、部署、役職、住所、メールアドレス、電話番号、追加列を空にします。行は残るため件数はすべて正しいままで、変更履歴、発行済み文書、過去のアーカイブも引き続き検証できます。&lt;/p&gt;&lt;p&gt;消去した内容の記録はあなたの署名鍵で署名され、変更履歴に記録されます。以後、このインシデントから通知文や宛先一覧は作成できません。&lt;b&gt;この操作は元に戻せません。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident has no recipients.</source>
        <translation>このインシデントには宛先がありません。</translation>
    </message>
    <message>
        <source>Copies outside the workspace that redaction cannot reach (delete them yourself):</source>
        <translation>消去が及ばないワークスペース外の複製（ご自身で削除してください）:</translation>
    </message>
    <message>
        <source>e.g. the retention rule that applies</source>
        <translation>例：適用される保存規程</translation>
    </message>
    <message>
        <source>Retention period ended on:</source>
        <translation>保存期間の終了日:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Type the incident code to confirm:</source>
        <translation>確認のためインシデントのコードを入力:</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Nothing was redacted.</source>
        <translation>何も消去していません。</translation>
    </message>
</context>
<context>
    <name>bd::RedactionRepository</name>
    <message>
        <source>The personal data of incident %1 was redacted on %2: its letters and recipient lists can no longer be made.</source>
        <translation>インシデント %1 の個人データは %2 に消去されています。通知文や宛先一覧はもう作成できません。</translation>
    </message>
    <message>
        <source>The personal data of incident %1 was already redacted (%2).</source>
        <translation>インシデント %1 の個人データは既に消去されています（%2）。</translation>
    </message>
    <message>
        <source>Incident %1 is still open. Personal data is redacted only from an archived incident whose retention period has ended: archive it first.</source>
        <translation>インシデント %1 はまだ対応中です。個人データは、保存期間が終了したアーカイブ済みインシデントからのみ消去できます。先にアーカイブしてください。</translation>
    </message>
    <message>
        <source>Say when the retention period ended (a date, YYYY-MM-DD).</source>
        <translation>保存期間の終了日（YYYY-MM-DD）を指定してください。</translation>
    </message>
    <message>
        <source>The retention period has not ended: %1 is after today (%2).</source>
        <translation>保存期間はまだ終了していません。%1 は今日（%2）より後です。</translation>
    </message>
    <message>
        <source>Say why the personal data is redacted (for example the retention rule that applies).</source>
        <translation>個人データを消去する理由（例：適用される保存規程）を入力してください。</translation>
    </message>
</context>
<context>
    <name>bd::RedactionStatement</name>
    <message>
        <source>The redaction statement is not JSON: %1.</source>
        <translation>消去記録が JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>The redaction statement is not in a format this version reads.</source>
        <translation>消去記録は、このバージョンが読める形式ではありません。</translation>
    </message>
    <message>
        <source>The redaction statement has a damaged recipient group.</source>
        <translation>消去記録の宛先グループが破損しています。</translation>
    </message>
    <message>
        <source>The redaction statement is incomplete.</source>
        <translation>消去記録が不完全です。</translation>
    </message>
</context>
<context>
    <name>bd::RestoreCommand</name>
    <message>
        <source>Replace the workspace&apos;s contents with a backup, after checking it.</source>
        <translation>バックアップを検査したうえで、ワークスペースの内容をバックアップで置き換えます。</translation>
    </message>
    <message>
        <source>The backup is checked first (SQLite&apos;s integrity check, a BreachDesk workspace this version can open); nothing is replaced when it fails. The workspace as it was is kept beside it as a safety copy, then the backup replaces it in one transaction and is upgraded to this version.</source>
        <translation>最初にバックアップを検査し（SQLite の整合性チェック、このバージョンで開ける BreachDesk のワークスペースであること）、検査に通らなければ何も置き換えません。元のワークスペースは安全のためのコピーとして同じ場所に残し、そのうえで 1 つのトランザクションでバックアップに置き換え、このバージョンにアップグレードします。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>復元するバックアップファイル。</translation>
    </message>
    <message>
        <source>Usage: breachdesk restore [--workspace FILE] BACKUP</source>
        <translation>使い方: breachdesk restore [--workspace FILE] BACKUP</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>何も復元されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n incident(s) from %1. The workspace as it was is kept in %2.</source>
        <translation>
            <numerusform>%1 から %n 件のインシデントを復元しました。元のワークスペースは %2 に残してあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::RuleChoiceDialog</name>
    <message>
        <source>It &amp;applies: the rule fires</source>
        <translation>該当する(&amp;A): ルールを適用する</translation>
    </message>
    <message>
        <source>It does &amp;not apply</source>
        <translation>該当しない(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason (required; kept in the history with your name and the time):</source>
        <translation>理由(&amp;R)（必須。氏名と日時とともに変更履歴に記録されます）:</translation>
    </message>
</context>
<context>
    <name>bd::RuleOverrideDialog</name>
    <message>
        <source>Override %1</source>
        <translation>%1 を上書き</translation>
    </message>
    <message>
        <source>Computed: %1. Source: %2</source>
        <translation>算出結果: %1。根拠: %2</translation>
    </message>
    <message>
        <source>Overridden now: %1 (%2)</source>
        <translation>現在の上書き: %1（%2）</translation>
    </message>
    <message>
        <source>The outcome, whatever the facts say</source>
        <translation>事実の内容にかかわらず適用する結果</translation>
    </message>
    <message>
        <source>The override holds until you withdraw it: later changes to the facts do not change this rule&apos;s outcome.</source>
        <translation>上書きは取り消すまで有効です。後で事実を変更しても、このルールの結果は変わりません。</translation>
    </message>
    <message>
        <source>Why the computed outcome is wrong for this incident.</source>
        <translation>算出結果がこのインシデントに当てはまらない理由。</translation>
    </message>
</context>
<context>
    <name>bd::SafeZip</name>
    <message>
        <source>The archive has an entry without a name.</source>
        <translation>アーカイブに名前のないエントリがあります。</translation>
    </message>
    <message>
        <source>%1 is an absolute path: refused.</source>
        <translation>%1 は絶対パスのため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 contains a backslash: refused.</source>
        <translation>%1 にバックスラッシュが含まれているため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 contains a .. component: refused.</source>
        <translation>%1 にパス要素 .. が含まれているため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 contains control characters: refused.</source>
        <translation>%1 に制御文字が含まれているため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 is damaged (the zip file is truncated or its headers are wrong).</source>
        <translation>%1 は破損しています（zip ファイルが途中で切れているか、ヘッダーが不正です）。</translation>
    </message>
    <message>
        <source>%1 is damaged (the compressed data is corrupt).</source>
        <translation>%1 は破損しています（圧縮データが壊れています）。</translation>
    </message>
    <message>
        <source>%1 is damaged (its content does not match its CRC-32 checksum).</source>
        <translation>%1 は破損しています（内容が CRC-32 チェックサムと一致しません）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB when expanded: refused.</source>
        <translation>%1 は展開後のサイズが %2 MB を超えるため、拒否しました。</translation>
    </message>
    <message>
        <source>The files in the zip expand to more than %1 MB together (at %2): refused.</source>
        <translation>zip 内のファイルの展開後の合計サイズが %1 MB を超えるため（%2 の展開時に超過）、拒否しました。</translation>
    </message>
    <message>
        <source>The files in the zip expand more than %1 times its size together (at %2): refused as a possible zip bomb.</source>
        <translation>zip 内のファイルの展開後の合計サイズが zip のサイズの %1 倍を超えるため（%2 の展開時に超過）、zip 爆弾の可能性があるとして拒否しました。</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times: refused as a possible zip bomb.</source>
        <translation>%1 は展開すると %2 倍を超えるため、zip 爆弾の可能性があるとして拒否しました。</translation>
    </message>
    <message>
        <source>%1 has a text of more than %2 MB without markup: refused.</source>
        <translation>%1 にマークアップを含まない %2 MB を超えるテキストがあるため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 is encrypted: BreachDesk cannot read it.</source>
        <translation>%1 は暗号化されているため、BreachDesk では読み込めません。</translation>
    </message>
    <message>
        <source>%1 uses a compression method BreachDesk cannot read (only stored and deflate).</source>
        <translation>%1 は BreachDesk が読み込めない圧縮方式を使用しています（対応しているのは stored と deflate のみ）。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 の読み込みは取り消されました。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ほか %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive has more than %1 entries: refused.</source>
        <translation>アーカイブのエントリ数が %1 を超えるため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: refused.</source>
        <translation>%1 はシンボリックリンクのため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 appears more than once in the archive: refused.</source>
        <translation>%1 がアーカイブ内に複数回含まれているため、拒否しました。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation>%1 は破損しています: ファイルの一覧を読み込めません。</translation>
    </message>
    <message>
        <source>The entries of %1 claim more data than the file holds (they overlap): refused.</source>
        <translation>%1 のエントリが示すデータ量がファイルの実際の内容を超えているため（エントリが重なっています）、拒否しました。</translation>
    </message>
</context>
<context>
    <name>bd::SignatureFile</name>
    <message>
        <source>it is too large to be a signature</source>
        <translation>署名としては大きすぎます</translation>
    </message>
    <message>
        <source>it is not a BreachDesk signature</source>
        <translation>BreachDesk の署名ではありません</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>このプログラムが対応していないバージョンまたはアルゴリズムです</translation>
    </message>
    <message>
        <source>it signs another file than %1</source>
        <translation>%1 ではなく別のファイルに対する署名です</translation>
    </message>
    <message>
        <source>its public key is not 32 bytes of base64</source>
        <translation>公開鍵が 32 バイトの base64 ではありません</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key</source>
        <translation>フィンガープリントが公開鍵と一致しません</translation>
    </message>
    <message>
        <source>its signature is not 64 bytes of base64</source>
        <translation>署名が 64 バイトの base64 ではありません</translation>
    </message>
</context>
<context>
    <name>bd::SigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be started.</source>
        <translation>暗号ライブラリ（libsodium）を開始できませんでした。</translation>
    </message>
    <message>
        <source>There is no signing key in %1 yet: it is made with the first archive export, or by breachdesk key --show.</source>
        <translation>%1 にはまだ署名鍵がありません。最初のアーカイブのエクスポート時、または breachdesk key --show で作成されます。</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be locked: %2.</source>
        <translation>鍵フォルダー %1 をロックできません: %2。</translation>
    </message>
    <message>
        <source>The signing key %1 is a symbolic link: refused. Keep the key file itself in its folder.</source>
        <translation>署名鍵 %1 はシンボリックリンクです。拒否しました。鍵ファイル自体をフォルダーに置いてください。</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be read: %2.</source>
        <translation>署名鍵 %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The signing key %1 is not a regular file: refused.</source>
        <translation>署名鍵 %1 は通常のファイルではありません。拒否しました。</translation>
    </message>
    <message>
        <source>The signing key %1 belongs to another user: refused.</source>
        <translation>署名鍵 %1 は別のユーザーが所有しています。拒否しました。</translation>
    </message>
    <message>
        <source>The signing key %1 can be read or changed by other users (permissions %2): refused. Only you may have access to it: run chmod 600 %1</source>
        <translation>署名鍵 %1 は他のユーザーが読み取りまたは変更できます（パーミッション %2）。拒否しました。アクセスできるのは本人だけにしてください: chmod 600 %1 を実行してください</translation>
    </message>
    <message>
        <source>it is too large to be a signing key</source>
        <translation>署名鍵としては大きすぎます</translation>
    </message>
    <message>
        <source>The signing key %1 is damaged (%2). It was left as it is: restore it from your backup, or move it away to have a new key made (a new key has a new fingerprint, which you must then give again to whoever checks your archives).</source>
        <translation>署名鍵 %1 が破損しています（%2）。そのままにしてあります。バックアップから復元するか、ファイルを移動して新しい鍵を作成させてください（新しい鍵はフィンガープリントが変わるため、アーカイブを検証する相手に改めて伝える必要があります）。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>it is not a BreachDesk signing key</source>
        <translation>BreachDesk の署名鍵ではありません</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>このプログラムが対応していないバージョンまたはアルゴリズムです</translation>
    </message>
    <message>
        <source>its keys are not of the right length</source>
        <translation>鍵の長さが正しくありません</translation>
    </message>
    <message>
        <source>its keys cannot be used</source>
        <translation>鍵を使用できません</translation>
    </message>
    <message>
        <source>its public key does not belong to its secret key</source>
        <translation>公開鍵が秘密鍵と対応していません</translation>
    </message>
    <message>
        <source>A signing key could not be made.</source>
        <translation>署名鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>The signing key %1 could not be written: %2</source>
        <translation>署名鍵 %1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>bd::StagedFolder</name>
    <message>
        <source>%1 cannot hold the letters: choose a folder inside it.</source>
        <translation>%1 には文書を保存できません。その中のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose a new or empty folder for the letters.</source>
        <translation>%1 は既に存在し、フォルダーではありません。文書の保存先として、新しいフォルダーまたは空のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder: the letters are never mixed with other files, and no file is replaced.</source>
        <translation>フォルダー %1 は空ではありません。新しいフォルダーまたは空のフォルダーを選択してください。文書を他のファイルと混在させたり、既存のファイルを置き換えたりすることはありません。</translation>
    </message>
    <message>
        <source>Could not create a folder in %1: %2</source>
        <translation>%1 にフォルダーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>%1 にフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty (something was put there while the letters were being written); nothing was written into it.</source>
        <translation>フォルダー %1 は空ではありません（文書の書き出し中に何かが置かれました）。このフォルダーには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Could not move the letters into %1: %2</source>
        <translation>文書を %1 に移動できませんでした: %2</translation>
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
    <message>
        <source>A decision needs its reason.</source>
        <translation>判断には理由が必要です。</translation>
    </message>
    <message>
        <source>An override needs its reason.</source>
        <translation>上書きには理由が必要です。</translation>
    </message>
    <message>
        <source>Unknown filing state %1.</source>
        <translation>報告等の状態 %1 は不明です。</translation>
    </message>
    <message>
        <source>A recipient group needs a key.</source>
        <translation>宛先グループにはキーが必要です。</translation>
    </message>
    <message>
        <source>Built-in groups cannot be deleted.</source>
        <translation>組み込みのグループは削除できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) from %1</source>
        <translation>
            <numerusform>%1 から宛先%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient no longer exists.</source>
        <translation>この宛先は既に存在しません。</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>テンプレート %1 はありません。</translation>
    </message>
    <message>
        <source>The document to issue is incomplete.</source>
        <translation>発行する文書が不完全です。</translation>
    </message>
    <message>
        <source>The issued document was not found.</source>
        <translation>発行済みの文書が見つかりませんでした。</translation>
    </message>
    <message>
        <source>A submission needs its date.</source>
        <translation>提出には日付が必要です。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>%1 にワークスペースがありません。</translation>
    </message>
    <message>
        <source>The workspace %1 is in a read-only folder and its latest changes are still in %2. Copy both files to a writable folder to read it.</source>
        <translation>ワークスペース %1 は読み取り専用のフォルダーにあり、最新の変更はまだ %2 に残っています。読み込むには、両方のファイルを書き込み可能なフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>The workspace %1 was made by an older version of BreachDesk and is read-only, so it cannot be upgraded. Open it once where it can be written.</source>
        <translation>ワークスペース %1 は古いバージョンの BreachDesk で作成されており、読み取り専用のためアップグレードできません。書き込み可能な場所で一度開いてください。</translation>
    </message>
    <message>
        <source>Issued document %1 (&quot;%2&quot;, issued %3) has been altered in the workspace file: %4 It was not used.</source>
        <translation>発行済み文書 %1（「%2」、%3 発行）はワークスペースファイル内で改変されています: %4 この文書は使用しませんでした。</translation>
    </message>
    <message>
        <source>its PDF or web page no longer has the SHA-256 it was issued with.</source>
        <translation>PDF または Web ページの SHA-256 が発行時のものと一致しません。</translation>
    </message>
    <message>
        <source>its SHA-256 is not the one the audit trail recorded when it was issued.</source>
        <translation>SHA-256 が、発行時に変更履歴に記録されたものと一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n issued document(s), which are kept as they were sent. Archive the incident instead of deleting it.</source>
        <translation>
            <numerusform>%1 には発行済み文書が %n 件あり、送付時のまま保管されています。削除せずにインシデントをアーカイブしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients cannot be put back: another program has added recipients since.</source>
        <translation>宛先を元に戻せません。その後、別のプログラムが宛先を追加しました。</translation>
    </message>
</context>
<context>
    <name>bd::TemplateEditor</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 箇条書き</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 番号付き</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>番号付きリスト</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Insert a table of two columns</source>
        <translation>2 列の表を挿入します</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中央揃え</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>両端揃え</translation>
    </message>
</context>
<context>
    <name>bd::TemplateSyntax</name>
    <message>
        <source>This tag is never closed: &quot;%1&quot; is missing.</source>
        <translation>このタグは閉じられていません（「%1」がありません）。</translation>
    </message>
    <message>
        <source>This tag has no placeholder name.</source>
        <translation>このタグには差し込み項目の名前がありません。</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} に対応するセクションの開始がありません。</translation>
    </message>
    <message>
        <source>The section {{%1%2}} is not closed before {{/%3}} on line %4.</source>
        <translation>セクション {{%1%2}} が、%4 行目の {{/%3}} より前に閉じられていません。</translation>
    </message>
    <message>
        <source>The section {{%1%2}} is never closed with {{/%2}}.</source>
        <translation>セクション {{%1%2}} が {{/%2}} で閉じられていません。</translation>
    </message>
</context>
<context>
    <name>bd::TemplateValidator</name>
    <message>
        <source>The recipient on row %1</source>
        <translation>%1 行目の宛先</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>宛先 %1</translation>
    </message>
    <message>
        <source>Partials ({{&gt;%1}}) are not supported in templates.</source>
        <translation>テンプレートではパーシャル（{{&gt;%1}}）は使用できません。</translation>
    </message>
    <message>
        <source>Changing the Mustache delimiters is not supported.</source>
        <translation>Mustache の区切り文字の変更には対応していません。</translation>
    </message>
    <message>
        <source>{{%1}} is only available inside {{#%2}}…{{/%2}}.</source>
        <translation>{{%1}} は {{#%2}}…{{/%2}} の中でのみ使用できます。</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>不明な差し込み項目 {{%1}} です。</translation>
    </message>
    <message>
        <source>{{{%1}}} would print the value without escaping it: write {{%1}}.</source>
        <translation>{{{%1}}} では値がエスケープされずに出力されます。{{%1}} と記述してください。</translation>
    </message>
    <message>
        <source>{{%1}} is a list: repeat its entries with {{#%1}}…{{/%1}}.</source>
        <translation>{{%1}} はリストです。{{#%1}}…{{/%1}} で各要素を繰り返してください。</translation>
    </message>
    <message>
        <source>{{%1}} is a yes/no condition: use {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}.</source>
        <translation>{{%1}} は真偽の条件です。{{#%1}}…{{/%1}} または {{^%1}}…{{/%1}} を使用してください。</translation>
    </message>
    <message>
        <source>{{%1}} is required but empty in this document.</source>
        <translation>{{%1}} は必須ですが、この文書では空欄です。</translation>
    </message>
    <message>
        <source>%1 has no postal address, which a letter by post needs.</source>
        <translation>%1 に住所がありません。郵送する文書には住所が必要です。</translation>
    </message>
    <message>
        <source>%1 has no e-mail address, which a document sent by e-mail needs.</source>
        <translation>%1 にメールアドレスがありません。メールで送付する文書にはメールアドレスが必要です。</translation>
    </message>
</context>
<context>
    <name>bd::TextLimits</name>
    <message>
        <source>is too long: %1 characters, at most %2</source>
        <translation>長すぎます（%1 文字。最大 %2 文字）</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 が長すぎます（%2 文字。最大 %3 文字）。</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 は空にはできません。</translation>
    </message>
    <message>
        <source>must not contain control characters or line breaks</source>
        <translation>制御文字や改行は使用できません</translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks.</source>
        <translation>%1 に制御文字や改行は使用できません。</translation>
    </message>
    <message>
        <source>must not contain / or \</source>
        <translation>/ や \ は使用できません</translation>
    </message>
    <message>
        <source>%1 must not contain / or \.</source>
        <translation>%1 に / や \ は使用できません。</translation>
    </message>
</context>
<context>
    <name>bd::TextMatcher</name>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is a single character, which would be found everywhere: give at least two</source>
        <translation>1文字ではどこにでも見つかってしまいます。2文字以上にしてください</translation>
    </message>
    <message>
        <source>is longer than 200 characters: mark a shorter, distinctive part</source>
        <translation>200文字を超えています。短く特徴的な部分を指定してください</translation>
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
<context>
    <name>bd::VerifyArchiveCommand</name>
    <message>
        <source>The zip file to check.</source>
        <translation>照合する zip ファイル。</translation>
    </message>
    <message>
        <source>%1 does not match its manifest:</source>
        <translation>%1 はマニフェストと一致しません:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is intact: the %n file(s) of its manifest are unchanged (SHA-256 %2).</source>
        <translation>
            <numerusform>%1 は改変されていません: マニフェストの %n ファイルはすべて一致します（SHA-256 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an archive written by export-archive: its files against its manifest of SHA-256 hashes, and the manifest&apos;s signature.</source>
        <translation>export-archive で書き出したアーカイブを検証します。ファイルを SHA-256 ハッシュのマニフェストと照合し、マニフェストの署名を確認します。</translation>
    </message>
    <message>
        <source>Whose key must have signed it: the fingerprint you were given (ed25519:…), or a public key file made by breachdesk key --export-public.</source>
        <translation>署名しているはずの鍵: 伝えられたフィンガープリント（ed25519:…）、または breachdesk key --export-public で作成された公開鍵ファイル。</translation>
    </message>
    <message>
        <source>FINGERPRINT|FILE</source>
        <translation>FINGERPRINT|FILE</translation>
    </message>
    <message>
        <source>Usage: breachdesk verify-archive [--key FINGERPRINT|FILE] ARCHIVE.zip</source>
        <translation>使い方: breachdesk verify-archive [--key FINGERPRINT|FILE] ARCHIVE.zip</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1 cannot be trusted:</source>
        <translation>%1 は信頼できません:</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>%1 が署名しています。</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the sender gave you in advance (in person, by telephone): anyone can sign an archive with a key of their own. --key checks it for you.</source>
        <translation>このフィンガープリントを、送信者から事前に（対面、電話などで）伝えられたものと照合してください。誰でも自分の鍵でアーカイブに署名できます。--key を指定すると自動で照合します。</translation>
    </message>
    <message>
        <source>This is the key you gave with --key.</source>
        <translation>--key で指定された鍵です。</translation>
    </message>
    <message>
        <source>--key: %1 cannot be read: %2.</source>
        <translation>--key: %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>--key: %1 is not a public key file (%2).</source>
        <translation>--key: %1 は公開鍵ファイルではありません（%2）。</translation>
    </message>
    <message>
        <source>--key: %1 is neither a fingerprint (ed25519: and 52 letters A–Z, 2–7) nor a public key file.</source>
        <translation>--key: %1 はフィンガープリント（ed25519: と A–Z、2–7 の 52 文字）でも公開鍵ファイルでもありません。</translation>
    </message>
</context>
<context>
    <name>bd::WorkspaceBackup</name>
    <message>
        <source>%1 cannot be used as a workspace backup: %2</source>
        <translation>%1 はワークスペースのバックアップとして使用できません: %2</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check fails (%1).</source>
        <translation>SQLite の整合性チェックで問題が見つかりました（%1）。</translation>
    </message>
    <message>
        <source>it is not a BreachDesk workspace.</source>
        <translation>BreachDesk のワークスペースではありません。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of BreachDesk (schema %2; this version knows up to %3).</source>
        <translation>%1 は新しいバージョンの BreachDesk で作成されています（スキーマ %2。このバージョンが対応しているのは %3 までです）。</translation>
    </message>
    <message>
        <source>some records refer to records that are missing.</source>
        <translation>存在しないレコードを参照しているレコードがあります。</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the backup.</source>
        <translation>%1 は既に存在します。バックアップには新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>The backup cannot be written in %1.</source>
        <translation>%1 にはバックアップを書き込めません。</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>バックアップをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>開くことができません。</translation>
    </message>
    <message>
        <source>The workspace is in use: close the other BreachDesk windows and commands, then restore again. Nothing was replaced.</source>
        <translation>ワークスペースは使用中です。他の BreachDesk のウィンドウやコマンドを終了してから、もう一度復元してください。何も置き換えられていません。</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was replaced.</source>
        <translation>バックアップを復元できませんでした。何も置き換えられていません。</translation>
    </message>
    <message>
        <source>its record no longer proves itself: %1</source>
        <translation>記録の真正性を確認できません: %1</translation>
    </message>
</context>
<context>
    <name>bd::WorkspaceVerifier</name>
    <message>
        <source>the workspace&apos;s own trail</source>
        <translation>ワークスペース自体の履歴</translation>
    </message>
    <message>
        <source>incident #%1</source>
        <translation>インシデント #%1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>インシデント %1</translation>
    </message>
    <message>
        <source>The protective trigger %1 is missing, so the audit trail or the issued documents could be changed without notice.</source>
        <translation>保護用トリガー %1 がないため、変更履歴や発行済み文書が気付かれずに変更される可能性があります。</translation>
    </message>
    <message>
        <source>The protective trigger %1 has been altered.</source>
        <translation>保護用トリガー %1 が改変されています。</translation>
    </message>
    <message>
        <source>The workspace has a trigger that BreachDesk did not make: %1.</source>
        <translation>ワークスペースに BreachDesk が作成していないトリガーがあります: %1。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has no chain hash: it was written around BreachDesk.</source>
        <translation>変更履歴エントリ %1（%2）にチェーンハッシュがありません。BreachDesk を経由せずに書き込まれています。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has been changed: its content no longer matches its hash.</source>
        <translation>変更履歴エントリ %1（%2）は変更されています。内容がハッシュと一致しません。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) does not follow the entry before it: an entry was removed, inserted or moved there.</source>
        <translation>変更履歴エントリ %1（%2）は直前のエントリに続いていません。そこでエントリが削除、挿入、または移動されています。</translation>
    </message>
    <message>
        <source>The audit trail of %1 has %2 entries, but %3 were recorded: its newest entries were removed.</source>
        <translation>%1 の変更履歴は %2 件ですが、%3 件が記録されていました。最新のエントリが削除されています。</translation>
    </message>
    <message>
        <source>The audit trail of %1 has %2 entries, but only %3 were recorded: entries were added around BreachDesk.</source>
        <translation>%1 の変更履歴は %2 件ですが、記録されていたのは %3 件のみです。BreachDesk を経由せずにエントリが追加されています。</translation>
    </message>
    <message>
        <source>The newest audit entry of %1 is not the one recorded as its last.</source>
        <translation>%1 の最新の変更履歴エントリが、最後のエントリとして記録されたものと一致しません。</translation>
    </message>
    <message>
        <source>%1 has no audit trail at all: it was removed.</source>
        <translation>%1 には変更履歴がまったくありません。削除されています。</translation>
    </message>
    <message>
        <source>Issued document %1 (&quot;%2&quot;, %3) has been changed: its PDF or web page no longer has the SHA-256 it was issued with.</source>
        <translation>発行済み文書 %1（「%2」、%3）は変更されています。PDF または Web ページの SHA-256 が発行時のものと一致しません。</translation>
    </message>
    <message>
        <source>Issued document %1 (&quot;%2&quot;, %3) does not have the SHA-256 that audit entry %4 recorded when it was issued: the document and its hash were replaced.</source>
        <translation>発行済み文書 %1（「%2」、%3）の SHA-256 が、発行時に変更履歴エントリ %4 に記録されたものと一致しません。文書とそのハッシュが差し替えられています。</translation>
    </message>
    <message>
        <source>Issued document %1 (&quot;%2&quot;, %3) is not recorded as issued in the audit trail.</source>
        <translation>発行済み文書 %1（「%2」、%3）は変更履歴に発行済みとして記録されていません。</translation>
    </message>
    <message>
        <source>Issued document %1 (%2), recorded as issued in audit entry %3, is missing: it was deleted.</source>
        <translation>変更履歴エントリ %3 で発行済みとして記録された発行済み文書 %1（%2）がありません。削除されています。</translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation>ワークスペースを検証できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n more problem(s) found.</source>
        <translation>
            <numerusform>%1 ほか %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ほか %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has been altered outside BreachDesk and its record no longer proves itself: %1</source>
        <translation>このワークスペースは BreachDesk の外部で改変されており、記録の正しさを証明できなくなっています: %1</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) has been changed: its statement no longer has the SHA-256 it was signed and recorded with.</source>
        <translation>消去 %1（%2）が変更されています。その記録は、署名・記録時の SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) does not carry a valid signature of its statement by the key that made it.</source>
        <translation>消去 %1（%2）の記録には、作成した鍵による有効な署名がありません。</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) is not recorded in the audit trail as it was made.</source>
        <translation>消去 %1（%2）は、実行時のとおりに変更履歴に記録されていません。</translation>
    </message>
    <message>
        <source>Redaction %1 (%2): %3 recipient(s) of group %4 have personal data again after it was redacted.</source>
        <translation>消去 %1（%2）: グループ %4 の宛先 %3 件に、消去後に個人データが戻っています。</translation>
    </message>
    <message>
        <source>Redaction %1 (%2): group %3 has %4 recipient(s), but %5 were counted when its personal data was redacted.</source>
        <translation>消去 %1（%2）: グループ %3 の宛先は %4 件ですが、個人データの消去時には %5 件でした。</translation>
    </message>
    <message>
        <source>Redaction %1 (%2), recorded in audit entry %3, is missing: its statement was deleted.</source>
        <translation>変更履歴 %3 に記録された消去 %1（%2）がありません。その記録は削除されています。</translation>
    </message>
</context>
</TS>
