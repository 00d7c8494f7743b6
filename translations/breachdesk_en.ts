<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation>Company Profile</translation>
    </message>
    <message>
        <source>The company's details are kept once for the whole workspace. A new incident starts from them; incidents already recorded keep their own.</source>
        <translation>The company's details are kept once for the whole workspace. A new incident starts from them; incidents already recorded keep their own.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>Name (Japanese):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>Address (Japanese):</source>
        <translation>Address (Japanese):</translation>
    </message>
    <message>
        <source>Address (English):</source>
        <translation>Address (English):</translation>
    </message>
    <message>
        <source>Representative (Japanese):</source>
        <translation>Representative (Japanese):</translation>
    </message>
    <message>
        <source>Representative (English):</source>
        <translation>Representative (English):</translation>
    </message>
    <message>
        <source>Industry (業種, Japanese):</source>
        <translation>Industry (業種, Japanese):</translation>
    </message>
    <message>
        <source>Industry (English):</source>
        <translation>Industry (English):</translation>
    </message>
    <message>
        <source>Contact desk</source>
        <translation>Contact desk</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Telephone for callers abroad:</source>
        <translation>Telephone for callers abroad:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Hours (Japanese):</source>
        <translation>Hours (Japanese):</translation>
    </message>
    <message>
        <source>Hours (English):</source>
        <translation>Hours (English):</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Department (担当部署, Japanese):</source>
        <translation>Department (担当部署, Japanese):</translation>
    </message>
    <message>
        <source>Department (English):</source>
        <translation>Department (English):</translation>
    </message>
    <message>
        <source>Person (担当者, Japanese):</source>
        <translation>Person (担当者, Japanese):</translation>
    </message>
    <message>
        <source>Person (English):</source>
        <translation>Person (English):</translation>
    </message>
    <message>
        <source>Direct line:</source>
        <translation>Direct line:</translation>
    </message>
    <message>
        <source>Schemes and letters</source>
        <translation>Schemes and letters</translation>
    </message>
    <message>
        <source>Holds the Privacy Mark</source>
        <translation>Holds the Privacy Mark</translation>
    </message>
    <message>
        <source>P-mark review body (審査機関):</source>
        <translation>P-mark review body (審査機関):</translation>
    </message>
    <message>
        <source>The GDPR applies</source>
        <translation>The GDPR applies</translation>
    </message>
    <message>
        <source>Date style of letters:</source>
        <translation>Date style of letters:</translation>
    </message>
</context>
<context>
    <name>bd::Application</name>
    <message>
        <source>Personal-data breach notification workbench.</source>
        <translation>Personal-data breach notification workbench.</translation>
    </message>
    <message>
        <source>The workspace database.</source>
        <translation>The workspace database.</translation>
    </message>
    <message>
        <source>Load the demo incident if missing.</source>
        <translation>Load the demo incident if missing.</translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation>Interface language: ja or en.</translation>
    </message>
    <message>
        <source>Print the start-up time once the window is shown, then quit.</source>
        <translation>Print the start-up time once the window is shown, then quit.</translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation>The page to show first.</translation>
    </message>
    <message>
        <source>BreachDesk</source>
        <translation>BreachDesk</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.

%2</source>
        <translation>The workspace %1 cannot be opened.

%2</translation>
    </message>
    <message>
        <source>The demo incident could not be loaded.

%1</source>
        <translation>The demo incident could not be loaded.

%1</translation>
    </message>
    <message>
        <source>There is no workspace at %1.

Create a new, empty workspace there?</source>
        <translation>There is no workspace at %1.

Create a new, empty workspace there?</translation>
    </message>
</context>
<context>
    <name>bd::AsOfCheck</name>
    <message>
        <source>The year is not written and was read as %1: write it if another year is meant.</source>
        <translation>The year is not written and was read as %1: write it if another year is meant.</translation>
    </message>
    <message>
        <source>The text mentions %1 without a year, read as %2, after this document's date %3: "%4". If it means that day, it contradicts the document's date; if a yearly day, nothing needs changing.</source>
        <translation>The text mentions %1 without a year, read as %2, after this document's date %3: "%4". If it means that day, it contradicts the document's date; if a yearly day, nothing needs changing.</translation>
    </message>
    <message>
        <source>The text gives %1 (%2) as a plan or deadline, after this document's date %3: "%4". Check that it is meant as one.</source>
        <translation>The text gives %1 (%2) as a plan or deadline, after this document's date %3: "%4". Check that it is meant as one.</translation>
    </message>
    <message>
        <source>The text mentions %1 (%2), after this document's date %3: "%4". A document speaks as of its own date: change the text or the document's date.</source>
        <translation>The text mentions %1 (%2), after this document's date %3: "%4". A document speaks as of its own date: change the text or the document's date.</translation>
    </message>
    <message>
        <source>The text includes the timeline event of %1 ("%2"), which is after this document's date %3. A document speaks as of its own date: take it out or change the document's date.</source>
        <translation>The text includes the timeline event of %1 ("%2"), which is after this document's date %3. A document speaks as of its own date: take it out or change the document's date.</translation>
    </message>
    <message>
        <source>The text speaks as of %1 ("%2") but the document is dated %3. If it still holds, write 「本日時点において」 ("as of the date of this document"); otherwise keep the earlier date on purpose.</source>
        <translation>The text speaks as of %1 ("%2") but the document is dated %3. If it still holds, write 「本日時点において」 ("as of the date of this document"); otherwise keep the earlier date on purpose.</translation>
    </message>
</context>
<context>
    <name>bd::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the workspace to a new file.</source>
        <translation>Write a consistent copy of the workspace to a new file.</translation>
    </message>
    <message>
        <source>The copy is made through SQLite (VACUUM INTO), so it includes every committed change even while the window has the workspace open, then checked and recorded in the audit trail. OUT must not exist.</source>
        <translation>The copy is made through SQLite (VACUUM INTO), so it includes every committed change even while the window has the workspace open, then checked and recorded in the audit trail. OUT must not exist.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>Usage: breachdesk backup [--workspace FILE] OUT</source>
        <translation>Usage: breachdesk backup [--workspace FILE] OUT</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n incident(s) to %1 (SHA-256 %2).</source>
        <translation><numerusform>Backed up %n incident to %1 (SHA-256 %2).</numerusform><numerusform>Backed up %n incidents to %1 (SHA-256 %2).</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::BatchRunner</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>There are no letters to write.</source>
        <translation>There are no letters to write.</translation>
    </message>
    <message>
        <source>Choose a merged PDF, a folder for one PDF per letter, or both.</source>
        <translation>Choose a merged PDF, a folder for one PDF per letter, or both.</translation>
    </message>
    <message>
        <source>Could not write the manifest: %1</source>
        <translation>Could not write the manifest: %1</translation>
    </message>
</context>
<context>
    <name>bd::BuiltinTemplates</name>
    <message>
        <source>Letter to individuals</source>
        <translation>Letter to individuals</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>Notice to a consignor client</translation>
    </message>
    <message>
        <source>Cover e-mail</source>
        <translation>Cover e-mail</translation>
    </message>
</context>
<context>
    <name>bd::ChunkRenderer</name>
    <message>
        <source>A letter names template %1, but there are only %2.</source>
        <translation>A letter names template %1, but there are only %2.</translation>
    </message>
    <message>
        <source>Qt could not write the PDF.</source>
        <translation>Qt could not write the PDF.</translation>
    </message>
</context>
<context>
    <name>bd::Cli</name>
    <message>
        <source>The workspace database (default: %1).</source>
        <translation>The workspace database (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Run with --help for the options.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Usage: breachdesk [--workspace FILE] [--demo] [--lang ja|en]   (starts the application)</source>
        <translation>Usage: breachdesk [--workspace FILE] [--demo] [--lang ja|en]   (starts the application)</translation>
    </message>
    <message>
        <source>       breachdesk &lt;command&gt; [options]   (runs a command without the window)</source>
        <translation>       breachdesk &lt;command&gt; [options]   (runs a command without the window)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run 'breachdesk &lt;command&gt; --help' for a command's options.</source>
        <translation>Run 'breachdesk &lt;command&gt; --help' for a command's options.</translation>
    </message>
    <message>
        <source>No incident has the code %1.</source>
        <translation>No incident has the code %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only: this export is not recorded in its audit trail.</source>
        <translation>The workspace is read-only: this export is not recorded in its audit trail.</translation>
    </message>
    <message>
        <source>Make a new, empty workspace when the file does not exist (without it, a missing workspace is an error).</source>
        <translation>Make a new, empty workspace when the file does not exist (without it, a missing workspace is an error).</translation>
    </message>
    <message>
        <source>Give --create to make a new one.</source>
        <translation>Give --create to make a new one.</translation>
    </message>
    <message>
        <source>%1 was removed again: the export could not be recorded in the audit trail.</source>
        <translation>%1 was removed again: the export could not be recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Open a workspace whose record has been altered outside BreachDesk, read-only, for inspection: reading commands work, commands that change the workspace still refuse.</source>
        <translation>Open a workspace whose record has been altered outside BreachDesk, read-only, for inspection: reading commands work, commands that change the workspace still refuse.</translation>
    </message>
    <message>
        <source>Nothing was changed. Give --allow-damaged to inspect it read-only.</source>
        <translation>Nothing was changed. Give --allow-damaged to inspect it read-only.</translation>
    </message>
    <message>
        <source>This command changes the workspace, which is refused even with --allow-damaged. Nothing was changed.</source>
        <translation>This command changes the workspace, which is refused even with --allow-damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Opened read-only for inspection (--allow-damaged).</source>
        <translation>Opened read-only for inspection (--allow-damaged).</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileCommand</name>
    <message>
        <source>Print the company profile as JSON, or change it from a JSON file (--set).</source>
        <translation>Print the company profile as JSON, or change it from a JSON file (--set).</translation>
    </message>
    <message>
        <source>Change the fields FILE names (a JSON object with the keys this command prints); the others stay.</source>
        <translation>Change the fields FILE names (a JSON object with the keys this command prints); the others stay.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: breachdesk company-profile [--workspace FILE] [--set FILE]</source>
        <translation>Usage: breachdesk company-profile [--workspace FILE] [--set FILE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2). Nothing was changed.</source>
        <translation>%1: not a JSON object (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>another value</translation>
    </message>
    <message>
        <source>%1: %2: is not a field of the company profile</source>
        <translation>%1: %2: is not a field of the company profile</translation>
    </message>
    <message>
        <source>%1: %2: must be %3</source>
        <translation>%1: %2: must be %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1: %2: must be one of %3</source>
        <translation>%1: %2: must be one of %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileDialog</name>
    <message>
        <source>Western years (2024年10月1日)</source>
        <translation>Western years (2024年10月1日)</translation>
    </message>
    <message>
        <source>Japanese era years (令和6年10月1日)</source>
        <translation>Japanese era years (令和6年10月1日)</translation>
    </message>
    <message>
        <source>The company profile was not saved.</source>
        <translation>The company profile was not saved.</translation>
    </message>
</context>
<context>
    <name>bd::CompanyProfileService</name>
    <message>
        <source>Edit the company profile</source>
        <translation>Edit the company profile</translation>
    </message>
</context>
<context>
    <name>bd::ConfidentialityCheck</name>
    <message>
        <source>the regulator</source>
        <translation>the regulator</translation>
    </message>
    <message>
        <source>the public</source>
        <translation>the public</translation>
    </message>
    <message>
        <source>the people affected</source>
        <translation>the people affected</translation>
    </message>
    <message>
        <source>every consignor client</source>
        <translation>every consignor client</translation>
    </message>
    <message>
        <source>the consignor client %1</source>
        <translation>the consignor client %1</translation>
    </message>
    <message>
        <source>all readers</source>
        <translation>all readers</translation>
    </message>
    <message>
        <source>a name of the consignor client %1</source>
        <translation>a name of the consignor client %1</translation>
    </message>
    <message>
        <source>text marked confidential for %1</source>
        <translation>text marked confidential for %1</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>its text</translation>
    </message>
    <message>
        <source>its PDF metadata</source>
        <translation>its PDF metadata</translation>
    </message>
    <message>
        <source>its file name</source>
        <translation>its file name</translation>
    </message>
    <message>
        <source>its e-mail subject</source>
        <translation>its e-mail subject</translation>
    </message>
    <message>
        <source>Confidential: %1 contains “%2”, %3, but this document is for %4: "%5". Write this reader's own text for the section (or leave the name out); it cannot be issued as it is.</source>
        <translation>Confidential: %1 contains “%2”, %3, but this document is for %4: "%5". Write this reader's own text for the section (or leave the name out); it cannot be issued as it is.</translation>
    </message>
</context>
<context>
    <name>bd::ConsistencyChecker</name>
    <message>
        <source>%1 %2 issued on %3</source>
        <translation>%1 %2 issued on %3</translation>
    </message>
    <message>
        <source>%1: this document says %2, %3 says %4.</source>
        <translation>%1: this document says %2, %3 says %4.</translation>
    </message>
    <message>
        <source>%1: the data items differ from %2 (missing here: %3; only here: %4).</source>
        <translation>%1: the data items differ from %2 (missing here: %3; only here: %4).</translation>
    </message>
    <message>
        <source>Date of awareness</source>
        <translation>Date of awareness</translation>
    </message>
    <message>
        <source>Start of the incident</source>
        <translation>Start of the incident</translation>
    </message>
    <message>
        <source>End of the incident</source>
        <translation>End of the incident</translation>
    </message>
    <message>
        <source>Contact desk phone: this document says %1, %2 says %3.</source>
        <translation>Contact desk phone: this document says %1, %2 says %3.</translation>
    </message>
    <message>
        <source>Contact desk e-mail: this document says %1, %2 says %3.</source>
        <translation>Contact desk e-mail: this document says %1, %2 says %3.</translation>
    </message>
    <message>
        <source>the incident record</source>
        <translation>the incident record</translation>
    </message>
    <message>
        <source>The text mentions "%1", which matches no people count in the incident record.</source>
        <translation>The text mentions "%1", which matches no people count in the incident record.</translation>
    </message>
    <message>
        <source>The text gives the phone number %1, which is not the contact desk's (%2).</source>
        <translation>The text gives the phone number %1, which is not the contact desk's (%2).</translation>
    </message>
    <message>
        <source>The text gives the e-mail address %1, which is not the contact desk's.</source>
        <translation>The text gives the e-mail address %1, which is not the contact desk's.</translation>
    </message>
    <message>
        <source>Item %1 (%2) is still under investigation: report it by 追完 once it is known.</source>
        <translation>Item %1 (%2) is still under investigation: report it by 追完 once it is known.</translation>
    </message>
</context>
<context>
    <name>bd::DataSetModel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The number is an estimate (約)</source>
        <translation>The number is an estimate (約)</translation>
    </message>
    <message>
        <source>People group</source>
        <translation>People group</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Consignor client</source>
        <translation>Consignor client</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>This data was protected by strong encryption (高度な暗号化)</source>
        <translation>This data was protected by strong encryption (高度な暗号化)</translation>
    </message>
    <message>
        <source>The key may also have leaked: the encryption no longer excludes this data</source>
        <translation>The key may also have leaked: the encryption no longer excludes this data</translation>
    </message>
    <message>
        <source>Some of these people cannot be reached: a public notice and an inquiry desk may replace their notice</source>
        <translation>Some of these people cannot be reached: a public notice and an inquiry desk may replace their notice</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Key may have leaked</source>
        <translation>Key may have leaked</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Cannot be reached</translation>
    </message>
    <message>
        <source>Why they cannot be reached</source>
        <translation>Why they cannot be reached</translation>
    </message>
</context>
<context>
    <name>bd::DataSetsPage</name>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>financial risk</source>
        <translation>financial risk</translation>
    </message>
    <message>
        <source>needs judgement</source>
        <translation>needs judgement</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>&amp;Add data set</source>
        <translation>&amp;Add data set</translation>
    </message>
    <message>
        <source>&amp;Delete data set</source>
        <translation>&amp;Delete data set</translation>
    </message>
    <message>
        <source>Filter items…</source>
        <translation>Filter items…</translation>
    </message>
    <message>
        <source>Add a &amp;custom item…</source>
        <translation>Add a &amp;custom item…</translation>
    </message>
    <message>
        <source>Data items of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Data items of &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Select a data set to choose its data items.</source>
        <translation>Select a data set to choose its data items.</translation>
    </message>
    <message>
        <source>Delete data set</source>
        <translation>Delete data set</translation>
    </message>
    <message>
        <source>Delete the data set "%1"? You can undo this with Edit → Undo.</source>
        <translation>Delete the data set "%1"? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>Add a custom data item</source>
        <translation>Add a custom data item</translation>
    </message>
    <message>
        <source>Sensitive (要配慮個人情報)</source>
        <translation>Sensitive (要配慮個人情報)</translation>
    </message>
    <message>
        <source>Misuse could cause financial loss</source>
        <translation>Misuse could cause financial loss</translation>
    </message>
    <message>
        <source>Japanese label:</source>
        <translation>Japanese label:</translation>
    </message>
    <message>
        <source>English label:</source>
        <translation>English label:</translation>
    </message>
    <message>
        <source>Total: about %1 people</source>
        <translation>Total: about %1 people</translation>
    </message>
    <message>
        <source>Total: %1 people</source>
        <translation>Total: %1 people</translation>
    </message>
    <message>
        <source>Total: unknown — a count is missing</source>
        <translation>Total: unknown — a count is missing</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineBoard</name>
    <message>
        <source>Deadline board</source>
        <translation>Deadline board</translation>
    </message>
    <message>
        <source>Double-click a row to open the incident's obligations.</source>
        <translation>Double-click a row to open the incident's obligations.</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineBoardModel</name>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Filing or notice</source>
        <translation>Filing or notice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineText</name>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
</context>
<context>
    <name>bd::DeadlineWatch</name>
    <message numerus="yes">
        <source>⚠ %n due within 48 h — </source>
        <translation><numerusform>⚠ %n due within 48 h — </numerusform><numerusform>⚠ %n due within 48 h — </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within 48 h</source>
        <translation><numerusform>%n due within 48 h</numerusform><numerusform>%n due within 48 h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <source>Every filing of every open incident, most urgent first (%1)</source>
        <translation>Every filing of every open incident, most urgent first (%1)</translation>
    </message>
    <message>
        <source>Open the deadline board</source>
        <translation>Open the deadline board</translation>
    </message>
</context>
<context>
    <name>bd::DecisionDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>Decide %1</translation>
    </message>
    <message>
        <source>Now: %1. Source: %2</source>
        <translation>Now: %1. Source: %2</translation>
    </message>
    <message>
        <source>If it applies: %1</source>
        <translation>If it applies: %1</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <source>e.g. Only account numbers leaked, no online-banking credentials or card numbers (PPC FAQ Q14-8).</source>
        <translation>e.g. Only account numbers leaked, no online-banking credentials or card numbers (PPC FAQ Q14-8).</translation>
    </message>
    <message>
        <source>What you checked, and why it settles the rule.</source>
        <translation>What you checked, and why it settles the rule.</translation>
    </message>
</context>
<context>
    <name>bd::DemoRecipients</name>
    <message>
        <source>The demo list %1 shipped with this build is invalid: %2</source>
        <translation>The demo list %1 shipped with this build is invalid: %2</translation>
    </message>
</context>
<context>
    <name>bd::DocumentContextBuilder</name>
    <message>
        <source>The Japanese text of {{%1}} is empty: the English text is used.</source>
        <translation>The Japanese text of {{%1}} is empty: the English text is used.</translation>
    </message>
    <message>
        <source>The English text of {{%1}} is empty: the Japanese text is used.</source>
        <translation>The English text of {{%1}} is empty: the Japanese text is used.</translation>
    </message>
    <message>
        <source>The data item "%1" is not in the catalogue: its key is printed.</source>
        <translation>The data item "%1" is not in the catalogue: its key is printed.</translation>
    </message>
    <message>
        <source>No data set of this group is held for "%1": check that the recipient's organisation is written as in the data sets.</source>
        <translation>No data set of this group is held for "%1": check that the recipient's organisation is written as in the data sets.</translation>
    </message>
    <message>
        <source>The inquiry desk's number %1 is free-dial, which cannot be called from abroad: enter a number for callers abroad as well.</source>
        <translation>The inquiry desk's number %1 is free-dial, which cannot be called from abroad: enter a number for callers abroad as well.</translation>
    </message>
</context>
<context>
    <name>bd::DocumentsPage</name>
    <message>
        <source>Reset to built-in…</source>
        <translation>Reset to built-in…</translation>
    </message>
    <message>
        <source>File names of one PDF per recipient: {group}, {row}, {name}, {lang}, {index}, {id}</source>
        <translation>File names of one PDF per recipient: {group}, {row}, {name}, {lang}, {index}, {id}</translation>
    </message>
    <message>
        <source>Western (2024年12月25日)</source>
        <translation>Western (2024年12月25日)</translation>
    </message>
    <message>
        <source>Japanese era (令和6年12月25日)</source>
        <translation>Japanese era (令和6年12月25日)</translation>
    </message>
    <message>
        <source>Recipient's language</source>
        <translation>Recipient's language</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
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
        <translation>Sample %1</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Previous recipient</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Next recipient</translation>
    </message>
    <message>
        <source>Step through %1 recipients chosen at random</source>
        <translation>Step through %1 recipients chosen at random</translation>
    </message>
    <message>
        <source>Problems (click to go to the place to fix)</source>
        <translation>Problems (click to go to the place to fix)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Merged PDF…</source>
        <translation>Merged PDF…</translation>
    </message>
    <message>
        <source>One PDF per recipient…</source>
        <translation>One PDF per recipient…</translation>
    </message>
    <message>
        <source>ODT of the draft…</source>
        <translation>ODT of the draft…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>File names:</translation>
    </message>
    <message>
        <source>Add a recipient group on the Recipients page first.</source>
        <translation>Add a recipient group on the Recipients page first.</translation>
    </message>
    <message>
        <source>This incident's own draft</source>
        <translation>This incident's own draft</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Built-in template</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <source>This incident's own draft — saved</source>
        <translation>This incident's own draft — saved</translation>
    </message>
    <message>
        <source>No recipients: the draft is shown with empty recipient fields</source>
        <translation>No recipients: the draft is shown with empty recipient fields</translation>
    </message>
    <message>
        <source>Sample %1 of %2: %3</source>
        <translation>Sample %1 of %2: %3</translation>
    </message>
    <message>
        <source>Recipient %1 of %2: %3</source>
        <translation>Recipient %1 of %2: %3</translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation>Reset to built-in</translation>
    </message>
    <message>
        <source>Replace this incident's Japanese and English drafts of "%1" with the built-in templates? Your changes to them are lost.</source>
        <translation>Replace this incident's Japanese and English drafts of "%1" with the built-in templates? Your changes to them are lost.</translation>
    </message>
    <message>
        <source>The draft could not be reset.</source>
        <translation>The draft could not be reset.</translation>
    </message>
    <message>
        <source>The group has no recipients: import them on the Recipients page.</source>
        <translation>The group has no recipients: import them on the Recipients page.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the problems listed under the draft first.</source>
        <translation>Nothing was written: fix the problems listed under the draft first.</translation>
    </message>
    <message>
        <source>The letters could not be written.</source>
        <translation>The letters could not be written.</translation>
    </message>
    <message>
        <source>%1 letters written (%2 pages).</source>
        <translation>%1 letters written (%2 pages).</translation>
    </message>
    <message>
        <source>The ODT file could not be written.</source>
        <translation>The ODT file could not be written.</translation>
    </message>
    <message>
        <source>Merged PDF</source>
        <translation>Merged PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for one PDF per recipient</source>
        <translation>Folder for one PDF per recipient</translation>
    </message>
    <message>
        <source>ODT of the draft</source>
        <translation>ODT of the draft</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation><numerusform>Print %n letter</numerusform><numerusform>Print %n letters</numerusform></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more problems with recipients</source>
        <translation>… and %1 more problems with recipients</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>Fix recipient</source>
        <translation>Fix recipient</translation>
    </message>
    <message>
        <source>Postal address of %1:</source>
        <translation>Postal address of %1:</translation>
    </message>
    <message>
        <source>E-mail address of %1:</source>
        <translation>E-mail address of %1:</translation>
    </message>
    <message>
        <source>The recipient could not be saved.</source>
        <translation>The recipient could not be saved.</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded in the audit trail.</source>
        <translation>The letters were written but could not be recorded in the audit trail.</translation>
    </message>
    <message>
        <source>The folder you chose already holds other files, so the letters were put in a new folder inside it:
%1</source>
        <translation>The folder you chose already holds other files, so the letters were put in a new folder inside it:
%1</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Until they are issued, letters are drafts marked 下書き / DRAFT on every page. Issuing writes them without the mark and records the batch as sent.</source>
        <translation>Until they are issued, letters are drafts marked 下書き / DRAFT on every page. Issuing writes them without the mark and records the batch as sent.</translation>
    </message>
    <message>
        <source>The workspace is read-only: letters can be issued only where the batch can be recorded.</source>
        <translation>The workspace is read-only: letters can be issued only where the batch can be recorded.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Write a draft of the current letters instead (marked on every page)?</source>
        <translation>Write a draft of the current letters instead (marked on every page)?</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded as issued: they are not issued.</source>
        <translation>The letters were written but could not be recorded as issued: they are not issued.</translation>
    </message>
    <message>
        <source>Issued as batch %1, dated %2.</source>
        <translation>Issued as batch %1, dated %2.</translation>
    </message>
    <message>
        <source>A copy of batch %1, the same bytes as the letters issued.</source>
        <translation>A copy of batch %1, the same bytes as the letters issued.</translation>
    </message>
    <message>
        <source>Drafts: every page is marked 下書き / DRAFT. Use Issue… to issue the letters.</source>
        <translation>Drafts: every page is marked 下書き / DRAFT. Use Issue… to issue the letters.</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Issue again</translation>
    </message>
    <message>
        <source>Batch %1 of these letters was issued on %2 (%3 letters). Why are they issued again? The reason is recorded with the new batch.</source>
        <translation>Batch %1 of these letters was issued on %2 (%3 letters). Why are they issued again? The reason is recorded with the new batch.</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>Issue letters</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n letter(s) to %1, dated %2? They are written without the draft mark and recorded as issued, with the SHA-256 of every file; the record cannot be changed afterwards.</source>
        <translation><numerusform>Issue %n letter to %1, dated %2? They are written without the draft mark and recorded as issued, with the SHA-256 of every file; the record cannot be changed afterwards.</numerusform><numerusform>Issue %n letters to %1, dated %2? They are written without the draft mark and recorded as issued, with the SHA-256 of every file; the record cannot be changed afterwards.</numerusform></translation>
    </message>
    <message>
        <source>One merged PDF…</source>
        <translation>One merged PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Issued letters (merged PDF)</source>
        <translation>Issued letters (merged PDF)</translation>
    </message>
    <message>
        <source>Folder for the issued letters, one PDF per recipient</source>
        <translation>Folder for the issued letters, one PDF per recipient</translation>
    </message>
    <message>
        <source>The letters could not be printed.</source>
        <translation>The letters could not be printed.</translation>
    </message>
    <message>
        <source>The letters were printed but could not be recorded in the audit trail.</source>
        <translation>The letters were printed but could not be recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>bd::DraftFilingCommand</name>
    <message>
        <source>Usage: breachdesk draft-filing --incident CODE --kind KIND [--lang ja|en] [--date YYYY-MM-DD] [--consignor NAME] [--late-reason TEXT] (--text | --html OUT | --pdf OUT)
       breachdesk draft-filing --kind list [--incident CODE]</source>
        <translation>Usage: breachdesk draft-filing --incident CODE --kind KIND [--lang ja|en] [--date YYYY-MM-DD] [--consignor NAME] [--late-reason TEXT] (--text | --html OUT | --pdf OUT)
       breachdesk draft-filing --kind list [--incident CODE]</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>called for</source>
        <translation>called for</translation>
    </message>
    <message>
        <source>not called for</source>
        <translation>not called for</translation>
    </message>
    <message>
        <source>Consignor clients: %1</source>
        <translation>Consignor clients: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Draft a filing or notice (PPC report, public notice, consignor notice, P-mark report, GDPR) as text, a web page or a PDF, as the Filings page does; nothing is issued.</source>
        <translation>Draft a filing or notice (PPC report, public notice, consignor notice, P-mark report, GDPR) as text, a web page or a PDF, as the Filings page does; nothing is issued.</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>What to draft (ppc_preliminary, ppc_final, public_notice, …); list prints every kind.</source>
        <translation>What to draft (ppc_preliminary, ppc_final, public_notice, …); list prints every kind.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ja or en; default: the kind's own language (a consignor client's: the client's, else Japanese).</source>
        <translation>ja or en; default: the kind's own language (a consignor client's: the client's, else Japanese).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The document's date (YYYY-MM-DD); default: today.</source>
        <translation>The document's date (YYYY-MM-DD); default: today.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The consignor client a consignor notice is addressed to.</source>
        <translation>The consignor client a consignor notice is addressed to.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GDPR Art. 33: the reasons for notifying after 72 hours (Art. 33(1)).</source>
        <translation>GDPR Art. 33: the reasons for notifying after 72 hours (Art. 33(1)).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print the document's text to standard output.</source>
        <translation>Print the document's text to standard output.</translation>
    </message>
    <message>
        <source>Write the document as a web page; - for standard output.</source>
        <translation>Write the document as a web page; - for standard output.</translation>
    </message>
    <message>
        <source>OUT.html</source>
        <translation>OUT.html</translation>
    </message>
    <message>
        <source>Write the document as a PDF; - for standard output.</source>
        <translation>Write the document as a PDF; - for standard output.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Unknown kind "%1". Run with --kind list for the kinds.</source>
        <translation>Unknown kind "%1". Run with --kind list for the kinds.</translation>
    </message>
    <message>
        <source>--lang must be ja or en, not "%1".</source>
        <translation>--lang must be ja or en, not "%1".</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date like 2024-10-18.</source>
        <translation>--date: "%1" is not a date like 2024-10-18.</translation>
    </message>
    <message>
        <source>--consignor is only for the notice to a consignor client (consignor_notice).</source>
        <translation>--consignor is only for the notice to a consignor client (consignor_notice).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The consignor clients of %1: %2</source>
        <translation>The consignor clients of %1: %2</translation>
    </message>
    <message>
        <source>Check before issuing:</source>
        <translation>Check before issuing:</translation>
    </message>
    <message>
        <source>Warning: more than 72 hours have passed since the organisation became aware of the breach; give the reasons for the delay with --late-reason (GDPR Art. 33(1)).</source>
        <translation>Warning: more than 72 hours have passed since the organisation became aware of the breach; give the reasons for the delay with --late-reason (GDPR Art. 33(1)).</translation>
    </message>
    <message>
        <source>Error: the PDF could not be made: %1</source>
        <translation>Error: the PDF could not be made: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the draft %1 to %2</source>
        <translation>Wrote the draft %1 to %2</translation>
    </message>
    <message>
        <source>Blocks issuing:</source>
        <translation>Blocks issuing:</translation>
    </message>
</context>
<context>
    <name>bd::DraftKinds</name>
    <message>
        <source>PPC report — preliminary (速報)</source>
        <translation>PPC report — preliminary (速報)</translation>
    </message>
    <message>
        <source>PPC report — final (確報)</source>
        <translation>PPC report — final (確報)</translation>
    </message>
    <message>
        <source>PPC report — follow-up (続報)</source>
        <translation>PPC report — follow-up (続報)</translation>
    </message>
    <message>
        <source>PPC report — combined preliminary and final (速報兼確報)</source>
        <translation>PPC report — combined preliminary and final (速報兼確報)</translation>
    </message>
    <message>
        <source>Public notice — next edition</source>
        <translation>Public notice — next edition</translation>
    </message>
    <message>
        <source>Public notice — final edition</source>
        <translation>Public notice — final edition</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>Notice to a consignor client</translation>
    </message>
    <message>
        <source>Privacy Mark report — preliminary</source>
        <translation>Privacy Mark report — preliminary</translation>
    </message>
    <message>
        <source>Privacy Mark report — final</source>
        <translation>Privacy Mark report — final</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification (next phase)</source>
        <translation>GDPR Art. 33 notification (next phase)</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR Art. 34 communication</translation>
    </message>
    <message>
        <source>%1 (Japanese)</source>
        <translation>%1 (Japanese)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (English)</translation>
    </message>
    <message>
        <source>Notice to consignor client %1</source>
        <translation>Notice to consignor client %1</translation>
    </message>
</context>
<context>
    <name>bd::EncryptedExport</name>
    <message>
        <source>Encrypt the file with OpenPGP for this key only: a fingerprint, key id or e-mail address in your GnuPG keyring (GNUPGHOME), or a public key file (used for this export only; your keyring is not changed).</source>
        <translation>Encrypt the file with OpenPGP for this key only: a fingerprint, key id or e-mail address in your GnuPG keyring (GNUPGHOME), or a public key file (used for this export only; your keyring is not changed).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>With --encrypt-to: ASCII-armoured text instead of binary.</source>
        <translation>With --encrypt-to: ASCII-armoured text instead of binary.</translation>
    </message>
    <message>
        <source>Nothing was written under %1 and nothing was recorded.</source>
        <translation>Nothing was written under %1 and nothing was recorded.</translation>
    </message>
    <message>
        <source>--armor goes with --encrypt-to KEY.</source>
        <translation>--armor goes with --encrypt-to KEY.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Encrypting for the OpenPGP key %1 “%2” (trusted because you named it: check this fingerprint with its owner).</source>
        <translation>Encrypting for the OpenPGP key %1 “%2” (trusted because you named it: check this fingerprint with its owner).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, encrypted: %n file(s), manifest SHA-256 %2; SHA-256 of the encrypted file %3.</source>
        <translation><numerusform>Wrote %1, encrypted: %n file, manifest SHA-256 %2; SHA-256 of the encrypted file %3.</numerusform><numerusform>Wrote %1, encrypted: %n files, manifest SHA-256 %2; SHA-256 of the encrypted file %3.</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No recipient of the group %1 belongs to the consignor client %2 (by its organisation): nothing was written.</source>
        <translation>No recipient of the group %1 belongs to the consignor client %2 (by its organisation): nothing was written.</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 cannot be written in CP932; written as ?</source>
        <translation>row %1, column %2: %3 cannot be written in CP932; written as ?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 belonging to %2 to %3, encrypted (SHA-256 %4).</source>
        <translation><numerusform>Exported %n recipient of %1 belonging to %2 to %3, encrypted (SHA-256 %4).</numerusform><numerusform>Exported %n recipients of %1 belonging to %2 to %3, encrypted (SHA-256 %4).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of the group name no consignor client (organisation) and were left out.</source>
        <translation><numerusform>%n recipient of the group name no consignor client  and were left out.</numerusform><numerusform>%n recipients of the group name no consignor client organisation and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 to %2, encrypted (SHA-256 %3).</source>
        <translation><numerusform>Exported %n recipient of %1 to %2, encrypted (SHA-256 %3).</numerusform><numerusform>Exported %n recipients of %1 to %2, encrypted (SHA-256 %3).</numerusform></translation>
    </message>
    <message>
        <source>The hand-over is not entered in the filing register either.</source>
        <translation>The hand-over is not entered in the filing register either.</translation>
    </message>
</context>
<context>
    <name>bd::ExportArchiveCommand</name>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The zip file to write; - for standard output.</source>
        <translation>The zip file to write; - for standard output.</translation>
    </message>
    <message>
        <source>Nothing was written under %1 and nothing was recorded.</source>
        <translation>Nothing was written under %1 and nothing was recorded.</translation>
    </message>
    <message>
        <source>Write an incident's whole record (issued documents, register, obligations, audit trail) as one zip with a SHA-256 manifest, signed with your key.</source>
        <translation>Write an incident's whole record (issued documents, register, obligations, audit trail) as one zip with a SHA-256 manifest, signed with your key.</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-archive --incident CODE [--encrypt-to KEY [--armor]] OUT.zip</source>
        <translation>Usage: breachdesk export-archive --incident CODE [--encrypt-to KEY [--armor]] OUT.zip</translation>
    </message>
    <message>
        <source>A new signing key was made: %1. Its fingerprint is %2; give it to whoever checks your archives by another way than the archives themselves (in person, by telephone).</source>
        <translation>A new signing key was made: %1. Its fingerprint is %2; give it to whoever checks your archives by another way than the archives themselves (in person, by telephone).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), manifest SHA-256 %2, signed by %3.</source>
        <translation><numerusform>Wrote %1: %n file, manifest SHA-256 %2, signed by %3.</numerusform><numerusform>Wrote %1: %n files, manifest SHA-256 %2, signed by %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::ExportIncidentCommand</name>
    <message>
        <source>Write an incident as a JSON file.</source>
        <translation>Write an incident as a JSON file.</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The JSON file to write; - for standard output.</source>
        <translation>The JSON file to write; - for standard output.</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-incident --incident CODE OUT.json</source>
        <translation>Usage: breachdesk export-incident --incident CODE OUT.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
</context>
<context>
    <name>bd::ExportLettersCommand</name>
    <message>
        <source>, line %1, column %2</source>
        <translation>, line %1, column %2</translation>
    </message>
    <message>
        <source>Write a recipient group's letters as PDF (merged, or one file per recipient).</source>
        <translation>Write a recipient group's letters as PDF (merged, or one file per recipient).</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The recipient group's key (employees, consignor_clients, …).</source>
        <translation>The recipient group's key (employees, consignor_clients, …).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>ja or en for every letter; auto (the default): each recipient's language, else the group's.</source>
        <translation>ja or en for every letter; auto (the default): each recipient's language, else the group's.</translation>
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
        <translation>File names for --each, from {group}, {row}, {name}, {lang}, {index} and {id}.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>seireki (2024年12月25日) or wareki (令和6年12月25日); default: the document's setting.</source>
        <translation>seireki (2024年12月25日) or wareki (令和6年12月25日); default: the document's setting.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>letter (to individuals, the default) or consignor (to consignor clients).</source>
        <translation>letter (to individuals, the default) or consignor (to consignor clients).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The letters' date (YYYY-MM-DD); default: today.</source>
        <translation>The letters' date (YYYY-MM-DD); default: today.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--lang must be ja, en or auto.</source>
        <translation>--lang must be ja, en or auto.</translation>
    </message>
    <message>
        <source>--date-style must be seireki or wareki.</source>
        <translation>--date-style must be seireki or wareki.</translation>
    </message>
    <message>
        <source>--date must be a date like 2024-12-25.</source>
        <translation>--date must be a date like 2024-12-25.</translation>
    </message>
    <message>
        <source>The cover e-mail is text, not a letter: use --kind letter or consignor.</source>
        <translation>The cover e-mail is text, not a letter: use --kind letter or consignor.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The group %1 has no recipients: import them first.</source>
        <translation>The group %1 has no recipients: import them first.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>… and %1 more problems with recipients.</source>
        <translation>… and %1 more problems with recipients.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: fix the %n error(s) above first.</source>
        <translation><numerusform>Nothing was written: fix the %n error above first.</numerusform><numerusform>Nothing was written: fix the %n errors above first.</numerusform></translation>
    </message>
    <message>
        <source>Checked %1 recipients in %2 s.</source>
        <translation>Checked %1 recipients in %2 s.</translation>
    </message>
    <message>
        <source>%1 letters (Japanese %2, English %3), %4 pages in %5 s.</source>
        <translation>%1 letters (Japanese %2, English %3), %4 pages in %5 s.</translation>
    </message>
    <message>
        <source>Merged PDF: %1</source>
        <translation>Merged PDF: %1</translation>
    </message>
    <message>
        <source>%1 files in %2</source>
        <translation>%1 files in %2</translation>
    </message>
    <message>
        <source>Warning: %1 glyphs could not be given their text in the PDF (they print correctly but cannot be searched).</source>
        <translation>Warning: %1 glyphs could not be given their text in the PDF (they print correctly but cannot be searched).</translation>
    </message>
    <message>
        <source>One PDF with every letter, each starting on a new page; - for standard output.</source>
        <translation>One PDF with every letter, each starting on a new page; - for standard output.</translation>
    </message>
    <message>
        <source>A new or empty folder for one PDF per recipient and a manifest.json listing them; it appears complete or not at all, and a folder that holds anything is refused.</source>
        <translation>A new or empty folder for one PDF per recipient and a manifest.json listing them; it appears complete or not at all, and a folder that holds anything is refused.</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded in the audit trail.</source>
        <translation>The letters were written but could not be recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Manifest (sequence, recipient id, file, pages, SHA-256): %1</source>
        <translation>Manifest (sequence, recipient id, file, pages, SHA-256): %1</translation>
    </message>
    <message>
        <source>Issue the letters: written without the 「下書き」/DRAFT mark and recorded as an issued batch (the files' SHA-256 among it). Without it, letters are drafts, or copies of the batch issued.</source>
        <translation>Issue the letters: written without the 「下書き」/DRAFT mark and recorded as an issued batch (the files' SHA-256 among it). Without it, letters are drafts, or copies of the batch issued.</translation>
    </message>
    <message>
        <source>Issue the letters again although a batch of them was issued, for this reason (recorded with the new batch).</source>
        <translation>Issue the letters again although a batch of them was issued, for this reason (recorded with the new batch).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>A draft (marked on every page) even when the letters were issued: the current text.</source>
        <translation>A draft (marked on every page) even when the letters were issued: the current text.</translation>
    </message>
    <message>
        <source>--draft and --issue exclude each other.</source>
        <translation>--draft and --issue exclude each other.</translation>
    </message>
    <message>
        <source>--reissue needs the reason the letters are issued again.</source>
        <translation>--reissue needs the reason the letters are issued again.</translation>
    </message>
    <message>
        <source>Issued letters, and copies of them, are either --merged or --each: choose one (or --draft for both).</source>
        <translation>Issued letters, and copies of them, are either --merged or --each: choose one (or --draft for both).</translation>
    </message>
    <message>
        <source>The workspace is read-only: letters can be issued only where the batch can be recorded.</source>
        <translation>The workspace is read-only: letters can be issued only where the batch can be recorded.</translation>
    </message>
    <message>
        <source>Error: batch %1 was issued dated %2 (language %3, %4 dates); a copy of it is made the same way: leave out --date, --lang and --date-style, or ask for a --draft.</source>
        <translation>Error: batch %1 was issued dated %2 (language %3, %4 dates); a copy of it is made the same way: leave out --date, --lang and --date-style, or ask for a --draft.</translation>
    </message>
    <message>
        <source>The letters were written but could not be recorded as issued: they are not issued.</source>
        <translation>The letters were written but could not be recorded as issued: they are not issued.</translation>
    </message>
    <message>
        <source>Drafts: every page is marked 下書き (English letters: DRAFT); nothing was issued (--issue issues them).</source>
        <translation>Drafts: every page is marked 下書き (English letters: DRAFT); nothing was issued (--issue issues them).</translation>
    </message>
    <message>
        <source>Issued as batch %1 (%2 letters dated %3); the SHA-256 of every file is recorded.</source>
        <translation>Issued as batch %1 (%2 letters dated %3); the SHA-256 of every file is recorded.</translation>
    </message>
    <message>
        <source>A copy of batch %1, issued %2: the same bytes as the letters issued (every SHA-256 checked).</source>
        <translation>A copy of batch %1, issued %2: the same bytes as the letters issued (every SHA-256 checked).</translation>
    </message>
    <message>
        <source>Pad each letter to an even page count for duplex printing, so that no letter starts on the back of another's sheet (the default with --merged).</source>
        <translation>Pad each letter to an even page count for duplex printing, so that no letter starts on the back of another's sheet (the default with --merged).</translation>
    </message>
    <message>
        <source>Do not pad letters to even pages.</source>
        <translation>Do not pad letters to even pages.</translation>
    </message>
    <message>
        <source>The CSV manifest for checking the enveloping (sequence, recipient id, pages, control numbers); default: beside the merged PDF as NAME.manifest.csv. --each folders hold a manifest.csv too.</source>
        <translation>The CSV manifest for checking the enveloping (sequence, recipient id, pages, control numbers); default: beside the merged PDF as NAME.manifest.csv. --each folders hold a manifest.csv too.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>naga3: lay the address block out for a 長形3号 window envelope (A4 folded in three).</source>
        <translation>naga3: lay the address block out for a 長形3号 window envelope (A4 folded in three).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The envelope window in millimetres from the sheet's top left corner: X,Y,WIDTH,HEIGHT (default: the workspace's, else 23,13,90,45).</source>
        <translation>The envelope window in millimetres from the sheet's top left corner: X,Y,WIDTH,HEIGHT (default: the workspace's, else 23,13,90,45).</translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation>X,Y,W,H</translation>
    </message>
    <message>
        <source>Keep --window as the workspace's default window for --envelope.</source>
        <translation>Keep --window as the workspace's default window for --envelope.</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-letters --incident CODE --group KEY [--lang ja|en|auto] (--merged OUT.pdf | --each DIR [--pattern P]) [--date-style seireki|wareki] [--kind letter|consignor] [--date YYYY-MM-DD] [--issue [--reissue REASON] | --draft] [--pad-even | --no-pad] [--manifest FILE] [--envelope naga3 [--window X,Y,W,H [--save-window]]]</source>
        <translation>Usage: breachdesk export-letters --incident CODE --group KEY [--lang ja|en|auto] (--merged OUT.pdf | --each DIR [--pattern P]) [--date-style seireki|wareki] [--kind letter|consignor] [--date YYYY-MM-DD] [--issue [--reissue REASON] | --draft] [--pad-even | --no-pad] [--manifest FILE] [--envelope naga3 [--window X,Y,W,H [--save-window]]]</translation>
    </message>
    <message>
        <source>--pad-even and --no-pad exclude each other.</source>
        <translation>--pad-even and --no-pad exclude each other.</translation>
    </message>
    <message>
        <source>--envelope must be naga3.</source>
        <translation>--envelope must be naga3.</translation>
    </message>
    <message>
        <source>--window must be X,Y,WIDTH,HEIGHT in millimetres, inside an A4 sheet, e.g. 23,13,90,45.</source>
        <translation>--window must be X,Y,WIDTH,HEIGHT in millimetres, inside an A4 sheet, e.g. 23,13,90,45.</translation>
    </message>
    <message>
        <source>--window goes with --envelope naga3, and --save-window with --window.</source>
        <translation>--window goes with --envelope naga3, and --save-window with --window.</translation>
    </message>
    <message>
        <source>--manifest needs a file name.</source>
        <translation>--manifest needs a file name.</translation>
    </message>
    <message>
        <source>Error: batch %1 was issued with the print layout "%2"; a copy of it is laid out the same way: leave out --pad-even, --no-pad and --envelope, or ask for a --draft.</source>
        <translation>Error: batch %1 was issued with the print layout "%2"; a copy of it is laid out the same way: leave out --pad-even, --no-pad and --envelope, or ask for a --draft.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>--manifest must not be the merged PDF.</source>
        <translation>--manifest must not be the merged PDF.</translation>
    </message>
    <message>
        <source>Every page carries its control number (%1-0001 1/2 …).</source>
        <translation>Every page carries its control number (%1-0001 1/2 …).</translation>
    </message>
    <message>
        <source>Enveloping manifest (CSV): %1</source>
        <translation>Enveloping manifest (CSV): %1</translation>
    </message>
    <message>
        <source>Letters padded to an even page count for duplex printing.</source>
        <translation>Letters padded to an even page count for duplex printing.</translation>
    </message>
    <message>
        <source>Letters not padded to even pages: print them single-sided.</source>
        <translation>Letters not padded to even pages: print them single-sided.</translation>
    </message>
    <message>
        <source>Address blocks placed for a 長3 window envelope, window %1 mm.</source>
        <translation>Address blocks placed for a 長3 window envelope, window %1 mm.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the address of %n letter(s) does not fit the envelope window (letters %1; see address_window in the manifest).</source>
        <translation><numerusform>Warning: the address of %n letter does not fit the envelope window (letters %1; see address_window in the manifest).</numerusform><numerusform>Warning: the address of %n letters does not fit the envelope window (letters %1; see address_window in the manifest).</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::ExportRecipientsCommand</name>
    <message>
        <source>Write a recipient group to CSV or XLSX.</source>
        <translation>Write a recipient group to CSV or XLSX.</translation>
    </message>
    <message>
        <source>Writes the group's included recipients (excluded ones are left out) with a header of field names that import-recipients maps back. Cells that begin with = + - @ are written with a leading ' so that a spreadsheet never runs them.</source>
        <translation>Writes the group's included recipients (excluded ones are left out) with a header of field names that import-recipients maps back. Cells that begin with = + - @ are written with a leading ' so that a spreadsheet never runs them.</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The recipient group's key.</source>
        <translation>The recipient group's key.</translation>
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
        <translation>Language of the header row: ja (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Unknown format or header language; use --format csv|csv-cp932|xlsx and --header-language ja|en.</source>
        <translation>Unknown format or header language; use --format csv|csv-cp932|xlsx and --header-language ja|en.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 cannot be written in CP932; written as ?</source>
        <translation>row %1, column %2: %3 cannot be written in CP932; written as ?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) of %1 to %2</source>
        <translation><numerusform>Exported %n recipient of %1 to %2</numerusform><numerusform>Exported %n recipients of %1 to %2</numerusform></translation>
    </message>
    <message>
        <source>The incident %1 has no consignor client %2: none of its data sets is held for a consignor.</source>
        <translation>The incident %1 has no consignor client %2: none of its data sets is held for a consignor.</translation>
    </message>
    <message>
        <source>The incident %1 has no consignor client %2. Its consignor clients: %3</source>
        <translation>The incident %1 has no consignor client %2. Its consignor clients: %3</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM), csv-cp932 (Shift_JIS) or xlsx (default: xlsx for OUT.xlsx or OUT.xlsx.gpg, else csv).</source>
        <translation>csv (UTF-8 with BOM), csv-cp932 (Shift_JIS) or xlsx (default: xlsx for OUT.xlsx or OUT.xlsx.gpg, else csv).</translation>
    </message>
    <message>
        <source>Only the recipients belonging to this consignor client (their organisation names it), as a hand-over to that client entered in the filing register; needs --encrypt-to.</source>
        <translation>Only the recipients belonging to this consignor client (their organisation names it), as a hand-over to that client entered in the filing register; needs --encrypt-to.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: breachdesk export-recipients --incident CODE --group KEY [--format csv|csv-cp932|xlsx] [--consignor NAME] [--encrypt-to KEY [--armor]] OUT</source>
        <translation>Usage: breachdesk export-recipients --incident CODE --group KEY [--format csv|csv-cp932|xlsx] [--consignor NAME] [--encrypt-to KEY [--armor]] OUT</translation>
    </message>
    <message>
        <source>--consignor hands a client its own records: give --encrypt-to with the client's OpenPGP key.</source>
        <translation>--consignor hands a client its own records: give --encrypt-to with the client's OpenPGP key.</translation>
    </message>
</context>
<context>
    <name>bd::FactsPage</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Has happened (発生)</source>
        <translation>Has happened (発生)</translation>
    </message>
    <message>
        <source>May have happened (発生したおそれ)</source>
        <translation>May have happened (発生したおそれ)</translation>
    </message>
    <message>
        <source>Occurred from:</source>
        <translation>Occurred from:</translation>
    </message>
    <message>
        <source>Occurred until:</source>
        <translation>Occurred until:</translation>
    </message>
    <message>
        <source>When any department first learned of it (知った日). Every deadline counts from this day.</source>
        <translation>When any department first learned of it (知った日). Every deadline counts from this day.</translation>
    </message>
    <message>
        <source>Learned of it (知った日時):</source>
        <translation>Learned of it (知った日時):</translation>
    </message>
    <message>
        <source>Contained on:</source>
        <translation>Contained on:</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>May have been done with an unlawful purpose (不正の目的)</source>
        <translation>May have been done with an unlawful purpose (不正の目的)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>e.g. ransomware with an extortion note</source>
        <translation>e.g. ransomware with an extortion note</translation>
    </message>
    <message>
        <source>Protection and regimes</source>
        <translation>Protection and regimes</translation>
    </message>
    <message>
        <source>We hold the Privacy Mark (プライバシーマーク)</source>
        <translation>We hold the Privacy Mark (プライバシーマーク)</translation>
    </message>
    <message>
        <source>Review body:</source>
        <translation>Review body:</translation>
    </message>
    <message>
        <source>e.g. JIPDEC, JISA</source>
        <translation>e.g. JIPDEC, JISA</translation>
    </message>
    <message>
        <source>The GDPR applies</source>
        <translation>The GDPR applies</translation>
    </message>
    <message>
        <source>GDPR risk:</source>
        <translation>GDPR risk:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Add event</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Delete event</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Leak (漏えい):</source>
        <translation>Leak (漏えい):</translation>
    </message>
    <message>
        <source>Loss (滅失):</source>
        <translation>Loss (滅失):</translation>
    </message>
    <message>
        <source>Damage (毀損):</source>
        <translation>Damage (毀損):</translation>
    </message>
    <message>
        <source>Encryption and people who cannot be reached are recorded for each data set, on the Data sets page.</source>
        <translation>Encryption and people who cannot be reached are recorded for each data set, on the Data sets page.</translation>
    </message>
</context>
<context>
    <name>bd::Fields</name>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2,000,000,000</source>
        <translation>expected a whole number from 0 to 2,000,000,000</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>expected a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, as YYYY-MM-DDThh:mm[:ss]+09:00</source>
        <translation>expected a date and time with its offset, as YYYY-MM-DDThh:mm[:ss]+09:00</translation>
    </message>
    <message>
        <source>Incident code</source>
        <translation>Incident code</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>Title (Japanese)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Organisation name (Japanese)</source>
        <translation>Organisation name (Japanese)</translation>
    </message>
    <message>
        <source>Organisation name (English)</source>
        <translation>Organisation name (English)</translation>
    </message>
    <message>
        <source>Organisation address (Japanese)</source>
        <translation>Organisation address (Japanese)</translation>
    </message>
    <message>
        <source>Organisation address (English)</source>
        <translation>Organisation address (English)</translation>
    </message>
    <message>
        <source>Representative (Japanese)</source>
        <translation>Representative (Japanese)</translation>
    </message>
    <message>
        <source>Representative (English)</source>
        <translation>Representative (English)</translation>
    </message>
    <message>
        <source>Contact desk name (Japanese)</source>
        <translation>Contact desk name (Japanese)</translation>
    </message>
    <message>
        <source>Contact desk name (English)</source>
        <translation>Contact desk name (English)</translation>
    </message>
    <message>
        <source>Contact desk phone</source>
        <translation>Contact desk phone</translation>
    </message>
    <message>
        <source>Contact desk e-mail</source>
        <translation>Contact desk e-mail</translation>
    </message>
    <message>
        <source>Contact desk hours (Japanese)</source>
        <translation>Contact desk hours (Japanese)</translation>
    </message>
    <message>
        <source>Contact desk hours (English)</source>
        <translation>Contact desk hours (English)</translation>
    </message>
    <message>
        <source>Reason for the malice assessment</source>
        <translation>Reason for the malice assessment</translation>
    </message>
    <message>
        <source>Privacy Mark review body</source>
        <translation>Privacy Mark review body</translation>
    </message>
    <message>
        <source>Reason some people cannot be reached</source>
        <translation>Reason some people cannot be reached</translation>
    </message>
    <message>
        <source>Data set group</source>
        <translation>Data set group</translation>
    </message>
    <message>
        <source>Group label (Japanese)</source>
        <translation>Group label (Japanese)</translation>
    </message>
    <message>
        <source>Group label (English)</source>
        <translation>Group label (English)</translation>
    </message>
    <message>
        <source>Consignor client</source>
        <translation>Consignor client</translation>
    </message>
    <message>
        <source>Timeline text (Japanese)</source>
        <translation>Timeline text (Japanese)</translation>
    </message>
    <message>
        <source>Timeline text (English)</source>
        <translation>Timeline text (English)</translation>
    </message>
    <message>
        <source>Contact desk phone for callers abroad</source>
        <translation>Contact desk phone for callers abroad</translation>
    </message>
    <message>
        <source>Industry (Japanese)</source>
        <translation>Industry (Japanese)</translation>
    </message>
    <message>
        <source>Industry (English)</source>
        <translation>Industry (English)</translation>
    </message>
    <message>
        <source>Reporter's department (Japanese)</source>
        <translation>Reporter's department (Japanese)</translation>
    </message>
    <message>
        <source>Reporter's department (English)</source>
        <translation>Reporter's department (English)</translation>
    </message>
    <message>
        <source>Reporter's name (Japanese)</source>
        <translation>Reporter's name (Japanese)</translation>
    </message>
    <message>
        <source>Reporter's name (English)</source>
        <translation>Reporter's name (English)</translation>
    </message>
    <message>
        <source>Reporter's direct line</source>
        <translation>Reporter's direct line</translation>
    </message>
    <message>
        <source>Reporter's e-mail</source>
        <translation>Reporter's e-mail</translation>
    </message>
    <message>
        <source>P-mark review body</source>
        <translation>P-mark review body</translation>
    </message>
</context>
<context>
    <name>bd::FilingArchive</name>
    <message>
        <source>Could not write %1 into the archive.</source>
        <translation>Could not write %1 into the archive.</translation>
    </message>
    <message>
        <source>%1 is not a readable archive.</source>
        <translation>%1 is not a readable archive.</translation>
    </message>
    <message>
        <source>The archive has no valid manifest.</source>
        <translation>The archive has no valid manifest.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 does not match the manifest.</source>
        <translation>%1 has been changed: its SHA-256 does not match the manifest.</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 is not listed in the manifest.</translation>
    </message>
    <message>
        <source>Could not make the archive.</source>
        <translation>Could not make the archive.</translation>
    </message>
    <message>
        <source>Could not finish the archive.</source>
        <translation>Could not finish the archive.</translation>
    </message>
    <message>
        <source>The audit trail of the archive could not be read to check its chain.</source>
        <translation>The audit trail of the archive could not be read to check its chain.</translation>
    </message>
    <message>
        <source>The manifest has no audit chain head, so its audit trail cannot be checked: it was removed.</source>
        <translation>The manifest has no audit chain head, so its audit trail cannot be checked: it was removed.</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json has no chain hash.</source>
        <translation>Audit entry %1 in audit.json has no chain hash.</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json has been changed: its content no longer matches its hash.</source>
        <translation>Audit entry %1 in audit.json has been changed: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Audit entry %1 in audit.json does not follow the entry before it: an entry was removed, inserted or moved there.</source>
        <translation>Audit entry %1 in audit.json does not follow the entry before it: an entry was removed, inserted or moved there.</translation>
    </message>
    <message>
        <source>The audit trail in audit.json (%1 entries) does not end at the chain head of the manifest (%2 entries): entries were removed or added.</source>
        <translation>The audit trail in audit.json (%1 entries) does not end at the chain head of the manifest (%2 entries): entries were removed or added.</translation>
    </message>
    <message>
        <source>The archive is not signed (it has no readable %1): who made it, and whether its manifest was changed, cannot be checked.</source>
        <translation>The archive is not signed (it has no readable %1): who made it, and whether its manifest was changed, cannot be checked.</translation>
    </message>
    <message>
        <source>%1 is not a valid signature (%2).</source>
        <translation>%1 is not a valid signature (%2).</translation>
    </message>
    <message>
        <source>The signature in %1 does not match %2: the manifest was changed after it was signed, or the signature belongs to another archive.</source>
        <translation>The signature in %1 does not match %2: the manifest was changed after it was signed, or the signature belongs to another archive.</translation>
    </message>
    <message>
        <source>%1 names %2 as its signer, but it was signed by %3.</source>
        <translation>%1 names %2 as its signer, but it was signed by %3.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>The archive was signed by %1, not by the key you gave (%2).</source>
        <translation>The archive was signed by %1, not by the key you gave (%2).</translation>
    </message>
    <message>
        <source>The archive's redaction statement or its signature is missing or unreadable.</source>
        <translation>The archive's redaction statement or its signature is missing or unreadable.</translation>
    </message>
    <message>
        <source>The archive's redaction statement does not carry a valid signature: it was changed after it was signed.</source>
        <translation>The archive's redaction statement does not carry a valid signature: it was changed after it was signed.</translation>
    </message>
    <message>
        <source>The archive's redaction statement is not the one its audit trail records.</source>
        <translation>The archive's redaction statement is not the one its audit trail records.</translation>
    </message>
</context>
<context>
    <name>bd::FilingDrafter</name>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>the %1 issued on %2</source>
        <translation>the %1 issued on %2</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Changes since %1:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>There is no kind of filing called "%1".</source>
        <translation>There is no kind of filing called "%1".</translation>
    </message>
    <message>
        <source>The document needs a date.</source>
        <translation>The document needs a date.</translation>
    </message>
    <message>
        <source>%1 is drafted in %2 only.</source>
        <translation>%1 is drafted in %2 only.</translation>
    </message>
    <message>
        <source>The obligations of %1 do not call for a %2 as they stand: check the facts and decisions on the Obligations page.</source>
        <translation>The obligations of %1 do not call for a %2 as they stand: check the facts and decisions on the Obligations page.</translation>
    </message>
    <message>
        <source>A notice to a consignor client needs the client.</source>
        <translation>A notice to a consignor client needs the client.</translation>
    </message>
    <message>
        <source>The data sets of %1 name no consignor client "%2".</source>
        <translation>The data sets of %1 name no consignor client "%2".</translation>
    </message>
    <message>
        <source>The document could not be drafted: %1</source>
        <translation>The document could not be drafted: %1</translation>
    </message>
    <message>
        <source>Text: "%1".</source>
        <translation>Text: "%1".</translation>
    </message>
    <message>
        <source>The reporter's department, person and direct line are not in the company profile (Edit ▸ Company Profile…): the report gives the contact desk instead, which the PPC may query.</source>
        <translation>The reporter's department, person and direct line are not in the company profile (Edit ▸ Company Profile…): the report gives the contact desk instead, which the PPC may query.</translation>
    </message>
    <message>
        <source>The industry (業種) is not in the company profile (Edit ▸ Company Profile…): the PPC's form asks for it.</source>
        <translation>The industry (業種) is not in the company profile (Edit ▸ Company Profile…): the PPC's form asks for it.</translation>
    </message>
</context>
<context>
    <name>bd::FilingRegister</name>
    <message>
        <source>drafted</source>
        <translation>drafted</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message numerus="yes">
        <source>%1: its affected records (%n row(s))</source>
        <translation><numerusform>%1: its affected records (%n row)</numerusform><numerusform>%1: its affected records (%n rows)</numerusform></translation>
    </message>
    <message>
        <source>Public notice %1</source>
        <translation>Public notice %1</translation>
    </message>
</context>
<context>
    <name>bd::FilingTableModel</name>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Provisional: the rule that requires it still needs a decision.</source>
        <translation>Provisional: the rule that requires it still needs a decision.</translation>
    </message>
    <message>
        <source>A public notice with an inquiry desk may replace individual notices (JP-N).</source>
        <translation>A public notice with an inquiry desk may replace individual notices (JP-N).</translation>
    </message>
    <message>
        <source>Filing, to whom, legal basis</source>
        <translation>Filing, to whom, legal basis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Basis of the date</source>
        <translation>Basis of the date</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>bd::FilingTemplates</name>
    <message>
        <source>Breach report to the PPC</source>
        <translation>Breach report to the PPC</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Notice to a consignor client</source>
        <translation>Notice to a consignor client</translation>
    </message>
    <message>
        <source>Privacy Mark accident report</source>
        <translation>Privacy Mark accident report</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR Art. 33 notification</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR Art. 34 communication</translation>
    </message>
    <message>
        <source>The document could not be drafted: its template has errors.</source>
        <translation>The document could not be drafted: its template has errors.</translation>
    </message>
    <message>
        <source>There is no %1 template in this language.</source>
        <translation>There is no %1 template in this language.</translation>
    </message>
</context>
<context>
    <name>bd::FilingsPage</name>
    <message>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;web page…</source>
        <translation>Export &amp;web page…</translation>
    </message>
    <message>
        <source>Filing register</source>
        <translation>Filing register</translation>
    </message>
    <message>
        <source>Mark &amp;submitted…</source>
        <translation>Mark &amp;submitted…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>Export &amp;archive…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>Choose a kind and press Draft. Drafts follow the incident as it is now; issuing freezes one.</source>
        <translation>Choose a kind and press Draft. Drafts follow the incident as it is now; issuing freezes one.</translation>
    </message>
    <message>
        <source> (still under investigation)</source>
        <translation> (still under investigation)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>No consistency warnings.</source>
        <translation>No consistency warnings.</translation>
    </message>
    <message>
        <source>Check before issuing:</source>
        <translation>Check before issuing:</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR Art. 33 notification</translation>
    </message>
    <message>
        <source>More than 72 hours have passed since the organisation became aware of the breach. Reasons for the delay:</source>
        <translation>More than 72 hours have passed since the organisation became aware of the breach. Reasons for the delay:</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>The document could not be drafted.</source>
        <translation>The document could not be drafted.</translation>
    </message>
    <message>
        <source>Issue "%1"? An issued document is frozen: later edits of the incident do not change it.</source>
        <translation>Issue "%1"? An issued document is frozen: later edits of the incident do not change it.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) listed beside the draft have not been resolved.</source>
        <translation><numerusform>%n warning listed beside the draft has not been resolved.</numerusform><numerusform>%n warnings listed beside the draft have not been resolved.</numerusform></translation>
    </message>
    <message>
        <source>Issue document</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <source>The document could not be issued.</source>
        <translation>The document could not be issued.</translation>
    </message>
    <message>
        <source>Mark submitted</source>
        <translation>Mark submitted</translation>
    </message>
    <message>
        <source>Select a filing in the register first.</source>
        <translation>Select a filing in the register first.</translation>
    </message>
    <message>
        <source>Submitted on (YYYY-MM-DD) and the receipt number:</source>
        <translation>Submitted on (YYYY-MM-DD) and the receipt number:</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>The filing could not be marked submitted.</source>
        <translation>The filing could not be marked submitted.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Export web page</source>
        <translation>Export web page</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Export archive</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>The archive could not be written.</translation>
    </message>
    <message>
        <source>The archive does not verify.</source>
        <translation>The archive does not verify.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the selected issued document exactly as issued, or else the draft (%1)</source>
        <translation>Print the selected issued document exactly as issued, or else the draft (%1)</translation>
    </message>
    <message>
        <source>Issued documents (select one to export or print it exactly as issued)</source>
        <translation>Issued documents (select one to export or print it exactly as issued)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>"%1" could not be printed.</source>
        <translation>"%1" could not be printed.</translation>
    </message>
    <message>
        <source>A hand-over is recorded when its encrypted file is written: there is nothing to mark.</source>
        <translation>A hand-over is recorded when its encrypted file is written: there is nothing to mark.</translation>
    </message>
    <message>
        <source>The issued document cannot be exported.</source>
        <translation>The issued document cannot be exported.</translation>
    </message>
    <message>
        <source>Record &amp;published edition…</source>
        <translation>Record &amp;published edition…</translation>
    </message>
    <message>
        <source>Record an edition of the public notice published outside BreachDesk, so that the next one drafted here has the next number and quotes its date</source>
        <translation>Record an edition of the public notice published outside BreachDesk, so that the next one drafted here has the next number and quotes its date</translation>
    </message>
    <message>
        <source>This edition is recorded as published on its day: there is nothing to mark.</source>
        <translation>This edition is recorded as published on its day: there is nothing to mark.</translation>
    </message>
    <message>
        <source>Record published edition</source>
        <translation>Record published edition</translation>
    </message>
    <message>
        <source>An edition of the public notice published outside BreachDesk: its number, language(s) (ja, en or ja,en), the day it was published (YYYY-MM-DD), and optionally where (an address starting with http) and a note. For example: 1 ja 2024-10-07 https://example.co.jp/news</source>
        <translation>An edition of the public notice published outside BreachDesk: its number, language(s) (ja, en or ja,en), the day it was published (YYYY-MM-DD), and optionally where (an address starting with http) and a note. For example: 1 ja 2024-10-07 https://example.co.jp/news</translation>
    </message>
    <message>
        <source>"%1" is not an edition number (1, 2, …).</source>
        <translation>"%1" is not an edition number (1, 2, …).</translation>
    </message>
    <message>
        <source>"%1" is not a language: write ja, en or ja,en.</source>
        <translation>"%1" is not a language: write ja, en or ja,en.</translation>
    </message>
    <message>
        <source>Say in which language(s) it was published: ja, en or ja,en.</source>
        <translation>Say in which language(s) it was published: ja, en or ja,en.</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>"%1" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The edition could not be recorded.</source>
        <translation>The edition could not be recorded.</translation>
    </message>
</context>
<context>
    <name>bd::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>bd::IdentityMatcher</name>
    <message>
        <source>The e-mail address of a recipient (group %1) appears in the text.</source>
        <translation>The e-mail address of a recipient (group %1) appears in the text.</translation>
    </message>
    <message>
        <source>The name of a recipient (group %1) appears in the text.</source>
        <translation>The name of a recipient (group %1) appears in the text.</translation>
    </message>
</context>
<context>
    <name>bd::ImportDialog</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Import recipients</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>They are added as excluded, so that nobody is sent a letter before the row is fixed and included again.</source>
        <translation>They are added as excluded, so that nobody is sent a letter before the row is fixed and included again.</translation>
    </message>
    <message>
        <source>First rows of the file, and the field each column goes to:</source>
        <translation>First rows of the file, and the field each column goes to:</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detected)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Custom field “%1”</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted row(s) have a warning (listed below).</source>
        <translation><numerusform>%n accepted row has a warning (listed below).</numerusform><numerusform>%n accepted rows have a warning (listed below).</numerusform></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>name and address</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed.</source>
        <translation><numerusform>… and %n more not listed.</numerusform><numerusform>… and %n more not listed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also add the %n row(s) with problems, excluded, to fix them in the table</source>
        <translation><numerusform>Also add the %n row with problems, excluded, to fix them in the table</numerusform><numerusform>Also add the %n rows with problems, excluded, to fix them in the table</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation><numerusform>Import %n row</numerusform><numerusform>Import %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation><numerusform>Import %n good row</numerusform><numerusform>Import %n good rows</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking the rows… %Ln read</source>
        <translation><numerusform>Checking the rows… %Ln read</numerusform><numerusform>Checking the rows… %Ln read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln row(s)…</source>
        <translation><numerusform>Saving %Ln row…</numerusform><numerusform>Saving %Ln rows…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: nothing will be saved…</source>
        <translation>Cancelling: nothing will be saved…</translation>
    </message>
    <message numerus="yes">
        <source>Saving the recipients: %1 of %Ln row(s) saved.</source>
        <translation><numerusform>Saving the recipients: %1 of %Ln row saved.</numerusform><numerusform>Saving the recipients: %1 of %Ln rows saved.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>The import was cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Identical to row %1: imported once.</source>
        <translation>Identical to row %1: imported once.</translation>
    </message>
    <message>
        <source>Identical to a recipient already in the group: not imported again.</source>
        <translation>Identical to a recipient already in the group: not imported again.</translation>
    </message>
    <message>
        <source>Possible duplicate: same %1 as row %2 but another field differs; imported and marked.</source>
        <translation>Possible duplicate: same %1 as row %2 but another field differs; imported and marked.</translation>
    </message>
    <message>
        <source>Possible duplicate: same %1 as a recipient already in the group but another field differs; imported and marked.</source>
        <translation>Possible duplicate: same %1 as a recipient already in the group but another field differs; imported and marked.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may be the same person as another but differ in some field: they are imported and marked, for you to resolve with the filter “Possible duplicates”.</source>
        <translation><numerusform>%n row may be the same person as another but differ in some field: they are imported and marked, for you to resolve with the filter “Possible duplicates”.</numerusform><numerusform>%n rows may be the same person as another but differ in some field: they are imported and marked, for you to resolve with the filter “Possible duplicates”.</numerusform></translation>
    </message>
    <message>
        <source>The file has no data rows: there is nothing to import.</source>
        <translation>The file has no data rows: there is nothing to import.</translation>
    </message>
</context>
<context>
    <name>bd::ImportIncidentCommand</name>
    <message>
        <source>Add an incident from a JSON file.</source>
        <translation>Add an incident from a JSON file.</translation>
    </message>
    <message>
        <source>When the code is taken, import under the next free code.</source>
        <translation>When the code is taken, import under the next free code.</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>The JSON file to read.</translation>
    </message>
    <message>
        <source>Usage: breachdesk import-incident [--new-code] FILE.json</source>
        <translation>Usage: breachdesk import-incident [--new-code] FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported:</source>
        <translation>%1 was not imported:</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 was not imported.</translation>
    </message>
    <message>
        <source>Imported as %1 (the file's code was taken)</source>
        <translation>Imported as %1 (the file's code was taken)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
</context>
<context>
    <name>bd::ImportRecipientsCommand</name>
    <message>
        <source>The incident %1 has no recipient group %2. Its groups: %3</source>
        <translation>The incident %1 has no recipient group %2. Its groups: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>same name and address</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX list into a recipient group.</source>
        <translation>Import a CSV or XLSX list into a recipient group.</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The recipient group's key: consignor_clients, employees, candidates, business_contacts or a custom group's key.</source>
        <translation>The recipient group's key: consignor_clients, employees, candidates, business_contacts or a custom group's key.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Column mapping over the remembered or guessed one, e.g. "name=氏名,email=3,address=4+5,ignore=備考,custom:社員番号=1". Fields: name, kana, organisation, department, title, postcode, address, email, phone, language, custom:NAME, ignore; columns by header or 1-based number.</source>
        <translation>Column mapping over the remembered or guessed one, e.g. "name=氏名,email=3,address=4+5,ignore=備考,custom:社員番号=1". Fields: name, kana, organisation, department, title, postcode, address, email, phone, language, custom:NAME, ignore; columns by header or 1-based number.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>CSV encoding instead of the detected one: UTF-8, UTF-16LE, UTF-16BE, CP932.</source>
        <translation>CSV encoding instead of the detected one: UTF-8, UTF-16LE, UTF-16BE, CP932.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>XLSX sheet: 1-based number or name (default: the first).</source>
        <translation>XLSX sheet: 1-based number or name (default: the first).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When some rows are rejected, import the good rows anyway (the exit code is still 2).</source>
        <translation>When some rows are rejected, import the good rows anyway (the exit code is still 2).</translation>
    </message>
    <message>
        <source>Check the file and report; save nothing.</source>
        <translation>Check the file and report; save nothing.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read.</source>
        <translation>The CSV or XLSX file to read.</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16LE, UTF-16BE or CP932.</source>
        <translation>Unknown encoding %1; use UTF-8, UTF-16LE, UTF-16BE or CP932.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has no rows. %2</source>
        <translation>%1 has no rows. %2</translation>
    </message>
    <message>
        <source>Bad --mapping: %1</source>
        <translation>Bad --mapping: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Give the columns with --mapping.</source>
        <translation>Nothing was imported. Give the columns with --mapping.</translation>
    </message>
    <message>
        <source>%1: CSV, %2</source>
        <translation>%1: CSV, %2</translation>
    </message>
    <message>
        <source>%1: XLSX</source>
        <translation>%1: XLSX</translation>
    </message>
    <message>
        <source>Nothing was imported: reading %1 stopped early.</source>
        <translation>Nothing was imported: reading %1 stopped early.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recipient(s) into %1.</source>
        <translation><numerusform>Imported %n recipient into %1.</numerusform><numerusform>Imported %n recipients into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported.</source>
        <translation><numerusform>%n row with problems was not imported.</numerusform><numerusform>%n rows with problems were not imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation><numerusform>Nothing was imported: %n row has problems.</numerusform><numerusform>Nothing was imported: %n rows have problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fix the file, or run again with --import-good-rows to import the %n good row(s) only.</source>
        <translation><numerusform>Fix the file, or run again with --import-good-rows to import the %n good row only.</numerusform><numerusform>Fix the file, or run again with --import-good-rows to import the %n good rows only.</numerusform></translation>
    </message>
    <message>
        <source>row %1: identical to row %2: imported once</source>
        <translation>row %1: identical to row %2: imported once</translation>
    </message>
    <message>
        <source>row %1: identical to a recipient already in the group: not imported again</source>
        <translation>row %1: identical to a recipient already in the group: not imported again</translation>
    </message>
    <message>
        <source>row %1: possible duplicate (%2 as row %3, another field differs): imported and marked</source>
        <translation>row %1: possible duplicate (%2 as row %3, another field differs): imported and marked</translation>
    </message>
    <message>
        <source>row %1: possible duplicate (%2 as a recipient already in the group, another field differs): imported and marked</source>
        <translation>row %1: possible duplicate (%2 as a recipient already in the group, another field differs): imported and marked</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already in the group when saving (another import ran meanwhile): not imported again.</source>
        <translation><numerusform>%n row was already in the group when saving (another import ran meanwhile): not imported again.</numerusform><numerusform>%n rows were already in the group when saving (another import ran meanwhile): not imported again.</numerusform></translation>
    </message>
    <message>
        <source>Identical rows imported once: %1. Possible duplicates marked: %2.</source>
        <translation>Identical rows imported once: %1. Possible duplicates marked: %2.</translation>
    </message>
    <message>
        <source>%1 has no data rows: nothing was imported.</source>
        <translation>%1 has no data rows: nothing was imported.</translation>
    </message>
    <message>
        <source>Prints the counts and every problem (row as Excel numbers it, column, reason).
A row identical in every mapped field to an earlier row, or to a recipient already in the group, is imported once. A row with the same e-mail, or the same name and address, as another but a different value in some other field is another person: it is imported and marked as a possible duplicate, for you to resolve on the Recipients page. Nobody is left out silently.
An invalid e-mail address is a warning (the row is kept for letters by post), but an error for a group whose channel is e-mail.
When any row is rejected, NOTHING is imported and the exit code is 2, unless --import-good-rows is given: then the good rows are imported (in one transaction) and the exit code is still 2. A file with a header but no data rows imports nothing and exits with 2. The mapping used is remembered for the group.
Another import writing to the same workspace is waited for (--wait); a workspace still locked after that exits with 3 and nothing imported.</source>
        <translation>Prints the counts and every problem (row as Excel numbers it, column, reason).
A row identical in every mapped field to an earlier row, or to a recipient already in the group, is imported once. A row with the same e-mail, or the same name and address, as another but a different value in some other field is another person: it is imported and marked as a possible duplicate, for you to resolve on the Recipients page. Nobody is left out silently.
An invalid e-mail address is a warning (the row is kept for letters by post), but an error for a group whose channel is e-mail.
When any row is rejected, NOTHING is imported and the exit code is 2, unless --import-good-rows is given: then the good rows are imported (in one transaction) and the exit code is still 2. A file with a header but no data rows imports nothing and exits with 2. The mapping used is remembered for the group.
Another import writing to the same workspace is waited for (--wait); a workspace still locked after that exits with 3 and nothing imported.</translation>
    </message>
    <message>
        <source>Seconds to wait for another program writing to the workspace (default %1).</source>
        <translation>Seconds to wait for another program writing to the workspace (default %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Usage: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] [--encoding E] [--sheet N] [--import-good-rows] [--dry-run] [--wait SECONDS] FILE</source>
        <translation>Usage: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] [--encoding E] [--sheet N] [--import-good-rows] [--dry-run] [--wait SECONDS] FILE</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait takes a number of seconds.</translation>
    </message>
</context>
<context>
    <name>bd::IncidentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Edit data set</source>
        <translation>Edit data set</translation>
    </message>
    <message>
        <source>Change data items</source>
        <translation>Change data items</translation>
    </message>
    <message>
        <source>Add data set</source>
        <translation>Add data set</translation>
    </message>
    <message>
        <source>Delete data set</source>
        <translation>Delete data set</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>Edit timeline event</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Add timeline event</translation>
    </message>
    <message>
        <source>Delete timeline event</source>
        <translation>Delete timeline event</translation>
    </message>
    <message>
        <source>Edit narrative</source>
        <translation>Edit narrative</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Confirm translation</translation>
    </message>
    <message>
        <source>Not saved: %1
%2</source>
        <translation>Not saved: %1
%2</translation>
    </message>
    <message>
        <source>Incident, %1</source>
        <translation>Incident, %1</translation>
    </message>
    <message>
        <source>Data set %1, %2</source>
        <translation>Data set %1, %2</translation>
    </message>
    <message>
        <source>Data set %1, data items</source>
        <translation>Data set %1, data items</translation>
    </message>
    <message>
        <source>New data set</source>
        <translation>New data set</translation>
    </message>
    <message>
        <source>Timeline event of %1, %2</source>
        <translation>Timeline event of %1, %2</translation>
    </message>
    <message>
        <source>New timeline event</source>
        <translation>New timeline event</translation>
    </message>
    <message>
        <source>The narrative “%1” (%2)</source>
        <translation>The narrative “%1” (%2)</translation>
    </message>
    <message>
        <source>Narrative %1 (%2)</source>
        <translation>Narrative %1 (%2)</translation>
    </message>
    <message>
        <source>Narrative %1 (%2): still correct</source>
        <translation>Narrative %1 (%2): still correct</translation>
    </message>
    <message>
        <source>The abbreviation “%1” of %2 %3.</source>
        <translation>The abbreviation “%1” of %2 %3.</translation>
    </message>
    <message>
        <source>Edit the consignor clients' names</source>
        <translation>Edit the consignor clients' names</translation>
    </message>
    <message>
        <source>Consignor clients' names</source>
        <translation>Consignor clients' names</translation>
    </message>
    <message>
        <source>The confidential text “%1” %2.</source>
        <translation>The confidential text “%1” %2.</translation>
    </message>
    <message>
        <source>The confidential text “%1” needs the reader it is meant for.</source>
        <translation>The confidential text “%1” needs the reader it is meant for.</translation>
    </message>
    <message>
        <source>Edit the confidential text</source>
        <translation>Edit the confidential text</translation>
    </message>
    <message>
        <source>Confidential text</source>
        <translation>Confidential text</translation>
    </message>
</context>
<context>
    <name>bd::IncidentJson</name>
    <message>
        <source>is required but missing</source>
        <translation>is required but missing</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation>is not a field of this format (misspelt?)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a number or null (unknown)</source>
        <translation>must be a number or null (unknown)</translation>
    </message>
    <message>
        <source>must be a date text or null (unknown)</source>
        <translation>must be a date text or null (unknown)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <translation>The file is not valid JSON (line %1, column %2): %3</translation>
    </message>
    <message>
        <source>The file must contain one JSON object.</source>
        <translation>The file must contain one JSON object.</translation>
    </message>
    <message>
        <source>must be "%1"</source>
        <translation>must be "%1"</translation>
    </message>
    <message>
        <source>must be a format version this BreachDesk reads (1 to %1)</source>
        <translation>must be a format version this BreachDesk reads (1 to %1)</translation>
    </message>
    <message>
        <source>is required and must be an object</source>
        <translation>is required and must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>"%1" is already a data item</source>
        <translation>"%1" is already a data item</translation>
    </message>
    <message>
        <source>needs a Japanese or English label</source>
        <translation>needs a Japanese or English label</translation>
    </message>
    <message>
        <source>needs a Japanese or English title</source>
        <translation>needs a Japanese or English title</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>names the consignor client when holder is "consignor"</source>
        <translation>names the consignor client when holder is "consignor"</translation>
    </message>
    <message>
        <source>"%1" is not a known data item; add it to custom_items</source>
        <translation>"%1" is not a known data item; add it to custom_items</translation>
    </message>
    <message>
        <source>is not a narrative section</source>
        <translation>is not a narrative section</translation>
    </message>
    <message>
        <source>must be one of the listed words (see the format's documentation)</source>
        <translation>must be one of the listed words (see the format's documentation)</translation>
    </message>
    <message>
        <source>must be an object with "ja" and "en"</source>
        <translation>must be an object with "ja" and "en"</translation>
    </message>
    <message>
        <source>must be a list of data item keys</source>
        <translation>must be a list of data item keys</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>"%1" is listed twice</translation>
    </message>
    <message>
        <source>must be an object of sections</source>
        <translation>must be an object of sections</translation>
    </message>
    <message>
        <source>is %1: the file was written by a newer BreachDesk, and this version reads format versions 1 to %2 only. Nothing was imported; update BreachDesk to read it.</source>
        <translation>is %1: the file was written by a newer BreachDesk, and this version reads format versions 1 to %2 only. Nothing was imported; update BreachDesk to read it.</translation>
    </message>
    <message>
        <source>is a field of format version 2, not of version 1: set "version" to 2</source>
        <translation>is a field of format version 2, not of version 1: set "version" to 2</translation>
    </message>
    <message>
        <source>must be "occurred" or "possible"</source>
        <translation>must be "occurred" or "possible"</translation>
    </message>
    <message>
        <source>"%1" names no consignor client of incident.data_sets (a data set with holder "consignor" and that consignor)</source>
        <translation>"%1" names no consignor client of incident.data_sets (a data set with holder "consignor" and that consignor)</translation>
    </message>
    <message>
        <source>"%1" is not the group of any of incident.data_sets</source>
        <translation>"%1" is not the group of any of incident.data_sets</translation>
    </message>
    <message>
        <source>expected one of %1, consignor_notice:CLIENT, individual_notice:GROUP</source>
        <translation>expected one of %1, consignor_notice:CLIENT, individual_notice:GROUP</translation>
    </message>
    <message>
        <source>"%1" is listed twice (also %2)</source>
        <translation>"%1" is listed twice (also %2)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, or null</source>
        <translation>expected a date as YYYY-MM-DD, or null</translation>
    </message>
    <message>
        <source>is required (a date as YYYY-MM-DD) when state is "submitted" or "acknowledged"</source>
        <translation>is required (a date as YYYY-MM-DD) when state is "submitted" or "acknowledged"</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 999 (第N報)</source>
        <translation>must be a whole number from 1 to 999 (第N報)</translation>
    </message>
    <message>
        <source>must be a list of "ja" and/or "en"</source>
        <translation>must be a list of "ja" and/or "en"</translation>
    </message>
    <message>
        <source>expected "ja" or "en"</source>
        <translation>expected "ja" or "en"</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>expected a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>edition %1 in "%2" is listed twice (also %3)</source>
        <translation>edition %1 in "%2" is listed twice (also %3)</translation>
    </message>
    <message>
        <source>edition %1 is dated %2, before edition %3 (%4)</source>
        <translation>edition %1 is dated %2, before edition %3 (%4)</translation>
    </message>
    <message>
        <source>"%1" is not a reader: use regulator, public, individuals, consignors or consignor:NAME</source>
        <translation>"%1" is not a reader: use regulator, public, individuals, consignors or consignor:NAME</translation>
    </message>
    <message>
        <source>"%1" is not a consignor client of this incident's data sets</source>
        <translation>"%1" is not a consignor client of this incident's data sets</translation>
    </message>
    <message>
        <source>must be an object of readers, each an object of sections</source>
        <translation>must be an object of readers, each an object of sections</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>must be a list of text</translation>
    </message>
    <message>
        <source>must be a list of "ja" and "en"</source>
        <translation>must be a list of "ja" and "en"</translation>
    </message>
    <message>
        <source>may only contain "ja" and "en"</source>
        <translation>may only contain "ja" and "en"</translation>
    </message>
</context>
<context>
    <name>bd::IncidentListModel</name>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>bd::IncidentService</name>
    <message>
        <source>Your signing key could not be used.</source>
        <translation>Your signing key could not be used.</translation>
    </message>
</context>
<context>
    <name>bd::IncidentTransfer</name>
    <message>
        <source>An incident with the code %1 already exists. Import it under a new code or delete the existing one first.</source>
        <translation>An incident with the code %1 already exists. Import it under a new code or delete the existing one first.</translation>
    </message>
    <message>
        <source>custom_items: the data item "%1" exists in this workspace with different labels or flags.</source>
        <translation>custom_items: the data item "%1" exists in this workspace with different labels or flags.</translation>
    </message>
    <message>
        <source>The demo incident shipped with this build is invalid: %1</source>
        <translation>The demo incident shipped with this build is invalid: %1</translation>
    </message>
    <message>
        <source>issued in BreachDesk as document #%1</source>
        <translation>issued in BreachDesk as document #%1</translation>
    </message>
</context>
<context>
    <name>bd::IntegrityBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>This workspace has been altered outside BreachDesk and its record no longer proves itself. %1 BreachDesk has repaired nothing. Keep a copy of the file as it is, and compare it with a backup or an exported archive before relying on it.</source>
        <translation>This workspace has been altered outside BreachDesk and its record no longer proves itself. %1 BreachDesk has repaired nothing. Keep a copy of the file as it is, and compare it with a backup or an exported archive before relying on it.</translation>
    </message>
    <message>
        <source>The workspace has been altered</source>
        <translation>The workspace has been altered</translation>
    </message>
    <message>
        <source>These checks of the workspace's record failed when it was opened:</source>
        <translation>These checks of the workspace's record failed when it was opened:</translation>
    </message>
</context>
<context>
    <name>bd::KeyCommand</name>
    <message>
        <source>Show your signing key's fingerprint, or export its public key, for whoever checks your archives.</source>
        <translation>Show your signing key's fingerprint, or export its public key, for whoever checks your archives.</translation>
    </message>
    <message>
        <source>Print the fingerprint of your signing key (made now if you have none).</source>
        <translation>Print the fingerprint of your signing key (made now if you have none).</translation>
    </message>
    <message>
        <source>Write your public key to OUT (- for standard output), for verify-archive --key.</source>
        <translation>Write your public key to OUT (- for standard output), for verify-archive --key.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Usage: breachdesk key --show | --export-public OUT</source>
        <translation>Usage: breachdesk key --show | --export-public OUT</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>A new signing key was made: %1. Give its fingerprint to whoever checks your archives by another way than the archives themselves (in person, by telephone).</source>
        <translation>A new signing key was made: %1. Give its fingerprint to whoever checks your archives by another way than the archives themselves (in person, by telephone).</translation>
    </message>
    <message>
        <source>Nothing was written under %1.</source>
        <translation>Nothing was written under %1.</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>Wrote the public key %1 to %2.</translation>
    </message>
</context>
<context>
    <name>bd::KeyFolder</name>
    <message>
        <source>The key folder %1 is inside the folder of the workspace (%2): the signing key must be kept apart from the workspace. Set %3 to another folder.</source>
        <translation>The key folder %1 is inside the folder of the workspace (%2): the signing key must be kept apart from the workspace. Set %3 to another folder.</translation>
    </message>
    <message>
        <source>There is no configuration folder for the signing key: set %1 to a folder.</source>
        <translation>There is no configuration folder for the signing key: set %1 to a folder.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be read: %2.</source>
        <translation>The key folder %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be made: %2.</source>
        <translation>The key folder %1 cannot be made: %2.</translation>
    </message>
    <message>
        <source>The key folder %1 is not a folder.</source>
        <translation>The key folder %1 is not a folder.</translation>
    </message>
    <message>
        <source>The key folder %1 belongs to another user: refused.</source>
        <translation>The key folder %1 belongs to another user: refused.</translation>
    </message>
    <message>
        <source>The key folder %1 can be changed by other users (permissions %2): refused. Only you may write it: run chmod 700 %1</source>
        <translation>The key folder %1 can be changed by other users (permissions %2): refused. Only you may write it: run chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>bd::Labels</name>
    <message>
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Misdelivery (wrong recipient)</source>
        <translation>Misdelivery (wrong recipient)</translation>
    </message>
    <message>
        <source>Loss or theft</source>
        <translation>Loss or theft</translation>
    </message>
    <message>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>Unlikely to result in a risk</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risk to people</translation>
    </message>
    <message>
        <source>High risk to people</source>
        <translation>High risk to people</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <source>Our own data</source>
        <translation>Our own data</translation>
    </message>
    <message>
        <source>Held for a consignor client (委託)</source>
        <translation>Held for a consignor client (委託)</translation>
    </message>
    <message>
        <source>Summary (概要)</source>
        <translation>Summary (概要)</translation>
    </message>
    <message>
        <source>Cause (原因)</source>
        <translation>Cause (原因)</translation>
    </message>
    <message>
        <source>Secondary harm (二次被害)</source>
        <translation>Secondary harm (二次被害)</translation>
    </message>
    <message>
        <source>Response to the people affected (本人への対応)</source>
        <translation>Response to the people affected (本人への対応)</translation>
    </message>
    <message>
        <source>Publication (公表)</source>
        <translation>Publication (公表)</translation>
    </message>
    <message>
        <source>Prevention (再発防止策)</source>
        <translation>Prevention (再発防止策)</translation>
    </message>
    <message>
        <source>Other (その他)</source>
        <translation>Other (その他)</translation>
    </message>
    <message>
        <source>Contact desk (問い合わせ窓口)</source>
        <translation>Contact desk (問い合わせ窓口)</translation>
    </message>
</context>
<context>
    <name>bd::LetterBatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Writing letters</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation><numerusform>Preparing %n letter…</numerusform><numerusform>Preparing %n letters…</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 letters — about %3 min left</source>
        <translation>%1 of %2 letters — about %3 min left</translation>
    </message>
    <message>
        <source>%1 of %2 letters — about %3 s left</source>
        <translation>%1 of %2 letters — about %3 s left</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Cancelling: removing what was written…</translation>
    </message>
</context>
<context>
    <name>bd::LetterIssue</name>
    <message>
        <source>A reason to issue again is given only with issuing.</source>
        <translation>A reason to issue again is given only with issuing.</translation>
    </message>
    <message>
        <source>The %1 letters to %2 were never issued: issue them without a reason to issue again.</source>
        <translation>The %1 letters to %2 were never issued: issue them without a reason to issue again.</translation>
    </message>
    <message>
        <source>The %1 letters to %2 were issued already (batch %3 of %4, %5 letters dated %6). Give the reason to issue them again, or export a copy of batch %3.</source>
        <translation>The %1 letters to %2 were issued already (batch %3 of %4, %5 letters dated %6). Give the reason to issue them again, or export a copy of batch %3.</translation>
    </message>
    <message>
        <source>Batch %1 was issued as one merged PDF: a copy of it is one merged PDF too (or ask for a draft).</source>
        <translation>Batch %1 was issued as one merged PDF: a copy of it is one merged PDF too (or ask for a draft).</translation>
    </message>
    <message>
        <source>Batch %1 was issued as one PDF per recipient: a copy of it is one PDF per recipient too (or ask for a draft).</source>
        <translation>Batch %1 was issued as one PDF per recipient: a copy of it is one PDF per recipient too (or ask for a draft).</translation>
    </message>
    <message>
        <source>The letters are no longer those issued in batch %1 (%2 letters dated %3): the template, the incident or the recipients changed since. Nothing was written. Export a draft to see the current text, or issue the letters again with a reason.</source>
        <translation>The letters are no longer those issued in batch %1 (%2 letters dated %3): the template, the incident or the recipients changed since. Nothing was written. Export a draft to see the current text, or issue the letters again with a reason.</translation>
    </message>
    <message>
        <source>The letters cannot be issued: %1</source>
        <translation>The letters cannot be issued: %1</translation>
    </message>
    <message>
        <source>Batch %1 records a print layout this version does not know (%2): it cannot be copied here.</source>
        <translation>Batch %1 records a print layout this version does not know (%2): it cannot be copied here.</translation>
    </message>
</context>
<context>
    <name>bd::LetterPrinting</name>
    <message>
        <source>Printing letters…</source>
        <translation>Printing letters…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>bd::LetterSession</name>
    <message>
        <source>The incident was not found.</source>
        <translation>The incident was not found.</translation>
    </message>
    <message>
        <source>There is no document kind "%1" (known: %2).</source>
        <translation>There is no document kind "%1" (known: %2).</translation>
    </message>
    <message>
        <source>The incident has no recipient group "%1" (it has no groups yet).</source>
        <translation>The incident has no recipient group "%1" (it has no groups yet).</translation>
    </message>
    <message>
        <source>The incident has no recipient group "%1" (groups: %2).</source>
        <translation>The incident has no recipient group "%1" (groups: %2).</translation>
    </message>
</context>
<context>
    <name>bd::ListIncidentsCommand</name>
    <message>
        <source>Print each incident's code and title.</source>
        <translation>Print each incident's code and title.</translation>
    </message>
    <message>
        <source>Include archived incidents.</source>
        <translation>Include archived incidents.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>All changes saved (%1)</source>
        <translation>All changes saved (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation>&amp;New Incident</translation>
    </message>
    <message>
        <source>Create a new incident (%1)</source>
        <translation>Create a new incident (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Incident…</source>
        <translation>&amp;Import Incident…</translation>
    </message>
    <message>
        <source>&amp;Export Incident…</source>
        <translation>&amp;Export Incident…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Show &amp;Archived Incidents</source>
        <translation>Show &amp;Archived Incidents</translation>
    </message>
    <message>
        <source>&amp;About BreachDesk</source>
        <translation>&amp;About BreachDesk</translation>
    </message>
    <message>
        <source>Every change is saved as you type.</source>
        <translation>Every change is saved as you type.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Facts &amp; timeline</source>
        <translation>Facts &amp; timeline</translation>
    </message>
    <message>
        <source>Data &amp; people affected</source>
        <translation>Data &amp; people affected</translation>
    </message>
    <message>
        <source>Narrative (JA|EN)</source>
        <translation>Narrative (JA|EN)</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Unarchive</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Import Incident</source>
        <translation>Import Incident</translation>
    </message>
    <message>
        <source>Incident files (*.json)</source>
        <translation>Incident files (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1

Import it under the next free code instead?</source>
        <translation>%1

Import it under the next free code instead?</translation>
    </message>
    <message>
        <source>%1 was not imported. Nothing was changed.

%2</source>
        <translation>%1 was not imported. Nothing was changed.

%2</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>Export Incident</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>Rename Incident</source>
        <translation>Rename Incident</translation>
    </message>
    <message>
        <source>Title (Japanese):</source>
        <translation>Title (Japanese):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Title (English):</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>Duplicated as %1</translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation>Delete Incident</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded for it? This cannot be undone. (The history keeps a record that it was deleted.)</source>
        <translation>Delete %1 and everything recorded for it? This cannot be undone. (The history keeps a record that it was deleted.)</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
    <message>
        <source>About BreachDesk</source>
        <translation>About BreachDesk</translation>
    </message>
    <message>
        <source>BreachDesk %1
A workbench for personal-data breach notifications.

Workspace: %2</source>
        <translation>BreachDesk %1
A workbench for personal-data breach notifications.

Workspace: %2</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Obligations &amp; deadlines</source>
        <translation>Obligations &amp; deadlines</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>Undo is possible again once your changes are saved.</source>
        <translation>Undo is possible again once your changes are saved.</translation>
    </message>
    <message>
        <source>Redo is possible again once your changes are saved.</source>
        <translation>Redo is possible again once your changes are saved.</translation>
    </message>
    <message>
        <source>&amp;Copy Unsaved Text</source>
        <translation>&amp;Copy Unsaved Text</translation>
    </message>
    <message>
        <source>&amp;Save Unsaved Text to a File…</source>
        <translation>&amp;Save Unsaved Text to a File…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Try to save the waiting changes now</source>
        <translation>Try to save the waiting changes now</translation>
    </message>
    <message>
        <source>Not saved – workspace busy</source>
        <translation>Not saved – workspace busy</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to the workspace (for example an import started from a terminal). %n change(s) are kept in this window and saved as soon as it finishes.</source>
        <translation><numerusform>Another program is writing to the workspace (for example an import started from a terminal). %n change is kept in this window and saved as soon as it finishes.</numerusform><numerusform>Another program is writing to the workspace (for example an import started from a terminal). %n changes are kept in this window and saved as soon as it finishes.</numerusform></translation>
    </message>
    <message>
        <source>The workspace is still busy. BreachDesk keeps trying.</source>
        <translation>The workspace is still busy. BreachDesk keeps trying.</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Changes Not Saved</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet because another program is writing to the workspace (for example an import started from a terminal). They are still shown in the window.

Try again, keep a copy of the text in a file, or discard them.</source>
        <translation><numerusform>%n change could not be saved yet because another program is writing to the workspace (for example an import started from a terminal). They are still shown in the window.

Try again, keep a copy of the text in a file, or discard them.</numerusform><numerusform>%n changes could not be saved yet because another program is writing to the workspace (for example an import started from a terminal). They are still shown in the window.

Try again, keep a copy of the text in a file, or discard them.</numerusform></translation>
    </message>
    <message>
        <source>Save Text to a File…</source>
        <translation>Save Text to a File…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Your last changes have not been saved for %n minute(s): another program is still writing to the workspace. They are kept in this window, and BreachDesk keeps trying to save them.

To be safe, you can also keep a copy of the text elsewhere.</source>
        <translation><numerusform>Your last changes have not been saved for %n minute: another program is still writing to the workspace. They are kept in this window, and BreachDesk keeps trying to save them.

To be safe, you can also keep a copy of the text elsewhere.</numerusform><numerusform>Your last changes have not been saved for %n minutes: another program is still writing to the workspace. They are kept in this window, and BreachDesk keeps trying to save them.

To be safe, you can also keep a copy of the text elsewhere.</numerusform></translation>
    </message>
    <message>
        <source>Try Again Now</source>
        <translation>Try Again Now</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Copy Text</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Keep Waiting</translation>
    </message>
    <message>
        <source>Save Unsaved Text</source>
        <translation>Save Unsaved Text</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Changes to %1 that were not saved to the workspace %2 (%3):</source>
        <translation>Changes to %1 that were not saved to the workspace %2 (%3):</translation>
    </message>
    <message>
        <source>Unsaved text saved to %1</source>
        <translation>Unsaved text saved to %1</translation>
    </message>
    <message>
        <source>Unsaved text copied to the clipboard</source>
        <translation>Unsaved text copied to the clipboard</translation>
    </message>
    <message>
        <source>Incident Deleted</source>
        <translation>Incident Deleted</translation>
    </message>
    <message>
        <source>%1 was deleted by another program.</source>
        <translation>%1 was deleted by another program.</translation>
    </message>
    <message>
        <source>%1 was deleted by another program. Your changes to it that were not saved yet are in the details below.</source>
        <translation>%1 was deleted by another program. Your changes to it that were not saved yet are in the details below.</translation>
    </message>
    <message>
        <source>Your signing key:
%1</source>
        <translation>Your signing key:
%1</translation>
    </message>
    <message>
        <source>Your signing key: none yet (it is made with the first archive export).</source>
        <translation>Your signing key: none yet (it is made with the first archive export).</translation>
    </message>
    <message>
        <source>Your signing key cannot be used: %1</source>
        <translation>Your signing key cannot be used: %1</translation>
    </message>
    <message>
        <source>&amp;Redact Personal Data…</source>
        <translation>&amp;Redact Personal Data…</translation>
    </message>
    <message>
        <source>The personal data of %1 was redacted.</source>
        <translation>The personal data of %1 was redacted.</translation>
    </message>
    <message>
        <source>Company &amp;Profile…</source>
        <translation>Company &amp;Profile…</translation>
    </message>
    <message>
        <source>Company profile saved. New incidents start from it.</source>
        <translation>Company profile saved. New incidents start from it.</translation>
    </message>
</context>
<context>
    <name>bd::NarrativePage</name>
    <message>
        <source>Write each section in Japanese and English. When one side changes, the other is marked &lt;b&gt;needs update&lt;/b&gt; until it is edited or confirmed.</source>
        <translation>Write each section in Japanese and English. When one side changes, the other is marked &lt;b&gt;needs update&lt;/b&gt; until it is edited or confirmed.</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Still correct</source>
        <translation>Still correct</translation>
    </message>
    <message>
        <source>Confirm that this side needs no change after the other side changed</source>
        <translation>Confirm that this side needs no change after the other side changed</translation>
    </message>
    <message>
        <source>⚠ Needs update: the %1 text changed after this one</source>
        <translation>⚠ Needs update: the %1 text changed after this one</translation>
    </message>
    <message>
        <source>&amp;Written for:</source>
        <translation>&amp;Written for:</translation>
    </message>
    <message>
        <source>Write a section for one reader where it must differ: a consignor client reads only of its own data, the public never learns who the clients are.</source>
        <translation>Write a section for one reader where it must differ: a consignor client reads only of its own data, the public never learns who the clients are.</translation>
    </message>
    <message>
        <source>Client Names and Confidential Text…</source>
        <translation>Client Names and Confidential Text…</translation>
    </message>
    <message>
        <source>The consignor clients' English names and abbreviations, and text only one reader may see: documents for another reader that contain them cannot be issued.</source>
        <translation>The consignor clients' English names and abbreviations, and text only one reader may see: documents for another reader that contain them cannot be issued.</translation>
    </message>
    <message>
        <source>Empty: documents for this reader use the text for %1:
%2</source>
        <translation>Empty: documents for this reader use the text for %1:
%2</translation>
    </message>
</context>
<context>
    <name>bd::ObligationRuleModel</name>
    <message>
        <source>→ Requires: %1</source>
        <translation>→ Requires: %1</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (overridden)</translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation>%1 (decided)</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>Decided by %1: %2</translation>
    </message>
    <message>
        <source>A fact is missing: fill it in on the incident's pages, or record a decision.</source>
        <translation>A fact is missing: fill it in on the incident's pages, or record a decision.</translation>
    </message>
    <message>
        <source>The facts are known, but the law needs your judgement: record a decision.</source>
        <translation>The facts are known, but the law needs your judgement: record a decision.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why, and what it requires</source>
        <translation>Why, and what it requires</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3
Computed: %4.</source>
        <translation>Overridden by %1 on %2: %3
Computed: %4.</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>the officer</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Result: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation>(overridden)</translation>
    </message>
    <message>
        <source>Computed from the facts: &lt;b&gt;%1&lt;/b&gt;. Overridden to: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Computed from the facts: &lt;b&gt;%1&lt;/b&gt;. Overridden to: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>By %1 on %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>(decided)</source>
        <translation>(decided)</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>Decided by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>When it applies, it requires: %1</source>
        <translation>When it applies, it requires: %1</translation>
    </message>
</context>
<context>
    <name>bd::Obligations</name>
    <message>
        <source>holiday (%1)</source>
        <translation>holiday (%1)</translation>
    </message>
    <message>
        <source>year-end closure</source>
        <translation>year-end closure</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>due %1 (computed: %2)</source>
        <translation>due %1 (computed: %2)</translation>
    </message>
    <message>
        <source>Overridden by %1: %2 (%3).</source>
        <translation>Overridden by %1: %2 (%3).</translation>
    </message>
    <message>
        <source>List the data items of %1.</source>
        <translation>List the data items of %1.</translation>
    </message>
    <message>
        <source>%1 includes %2: sensitive personal information (要配慮個人情報).</source>
        <translation>%1 includes %2: sensitive personal information (要配慮個人情報).</translation>
    </message>
    <message>
        <source>%1 includes the item "%2", which is not in the catalogue: decide whether it is sensitive personal information (要配慮個人情報).</source>
        <translation>%1 includes the item "%2", which is not in the catalogue: decide whether it is sensitive personal information (要配慮個人情報).</translation>
    </message>
    <message>
        <source>No data set that counts includes sensitive personal information.</source>
        <translation>No data set that counts includes sensitive personal information.</translation>
    </message>
    <message>
        <source>Trigger 1: report to the PPC and notify the individuals.</source>
        <translation>Trigger 1: report to the PPC and notify the individuals.</translation>
    </message>
    <message>
        <source>%1 includes %2: its misuse could cause financial loss.</source>
        <translation>%1 includes %2: its misuse could cause financial loss.</translation>
    </message>
    <message>
        <source>%1 includes %2 without card numbers or banking logins: decide whether its misuse could cause financial loss (PPC FAQ Q6-11, Q14-8).</source>
        <translation>%1 includes %2 without card numbers or banking logins: decide whether its misuse could cause financial loss (PPC FAQ Q6-11, Q14-8).</translation>
    </message>
    <message>
        <source>%1 includes the item "%2", which is not in the catalogue: decide whether its misuse could cause financial loss.</source>
        <translation>%1 includes the item "%2", which is not in the catalogue: decide whether its misuse could cause financial loss.</translation>
    </message>
    <message>
        <source>No data set that counts includes data whose misuse could cause financial loss.</source>
        <translation>No data set that counts includes data whose misuse could cause financial loss.</translation>
    </message>
    <message>
        <source>Trigger 2: report to the PPC and notify the individuals.</source>
        <translation>Trigger 2: report to the PPC and notify the individuals.</translation>
    </message>
    <message>
        <source>Triggers covering this data: %1.</source>
        <translation>Triggers covering this data: %1.</translation>
    </message>
    <message>
        <source>Triggers still open for this data: %1.</source>
        <translation>Triggers still open for this data: %1.</translation>
    </message>
    <message>
        <source>Not required: this data is not part of the reportable situation (the triggers concern other data sets); a notice is still allowed.</source>
        <translation>Not required: this data is not part of the reportable situation (the triggers concern other data sets); a notice is still allowed.</translation>
    </message>
    <message>
        <source>Consignor client: %1</source>
        <translation>Consignor client: %1</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>(name not recorded)</translation>
    </message>
    <message>
        <source>Notify the consignor promptly with the 規則8条1項 items known so far (規則9条); its own clock starts when it receives the notice.</source>
        <translation>Notify the consignor promptly with the 規則8条1項 items known so far (規則9条); its own clock starts when it receives the notice.</translation>
    </message>
    <message>
        <source>Suggested target %1 – %2, as for a preliminary report (GL 3-5-3-5).</source>
        <translation>Suggested target %1 – %2, as for a preliminary report (GL 3-5-3-5).</translation>
    </message>
    <message>
        <source>Notified on %1.</source>
        <translation>Notified on %1.</translation>
    </message>
    <message>
        <source>Record the consignor client's name.</source>
        <translation>Record the consignor client's name.</translation>
    </message>
    <message>
        <source>Individuals: %1</source>
        <translation>Individuals: %1</translation>
    </message>
    <message>
        <source>Promptly, as circumstances allow (規則10条): no fixed number of days; record the reason for the timing.</source>
        <translation>Promptly, as circumstances allow (規則10条): no fixed number of days; record the reason for the timing.</translation>
    </message>
    <message>
        <source>Contacts cannot be reached: a public notice and an inquiry desk may replace the notice (JP-N); record why.</source>
        <translation>Contacts cannot be reached: a public notice and an inquiry desk may replace the notice (JP-N); record why.</translation>
    </message>
    <message>
        <source>A decision for the unknown rule "%1" is ignored.</source>
        <translation>A decision for the unknown rule "%1" is ignored.</translation>
    </message>
    <message>
        <source>The override of rule %1 must be true or false; it is ignored.</source>
        <translation>The override of rule %1 must be true or false; it is ignored.</translation>
    </message>
    <message>
        <source>The override of "%1" matches no rule and no filing; it is ignored.</source>
        <translation>The override of "%1" matches no rule and no filing; it is ignored.</translation>
    </message>
    <message>
        <source>The override of "%1" is not a date, a date and time, or true/false; it is ignored.</source>
        <translation>The override of "%1" is not a date, a date and time, or true/false; it is ignored.</translation>
    </message>
    <message>
        <source>the body that granted the mark</source>
        <translation>the body that granted the mark</translation>
    </message>
    <message>
        <source>Privacy Mark review body: %1</source>
        <translation>Privacy Mark review body: %1</translation>
    </message>
    <message>
        <source>APPI-type categories: %1.</source>
        <translation>APPI-type categories: %1.</translation>
    </message>
    <message>
        <source>About 3–5 days from 発覚日 %1: %2 – %3.</source>
        <translation>About 3–5 days from 発覚日 %1: %2 – %3.</translation>
    </message>
    <message>
        <source>Record when the organisation learned of the breach (知った日).</source>
        <translation>Record when the organisation learned of the breach (知った日).</translation>
    </message>
    <message>
        <source>60 days from 発覚日: an unlawful purpose is suspected (%1).</source>
        <translation>60 days from 発覚日: an unlawful purpose is suspected (%1).</translation>
    </message>
    <message>
        <source>30 days from 発覚日, for every incident.</source>
        <translation>30 days from 発覚日, for every incident.</translation>
    </message>
    <message>
        <source>Day %1, counting 発覚日 %2 as day 1, is %3; no roll-forward, as the review body's counting may differ.</source>
        <translation>Day %1, counting 発覚日 %2 as day 1, is %3; no roll-forward, as the review body's counting may differ.</translation>
    </message>
    <message>
        <source>Every supervisory authority where affected people live</source>
        <translation>Every supervisory authority where affected people live</translation>
    </message>
    <message>
        <source>The competent supervisory authority</source>
        <translation>The competent supervisory authority</translation>
    </message>
    <message>
        <source>72 hours from awareness at %1, a continuous clock with no roll-forward (Art. 33(1)); give reasons if later.</source>
        <translation>72 hours from awareness at %1, a continuous clock with no roll-forward (Art. 33(1)); give reasons if later.</translation>
    </message>
    <message>
        <source>Record when the organisation became aware of the breach.</source>
        <translation>Record when the organisation became aware of the breach.</translation>
    </message>
    <message>
        <source>The data subjects</source>
        <translation>The data subjects</translation>
    </message>
    <message>
        <source>Without undue delay.</source>
        <translation>Without undue delay.</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission (PPC), or the delegated minister</source>
        <translation>Personal Information Protection Commission (PPC), or the delegated minister</translation>
    </message>
    <message>
        <source>Rule / filing</source>
        <translation>Rule / filing</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>promptly</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (data set %2)</source>
        <translation>%1 (data set %2)</translation>
    </message>
    <message>
        <source>unknown cause</source>
        <translation>unknown cause</translation>
    </message>
    <message>
        <source>unauthorised access</source>
        <translation>unauthorised access</translation>
    </message>
    <message>
        <source>ransomware</source>
        <translation>ransomware</translation>
    </message>
    <message>
        <source>misdelivery</source>
        <translation>misdelivery</translation>
    </message>
    <message>
        <source>loss or theft</source>
        <translation>loss or theft</translation>
    </message>
    <message>
        <source>act by an insider</source>
        <translation>act by an insider</translation>
    </message>
    <message>
        <source>other cause</source>
        <translation>other cause</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>applies</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <source>needs judgement</source>
        <translation>needs judgement</translation>
    </message>
    <message>
        <source>cannot decide</source>
        <translation>cannot decide</translation>
    </message>
    <message>
        <source>leak (漏えい)</source>
        <translation>leak (漏えい)</translation>
    </message>
    <message>
        <source>loss (滅失)</source>
        <translation>loss (滅失)</translation>
    </message>
    <message>
        <source>damage (毀損)</source>
        <translation>damage (毀損)</translation>
    </message>
    <message>
        <source>Assess the four triggers of 規則7条 (APPI breach reporting).</source>
        <translation>Assess the four triggers of 規則7条 (APPI breach reporting).</translation>
    </message>
    <message>
        <source>No PPC report and no notice to individuals from us for the data sets whose consignor was notified.</source>
        <translation>No PPC report and no notice to individuals from us for the data sets whose consignor was notified.</translation>
    </message>
    <message>
        <source>an unnamed consignor</source>
        <translation>an unnamed consignor</translation>
    </message>
    <message>
        <source>%1 is held for %2, notified under 規則9条 on %3: excluded from our PPC report and notices to individuals.</source>
        <translation>%1 is held for %2, notified under 規則9条 on %3: excluded from our PPC report and notices to individuals.</translation>
    </message>
    <message>
        <source>%1 is held for %2; no 規則9条 notice to the consignor is recorded yet.</source>
        <translation>%1 is held for %2; no 規則9条 notice to the consignor is recorded yet.</translation>
    </message>
    <message>
        <source>No data set is held for a consignor client.</source>
        <translation>No data set is held for a consignor client.</translation>
    </message>
    <message>
        <source>File a preliminary report (速報) and a final report (確報) with the PPC, and notify the individuals.</source>
        <translation>File a preliminary report (速報) and a final report (確報) with the PPC, and notify the individuals.</translation>
    </message>
    <message>
        <source>The APPI assessment does not apply (JP-1).</source>
        <translation>The APPI assessment does not apply (JP-1).</translation>
    </message>
    <message>
        <source>Every data set is held for a consignor that received the 規則9条 notice (JP-P).</source>
        <translation>Every data set is held for a consignor that received the 規則9条 notice (JP-P).</translation>
    </message>
    <message>
        <source>The kind of event is not recorded yet (JP-1).</source>
        <translation>The kind of event is not recorded yet (JP-1).</translation>
    </message>
    <message>
        <source>Triggers that apply: %1.</source>
        <translation>Triggers that apply: %1.</translation>
    </message>
    <message>
        <source>Triggers that need your judgement: %1.</source>
        <translation>Triggers that need your judgement: %1.</translation>
    </message>
    <message>
        <source>Triggers that lack facts: %1.</source>
        <translation>Triggers that lack facts: %1.</translation>
    </message>
    <message>
        <source>None of the four triggers of 規則7条 applies.</source>
        <translation>None of the four triggers of 規則7条 applies.</translation>
    </message>
    <message>
        <source>A substitute (public notice and an inquiry desk) may replace the notice to individuals; record why.</source>
        <translation>A substitute (public notice and an inquiry desk) may replace the notice to individuals; record why.</translation>
    </message>
    <message>
        <source>The individuals can be reached: notify them directly.</source>
        <translation>The individuals can be reached: notify them directly.</translation>
    </message>
    <message>
        <source>No PPC report is required (JP-R).</source>
        <translation>No PPC report is required (JP-R).</translation>
    </message>
    <message>
        <source>decided by the officer</source>
        <translation>decided by the officer</translation>
    </message>
    <message>
        <source>an act that may have had an unlawful purpose</source>
        <translation>an act that may have had an unlawful purpose</translation>
    </message>
    <message>
        <source>File the preliminary report (速報) promptly, about 3–5 days after learning of the breach.</source>
        <translation>File the preliminary report (速報) promptly, about 3–5 days after learning of the breach.</translation>
    </message>
    <message>
        <source>Target %1 – %2: days 3 to 5, counting 知った日 %3 as day 1 (GL 3-5-3-3); no roll-forward.</source>
        <translation>Target %1 – %2: days 3 to 5, counting 知った日 %3 as day 1 (GL 3-5-3-3); no roll-forward.</translation>
    </message>
    <message>
        <source>File the final report (確報) within 30 days (60 under trigger 3).</source>
        <translation>File the final report (確報) within 30 days (60 under trigger 3).</translation>
    </message>
    <message>
        <source>60 days because trigger 3 applies: %1.</source>
        <translation>60 days because trigger 3 applies: %1.</translation>
    </message>
    <message>
        <source>30 days: trigger 3 is still open (60 days if it applies).</source>
        <translation>30 days: trigger 3 is still open (60 days if it applies).</translation>
    </message>
    <message>
        <source>30 days: trigger 3 does not apply.</source>
        <translation>30 days: trigger 3 does not apply.</translation>
    </message>
    <message>
        <source>Day %1, counting 知った日 %2 as day 1, is %3.</source>
        <translation>Day %1, counting 知った日 %2 as day 1, is %3.</translation>
    </message>
    <message>
        <source>%1 is a closed day (%2): the deadline moves to the next working day, %3.</source>
        <translation>%1 is a closed day (%2): the deadline moves to the next working day, %3.</translation>
    </message>
    <message>
        <source>The GDPR is not recorded as applying (no EU establishment, no Art. 3(2) targeting or monitoring).</source>
        <translation>The GDPR is not recorded as applying (no EU establishment, no Art. 3(2) targeting or monitoring).</translation>
    </message>
    <message>
        <source>Notify the supervisory authority within 72 hours of awareness; give reasons if later.</source>
        <translation>Notify the supervisory authority within 72 hours of awareness; give reasons if later.</translation>
    </message>
    <message>
        <source>Assessed as unlikely to result in a risk: no notification; document the breach (Art. 33(5)).</source>
        <translation>Assessed as unlikely to result in a risk: no notification; document the breach (Art. 33(5)).</translation>
    </message>
    <message>
        <source>Assessed as a risk to the rights and freedoms of the people.</source>
        <translation>Assessed as a risk to the rights and freedoms of the people.</translation>
    </message>
    <message>
        <source>Assess the risk: notification is required unless the breach is unlikely to result in a risk.</source>
        <translation>Assess the risk: notification is required unless the breach is unlikely to result in a risk.</translation>
    </message>
    <message>
        <source>Tell the people concerned without undue delay, in clear and plain language.</source>
        <translation>Tell the people concerned without undue delay, in clear and plain language.</translation>
    </message>
    <message>
        <source>Assess whether the breach is likely to result in a high risk.</source>
        <translation>Assess whether the breach is likely to result in a high risk.</translation>
    </message>
    <message>
        <source>Not assessed as a high risk.</source>
        <translation>Not assessed as a high risk.</translation>
    </message>
    <message>
        <source>High risk, but the data is encrypted and the key is safe: Art. 34(3)(a) exempts the communication.</source>
        <translation>High risk, but the data is encrypted and the key is safe: Art. 34(3)(a) exempts the communication.</translation>
    </message>
    <message>
        <source>Assessed as a high risk and the data is not protected by encryption.</source>
        <translation>Assessed as a high risk and the data is not protected by encryption.</translation>
    </message>
    <message>
        <source>Not needed if later measures removed the high risk (Art. 34(3)(b)); if individual contact takes disproportionate effort, communicate publicly (Art. 34(3)(c)).</source>
        <translation>Not needed if later measures removed the high risk (Art. 34(3)(b)); if individual contact takes disproportionate effort, communicate publicly (Art. 34(3)(c)).</translation>
    </message>
    <message>
        <source>Notify every supervisory authority where affected people live.</source>
        <translation>Notify every supervisory authority where affected people live.</translation>
    </message>
    <message>
        <source>Record whether the organisation has an establishment in the EU or only an Art. 27 representative (decide EU-3: yes = no EU establishment).</source>
        <translation>Record whether the organisation has an establishment in the EU or only an Art. 27 representative (decide EU-3: yes = no EU establishment).</translation>
    </message>
    <message>
        <source>Report the accident to the Privacy Mark review body: a final report within 30 days (60 under an unlawful purpose), and a preliminary report within about 3–5 days for the APPI-type categories.</source>
        <translation>Report the accident to the Privacy Mark review body: a final report within 30 days (60 under an unlawful purpose), and a preliminary report within about 3–5 days for the APPI-type categories.</translation>
    </message>
    <message>
        <source>The organisation does not hold the Privacy Mark.</source>
        <translation>The organisation does not hold the Privacy Mark.</translation>
    </message>
    <message>
        <source>The organisation holds the Privacy Mark (review body: %1): every incident is reported, encrypted devices included.</source>
        <translation>The organisation holds the Privacy Mark (review body: %1): every incident is reported, encrypted devices included.</translation>
    </message>
    <message>
        <source>APPI-type categories that apply: %1; a preliminary report is expected.</source>
        <translation>APPI-type categories that apply: %1; a preliminary report is expected.</translation>
    </message>
    <message>
        <source>APPI-type categories still open: %1.</source>
        <translation>APPI-type categories still open: %1.</translation>
    </message>
    <message>
        <source>No APPI-type category applies: a final report only.</source>
        <translation>No APPI-type category applies: a final report only.</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>the officer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Decided by %1: %2 (%3).</source>
        <translation>Decided by %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The decision recorded by %1 is not used: the facts now decide this rule.</source>
        <translation>The decision recorded by %1 is not used: the facts now decide this rule.</translation>
    </message>
    <message>
        <source>Trigger 3: report to the PPC and notify the individuals; the final report is due within 60 days.</source>
        <translation>Trigger 3: report to the PPC and notify the individuals; the final report is due within 60 days.</translation>
    </message>
    <message>
        <source>The cause, %1, is an act that may have had an unlawful purpose.</source>
        <translation>The cause, %1, is an act that may have had an unlawful purpose.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>Recorded as an act that may have had an unlawful purpose: %1.</source>
        <translation>Recorded as an act that may have had an unlawful purpose: %1.</translation>
    </message>
    <message>
        <source>Loss or theft: decide whether the data may have been stolen; theft is an act with an unlawful purpose.</source>
        <translation>Loss or theft: decide whether the data may have been stolen; theft is an act with an unlawful purpose.</translation>
    </message>
    <message>
        <source>Record the cause: whether the act may have had an unlawful purpose decides trigger 3.</source>
        <translation>Record the cause: whether the act may have had an unlawful purpose decides trigger 3.</translation>
    </message>
    <message>
        <source>The cause, %1, is not recorded as an act that may have had an unlawful purpose.</source>
        <translation>The cause, %1, is not recorded as an act that may have had an unlawful purpose.</translation>
    </message>
    <message>
        <source>Trigger 4: report to the PPC and notify the individuals.</source>
        <translation>Trigger 4: report to the PPC and notify the individuals.</translation>
    </message>
    <message>
        <source>Fill in the number of people for %1.</source>
        <translation>Fill in the number of people for %1.</translation>
    </message>
    <message>
        <source>%1: %2 people.</source>
        <translation>%1: %2 people.</translation>
    </message>
    <message>
        <source>People in the data sets that count (upper bound): %1, more than 1,000.</source>
        <translation>People in the data sets that count (upper bound): %1, more than 1,000.</translation>
    </message>
    <message>
        <source>People known so far: %1; trigger 4 needs more than 1,000.</source>
        <translation>People known so far: %1; trigger 4 needs more than 1,000.</translation>
    </message>
    <message>
        <source>People in the data sets that count (upper bound): %1, not more than 1,000.</source>
        <translation>People in the data sets that count (upper bound): %1, not more than 1,000.</translation>
    </message>
    <message>
        <source>Record the data sets affected: people group, items and number of people.</source>
        <translation>Record the data sets affected: people group, items and number of people.</translation>
    </message>
    <message>
        <source>Every data set is held for a consignor that received the 規則9条 notice: none counts for our own report (JP-P).</source>
        <translation>Every data set is held for a consignor that received the 規則9条 notice: none counts for our own report (JP-P).</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>Notice to the consignor</source>
        <translation>Notice to the consignor</translation>
    </message>
    <message>
        <source>Notice to individuals (本人通知)</source>
        <translation>Notice to individuals (本人通知)</translation>
    </message>
    <message>
        <source>GDPR Art. 33 notification</source>
        <translation>GDPR Art. 33 notification</translation>
    </message>
    <message>
        <source>GDPR Art. 34 communication</source>
        <translation>GDPR Art. 34 communication</translation>
    </message>
    <message>
        <source>APPI assessment applies (漏えい等)</source>
        <translation>APPI assessment applies (漏えい等)</translation>
    </message>
    <message>
        <source>Trigger 1: sensitive data (要配慮)</source>
        <translation>Trigger 1: sensitive data (要配慮)</translation>
    </message>
    <message>
        <source>Trigger 2: risk of financial loss</source>
        <translation>Trigger 2: risk of financial loss</translation>
    </message>
    <message>
        <source>Trigger 3: possibly unlawful purpose</source>
        <translation>Trigger 3: possibly unlawful purpose</translation>
    </message>
    <message>
        <source>Trigger 4: more than 1,000 people</source>
        <translation>Trigger 4: more than 1,000 people</translation>
    </message>
    <message>
        <source>Processor that notified its consignor</source>
        <translation>Processor that notified its consignor</translation>
    </message>
    <message>
        <source>Report to the PPC and notify individuals</source>
        <translation>Report to the PPC and notify individuals</translation>
    </message>
    <message>
        <source>Preliminary report (速報) window</source>
        <translation>Preliminary report (速報) window</translation>
    </message>
    <message>
        <source>Final report (確報) deadline</source>
        <translation>Final report (確報) deadline</translation>
    </message>
    <message>
        <source>Substitute for notifying individuals</source>
        <translation>Substitute for notifying individuals</translation>
    </message>
    <message>
        <source>Privacy Mark accident report</source>
        <translation>Privacy Mark accident report</translation>
    </message>
    <message>
        <source>GDPR Art. 33: notify the supervisory authority</source>
        <translation>GDPR Art. 33: notify the supervisory authority</translation>
    </message>
    <message>
        <source>GDPR Art. 34: communicate to data subjects</source>
        <translation>GDPR Art. 34: communicate to data subjects</translation>
    </message>
    <message>
        <source>GDPR: no EU establishment, notify every SA</source>
        <translation>GDPR: no EU establishment, notify every SA</translation>
    </message>
    <message>
        <source>PPC report, preliminary (速報)</source>
        <translation>PPC report, preliminary (速報)</translation>
    </message>
    <message>
        <source>PPC report, final (確報)</source>
        <translation>PPC report, final (確報)</translation>
    </message>
    <message>
        <source>PPC report, follow-up (続報)</source>
        <translation>PPC report, follow-up (続報)</translation>
    </message>
    <message>
        <source>Privacy Mark report, preliminary</source>
        <translation>Privacy Mark report, preliminary</translation>
    </message>
    <message>
        <source>Privacy Mark report, final</source>
        <translation>Privacy Mark report, final</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>%1 happened</source>
        <translation>%1 happened</translation>
    </message>
    <message>
        <source>%1 may have happened</source>
        <translation>%1 may have happened</translation>
    </message>
    <message>
        <source>Record what happened: a leak (漏えい), loss (滅失) or damage (毀損) that happened or may have happened.</source>
        <translation>Record what happened: a leak (漏えい), loss (滅失) or damage (毀損) that happened or may have happened.</translation>
    </message>
    <message>
        <source>Event: %1.</source>
        <translation>Event: %1.</translation>
    </message>
    <message>
        <source>%1 is protected by advanced encryption and the key is not known to have leaked: it does not count for the APPI.</source>
        <translation>%1 is protected by advanced encryption and the key is not known to have leaked: it does not count for the APPI.</translation>
    </message>
    <message>
        <source>%1 was encrypted but the key may have leaked: the encryption exclusion is lost.</source>
        <translation>%1 was encrypted but the key may have leaked: the encryption exclusion is lost.</translation>
    </message>
    <message>
        <source>Every data set is protected by advanced encryption and no key is known to have leaked: no APPI report is required.</source>
        <translation>Every data set is protected by advanced encryption and no key is known to have leaked: no APPI report is required.</translation>
    </message>
    <message>
        <source>%1: contact details are missing or stale; record why these individuals cannot be reached.</source>
        <translation>%1: contact details are missing or stale; record why these individuals cannot be reached.</translation>
    </message>
    <message>
        <source>%1: contact details are missing or stale: %2.</source>
        <translation>%1: contact details are missing or stale: %2.</translation>
    </message>
    <message>
        <source>%1 is protected by advanced encryption and the key is not known to have leaked: excluded from all four triggers (規則7条1号).</source>
        <translation>%1 is protected by advanced encryption and the key is not known to have leaked: excluded from all four triggers (規則7条1号).</translation>
    </message>
    <message>
        <source>Encrypted hand-over</source>
        <translation>Encrypted hand-over</translation>
    </message>
    <message>
        <source>Public notice, published outside BreachDesk</source>
        <translation>Public notice, published outside BreachDesk</translation>
    </message>
</context>
<context>
    <name>bd::ObligationsCommand</name>
    <message>
        <source>Print an incident's triggers, their reasons and the filings due, with their deadlines.</source>
        <translation>Print an incident's triggers, their reasons and the filings due, with their deadlines.</translation>
    </message>
    <message>
        <source>The code of an incident in the workspace.</source>
        <translation>The code of an incident in the workspace.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>Evaluate as at this moment (ISO 8601, e.g. 2024-08-30T12:00:00+09:00) instead of now.</source>
        <translation>Evaluate as at this moment (ISO 8601, e.g. 2024-08-30T12:00:00+09:00) instead of now.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>An incident JSON file (as written by export-incident) instead of --incident.</source>
        <translation>An incident JSON file (as written by export-incident) instead of --incident.</translation>
    </message>
    <message>
        <source>Usage: breachdesk obligations --incident CODE [--json] [--now ISO]</source>
        <translation>Usage: breachdesk obligations --incident CODE [--json] [--now ISO]</translation>
    </message>
    <message>
        <source>       breachdesk obligations FILE.json [--json] [--now ISO]</source>
        <translation>       breachdesk obligations FILE.json [--json] [--now ISO]</translation>
    </message>
    <message>
        <source>--now: "%1" is not an ISO 8601 date or date and time.</source>
        <translation>--now: "%1" is not an ISO 8601 date or date and time.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid incident file:</source>
        <translation>%1 is not a valid incident file:</translation>
    </message>
    <message>
        <source>%1 — obligations as at %2</source>
        <translation>%1 — obligations as at %2</translation>
    </message>
</context>
<context>
    <name>bd::ObligationsPage</name>
    <message>
        <source>Rules: does the breach have to be reported, and why</source>
        <translation>Rules: does the breach have to be reported, and why</translation>
    </message>
    <message>
        <source>Filings and notices: to whom, by when</source>
        <translation>Filings and notices: to whom, by when</translation>
    </message>
    <message>
        <source>Decisions and overrides could not be read: %1</source>
        <translation>Decisions and overrides could not be read: %1</translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation>Change decision…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Record whether %1 applies, and why</source>
        <translation>Record whether %1 applies, and why</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Replace the due date, or whether it is required, with a reason</source>
        <translation>Replace the due date, or whether it is required, with a reason</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the override: the computed value applies again</source>
        <translation>Withdraw the override: the computed value applies again</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>No incident is open.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report to the PPC and notify the individuals&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;Report to the PPC and notify the individuals&lt;/b&gt; (as at %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whether a report to the PPC is required is not settled yet&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;Whether a report to the PPC is required is not settled yet&lt;/b&gt; (as at %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No report to the PPC is required&lt;/b&gt; (as at %1).</source>
        <translation>&lt;b&gt;No report to the PPC is required&lt;/b&gt; (as at %1).</translation>
    </message>
    <message>
        <source>Rules that need your decision or a missing fact: %1.</source>
        <translation>Rules that need your decision or a missing fact: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#a05000'&gt;%n due within 48 hours.&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style='color:#a05000'&gt;%n due within 48 hours.&lt;/span&gt;</numerusform><numerusform>&lt;span style='color:#a05000'&gt;%n due within 48 hours.&lt;/span&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b00020'&gt;%n overdue.&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style='color:#b00020'&gt;%n overdue.&lt;/span&gt;</numerusform><numerusform>&lt;span style='color:#b00020'&gt;%n overdue.&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Decision not saved</translation>
    </message>
    <message>
        <source>Override not saved</source>
        <translation>Override not saved</translation>
    </message>
    <message>
        <source>Withdraw Override</source>
        <translation>Withdraw Override</translation>
    </message>
    <message>
        <source>Why is the override of "%1" withdrawn? (The computed value applies again.)</source>
        <translation>Why is the override of "%1" withdrawn? (The computed value applies again.)</translation>
    </message>
    <message>
        <source>The override stays: a reason is needed.</source>
        <translation>The override stays: a reason is needed.</translation>
    </message>
    <message>
        <source>Override not withdrawn</source>
        <translation>Override not withdrawn</translation>
    </message>
    <message>
        <source>&amp;Override outcome…</source>
        <translation>&amp;Override outcome…</translation>
    </message>
    <message>
        <source>&amp;Withdraw override…</source>
        <translation>&amp;Withdraw override…</translation>
    </message>
    <message>
        <source>Override outcome…</source>
        <translation>Override outcome…</translation>
    </message>
    <message>
        <source>Withdraw override…</source>
        <translation>Withdraw override…</translation>
    </message>
    <message>
        <source>Replace the selected rule's computed outcome, with a reason</source>
        <translation>Replace the selected rule's computed outcome, with a reason</translation>
    </message>
    <message>
        <source>Withdraw the override: the computed outcome applies again</source>
        <translation>Withdraw the override: the computed outcome applies again</translation>
    </message>
    <message>
        <source>Change &amp;override…</source>
        <translation>Change &amp;override…</translation>
    </message>
    <message>
        <source>Change override…</source>
        <translation>Change override…</translation>
    </message>
    <message>
        <source>Select a rule to see its details or to override its outcome.</source>
        <translation>Select a rule to see its details or to override its outcome.</translation>
    </message>
    <message>
        <source>Rules whose outcome you overrode: %1.</source>
        <translation>Rules whose outcome you overrode: %1.</translation>
    </message>
    <message>
        <source>Why is the override of %1 (%2) withdrawn? (The computed outcome applies again.)</source>
        <translation>Why is the override of %1 (%2) withdrawn? (The computed outcome applies again.)</translation>
    </message>
</context>
<context>
    <name>bd::OdtWriter</name>
    <message>
        <source>Could not convert the letter to OpenDocument.</source>
        <translation>Could not convert the letter to OpenDocument.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>bd::OpenPgpEncryptor</name>
    <message>
        <source>GPGME could not be initialised.</source>
        <translation>GPGME could not be initialised.</translation>
    </message>
    <message>
        <source>The gpg program (GnuPG 2) cannot be run: %1. Install the gnupg package.</source>
        <translation>The gpg program (GnuPG 2) cannot be run: %1. Install the gnupg package.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is revoked.</source>
        <translation>The OpenPGP key %1 is revoked.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 expired on %2.</source>
        <translation>The OpenPGP key %1 expired on %2.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is disabled in the keyring.</source>
        <translation>The OpenPGP key %1 is disabled in the keyring.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 is not valid.</source>
        <translation>The OpenPGP key %1 is not valid.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 cannot encrypt: its encryption subkey expired on %2.</source>
        <translation>The OpenPGP key %1 cannot encrypt: its encryption subkey expired on %2.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 has no usable subkey for encryption.</source>
        <translation>The OpenPGP key %1 has no usable subkey for encryption.</translation>
    </message>
    <message>
        <source>The OpenPGP keyring could not be read: %1</source>
        <translation>The OpenPGP keyring could not be read: %1</translation>
    </message>
    <message>
        <source>GPGME could not be started: %1</source>
        <translation>GPGME could not be started: %1</translation>
    </message>
    <message>
        <source>No OpenPGP key in the keyring (GNUPGHOME, else ~/.gnupg) matches %1.</source>
        <translation>No OpenPGP key in the keyring (GNUPGHOME, else ~/.gnupg) matches %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n OpenPGP keys; give the full fingerprint of the one to use:</source>
        <translation><numerusform>%1 matches %n OpenPGP keys; give the full fingerprint of the one to use:</numerusform><numerusform>%1 matches %n OpenPGP keys; give the full fingerprint of the one to use:</numerusform></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The key file %1 is too large to be an OpenPGP public key.</source>
        <translation>The key file %1 is too large to be an OpenPGP public key.</translation>
    </message>
    <message>
        <source>No temporary keyring could be made for %1: %2</source>
        <translation>No temporary keyring could be made for %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no OpenPGP key: %2</source>
        <translation>The key file %1 holds no OpenPGP key: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no OpenPGP key.</source>
        <translation>The key file %1 holds no OpenPGP key.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>The key file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a key: give a fingerprint, a key id, an e-mail address or a key file.</source>
        <translation>%1 is not a key: give a fingerprint, a key id, an e-mail address or a key file.</translation>
    </message>
    <message>
        <source>No OpenPGP key was chosen.</source>
        <translation>No OpenPGP key was chosen.</translation>
    </message>
    <message>
        <source>Encryption failed: %1</source>
        <translation>Encryption failed: %1</translation>
    </message>
    <message>
        <source>The encrypted file could not be written.</source>
        <translation>The encrypted file could not be written.</translation>
    </message>
    <message>
        <source>Encryption for %1 failed: %2</source>
        <translation>Encryption for %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>bd::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Clear to record the date as unknown</source>
        <translation>Clear to record the date as unknown</translation>
    </message>
</context>
<context>
    <name>bd::OutputFile</name>
    <message>
        <source>%1 is the open workspace or one of its files (%2): writing there would destroy the record. Choose another file.</source>
        <translation>%1 is the open workspace or one of its files (%2): writing there would destroy the record. Choose another file.</translation>
    </message>
    <message>
        <source>%1 can only be opened for writing.</source>
        <translation>%1 can only be opened for writing.</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Standard output cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: its folder does not exist.</source>
        <translation>Could not write %1: its folder does not exist.</translation>
    </message>
</context>
<context>
    <name>bd::OverrideDialog</name>
    <message>
        <source>Due &amp;on</source>
        <translation>Due &amp;on</translation>
    </message>
    <message>
        <source>Due &amp;at</source>
        <translation>Due &amp;at</translation>
    </message>
    <message>
        <source>&amp;Not required</source>
        <translation>&amp;Not required</translation>
    </message>
    <message>
        <source>Re&amp;quired after all</source>
        <translation>Re&amp;quired after all</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Override: %1</translation>
    </message>
    <message>
        <source>Computed: due %1. %2</source>
        <translation>Computed: due %1. %2</translation>
    </message>
    <message>
        <source>Overridden now: %1</source>
        <translation>Overridden now: %1</translation>
    </message>
    <message>
        <source>Replace it with</source>
        <translation>Replace it with</translation>
    </message>
    <message>
        <source>&amp;Reason (required; kept in the history with your name and the time):</source>
        <translation>&amp;Reason (required; kept in the history with your name and the time):</translation>
    </message>
</context>
<context>
    <name>bd::OverviewPage</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Reporting organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Representative</source>
        <translation>&amp;Representative</translation>
    </message>
    <message>
        <source>Contact desk</source>
        <translation>Contact desk</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>Desk &amp;name</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Code:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; %1 — day %2</source>
        <translation>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; %1 — day %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; not recorded yet — every deadline counts from it</source>
        <translation>&lt;b&gt;Learned of it (知った日):&lt;/b&gt; not recorded yet — every deadline counts from it</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;People affected:&lt;/b&gt; %1 in %n data set(s)</source>
        <translation><numerusform>&lt;b&gt;People affected:&lt;/b&gt; %1 in %n data set</numerusform><numerusform>&lt;b&gt;People affected:&lt;/b&gt; %1 in %n data sets</numerusform></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>unknown (a count is missing)</source>
        <translation>unknown (a count is missing)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sensitive data (要配慮):&lt;/b&gt; %n item(s) across the data sets</source>
        <translation><numerusform>&lt;b&gt;Sensitive data (要配慮):&lt;/b&gt; %n item across the data sets</numerusform><numerusform>&lt;b&gt;Sensitive data (要配慮):&lt;/b&gt; %n items across the data sets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Timeline:&lt;/b&gt; %n event(s)</source>
        <translation><numerusform>&lt;b&gt;Timeline:&lt;/b&gt; %n event</numerusform><numerusform>&lt;b&gt;Timeline:&lt;/b&gt; %n events</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal data redacted:&lt;/b&gt; %1 by %2 (signing key %3)</source>
        <translation>&lt;b&gt;Personal data redacted:&lt;/b&gt; %1 by %2 (signing key %3)</translation>
    </message>
</context>
<context>
    <name>bd::Pages</name>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>bd::PdfPreview</name>
    <message>
        <source>◀ Page</source>
        <translation>◀ Page</translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation>Page ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
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
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>There is no letter to render.</source>
        <translation>There is no letter to render.</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Could not write the PDF: %1</translation>
    </message>
</context>
<context>
    <name>bd::PlaceholderPalette</name>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>Required: output is refused while it is empty.</source>
        <translation>Required: output is refused while it is empty.</translation>
    </message>
</context>
<context>
    <name>bd::PublicKey</name>
    <message>
        <source>it is too large to be a public key file</source>
        <translation>it is too large to be a public key file</translation>
    </message>
    <message>
        <source>it is not a BreachDesk public key file</source>
        <translation>it is not a BreachDesk public key file</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>it has a version or algorithm this program does not know</translation>
    </message>
    <message>
        <source>its public key is not 32 bytes of base64</source>
        <translation>its public key is not 32 bytes of base64</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key</source>
        <translation>its fingerprint does not belong to its public key</translation>
    </message>
</context>
<context>
    <name>bd::PublishedEditionRepository</name>
    <message>
        <source>An edition of the public notice is numbered from 1 to 999 (第N報).</source>
        <translation>An edition of the public notice is numbered from 1 to 999 (第N報).</translation>
    </message>
    <message>
        <source>Say in which language or languages the edition was published.</source>
        <translation>Say in which language or languages the edition was published.</translation>
    </message>
    <message>
        <source>An edition needs the date it was published.</source>
        <translation>An edition needs the date it was published.</translation>
    </message>
    <message>
        <source>The address (URL)</source>
        <translation>The address (URL)</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Edition %1 of the public notice in %2 is already recorded (published %3).</source>
        <translation>Edition %1 of the public notice in %2 is already recorded (published %3).</translation>
    </message>
    <message>
        <source>Edition %1 of the public notice in %2 was issued in BreachDesk (dated %3).</source>
        <translation>Edition %1 of the public notice in %2 was issued in BreachDesk (dated %3).</translation>
    </message>
</context>
<context>
    <name>bd::ReadersDialog</name>
    <message>
        <source>Client Names and Confidential Text</source>
        <translation>Client Names and Confidential Text</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consignor clients.&lt;/b&gt; Every name a document could use for a client: only that client's own notice and the regulator's reports may contain it. Separate abbreviations with commas.</source>
        <translation>&lt;b&gt;Consignor clients.&lt;/b&gt; Every name a document could use for a client: only that client's own notice and the regulator's reports may contain it. Separate abbreviations with commas.</translation>
    </message>
    <message>
        <source>Name in the data sets</source>
        <translation>Name in the data sets</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Abbreviations</translation>
    </message>
    <message>
        <source>No data set of this incident is held for a consignor client.</source>
        <translation>No data set of this incident is held for a consignor client.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential text.&lt;/b&gt; A police reference, a host name, a ransom note's identifier: only documents for the reader chosen may contain it.</source>
        <translation>&lt;b&gt;Confidential text.&lt;/b&gt; A police reference, a host name, a ransom note's identifier: only documents for the reader chosen may contain it.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Only for</translation>
    </message>
    <message>
        <source>&amp;Add Text</source>
        <translation>&amp;Add Text</translation>
    </message>
    <message>
        <source>&amp;Remove Text</source>
        <translation>&amp;Remove Text</translation>
    </message>
</context>
<context>
    <name>bd::RecipientImport</name>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
</context>
<context>
    <name>bd::RecipientService</name>
    <message>
        <source>Change the settings of a recipient group</source>
        <translation>Change the settings of a recipient group</translation>
    </message>
    <message>
        <source>Edit a recipient</source>
        <translation>Edit a recipient</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n recipient(s)</source>
        <translation><numerusform>Exclude %n recipient</numerusform><numerusform>Exclude %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Include %n recipient(s)</source>
        <translation><numerusform>Include %n recipient</numerusform><numerusform>Include %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recipient(s)</source>
        <translation><numerusform>Delete %n recipient</numerusform><numerusform>Delete %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n recipient(s) from %1</source>
        <translation><numerusform>Import %n recipient from %1</numerusform><numerusform>Import %n recipients from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n recipient(s) as not a duplicate</source>
        <translation><numerusform>Mark %n recipient as not a duplicate</numerusform><numerusform>Mark %n recipients as not a duplicate</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::RecipientTableModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Source (file, row)</source>
        <translation>Source (file, row)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Custom field “%1”</translation>
    </message>
    <message>
        <source>Same e-mail as a recipient no longer in the list</source>
        <translation>Same e-mail as a recipient no longer in the list</translation>
    </message>
    <message>
        <source>Same name and address as a recipient no longer in the list</source>
        <translation>Same name and address as a recipient no longer in the list</translation>
    </message>
    <message>
        <source>Same e-mail as %1</source>
        <translation>Same e-mail as %1</translation>
    </message>
    <message>
        <source>Same name and address as %1</source>
        <translation>Same name and address as %1</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>a recipient added by hand</source>
        <translation>a recipient added by hand</translation>
    </message>
</context>
<context>
    <name>bd::Recipients</name>
    <message>
        <source>No column is mapped to the name or the organisation.</source>
        <translation>No column is mapped to the name or the organisation.</translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation>No column is mapped to the name.</translation>
    </message>
    <message>
        <source>Several columns are mapped to the field "%1".</source>
        <translation>Several columns are mapped to the field "%1".</translation>
    </message>
    <message>
        <source>Column %1 is mapped to an unknown field.</source>
        <translation>Column %1 is mapped to an unknown field.</translation>
    </message>
    <message>
        <source>"%1" is not of the form field=column.</source>
        <translation>"%1" is not of the form field=column.</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>Unknown field "%1".</translation>
    </message>
    <message>
        <source>The file has no column "%1".</source>
        <translation>The file has no column "%1".</translation>
    </message>
    <message>
        <source>No column given for "%1".</source>
        <translation>No column given for "%1".</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not available.</source>
        <translation>The text encoding %1 is not available.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The record starting on this row is longer than %1 characters (probably a quote that is never closed); reading stopped here.</source>
        <translation>The record starting on this row is longer than %1 characters (probably a quote that is never closed); reading stopped here.</translation>
    </message>
    <message>
        <source>More than %1 columns; the rest are ignored.</source>
        <translation>More than %1 columns; the rest are ignored.</translation>
    </message>
    <message>
        <source>A quote (") inside a field that does not start with one.</source>
        <translation>A quote (") inside a field that does not start with one.</translation>
    </message>
    <message>
        <source>A quoted field starting on row %1 is not closed before the end of the file.</source>
        <translation>A quoted field starting on row %1 is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field.</source>
        <translation>Text after the closing quote of a field.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Reading stopped early: %1</translation>
    </message>
    <message>
        <source>The header has characters that could not be read: check the file's encoding.</source>
        <translation>The header has characters that could not be read: check the file's encoding.</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2.</source>
        <translation>The row has %1 columns but the header has %2.</translation>
    </message>
    <message>
        <source>The row has %1 columns but the header has %2; the missing ones are read as empty.</source>
        <translation>The row has %1 columns but the header has %2; the missing ones are read as empty.</translation>
    </message>
    <message>
        <source>Characters that could not be read in the chosen encoding.</source>
        <translation>Characters that could not be read in the chosen encoding.</translation>
    </message>
    <message>
        <source>Neither a name nor an organisation.</source>
        <translation>Neither a name nor an organisation.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>The e-mail address is missing.</translation>
    </message>
    <message>
        <source>The postal address is missing.</source>
        <translation>The postal address is missing.</translation>
    </message>
    <message>
        <source>The language is neither Japanese nor English; the group's default is used.</source>
        <translation>The language is neither Japanese nor English; the group's default is used.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>U+%1 (%2)</source>
        <translation>U+%1 (%2)</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>The workbook has no part %1.</translation>
    </message>
    <message>
        <source>The workbook part %1 could not be read.</source>
        <translation>The workbook part %1 could not be read.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
        <source>The cell refers to a missing shared string.</source>
        <translation>The cell refers to a missing shared string.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (not a zip).</source>
        <translation>The file is not an .xlsx workbook (not a zip).</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>The workbook has no sheet number %1.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>The workbook has no sheet named %1.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>The workbook could not be written: %1</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>cannot create the file</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>cannot finish the file</translation>
    </message>
    <message>
        <source>reading the list failed</source>
        <translation>reading the list failed</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation><numerusform>%Ln accepted</numerusform><numerusform>%Ln accepted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation><numerusform>%Ln with problems</numerusform><numerusform>%Ln with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln identical row(s) imported once</source>
        <translation><numerusform>%Ln identical row imported once</numerusform><numerusform>%Ln identical rows imported once</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s) marked</source>
        <translation><numerusform>%Ln possible duplicate marked</numerusform><numerusform>%Ln possible duplicates marked</numerusform></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <comment>import summary: rows, accepted, with problems, identical rows, possible duplicates</comment>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message>
        <source>A broken character (half of a UTF-16 surrogate pair): the file is damaged in this cell.</source>
        <translation>A broken character (half of a UTF-16 surrogate pair): the file is damaged in this cell.</translation>
    </message>
    <message>
        <source>The cell contains a NUL character: the file is damaged here, or it is not a text file.</source>
        <translation>The cell contains a NUL character: the file is damaged here, or it is not a text file.</translation>
    </message>
    <message>
        <source>The cell contains invisible characters that change the direction of text, so it may display as something else. The text is kept; check it.</source>
        <translation>The cell contains invisible characters that change the direction of text, so it may display as something else. The text is kept; check it.</translation>
    </message>
    <message numerus="yes">
        <source>%n CJK radical character(s) that look like kanji were replaced by the kanji (for example ⽥ U+2F65 by 田).</source>
        <translation><numerusform>%n CJK radical character that look like kanji was replaced by the kanji (for example ⽥ U+2F65 by 田).</numerusform><numerusform>%n CJK radical characters that look like kanji were replaced by the kanji (for example ⽥ U+2F65 by 田).</numerusform></translation>
    </message>
    <message>
        <source>The cell contains CJK radical characters that stand for no kanji; check the text.</source>
        <translation>The cell contains CJK radical characters that stand for no kanji; check the text.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid; the row is imported for letters by post.</source>
        <translation>The e-mail address is not valid; the row is imported for letters by post.</translation>
    </message>
    <message>
        <source>%1 has a cell text longer than %2 characters (Excel allows 32,767): refused.</source>
        <translation>%1 has a cell text longer than %2 characters (Excel allows 32,767): refused.</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: %3).</source>
        <translation>%1 is damaged (line %2: %3).</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (rows × columns): refused.</source>
        <translation>%1 has more than %2 cells (rows × columns): refused.</translation>
    </message>
    <message>
        <source>%1 is damaged after row %2 (line %3: %4).</source>
        <translation>%1 is damaged after row %2 (line %3: %4).</translation>
    </message>
</context>
<context>
    <name>bd::RecipientsPage</name>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Add group…</translation>
    </message>
    <message>
        <source>People (様)</source>
        <translation>People (様)</translation>
    </message>
    <message>
        <source>Organisations (御中)</source>
        <translation>Organisations (御中)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Label (Japanese):</source>
        <translation>Label (Japanese):</translation>
    </message>
    <message>
        <source>Label (English):</source>
        <translation>Label (English):</translation>
    </message>
    <message>
        <source>Recipients are:</source>
        <translation>Recipients are:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Default language:</translation>
    </message>
    <message>
        <source>Affected data sets:</source>
        <translation>Affected data sets:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Keep the selected rows but send them nothing</source>
        <translation>Keep the selected rows but send them nothing</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Name of the new group:</translation>
    </message>
    <message>
        <source>Delete this group and every recipient in it? This cannot be undone.</source>
        <translation>Delete this group and every recipient in it? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete recipients</source>
        <translation>Delete recipients</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Import recipients</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Export recipients</translation>
    </message>
    <message>
        <source>The group's key for breachdesk import-recipients and export-recipients</source>
        <translation>The group's key for breachdesk import-recipients and export-recipients</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Set the linked data set's number of people to the number of recipients in the list (undo with Ctrl+Z)</source>
        <translation>Set the linked data set's number of people to the number of recipients in the list (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Import lis&amp;t…</source>
        <translation>Import lis&amp;t…</translation>
    </message>
    <message>
        <source>Exclu&amp;de</source>
        <translation>Exclu&amp;de</translation>
    </message>
    <message>
        <source>In&amp;clude</source>
        <translation>In&amp;clude</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel workbook (.xlsx)…</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (for Excel)…</source>
        <translation>CSV, UTF-8 (for Excel)…</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932)…</source>
        <translation>CSV, Shift_JIS (CP932)…</translation>
    </message>
    <message>
        <source>Use %1 as the number of people</source>
        <translation>Use %1 as the number of people</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be written in Shift_JIS and were written as “?”.</source>
        <translation><numerusform>%n character cannot be written in Shift_JIS and was written as “?”.</numerusform><numerusform>%n characters cannot be written in Shift_JIS and were written as “?”.</numerusform></translation>
    </message>
    <message>
        <source>Search name, kana, organisation, e-mail, address or custom fields…</source>
        <translation>Search name, kana, organisation, e-mail, address or custom fields…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in the list</source>
        <translation><numerusform>%Ln recipient in the list</numerusform><numerusform>%Ln recipients in the list</numerusform></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>N recipients in the list.</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; a linked data set has no count yet.</source>
        <translation>%1; a linked data set has no count yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1; the data sets say about %Ln.</source>
        <translation><numerusform>%1; the data sets say about %Ln.</numerusform><numerusform>%1; the data sets say about %Ln.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1; the data sets say %Ln.</source>
        <translation><numerusform>%1; the data sets say %Ln.</numerusform><numerusform>%1; the data sets say %Ln.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style="color:#a04000"&gt;⚠ %1, but the data sets say %Ln person(s).&lt;/b&gt; Check the list or the counts.</source>
        <translation><numerusform>&lt;b style="color:#a04000"&gt;⚠ %1, but the data sets say %Ln person.&lt;/b&gt; Check the list or the counts.</numerusform><numerusform>&lt;b style="color:#a04000"&gt;⚠ %1, but the data sets say %Ln persons.&lt;/b&gt; Check the list or the counts.</numerusform></translation>
    </message>
    <message>
        <source>Show only the recipients an import marked as possibly the same person as another, and those others</source>
        <translation>Show only the recipients an import marked as possibly the same person as another, and those others</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <source>Clear the possible-duplicate mark of the selected rows: they are different people</source>
        <translation>Clear the possible-duplicate mark of the selected rows: they are different people</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Possible duplicates (%1)</translation>
    </message>
    <message>
        <source>%1 was not written: the export could not be recorded in the audit trail.</source>
        <translation>%1 was not written: the export could not be recorded in the audit trail.</translation>
    </message>
    <message>
        <source>The change could not be undone or redone: %1</source>
        <translation>The change could not be undone or redone: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected recipient(s)?</source>
        <translation><numerusform>Delete %n selected recipient?</numerusform><numerusform>Delete %n selected recipients?</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::RedactCommand</name>
    <message>
        <source>Redact the personal data of an archived incident after its retention period, as a signed, audited event.</source>
        <translation>Redact the personal data of an archived incident after its retention period, as a signed, audited event.</translation>
    </message>
    <message>
        <source>Blanks every recipient field that can identify a person (names, addresses, contact details, custom columns) and keeps the rows, so every count stays true. The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from the incident. Without --yes nothing is changed: the command says what it would do.</source>
        <translation>Blanks every recipient field that can identify a person (names, addresses, contact details, custom columns) and keeps the rows, so every count stays true. The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from the incident. Without --yes nothing is changed: the command says what it would do.</translation>
    </message>
    <message>
        <source>The incident's code.</source>
        <translation>The incident's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day the retention period ended (not after today).</source>
        <translation>The day the retention period ended (not after today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Why, e.g. the retention rule that applies (recorded).</source>
        <translation>Why, e.g. the retention rule that applies (recorded).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Redact (without it: only show the plan).</source>
        <translation>Redact (without it: only show the plan).</translation>
    </message>
    <message>
        <source>Usage: breachdesk redact --incident CODE --retention-ended YYYY-MM-DD --reason TEXT [--yes]</source>
        <translation>Usage: breachdesk redact --incident CODE --retention-ended YYYY-MM-DD --reason TEXT [--yes]</translation>
    </message>
    <message>
        <source>Error: --retention-ended: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>Error: --retention-ended: "%1" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n recipient(s)</source>
        <translation><numerusform>Group %1: %n recipient</numerusform><numerusform>Group %1: %n recipients</numerusform></translation>
    </message>
    <message>
        <source>Copies outside the workspace that redaction cannot reach (delete them yourself):</source>
        <translation>Copies outside the workspace that redaction cannot reach (delete them yourself):</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. Run again with --yes to redact the personal data of %n recipient(s) of incident %1.</source>
        <translation><numerusform>Nothing was changed. Run again with --yes to redact the personal data of %n recipient of incident %1.</numerusform><numerusform>Nothing was changed. Run again with --yes to redact the personal data of %n recipients of incident %1.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was redacted.</source>
        <translation>Nothing was redacted.</translation>
    </message>
    <message numerus="yes">
        <source>Redacted the personal data of %n recipient(s) of incident %1. Statement SHA-256 %2, signed by %3.</source>
        <translation><numerusform>Redacted the personal data of %n recipient of incident %1. Statement SHA-256 %2, signed by %3.</numerusform><numerusform>Redacted the personal data of %n recipients of incident %1. Statement SHA-256 %2, signed by %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::RedactionDialog</name>
    <message>
        <source>Redact Personal Data</source>
        <translation>Redact Personal Data</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once the retention period has ended, the personal data of incident &lt;b&gt;%1&lt;/b&gt; can be removed: every recipient's name, reading, organisation, department, title, address, e-mail, telephone and custom columns are blanked. The rows stay, so every count stays true, and the audit trail, the issued documents and earlier archives still verify.&lt;/p&gt;&lt;p&gt;The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from this incident. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Once the retention period has ended, the personal data of incident &lt;b&gt;%1&lt;/b&gt; can be removed: every recipient's name, reading, organisation, department, title, address, e-mail, telephone and custom columns are blanked. The rows stay, so every count stays true, and the audit trail, the issued documents and earlier archives still verify.&lt;/p&gt;&lt;p&gt;The statement of what was removed is signed with your signing key and recorded in the audit trail. Letters and recipient lists can no longer be made from this incident. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation><numerusform>%1: %n recipient</numerusform><numerusform>%1: %n recipients</numerusform></translation>
    </message>
    <message>
        <source>The incident has no recipients.</source>
        <translation>The incident has no recipients.</translation>
    </message>
    <message>
        <source>Copies outside the workspace that redaction cannot reach (delete them yourself):</source>
        <translation>Copies outside the workspace that redaction cannot reach (delete them yourself):</translation>
    </message>
    <message>
        <source>e.g. the retention rule that applies</source>
        <translation>e.g. the retention rule that applies</translation>
    </message>
    <message>
        <source>Retention period ended on:</source>
        <translation>Retention period ended on:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Type the incident code to confirm:</source>
        <translation>Type the incident code to confirm:</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
    <message>
        <source>Nothing was redacted.</source>
        <translation>Nothing was redacted.</translation>
    </message>
</context>
<context>
    <name>bd::RedactionRepository</name>
    <message>
        <source>The personal data of incident %1 was redacted on %2: its letters and recipient lists can no longer be made.</source>
        <translation>The personal data of incident %1 was redacted on %2: its letters and recipient lists can no longer be made.</translation>
    </message>
    <message>
        <source>The personal data of incident %1 was already redacted (%2).</source>
        <translation>The personal data of incident %1 was already redacted (%2).</translation>
    </message>
    <message>
        <source>Incident %1 is still open. Personal data is redacted only from an archived incident whose retention period has ended: archive it first.</source>
        <translation>Incident %1 is still open. Personal data is redacted only from an archived incident whose retention period has ended: archive it first.</translation>
    </message>
    <message>
        <source>Say when the retention period ended (a date, YYYY-MM-DD).</source>
        <translation>Say when the retention period ended (a date, YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The retention period has not ended: %1 is after today (%2).</source>
        <translation>The retention period has not ended: %1 is after today (%2).</translation>
    </message>
    <message>
        <source>Say why the personal data is redacted (for example the retention rule that applies).</source>
        <translation>Say why the personal data is redacted (for example the retention rule that applies).</translation>
    </message>
</context>
<context>
    <name>bd::RedactionStatement</name>
    <message>
        <source>The redaction statement is not JSON: %1.</source>
        <translation>The redaction statement is not JSON: %1.</translation>
    </message>
    <message>
        <source>The redaction statement is not in a format this version reads.</source>
        <translation>The redaction statement is not in a format this version reads.</translation>
    </message>
    <message>
        <source>The redaction statement has a damaged recipient group.</source>
        <translation>The redaction statement has a damaged recipient group.</translation>
    </message>
    <message>
        <source>The redaction statement is incomplete.</source>
        <translation>The redaction statement is incomplete.</translation>
    </message>
</context>
<context>
    <name>bd::RestoreCommand</name>
    <message>
        <source>Replace the workspace's contents with a backup, after checking it.</source>
        <translation>Replace the workspace's contents with a backup, after checking it.</translation>
    </message>
    <message>
        <source>The backup is checked first (SQLite's integrity check, a BreachDesk workspace this version can open); nothing is replaced when it fails. The workspace as it was is kept beside it as a safety copy, then the backup replaces it in one transaction and is upgraded to this version.</source>
        <translation>The backup is checked first (SQLite's integrity check, a BreachDesk workspace this version can open); nothing is replaced when it fails. The workspace as it was is kept beside it as a safety copy, then the backup replaces it in one transaction and is upgraded to this version.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>Usage: breachdesk restore [--workspace FILE] BACKUP</source>
        <translation>Usage: breachdesk restore [--workspace FILE] BACKUP</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n incident(s) from %1. The workspace as it was is kept in %2.</source>
        <translation><numerusform>Restored %n incident from %1. The workspace as it was is kept in %2.</numerusform><numerusform>Restored %n incidents from %1. The workspace as it was is kept in %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>bd::RuleChoiceDialog</name>
    <message>
        <source>It &amp;applies: the rule fires</source>
        <translation>It &amp;applies: the rule fires</translation>
    </message>
    <message>
        <source>It does &amp;not apply</source>
        <translation>It does &amp;not apply</translation>
    </message>
    <message>
        <source>&amp;Reason (required; kept in the history with your name and the time):</source>
        <translation>&amp;Reason (required; kept in the history with your name and the time):</translation>
    </message>
</context>
<context>
    <name>bd::RuleOverrideDialog</name>
    <message>
        <source>Override %1</source>
        <translation>Override %1</translation>
    </message>
    <message>
        <source>Computed: %1. Source: %2</source>
        <translation>Computed: %1. Source: %2</translation>
    </message>
    <message>
        <source>Overridden now: %1 (%2)</source>
        <translation>Overridden now: %1 (%2)</translation>
    </message>
    <message>
        <source>The outcome, whatever the facts say</source>
        <translation>The outcome, whatever the facts say</translation>
    </message>
    <message>
        <source>The override holds until you withdraw it: later changes to the facts do not change this rule's outcome.</source>
        <translation>The override holds until you withdraw it: later changes to the facts do not change this rule's outcome.</translation>
    </message>
    <message>
        <source>Why the computed outcome is wrong for this incident.</source>
        <translation>Why the computed outcome is wrong for this incident.</translation>
    </message>
</context>
<context>
    <name>bd::SafeZip</name>
    <message>
        <source>The archive has an entry without a name.</source>
        <translation>The archive has an entry without a name.</translation>
    </message>
    <message>
        <source>%1 is an absolute path: refused.</source>
        <translation>%1 is an absolute path: refused.</translation>
    </message>
    <message>
        <source>%1 contains a backslash: refused.</source>
        <translation>%1 contains a backslash: refused.</translation>
    </message>
    <message>
        <source>%1 contains a .. component: refused.</source>
        <translation>%1 contains a .. component: refused.</translation>
    </message>
    <message>
        <source>%1 contains control characters: refused.</source>
        <translation>%1 contains control characters: refused.</translation>
    </message>
    <message>
        <source>%1 is damaged (the zip file is truncated or its headers are wrong).</source>
        <translation>%1 is damaged (the zip file is truncated or its headers are wrong).</translation>
    </message>
    <message>
        <source>%1 is damaged (the compressed data is corrupt).</source>
        <translation>%1 is damaged (the compressed data is corrupt).</translation>
    </message>
    <message>
        <source>%1 is damaged (its content does not match its CRC-32 checksum).</source>
        <translation>%1 is damaged (its content does not match its CRC-32 checksum).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB when expanded: refused.</source>
        <translation>%1 is larger than %2 MB when expanded: refused.</translation>
    </message>
    <message>
        <source>The files in the zip expand to more than %1 MB together (at %2): refused.</source>
        <translation>The files in the zip expand to more than %1 MB together (at %2): refused.</translation>
    </message>
    <message>
        <source>The files in the zip expand more than %1 times its size together (at %2): refused as a possible zip bomb.</source>
        <translation>The files in the zip expand more than %1 times its size together (at %2): refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times: refused as a possible zip bomb.</source>
        <translation>%1 expands more than %2 times: refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>%1 has a text of more than %2 MB without markup: refused.</source>
        <translation>%1 has a text of more than %2 MB without markup: refused.</translation>
    </message>
    <message>
        <source>%1 is encrypted: BreachDesk cannot read it.</source>
        <translation>%1 is encrypted: BreachDesk cannot read it.</translation>
    </message>
    <message>
        <source>%1 uses a compression method BreachDesk cannot read (only stored and deflate).</source>
        <translation>%1 uses a compression method BreachDesk cannot read (only stored and deflate).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>… and %n more problem.</numerusform><numerusform>… and %n more problems.</numerusform></translation>
    </message>
    <message>
        <source>The archive has more than %1 entries: refused.</source>
        <translation>The archive has more than %1 entries: refused.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: refused.</source>
        <translation>%1 is a symbolic link: refused.</translation>
    </message>
    <message>
        <source>%1 appears more than once in the archive: refused.</source>
        <translation>%1 appears more than once in the archive: refused.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation>%1 is damaged: its list of files cannot be read.</translation>
    </message>
    <message>
        <source>The entries of %1 claim more data than the file holds (they overlap): refused.</source>
        <translation>The entries of %1 claim more data than the file holds (they overlap): refused.</translation>
    </message>
</context>
<context>
    <name>bd::SignatureFile</name>
    <message>
        <source>it is too large to be a signature</source>
        <translation>it is too large to be a signature</translation>
    </message>
    <message>
        <source>it is not a BreachDesk signature</source>
        <translation>it is not a BreachDesk signature</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>it has a version or algorithm this program does not know</translation>
    </message>
    <message>
        <source>it signs another file than %1</source>
        <translation>it signs another file than %1</translation>
    </message>
    <message>
        <source>its public key is not 32 bytes of base64</source>
        <translation>its public key is not 32 bytes of base64</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key</source>
        <translation>its fingerprint does not belong to its public key</translation>
    </message>
    <message>
        <source>its signature is not 64 bytes of base64</source>
        <translation>its signature is not 64 bytes of base64</translation>
    </message>
</context>
<context>
    <name>bd::SigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be started.</source>
        <translation>The cryptography library (libsodium) could not be started.</translation>
    </message>
    <message>
        <source>There is no signing key in %1 yet: it is made with the first archive export, or by breachdesk key --show.</source>
        <translation>There is no signing key in %1 yet: it is made with the first archive export, or by breachdesk key --show.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be locked: %2.</source>
        <translation>The key folder %1 cannot be locked: %2.</translation>
    </message>
    <message>
        <source>The signing key %1 is a symbolic link: refused. Keep the key file itself in its folder.</source>
        <translation>The signing key %1 is a symbolic link: refused. Keep the key file itself in its folder.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be read: %2.</source>
        <translation>The signing key %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The signing key %1 is not a regular file: refused.</source>
        <translation>The signing key %1 is not a regular file: refused.</translation>
    </message>
    <message>
        <source>The signing key %1 belongs to another user: refused.</source>
        <translation>The signing key %1 belongs to another user: refused.</translation>
    </message>
    <message>
        <source>The signing key %1 can be read or changed by other users (permissions %2): refused. Only you may have access to it: run chmod 600 %1</source>
        <translation>The signing key %1 can be read or changed by other users (permissions %2): refused. Only you may have access to it: run chmod 600 %1</translation>
    </message>
    <message>
        <source>it is too large to be a signing key</source>
        <translation>it is too large to be a signing key</translation>
    </message>
    <message>
        <source>The signing key %1 is damaged (%2). It was left as it is: restore it from your backup, or move it away to have a new key made (a new key has a new fingerprint, which you must then give again to whoever checks your archives).</source>
        <translation>The signing key %1 is damaged (%2). It was left as it is: restore it from your backup, or move it away to have a new key made (a new key has a new fingerprint, which you must then give again to whoever checks your archives).</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it is not a BreachDesk signing key</source>
        <translation>it is not a BreachDesk signing key</translation>
    </message>
    <message>
        <source>it has a version or algorithm this program does not know</source>
        <translation>it has a version or algorithm this program does not know</translation>
    </message>
    <message>
        <source>its keys are not of the right length</source>
        <translation>its keys are not of the right length</translation>
    </message>
    <message>
        <source>its keys cannot be used</source>
        <translation>its keys cannot be used</translation>
    </message>
    <message>
        <source>its public key does not belong to its secret key</source>
        <translation>its public key does not belong to its secret key</translation>
    </message>
    <message>
        <source>A signing key could not be made.</source>
        <translation>A signing key could not be made.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be written: %2</source>
        <translation>The signing key %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>bd::StagedFolder</name>
    <message>
        <source>%1 cannot hold the letters: choose a folder inside it.</source>
        <translation>%1 cannot hold the letters: choose a folder inside it.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose a new or empty folder for the letters.</source>
        <translation>%1 exists and is not a folder: choose a new or empty folder for the letters.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder: the letters are never mixed with other files, and no file is replaced.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder: the letters are never mixed with other files, and no file is replaced.</translation>
    </message>
    <message>
        <source>Could not create a folder in %1: %2</source>
        <translation>Could not create a folder in %1: %2</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>Could not create a folder in %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation>Could not write into %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty (something was put there while the letters were being written); nothing was written into it.</source>
        <translation>The folder %1 is not empty (something was put there while the letters were being written); nothing was written into it.</translation>
    </message>
    <message>
        <source>Could not move the letters into %1: %2</source>
        <translation>Could not move the letters into %1: %2</translation>
    </message>
</context>
<context>
    <name>bd::StorageError</name>
    <message>
        <source>The workspace is in use by another program or another BreachDesk window. Close it and try again.</source>
        <translation>The workspace is in use by another program or another BreachDesk window. Close it and try again.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation>The workspace file cannot be written. Check that the file and its folder are writable.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a BreachDesk workspace. It has not been changed.</source>
        <translation>The workspace file is damaged or is not a BreachDesk workspace. It has not been changed.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>The change conflicts with existing data.</translation>
    </message>
    <message>
        <source>The workspace could not be updated.</source>
        <translation>The workspace could not be updated.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written, so the workspace cannot be created there.</source>
        <translation>The folder %1 cannot be written, so the workspace cannot be created there.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only. Copy it to a writable folder or change its permissions.</source>
        <translation>The workspace %1 is read-only. Copy it to a writable folder or change its permissions.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a BreachDesk workspace. It has not been changed.</source>
        <translation>%1 is a database, but not a BreachDesk workspace. It has not been changed.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of BreachDesk (schema %1; this version knows up to %2). Update BreachDesk to open it.</source>
        <translation>This workspace was made by a newer version of BreachDesk (schema %1; this version knows up to %2). Update BreachDesk to open it.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>The %1 no longer exists.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>An incident needs a code.</source>
        <translation>An incident needs a code.</translation>
    </message>
    <message>
        <source>An incident with the code %1 already exists.</source>
        <translation>An incident with the code %1 already exists.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>Unknown field %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation>%1 is not a valid value for %2.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>A data item with the key %1 already exists.</source>
        <translation>A data item with the key %1 already exists.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>A decision needs its reason.</source>
        <translation>A decision needs its reason.</translation>
    </message>
    <message>
        <source>An override needs its reason.</source>
        <translation>An override needs its reason.</translation>
    </message>
    <message>
        <source>Unknown filing state %1.</source>
        <translation>Unknown filing state %1.</translation>
    </message>
    <message>
        <source>A recipient group needs a key.</source>
        <translation>A recipient group needs a key.</translation>
    </message>
    <message>
        <source>Built-in groups cannot be deleted.</source>
        <translation>Built-in groups cannot be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) from %1</source>
        <translation><numerusform>%n recipient from %1</numerusform><numerusform>%n recipients from %1</numerusform></translation>
    </message>
    <message>
        <source>The recipient no longer exists.</source>
        <translation>The recipient no longer exists.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>There is no template %1.</translation>
    </message>
    <message>
        <source>The document to issue is incomplete.</source>
        <translation>The document to issue is incomplete.</translation>
    </message>
    <message>
        <source>The issued document was not found.</source>
        <translation>The issued document was not found.</translation>
    </message>
    <message>
        <source>A submission needs its date.</source>
        <translation>A submission needs its date.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>There is no workspace at %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is in a read-only folder and its latest changes are still in %2. Copy both files to a writable folder to read it.</source>
        <translation>The workspace %1 is in a read-only folder and its latest changes are still in %2. Copy both files to a writable folder to read it.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by an older version of BreachDesk and is read-only, so it cannot be upgraded. Open it once where it can be written.</source>
        <translation>The workspace %1 was made by an older version of BreachDesk and is read-only, so it cannot be upgraded. Open it once where it can be written.</translation>
    </message>
    <message>
        <source>Issued document %1 ("%2", issued %3) has been altered in the workspace file: %4 It was not used.</source>
        <translation>Issued document %1 ("%2", issued %3) has been altered in the workspace file: %4 It was not used.</translation>
    </message>
    <message>
        <source>its PDF or web page no longer has the SHA-256 it was issued with.</source>
        <translation>its PDF or web page no longer has the SHA-256 it was issued with.</translation>
    </message>
    <message>
        <source>its SHA-256 is not the one the audit trail recorded when it was issued.</source>
        <translation>its SHA-256 is not the one the audit trail recorded when it was issued.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n issued document(s), which are kept as they were sent. Archive the incident instead of deleting it.</source>
        <translation><numerusform>%1 has %n issued document, which are kept as they were sent. Archive the incident instead of deleting it.</numerusform><numerusform>%1 has %n issued documents, which are kept as they were sent. Archive the incident instead of deleting it.</numerusform></translation>
    </message>
    <message>
        <source>The recipients cannot be put back: another program has added recipients since.</source>
        <translation>The recipients cannot be put back: another program has added recipients since.</translation>
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
        <translation>Bold</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Insert a table of two columns</source>
        <translation>Insert a table of two columns</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Align left</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Align right</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>Justify</translation>
    </message>
</context>
<context>
    <name>bd::TemplateSyntax</name>
    <message>
        <source>This tag is never closed: "%1" is missing.</source>
        <translation>This tag is never closed: "%1" is missing.</translation>
    </message>
    <message>
        <source>This tag has no placeholder name.</source>
        <translation>This tag has no placeholder name.</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} closes a section that is not open.</translation>
    </message>
    <message>
        <source>The section {{%1%2}} is not closed before {{/%3}} on line %4.</source>
        <translation>The section {{%1%2}} is not closed before {{/%3}} on line %4.</translation>
    </message>
    <message>
        <source>The section {{%1%2}} is never closed with {{/%2}}.</source>
        <translation>The section {{%1%2}} is never closed with {{/%2}}.</translation>
    </message>
</context>
<context>
    <name>bd::TemplateValidator</name>
    <message>
        <source>The recipient on row %1</source>
        <translation>The recipient on row %1</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Recipient %1</translation>
    </message>
    <message>
        <source>Partials ({{&gt;%1}}) are not supported in templates.</source>
        <translation>Partials ({{&gt;%1}}) are not supported in templates.</translation>
    </message>
    <message>
        <source>Changing the Mustache delimiters is not supported.</source>
        <translation>Changing the Mustache delimiters is not supported.</translation>
    </message>
    <message>
        <source>{{%1}} is only available inside {{#%2}}…{{/%2}}.</source>
        <translation>{{%1}} is only available inside {{#%2}}…{{/%2}}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>Unknown placeholder {{%1}}.</translation>
    </message>
    <message>
        <source>{{{%1}}} would print the value without escaping it: write {{%1}}.</source>
        <translation>{{{%1}}} would print the value without escaping it: write {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is a list: repeat its entries with {{#%1}}…{{/%1}}.</source>
        <translation>{{%1}} is a list: repeat its entries with {{#%1}}…{{/%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is a yes/no condition: use {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}.</source>
        <translation>{{%1}} is a yes/no condition: use {{#%1}}…{{/%1}} or {{^%1}}…{{/%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is required but empty in this document.</source>
        <translation>{{%1}} is required but empty in this document.</translation>
    </message>
    <message>
        <source>%1 has no postal address, which a letter by post needs.</source>
        <translation>%1 has no postal address, which a letter by post needs.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address, which a document sent by e-mail needs.</source>
        <translation>%1 has no e-mail address, which a document sent by e-mail needs.</translation>
    </message>
</context>
<context>
    <name>bd::TextLimits</name>
    <message>
        <source>is too long: %1 characters, at most %2</source>
        <translation>is too long: %1 characters, at most %2</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>must not contain control characters or line breaks</source>
        <translation>must not contain control characters or line breaks</translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks.</source>
        <translation>%1 must not contain control characters or line breaks.</translation>
    </message>
    <message>
        <source>must not contain / or \</source>
        <translation>must not contain / or \</translation>
    </message>
    <message>
        <source>%1 must not contain / or \.</source>
        <translation>%1 must not contain / or \.</translation>
    </message>
</context>
<context>
    <name>bd::TextMatcher</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is a single character, which would be found everywhere: give at least two</source>
        <translation>is a single character, which would be found everywhere: give at least two</translation>
    </message>
    <message>
        <source>is longer than 200 characters: mark a shorter, distinctive part</source>
        <translation>is longer than 200 characters: mark a shorter, distinctive part</translation>
    </message>
</context>
<context>
    <name>bd::TimelineModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>The time of day is not known</source>
        <translation>The time of day is not known</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Date only</source>
        <translation>Date only</translation>
    </message>
    <message>
        <source>What happened (Japanese)</source>
        <translation>What happened (Japanese)</translation>
    </message>
    <message>
        <source>What happened (English)</source>
        <translation>What happened (English)</translation>
    </message>
</context>
<context>
    <name>bd::VerifyArchiveCommand</name>
    <message>
        <source>The zip file to check.</source>
        <translation>The zip file to check.</translation>
    </message>
    <message>
        <source>%1 does not match its manifest:</source>
        <translation>%1 does not match its manifest:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is intact: the %n file(s) of its manifest are unchanged (SHA-256 %2).</source>
        <translation><numerusform>%1 is intact: the %n file of its manifest is unchanged (SHA-256 %2).</numerusform><numerusform>%1 is intact: the %n files of its manifest are unchanged (SHA-256 %2).</numerusform></translation>
    </message>
    <message>
        <source>Check an archive written by export-archive: its files against its manifest of SHA-256 hashes, and the manifest's signature.</source>
        <translation>Check an archive written by export-archive: its files against its manifest of SHA-256 hashes, and the manifest's signature.</translation>
    </message>
    <message>
        <source>Whose key must have signed it: the fingerprint you were given (ed25519:…), or a public key file made by breachdesk key --export-public.</source>
        <translation>Whose key must have signed it: the fingerprint you were given (ed25519:…), or a public key file made by breachdesk key --export-public.</translation>
    </message>
    <message>
        <source>FINGERPRINT|FILE</source>
        <translation>FINGERPRINT|FILE</translation>
    </message>
    <message>
        <source>Usage: breachdesk verify-archive [--key FINGERPRINT|FILE] ARCHIVE.zip</source>
        <translation>Usage: breachdesk verify-archive [--key FINGERPRINT|FILE] ARCHIVE.zip</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 cannot be trusted:</source>
        <translation>%1 cannot be trusted:</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the sender gave you in advance (in person, by telephone): anyone can sign an archive with a key of their own. --key checks it for you.</source>
        <translation>Compare this fingerprint with the one the sender gave you in advance (in person, by telephone): anyone can sign an archive with a key of their own. --key checks it for you.</translation>
    </message>
    <message>
        <source>This is the key you gave with --key.</source>
        <translation>This is the key you gave with --key.</translation>
    </message>
    <message>
        <source>--key: %1 cannot be read: %2.</source>
        <translation>--key: %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>--key: %1 is not a public key file (%2).</source>
        <translation>--key: %1 is not a public key file (%2).</translation>
    </message>
    <message>
        <source>--key: %1 is neither a fingerprint (ed25519: and 52 letters A–Z, 2–7) nor a public key file.</source>
        <translation>--key: %1 is neither a fingerprint (ed25519: and 52 letters A–Z, 2–7) nor a public key file.</translation>
    </message>
</context>
<context>
    <name>bd::WorkspaceBackup</name>
    <message>
        <source>%1 cannot be used as a workspace backup: %2</source>
        <translation>%1 cannot be used as a workspace backup: %2</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>SQLite's integrity check fails (%1).</source>
        <translation>SQLite's integrity check fails (%1).</translation>
    </message>
    <message>
        <source>it is not a BreachDesk workspace.</source>
        <translation>it is not a BreachDesk workspace.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of BreachDesk (schema %2; this version knows up to %3).</source>
        <translation>%1 was made by a newer version of BreachDesk (schema %2; this version knows up to %3).</translation>
    </message>
    <message>
        <source>some records refer to records that are missing.</source>
        <translation>some records refer to records that are missing.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the backup.</source>
        <translation>%1 already exists: choose a new name for the backup.</translation>
    </message>
    <message>
        <source>The backup cannot be written in %1.</source>
        <translation>The backup cannot be written in %1.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>The backup could not be written to disk.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>it cannot be opened.</source>
        <translation>it cannot be opened.</translation>
    </message>
    <message>
        <source>The workspace is in use: close the other BreachDesk windows and commands, then restore again. Nothing was replaced.</source>
        <translation>The workspace is in use: close the other BreachDesk windows and commands, then restore again. Nothing was replaced.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was replaced.</source>
        <translation>The backup could not be restored. Nothing was replaced.</translation>
    </message>
    <message>
        <source>its record no longer proves itself: %1</source>
        <translation>its record no longer proves itself: %1</translation>
    </message>
</context>
<context>
    <name>bd::WorkspaceVerifier</name>
    <message>
        <source>the workspace's own trail</source>
        <translation>the workspace's own trail</translation>
    </message>
    <message>
        <source>incident #%1</source>
        <translation>incident #%1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>The protective trigger %1 is missing, so the audit trail or the issued documents could be changed without notice.</source>
        <translation>The protective trigger %1 is missing, so the audit trail or the issued documents could be changed without notice.</translation>
    </message>
    <message>
        <source>The protective trigger %1 has been altered.</source>
        <translation>The protective trigger %1 has been altered.</translation>
    </message>
    <message>
        <source>The workspace has a trigger that BreachDesk did not make: %1.</source>
        <translation>The workspace has a trigger that BreachDesk did not make: %1.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has no chain hash: it was written around BreachDesk.</source>
        <translation>Audit entry %1 (%2) has no chain hash: it was written around BreachDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has been changed: its content no longer matches its hash.</source>
        <translation>Audit entry %1 (%2) has been changed: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) does not follow the entry before it: an entry was removed, inserted or moved there.</source>
        <translation>Audit entry %1 (%2) does not follow the entry before it: an entry was removed, inserted or moved there.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has %2 entries, but %3 were recorded: its newest entries were removed.</source>
        <translation>The audit trail of %1 has %2 entries, but %3 were recorded: its newest entries were removed.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has %2 entries, but only %3 were recorded: entries were added around BreachDesk.</source>
        <translation>The audit trail of %1 has %2 entries, but only %3 were recorded: entries were added around BreachDesk.</translation>
    </message>
    <message>
        <source>The newest audit entry of %1 is not the one recorded as its last.</source>
        <translation>The newest audit entry of %1 is not the one recorded as its last.</translation>
    </message>
    <message>
        <source>%1 has no audit trail at all: it was removed.</source>
        <translation>%1 has no audit trail at all: it was removed.</translation>
    </message>
    <message>
        <source>Issued document %1 ("%2", %3) has been changed: its PDF or web page no longer has the SHA-256 it was issued with.</source>
        <translation>Issued document %1 ("%2", %3) has been changed: its PDF or web page no longer has the SHA-256 it was issued with.</translation>
    </message>
    <message>
        <source>Issued document %1 ("%2", %3) does not have the SHA-256 that audit entry %4 recorded when it was issued: the document and its hash were replaced.</source>
        <translation>Issued document %1 ("%2", %3) does not have the SHA-256 that audit entry %4 recorded when it was issued: the document and its hash were replaced.</translation>
    </message>
    <message>
        <source>Issued document %1 ("%2", %3) is not recorded as issued in the audit trail.</source>
        <translation>Issued document %1 ("%2", %3) is not recorded as issued in the audit trail.</translation>
    </message>
    <message>
        <source>Issued document %1 (%2), recorded as issued in audit entry %3, is missing: it was deleted.</source>
        <translation>Issued document %1 (%2), recorded as issued in audit entry %3, is missing: it was deleted.</translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation>The workspace could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n more problem(s) found.</source>
        <translation><numerusform>%1 %n more problem found.</numerusform><numerusform>%1 %n more problems found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>… and %n more problem.</numerusform><numerusform>… and %n more problems.</numerusform></translation>
    </message>
    <message>
        <source>The workspace has been altered outside BreachDesk and its record no longer proves itself: %1</source>
        <translation>The workspace has been altered outside BreachDesk and its record no longer proves itself: %1</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) has been changed: its statement no longer has the SHA-256 it was signed and recorded with.</source>
        <translation>Redaction %1 (%2) has been changed: its statement no longer has the SHA-256 it was signed and recorded with.</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) does not carry a valid signature of its statement by the key that made it.</source>
        <translation>Redaction %1 (%2) does not carry a valid signature of its statement by the key that made it.</translation>
    </message>
    <message>
        <source>Redaction %1 (%2) is not recorded in the audit trail as it was made.</source>
        <translation>Redaction %1 (%2) is not recorded in the audit trail as it was made.</translation>
    </message>
    <message>
        <source>Redaction %1 (%2): %3 recipient(s) of group %4 have personal data again after it was redacted.</source>
        <translation>Redaction %1 (%2): %3 recipient(s) of group %4 have personal data again after it was redacted.</translation>
    </message>
    <message>
        <source>Redaction %1 (%2): group %3 has %4 recipient(s), but %5 were counted when its personal data was redacted.</source>
        <translation>Redaction %1 (%2): group %3 has %4 recipient(s), but %5 were counted when its personal data was redacted.</translation>
    </message>
    <message>
        <source>Redaction %1 (%2), recorded in audit entry %3, is missing: its statement was deleted.</source>
        <translation>Redaction %1 (%2), recorded in audit entry %3, is missing: its statement was deleted.</translation>
    </message>
</context>
</TS>