<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>No incident has the code %1.</source>
        <translation>No incident has the code %1.</translation>
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
    <name>bd::FactsPage</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Leak (漏えい)</source>
        <translation>Leak (漏えい)</translation>
    </message>
    <message>
        <source>Loss (滅失)</source>
        <translation>Loss (滅失)</translation>
    </message>
    <message>
        <source>Damage (毀損)</source>
        <translation>Damage (毀損)</translation>
    </message>
    <message>
        <source>Kind of event:</source>
        <translation>Kind of event:</translation>
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
        <source>Certainty:</source>
        <translation>Certainty:</translation>
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
        <source>The data was protected by strong encryption (高度な暗号化)</source>
        <translation>The data was protected by strong encryption (高度な暗号化)</translation>
    </message>
    <message>
        <source>The key may also have leaked</source>
        <translation>The key may also have leaked</translation>
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
        <source>Some people cannot be reached (substitute notice)</source>
        <translation>Some people cannot be reached (substitute notice)</translation>
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
        <source>must not be negative</source>
        <translation>must not be negative</translation>
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
</context>
<context>
    <name>bd::IncidentListModel</name>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
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
</TS>