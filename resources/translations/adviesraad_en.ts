<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Actie:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Uiterlijk:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (mag leeg)</source>
        <translation>dd-mm-yyyy (may be empty)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{n} foutverslagen; hieronder de nieuwste {shown}.</source>
        <translation>{n} crash reports; the newest {shown} are below.</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3)</source>
        <translation>Adviesraad database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Adviesraad database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Er is geen beeldscherm gevonden om het programma te tonen (DISPLAY is niet gezet). Gebruik de opdrachtregel (adviesraad --help) of start het programma op een computer met een scherm.</source>
        <translation>No display was found to show the program on (DISPLAY is not set). Use the command line (adviesraad --help) or start the program on a computer with a screen.</translation>
    </message>
    <message>
        <source>Adviesraad was al geopend.</source>
        <translation>Adviesraad was already open.</translation>
    </message>
    <message>
        <source>Zelftest mislukt: het register verscheen niet binnen 60 seconden.</source>
        <translation>Self-test failed: the register did not appear within 60 seconds.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>vóór bijwerken naar nieuwe versie</source>
        <translation>before upgrading to a new version</translation>
    </message>
    <message>
        <source>vóór herstel</source>
        <translation>before repair</translation>
    </message>
    <message>
        <source>vóór terugzetten</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>beschadigd bestand, apart gezet</source>
        <translation>damaged file, set aside</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{when} ({kind}): niet bruikbaar. {problem}</source>
        <translation>{when} ({kind}): not usable. {problem}</translation>
    </message>
    <message>
        <source>{when} ({kind}): 1 advies</source>
        <translation>{when} ({kind}): 1 advice</translation>
    </message>
    <message>
        <source>{when} ({kind}): {n} adviezen</source>
        <translation>{when} ({kind}): {n} advices</translation>
    </message>
    <message>
        <source>Dit bestand bevat geen register.</source>
        <translation>This file does not contain a register.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om de back-up op te slaan.</source>
        <translation>The folder {folder} does not exist. Choose another place to save the backup.</translation>
    </message>
    <message>
        <source>{path} bestaat al; kies een andere bestandsnaam of verwijder het eerst.</source>
        <translation>{path} already exists; choose another file name or delete it first.</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is het register zelf, geen back-up. Kies een back-up.</source>
        <translation>{path} is the register itself, not a backup. Choose a backup.</translation>
    </message>
    <message>
        <source>Er was voor het terugzetten nog geen register, dus er valt niets terug te zetten.</source>
        <translation>There was no register before the restore, so there is nothing to undo.</translation>
    </message>
    <message>
        <source>Het vorige register was beschadigd en kan niet worden teruggezet. Het is bewaard als {path}.</source>
        <translation>The previous register was damaged and cannot be restored. It has been kept as {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Kies de back-up die u wilt terugzetten. Het register zoals het nu is, wordt eerst apart bewaard: er gaat niets verloren en u kunt het terugzetten ongedaan maken.</source>
        <translation>Choose the backup you want to restore. The register as it is now is kept separately first: nothing is lost and you can undo the restore.</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Er zijn nog geen back-ups van dit register. Maak er een met Extra › Back-up maken.</source>
        <translation>There are no backups of this register yet. Make one with Tools › Make backup.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Ander bestand…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>Een back-up van elders terugzetten, bijvoorbeeld van een USB-stick</source>
        <translation>Restore a backup from elsewhere, for example from a USB stick</translation>
    </message>
    <message>
        <source>&amp;Map tonen</source>
        <translation>Show &amp;folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>De database bestaat al: {path} ({n} adviezen).</source>
        <translation>The database already exists: {path} ({n} advices).</translation>
    </message>
    <message>
        <source>Nieuwe database aangemaakt: {path}</source>
        <translation>New database created: {path}</translation>
    </message>
    <message>
        <source>Demogegevens geladen: {n} adviezen in {path}.</source>
        <translation>Demo data loaded: {n} advices in {path}.</translation>
    </message>
    <message>
        <source>Advies {number} opgeslagen (id {id}): {title}</source>
        <translation>Advice {number} saved (id {id}): {title}</translation>
    </message>
    <message>
        <source>Reactie op advies {number} opgeslagen (id {id}).</source>
        <translation>Reply to advice {number} saved (id {id}).</translation>
    </message>
    <message>
        <source>De reactie kwam {n} dagen te laat.</source>
        <translation>The reply came {n} days late.</translation>
    </message>
    <message>
        <source>Geen adviezen gevonden.</source>
        <translation>No advices found.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reactie uiterlijk</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>Reactie</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{n} adviezen.</source>
        <translation>{n} advices.</translation>
    </message>
    <message>
        <source>--within moet 0 of meer dagen zijn.</source>
        <translation>--within must be 0 or more days.</translation>
    </message>
    <message>
        <source>De database bestaat al: {path} (1 advies).</source>
        <translation>The database already exists: {path} (1 advice).</translation>
    </message>
    <message>
        <source>Demogegevens geladen: 1 advies in {path}.</source>
        <translation>Demo data loaded: 1 advice in {path}.</translation>
    </message>
    <message>
        <source>De reactie kwam 1 dag te laat.</source>
        <translation>The reply came 1 day late.</translation>
    </message>
    <message>
        <source>1 advies.</source>
        <translation>1 advice.</translation>
    </message>
    <message>
        <source>Geen openstaande termijnen.</source>
        <translation>No open deadlines.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Soort termijn</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <source>(verdaagd)</source>
        <translation>(extended)</translation>
    </message>
    <message>
        <source>volgende stap: {step}</source>
        <translation>next step: {step}</translation>
    </message>
    <message>
        <source>Register van adviezen, reacties, toezeggingen en termijnen van de adviesraad. Zonder opdracht start het programma.</source>
        <translation>Register of the advisory council's advices, replies, commitments and deadlines. Without a command the program starts.</translation>
    </message>
    <message>
        <source>het databasebestand (standaard: ADVIESRAAD_DB of de map met app-gegevens)</source>
        <translation>the database file (default: ADVIESRAAD_DB or the app data folder)</translation>
    </message>
    <message>
        <source>het programma starten met een aparte demodatabase vol voorbeeldgegevens</source>
        <translation>start the program with a separate demo database full of sample data</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>OPDRACHT</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>maak de database aan als die nog niet bestaat</source>
        <translation>create the database if it does not exist yet</translation>
    </message>
    <message>
        <source>vul een lege database met demogegevens</source>
        <translation>fill an empty database with demo data</translation>
    </message>
    <message>
        <source>nieuw advies</source>
        <translation>new advice</translation>
    </message>
    <message>
        <source>soort advies</source>
        <translation>type of advice</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>datum waarop de adviesaanvraag is ontvangen</source>
        <translation>date the request for advice was received</translation>
    </message>
    <message>
        <source>uiterste datum die het college noemt</source>
        <translation>deadline set by the Executive</translation>
    </message>
    <message>
        <source>datum van het advies (verzonden)</source>
        <translation>date of the advice (sent)</translation>
    </message>
    <message>
        <source>ons kenmerk</source>
        <translation>our reference</translation>
    </message>
    <message>
        <source>eigen nummer, zoals 2024-07 (standaard: het volgende)</source>
        <translation>own number, such as 2024-07 (default: the next one)</translation>
    </message>
    <message>
        <source>vertrouwelijk (blijft buiten exports, tenzij meegenomen)</source>
        <translation>confidential (left out of exports unless included)</translation>
    </message>
    <message>
        <source>een aanbeveling (herhaalbaar, in volgorde genummerd)</source>
        <translation>a recommendation (repeatable, numbered in order)</translation>
    </message>
    <message>
        <source>uitvoer als JSON</source>
        <translation>output as JSON</translation>
    </message>
    <message>
        <source>reactie van het college registreren</source>
        <translation>record the Executive's reply</translation>
    </message>
    <message>
        <source>id of nummer (2024-07) van het advies</source>
        <translation>id or number (2024-07) of the advice</translation>
    </message>
    <message>
        <source>datum van de reactie</source>
        <translation>date of the reply</translation>
    </message>
    <message>
        <source>‘Ons kenmerk’ van de gemeente</source>
        <translation>the municipality's ‘Our reference’</translation>
    </message>
    <message>
        <source>zaaknummer</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>behandeld door</source>
        <translation>handled by</translation>
    </message>
    <message>
        <source>uitkomst voor alle aanbevelingen</source>
        <translation>outcome for all recommendations</translation>
    </message>
    <message>
        <source>adviezen tonen</source>
        <translation>list advices</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>status, of ‘open’ voor alles wat niet is afgesloten</source>
        <translation>status, or ‘open’ for everything not closed</translation>
    </message>
    <message>
        <source>zoeken in alle tekst</source>
        <translation>search all text</translation>
    </message>
    <message>
        <source>het hele dossier van een advies</source>
        <translation>the complete dossier of an advice</translation>
    </message>
    <message>
        <source>id of nummer (2024-07)</source>
        <translation>id or number (2024-07)</translation>
    </message>
    <message>
        <source>openstaande termijnen, vroegste eerst</source>
        <translation>open deadlines, earliest first</translation>
    </message>
    <message>
        <source>peildatum (standaard: vandaag)</source>
        <translation>reference date (default: today)</translation>
    </message>
    <message>
        <source>DAGEN</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>alleen wat binnen zoveel dagen verloopt</source>
        <translation>only what falls due within this many days</translation>
    </message>
    <message>
        <source>de database controleren</source>
        <translation>check the database</translation>
    </message>
    <message>
        <source>het programma starten</source>
        <translation>start the program</translation>
    </message>
    <message>
        <source>met een aparte demodatabase vol voorbeeldgegevens</source>
        <translation>with a separate demo database full of sample data</translation>
    </message>
    <message>
        <source>het programma onzichtbaar starten op de database en de opstarttijd tot het gevulde register meten (JSON)</source>
        <translation>start the program invisibly on the database and measure the start-up time until the register is filled (JSON)</translation>
    </message>
    <message>
        <source>status, of ‘open’</source>
        <translation>status, or ‘open’</translation>
    </message>
    <message>
        <source>alleen deze adviezen (id's, komma's ertussen)</source>
        <translation>only these advices (ids, separated by commas)</translation>
    </message>
    <message>
        <source>ook vertrouwelijke adviezen en interne notities opnemen</source>
        <translation>also include confidential advices and internal notes</translation>
    </message>
    <message>
        <source>--ids verwacht getallen met komma's ertussen, zoals 1,2,3.</source>
        <translation>--ids expects numbers separated by commas, such as 1,2,3.</translation>
    </message>
    <message>
        <source>--ids bevat geen adviezen.</source>
        <translation>--ids contains no advices.</translation>
    </message>
    <message>
        <source>exporteren (pdf, xlsx, csv, ics)</source>
        <translation>export (pdf, xlsx, csv, ics)</translation>
    </message>
    <message>
        <source>FORMAAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Opgeslagen: nieuw gevraagd advies {number} (id {id}), met de brief.</source>
        <translation>Saved: new solicited advice {number} (id {id}), with the letter.</translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <source>Uw brief</source>
        <translation>Your letter</translation>
    </message>
    <message>
        <source>Uw kenmerk</source>
        <translation>Your reference</translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Soort advies</source>
        <translation>Type of advice</translation>
    </message>
    <message>
        <source>Advies uiterlijk</source>
        <translation>Advice due</translation>
    </message>
    <message>
        <source>Toezegging: {text}</source>
        <translation>Commitment: {text}</translation>
    </message>
    <message>
        <source>(niet eenduidig)</source>
        <translation>(ambiguous)</translation>
    </message>
    <message>
        <source>Hoort bij advies {number} ({title}), zekerheid {c:.0%}{extra}.</source>
        <translation>Belongs to advice {number} ({title}), confidence {c:.0%}{extra}.</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 advice</translation>
    </message>
    <message>
        <source>zonder toezeggingen</source>
        <translation>without commitments</translation>
    </message>
    <message>
        <source>met 1 toezegging</source>
        <translation>with 1 commitment</translation>
    </message>
    <message>
        <source>met {n} toezeggingen</source>
        <translation>with {n} commitments</translation>
    </message>
    <message>
        <source>Opgeslagen: reactie op advies {number} {commitments}; de brief is aan het dossier toegevoegd.</source>
        <translation>Saved: reply to advice {number} {commitments}; the letter has been added to the dossier.</translation>
    </message>
    <message>
        <source>of advies {number} ({title}), zekerheid {c:.0%}</source>
        <translation>or advice {number} ({title}), confidence {c:.0%}</translation>
    </message>
    <message>
        <source>Let op: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source> (blad ‘{sheet}’)</source>
        <translation> (sheet ‘{sheet}’)</translation>
    </message>
    <message>
        <source>{name}{where}: kopregel in rij {row}.</source>
        <translation>{name}{where}: header row in row {row}.</translation>
    </message>
    <message>
        <source>(niet herkend)</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <source>Te importeren: {advices} ({replies} met reactie). Al in het register: {existing}. Lege rijen: {empty}.</source>
        <translation>To import: {advices} ({replies} with a reply). Already in the register: {existing}. Empty rows: {empty}.</translation>
    </message>
    <message>
        <source>Geïmporteerd: {advices}, {replies}.</source>
        <translation>Imported: {advices}, {replies}.</translation>
    </message>
    <message>
        <source>1 reactie</source>
        <translation>1 reply</translation>
    </message>
    <message>
        <source>{n} reacties</source>
        <translation>{n} replies</translation>
    </message>
    <message>
        <source>een brief van het college inlezen (.pdf, .docx, .txt, .eml, .msg)</source>
        <translation>read a letter from the Executive (.pdf, .docx, .txt, .eml, .msg)</translation>
    </message>
    <message>
        <source>de brief, of de e-mail waarmee hij kwam (.eml, .msg)</source>
        <translation>the letter, or the email it came with (.eml, .msg)</translation>
    </message>
    <message>
        <source>… en nog {n}.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Problemen:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Proefdraai: er is niets geïmporteerd.</source>
        <translation>Dry run: nothing has been imported.</translation>
    </message>
    <message>
        <source>Overgeslagen rijen (met een probleem): {rows}.</source>
        <translation>Skipped rows (with a problem): {rows}.</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>opslaan (reactie met toezeggingen, of een nieuw gevraagd advies) als het advies eenduidig is; de brief wordt aan het dossier toegevoegd</source>
        <translation>save (a reply with commitments, or a new solicited advice) if the advice is unambiguous; the letter is added to the dossier</translation>
    </message>
    <message>
        <source>een bestaand register inlezen (.xlsx, .csv)</source>
        <translation>read an existing register (.xlsx, .csv)</translation>
    </message>
    <message>
        <source>het spreadsheet</source>
        <translation>the spreadsheet</translation>
    </message>
    <message>
        <source>alleen tonen wat er geïmporteerd zou worden, en alle problemen</source>
        <translation>only show what would be imported, and all problems</translation>
    </message>
    <message>
        <source>de goede rijen importeren en de rijen met een probleem overslaan</source>
        <translation>import the good rows and skip the rows with a problem</translation>
    </message>
    <message>
        <source>het register als Excel-werkmap</source>
        <translation>the register as an Excel workbook</translation>
    </message>
    <message>
        <source>het bestand dat wordt geschreven (zonder extensie: .xlsx erbij)</source>
        <translation>the file to write (without extension: .xlsx is added)</translation>
    </message>
    <message>
        <source>het register als CSV (puntkomma's, voor Excel)</source>
        <translation>the register as CSV (semicolons, for Excel)</translation>
    </message>
    <message>
        <source>het bestand dat wordt geschreven (zonder extensie: .csv erbij)</source>
        <translation>the file to write (without extension: .csv is added)</translation>
    </message>
    <message>
        <source>het .ics-bestand dat wordt geschreven (zonder extensie: .ics erbij)</source>
        <translation>the .ics file to write (without extension: .ics is added)</translation>
    </message>
    <message>
        <source>openstaande termijnen als agenda (.ics, voor Outlook)</source>
        <translation>open deadlines as a calendar (.ics, for Outlook)</translation>
    </message>
    <message>
        <source>1 advies geëxporteerd naar {path}.</source>
        <translation>1 advice exported to {path}.</translation>
    </message>
    <message>
        <source>{n} adviezen geëxporteerd naar {path}.</source>
        <translation>{n} advices exported to {path}.</translation>
    </message>
    <message>
        <source>1 termijn geëxporteerd naar {path}; herinnering {reminder}.</source>
        <translation>1 deadline exported to {path}; reminder {reminder}.</translation>
    </message>
    <message>
        <source>{n} termijnen geëxporteerd naar {path}; herinnering {reminder}.</source>
        <translation>{n} deadlines exported to {path}; reminder {reminder}.</translation>
    </message>
    <message>
        <source>alleen wat binnen zoveel dagen verloopt (verlopen telt altijd)</source>
        <translation>only what falls due within this many days (overdue always counts)</translation>
    </message>
    <message>
        <source>het databasebestand</source>
        <translation>the database file</translation>
    </message>
    <message>
        <source>de JSON-uitvoer in dit bestand (UTF-8) in plaats van op het scherm; houdt --json in</source>
        <translation>the JSON output to this file (UTF-8) instead of the screen; implies --json</translation>
    </message>
    <message>
        <source>Onbekende {what}: ‘{value}’. Kies uit: {choices}.</source>
        <translation>Unknown {what}: ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Er is geen advies met id of nummer ‘{ref}’.</source>
        <translation>There is no advice with id or number ‘{ref}’.</translation>
    </message>
    <message>
        <source>Fout: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Afgebroken.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Er is niets half opgeslagen. De details staan in {log}; stuur dat bestand naar de beheerder.</source>
        <translation>Something unexpected went wrong. Nothing has been partly saved. The details are in {log}; send that file to your administrator.</translation>
    </message>
    <message>
        <source>(geen logbestand)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Geef een bestaande map op (de back-up krijgt daarin een naam met datum en tijd), of een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db in een bestaande map.</source>
        <translation>Give an existing folder (the backup gets a name with the date and time in it), or a new file name ending in .sqlite3, .sqlite or .db in an existing folder.</translation>
    </message>
    <message>
        <source>--to: de map {folder} bestaat niet. Maak hem eerst aan, of kies een andere plek voor de back-up.</source>
        <translation>--to: the folder {folder} does not exist. Create it first, or choose another place for the backup.</translation>
    </message>
    <message>
        <source>--to: {path} is geen map en geen back-upbestand.</source>
        <translation>--to: {path} is neither a folder nor a backup file.</translation>
    </message>
    <message>
        <source>--to: {path} bestaat niet.</source>
        <translation>--to: {path} does not exist.</translation>
    </message>
    <message>
        <source>--to: {path} is het register zelf.</source>
        <translation>--to: {path} is the register itself.</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd: {path} ({n} adviezen).</source>
        <translation>Backup made and checked: {path} ({n} advices).</translation>
    </message>
    <message>
        <source>Geen back-ups gevonden van {path}.</source>
        <translation>No backups found of {path}.</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>onbruikbaar</source>
        <translation>unusable</translation>
    </message>
    <message>
        <source>{n} (beschadigd)</source>
        <translation>{n} (damaged)</translation>
    </message>
    <message>
        <source>Geen van deze back-ups is bruikbaar.</source>
        <translation>None of these backups is usable.</translation>
    </message>
    <message>
        <source>Teruggezet: {source} ({n} adviezen) in {db}.</source>
        <translation>Restored: {source} ({n} advices) into {db}.</translation>
    </message>
    <message>
        <source>Het beschadigde bestand is ongewijzigd apart gezet als {path}.</source>
        <translation>The damaged file has been set aside unchanged as {path}.</translation>
    </message>
    <message>
        <source>Het vorige register is bewaard als {path}. Ongedaan maken: {command}</source>
        <translation>The previous register has been kept as {path}. To undo: {command}</translation>
    </message>
    <message>
        <source>nu een gecontroleerde back-up maken</source>
        <translation>make a checked backup now</translation>
    </message>
    <message>
        <source>MAP|BESTAND</source>
        <translation>FOLDER|FILE</translation>
    </message>
    <message>
        <source>een bestaande map voor de back-up (standaard: de map backups naast de database), of een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db</source>
        <translation>an existing folder for the backup (default: the backups folder next to the database), or a new file name ending in .sqlite3, .sqlite or .db</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>de back-ups tonen, nieuwste eerst</source>
        <translation>list the backups, newest first</translation>
    </message>
    <message>
        <source>een andere map met back-ups (zoals een USB-stick)</source>
        <translation>another folder with backups (such as a USB stick)</translation>
    </message>
    <message>
        <source>een back-up terugzetten (het huidige register blijft bewaard)</source>
        <translation>restore a backup (the current register is kept)</translation>
    </message>
    <message>
        <source>de back-up: een pad, of een bestandsnaam uit de map backups</source>
        <translation>the backup: a path, or a file name from the backups folder</translation>
    </message>
    <message>
        <source>herstellen wat kan (indexen, status en termijnen, zoekindex), na een back-up</source>
        <translation>repair what can be repaired (indexes, status and deadlines, search index), after a backup</translation>
    </message>
    <message>
        <source>Onbekend soort PDF: ‘{value}’. Kies uit: {choices}.</source>
        <translation>Unknown type of PDF: ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>--output moet een PDF-bestand zijn: ‘{name}’ eindigt op {suffix}. Gebruik een naam die eindigt op .pdf, zoals {example}.</source>
        <translation>--output must be a PDF file: ‘{name}’ ends in {suffix}. Use a name ending in .pdf, such as {example}.</translation>
    </message>
    <message>
        <source>Onbekende volgorde: ‘{value}’. Kies uit: {choices}.</source>
        <translation>Unknown order: ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>Geef met --year aan over welk jaar het jaaroverzicht gaat.</source>
        <translation>Use --year to say which year the annual overview covers.</translation>
    </message>
    <message>
        <source>Een jaaroverzicht gaat over een heel jaar: --ids, --status, --search en --advice-kind horen er niet bij.</source>
        <translation>An annual overview covers a whole year: --ids, --status, --search and --advice-kind do not apply to it.</translation>
    </message>
    <message>
        <source>--meeting hoort bij --kind agenda en --kind vergaderstukken.</source>
        <translation>--meeting goes with --kind agenda and --kind vergaderstukken.</translation>
    </message>
    <message>
        <source>--meeting: geef het id van de vergadering (een getal).</source>
        <translation>--meeting: give the id of the meeting (a number).</translation>
    </message>
    <message>
        <source>{n} termijn</source>
        <translation>{n} deadline</translation>
    </message>
    <message>
        <source>{n} termijnen</source>
        <translation>{n} deadlines</translation>
    </message>
    <message>
        <source>{n} agendapunt</source>
        <translation>{n} agenda item</translation>
    </message>
    <message>
        <source>{n} agendapunten</source>
        <translation>{n} agenda items</translation>
    </message>
    <message>
        <source>{n} advies</source>
        <translation>{n} advice</translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>{n} pagina</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>{n} pagina’s</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>PDF opgeslagen: {path} ({pages}, {what}).</source>
        <translation>PDF saved: {path} ({pages}, {what}).</translation>
    </message>
    <message>
        <source>Let op: deze PDF is VERTROUWELIJK en mag niet openbaar worden.</source>
        <translation>Note: this PDF is CONFIDENTIAL and must not be made public.</translation>
    </message>
    <message>
        <source>1 termijn van een vertrouwelijk advies is weggelaten (--include-confidential).</source>
        <translation>1 deadline of a confidential advice has been left out (--include-confidential).</translation>
    </message>
    <message>
        <source>{n} termijnen van vertrouwelijke adviezen zijn weggelaten (--include-confidential).</source>
        <translation>{n} deadlines of confidential advices have been left out (--include-confidential).</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies is weggelaten (--include-confidential).</source>
        <translation>1 confidential advice has been left out (--include-confidential).</translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen zijn weggelaten (--include-confidential).</source>
        <translation>{n} confidential advices have been left out (--include-confidential).</translation>
    </message>
    <message>
        <source>overzicht, dossier, jaaroverzicht of termijnenlijst als PDF</source>
        <translation>overview, dossier, annual overview or deadline list as PDF</translation>
    </message>
    <message>
        <source>Maak een PDF voor de leden: het overzicht van een selectie (meest urgent eerst), het dossier van een of meer adviezen, het jaaroverzicht of de termijnenlijst. Vertrouwelijke adviezen en interne notities blijven weg, tenzij --include-confidential.</source>
        <translation>Make a PDF for the members: the overview of a selection (most urgent first), the dossier of one or more advices, the annual overview or the deadline list. Confidential advices and internal notes are left out, unless --include-confidential.</translation>
    </message>
    <message>
        <source>welke PDF</source>
        <translation>which PDF</translation>
    </message>
    <message>
        <source>alleen deze soort advies (gevraagd, ongevraagd, signaal)</source>
        <translation>only this type of advice (gevraagd, ongevraagd, signaal)</translation>
    </message>
    <message>
        <source>waar de PDF komt (zonder extensie: .pdf erbij)</source>
        <translation>where the PDF goes (without extension: .pdf is added)</translation>
    </message>
    <message>
        <source>volgorde van het overzicht: {keys} (standaard: urgentie)</source>
        <translation>order of the overview: {keys} (default: urgentie)</translation>
    </message>
    <message>
        <source>agenda en vergaderstukken: de vergadering (standaard: de eerstvolgende)</source>
        <translation>agenda and vergaderstukken: the meeting (default: the next one)</translation>
    </message>
    <message>
        <source>SLEUTEL</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>aflopend sorteren</source>
        <translation>sort descending</translation>
    </message>
    <message>
        <source>termijnenlijst: zoveel dagen vooruit (standaard: de instelling ‘binnenkort’)</source>
        <translation>deadline list: this many days ahead (default: the ‘due soon’ setting)</translation>
    </message>
    <message>
        <source>‘{text}’ is geen jaar (1900 tot en met 2200).</source>
        <translation>‘{text}’ is not a year (1900 to 2200).</translation>
    </message>
    <message>
        <source>Gebruik --add of --remove, niet allebei.</source>
        <translation>Use --add or --remove, not both.</translation>
    </message>
    <message>
        <source>Geef met --name de naam van de vrije dag.</source>
        <translation>Use --name to give the name of the day off.</translation>
    </message>
    <message>
        <source>Eigen vrije dag toegevoegd: {date}, {name}.</source>
        <translation>Own day off added: {date}, {name}.</translation>
    </message>
    <message>
        <source>Eigen vrije dag verwijderd: {date}, {name}.</source>
        <translation>Own day off removed: {date}, {name}.</translation>
    </message>
    <message>
        <source>Noem een jaar (adviesraad holidays 2025), of gebruik --add/--remove.</source>
        <translation>Give a year (adviesraad holidays 2025), or use --add/--remove.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Toezegging opgeslagen (id {id}): {text}</source>
        <translation>Commitment saved (id {id}): {text}</translation>
    </message>
    <message>
        <source>Onbekende status: ‘{value}’. Kies uit: {choices}.</source>
        <translation>Unknown status: ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>--date en --note horen bij nagekomen of vervallen, niet bij open.</source>
        <translation>--date and --note go with nagekomen or vervallen, not with open.</translation>
    </message>
    <message>
        <source>‘{ref}’ is geen nummer van een toezegging.</source>
        <translation>‘{ref}’ is not a commitment number.</translation>
    </message>
    <message>
        <source>Toezegging {id}: {status}.</source>
        <translation>Commitment {id}: {status}.</translation>
    </message>
    <message>
        <source>de niet-werkdagen van een jaar (Algemene termijnenwet)</source>
        <translation>the non-working days of a year (General Time Limits Act)</translation>
    </message>
    <message>
        <source>JAAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>een eigen vrije dag van de adviesraad toevoegen</source>
        <translation>add a day off of the advisory council's own</translation>
    </message>
    <message>
        <source>naam bij --add</source>
        <translation>name for --add</translation>
    </message>
    <message>
        <source>een eigen vrije dag verwijderen</source>
        <translation>remove an own day off</translation>
    </message>
    <message>
        <source>een toezegging uit de reactie van het college</source>
        <translation>a commitment from the Executive's reply</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <source>uiterlijk (weglaten: zonder termijn)</source>
        <translation>due date (leave out: no deadline)</translation>
    </message>
    <message>
        <source>een toezegging afsluiten (nagekomen, vervallen) of heropenen</source>
        <translation>close a commitment (nagekomen, vervallen) or reopen it</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>nieuwe status</source>
        <translation>new status</translation>
    </message>
    <message>
        <source>wanneer afgesloten (standaard: vandaag)</source>
        <translation>when it was closed (default: today)</translation>
    </message>
    <message>
        <source>hoe: welke brief, welke vergadering</source>
        <translation>how: which letter, which meeting</translation>
    </message>
    <message>
        <source>{option}: onbekende waarde ‘{value}’. Kies uit: {choices}.</source>
        <translation>{option}: unknown value ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>‘{value}’ is geen vergadering: geef het id (een getal).</source>
        <translation>‘{value}’ is not a meeting: give its id (a number).</translation>
    </message>
    <message>
        <source>Vergadering van {date} opgeslagen (id {id}).</source>
        <translation>Meeting of {date} saved (id {id}).</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>{n} vergadering(en).</source>
        <translation>{n} meeting(s).</translation>
    </message>
    <message>
        <source> [vastgesteld]</source>
        <translation> [adopted]</translation>
    </message>
    <message>
        <source>Postlijst ({start} tot en met {end}):</source>
        <translation>Incoming post ({start} to {end}):</translation>
    </message>
    <message>
        <source>  (niets binnengekomen)</source>
        <translation>  (nothing received)</translation>
    </message>
    <message>
        <source>Actielijst:</source>
        <translation>Action list:</translation>
    </message>
    <message>
        <source>  (geen openstaande acties)</source>
        <translation>  (no open actions)</translation>
    </message>
    <message>
        <source>, uiterlijk {date}</source>
        <translation>, due {date}</translation>
    </message>
    <message>
        <source>--purpose hoort bij --add-advice.</source>
        <translation>--purpose goes with --add-advice.</translation>
    </message>
    <message>
        <source>Agenda opgeslagen: {path}</source>
        <translation>Agenda saved: {path}</translation>
    </message>
    <message>
        <source>Actie opgeslagen (id {id}): {text}</source>
        <translation>Action saved (id {id}): {text}</translation>
    </message>
    <message>
        <source>‘{value}’ is geen actie: geef het id.</source>
        <translation>‘{value}’ is not an action: give its id.</translation>
    </message>
    <message>
        <source>Actie {id}: {status}.</source>
        <translation>Action {id}: {status}.</translation>
    </message>
    <message>
        <source>een vergadering plannen</source>
        <translation>schedule a meeting</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>de aanvangstijd, bijv. 19:30</source>
        <translation>the starting time, e.g. 19:30</translation>
    </message>
    <message>
        <source>de plaats</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>plenair (standaard) of werkgroep</source>
        <translation>plenair (plenary, default) or werkgroep (working group)</translation>
    </message>
    <message>
        <source>het vergaderschema tonen</source>
        <translation>show the meeting schedule</translation>
    </message>
    <message>
        <source>alleen dit jaar</source>
        <translation>only this year</translation>
    </message>
    <message>
        <source>de agenda van een vergadering tonen of aanvullen</source>
        <translation>show or add to the agenda of a meeting</translation>
    </message>
    <message>
        <source>id van de vergadering</source>
        <translation>id of the meeting</translation>
    </message>
    <message>
        <source>een advies (id of nummer) op de agenda zetten</source>
        <translation>put an advice (id or number) on the agenda</translation>
    </message>
    <message>
        <source>waarom het advies op de agenda staat (standaard: bespreken)</source>
        <translation>why the advice is on the agenda (default: bespreken)</translation>
    </message>
    <message>
        <source>een vrij agendapunt</source>
        <translation>a free agenda item</translation>
    </message>
    <message>
        <source>een advies op de agenda vastgesteld verklaren</source>
        <translation>declare an advice on the agenda adopted</translation>
    </message>
    <message>
        <source>de agenda ook als Word-bestand (.docx) opslaan</source>
        <translation>also save the agenda as a Word file (.docx)</translation>
    </message>
    <message>
        <source>een actie voor de actielijst</source>
        <translation>an action for the action list</translation>
    </message>
    <message>
        <source>de actie</source>
        <translation>the action</translation>
    </message>
    <message>
        <source>wie de actie uitvoert</source>
        <translation>who carries out the action</translation>
    </message>
    <message>
        <source>uiterlijk op</source>
        <translation>due by</translation>
    </message>
    <message>
        <source>de status van een actie zetten</source>
        <translation>set the status of an action</translation>
    </message>
    <message>
        <source>id van de actie</source>
        <translation>id of the action</translation>
    </message>
    <message>
        <source>open, gedaan of vervallen</source>
        <translation>open, gedaan (done) or vervallen (lapsed)</translation>
    </message>
    <message>
        <source>de datum (standaard: vandaag)</source>
        <translation>the date (default: today)</translation>
    </message>
    <message>
        <source>Onbekende soort brief: ‘{value}’. Kies uit: {choices}.</source>
        <translation>Unknown kind of letter: ‘{value}’. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>--commitment verwacht het id van een toezegging (een getal).</source>
        <translation>--commitment expects the id of a commitment (a number).</translation>
    </message>
    <message>
        <source>Brief geschreven: {path} ({subject}, {date}).</source>
        <translation>Letter written: {path} ({subject}, {date}).</translation>
    </message>
    <message>
        <source>Vastgelegd in het dossier als brief van de raad.</source>
        <translation>Recorded in the dossier as a letter of the council.</translation>
    </message>
    <message>
        <source>E-mailconcept: {path}</source>
        <translation>E-mail draft: {path}</translation>
    </message>
    <message>
        <source>een brief van de raad opstellen uit een Word-sjabloon</source>
        <translation>write a letter of the council from a Word template</translation>
    </message>
    <message>
        <source>soort brief</source>
        <translation>kind of letter</translation>
    </message>
    <message>
        <source>de brief: .docx (Word) of .pdf</source>
        <translation>the letter: .docx (Word) or .pdf</translation>
    </message>
    <message>
        <source>dit Word-sjabloon (standaard: uit Instellingen, anders het eigen)</source>
        <translation>this Word template (default: from Settings, else the built-in one)</translation>
    </message>
    <message>
        <source>datum van de brief (standaard: vandaag)</source>
        <translation>date of the letter (default: today)</translation>
    </message>
    <message>
        <source>herinnering aan deze toezegging in plaats van aan de reactie</source>
        <translation>a reminder about this commitment instead of the reply</translation>
    </message>
    <message>
        <source>als verstuurd vastleggen in het dossier</source>
        <translation>record as sent in the dossier</translation>
    </message>
    <message>
        <source>ook een e-mailconcept (.eml) met de brief als bijlage</source>
        <translation>also an e-mail draft (.eml) with the letter attached</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Advies uiterlijk</source>
        <translation>Advice due</translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation>Executive's reply due</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>{what}: {number} {title}</source>
        <translation>{what}: {number} {title}</translation>
    </message>
    <message>
        <source>Advies {number}: {title}</source>
        <translation>Advice {number}: {title}</translation>
    </message>
    <message>
        <source>De adviesraad moet uiterlijk {date} adviseren.</source>
        <translation>The advisory council must give its advice by {date}.</translation>
    </message>
    <message>
        <source>Het college moet uiterlijk {date} schriftelijk reageren.</source>
        <translation>The Executive must reply in writing by {date}.</translation>
    </message>
    <message>
        <source>Het college heeft toegezegd dit uiterlijk {date} te doen.</source>
        <translation>The Executive has committed to doing this by {date}.</translation>
    </message>
    <message>
        <source>Verdaagd; oorspronkelijk {date}.</source>
        <translation>Extended; originally {date}.</translation>
    </message>
    <message>
        <source>VERTROUWELIJK</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Vergadering {council} ({kind})</source>
        <translation>Meeting {council} ({kind})</translation>
    </message>
    <message>
        <source>Termijnen {council}</source>
        <translation>Deadlines {council}</translation>
    </message>
    <message>
        <source>Adviesraad</source>
        <translation>Adviesraad</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Controle van {path}</source>
        <translation>Check of {path}</translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Niet alles kon worden gecontroleerd (1 onderdeel).</source>
        <translation>Not everything could be checked (1 part).</translation>
    </message>
    <message>
        <source>Niet alles kon worden gecontroleerd ({n} onderdelen).</source>
        <translation>Not everything could be checked ({n} parts).</translation>
    </message>
    <message>
        <source>Een deel kan automatisch worden hersteld (eerst wordt een back-up gemaakt): adviesraad check --repair</source>
        <translation>Part of this can be repaired automatically (a backup is made first): adviesraad check --repair</translation>
    </message>
    <message>
        <source>Een deel van de gegevens ({tables}) kan niet meer volledig worden gelezen. Automatisch herstel zou gegevens kwijtraken en is daarom niet mogelijk: zet een back-up terug.</source>
        <translation>Part of the data ({tables}) can no longer be read completely. Automatic repair would lose data and is therefore not possible: restore a backup.</translation>
    </message>
    <message>
        <source>Niet vast te stellen of alle gegevens nog leesbaar zijn; automatisch herstel wordt daarom niet aangeboden. Zet een back-up terug.</source>
        <translation>It cannot be established whether all data is still readable, so automatic repair is not offered. Restore a backup.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: {errors} in de bestandsstructuur.</source>
        <translation>The file is damaged: {errors} in the file structure.</translation>
    </message>
    <message>
        <source>{part}: niet gecontroleerd, dit deel is onleesbaar.</source>
        <translation>{part}: not checked, this part is unreadable.</translation>
    </message>
    <message>
        <source>De structuur van het bestand is in orde.</source>
        <translation>The structure of the file is in order.</translation>
    </message>
    <message>
        <source>Alle verwijzingen tussen tabellen kloppen.</source>
        <translation>All references between tables are correct.</translation>
    </message>
    <message>
        <source>{n} adviezen in het register.</source>
        <translation>{n} advices in the register.</translation>
    </message>
    <message>
        <source>adviezen</source>
        <translation>advices</translation>
    </message>
    <message>
        <source>aanbevelingen</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <source>reacties</source>
        <translation>replies</translation>
    </message>
    <message>
        <source>uitkomsten per aanbeveling</source>
        <translation>outcomes per recommendation</translation>
    </message>
    <message>
        <source>toezeggingen</source>
        <translation>commitments</translation>
    </message>
    <message>
        <source>verlengingen</source>
        <translation>extensions</translation>
    </message>
    <message>
        <source>documenten</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>geschiedenis</source>
        <translation>history</translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>1 probleem gevonden.</source>
        <translation>1 problem found.</translation>
    </message>
    <message>
        <source>{n} problemen gevonden.</source>
        <translation>{n} problems found.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: er wordt niets meer in opgeslagen tot het is hersteld of een back-up is teruggezet.</source>
        <translation>The file is damaged: nothing more will be saved in it until it has been repaired or a backup has been restored.</translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register gevonden.</source>
        <translation>No usable backup of this register was found.</translation>
    </message>
    <message>
        <source>Nieuwste bruikbare back-up: {backup}. Terugzetten: {command}</source>
        <translation>Newest usable backup: {backup}. To restore: {command}</translation>
    </message>
    <message>
        <source>Technische details: adviesraad check --json</source>
        <translation>Technical details: adviesraad check --json</translation>
    </message>
    <message>
        <source>Onder voorbehoud (zolang het bestand beschadigd is, zijn deze uitkomsten niet betrouwbaar):</source>
        <translation>With reservations (as long as the file is damaged, these results are not reliable):</translation>
    </message>
    <message>
        <source>De structuur van het bestand</source>
        <translation>The structure of the file</translation>
    </message>
    <message>
        <source>De verwijzingen tussen tabellen</source>
        <translation>The references between tables</translation>
    </message>
    <message>
        <source>Het aantal adviezen</source>
        <translation>The number of advices</translation>
    </message>
    <message>
        <source>Status en termijnen</source>
        <translation>Status and deadlines</translation>
    </message>
    <message>
        <source>De zoekindex</source>
        <translation>The search index</translation>
    </message>
    <message>
        <source>De documenten</source>
        <translation>The documents</translation>
    </message>
    <message>
        <source>onbekende fout; details: adviesraad check --json</source>
        <translation>unknown error; details: adviesraad check --json</translation>
    </message>
    <message>
        <source>{part}: niet gecontroleerd ({reason})</source>
        <translation>{part}: not checked ({reason})</translation>
    </message>
    <message>
        <source>De controle is niet volledig: {reason}</source>
        <translation>The check is incomplete: {reason}</translation>
    </message>
    <message>
        <source>Sluit andere programma's die het register gebruiken en controleer opnieuw.</source>
        <translation>Close other programs that use the register and check again.</translation>
    </message>
    <message>
        <source>Herstel bouwt de indexen opnieuw op of kopieert wat leesbaar is naar een nieuw bestand; lukt dat niet, zet dan een back-up terug.</source>
        <translation>Repair rebuilds the indexes or copies what is readable to a new file; if that fails, restore a backup.</translation>
    </message>
    <message>
        <source>Dit wordt niet automatisch hersteld, omdat er dan gegevens verdwijnen. Zet een back-up terug of vraag de beheerder om hulp.</source>
        <translation>This is not repaired automatically, because data would be lost. Restore a backup or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Status en termijnen kloppen met de gegevens.</source>
        <translation>Status and deadlines match the data.</translation>
    </message>
    <message>
        <source>De interne controle van de zoekindex is overgeslagen: het register was bezet door een ander programma.</source>
        <translation>The internal check of the search index was skipped: the register was in use by another program.</translation>
    </message>
    <message>
        <source>1 verwijzing naar gegevens die niet bestaan (in: {tables}).</source>
        <translation>1 reference to data that does not exist (in: {tables}).</translation>
    </message>
    <message>
        <source>{n} verwijzingen naar gegevens die niet bestaan (in: {tables}).</source>
        <translation>{n} references to data that does not exist (in: {tables}).</translation>
    </message>
    <message>
        <source>Bij 1 advies kloppen status of termijnen niet met de gegevens.</source>
        <translation>For 1 advice, status or deadlines do not match the data.</translation>
    </message>
    <message>
        <source>Bij {n} adviezen kloppen status of termijnen niet met de gegevens.</source>
        <translation>For {n} advices, status or deadlines do not match the data.</translation>
    </message>
    <message>
        <source>1 advies ontbreekt in de index, {extra} te veel.</source>
        <translation>1 advice is missing from the index, {extra} too many.</translation>
    </message>
    <message>
        <source>{n} adviezen ontbreken in de index, {extra} te veel.</source>
        <translation>{n} advices are missing from the index, {extra} too many.</translation>
    </message>
    <message>
        <source>De zoekindex klopt niet: {details}</source>
        <translation>The search index is not correct: {details}</translation>
    </message>
    <message>
        <source>De zoekindex klopt.</source>
        <translation>The search index is correct.</translation>
    </message>
    <message>
        <source>Documenten ontbreken op schijf: {names}</source>
        <translation>Documents missing on disk: {names}</translation>
    </message>
    <message>
        <source>Zet de map {folder} terug uit een reservekopie, of voeg de documenten opnieuw toe in het dossier.</source>
        <translation>Restore the folder {folder} from a backup copy, or add the documents to the dossier again.</translation>
    </message>
    <message>
        <source>Documenten zijn gewijzigd sinds ze zijn toegevoegd: {names}</source>
        <translation>Documents have changed since they were added: {names}</translation>
    </message>
    <message>
        <source>Iemand heeft de opgeslagen kopie overschreven. Voeg het juiste document opnieuw toe in het dossier.</source>
        <translation>Someone has overwritten the stored copy. Add the correct document to the dossier again.</translation>
    </message>
    <message>
        <source>Documenten zijn opgeslagen onder een naam die Windows niet kan maken: {names}</source>
        <translation>Documents have been stored under a name that Windows cannot create: {names}</translation>
    </message>
    <message>
        <source>Zo'n map kan niet naar een Windows-computer worden gekopieerd. Voeg deze documenten opnieuw toe in het dossier (ze krijgen dan een naam die overal werkt) en verwijder de oude.</source>
        <translation>Such a folder cannot be copied to a Windows computer. Add these documents to the dossier again (they then get a name that works everywhere) and delete the old ones.</translation>
    </message>
    <message>
        <source>Alle {n} documenten zijn aanwezig en ongewijzigd.</source>
        <translation>All {n} documents are present and unchanged.</translation>
    </message>
    <message>
        <source>Eerst is een back-up gemaakt: {path}</source>
        <translation>A backup was made first: {path}</translation>
    </message>
    <message>
        <source>Er was niets automatisch te herstellen.</source>
        <translation>There was nothing to repair automatically.</translation>
    </message>
    <message>
        <source>Het bestand kon niet automatisch worden hersteld: een deel van de gegevens is onleesbaar, en herstel zou gegevens kwijtraken. Er is niets gewijzigd. Zet een back-up terug, of vraag de beheerder om hulp.</source>
        <translation>The file could not be repaired automatically: part of the data is unreadable, and repair would lose data. Nothing has been changed. Restore a backup, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Het bestand kon niet automatisch worden hersteld ({reason}). Er is niets weggegooid: het bestand zoals het was, is bewaard als {backup}. Zet een back-up terug, of vraag de beheerder om hulp.</source>
        <translation>The file could not be repaired automatically ({reason}). Nothing has been thrown away: the file as it was has been kept as {backup}. Restore a backup, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>het blijft beschadigd</source>
        <translation>it is still damaged</translation>
    </message>
    <message>
        <source>De indexen van het bestand zijn opnieuw opgebouwd.</source>
        <translation>The file's indexes have been rebuilt.</translation>
    </message>
    <message>
        <source>Status en termijnen van {n} adviezen zijn opnieuw berekend.</source>
        <translation>Status and deadlines of {n} advices have been recalculated.</translation>
    </message>
    <message>
        <source>De zoekindex is opnieuw opgebouwd ({n} adviezen).</source>
        <translation>The search index has been rebuilt ({n} advices).</translation>
    </message>
    <message>
        <source>ook een kopie van wat leesbaar is, lukte niet</source>
        <translation>making a copy of what is readable failed as well</translation>
    </message>
    <message>
        <source>de kopie is niet in orde</source>
        <translation>the copy is not in order</translation>
    </message>
    <message>
        <source>Wat leesbaar was ({n} adviezen), is gekopieerd naar een nieuw bestand en in plaats van het beschadigde gezet; dat is bewaard als {path}.</source>
        <translation>What was readable ({n} advices) has been copied to a new file, which has replaced the damaged one; the damaged file has been kept as {path}.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Adviesraad controleert het bestand, de verwijzingen tussen de gegevens, status en termijnen, de zoekindex en alle documenten. Controleren verandert niets; herstellen gebeurt pas als u daarom vraagt, en altijd na een back-up.</source>
        <translation>Adviesraad checks the file, the references between the data, status and deadlines, the search index and all documents. Checking changes nothing; repairs are only made when you ask for them, and always after a backup.</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation>&amp;Repair</translation>
    </message>
    <message>
        <source>Eerst wordt een back-up gemaakt; daarna wordt hersteld wat kan worden hersteld</source>
        <translation>A backup is made first; then whatever can be repaired is repaired</translation>
    </message>
    <message>
        <source>&amp;Opnieuw controleren</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CloseCommitmentDialog</name>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Toezegging afsluiten</source>
        <translation>Close commitment</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>welke brief, welke vergadering</source>
        <translation>which letter, which meeting</translation>
    </message>
    <message>
        <source>D&amp;ocument</source>
        <translation>D&amp;ocument</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Toezegging bewerken</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <source>De datum ({date}) ligt vóór de reactie van het college ({reply}), waarin de toezegging is gedaan.</source>
        <translation>The date ({date}) is before the Executive's reply ({reply}) in which the commitment was made.</translation>
    </message>
    <message>
        <source>De datum ({date}) ligt in de toekomst.</source>
        <translation>The date ({date}) is in the future.</translation>
    </message>
    <message>
        <source>Document {id} hoort niet bij het dossier van dit advies.</source>
        <translation>Document {id} does not belong to this advice's dossier.</translation>
    </message>
    <message>
        <source>Status toezegging wijzigen</source>
        <translation>Change commitment status</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Open toezeggingen</source>
        <translation>Open commitments</translation>
    </message>
    <message>
        <source>Nagekomen</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Alle toezeggingen</source>
        <translation>All commitments</translation>
    </message>
    <message>
        <source>Tonen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Weer open</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
</context>
<context>
    <name>ComposeLetterDialog</name>
    <message>
        <source>de reactie van het college</source>
        <translation>the college's reply</translation>
    </message>
    <message>
        <source>toezegging: {text}</source>
        <translation>commitment: {text}</translation>
    </message>
    <message>
        <source>PDF (om te versturen)</source>
        <translation>PDF (to send)</translation>
    </message>
    <message>
        <source>Word (.docx, om te bewerken)</source>
        <translation>Word (.docx, to edit)</translation>
    </message>
    <message>
        <source>Volgende stap: {step}.</source>
        <translation>Next step: {step}.</translation>
    </message>
    <message>
        <source>Opstellen</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>standaardsjabloon ({name})</source>
        <translation>built-in template ({name})</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Brief opslaan als</source>
        <translation>Save letter as</translation>
    </message>
    <message>
        <source>Vul de datum van de brief in.</source>
        <translation>Fill in the date of the letter.</translation>
    </message>
    <message>
        <source>Kies waar de brief moet komen.</source>
        <translation>Choose where the letter goes.</translation>
    </message>
    <message>
        <source>Brief vastleggen</source>
        <translation>Record letter</translation>
    </message>
    <message>
        <source>De brief staat in {path}.</source>
        <translation>The letter is in {path}.</translation>
    </message>
    <message>
        <source>Vastgelegd in het dossier als brief van de raad van {date}.</source>
        <translation>Recorded in the dossier as a letter of the council of {date}.</translation>
    </message>
    <message>
        <source>Het e-mailconcept is geopend.</source>
        <translation>The e-mail draft has been opened.</translation>
    </message>
    <message>
        <source>Brief opstellen</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Type of letter</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Datum van de brief</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Indeling</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Als verstuurd vastleggen in het dossier</source>
        <translation>Record as sent in the dossier</translation>
    </message>
    <message>
        <source>E-mailconcept voor Outlook maken (.eml)</source>
        <translation>Make an e-mail draft for Outlook (.eml)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Adviesraad — onverwachte fout</source>
        <translation>Adviesraad — unexpected error</translation>
    </message>
    <message>
        <source>Gegevens voor de beheerder</source>
        <translation>Information for the administrator</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&lt;b style='font-size:15pt;color:#b71c1c'&gt;{n}&lt;/b&gt;&lt;br&gt;te laat</source>
        <translation>&lt;b style='font-size:15pt;color:#b71c1c'&gt;{n}&lt;/b&gt;&lt;br&gt;late</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:15pt;color:#a15c00'&gt;{n}&lt;/b&gt;&lt;br&gt;binnen 1 dag</source>
        <translation>&lt;b style='font-size:15pt;color:#a15c00'&gt;{n}&lt;/b&gt;&lt;br&gt;within 1 day</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:15pt;color:#a15c00'&gt;{n}&lt;/b&gt;&lt;br&gt;binnen {days} dagen</source>
        <translation>&lt;b style='font-size:15pt;color:#a15c00'&gt;{n}&lt;/b&gt;&lt;br&gt;within {days} days</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:15pt'&gt;{n}&lt;/b&gt;&lt;br&gt;lopend / wacht op reactie</source>
        <translation>&lt;b style='font-size:15pt'&gt;{n}&lt;/b&gt;&lt;br&gt;running / awaiting reply</translation>
    </message>
    <message>
        <source>&lt;br&gt;+ {n} open, zonder termijn</source>
        <translation>&lt;br&gt;+ {n} open, without a deadline</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Peildatum:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Dubbelklik op een regel om het dossier te openen.</source>
        <translation>Double-click a row to open the dossier.</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Kies een datum in de kalender (Alt+pijl omlaag)</source>
        <translation>Choose a date in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>‘{text}’ ligt te ver in het verleden of de toekomst (jaar {year}).</source>
        <translation>‘{text}’ is too far in the past or the future (year {year}).</translation>
    </message>
    <message>
        <source>‘{text}’ bestaat niet als datum.</source>
        <translation>‘{text}’ does not exist as a date.</translation>
    </message>
    <message>
        <source>Er is geen datum ingevuld.</source>
        <translation>No date has been entered.</translation>
    </message>
    <message>
        <source>‘{month}’ is geen maand (in ‘{text}’).</source>
        <translation>‘{month}’ is not a month (in ‘{text}’).</translation>
    </message>
    <message>
        <source>‘{text}’ is geen datum. Schrijf bijvoorbeeld 12-08-2024 of 12 augustus 2024.</source>
        <translation>‘{text}’ is not a date. Write, for example, 12-08-2024 or 12 August 2024.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Verdagen…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>De termijn van de gekozen regel verdagen</source>
        <translation>Extend the deadline of the selected row</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Brief opstellen…</source>
        <translation>Write letter…</translation>
    </message>
    <message>
        <source>Advies verzonden…</source>
        <translation>Advice sent…</translation>
    </message>
    <message>
        <source>Reactie registreren…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <source>Toezegging nagekomen</source>
        <translation>Commitment fulfilled</translation>
    </message>
    <message>
        <source>Volgende stap: {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <source>Een brief van de raad over dit advies opstellen</source>
        <translation>Write a letter of the council about this advice</translation>
    </message>
</context>
<context>
    <name>DeletedView</name>
    <message>
        <source>{n} verwijderde adviezen</source>
        <translation>{n} deleted advices</translation>
    </message>
    <message>
        <source>Verwijderde adviezen blijven bewaard (archiefregels) en kunnen worden teruggezet.</source>
        <translation>Deleted advices are kept (archiving rules) and can be restored.</translation>
    </message>
    <message>
        <source>Verwijderde adviezen</source>
        <translation>Deleted advices</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>De database {path} bevat al adviezen; demogegevens worden alleen in een lege database geladen. Kies een nieuw bestand met --db.</source>
        <translation>The database {path} already contains advices; demo data is only loaded into an empty database. Choose a new file with --db.</translation>
    </message>
    <message>
        <source>Stadhuis, raadszaal</source>
        <translation>Town hall, council chamber</translation>
    </message>
    <message>
        <source>Werkbezoek Werkplein plannen</source>
        <translation>Plan a working visit to the Werkplein</translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>Wethouder uitnodigen voor toelichting op de regiovisie</source>
        <translation>Invite the alderman to explain the regional vision</translation>
    </message>
    <message>
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>Jaarplan en begroting adviesraad</source>
        <translation>Advisory council's annual plan and budget</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Nieuwste bruikbare back-up: {backup}</source>
        <translation>Newest usable backup: {backup}</translation>
    </message>
    <message>
        <source>Terugzetten (het huidige bestand wordt eerst apart bewaard): {command}</source>
        <translation>To restore (the current file is kept separately first): {command}</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie van Adviesraad om dit bestand te openen. Een oudere back-up terugzetten kan ook, maar wat daarna in de nieuwere versie is ingevoerd, ontbreekt dan.</source>
        <translation>Install the latest version of Adviesraad to open this file. Restoring an older backup is also possible, but anything entered in the newer version after it will then be missing.</translation>
    </message>
    <message>
        <source>Gebruik --db met een ander bestand, of maak een nieuw register (adviesraad init).</source>
        <translation>Use --db with another file, or create a new register (adviesraad init).</translation>
    </message>
    <message>
        <source>Kies een ander bestand, of maak een nieuw register (adviesraad init).</source>
        <translation>Choose another file, or create a new register (adviesraad init).</translation>
    </message>
    <message>
        <source>Zet een back-up terug of gebruik --db met een ander bestand. Bij terugzetten wordt het huidige bestand eerst apart bewaard; er gaat niets verloren.</source>
        <translation>Restore a backup or use --db with another file. When restoring, the current file is kept separately first; nothing is lost.</translation>
    </message>
    <message>
        <source>Open een back-up of kies een ander bestand. Bij terugzetten wordt het huidige bestand eerst apart bewaard; er gaat niets verloren.</source>
        <translation>Open a backup or choose another file. When restoring, the current file is kept separately first; nothing is lost.</translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn beschadigd of onleesbaar (zie adviesraad backups). Gebruik --db met een ander bestand, of vraag de beheerder om hulp.</source>
        <translation>There is no usable backup of this register: the backups that exist are damaged or unreadable (see adviesraad backups). Use --db with another file, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn beschadigd of onleesbaar. Kies een ander bestand, of vraag de beheerder om hulp.</source>
        <translation>There is no usable backup of this register: the backups that exist are damaged or unreadable. Choose another file, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Er zijn geen back-ups van dit register gevonden. Gebruik --db met een ander bestand, of vraag de beheerder om hulp.</source>
        <translation>No backups of this register were found. Use --db with another file, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Er zijn geen back-ups van dit register gevonden. Kies een ander bestand, of vraag de beheerder om hulp.</source>
        <translation>No backups of this register were found. Choose another file, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Sluit het andere programma dat het bestand gebruikt (of wacht even) en probeer het opnieuw.</source>
        <translation>Close the other program that is using the file (or wait a moment) and try again.</translation>
    </message>
    <message>
        <source>Zet het bestand op een plek waar u mag schrijven, of vraag de beheerder om schrijfrechten.</source>
        <translation>Put the file in a place where you may write, or ask your administrator for write permission.</translation>
    </message>
    <message>
        <source>Maak ruimte vrij op de schijf of controleer de schijf, en probeer het opnieuw.</source>
        <translation>Free up space on the disk or check the disk, and try again.</translation>
    </message>
    <message>
        <source>Gebruik --db met een ander bestand.</source>
        <translation>Use --db with another file.</translation>
    </message>
    <message>
        <source>Kies een ander bestand.</source>
        <translation>Choose another file.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aanbeveling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Motivering van het college</source>
        <translation>Executive's reasoning</translation>
    </message>
    <message>
        <source>(nog invullen)</source>
        <translation>(still to be filled in)</translation>
    </message>
    <message>
        <source>(geen motivering vastgelegd)</source>
        <translation>(no reasoning recorded)</translation>
    </message>
    <message>
        <source>Volgt uit de gegevens</source>
        <translation>Follows from the data</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Open houden</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <source>(niet van toepassing / per aanbeveling)</source>
        <translation>(not applicable / per recommendation)</translation>
    </message>
    <message>
        <source>Dubbelklik op een aanbeveling (of kies hem en druk Enter of F2) om de tekst te wijzigen; Ctrl+Enter is klaar. De nummering volgt de volgorde.</source>
        <translation>Double-click a recommendation (or select it and press Enter or F2) to edit its text; Ctrl+Enter finishes. The numbering follows the order.</translation>
    </message>
    <message>
        <source>Sleep bestanden hierheen of kies ‘Toevoegen…’. Er wordt een kopie bewaard naast de database; dubbelklik om te openen.</source>
        <translation>Drag files here or choose ‘Add…’. A copy is kept next to the database; double-click to open.</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Akkoord van</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>wordt toegekend bij opslaan (bijv. {example})</source>
        <translation>assigned when saved (e.g. {example})</translation>
    </message>
    <message>
        <source>Nieuw advies</source>
        <translation>New advice</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>geen (alleen bij een gevraagd advies met aanvraagdatum)</source>
        <translation>none (only for a solicited advice with a request date)</translation>
    </message>
    <message>
        <source>loopt vanaf de datum van het advies</source>
        <translation>runs from the date of the advice</translation>
    </message>
    <message>
        <source>(1 dag na het advies)</source>
        <translation>(1 day after the advice)</translation>
    </message>
    <message>
        <source>({n} dagen na het advies)</source>
        <translation>({n} days after the advice)</translation>
    </message>
    <message>
        <source>Sla het advies eerst op; daarna kunt u de reactie van het college registreren.</source>
        <translation>Save the advice first; then you can record the Executive's reply.</translation>
    </message>
    <message>
        <source>Vul eerst de datum van het advies (verzonden) in op het tabblad Advies en sla op; de reactietermijn loopt vanaf die datum.</source>
        <translation>First enter the date of the advice (sent) on the Advice tab and save; the reply period runs from that date.</translation>
    </message>
    <message>
        <source>Nog geen reactie van het college geregistreerd.</source>
        <translation>No reply from the Executive recorded yet.</translation>
    </message>
    <message>
        <source>open, zonder termijn</source>
        <translation>open, without a deadline</translation>
    </message>
    <message>
        <source>geen termijn</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Toezeggingen horen bij een reactie van het college: registreer eerst de reactie.</source>
        <translation>Commitments belong to a reply from the Executive: record the reply first.</translation>
    </message>
    <message>
        <source>Bij aanbeveling {n} staat een motivering, maar geen uitkomst: kies de uitkomst (of maak de motivering leeg).</source>
        <translation>Recommendation {n} has reasoning but no outcome: choose the outcome (or clear the reasoning).</translation>
    </message>
    <message>
        <source>Vul de datum van de reactie in.</source>
        <translation>Enter the date of the reply.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: 1 veld klopt niet (zie de rode melding).</source>
        <translation>Not saved: 1 field is not correct (see the red message).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {n} velden kloppen niet (zie de rode meldingen).</source>
        <translation>Not saved: {n} fields are not correct (see the red messages).</translation>
    </message>
    <message>
        <source>Opgeslagen. Let op: bij aanbeveling {numbers} wijkt het college af zonder vastgelegde motivering.</source>
        <translation>Saved. Note: for recommendation {numbers} the Executive departs from the advice without recorded reasoning.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Advies registreren</source>
        <translation>Register advice</translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <source>Reactie verwijderen</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <source>Toezegging toevoegen</source>
        <translation>Add commitment</translation>
    </message>
    <message>
        <source>Toezegging wijzigen</source>
        <translation>Change commitment</translation>
    </message>
    <message>
        <source>Toezegging verwijderen</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <source>Voor deze termijn is (nog) geen datum bekend.</source>
        <translation>No date is known for this deadline (yet).</translation>
    </message>
    <message>
        <source>Termijn verdagen</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>Verdaging intrekken</source>
        <translation>Withdraw extension</translation>
    </message>
    <message>
        <source>Sla het advies eerst op; daarna kunt u documenten toevoegen.</source>
        <translation>Save the advice first; then you can add documents.</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Documenten toevoegen</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.eml *.msg);;Alle bestanden (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand {name} ontbreekt in de documentenmap ({folder}). Laat de database controleren.</source>
        <translation>The file {name} is missing from the documents folder ({folder}). Have the database checked.</translation>
    </message>
    <message>
        <source>Document verwijderen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Tekst van de aanbeveling</source>
        <translation>Text of the recommendation</translation>
    </message>
    <message>
        <source>Ctrl+Enter of Tab: klaar; Esc: wijziging ongedaan maken</source>
        <translation>Ctrl+Enter or Tab: done; Esc: undo the change</translation>
    </message>
    <message>
        <source>Interne notities</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Uitkomst: typ o (overgenomen), d (deels), n (niet) of k (kennisgenomen), of druk F2 voor de lijst. Motivering: F2 of Enter.</source>
        <translation>Outcome: type o (overgenomen, adopted), d (deels, partly), n (niet, not) or k (kennisgenomen, noted), or press F2 for the list. Reasoning: F2 or Enter.</translation>
    </message>
    <message>
        <source>Brief opstellen…</source>
        <translation>Write letter…</translation>
    </message>
    <message>
        <source>Een brief van de raad over dit advies: ontvangstbevestiging, adviesbrief, herinnering of bericht aan de gemeenteraad</source>
        <translation>A letter of the council about this advice: acknowledgement, advice letter, reminder or notice to the municipal council</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation>Requested deadline</translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation>Advice deadline</translation>
    </message>
    <message>
        <source>Datum advies (verzonden)</source>
        <translation>Date of advice (sent)</translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation>Executive's reply due</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vertrouwelijk — niet openbaar, niet in exports zonder uitdrukkelijke keuze</source>
        <translation>Confidential — not public, not in exports unless explicitly chosen</translation>
    </message>
    <message>
        <source>Gepubliceerd (actieve openbaarmaking, Woo)</source>
        <translation>Published (active disclosure, Woo)</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Aanbeveling toevoegen</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Reactie college</source>
        <translation>Executive's reply</translation>
    </message>
    <message>
        <source>Datum reactie</source>
        <translation>Date of reply</translation>
    </message>
    <message>
        <source>Kenmerk gemeente (Ons kenmerk)</source>
        <translation>Municipality's reference (Our reference)</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation>Letter subject</translation>
    </message>
    <message>
        <source>Uitkomst (geheel)</source>
        <translation>Outcome (overall)</translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Uitkomst per aanbeveling (met de motivering als het college afwijkt):</source>
        <translation>Outcome per recommendation (with the reasoning if the Executive departs from the advice):</translation>
    </message>
    <message>
        <source>Uitkomst per aanbeveling</source>
        <translation>Outcome per recommendation</translation>
    </message>
    <message>
        <source>Reactie registreren</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Reactie verwijderen</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Toezegging toevoegen…</source>
        <translation>Add commitment…</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Nagekomen</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Reactietermijn</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <source>Verdagingen (de oorspronkelijke datum blijft bewaard):</source>
        <translation>Extensions (the original date is kept):</translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Adviestermijn verdagen…</source>
        <translation>Extend advice deadline…</translation>
    </message>
    <message>
        <source>Reactietermijn verdagen…</source>
        <translation>Extend reply deadline…</translation>
    </message>
    <message>
        <source>Verdaging intrekken</source>
        <translation>Withdraw extension</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>INTERN — komt niet in exports. Houd persoonsgegevens zo beperkt mogelijk (AVG).</source>
        <translation>INTERNAL — not included in exports. Keep personal data to a minimum (GDPR).</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Er is geen advies met id {ids} (of het is verwijderd).</source>
        <translation>There is no advice with id {ids} (or it has been deleted).</translation>
    </message>
    <message>
        <source>Er zijn geen adviezen met id {ids} (of ze zijn verwijderd).</source>
        <translation>There are no advices with id {ids} (or they have been deleted).</translation>
    </message>
    <message>
        <source>Er is geen bestand gemaakt.</source>
        <translation>No file has been created.</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Register van adviezen</source>
        <translation>Register of advices</translation>
    </message>
    <message>
        <source>Onbekend formaat ‘{fmt}’ voor {name}: kies .xlsx of .csv.</source>
        <translation>Unknown format ‘{fmt}’ for {name}: choose .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Adviezenoverzicht</source>
        <translation>Overview of advices</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Jaaroverzicht</source>
        <translation>Annual overview</translation>
    </message>
    <message>
        <source>Termijnenlijst</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>(VERTROUWELIJK)</source>
        <translation>(CONFIDENTIAL)</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 advice</translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies valt wel in de selectie; kies ‘vertrouwelijk opnemen’ (--include-confidential) om het mee te nemen.</source>
        <translation>1 confidential advice does fall within the selection; choose ‘include confidential’ (--include-confidential) to include it.</translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen vallen wel in de selectie; kies ‘vertrouwelijk opnemen’ (--include-confidential) om ze mee te nemen.</source>
        <translation>{n} confidential advices do fall within the selection; choose ‘include confidential’ (--include-confidential) to include them.</translation>
    </message>
    <message>
        <source>Er zijn geen adviezen in deze selectie ({selection}).</source>
        <translation>There are no advices in this selection ({selection}).</translation>
    </message>
    <message>
        <source>Er is geen PDF gemaakt.</source>
        <translation>No PDF has been created.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Vergaderstukken</source>
        <translation>Meeting papers</translation>
    </message>
    <message>
        <source>Selectie: {selection}. {advices}, {order}. Peildatum {today}.</source>
        <translation>Selection: {selection}. {advices}, {order}. As of {today}.</translation>
    </message>
    <message>
        <source>Overzicht van {advices} ({selection}).</source>
        <translation>Overview of {advices} ({selection}).</translation>
    </message>
    <message>
        <source>advies uiterlijk</source>
        <translation>advice due</translation>
    </message>
    <message>
        <source>reactie uiterlijk</source>
        <translation>reply due</translation>
    </message>
    <message>
        <source>De gekozen adviezen zijn vertrouwelijk.</source>
        <translation>The chosen advices are confidential.</translation>
    </message>
    <message>
        <source>advies {number}</source>
        <translation>advice {number}</translation>
    </message>
    <message>
        <source>Dossier van advies {number}: {title}</source>
        <translation>Dossier of advice {number}: {title}</translation>
    </message>
    <message>
        <source>Dossiers van {advices} ({selection}).</source>
        <translation>Dossiers of {advices} ({selection}).</translation>
    </message>
    <message>
        <source>{advices}: {selection}.</source>
        <translation>{advices}: {selection}.</translation>
    </message>
    <message>
        <source>Peildatum {today}.</source>
        <translation>As of {today}.</translation>
    </message>
    <message>
        <source>Kies het jaar waarover het jaaroverzicht gaat.</source>
        <translation>Choose the year the annual overview covers.</translation>
    </message>
    <message>
        <source>Jaren met adviezen: {years}.</source>
        <translation>Years with advices: {years}.</translation>
    </message>
    <message>
        <source>Het register is nog leeg.</source>
        <translation>The register is still empty.</translation>
    </message>
    <message>
        <source>Er zijn geen adviezen uit {year}.</source>
        <translation>There are no advices from {year}.</translation>
    </message>
    <message>
        <source>Adviezen van de adviesraad in {year}, de reacties van het college en wat er met de aanbevelingen is gedaan. Stand op {today}.</source>
        <translation>The advisory council's advices in {year}, the Executive's replies and what was done with the recommendations. Status as of {today}.</translation>
    </message>
    <message>
        <source>Jaaroverzicht {year}: bijlage bij het jaarverslag.</source>
        <translation>Annual overview {year}: appendix to the annual report.</translation>
    </message>
    <message>
        <source>adviezen uit {year}</source>
        <translation>advices from {year}</translation>
    </message>
    <message>
        <source>Het aantal dagen vooruit moet 0 of meer zijn.</source>
        <translation>The number of days ahead must be 0 or more.</translation>
    </message>
    <message>
        <source>Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt (1 dag vooruit).</source>
        <translation>As of {today}: everything that is late and everything that falls due by {until} (1 day ahead).</translation>
    </message>
    <message>
        <source>Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt ({n} dagen vooruit).</source>
        <translation>As of {today}: everything that is late and everything that falls due by {until} ({n} days ahead).</translation>
    </message>
    <message>
        <source>alles wat te laat is en 1 dag vooruit</source>
        <translation>everything that is late and 1 day ahead</translation>
    </message>
    <message>
        <source>alles wat te laat is en {n} dagen vooruit</source>
        <translation>everything that is late and {n} days ahead</translation>
    </message>
    <message>
        <source>Selectie: {selection}.</source>
        <translation>Selection: {selection}.</translation>
    </message>
    <message>
        <source>Termijnen per {today}: {late} te laat, {soon} binnenkort.</source>
        <translation>Deadlines as of {today}: {late} late, {soon} due soon.</translation>
    </message>
    <message>
        <source>en nog {n}</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>in advies {number}</source>
        <translation>in advice {number}</translation>
    </message>
    <message>
        <source>in de adviezen {numbers}</source>
        <translation>in advices {numbers}</translation>
    </message>
    <message>
        <source>Deze tekens staan niet in het lettertype van de PDF en zijn vervangen door ‘{replacement}’: {characters}.</source>
        <translation>These characters are not in the PDF's font and have been replaced by ‘{replacement}’: {characters}.</translation>
    </message>
    <message>
        <source>Het gaat om tekst {where}.</source>
        <translation>This concerns text {where}.</translation>
    </message>
    <message>
        <source>Tekst die van rechts naar links loopt (Arabisch, Hebreeuws) wordt niet ondersteund: die staat in de PDF in omgekeerde volgorde.</source>
        <translation>Right-to-left text (Arabic, Hebrew) is not supported: it appears in the PDF in reverse order.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.</source>
        <translation>The folder {folder} does not exist. Choose another place to save the PDF.</translation>
    </message>
    <message>
        <source>De schijf is vol: {path} kon niet worden opgeslagen. Er is niets achtergebleven.</source>
        <translation>The disk is full: {path} could not be saved. Nothing has been left behind.</translation>
    </message>
    <message>
        <source>{name} kan niet worden overschreven: het bestand is geopend in een ander programma (bijvoorbeeld een PDF-lezer) of is alleen-lezen. Sluit het en probeer het opnieuw, of kies een andere naam.</source>
        <translation>{name} cannot be overwritten: the file is open in another program (a PDF reader, for example) or is read-only. Close it and try again, or choose another name.</translation>
    </message>
    <message>
        <source>Geen schrijfrechten in de map {folder}. Kies een andere plek om de PDF op te slaan.</source>
        <translation>No write permission in the folder {folder}. Choose another place to save the PDF.</translation>
    </message>
    <message>
        <source>{path} kon niet worden opgeslagen (systeemfout {code}).</source>
        <translation>{path} could not be saved (system error {code}).</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op, zoals {name}.</source>
        <translation>{path} is a folder; give a file name, such as {name}.</translation>
    </message>
    <message>
        <source>Geef een bestandsnaam op voor de PDF.</source>
        <translation>Give a file name for the PDF.</translation>
    </message>
    <message>
        <source>Het maken van de PDF is afgebroken; er is niets opgeslagen.</source>
        <translation>Making the PDF was cancelled; nothing has been saved.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om het bestand op te slaan.</source>
        <translation>The folder {folder} does not exist. Choose another place to save the file.</translation>
    </message>
    <message>
        <source>‘{name}’ eindigt op {found}, maar dit wordt een {expected}-bestand. Gebruik een naam die eindigt op {expected}, zoals {example}.</source>
        <translation>‘{name}’ ends in {found}, but this will be a {expected} file. Use a name ending in {expected}, such as {example}.</translation>
    </message>
    <message>
        <source>Agenda vergadering {date}</source>
        <translation>Agenda, meeting of {date}</translation>
    </message>
    <message>
        <source>aanvang {time}</source>
        <translation>starts at {time}</translation>
    </message>
    <message>
        <source>(vertrouwelijk)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>Er is geen vergadering gepland vanaf {date}.</source>
        <translation>No meeting is scheduled from {date}.</translation>
    </message>
    <message>
        <source>{kind} vergadering {date}</source>
        <translation>{kind}, meeting of {date}</translation>
    </message>
    <message>
        <source>{kind} voor de vergadering van {date}.</source>
        <translation>{kind} for the meeting of {date}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>het hele register</source>
        <translation>the whole register</translation>
    </message>
    <message>
        <source>het register met het huidige filter: {parts}</source>
        <translation>the register with the current filter: {parts}</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities opnemen</source>
        <translation>Include confidential advices and internal notes</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>{what}; loopt nu tot {date}</source>
        <translation>{what}; currently runs until {date}</translation>
    </message>
    <message>
        <source>Vul de nieuwe datum in.</source>
        <translation>Enter the new date.</translation>
    </message>
    <message>
        <source>Termijn verdagen</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Nieuwe datum</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Akkoord van</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Afgesproken op</source>
        <translation>Agreed on</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation>Requested deadline</translation>
    </message>
    <message>
        <source>Datum advies (verzonden)</source>
        <translation>Date of advice (sent)</translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Interne notities</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Gepubliceerd</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Status (handmatig)</source>
        <translation>Status (manual)</translation>
    </message>
    <message>
        <source>Adviestermijn (weken)</source>
        <translation>Advice period (weeks)</translation>
    </message>
    <message>
        <source>Reactietermijn (weken)</source>
        <translation>Reply period (weeks)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kenmerk gemeente</source>
        <translation>Municipality's reference</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation>Letter subject</translation>
    </message>
    <message>
        <source>Uitkomst (geheel)</source>
        <translation>Outcome (overall)</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Hoe afgesloten</source>
        <translation>How closed</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Handmatig open gehouden</source>
        <translation>Kept open manually</translation>
    </message>
    <message>
        <source>Eigen vrije dagen</source>
        <translation>Own days off</translation>
    </message>
    <message>
        <source>adviestermijn</source>
        <translation>advice deadline</translation>
    </message>
    <message>
        <source>reactietermijn</source>
        <translation>reply deadline</translation>
    </message>
    <message>
        <source>Vastgesteld in de vergadering van</source>
        <translation>Adopted in the meeting of</translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Aanbeveling {n}</source>
        <translation>Recommendation {n}</translation>
    </message>
    <message>
        <source>Uitkomst aanbeveling {n}</source>
        <translation>Outcome of recommendation {n}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>het is een PDF-bestand</source>
        <translation>it is a PDF file</translation>
    </message>
    <message>
        <source>het is een bestand in het oude Office-formaat (.doc/.xls); sla het op als .docx of .xlsx</source>
        <translation>it is a file in the old Office format (.doc/.xls); save it as .docx or .xlsx</translation>
    </message>
    <message>
        <source>het is een ander soort ZIP-bestand</source>
        <translation>it is a different kind of ZIP file</translation>
    </message>
    <message>
        <source>het is een RTF-bestand; sla het in Word op als .docx</source>
        <translation>it is an RTF file; save it in Word as .docx</translation>
    </message>
    <message>
        <source>het is een webpagina (HTML)</source>
        <translation>it is a web page (HTML)</translation>
    </message>
    <message>
        <source>het is platte tekst</source>
        <translation>it is plain text</translation>
    </message>
    <message>
        <source>de inhoud is niet herkend</source>
        <translation>the content was not recognised</translation>
    </message>
    <message>
        <source>het bestand is beschadigd</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>het bestand is uitgepakt te groot (meer dan {mb} MB)</source>
        <translation>the file is too large when unpacked (more than {mb} MB)</translation>
    </message>
    <message>
        <source>Geen toestemming om {path} te lezen. Controleer de rechten, of sluit het programma dat het bestand vergrendelt.</source>
        <translation>No permission to read {path}. Check the permissions, or close the program that is locking the file.</translation>
    </message>
    <message>
        <source>{path}: een deel van dit pad is geen map.</source>
        <translation>{path}: part of this path is not a folder.</translation>
    </message>
    <message>
        <source>{path} is een map, geen bestand.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} is in gebruik door een ander programma. Sluit het en probeer het opnieuw.</source>
        <translation>{path} is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>{path} is geen geldige bestandsnaam (tekens als : * ? " &lt; &gt; | mogen er niet in).</source>
        <translation>{path} is not a valid file name (characters such as : * ? " &lt; &gt; | are not allowed).</translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (systeemfout {code}). Controleer de schijf of de netwerkverbinding en probeer het opnieuw.</source>
        <translation>Reading or writing {path} failed (system error {code}). Check the disk or the network connection and try again.</translation>
    </message>
    <message>
        <source>het bestand bestaat niet.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>dit is een map, geen bestand.</source>
        <translation>this is a folder, not a file.</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een socket; kies een bestand.</source>
        <translation>this is not an ordinary file but a device, a pipe (FIFO) or a socket; choose a file.</translation>
    </message>
</context>
<context>
    <name>GUI</name>
    <message>
        <source>Adviesraad</source>
        <translation>Adviesraad</translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend (het bestand of de map mag niet worden beschreven): u kunt alles bekijken, maar niets wijzigen.</source>
        <translation>The database has been opened read-only (the file or folder may not be written to): you can view everything, but change nothing.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>aanbeveling</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>reactie</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>toezegging</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>verdaging</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>agendapunt</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>Gemeenteraad geïnformeerd op {date}</source>
        <translation>Municipal council informed on {date}</translation>
    </message>
    <message>
        <source>Herinnering verstuurd op {date}</source>
        <translation>Reminder sent on {date}</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging verstuurd op {date}</source>
        <translation>Acknowledgement sent on {date}</translation>
    </message>
    <message>
        <source>Adviesbrief verstuurd op {date}</source>
        <translation>Advice letter sent on {date}</translation>
    </message>
    <message>
        <source>{term} verdaagd van {old} naar {new}</source>
        <translation>{term} extended from {old} to {new}</translation>
    </message>
    <message>
        <source>{entity} toegevoegd: {value}</source>
        <translation>{entity} added: {value}</translation>
    </message>
    <message>
        <source>{entity} verwijderd</source>
        <translation>{entity} deleted</translation>
    </message>
    <message>
        <source>{entity} teruggezet</source>
        <translation>{entity} restored</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>wet</source>
        <translation>act</translation>
    </message>
    <message>
        <source>besluit</source>
        <translation>decree</translation>
    </message>
    <message>
        <source>voorlopig</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>eigen</source>
        <translation>own</translation>
    </message>
    <message>
        <source>{name} (voorlopig)</source>
        <translation>{name} (provisional)</translation>
    </message>
    <message>
        <source>Koningsdag</source>
        <translation>King's Day</translation>
    </message>
    <message>
        <source>Koninginnedag</source>
        <translation>Queen's Day</translation>
    </message>
    <message>
        <source>Nieuwjaarsdag</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Goede Vrijdag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>tweede Paasdag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Bevrijdingsdag (5 mei)</source>
        <translation>Liberation Day (5 May)</translation>
    </message>
    <message>
        <source>Hemelvaartsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>tweede Pinksterdag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>eerste Kerstdag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>tweede Kerstdag</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>vrijdag na {holiday}</source>
        <translation>Friday after {holiday}</translation>
    </message>
    <message>
        <source>gelijkgestelde dag</source>
        <translation>day treated as a holiday</translation>
    </message>
    <message>
        <source>Geef de vrije dag een naam.</source>
        <translation>Give the day off a name.</translation>
    </message>
    <message>
        <source>{date} valt in het weekend en telt al niet mee.</source>
        <translation>{date} falls at the weekend and already does not count.</translation>
    </message>
    <message>
        <source>{date} is al een eigen vrije dag: {name}.</source>
        <translation>{date} is already an own day off: {name}.</translation>
    </message>
    <message>
        <source>{date} is al een feestdag: {name}.</source>
        <translation>{date} is already a public holiday: {name}.</translation>
    </message>
    <message>
        <source>{date} is geen eigen vrije dag van de adviesraad.</source>
        <translation>{date} is not one of the advisory council's own days off.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: {message} Er is niets geïmporteerd.</source>
        <translation>{name}: {message} Nothing has been imported.</translation>
    </message>
    <message>
        <source>dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .xlsx- of .csv-bestand (sla een .xls eerst op als .xlsx).</source>
        <translation>this type of file ({suffix}) cannot be read; choose an .xlsx or .csv file (save an .xls as .xlsx first).</translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>het bestand is te groot ({mb} MB; hooguit {max} MB).</source>
        <translation>the file is too large ({mb} MB; at most {max} MB).</translation>
    </message>
    <message>
        <source>het blad heeft {n} rijen; er kunnen er hooguit {max} in één keer.</source>
        <translation>the sheet has {n} rows; at most {max} can be imported at once.</translation>
    </message>
    <message>
        <source>het blad loopt door tot kolom {column}; een register heeft hooguit {max} kolommen. Verwijder wat rechts van het register staat.</source>
        <translation>the sheet runs on to column {column}; a register has at most {max} columns. Remove what is to the right of the register.</translation>
    </message>
    <message>
        <source>dit is geen Excel-werkmap (.xlsx): {what}.</source>
        <translation>this is not an Excel workbook (.xlsx): {what}.</translation>
    </message>
    <message>
        <source>de werkmap heeft geen werkblad.</source>
        <translation>the workbook has no worksheet.</translation>
    </message>
    <message>
        <source>Samengevoegde cellen {cells}: de waarde ‘{value}’ is voor rij {first} tot en met {last} gebruikt.</source>
        <translation>Merged cells {cells}: the value ‘{value}’ has been used for rows {first} to {last}.</translation>
    </message>
    <message>
        <source>dit is geen CSV-bestand ({what}).</source>
        <translation>this is not a CSV file ({what}).</translation>
    </message>
    <message>
        <source>het bestand bevat geen gegevens.</source>
        <translation>the file contains no data.</translation>
    </message>
    <message>
        <source>de werkmap is beschadigd of onleesbaar.</source>
        <translation>the workbook is damaged or unreadable.</translation>
    </message>
    <message>
        <source>het bestand heeft meer dan {max} rijen; er kunnen er hooguit {max} in één keer.</source>
        <translation>the file has more than {max} rows; at most {max} can be imported at once.</translation>
    </message>
    <message>
        <source>rij {row} is te lang: een cel mag hooguit {max} tekens hebben (is het wel een register?).</source>
        <translation>row {row} is too long: a cell may have at most {max} characters (is this really a register?).</translation>
    </message>
    <message>
        <source>het CSV-bestand is onleesbaar vanaf rij {row} (bijvoorbeeld een aanhalingsteken dat niet wordt gesloten).</source>
        <translation>the CSV file is unreadable from row {row} on (for example, a quotation mark that is never closed).</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>geen kopregel gevonden in de eerste {n} rijen. Verwacht worden kolomnamen zoals Nr., Onderwerp, Soort advies, Datum aanvraag, Datum advies, Datum reactie.</source>
        <translation>no header row found in the first {n} rows. Expected are column names such as Nr., Onderwerp, Soort advies, Datum aanvraag, Datum advies, Datum reactie.</translation>
    </message>
    <message>
        <source>Kolom {column} wordt niet geïmporteerd (niet herkend).</source>
        <translation>Column {column} is not imported (not recognised).</translation>
    </message>
    <message>
        <source>‘{text}’ is geen aannemelijke datum.</source>
        <translation>‘{text}’ is not a plausible date.</translation>
    </message>
    <message>
        <source>‘{text}’ is geen datum.</source>
        <translation>‘{text}’ is not a date.</translation>
    </message>
    <message>
        <source>de formule in deze cel geeft een fout ({error}).</source>
        <translation>the formula in this cell gives an error ({error}).</translation>
    </message>
    <message>
        <source>nummer {n} zonder jaar: schrijf het als jaar-volgnummer (zoals {year}-{n:02d}) of vul een datum in.</source>
        <translation>number {n} without a year: write it as year-sequence number (such as {year}-{n:02d}) or enter a date.</translation>
    </message>
    <message>
        <source>‘{text}’ is geen adviesnummer (zoals 2024-07).</source>
        <translation>‘{text}’ is not an advice number (such as 2024-07).</translation>
    </message>
    <message>
        <source>‘{text}’ is geen {what}.</source>
        <translation>‘{text}’ is not a valid {what}.</translation>
    </message>
    <message>
        <source>soort advies (gevraagd, ongevraagd, signaal)</source>
        <translation>type of advice (gevraagd, ongevraagd, signaal)</translation>
    </message>
    <message>
        <source>uitkomst (overgenomen, deels overgenomen, niet overgenomen, kennisgenomen)</source>
        <translation>outcome (overgenomen, deels overgenomen, niet overgenomen, kennisgenomen)</translation>
    </message>
    <message>
        <source>‘{text}’ is geen ja of nee.</source>
        <translation>‘{text}’ is not yes or no.</translation>
    </message>
    <message>
        <source>rij {row}, kolom {column}: {message}</source>
        <translation>row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>rij {row}: {message}</source>
        <translation>row {row}: {message}</translation>
    </message>
    <message>
        <source>de formule in deze cel heeft geen berekende waarde; open het bestand in Excel en sla het op, of typ de waarde over.</source>
        <translation>the formula in this cell has no calculated value; open the file in Excel and save it, or type the value in.</translation>
    </message>
    <message>
        <source>ingevuld, maar de datum van de reactie ontbreekt.</source>
        <translation>filled in, but the date of the reply is missing.</translation>
    </message>
    <message>
        <source>deze brief van het college is al de reactie op advies {number}.</source>
        <translation>this letter from the Executive is already the reply to advice {number}.</translation>
    </message>
    <message>
        <source>deze brief van het college is ook de reactie in rij {row}.</source>
        <translation>this letter from the Executive is also the reply in row {row}.</translation>
    </message>
    <message>
        <source>geen kolom voor het onderwerp; wijs de kolom ‘Onderwerp’ aan.</source>
        <translation>no column for the subject; point out the ‘Onderwerp’ column.</translation>
    </message>
    <message>
        <source>nummer {number} staat ook in rij {row}.</source>
        <translation>number {number} also appears in row {row}.</translation>
    </message>
    <message>
        <source>hetzelfde onderwerp en dezelfde datum als rij {row}; geef een van beide een nummer.</source>
        <translation>the same subject and the same date as row {row}; give one of them a number.</translation>
    </message>
    <message>
        <source>Rij {row}: nummer {number} staat al in het register met een ander onderwerp (‘{title}’); niet overschreven.</source>
        <translation>Row {row}: number {number} is already in the register with a different subject (‘{title}’); not overwritten.</translation>
    </message>
    <message>
        <source>{name}: 1 rij met een probleem; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen de goede rijen (--skip-invalid).</source>
        <translation>{name}: 1 row with a problem; nothing has been imported. Correct the file, or import only the good rows (--skip-invalid).</translation>
    </message>
    <message>
        <source>{name}: {n} rijen met een probleem; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen de goede rijen (--skip-invalid).</source>
        <translation>{name}: {n} rows with a problem; nothing has been imported. Correct the file, or import only the good rows (--skip-invalid).</translation>
    </message>
    <message>
        <source>… en nog 1 probleem.</source>
        <translation>… and 1 more problem.</translation>
    </message>
    <message>
        <source>… en nog {n} problemen.</source>
        <translation>… and {n} more problems.</translation>
    </message>
    <message>
        <source>{name}: nummer {number} (rij {row}) is intussen in gebruik; er is niets geïmporteerd. Bekijk de proefdraai opnieuw.</source>
        <translation>{name}: number {number} (row {row}) has been taken in the meantime; nothing has been imported. Review the dry run again.</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Brief importeren</source>
        <translation>Import letter</translation>
    </message>
    <message>
        <source>Brieven en e-mails (*.pdf *.docx *.txt *.eml *.msg);;Alle bestanden (*)</source>
        <translation>Letters and emails (*.pdf *.docx *.txt *.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <source>Register importeren</source>
        <translation>Import register</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.csv);;Alle bestanden (*)</source>
        <translation>Registers (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Termijnen adviesraad</source>
        <translation>Advisory council deadlines</translation>
    </message>
    <message>
        <source>Adviezenregister</source>
        <translation>Register of advices</translation>
    </message>
    <message>
        <source>1 advies wordt opgeslagen.</source>
        <translation>1 advice will be saved.</translation>
    </message>
    <message>
        <source>{n} adviezen worden opgeslagen.</source>
        <translation>{n} advices will be saved.</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies blijft buiten het bestand.</source>
        <translation>1 confidential advice is left out of the file.</translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen blijven buiten het bestand.</source>
        <translation>{n} confidential advices are left out of the file.</translation>
    </message>
    <message>
        <source>Register naar Excel</source>
        <translation>Register to Excel</translation>
    </message>
    <message>
        <source>Register naar CSV</source>
        <translation>Register to CSV</translation>
    </message>
    <message>
        <source>Opslaan: {selection}, met dezelfde kolommen als bij importeren.</source>
        <translation>Save: {selection}, with the same columns as for importing.</translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities opnemen</source>
        <translation>Include confidential advices and internal notes</translation>
    </message>
    <message>
        <source>Alleen voor intern gebruik (Woo, AVG): vertrouwelijke adviezen worden in het bestand als vertrouwelijk gemarkeerd en de interne notities (kolom Opmerkingen) komen erbij.</source>
        <translation>For internal use only (Woo, GDPR): confidential advices are marked as confidential in the file and the internal notes (column Opmerkingen) are added.</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>1 advies opgeslagen in {path}.</source>
        <translation>1 advice saved in {path}.</translation>
    </message>
    <message>
        <source>{n} adviezen opgeslagen in {path}.</source>
        <translation>{n} advices saved in {path}.</translation>
    </message>
    <message>
        <source>1 openstaande termijn wordt opgeslagen.</source>
        <translation>1 open deadline will be saved.</translation>
    </message>
    <message>
        <source>{n} openstaande termijnen worden opgeslagen.</source>
        <translation>{n} open deadlines will be saved.</translation>
    </message>
    <message>
        <source>Herinnering {reminder} (zie Instellingen).</source>
        <translation>Reminder {reminder} (see Settings).</translation>
    </message>
    <message>
        <source>Termijnen naar agenda</source>
        <translation>Deadlines to calendar</translation>
    </message>
    <message>
        <source>De openstaande termijnen (adviezen, reacties van het college, toezeggingen met een datum) van {selection}, als agendabestand voor Outlook. Opnieuw exporteren werkt de afspraken bij in plaats van ze dubbel te zetten.</source>
        <translation>The open deadlines (advices, replies from the Executive, commitments with a date) of {selection}, as a calendar file for Outlook. Exporting again updates the appointments instead of duplicating them.</translation>
    </message>
    <message>
        <source>Termijnen van vertrouwelijke adviezen opnemen</source>
        <translation>Include deadlines of confidential advices</translation>
    </message>
    <message>
        <source>Alleen voor intern gebruik (Woo, AVG): termijnen van vertrouwelijke adviezen worden in de agenda als VERTROUWELIJK gemarkeerd.</source>
        <translation>For internal use only (Woo, GDPR): deadlines of confidential advices are marked CONFIDENTIAL in the calendar.</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>1 termijn opgeslagen in {path}; open het bestand met Outlook.</source>
        <translation>1 deadline saved in {path}; open the file with Outlook.</translation>
    </message>
    <message>
        <source>{n} termijnen opgeslagen in {path}; open het bestand met Outlook.</source>
        <translation>{n} deadlines saved in {path}; open the file with Outlook.</translation>
    </message>
    <message>
        <source>&amp;Brief importeren…</source>
        <translation>Import &amp;letter…</translation>
    </message>
    <message>
        <source>Een reactie of adviesaanvraag van het college inlezen (.pdf, .docx, .txt, of de e-mail: .eml, .msg)</source>
        <translation>Read a reply or request for advice from the Executive (.pdf, .docx, .txt, or the email: .eml, .msg)</translation>
    </message>
    <message>
        <source>&amp;Register importeren…</source>
        <translation>Import &amp;register…</translation>
    </message>
    <message>
        <source>Een bestaand register inlezen uit Excel (.xlsx) of CSV</source>
        <translation>Read an existing register from Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>Register naar &amp;Excel…</source>
        <translation>Register to &amp;Excel…</translation>
    </message>
    <message>
        <source>De adviezen die het register nu toont, als Excel-werkmap</source>
        <translation>The advices the register shows now, as an Excel workbook</translation>
    </message>
    <message>
        <source>Register naar &amp;CSV…</source>
        <translation>Register to &amp;CSV…</translation>
    </message>
    <message>
        <source>De adviezen die het register nu toont, als CSV-bestand</source>
        <translation>The advices the register shows now, as a CSV file</translation>
    </message>
    <message>
        <source>&amp;Termijnen naar agenda (.ics)…</source>
        <translation>&amp;Deadlines to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Openstaande termijnen als agendabestand voor Outlook</source>
        <translation>Open deadlines as a calendar file for Outlook</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Wat het register nu toont opslaan als Excel- of CSV-bestand, of als agenda</source>
        <translation>Save what the register shows now as an Excel or CSV file, or as a calendar</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>zeker</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>waarschijnlijk</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>twijfelachtig</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word-document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>tekstbestand</source>
        <translation>text file</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Dubbelklik om de datum te wijzigen (leeg: geen datum).</source>
        <translation>Double-click to change the date (empty: no date).</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} pagina’s</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>scan, gelezen met tekstherkenning (OCR)</source>
        <translation>scan, read with text recognition (OCR)</translation>
    </message>
    <message>
        <source>Tekst van de brief (tekstherkenning: controleer elk veld)</source>
        <translation>Text of the letter (text recognition: check every field)</translation>
    </message>
    <message>
        <source>Herkend als: {type}{date}. Controleer en verbeter wat hieronder staat; er wordt pas iets opgeslagen als u op Opslaan klikt.</source>
        <translation>Recognised as: {type}{date}. Check and correct what is below; nothing is saved until you click Save.</translation>
    </message>
    <message>
        <source>van {date}</source>
        <translation>dated {date}</translation>
    </message>
    <message>
        <source>Geen briefhoofd herkend.</source>
        <translation>No letterhead recognised.</translation>
    </message>
    <message>
        <source>{number} ({word}) · {title}</source>
        <translation>{number} ({word}) · {title}</translation>
    </message>
    <message>
        <source>(heeft al een reactie)</source>
        <translation>(already has a reply)</translation>
    </message>
    <message>
        <source>Ander advies: nummer invullen…</source>
        <translation>Other advice: enter the number…</translation>
    </message>
    <message>
        <source>Geen toezeggingen herkend. Toezeggingen kunt u later in het dossier toevoegen.</source>
        <translation>No commitments recognised. You can add commitments later in the dossier.</translation>
    </message>
    <message>
        <source>Berekend: ‘{phrase}’ na de datum van de brief ({date}). Controleer de datum.</source>
        <translation>Calculated: ‘{phrase}’ after the date of the letter ({date}). Check the date.</translation>
    </message>
    <message>
        <source>Zekerheid {percent} %: {reasons}.</source>
        <translation>Confidence {percent}%: {reasons}.</translation>
    </message>
    <message>
        <source>Meer adviezen passen ongeveer even goed: kies zelf het juiste advies.</source>
        <translation>Several advices fit about equally well: choose the right advice yourself.</translation>
    </message>
    <message>
        <source>Vul het nummer in van het advies waarop deze brief reageert.</source>
        <translation>Enter the number of the advice this letter replies to.</translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze brief bij past. Vul het nummer in van het advies waarop de brief reageert.</source>
        <translation>No advice was found that this letter belongs to. Enter the number of the advice the letter replies to.</translation>
    </message>
    <message>
        <source>Kies bij ‘Soort brief’ een reactie of een adviesaanvraag om op te slaan.</source>
        <translation>Under ‘Type of letter’, choose a reply or a request for advice in order to save.</translation>
    </message>
    <message>
        <source>Er is geen advies met nummer {number}.</source>
        <translation>There is no advice with number {number}.</translation>
    </message>
    <message>
        <source>Kies het advies waarop deze brief reageert.</source>
        <translation>Choose the advice this letter replies to.</translation>
    </message>
    <message>
        <source>Vul de datum van de reactie in.</source>
        <translation>Enter the date of the reply.</translation>
    </message>
    <message>
        <source>Adviesaanvraag geregistreerd als advies {number}; de brief staat bij de documenten.</source>
        <translation>Request for advice registered as advice {number}; the letter is with the documents.</translation>
    </message>
    <message>
        <source>zonder toezeggingen</source>
        <translation>without commitments</translation>
    </message>
    <message>
        <source>met 1 toezegging</source>
        <translation>with 1 commitment</translation>
    </message>
    <message>
        <source>met {n} toezeggingen</source>
        <translation>with {n} commitments</translation>
    </message>
    <message>
        <source>Reactie op advies {number} opgeslagen, {commitments}; de brief staat bij de documenten.</source>
        <translation>Reply to advice {number} saved, {commitments}; the letter is with the documents.</translation>
    </message>
    <message>
        <source>De reactie kwam 1 dag te laat.</source>
        <translation>The reply came 1 day late.</translation>
    </message>
    <message>
        <source>De reactie kwam {n} dagen te laat.</source>
        <translation>The reply came {n} days late.</translation>
    </message>
    <message>
        <source>Brief importeren</source>
        <translation>Import letter</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Type of letter</translation>
    </message>
    <message>
        <source>Hoort bij advies</source>
        <translation>Belongs to advice</translation>
    </message>
    <message>
        <source>Nummer van het advies</source>
        <translation>Number of the advice</translation>
    </message>
    <message>
        <source>bijvoorbeeld 2024-07</source>
        <translation>for example 2024-07</translation>
    </message>
    <message>
        <source>Datum reactie</source>
        <translation>Date of reply</translation>
    </message>
    <message>
        <source>Kenmerk gemeente (Ons kenmerk)</source>
        <translation>Municipality's reference (Our reference)</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation>Letter subject</translation>
    </message>
    <message>
        <source>Toezeggingen in de brief — vink aan wat als toezegging wordt vastgelegd (tekst en datum zijn aan te passen):</source>
        <translation>Commitments in the letter — tick what is to be recorded as a commitment (text and date can be edited):</translation>
    </message>
    <message>
        <source>Toezeggingen in de brief</source>
        <translation>Commitments in the letter</translation>
    </message>
    <message>
        <source>Een adviesaanvraag wordt geregistreerd als nieuw gevraagd advies; het nummer wordt bij het opslaan toegekend.</source>
        <translation>A request for advice is registered as a new solicited advice; the number is assigned when it is saved.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation>Requested deadline</translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Deze brief wordt niet verwerkt: er is niets herkend dat bij een advies hoort, en er wordt niets geraden. Is het toch een reactie van het college of een adviesaanvraag, kies dat dan bij ‘Soort brief’ en vul de gegevens zelf in.</source>
        <translation>This letter will not be processed: nothing was recognised that belongs to an advice, and nothing is guessed. If it is a reply from the Executive or a request for advice after all, choose that under ‘Type of letter’ and fill in the details yourself.</translation>
    </message>
    <message>
        <source>Tekst van de brief</source>
        <translation>Text of the letter</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <source>Sjabloon kiezen</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Standaardsjabloon opslaan</source>
        <translation>Save built-in template</translation>
    </message>
    <message>
        <source>Sjabloon voor de {kind}: {message}</source>
        <translation>Template for the {kind}: {message}</translation>
    </message>
    <message>
        <source>Brieven en sjablonen</source>
        <translation>Letters and templates</translation>
    </message>
    <message>
        <source>Tweede herinnering</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <source> dagen na de eerste</source>
        <translation> days after the first</translation>
    </message>
    <message>
        <source>Gemeenteraad informeren</source>
        <translation>Inform the municipal council</translation>
    </message>
    <message>
        <source> dagen na de tweede</source>
        <translation> days after the second</translation>
    </message>
    <message>
        <source>E-mailadres college</source>
        <translation>College e-mail address</translation>
    </message>
    <message>
        <source>college@gemeente.nl</source>
        <translation>college@municipality.nl</translation>
    </message>
    <message>
        <source>Sjabloon voor</source>
        <translation>Template for</translation>
    </message>
    <message>
        <source>Eigen sjabloon</source>
        <translation>Own template</translation>
    </message>
    <message>
        <source>leeg: het standaardsjabloon</source>
        <translation>empty: the built-in template</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Standaard gebruiken</source>
        <translation>Use built-in</translation>
    </message>
    <message>
        <source>Standaard opslaan…</source>
        <translation>Save built-in…</translation>
    </message>
    <message>
        <source>Een eigen sjabloon is een Word-document met velden zoals {{ advies.nummer }}. Begin met het standaardsjabloon (Standaard opslaan…), zet het briefpapier van de raad erin en kies het hier. De velden staan in de handleiding (F1).</source>
        <translation>An own template is a Word document with fields such as {{ advies.nummer }}. Start from the built-in template (Save built-in…), add the council's letterhead and choose it here. The fields are listed in the manual (F1).</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>kenmerk van de aanvraag {ref} komt overeen</source>
        <translation>reference of the request {ref} matches</translation>
    </message>
    <message>
        <source>‘Uw brief’ {date} = datum van het advies</source>
        <translation>‘Uw brief’ {date} = date of the advice</translation>
    </message>
    <message>
        <source>‘Uw brief’ ligt 1 dag naast de datum van het advies</source>
        <translation>‘Uw brief’ is 1 day off the date of the advice</translation>
    </message>
    <message>
        <source>‘Uw brief’ ligt {n} dagen naast de datum van het advies</source>
        <translation>‘Uw brief’ is {n} days off the date of the advice</translation>
    </message>
    <message>
        <source>‘Uw kenmerk’ {ref} = ons kenmerk</source>
        <translation>‘Uw kenmerk’ {ref} = our reference</translation>
    </message>
    <message>
        <source>onderwerp: {hits} van {n} woorden in de titel</source>
        <translation>subject: {hits} of {n} words in the title</translation>
    </message>
    <message>
        <source>de brief spreekt van een {kind}</source>
        <translation>the letter speaks of a {kind}</translation>
    </message>
    <message>
        <source>dit advies heeft al een reactie</source>
        <translation>this advice already has a reply</translation>
    </message>
    <message>
        <source>reactie op een advies</source>
        <translation>reply to an advice</translation>
    </message>
    <message>
        <source>adviesaanvraag</source>
        <translation>request for advice</translation>
    </message>
    <message>
        <source>andere brief</source>
        <translation>other letter</translation>
    </message>
    <message>
        <source>‘{value}’ bij {label} is geen datum.</source>
        <translation>‘{value}’ at {label} is not a date.</translation>
    </message>
    <message>
        <source>Geen briefhoofd herkend (geen datum, kenmerk of zaaknummer bij een label zoals ‘Datum’ of ‘Ons kenmerk’). De brief is niet als reactie of adviesaanvraag gelezen; er is niets geraden.</source>
        <translation>No letterhead recognised (no date, reference or case number next to a label such as ‘Datum’ or ‘Ons kenmerk’). The letter has not been read as a reply or a request for advice; nothing has been guessed.</translation>
    </message>
    <message>
        <source>Dit is een brief van de raad zelf aan het college, geen reactie of adviesaanvraag van het college.</source>
        <translation>This is a letter from the council itself to the Executive, not a reply or a request for advice from the Executive.</translation>
    </message>
    <message>
        <source>De brief lijkt zowel een reactie op een advies als een adviesaanvraag; kies zelf wat het is.</source>
        <translation>The letter seems to be both a reply to an advice and a request for advice; choose yourself what it is.</translation>
    </message>
    <message>
        <source>De brief is geen herkenbare reactie op een advies en geen adviesaanvraag.</source>
        <translation>The letter is not a recognisable reply to an advice, nor a request for advice.</translation>
    </message>
    <message>
        <source>De uiterste datum voor het advies is berekend: ‘{phrase}’ na de datum van de brief. Controleer hem.</source>
        <translation>The final date for the advice has been calculated: ‘{phrase}’ after the date of the letter. Check it.</translation>
    </message>
    <message>
        <source>In de adviesaanvraag staat geen datum waarvoor het advies binnen moet zijn; de standaardtermijn geldt.</source>
        <translation>The request for advice does not state a date by which the advice is due; the standard period applies.</translation>
    </message>
    <message>
        <source>De datum van de brief is niet gevonden.</source>
        <translation>The date of the letter was not found.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uw brief</source>
        <translation>Your letter</translation>
    </message>
    <message>
        <source>Uw kenmerk</source>
        <translation>Your reference</translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Final date</translation>
    </message>
    <message>
        <source>{name}: {message} Er is niets opgeslagen.</source>
        <translation>{name}: {message} Nothing has been saved.</translation>
    </message>
    <message>
        <source>geen extensie</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>het bestand is te groot ({mb} MB; een brief is hooguit {max} MB).</source>
        <translation>the file is too large ({mb} MB; a letter is at most {max} MB).</translation>
    </message>
    <message>
        <source>dit is geen PDF-bestand ({what}).</source>
        <translation>this is not a PDF file ({what}).</translation>
    </message>
    <message>
        <source>de PDF is beveiligd met een wachtwoord. Open hem en bewaar of print hem als PDF zonder beveiliging.</source>
        <translation>the PDF is password-protected. Open it and save or print it as a PDF without protection.</translation>
    </message>
    <message>
        <source>Alleen de eerste {n} van {total} pagina's zijn gelezen.</source>
        <translation>Only the first {n} of {total} pages have been read.</translation>
    </message>
    <message>
        <source>de PDF bevat geen tekst, alleen afbeeldingen (een scan?). Vraag de gemeente om een digitale PDF of Word-versie, of typ de gegevens over.</source>
        <translation>the PDF contains no text, only images (a scan?). Ask the municipality for a digital PDF or Word version, or type the details in.</translation>
    </message>
    <message>
        <source>dit is geen Word-document (.docx): {what}.</source>
        <translation>this is not a Word document (.docx): {what}.</translation>
    </message>
    <message>
        <source>de PDF is beschadigd of onleesbaar: {what}. Vraag een nieuwe kopie.</source>
        <translation>the PDF is damaged or unreadable: {what}. Ask for a new copy.</translation>
    </message>
    <message>
        <source>dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .pdf, .docx, .txt, .eml of .msg.</source>
        <translation>this type of file ({suffix}) cannot be read; choose a .pdf, .docx, .txt, .eml or .msg.</translation>
    </message>
    <message>
        <source>de PDF is een scan en de tekstherkenning (OCR) kon er geen tekst in lezen. Typ de gegevens over.</source>
        <translation>the PDF is a scan and text recognition (OCR) could not read any text in it. Type the details in.</translation>
    </message>
    <message>
        <source>de PDF is een scan en de tekstherkenning (OCR) vond er te weinig tekst in. Typ de gegevens over.</source>
        <translation>the PDF is a scan and text recognition (OCR) found too little text in it. Type the details in.</translation>
    </message>
    <message>
        <source>Deze brief is een scan: de tekst is met tekstherkenning (OCR) gelezen en kan fouten bevatten. Controleer elk veld met de brief ernaast.</source>
        <translation>This letter is a scan: the text was read with text recognition (OCR) and may contain errors. Check every field against the letter.</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>het bestand houdt halverwege op (misschien is het niet helemaal gedownload of gekopieerd)</source>
        <translation>the file stops halfway (perhaps it was not completely downloaded or copied)</translation>
    </message>
    <message>
        <source>de PDF is te groot of te ingewikkeld om te lezen</source>
        <translation>the PDF is too large or too complex to read</translation>
    </message>
    <message>
        <source>de opbouw van het bestand klopt niet</source>
        <translation>the structure of the file is not right</translation>
    </message>
    <message>
        <source>de inhoud kon niet worden gelezen</source>
        <translation>the content could not be read</translation>
    </message>
    <message>
        <source>het zip-bestand waarin het document zit, is beschadigd</source>
        <translation>the zip file containing the document is damaged</translation>
    </message>
    <message>
        <source>er ontbreekt een onderdeel van het document</source>
        <translation>a part of the document is missing</translation>
    </message>
    <message>
        <source>de tekst in het document is beschadigd</source>
        <translation>the text in the document is damaged</translation>
    </message>
    <message>
        <source>het document is te groot of te ingewikkeld om te lezen</source>
        <translation>the document is too large or too complex to read</translation>
    </message>
    <message>
        <source>het Word-document is beschadigd of onleesbaar: {what}.</source>
        <translation>the Word document is damaged or unreadable: {what}.</translation>
    </message>
    <message>
        <source>het Word-document bevat geen tekst.</source>
        <translation>the Word document contains no text.</translation>
    </message>
    <message>
        <source>dit is geen tekstbestand ({what}).</source>
        <translation>this is not a text file ({what}).</translation>
    </message>
    <message>
        <source>het bestand bevat geen tekst.</source>
        <translation>the file contains no text.</translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze reactie bij hoort.</source>
        <translation>No advice was found that this reply belongs to.</translation>
    </message>
    <message>
        <source>{name}: de datum van de brief is niet gevonden; vul die zelf in.</source>
        <translation>{name}: the date of the letter was not found; please fill it in yourself.</translation>
    </message>
    <message>
        <source>{name}: er is geen onderwerp gevonden; vul het onderwerp van het advies zelf in.</source>
        <translation>{name}: no subject was found; please fill in the subject of the advice yourself.</translation>
    </message>
    <message>
        <source>reactie van het college van {date}</source>
        <translation>reply from the Executive dated {date}</translation>
    </message>
    <message>
        <source>adviesaanvraag van {date}</source>
        <translation>request for advice dated {date}</translation>
    </message>
    <message>
        <source>{name}: geen briefhoofd herkend; de brief is niet automatisch verwerkt.</source>
        <translation>{name}: no letterhead recognised; the letter has not been processed automatically.</translation>
    </message>
    <message>
        <source>{name} is een brief van de raad zelf aan het college, geen reactie of adviesaanvraag; er is niets opgeslagen.</source>
        <translation>{name} is a letter from the council itself to the Executive, not a reply or a request for advice; nothing has been saved.</translation>
    </message>
    <message>
        <source>{name} is geen herkenbare reactie op een advies en geen adviesaanvraag; er is niets opgeslagen.</source>
        <translation>{name} is not a recognisable reply to an advice, nor a request for advice; nothing has been saved.</translation>
    </message>
    <message>
        <source>{name}: de datum van de brief is niet gevonden; er is niets opgeslagen.</source>
        <translation>{name}: the date of the letter was not found; nothing has been saved.</translation>
    </message>
    <message>
        <source>Deze adviesaanvraag staat al in het register als advies {number} ({title}).</source>
        <translation>This request for advice is already in the register as advice {number} ({title}).</translation>
    </message>
    <message>
        <source>{name}: geen onderwerp gevonden; er is niets opgeslagen.</source>
        <translation>{name}: no subject found; nothing has been saved.</translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze reactie bij hoort (uw brief: {date}; onderwerp: {subject}). Registreer de reactie met add-reply.</source>
        <translation>No advice was found that this reply belongs to (your letter: {date}; subject: {subject}). Record the reply with add-reply.</translation>
    </message>
    <message>
        <source>Niet eenduidig: advies {a} (zekerheid {ca:.0%}) en advies {b} (zekerheid {cb:.0%}) passen allebei. Kies het advies in het programma.</source>
        <translation>Ambiguous: advice {a} (confidence {ca:.0%}) and advice {b} (confidence {cb:.0%}) both fit. Choose the advice in the program.</translation>
    </message>
    <message>
        <source>Advies {number} past het best, maar niet zeker genoeg (zekerheid {c:.0%}). Controleer het in het programma.</source>
        <translation>Advice {number} fits best, but not with enough confidence (confidence {c:.0%}). Check it in the program.</translation>
    </message>
    <message>
        <source>Advies {number} heeft al een reactie (van {date}); er is niets opgeslagen.</source>
        <translation>Advice {number} already has a reply (dated {date}); nothing has been saved.</translation>
    </message>
    <message>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>adviesbrief</source>
        <translation>advice letter</translation>
    </message>
    <message>
        <source>herinnering</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>bericht aan de gemeenteraad</source>
        <translation>notice to the municipal council</translation>
    </message>
    <message>
        <source>eerste herinnering sturen</source>
        <translation>send first reminder</translation>
    </message>
    <message>
        <source>tweede herinnering sturen</source>
        <translation>send second reminder</translation>
    </message>
    <message>
        <source>gemeenteraad informeren</source>
        <translation>inform the municipal council</translation>
    </message>
    <message>
        <source>{step} vanaf {date}</source>
        <translation>{step} from {date}</translation>
    </message>
    <message>
        <source>Advies {number} heeft al een reactie van het college (van {date}); een herinnering is niet nodig. Er is geen brief gemaakt.</source>
        <translation>Advice {number} already has a reply from the college (of {date}); no reminder is needed. No letter was made.</translation>
    </message>
    <message>
        <source>Voor advies {number} loopt geen reactietermijn (nog niet verzonden, of een signaal); een herinnering kan niet. Er is geen brief gemaakt.</source>
        <translation>No reply term runs for advice {number} (not sent yet, or a signal); a reminder is not possible. No letter was made.</translation>
    </message>
    <message>
        <source>De reactie op advies {number} is niet te laat: het college heeft tot en met {due}. Er is geen brief gemaakt.</source>
        <translation>The reply to advice {number} is not late: the college has until {due}. No letter was made.</translation>
    </message>
    <message>
        <source>Toezegging {id} hoort niet bij advies {number}. Er is geen brief gemaakt.</source>
        <translation>Commitment {id} does not belong to advice {number}. No letter was made.</translation>
    </message>
    <message>
        <source>Toezegging {id} is afgesloten; een herinnering is niet nodig. Er is geen brief gemaakt.</source>
        <translation>Commitment {id} is closed; no reminder is needed. No letter was made.</translation>
    </message>
    <message>
        <source>heeft geen datum</source>
        <translation>has no date</translation>
    </message>
    <message>
        <source>loopt tot en met {due}</source>
        <translation>runs until {due}</translation>
    </message>
    <message>
        <source>Toezegging {id} is niet te laat: zij {due}. Er is geen brief gemaakt.</source>
        <translation>Commitment {id} is not late: it {due}. No letter was made.</translation>
    </message>
    <message>
        <source>Een toezegging hoort alleen bij een herinnering, niet bij een {kind}.</source>
        <translation>A commitment belongs only with a reminder, not with an {kind}.</translation>
    </message>
    <message>
        <source>Advies {number} is niet gevraagd; een ontvangstbevestiging hoort bij een adviesaanvraag. Er is geen brief gemaakt.</source>
        <translation>Advice {number} was not requested; an acknowledgement belongs to a request for advice. No letter was made.</translation>
    </message>
    <message>
        <source>Advies {number} heeft geen aanbevelingen; een adviesbrief zonder aanbevelingen wordt niet gemaakt. Vul ze eerst in het dossier in.</source>
        <translation>Advice {number} has no recommendations; an advice letter without recommendations is not made. Fill them in in the dossier first.</translation>
    </message>
    <message>
        <source>gemeenteraad geïnformeerd op {date}</source>
        <translation>municipal council informed on {date}</translation>
    </message>
    <message>
        <source>herinnerd op {date}</source>
        <translation>reminded on {date}</translation>
    </message>
    <message>
        <source>(toezegging {id})</source>
        <translation>(commitment {id})</translation>
    </message>
    <message>
        <source>Geachte leden van de raad,</source>
        <translation>Dear members of the council,</translation>
    </message>
    <message>
        <source>Geacht college,</source>
        <translation>Dear college,</translation>
    </message>
    <message>
        <source>{salutation}

Bijgaand treft u onze brief aan: {subject}.

Met vriendelijke groet,

{council}
</source>
        <translation>{salutation}

Please find our letter attached: {subject}.

Kind regards,

{council}
</translation>
    </message>
    <message>
        <source>Een e-mailconcept is een .eml-bestand; ‘{name}’ is dat niet. Er is geen brief gemaakt.</source>
        <translation>An e-mail draft is an .eml file; ‘{name}’ is not. No letter was made.</translation>
    </message>
    <message>
        <source>Het sjabloon gebruikt het veld ‘{name}’, maar dat veld bestaat niet. Controleer de spelling (de velden staan in de handleiding). Er is geen brief gemaakt.</source>
        <translation>The template uses the field ‘{name}’, but that field does not exist. Check the spelling (the fields are listed in the manual). No letter was made.</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} week</translation>
    </message>
    <message>
        <source>{n} weken</source>
        <translation>{n} weeks</translation>
    </message>
    <message>
        <source>{n} dag</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} aanbeveling</source>
        <translation>{n} recommendation</translation>
    </message>
    <message>
        <source>{n} aanbevelingen</source>
        <translation>{n} recommendations</translation>
    </message>
    <message>
        <source>Herinnering: toezegging bij advies {number}</source>
        <translation>Reminder: commitment on advice {number}</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging adviesaanvraag {title}</source>
        <translation>Acknowledgement of the request for advice {title}</translation>
    </message>
    <message>
        <source>Advies {number} {title}</source>
        <translation>Advice {number} {title}</translation>
    </message>
    <message>
        <source>Herinnering: reactie op advies {number}</source>
        <translation>Reminder: reply to advice {number}</translation>
    </message>
    <message>
        <source>Uitblijven van een reactie op advies {number}</source>
        <translation>No reply to advice {number}</translation>
    </message>
    <message>
        <source>{name} is geen Word-bestand (.docx); een sjabloon moet een Word-document zijn. Er is geen brief gemaakt.</source>
        <translation>{name} is not a Word file (.docx); a template must be a Word document. No letter was made.</translation>
    </message>
    <message>
        <source>Het sjabloon {path} bestaat niet. Er is geen brief gemaakt.</source>
        <translation>The template {path} does not exist. No letter was made.</translation>
    </message>
    <message>
        <source>Het sjabloon bevat een veld of opdracht die niet af is of verkeerd geschreven is (een veld ziet eruit als {{{{ advies.nummer }}}}, een lus als {{%p for a in aanbevelingen %}} … {{%p endfor %}}). Er is geen brief gemaakt.</source>
        <translation>The template holds a field or instruction that is unfinished or misspelt (a field looks like {{{{ advies.nummer }}}}, a loop like {{%p for a in aanbevelingen %}} … {{%p endfor %}}). No letter was made.</translation>
    </message>
    <message>
        <source>Het sjabloon gebruikt een veld dat hier niet bestaat (bijvoorbeeld een veld van een lus buiten die lus). Er is geen brief gemaakt.</source>
        <translation>The template uses a field that does not exist there (for example a field of a loop outside that loop). No letter was made.</translation>
    </message>
    <message>
        <source>Kies als uitvoer een .docx-bestand (om in Word te bewerken) of een .pdf-bestand; ‘{name}’ is geen van beide. Er is geen brief gemaakt.</source>
        <translation>Choose a .docx file (to edit in Word) or a .pdf file as output; ‘{name}’ is neither. No letter was made.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>een synchronisatiedienst (zoals OneDrive)</source>
        <translation>a synchronisation service (such as OneDrive)</translation>
    </message>
    <message>
        <source>Let op: het register {path} staat in een map die {service} synchroniseert. Zo'n programma kopieert het bestand terwijl Adviesraad erin schrijft; daardoor raken databasebestanden beschadigd. Zet het register liever in de lokale programmamap ({suggested}). Een back-up naar {service} maken is wel veilig (adviesraad backup --to MAP).</source>
        <translation>Note: the register {path} is in a folder that {service} synchronises. Such a program copies the file while Adviesraad is writing to it; this damages database files. Preferably put the register in the local program folder ({suggested}). Making a backup to {service} is safe (adviesraad backup --to FOLDER).</translation>
    </message>
    <message>
        <source>Let op: het register {path} staat op een netwerkschijf ({detail}). Als de verbinding hapert of twee computers het bestand tegelijk openen, kan het beschadigd raken. Zet het register liever in de lokale programmamap ({suggested}).</source>
        <translation>Note: the register {path} is on a network drive ({detail}). If the connection falters or two computers open the file at the same time, it can become damaged. Preferably put the register in the local program folder ({suggested}).</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>de e-mail is te groot ({mb} MB; hooguit {max} MB).</source>
        <translation>the email is too large ({mb} MB; at most {max} MB).</translation>
    </message>
    <message>
        <source>dit is geen Outlook-bericht (.msg). Sla het bericht in Outlook op met Opslaan als.</source>
        <translation>this is not an Outlook message (.msg). Save the message in Outlook with Save As.</translation>
    </message>
    <message>
        <source>de e-mail heeft geen tekst en geen bijlage die als brief kan worden gelezen (.pdf, .docx of .txt).</source>
        <translation>the email has no text and no attachment that can be read as a letter (.pdf, .docx or .txt).</translation>
    </message>
    <message>
        <source>E-mail van: {sender}</source>
        <translation>Email from: {sender}</translation>
    </message>
    <message>
        <source>Aan: {to}</source>
        <translation>To: {to}</translation>
    </message>
    <message>
        <source>Verzonden: {when}</source>
        <translation>Sent: {when}</translation>
    </message>
    <message>
        <source>Onderwerp e-mail: {subject}</source>
        <translation>Email subject: {subject}</translation>
    </message>
    <message>
        <source>Bijlage {name} ({kb} kB): gelezen als de brief</source>
        <translation>Attachment {name} ({kb} kB): read as the letter</translation>
    </message>
    <message>
        <source>Bijlage {name} ({kb} kB): niet gebruikt</source>
        <translation>Attachment {name} ({kb} kB): not used</translation>
    </message>
    <message>
        <source>De brief is de tekst van de e-mail zelf.</source>
        <translation>The letter is the text of the email itself.</translation>
    </message>
    <message>
        <source>E-mail van {sender} aan {to}, {when}: {subject}</source>
        <translation>Email from {sender} to {to}, {when}: {subject}</translation>
    </message>
    <message>
        <source>{name} (gelezen als de brief)</source>
        <translation>{name} (read as the letter)</translation>
    </message>
    <message>
        <source>Bijlagen: {names}.</source>
        <translation>Attachments: {names}.</translation>
    </message>
    <message>
        <source>Alleen de eerste {n} bijlagen zijn bekeken om de brief te vinden.</source>
        <translation>Only the first {n} attachments were examined to find the letter.</translation>
    </message>
    <message>
        <source>De bijlage {name} kon niet als brief worden gelezen.</source>
        <translation>The attachment {name} could not be read as a letter.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>e-mail van {sender} ({date}): {subject}</source>
        <translation>email from {sender} ({date}): {subject}</translation>
    </message>
    <message>
        <source>de onderdelen van de e-mail zijn samen uitgepakt te groot (meer dan {mb} MB).</source>
        <translation>the email's parts are too large together when unpacked (more than {mb} MB).</translation>
    </message>
    <message>
        <source>bijlage-{n}</source>
        <translation>attachment-{n}</translation>
    </message>
    <message>
        <source>de e-mail is beschadigd en kan niet worden gelezen. Sla hem opnieuw op.</source>
        <translation>the email is damaged and cannot be read. Save it again.</translation>
    </message>
    <message>
        <source>dit is geen e-mail (geen afzender, onderwerp of datum gevonden).</source>
        <translation>this is not an email (no sender, subject or date found).</translation>
    </message>
    <message>
        <source>{name}: {message} Er is niets opgeslagen.</source>
        <translation>{name}: {message} Nothing has been saved.</translation>
    </message>
    <message>
        <source>de e-mail is te ingewikkeld opgebouwd (te diep genest of te veel onderdelen); bewaar de bijlage met de brief apart en lees die in.</source>
        <translation>the email is too complex (nested too deeply or too many parts); save the attachment with the letter separately and read that in.</translation>
    </message>
    <message>
        <source>de bijlagen van de e-mail zijn samen te groot (meer dan {mb} MB).</source>
        <translation>the email's attachments are too large together (more than {mb} MB).</translation>
    </message>
    <message>
        <source>dit is geen leesbaar Outlook-bericht (.msg): het bestand is beschadigd of van een ander soort. Sla het bericht in Outlook opnieuw op.</source>
        <translation>this is not a readable Outlook message (.msg): the file is damaged or of another kind. Save the message in Outlook again.</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>Het bericht uit Outlook kon niet worden overgenomen: {reason} Sla het bericht in Outlook op met Bestand → Opslaan als en sleep of kies dat bestand.</source>
        <translation>The message from Outlook could not be taken over: {reason} Save the message in Outlook with File → Save As and drag or choose that file.</translation>
    </message>
    <message>
        <source>Outlook gaf de inhoud van het bericht niet mee.</source>
        <translation>Outlook did not pass on the content of the message.</translation>
    </message>
    <message>
        <source>het bericht is te groot (meer dan {mb} MB).</source>
        <translation>the message is too large (more than {mb} MB).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>De handleiding openen (F1)</source>
        <translation>Open the manual (F1)</translation>
    </message>
    <message>
        <source>(alleen-lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — kon niet worden gelezen</source>
        <translation>Database: {path}{readonly} — could not be read</translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — 1 advies</source>
        <translation>Database: {path}{readonly} — 1 advice</translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — {n} adviezen</source>
        <translation>Database: {path}{readonly} — {n} advices</translation>
    </message>
    <message>
        <source>Adviesraad — {council}</source>
        <translation>Adviesraad — {council}</translation>
    </message>
    <message>
        <source>DEMO — {title}</source>
        <translation>DEMO — {title}</translation>
    </message>
    <message>
        <source>DEMO-register met voorbeeldgegevens — {line}</source>
        <translation>DEMO register with sample data — {line}</translation>
    </message>
    <message>
        <source>Er is 1 termijn verstreken.</source>
        <translation>1 deadline has passed.</translation>
    </message>
    <message>
        <source>Er zijn {n} termijnen verstreken.</source>
        <translation>{n} deadlines have passed.</translation>
    </message>
    <message>
        <source>Bekijk ze bij Termijnen; de oudste staan bovenaan.</source>
        <translation>See them under Deadlines; the oldest are at the top.</translation>
    </message>
    <message>
        <source>Advies verwijderen</source>
        <translation>Delete advice</translation>
    </message>
    <message>
        <source>{n} adviezen verwijderen</source>
        <translation>Delete {n} advices</translation>
    </message>
    <message>
        <source>Verwijderd. Ongedaan maken met Ctrl+Z; terugzetten kan ook via Verwijderd.</source>
        <translation>Deleted. Undo with Ctrl+Z; you can also restore it under Deleted.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Instellingen wijzigen</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Adviesraad database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3)</source>
        <translation>Adviesraad database (*.sqlite3)</translation>
    </message>
    <message>
        <source>DEMO-register geopend: voorbeeldgegevens, apart van uw eigen register. Terug via Bestand → Database openen… of bij de volgende start.</source>
        <translation>DEMO register opened: sample data, separate from your own register. Go back through File → Open database… or at the next start.</translation>
    </message>
    <message>
        <source>Over Adviesraad</source>
        <translation>About Adviesraad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Adviesraad {version}&lt;/h3&gt;&lt;p&gt;Register van gevraagde en ongevraagde adviezen, reacties van het college, toezeggingen en termijnen.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer; het programma gebruikt geen internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Adviesraad {version}&lt;/h3&gt;&lt;p&gt;Register of solicited and unsolicited advices, replies from the Executive, commitments and deadlines.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Everything stays on this computer; the program does not use the internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Adviesraad</source>
        <translation>Adviesraad</translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Nieuw advies…</source>
        <translation>&amp;New advice…</translation>
    </message>
    <message>
        <source>Een nieuw advies registreren (Ctrl+N)</source>
        <translation>Register a new advice (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>Het dossier van het gekozen advies openen (Enter)</source>
        <translation>Open the dossier of the selected advice (Enter)</translation>
    </message>
    <message>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Nieuwe &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <source>Demo &amp;bekijken</source>
        <translation>View de&amp;mo</translation>
    </message>
    <message>
        <source>Een apart demoregister met voorbeeldgegevens openen; uw eigen register blijft onaangeroerd</source>
        <translation>Open a separate demo register with sample data; your own register is left untouched</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Zoeken in het register (Ctrl+F)</source>
        <translation>Search the register (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Het gekozen advies verwijderen; ongedaan maken met Ctrl+Z</source>
        <translation>Delete the selected advice; undo with Ctrl+Z</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Termijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Adviezen</source>
        <translation>&amp;Advices</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>T&amp;oezeggingen</source>
        <translation>C&amp;ommitments</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Verwijderde adviezen</source>
        <translation>De&amp;leted advices</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ver&amp;gaderingen</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Over Adviesraad</source>
        <translation>&amp;About Adviesraad</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Zoeken in de handleiding</source>
        <translation>Search the manual</translation>
    </message>
    <message>
        <source>woord of zinsdeel; Enter zoekt verder</source>
        <translation>word or phrase; Enter finds the next</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Onderwerpen van de handleiding</source>
        <translation>Topics of the manual</translation>
    </message>
    <message>
        <source>Tekst van de handleiding</source>
        <translation>Text of the manual</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Niet gevonden.</source>
        <translation>Not found.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>niet</source>
        <translation>never</translation>
    </message>
    <message>
        <source>elke eerste … van de maand (weekdag van de datum)</source>
        <translation>every first … of the month (weekday of the date)</translation>
    </message>
    <message>
        <source>elke tweede … van de maand (weekdag van de datum)</source>
        <translation>every second … of the month (weekday of the date)</translation>
    </message>
    <message>
        <source>elke derde … van de maand (weekdag van de datum)</source>
        <translation>every third … of the month (weekday of the date)</translation>
    </message>
    <message>
        <source>elke vierde … van de maand (weekdag van de datum)</source>
        <translation>every fourth … of the month (weekday of the date)</translation>
    </message>
    <message>
        <source>elke vier weken</source>
        <translation>every four weeks</translation>
    </message>
    <message>
        <source>elke zes weken</source>
        <translation>every six weeks</translation>
    </message>
    <message>
        <source>Vergadering wijzigen</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>‘Tot en met’ ligt voor de eerste datum.</source>
        <translation>‘Until’ is before the first date.</translation>
    </message>
    <message>
        <source>Er valt geen vergadering in deze periode; kies een andere datum.</source>
        <translation>No meeting falls in this period; choose another date.</translation>
    </message>
    <message>
        <source>Dat zijn meer dan 60 vergaderingen; kies een kortere periode.</source>
        <translation>That is more than 60 meetings; choose a shorter period.</translation>
    </message>
    <message>
        <source>Nieuwe vergadering</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Aanvang:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <source>19:30</source>
        <translation>19:30</translation>
    </message>
    <message>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Herhalen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation>Until:</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>plenair</source>
        <translation>plenary</translation>
    </message>
    <message>
        <source>werkgroep</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>bespreken</source>
        <translation>discuss</translation>
    </message>
    <message>
        <source>vaststellen</source>
        <translation>adopt</translation>
    </message>
    <message>
        <source>kennisnemen</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Opening en mededelingen</source>
        <translation>Opening and announcements</translation>
    </message>
    <message>
        <source>Verslag vorige vergadering</source>
        <translation>Minutes of the previous meeting</translation>
    </message>
    <message>
        <source>Postlijst</source>
        <translation>Incoming post</translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Rondvraag</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <source>Sluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <source>adviesaanvraag</source>
        <translation>request for advice</translation>
    </message>
    <message>
        <source>reactie college</source>
        <translation>Executive's reply</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>‘{text}’ is geen tijd; schrijf bijvoorbeeld 19:30.</source>
        <translation>‘{text}’ is not a time; write, for example, 19:30.</translation>
    </message>
    <message>
        <source>De plaats is te lang.</source>
        <translation>The place is too long.</translation>
    </message>
    <message>
        <source>Vergadering van {date}</source>
        <translation>Meeting of {date}</translation>
    </message>
    <message>
        <source>Vul de actie in.</source>
        <translation>Enter the action.</translation>
    </message>
    <message>
        <source>De actie is te lang.</source>
        <translation>The action is too long.</translation>
    </message>
    <message>
        <source>De naam is te lang.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>Kies een herhaling.</source>
        <translation>Choose a repetition.</translation>
    </message>
    <message>
        <source> en nog {n}</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Let op: voor de adviestermijn van {advices} is geen vergadering meer.</source>
        <translation>Note: there is no meeting left before the advice deadline of {advices}.</translation>
    </message>
    <message>
        <source>Let op: voor de adviestermijnen van {advices} is geen vergadering meer.</source>
        <translation>Note: there is no meeting left before the advice deadlines of {advices}.</translation>
    </message>
    <message>
        <source>Vraag verdaging of kies een schriftelijke ronde.</source>
        <translation>Ask for an extension or choose a written round.</translation>
    </message>
    <message>
        <source>{title} ({purpose})</source>
        <translation>{title} ({purpose})</translation>
    </message>
    <message>
        <source>Advies {number} staat al op de agenda van de vergadering van {date}.</source>
        <translation>Advice {number} is already on the agenda of the meeting of {date}.</translation>
    </message>
    <message>
        <source>{date} ({purpose})</source>
        <translation>{date} ({purpose})</translation>
    </message>
    <message>
        <source>Vul de tekst van het agendapunt in.</source>
        <translation>Enter the text of the agenda item.</translation>
    </message>
    <message>
        <source>De tekst van het agendapunt is te lang.</source>
        <translation>The text of the agenda item is too long.</translation>
    </message>
    <message>
        <source>Dit advies is in deze vergadering vastgesteld; het blijft op de agenda.</source>
        <translation>This advice was adopted in this meeting; it stays on the agenda.</translation>
    </message>
    <message>
        <source>Advies {number} staat niet op de agenda van de vergadering van {date}; zet het er eerst op.</source>
        <translation>Advice {number} is not on the agenda of the meeting of {date}; put it on first.</translation>
    </message>
    <message>
        <source>Advies {number} is al vastgesteld in de vergadering van {date}.</source>
        <translation>Advice {number} has already been adopted in the meeting of {date}.</translation>
    </message>
    <message>
        <source>Vastgesteld in de vergadering van {date}.</source>
        <translation>Adopted in the meeting of {date}.</translation>
    </message>
    <message>
        <source>Geen vergadering meer vóór de adviestermijn ({date}): vraag verdaging of kies een schriftelijke ronde.</source>
        <translation>No meeting left before the advice deadline ({date}): ask for an extension or choose a written round.</translation>
    </message>
    <message>
        <source>Laatste vergadering vóór de adviestermijn: {date}.</source>
        <translation>Last meeting before the advice deadline: {date}.</translation>
    </message>
    <message>
        <source>Er is geen vergadering met id {id}.</source>
        <translation>There is no meeting with id {id}.</translation>
    </message>
    <message>
        <source>Er is geen agendapunt met id {id}.</source>
        <translation>There is no agenda item with id {id}.</translation>
    </message>
    <message>
        <source>Er is geen actie met id {id}.</source>
        <translation>There is no action with id {id}.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Kies een vergadering, of maak er een.</source>
        <translation>Choose a meeting, or create one.</translation>
    </message>
    <message>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>Binnengekomen na {start} tot en met {end}: {n} stuk(ken).</source>
        <translation>Received after {start} up to and including {end}: {n} item(s).</translation>
    </message>
    <message>
        <source>Vergadering verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Agendapunt verwijderen</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <source>Vergaderstukken opslaan</source>
        <translation>Save meeting papers</translation>
    </message>
    <message>
        <source>Agenda opslaan</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <source>PDF opgeslagen: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>Agenda {date}.docx</source>
        <translation>Agenda {date}.docx</translation>
    </message>
    <message>
        <source>Agenda opslaan als Word-bestand</source>
        <translation>Save agenda as a Word file</translation>
    </message>
    <message>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Agenda opgeslagen: {path}</source>
        <translation>Agenda saved: {path}</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Vergaderschema:</source>
        <translation>Meeting schedule:</translation>
    </message>
    <message>
        <source>Vergaderschema</source>
        <translation>Meeting schedule</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nieuwe vergadering…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Datum, tijd, plaats of soort van de gekozen vergadering wijzigen</source>
        <translation>Change the date, time, place or type of the selected meeting</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kies een vergadering.</source>
        <translation>Choose a meeting.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Het agendapunt een plaats omhoog (Ctrl+Omhoog)</source>
        <translation>Move the agenda item up one place (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Het agendapunt een plaats omlaag (Ctrl+Omlaag)</source>
        <translation>Move the agenda item down one place (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Punt verwijderen</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Het gekozen advies is in deze vergadering vastgesteld</source>
        <translation>The selected advice was adopted in this meeting</translation>
    </message>
    <message>
        <source>Advies:</source>
        <translation>Advice:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Op de agenda</source>
        <translation>On the agenda</translation>
    </message>
    <message>
        <source>Vrij punt:</source>
        <translation>Free item:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Jaarplan 2027</source>
        <translation>for example: Annual plan 2027</translation>
    </message>
    <message>
        <source>Punt toevoegen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Postlijst</source>
        <translation>Incoming post</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nieuwe actie…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Weer open</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Agenda als PDF…</source>
        <translation>Agenda as PDF…</translation>
    </message>
    <message>
        <source>De agenda met postlijst en actielijst als PDF voor de leden</source>
        <translation>The agenda with incoming post and action list as a PDF for the members</translation>
    </message>
    <message>
        <source>Vergaderstukken als PDF…</source>
        <translation>Meeting papers as PDF…</translation>
    </message>
    <message>
        <source>Agenda, adviezenoverzicht en termijnenlijst in één PDF</source>
        <translation>Agenda, overview of advices and deadline list in one PDF</translation>
    </message>
    <message>
        <source>Agenda als Word…</source>
        <translation>Agenda as Word…</translation>
    </message>
    <message>
        <source>De agenda als .docx, om op eigen briefpapier te zetten</source>
        <translation>The agenda as .docx, to put on your own letterhead</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>gevraagd advies</source>
        <translation>solicited advice</translation>
    </message>
    <message>
        <source>ongevraagd advies</source>
        <translation>unsolicited advice</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>overgenomen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>deels overgenomen</source>
        <translation>partly adopted</translation>
    </message>
    <message>
        <source>niet overgenomen</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>kennisgenomen</source>
        <translation>noted</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>nagekomen</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <source>aanvraag ontvangen</source>
        <translation>request received</translation>
    </message>
    <message>
        <source>in voorbereiding</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>advies verzonden</source>
        <translation>advice sent</translation>
    </message>
    <message>
        <source>reactie ontvangen</source>
        <translation>reply received</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>adviestermijn</source>
        <translation>advice deadline</translation>
    </message>
    <message>
        <source>reactietermijn</source>
        <translation>reply deadline</translation>
    </message>
    <message>
        <source>adviesaanvraag</source>
        <translation>request for advice</translation>
    </message>
    <message>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>reactie college</source>
        <translation>Executive's reply</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>brief van de raad</source>
        <translation>letter of the council</translation>
    </message>
    <message>
        <source>De tekst is te lang (meer dan {n} tekens).</source>
        <translation>The text is too long (more than {n} characters).</translation>
    </message>
    <message>
        <source>De tekst bevat een ongeldig teken.</source>
        <translation>The text contains an invalid character.</translation>
    </message>
    <message>
        <source>Een aanbeveling heeft een nummer vanaf 1.</source>
        <translation>A recommendation is numbered from 1.</translation>
    </message>
    <message>
        <source>Aanbeveling {n} heeft geen tekst.</source>
        <translation>Recommendation {n} has no text.</translation>
    </message>
    <message>
        <source>Onbekende soort advies: ‘{kind}’.</source>
        <translation>Unknown type of advice: ‘{kind}’.</translation>
    </message>
    <message>
        <source>Vul het onderwerp in.</source>
        <translation>Enter the subject.</translation>
    </message>
    <message>
        <source>Het nummer ‘{number}’ heeft niet de vorm jaar-volgnummer, zoals 2024-07.</source>
        <translation>The number ‘{number}’ is not in the form year-sequence number, such as 2024-07.</translation>
    </message>
    <message>
        <source>De gevraagde termijn ligt vóór de ontvangst van de aanvraag.</source>
        <translation>The requested deadline is before the request was received.</translation>
    </message>
    <message>
        <source>Het advies is verzonden vóór de aanvraag is ontvangen.</source>
        <translation>The advice was sent before the request was received.</translation>
    </message>
    <message>
        <source>Een ongevraagd advies of signaal heeft geen adviesaanvraag; kies ‘gevraagd advies’ of maak de aanvraagvelden leeg.</source>
        <translation>An unsolicited advice or signal has no request for advice; choose ‘solicited advice’ or clear the request fields.</translation>
    </message>
    <message>
        <source>Twee aanbevelingen hebben hetzelfde nummer.</source>
        <translation>Two recommendations have the same number.</translation>
    </message>
    <message>
        <source>Onbekende uitkomst: ‘{value}’.</source>
        <translation>Unknown outcome: ‘{value}’.</translation>
    </message>
    <message>
        <source>Een aanbeveling heeft twee uitkomsten.</source>
        <translation>A recommendation has two outcomes.</translation>
    </message>
    <message>
        <source>Beschrijf de toezegging.</source>
        <translation>Describe the commitment.</translation>
    </message>
    <message>
        <source>Onbekende status: ‘{value}’.</source>
        <translation>Unknown status: ‘{value}’.</translation>
    </message>
    <message>
        <source>Onbekende termijn: ‘{value}’.</source>
        <translation>Unknown deadline: ‘{value}’.</translation>
    </message>
    <message>
        <source>Geef de reden van de verdaging.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>Vul in wie met de verdaging heeft ingestemd.</source>
        <translation>Enter who agreed to the extension.</translation>
    </message>
    <message>
        <source>De nieuwe datum moet na de huidige termijn ({date}) liggen.</source>
        <translation>The new date must be after the current deadline ({date}).</translation>
    </message>
    <message>
        <source>Onbekende soort document: ‘{value}’.</source>
        <translation>Unknown type of document: ‘{value}’.</translation>
    </message>
    <message>
        <source>Een stap in het rappel is 1 tot en met 365 dagen.</source>
        <translation>A step of the reminders is 1 to 365 days.</translation>
    </message>
    <message>
        <source>Dit is geen e-mailadres (naam@gemeente.nl).</source>
        <translation>This is not an e-mail address (name@municipality.nl).</translation>
    </message>
    <message>
        <source>Een eigen vrije dag heeft een naam en komt maar één keer voor.</source>
        <translation>A day off of your own has a name and appears only once.</translation>
    </message>
    <message>
        <source>Een termijn is 1 tot en met 52 weken.</source>
        <translation>A period is 1 to 52 weeks.</translation>
    </message>
    <message>
        <source>Het venster ‘binnenkort’ is 1 tot en met 365 dagen.</source>
        <translation>The ‘due soon’ window is 1 to 365 days.</translation>
    </message>
    <message>
        <source>Een herinnering is 0 tot en met 60 dagen vooraf.</source>
        <translation>A reminder is 0 to 60 days in advance.</translation>
    </message>
    <message>
        <source>Vul de naam van de adviesraad in.</source>
        <translation>Enter the name of the advisory council.</translation>
    </message>
    <message>
        <source>Thema’s mogen niet leeg zijn of dubbel voorkomen.</source>
        <translation>Themes must not be empty or appear twice.</translation>
    </message>
    <message>
        <source>Het advies heeft nog geen verzenddatum; vul die eerst in voordat u een reactie registreert.</source>
        <translation>The advice has no date sent yet; fill that in before you record a reply.</translation>
    </message>
    <message>
        <source>De reactie ({reply}) is gedateerd vóór het advies ({advice}).</source>
        <translation>The reply ({reply}) is dated before the advice ({advice}).</translation>
    </message>
    <message>
        <source>Het advies heeft geen aanbeveling {n}.</source>
        <translation>The advice has no recommendation {n}.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reactie
uiterlijk</source>
        <translation>Reply
due</translation>
    </message>
    <message>
        <source>Reactie
ontvangen</source>
        <translation>Reply
received</translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Gevonden in {field}: {snippet}</source>
        <translation>Found in {field}: {snippet}</translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>(vertrouwelijk)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>Advies uiterlijk {date}: {days}</source>
        <translation>Advice due {date}: {days}</translation>
    </message>
    <message>
        <source>Reactie van het college: {days}</source>
        <translation>Reply from the Executive: {days}</translation>
    </message>
    <message>
        <source>De reactie kwam {days}.</source>
        <translation>The reply came {days}.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Advies aan college</source>
        <translation>Advice to the Executive</translation>
    </message>
    <message>
        <source>Reactie van college</source>
        <translation>Reply from the Executive</translation>
    </message>
    <message>
        <source>Toezegging college</source>
        <translation>Executive's commitment</translation>
    </message>
    <message>
        <source>(verdaagd)</source>
        <translation>(extended)</translation>
    </message>
    <message>
        <source>volgende stap: {step}</source>
        <translation>next step: {step}</translation>
    </message>
    <message>
        <source>Verdaagd; oorspronkelijke termijn {date}</source>
        <translation>Extended; original deadline {date}</translation>
    </message>
    <message>
        <source>Uiterlijk: {due}</source>
        <translation>Due: {due}</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Reactie van</source>
        <translation>Reply dated</translation>
    </message>
    <message>
        <source>open, zonder termijn</source>
        <translation>open, without a deadline</translation>
    </message>
    <message>
        <source>geen termijn</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
</context>
<context>
    <name>NonWorkingDays</name>
    <message>
        <source>Wet: Algemene termijnenwet art. 3 lid 1 (feestdagen) en lid 2 (Goede Vrijdag).</source>
        <translation>Act: General Time Limits Act, art. 3(1) (public holidays) and 3(2) (Good Friday).</translation>
    </message>
    <message>
        <source>Besluit (art. 3 lid 3): {title}.</source>
        <translation>Decree (art. 3(3)): {title}.</translation>
    </message>
    <message>
        <source>Voorlopig: voor {year} is nog geen besluit bekend; de vrijdag na een feestdag op donderdag (zoals na Hemelvaartsdag) is geschat naar de recente besluiten.</source>
        <translation>Provisional: no decree is known for {year} yet; the Friday after a holiday on a Thursday (such as after Ascension Day) has been estimated from recent decrees.</translation>
    </message>
    <message>
        <source>Niet-werkdagen van het gekozen jaar</source>
        <translation>Non-working days of the selected year</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Vul de datum van de vrije dag in.</source>
        <translation>Enter the date of the day off.</translation>
    </message>
</context>
<context>
    <name>NonWorkingDaysDialog</name>
    <message>
        <source>Feestdagen en vrije dagen</source>
        <translation>Public holidays and days off</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Eigen vrije dag van de adviesraad (telt als feestdag)</source>
        <translation>The advisory council's own day off (counts as a public holiday)</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>bijvoorbeeld: sluitingsdag gemeentehuis</source>
        <translation>for example: town hall closed</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Gekozen eigen dag &amp;verwijderen</source>
        <translation>&amp;Remove selected day</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>Database kan niet worden geopend</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>Het bestand is niet gewijzigd.</source>
        <translation>The file has not been changed.</translation>
    </message>
    <message>
        <source>Back-ups van dit register (de nieuwste bovenaan):</source>
        <translation>Backups of this register (newest at the top):</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>&amp;Ander bestand openen…</source>
        <translation>Open &amp;other file…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Probleem met de database</source>
        <translation>Problem with the database</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Adviezenoverzicht (PDF)…</source>
        <translation>Overview of advices (PDF)…</translation>
    </message>
    <message>
        <source>Het register zoals het nu gefilterd is (of de geselecteerde adviezen) als PDF</source>
        <translation>The register as it is filtered now (or the selected advices) as a PDF</translation>
    </message>
    <message>
        <source>Dossier(s) (PDF)…</source>
        <translation>Dossier(s) (PDF)…</translation>
    </message>
    <message>
        <source>De dossiers van de geselecteerde adviezen, na elkaar in één PDF</source>
        <translation>The dossiers of the selected advices, one after another in one PDF</translation>
    </message>
    <message>
        <source>Jaaroverzicht (PDF)…</source>
        <translation>Annual overview (PDF)…</translation>
    </message>
    <message>
        <source>Termijnenlijst (PDF)…</source>
        <translation>Deadline list (PDF)…</translation>
    </message>
    <message>
        <source>Exporteren (PDF)…</source>
        <translation>Export (PDF)…</translation>
    </message>
    <message>
        <source>Alles wat te laat is en binnenkort afloopt, per de peildatum hierboven, als PDF</source>
        <translation>Everything that is late or falls due soon, as of the reference date above, as a PDF</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Dit dossier als PDF opslaan (de opgeslagen gegevens)</source>
        <translation>Save this dossier as a PDF (the saved data)</translation>
    </message>
    <message>
        <source>Selecteer eerst in het register de adviezen waarvan u het dossier wilt exporteren. Met Ctrl of Shift kiest u er meer; ze komen na elkaar in één PDF.</source>
        <translation>First select in the register the advices whose dossier you want to export. Use Ctrl or Shift to choose more than one; they follow one another in one PDF.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen; de PDF bevat de opgeslagen gegevens. Sla eerst op als de wijzigingen erin moeten.</source>
        <translation>There are changes that have not been saved yet; the PDF contains the saved data. Save first if the changes should be included.</translation>
    </message>
    <message>
        <source>De peildatum op het scherm Termijnen klopt niet: {problem}</source>
        <translation>The reference date on the Deadlines screen is not correct: {problem}</translation>
    </message>
    <message>
        <source>Er wordt al een PDF gemaakt.</source>
        <translation>A PDF is already being made.</translation>
    </message>
    <message>
        <source>{document} opslaan als PDF</source>
        <translation>Save {document} as PDF</translation>
    </message>
    <message>
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>{title} wordt gemaakt…</source>
        <translation>Making {title}…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De PDF wordt opgeslagen…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>De PDF is opgeslagen, maar niet alle tekst staat erin zoals die is ingevoerd.</source>
        <translation>The PDF has been saved, but not all text appears in it as it was entered.</translation>
    </message>
    <message>
        <source>PDF opgeslagen met een waarschuwing</source>
        <translation>PDF saved with a warning</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pagina’s</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Opgeslagen (VERTROUWELIJK, niet publiceren): {path} ({pages})</source>
        <translation>Saved (CONFIDENTIAL, do not publish): {path} ({pages})</translation>
    </message>
    <message>
        <source>Opgeslagen: {path} ({pages})</source>
        <translation>Saved: {path} ({pages})</translation>
    </message>
    <message>
        <source>De PDF kon niet in een PDF-lezer worden geopend.</source>
        <translation>The PDF could not be opened in a PDF reader.</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 advice</translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>Er is niets om te exporteren.</source>
        <translation>There is nothing to export.</translation>
    </message>
    <message>
        <source>Termijnenlijst per {today}: {late} te laat, {soon} binnen 1 dag.</source>
        <translation>Deadline list as of {today}: {late} late, {soon} within 1 day.</translation>
    </message>
    <message>
        <source>Termijnenlijst per {today}: {late} te laat, {soon} binnen {n} dagen.</source>
        <translation>Deadline list as of {today}: {late} late, {soon} within {n} days.</translation>
    </message>
    <message>
        <source>Jaaroverzicht {year}: {advices}.</source>
        <translation>Annual overview {year}: {advices}.</translation>
    </message>
    <message>
        <source>Overzicht van het geselecteerde advies.</source>
        <translation>Overview of the selected advice.</translation>
    </message>
    <message>
        <source>Overzicht van de {n} geselecteerde adviezen.</source>
        <translation>Overview of the {n} selected advices.</translation>
    </message>
    <message>
        <source>Overzicht van {advices} ({selection}).</source>
        <translation>Overview of {advices} ({selection}).</translation>
    </message>
    <message>
        <source>Dossier van advies {number}: {title}</source>
        <translation>Dossier of advice {number}: {title}</translation>
    </message>
    <message>
        <source>Dossiers van {advices}, elk op een nieuwe pagina: {numbers}{more}</source>
        <translation>Dossiers of {advices}, each on a new page: {numbers}{more}</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies wordt niet opgenomen.</source>
        <translation>1 confidential advice is not included.</translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen worden niet opgenomen.</source>
        <translation>{n} confidential advices are not included.</translation>
    </message>
    <message>
        <source>{document} als PDF</source>
        <translation>{document} as PDF</translation>
    </message>
    <message>
        <source>Let op: elke pagina krijgt de markering VERTROUWELIJK. Dit bestand bevat vertrouwelijke gegevens en mag niet worden gepubliceerd of doorgestuurd; de bestandsnaam eindigt op ‘(VERTROUWELIJK)’.</source>
        <translation>Note: every page is marked CONFIDENTIAL. This file contains confidential data and must not be published or forwarded; the file name ends in ‘(VERTROUWELIJK)’.</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>{date} (de peildatum van het scherm Termijnen)</source>
        <translation>{date} (the reference date of the Deadlines screen)</translation>
    </message>
    <message>
        <source>Alleen het geselecteerde advies</source>
        <translation>Only the selected advice</translation>
    </message>
    <message>
        <source>Alleen de {n} geselecteerde adviezen</source>
        <translation>Only the {n} selected advices</translation>
    </message>
    <message>
        <source>Het hele register: {advices}</source>
        <translation>The whole register: {advices}</translation>
    </message>
    <message>
        <source>Het hele filter: {advices} ({selection})</source>
        <translation>The whole filter: {advices} ({selection})</translation>
    </message>
    <message>
        <source>Meest urgent eerst</source>
        <translation>Most urgent first</translation>
    </message>
    <message>
        <source>Op nummer</source>
        <translation>By number</translation>
    </message>
    <message>
        <source>Zoals in het register: {order}</source>
        <translation>As in the register: {order}</translation>
    </message>
    <message>
        <source>Voorgestelde bestandsnaam: {name}</source>
        <translation>Suggested file name: {name}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Welke adviezen</source>
        <translation>Which advices</translation>
    </message>
    <message>
        <source>Alleen de geselecteerde adviezen</source>
        <translation>Only the selected advices</translation>
    </message>
    <message>
        <source>Het hele filter</source>
        <translation>The whole filter</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Volgorde</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities &amp;opnemen</source>
        <translation>&amp;Include confidential advices and internal notes</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>advies uiterlijk</source>
        <translation>advice due</translation>
    </message>
    <message>
        <source>reactie college uiterlijk</source>
        <translation>Executive's reply due</translation>
    </message>
    <message>
        <source>toezegging</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>nog {n} dagen</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>{n} dagen te laat</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <source>{due} (verdaagd; oorspronkelijk {original})</source>
        <translation>{due} (extended; originally {original})</translation>
    </message>
    <message>
        <source>nog geen reactie</source>
        <translation>no reply yet</translation>
    </message>
    <message>
        <source>geen reactietermijn</source>
        <translation>no reply deadline</translation>
    </message>
    <message>
        <source>binnen de termijn</source>
        <translation>within the deadline</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation>Advice deadline</translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation>Executive's reply due</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Reactie van het college</source>
        <translation>Reply from the Executive</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Reactietijd</source>
        <translation>Reply time</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Nog geen reactie van het college.</source>
        <translation>No reply from the Executive yet.</translation>
    </message>
    <message>
        <source>zonder termijn</source>
        <translation>without a deadline</translation>
    </message>
    <message>
        <source>Open, zonder termijn</source>
        <translation>Open, without a deadline</translation>
    </message>
    <message>
        <source>verschoven van {raw}: {reasons}</source>
        <translation>moved from {raw}: {reasons}</translation>
    </message>
    <message>
        <source>open, zonder termijn</source>
        <translation>open, without a deadline</translation>
    </message>
    <message>
        <source>verstreken, {late}</source>
        <translation>passed, {late}</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>{term}: van {old} naar {new}, akkoord {who}. Reden: {reason}</source>
        <translation>{term}: from {old} to {new}, agreed by {who}. Reason: {reason}</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>op de dag zelf</source>
        <translation>on the day itself</translation>
    </message>
    <message>
        <source>1 dag vooraf</source>
        <translation>1 day in advance</translation>
    </message>
    <message>
        <source>{n} dagen vooraf</source>
        <translation>{n} days in advance</translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>nog geen uitkomst</source>
        <translation>no outcome yet</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{status}, te laat</source>
        <translation>{status}, late</translation>
    </message>
    <message>
        <source>jaar {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>alleen open adviezen</source>
        <translation>open advices only</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status {status}</translation>
    </message>
    <message>
        <source>thema {theme}</source>
        <translation>theme {theme}</translation>
    </message>
    <message>
        <source>zoekterm ‘{text}’</source>
        <translation>search term ‘{text}’</translation>
    </message>
    <message>
        <source>1 gekozen advies</source>
        <translation>1 chosen advice</translation>
    </message>
    <message>
        <source>{n} gekozen adviezen</source>
        <translation>{n} chosen advices</translation>
    </message>
    <message>
        <source>alle adviezen</source>
        <translation>all advices</translation>
    </message>
    <message>
        <source>meest urgent eerst</source>
        <translation>most urgent first</translation>
    </message>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>datum verzonden</source>
        <translation>date sent</translation>
    </message>
    <message>
        <source>reactie uiterlijk</source>
        <translation>reply due</translation>
    </message>
    <message>
        <source>datum reactie</source>
        <translation>date of reply</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>dagen te laat</source>
        <translation>days late</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>datum verwijderd</source>
        <translation>date deleted</translation>
    </message>
    <message>
        <source>aflopend</source>
        <translation>descending</translation>
    </message>
    <message>
        <source>oplopend</source>
        <translation>ascending</translation>
    </message>
    <message>
        <source>op {key}, {direction}</source>
        <translation>by {key}, {direction}</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies uit deze selectie is niet opgenomen.</source>
        <translation>1 confidential advice from this selection has not been included.</translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen uit deze selectie zijn niet opgenomen.</source>
        <translation>{n} confidential advices from this selection have not been included.</translation>
    </message>
    <message>
        <source>{status} op {date}</source>
        <translation>{status} on {date}</translation>
    </message>
    <message>
        <source>1 termijn van een vertrouwelijk advies is niet opgenomen.</source>
        <translation>1 deadline of a confidential advice has not been included.</translation>
    </message>
    <message>
        <source>{n} termijnen van vertrouwelijke adviezen zijn niet opgenomen.</source>
        <translation>{n} deadlines of confidential advices have not been included.</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Wacht op reactie</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Interne notities (intern — komt niet in exports)</source>
        <translation>Internal notes (internal — not included in exports)</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Het nummer {number} is al in gebruik.</source>
        <translation>The number {number} is already in use.</translation>
    </message>
    <message>
        <source>Dit past niet bij de geregistreerde reactie: {problem}</source>
        <translation>This does not fit the recorded reply: {problem}</translation>
    </message>
    <message>
        <source>Advies {number} heeft al een reactie (van {date}). Pas die aan in het dossier.</source>
        <translation>Advice {number} already has a reply (dated {date}). Change it in the dossier.</translation>
    </message>
    <message>
        <source>Deze brief van het college (zelfde Ons kenmerk, of zelfde zaaknummer en datum) is al de reactie op advies {number}; hij kan niet ook de reactie op een ander advies zijn. Er is niets opgeslagen.</source>
        <translation>This letter from the Executive (same Our reference, or same case number and date) is already the reply to advice {number}; it cannot also be the reply to another advice. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Vul het nummer in; een opgeslagen advies houdt zijn nummer (brieven verwijzen ernaar).</source>
        <translation>Enter the number; a saved advice keeps its number (letters refer to it).</translation>
    </message>
    <message>
        <source>Deze reactie kan niet worden teruggezet: het advies heeft inmiddels een andere reactie.</source>
        <translation>This reply cannot be restored: the advice now has a different reply.</translation>
    </message>
    <message>
        <source>Advies {number} heeft nog geen reactie van het college; een toezegging hoort bij die reactie. Registreer eerst de reactie.</source>
        <translation>Advice {number} has no reply from the Executive yet; a commitment belongs to that reply. Record the reply first.</translation>
    </message>
    <message>
        <source>Dit advies heeft geen adviestermijn om te verdagen.</source>
        <translation>This advice has no advice deadline to extend.</translation>
    </message>
    <message>
        <source>Dit advies heeft (nog) geen reactietermijn om te verdagen: vul eerst de verzenddatum in.</source>
        <translation>This advice has no reply deadline to extend (yet): enter the date sent first.</translation>
    </message>
    <message>
        <source>{path} is geen bestand.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>{name} is te groot om toe te voegen ({mb} MB; maximaal {max} MB).</source>
        <translation>{name} is too large to add ({mb} MB; at most {max} MB).</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Inlezen als</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Staat al in het register als advies {number}; wordt overgeslagen.</source>
        <translation>Already in the register as advice {number}; will be skipped.</translation>
    </message>
    <message>
        <source>Wat deze kolom bevat; kies ‘{none}’ om hem over te slaan.</source>
        <translation>What this column contains; choose ‘{none}’ to skip it.</translation>
    </message>
    <message>
        <source>Kolom {letter} inlezen als</source>
        <translation>Read column {letter} as</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(werkblad ‘{sheet}’)</source>
        <translation>(worksheet ‘{sheet}’)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · kopregel: rij {row} · 1 rij daaronder</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; · header row: row {row} · 1 row below it</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · kopregel: rij {row} · {n} rijen daaronder</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; · header row: row {row} · {n} rows below it</translation>
    </message>
    <message>
        <source>1 advies wordt geïmporteerd</source>
        <translation>1 advice will be imported</translation>
    </message>
    <message>
        <source>{n} adviezen worden geïmporteerd</source>
        <translation>{n} advices will be imported</translation>
    </message>
    <message>
        <source>Er wordt geen advies geïmporteerd</source>
        <translation>No advice will be imported</translation>
    </message>
    <message>
        <source>({n} met reactie van het college)</source>
        <translation>({n} with a reply from the Executive)</translation>
    </message>
    <message>
        <source>1 staat er al in</source>
        <translation>1 is already in it</translation>
    </message>
    <message>
        <source>{n} staan er al in</source>
        <translation>{n} are already in it</translation>
    </message>
    <message>
        <source>1 rij heeft fouten</source>
        <translation>1 row has errors</translation>
    </message>
    <message>
        <source>{n} rijen hebben fouten</source>
        <translation>{n} rows have errors</translation>
    </message>
    <message>
        <source>Alle adviezen in dit bestand staan al in het register; er wordt niets dubbel geïmporteerd.</source>
        <translation>All advices in this file are already in the register; nothing will be imported twice.</translation>
    </message>
    <message>
        <source>Adviezen die al in het register staan (zelfde nummer, of zelfde onderwerp en datum) worden overgeslagen, niet overschreven.</source>
        <translation>Advices already in the register (same number, or same subject and date) are skipped, not overwritten.</translation>
    </message>
    <message>
        <source>Zolang er rijen met fouten zijn, wordt er niets geïmporteerd. Verbeter het bestand of de kolommen, of vink ‘Alleen de goede rijen importeren’ aan.</source>
        <translation>As long as there are rows with errors, nothing is imported. Correct the file or the columns, or tick ‘Import only the good rows’.</translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 advies geïmporteerd</source>
        <translation>1 advice imported</translation>
    </message>
    <message>
        <source>{n} adviezen geïmporteerd</source>
        <translation>{n} advices imported</translation>
    </message>
    <message>
        <source>1 stond er al in en is niet opnieuw toegevoegd.</source>
        <translation>1 was already in it and has not been added again.</translation>
    </message>
    <message>
        <source>{n} stonden er al in en zijn niet opnieuw toegevoegd.</source>
        <translation>{n} were already in it and have not been added again.</translation>
    </message>
    <message>
        <source>1 rij met fouten is niet geïmporteerd: rij {rows}.</source>
        <translation>1 row with errors has not been imported: row {rows}.</translation>
    </message>
    <message>
        <source>{n} rijen met fouten zijn niet geïmporteerd: rij {rows}.</source>
        <translation>{n} rows with errors have not been imported: rows {rows}.</translation>
    </message>
    <message>
        <source>1 advies geïmporteerd uit {file}.</source>
        <translation>1 advice imported from {file}.</translation>
    </message>
    <message>
        <source>{n} adviezen geïmporteerd uit {file}.</source>
        <translation>{n} advices imported from {file}.</translation>
    </message>
    <message>
        <source>Register importeren</source>
        <translation>Import register</translation>
    </message>
    <message>
        <source>Controleer in de bovenste rij per kolom wat er wordt ingelezen, en verbeter het waar nodig; kies ‘(niet importeren)’ om een kolom over te slaan. De rijnummers zijn die van het bestand. Er wordt niets opgeslagen voordat u op Importeren klikt.</source>
        <translation>In the top row, check for each column what will be read, and correct it where needed; choose ‘(do not import)’ to skip a column. The row numbers are those of the file. Nothing is saved until you click Import.</translation>
    </message>
    <message>
        <source>Voorbeeld van het blad</source>
        <translation>Preview of the sheet</translation>
    </message>
    <message>
        <source>Problemen en opmerkingen (klik om de cel te tonen):</source>
        <translation>Problems and remarks (click to show the cell):</translation>
    </message>
    <message>
        <source>Problemen en opmerkingen</source>
        <translation>Problems and remarks</translation>
    </message>
    <message>
        <source>Alleen de goede rijen importeren (de rijen met een probleem worden overgeslagen)</source>
        <translation>Import only the good rows (rows with a problem are skipped)</translation>
    </message>
    <message>
        <source>%v van %m rijen</source>
        <translation>%v of %m rows</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open (niet afgesloten)</source>
        <translation>Open (not closed)</translation>
    </message>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle thema’s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 advice</translation>
    </message>
    <message>
        <source>{shown} van 1 advies</source>
        <translation>{shown} of 1 advice</translation>
    </message>
    <message>
        <source>{shown} van {total} adviezen</source>
        <translation>{shown} of {total} advices</translation>
    </message>
    <message>
        <source>Zoeken in onderwerp, samenvatting, aanbevelingen, reacties en toezeggingen…</source>
        <translation>Search subject, summary, recommendations, replies and commitments…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Soort advies</source>
        <translation>Type of advice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Register van adviezen</source>
        <translation>Register of advices</translation>
    </message>
    <message>
        <source>Nieuw advies…</source>
        <translation>New advice…</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Soort termijn</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Postlijst</source>
        <translation>Incoming post</translation>
    </message>
    <message>
        <source>Binnengekomen na {start} tot en met {end}.</source>
        <translation>Received after {start} up to and including {end}.</translation>
    </message>
    <message>
        <source>Er is niets binnengekomen.</source>
        <translation>Nothing has been received.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Er staan geen acties open.</source>
        <translation>There are no open actions.</translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Adviezenoverzicht</source>
        <translation>Overview of advices</translation>
    </message>
    <message>
        <source>Er zijn geen openstaande adviezen.</source>
        <translation>There are no open advices.</translation>
    </message>
    <message>
        <source>Termijnenlijst</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>Er lopen geen termijnen.</source>
        <translation>No deadlines are running.</translation>
    </message>
    <message>
        <source>Te laat, en wat afloopt tot en met {until}.</source>
        <translation>Late, and what falls due up to and including {until}.</translation>
    </message>
    <message>
        <source>Advies of toezegging</source>
        <translation>Advice or commitment</translation>
    </message>
    <message>
        <source>(verdaagd; oorspronkelijk {date})</source>
        <translation>(extended; originally {date})</translation>
    </message>
    <message>
        <source>{title}. Toezegging: {text}</source>
        <translation>{title}. Commitment: {text}</translation>
    </message>
    <message>
        <source>(vertrouwelijk)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>Te laat ({n})</source>
        <translation>Late ({n})</translation>
    </message>
    <message>
        <source>Er is niets te laat.</source>
        <translation>Nothing is late.</translation>
    </message>
    <message>
        <source>Binnenkort: tot en met {until} ({n})</source>
        <translation>Due soon: up to and including {until} ({n})</translation>
    </message>
    <message>
        <source>Er lopen geen termijnen af tot en met {until}.</source>
        <translation>No deadlines fall due up to and including {until}.</translation>
    </message>
    <message>
        <source>Open, zonder termijn ({n})</source>
        <translation>Open, without a deadline ({n})</translation>
    </message>
    <message>
        <source>Adviestermijn: de datum waarop de adviesraad zijn advies moet uitbrengen. Reactietermijn: de datum waarop het college schriftelijk moet reageren. Toezegging: wat het college in een reactie heeft beloofd, met de afgesproken datum. Termijnen volgen de Algemene termijnenwet.</source>
        <translation>Advice deadline: the date by which the advisory council must deliver its advice. Reply deadline: the date by which the Executive must reply in writing. Commitment: what the Executive promised in a reply, with the agreed date. Deadlines follow the General Time Limits Act (Algemene termijnenwet).</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nog geen reactie; de termijn is {n} verstreken</source>
        <translation>no reply yet; the deadline passed {n} ago</translation>
    </message>
    <message>
        <source>nog geen reactie; {days}</source>
        <translation>no reply yet; {days}</translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn is op {date} verstreken, {n} geleden.</source>
        <translation>There is no reply from the Executive yet; the reply deadline passed on {date}, {n} ago.</translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn loopt vandaag ({date}) af.</source>
        <translation>There is no reply from the Executive yet; the reply deadline expires today ({date}).</translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn loopt tot en met {date} (nog {n}).</source>
        <translation>There is no reply from the Executive yet; the reply deadline runs up to and including {date} ({n} left).</translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation>Advice deadline</translation>
    </message>
    <message>
        <source>Reactietermijn college</source>
        <translation>Executive's reply deadline</translation>
    </message>
    <message>
        <source>Reactie ontvangen</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>Tijdigheid reactie</source>
        <translation>Timeliness of reply</translation>
    </message>
    <message>
        <source>Reactietijd</source>
        <translation>Reply time</translation>
    </message>
    <message>
        <source>Aanbevelingen en reactie per aanbeveling</source>
        <translation>Recommendations and reply per recommendation</translation>
    </message>
    <message>
        <source>Dit advies heeft geen genummerde aanbevelingen.</source>
        <translation>This advice has no numbered recommendations.</translation>
    </message>
    <message>
        <source>Uitkomst voor het advies als geheel:</source>
        <translation>Outcome for the advice as a whole:</translation>
    </message>
    <message>
        <source>Aanbeveling {n}.</source>
        <translation>Recommendation {n}.</translation>
    </message>
    <message>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>nog geen reactie van het college</source>
        <translation>no reply from the Executive yet</translation>
    </message>
    <message>
        <source>Motivering van het college:</source>
        <translation>Executive's reasoning:</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Reactie van het college</source>
        <translation>Reply from the Executive</translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college.</source>
        <translation>There is no reply from the Executive yet.</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Samenvatting van de reactie:</source>
        <translation>Summary of the reply:</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>(document: {name})</source>
        <translation>(document: {name})</translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>{term} verdaagd van {old} naar {new}, akkoord {who}. Reden: {reason}</source>
        <translation>{term} extended from {old} to {new}, agreed by {who}. Reason: {reason}</translation>
    </message>
    <message>
        <source>(afgesproken op {date})</source>
        <translation>(agreed on {date})</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dossier {number}: {title}</source>
        <translation>Dossier {number}: {title}</translation>
    </message>
    <message>
        <source>Dit advies is vertrouwelijk: niet openbaar maken.</source>
        <translation>This advice is confidential: do not make it public.</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Belangrijke data</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Interne notities (intern, vertrouwelijk)</source>
        <translation>Internal notes (internal, confidential)</translation>
    </message>
    <message>
        <source>Het lettertype {name} ontbreekt of is beschadigd ({path}). Installeer Adviesraad opnieuw.</source>
        <translation>The font {name} is missing or damaged ({path}). Reinstall Adviesraad.</translation>
    </message>
    <message>
        <source>{title} (VERTROUWELIJK)</source>
        <translation>{title} (CONFIDENTIAL)</translation>
    </message>
    <message>
        <source>… (ingekort)</source>
        <translation>… (shortened)</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>VERTROUWELIJK — dit document bevat vertrouwelijke adviezen en interne notities. Niet openbaar maken of doorsturen.</source>
        <translation>CONFIDENTIAL — this document contains confidential advices and internal notes. Do not make public or forward.</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Colofon.</source>
        <translation>Colophon.</translation>
    </message>
    <message>
        <source>Peildatum {date}.</source>
        <translation>As of {date}.</translation>
    </message>
    <message>
        <source>Selectie: {selection}.</source>
        <translation>Selection: {selection}.</translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities: opgenomen.</source>
        <translation>Confidential advices and internal notes: included.</translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities: niet opgenomen.</source>
        <translation>Confidential advices and internal notes: not included.</translation>
    </message>
    <message>
        <source>Opgesteld met Adviesraad {version} op {date}.</source>
        <translation>Prepared with Adviesraad {version} on {date}.</translation>
    </message>
    <message>
        <source>VERTROUWELIJK</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Gemeente {municipality}</source>
        <translation>Municipality of {municipality}</translation>
    </message>
    <message>
        <source>Gemaakt op {date}</source>
        <translation>Made on {date}</translation>
    </message>
    <message>
        <source>pagina {page} van</source>
        <translation>page {page} of</translation>
    </message>
    <message>
        <source>VERTROUWELIJK — niet openbaar maken</source>
        <translation>CONFIDENTIAL — do not make public</translation>
    </message>
    <message>
        <source>Advies uiterlijk</source>
        <translation>Advice due</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reactie uiterlijk</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>Dagen te laat</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Geen lopende termijn</source>
        <translation>No running deadline</translation>
    </message>
    <message>
        <source>Termijn verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>Termijn loopt</source>
        <translation>Deadline running</translation>
    </message>
    <message>
        <source>Adviezen uit {year}</source>
        <translation>Advices from {year}</translation>
    </message>
    <message>
        <source>‘Dagen te laat’ gaat over de reactie van het college: na ontvangst op tijd of hoeveel dagen te laat; zolang er geen reactie is, hoeveel dagen de termijn nog loopt of hoe lang die al verstreken is.</source>
        <translation>‘Days late’ refers to the Executive's reply: once received, on time or how many days late; as long as there is no reply, how many days the deadline still runs or how long ago it passed.</translation>
    </message>
    <message>
        <source>Verschoven door de Algemene termijnenwet (weekend of feestdag): {items}.</source>
        <translation>Moved by the General Time Limits Act (weekend or public holiday): {items}.</translation>
    </message>
    <message>
        <source>Staafdiagram {title}. {values}.</source>
        <translation>Bar chart {title}. {values}.</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Adviezen en signalen</source>
        <translation>Advices and signals</translation>
    </message>
    <message>
        <source>waarvan gevraagd advies</source>
        <translation>of which solicited advice</translation>
    </message>
    <message>
        <source>waarvan ongevraagd advies</source>
        <translation>of which unsolicited advice</translation>
    </message>
    <message>
        <source>waarvan signalen</source>
        <translation>of which signals</translation>
    </message>
    <message>
        <source>Reacties binnen de termijn</source>
        <translation>Replies within the deadline</translation>
    </message>
    <message>
        <source>Reacties te laat</source>
        <translation>Replies late</translation>
    </message>
    <message>
        <source>Reactie ontbreekt (termijn verstreken)</source>
        <translation>Reply missing (deadline passed)</translation>
    </message>
    <message>
        <source>Reactietermijn loopt nog</source>
        <translation>Reply period still running</translation>
    </message>
    <message>
        <source>Gemiddelde reactietijd</source>
        <translation>Average reply time</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} van {of} ({share}%)</source>
        <translation>{n} of {of} ({share}%)</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>{year} naast {first} en {second}</source>
        <translation>{year} beside {first} and {second}</translation>
    </message>
    <message>
        <source>Reacties binnen de termijn: van de adviezen waarvan de reactietermijn op de peildatum verstreken was. Een jaar zonder adviezen heeft geen gemiddelde (—).</source>
        <translation>Replies within the deadline: of the advices whose reply deadline had passed on the reference date. A year without advices has no average (—).</translation>
    </message>
    <message>
        <source>Percentages zijn afgerond op hele procenten, een half procent naar boven; opgeteld kunnen ze daardoor 99% of 101% zijn.</source>
        <translation>Percentages are rounded to whole percentages, a half rounded up; added together they can therefore come to 99% or 101%.</translation>
    </message>
    <message>
        <source>In {year} bracht de adviesraad {total} uit: {solicited} gevraagd, {unsolicited} ongevraagd en {signals}.</source>
        <translation>In {year} the advisory council issued {total}: {solicited} solicited, {unsolicited} unsolicited and {signals}.</translation>
    </message>
    <message>
        <source>1 advies of signaal</source>
        <translation>1 advice or signal</translation>
    </message>
    <message>
        <source>{n} adviezen en signalen</source>
        <translation>{n} advices and signals</translation>
    </message>
    <message>
        <source>1 signaal</source>
        <translation>1 signal</translation>
    </message>
    <message>
        <source>{n} signalen</source>
        <translation>{n} signals</translation>
    </message>
    <message>
        <source>Op {expected} moest het college schriftelijk reageren. {received}: {on_time} binnen de termijn en {late} te laat.</source>
        <translation>The Executive had to reply in writing to {expected}. {received}: {on_time} within the deadline and {late} late.</translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation>1 advice</translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>1 reactie is ontvangen</source>
        <translation>1 reply has been received</translation>
    </message>
    <message>
        <source>{n} reacties zijn ontvangen</source>
        <translation>{n} replies have been received</translation>
    </message>
    <message>
        <source>De gemiddelde reactietijd was {average}, de langste {longest} (advies {number}).</source>
        <translation>The average reply time was {average}, the longest {longest} (advice {number}).</translation>
    </message>
    <message>
        <source>Reacties die te laat kwamen, waren gemiddeld {days} over de termijn.</source>
        <translation>Replies that came late were on average {days} past the deadline.</translation>
    </message>
    <message>
        <source>Langste reactietijd</source>
        <translation>Longest reply time</translation>
    </message>
    <message>
        <source>{days} (advies {number})</source>
        <translation>{days} (advice {number})</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>waarvan {outcome}</source>
        <translation>of which {outcome}</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>gevraagd advies</source>
        <translation>solicited advice</translation>
    </message>
    <message>
        <source>ongevraagd advies</source>
        <translation>unsolicited advice</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>Adviezen per soort</source>
        <translation>Advices by type</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>binnen de termijn</source>
        <translation>within the deadline</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>ontbreekt (termijn verstreken)</source>
        <translation>missing (deadline passed)</translation>
    </message>
    <message>
        <source>termijn loopt nog</source>
        <translation>deadline still running</translation>
    </message>
    <message>
        <source>Reacties van het college</source>
        <translation>Replies from the Executive</translation>
    </message>
    <message>
        <source>Reactie</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>De adviezen van {year} bevatten {n} aanbevelingen. Per aanbeveling legt het college in zijn reactie vast of het die overneemt.</source>
        <translation>The advices of {year} contain {n} recommendations. For each recommendation, the Executive records in its reply whether it adopts it.</translation>
    </message>
    <message>
        <source>Aanbevelingen naar uitkomst</source>
        <translation>Recommendations by outcome</translation>
    </message>
    <message>
        <source>Brief van {council}: {title}</source>
        <translation>Letter of {council}: {title}</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>letter</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Database kan niet worden geopend</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>&amp;Back-up maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>&amp;Database controleren…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <source>&amp;Map met back-ups tonen</source>
        <translation>Show backups &amp;folder</translation>
    </message>
    <message>
        <source>Nu een gecontroleerde back-up maken in de map met back-ups</source>
        <translation>Make a checked backup now in the backups folder</translation>
    </message>
    <message>
        <source>Back-up mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Back-up gemaakt ({n} adviezen): {path}</source>
        <translation>Backup made ({n} advices): {path}</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Onverwachte fout (verslag: {path}).</source>
        <translation>Unexpected error (report: {path}).</translation>
    </message>
    <message>
        <source>Automatische back-up gemaakt: {name}</source>
        <translation>Automatic backup made: {name}</translation>
    </message>
    <message>
        <source>Automatische back-up mislukt: {reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
    <message>
        <source>Automatische back-up mislukt</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>Uw gegevens zelf zijn niet aangetast. Adviesraad probeert het later opnieuw; deze melding komt niet nog eens (wel in de statusbalk).</source>
        <translation>Your data itself has not been affected. Adviesraad will try again later; this message will not appear again (it will in the status bar).</translation>
    </message>
    <message>
        <source>Bijgewerkt: het register is door een ander programma gewijzigd.</source>
        <translation>Updated: the register has been changed by another program.</translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Een back-up maken en de database controleren kan wel.</source>
        <translation>You can still make a backup and check the database.</translation>
    </message>
    <message>
        <source>De database is beschadigd. Wijzigingen worden niet opgeslagen, zodat de schade niet groter wordt. Laat de database controleren of zet een back-up terug.</source>
        <translation>The database is damaged. Changes are not saved, so that the damage does not get worse. Have the database checked or restore a backup.</translation>
    </message>
    <message>
        <source>Adviesraad — fout bij de vorige keer</source>
        <translation>Adviesraad — error last time</translation>
    </message>
    <message>
        <source>Bij de vorige keer ging er iets mis in Adviesraad. Wat toen al was opgeslagen, is bewaard: elke wijziging wordt in zijn geheel of helemaal niet opgeslagen. Wilt u helpen het op te lossen? Kopieer de gegevens hieronder en stuur ze naar de beheerder.</source>
        <translation>Something went wrong in Adviesraad last time. What had already been saved has been kept: every change is saved either completely or not at all. Would you like to help solve it? Copy the information below and send it to your administrator.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, is veilig: elke wijziging wordt in zijn geheel of helemaal niet bewaard. U kunt verder werken; controleer wel of uw laatste wijziging er is. Stuur de gegevens hieronder naar de beheerder.</source>
        <translation>Something unexpected went wrong. What had already been saved is safe: every change is saved either completely or not at all. You can carry on working, but do check whether your last change is there. Send the information below to your administrator.</translation>
    </message>
    <message>
        <source>Bewaard in: {path}</source>
        <translation>Kept in: {path}</translation>
    </message>
    <message>
        <source>Het verslag kon niet als bestand worden bewaard; kopieer het hieronder.</source>
        <translation>The report could not be kept as a file; copy it below.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Deze back-up terugzetten?
{backup}</source>
        <translation>Restore this backup?
{backup}</translation>
    </message>
    <message>
        <source>Het register zoals het nu is, wordt eerst apart bewaard in de map met back-ups; er gaat niets verloren.</source>
        <translation>The register as it is now is first kept separately in the backups folder; nothing is lost.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>de back-up van {when} ({kind})</source>
        <translation>the backup from {when} ({kind})</translation>
    </message>
    <message>
        <source>Teruggezet: {source}, {n} adviezen.</source>
        <translation>Restored: {source}, {n} advices.</translation>
    </message>
    <message>
        <source>Het beschadigde bestand is apart gezet als {path}; het kan niet worden teruggezet, maar blijft bewaard.</source>
        <translation>The damaged file has been set aside as {path}; it cannot be restored, but it is kept.</translation>
    </message>
    <message>
        <source>Het register van daarvoor is bewaard als {backup}.</source>
        <translation>The register from before has been kept as {backup}.</translation>
    </message>
    <message>
        <source>Dit bestand is geen Adviesraad-database</source>
        <translation>This file is not an Adviesraad database</translation>
    </message>
    <message>
        <source>De database is beschadigd</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>De database komt van een nieuwere versie van Adviesraad</source>
        <translation>The database comes from a newer version of Adviesraad</translation>
    </message>
    <message>
        <source>Er mag niet in de database worden geschreven</source>
        <translation>The database may not be written to</translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>De database bestaat niet (meer)</source>
        <translation>The database does not exist (any more)</translation>
    </message>
    <message>
        <source>De schijf gaf een fout</source>
        <translation>The disk gave an error</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend: terugzetten kan hier niet.</source>
        <translation>The database has been opened read-only: restoring is not possible here.</translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Adviesraad-back-up (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Adviesraad backup (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Het terugzetten is ongedaan gemaakt ({n} adviezen).</source>
        <translation>The restore has been undone ({n} advices).</translation>
    </message>
    <message>
        <source>Dit kan automatisch worden hersteld.</source>
        <translation>This can be repaired automatically.</translation>
    </message>
    <message>
        <source>Nieuwste bruikbare back-up: {backup} (Extra &gt; Back-up terugzetten…).</source>
        <translation>Newest usable backup: {backup} (Tools &gt; Restore backup…).</translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register gevonden.</source>
        <translation>No usable backup of this register was found.</translation>
    </message>
    <message>
        <source>Bezig met herstellen (eerst een back-up)…</source>
        <translation>Repairing (a backup first)…</translation>
    </message>
    <message>
        <source>Bezig met controleren… Dit duurt bij een groot register enkele seconden.</source>
        <translation>Checking… With a large register this takes a few seconds.</translation>
    </message>
    <message>
        <source>Eerst is een back-up gemaakt: {path}</source>
        <translation>A backup was made first: {path}</translation>
    </message>
    <message>
        <source>Er was niets automatisch te herstellen.</source>
        <translation>There was nothing to repair automatically.</translation>
    </message>
    <message>
        <source>Na het herstel:</source>
        <translation>After the repair:</translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>1 probleem gevonden.</source>
        <translation>1 problem found.</translation>
    </message>
    <message>
        <source>{n} problemen gevonden.</source>
        <translation>{n} problems found.</translation>
    </message>
    <message>
        <source>Een deel kan automatisch worden hersteld; eerst wordt een back-up gemaakt.</source>
        <translation>Part of this can be repaired automatically; a backup is made first.</translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend: herstellen kan hier niet.</source>
        <translation>The database has been opened read-only: repairing is not possible here.</translation>
    </message>
    <message>
        <source>Niet hersteld.</source>
        <translation>Not repaired.</translation>
    </message>
    <message>
        <source>Hersteld.</source>
        <translation>Repaired.</translation>
    </message>
    <message>
        <source>Controle klaar.</source>
        <translation>Check complete.</translation>
    </message>
    <message>
        <source>Niet gelukt.</source>
        <translation>Did not succeed.</translation>
    </message>
    <message>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis (zie het foutverslag).</source>
        <translation>Something unexpected went wrong (see the error report).</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>kenmerken</source>
        <translation>references</translation>
    </message>
    <message>
        <source>portefeuillehouder</source>
        <translation>portfolio holder</translation>
    </message>
    <message>
        <source>ambtenaar</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>werkgroep</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>aanbevelingen</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <source>reactie van het college</source>
        <translation>Executive's reply</translation>
    </message>
    <message>
        <source>toezeggingen</source>
        <translation>commitments</translation>
    </message>
    <message>
        <source>documenten</source>
        <translation>documents</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Bij het afsluiten door Windows (of een update) had een dossier niet-opgeslagen wijzigingen. Ze zijn niet in het register gezet, maar bewaard als {name} in {folder}. Neem ze zo nodig over in het dossier.</source>
        <translation>When Windows shut down (or updated), a dossier had unsaved changes. They have not been put in the register, but kept as {name} in {folder}. Copy them into the dossier where needed.</translation>
    </message>
    <message>
        <source>Bij het afsluiten door Windows (of een update) hadden {n} dossiers niet-opgeslagen wijzigingen. Ze zijn niet in het register gezet, maar bewaard in {folder}. Neem ze zo nodig over in de dossiers.</source>
        <translation>When Windows shut down (or updated), {n} dossiers had unsaved changes. They have not been put in the register, but kept in {folder}. Copy them into the dossiers where needed.</translation>
    </message>
    <message>
        <source>Map tonen</source>
        <translation>Show folder</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Een andere taal gaat in bij de volgende start van het programma.</source>
        <translation>A different language takes effect the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Een gewijzigde termijn geldt voor termijnen die vanaf nu beginnen; lopende en afgelopen termijnen houden de lengte die gold toen ze begonnen.</source>
        <translation>A changed period applies to deadlines that start from now on; running and past deadlines keep the length that applied when they started.</translation>
    </message>
    <message>
        <source>Algemene termijnenwet toepassen</source>
        <translation>Apply the General Time Limits Act</translation>
    </message>
    <message>
        <source>Een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door tot de eerstvolgende werkdag.</source>
        <translation>A deadline that ends on a Saturday, Sunday or recognised public holiday runs on to the next working day.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Feestdagen en eigen &amp;vrije dagen…</source>
        <translation>Public holidays and own &amp;days off…</translation>
    </message>
    <message>
        <source>Brieven en &amp;sjablonen…</source>
        <translation>&amp;Letters and templates…</translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Naam adviesraad</source>
        <translation>Name of the advisory council</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Adviestermijn (standaard)</source>
        <translation>Advice period (default)</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Reactietermijn college</source>
        <translation>Executive's reply period</translation>
    </message>
    <message>
        <source>Algemene termijnenwet toepassen: een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door tot de eerstvolgende werkdag</source>
        <translation>Apply the General Time Limits Act: a deadline that ends on a Saturday, Sunday or recognised public holiday runs on to the next working day</translation>
    </message>
    <message>
        <source>‘Binnenkort’ in het overzicht</source>
        <translation>‘Due soon’ in the overview</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Herinnering in agenda</source>
        <translation>Calendar reminder</translation>
    </message>
    <message>
        <source> dagen vooraf</source>
        <translation> days in advance</translation>
    </message>
    <message>
        <source>Een PDF na het exporteren meteen openen</source>
        <translation>Open a PDF immediately after exporting</translation>
    </message>
    <message>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Ander bestand openen…</source>
        <translation>Open other file…</translation>
    </message>
    <message>
        <source>Nieuwe database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Map tonen</source>
        <translation>Show folder</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Soort advies</source>
        <translation>Type of advice</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Datum aanvraag</source>
        <translation>Date of request</translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Advies gevraagd uiterlijk</source>
        <translation>Requested deadline for advice</translation>
    </message>
    <message>
        <source>Datum advies</source>
        <translation>Date of advice</translation>
    </message>
    <message>
        <source>Kenmerk advies</source>
        <translation>Advice reference</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Datum reactie (college)</source>
        <translation>Date of reply (Executive)</translation>
    </message>
    <message>
        <source>Kenmerk (reactie)</source>
        <translation>Reference (reply)</translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>(niet importeren)</source>
        <translation>(do not import)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>De database {path} is bezet door een ander programma; er is niets gewijzigd. Probeer het over een ogenblik opnieuw.</source>
        <translation>The database {path} is in use by another program; nothing has been changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>De back-up {path} is na het schrijven niet in orde ({errors} in de bestandsstructuur); hij is niet bewaard.</source>
        <translation>The backup {path} is not in order after writing ({errors} in the file structure); it has not been kept.</translation>
    </message>
    <message>
        <source>De back-up {path} is beschadigd ({errors} in de bestandsstructuur) en wordt niet teruggezet.</source>
        <translation>The backup {path} is damaged ({errors} in the file structure) and will not be restored.</translation>
    </message>
    <message>
        <source>Na het terugzetten is {path} niet in orde ({errors} in de bestandsstructuur). Zet een andere back-up terug.</source>
        <translation>After the restore, {path} is not in order ({errors} in the file structure). Restore another backup.</translation>
    </message>
    <message>
        <source>{path} bevat geen Adviesraad-register en wordt niet teruggezet.</source>
        <translation>{path} does not contain an Adviesraad register and will not be restored.</translation>
    </message>
    <message>
        <source>Het kopiëren van {path} is mislukt; er is niets gewijzigd.</source>
        <translation>Copying {path} failed; nothing has been changed.</translation>
    </message>
    <message>
        <source>De back-up {path} is leeg.</source>
        <translation>The backup {path} is empty.</translation>
    </message>
    <message>
        <source>De database {path} is alleen-lezen geopend: er kan niets worden opgeslagen.</source>
        <translation>The database {path} has been opened read-only: nothing can be saved.</translation>
    </message>
    <message>
        <source>{path} is een map, geen databasebestand.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} is een leeg bestand, geen Adviesraad-database. Het bestand is niet gewijzigd.</source>
        <translation>{path} is an empty file, not an Adviesraad database. The file has not been changed.</translation>
    </message>
    <message>
        <source>{path} is geen Adviesraad-database (geen SQLite-bestand). Het bestand is niet gewijzigd.</source>
        <translation>{path} is not an Adviesraad database (not an SQLite file). The file has not been changed.</translation>
    </message>
    <message>
        <source>De database {path} is beschadigd: het bestand is korter dan het zou moeten zijn (afgebroken kopie of schijffout). Het bestand is niet gewijzigd. Zet een back-up terug.</source>
        <translation>The database {path} is damaged: the file is shorter than it should be (an interrupted copy or a disk error). The file has not been changed. Restore a backup.</translation>
    </message>
    <message>
        <source>{n} of meer fouten</source>
        <translation>{n} or more errors</translation>
    </message>
    <message>
        <source>De database {path} wordt op dit moment teruggezet of hersteld. Een ogenblik geduld.</source>
        <translation>The database {path} is being restored or repaired right now. Please wait a moment.</translation>
    </message>
    <message>
        <source>1 fout</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} fouten</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>De database {path} is beschadigd ({errors} in de bestandsstructuur; details: adviesraad check --json). Er is niets opgeslagen en het bestand is niet gewijzigd. Laat de database controleren (adviesraad check, of Extra &gt; Database controleren) of zet een back-up terug (adviesraad restore, of Extra &gt; Back-up terugzetten).</source>
        <translation>The database {path} is damaged ({errors} in the file structure; details: adviesraad check --json). Nothing has been saved and the file has not been changed. Have the database checked (adviesraad check, or Tools &gt; Check database) or restore a backup (adviesraad restore, or Tools &gt; Restore backup).</translation>
    </message>
    <message>
        <source>De database {path} kan niet worden geopend (details: adviesraad check --json).</source>
        <translation>The database {path} cannot be opened (details: adviesraad check --json).</translation>
    </message>
    <message>
        <source>{path} is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een socket, geen databasebestand.</source>
        <translation>{path} is not an ordinary file but a device, a pipe (FIFO) or a socket, not a database file.</translation>
    </message>
    <message>
        <source>De database {path} kan niet worden gelezen (beschadigd of onbekend formaat). Het bestand is niet gewijzigd.</source>
        <translation>The database {path} cannot be read (damaged or unknown format). The file has not been changed.</translation>
    </message>
    <message>
        <source>De database {path} heeft een schemaversie die Adviesraad niet kent ({found}; deze versie kent 0 tot en met {supported}). Het bestand is niet geopend en niet gewijzigd. Zet een back-up terug.</source>
        <translation>The database {path} has a schema version that Adviesraad does not know ({found}; this version knows 0 to {supported}). The file has not been opened and has not been changed. Restore a backup.</translation>
    </message>
    <message>
        <source>De database {path} is gemaakt door een nieuwere versie van Adviesraad (schemaversie {found}; deze versie kent tot en met {supported}). Installeer de nieuwste versie. Het bestand is niet geopend en niet gewijzigd.</source>
        <translation>The database {path} was made by a newer version of Adviesraad (schema version {found}; this version knows up to {supported}). Install the latest version. The file has not been opened and has not been changed.</translation>
    </message>
    <message>
        <source>{path} is een database van een ander programma, geen Adviesraad-database. Het bestand is niet gewijzigd.</source>
        <translation>{path} is a database of another program, not an Adviesraad database. The file has not been changed.</translation>
    </message>
    <message>
        <source>De database {path} is onvolledig: tabel(len) {tables} ontbreken. Het bestand is niet gewijzigd. Zet een back-up terug.</source>
        <translation>The database {path} is incomplete: table(s) {tables} missing. The file has not been changed. Restore a backup.</translation>
    </message>
    <message>
        <source>De database {path} staat in een map zonder schrijfrechten en heeft nog wijzigingen die niet in het bestand zelf zijn verwerkt (in {wal}). Zo kan Adviesraad hem niet veilig openen. Vraag de beheerder om schrijfrechten op de map, of kopieer het bestand samen met {wal} naar een map waarin u mag schrijven en open het daar. Er is niets gewijzigd.</source>
        <translation>The database {path} is in a folder without write permission and still has changes that have not been written into the file itself (in {wal}). So Adviesraad cannot open it safely. Ask your administrator for write permission on the folder, or copy the file together with {wal} to a folder you may write to and open it there. Nothing has been changed.</translation>
    </message>
    <message>
        <source>De database {path} bestaat niet.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>De database {path} is alleen-lezen en moet worden bijgewerkt naar een nieuwere versie; dat kan niet zonder schrijfrechten. Het bestand is niet gewijzigd.</source>
        <translation>The database {path} is read-only and must be upgraded to a newer version; that is not possible without write permission. The file has not been changed.</translation>
    </message>
    <message>
        <source>de database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>De schijf is vol: de wijziging kon niet worden opgeslagen en is teruggedraaid. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the change could not be saved and has been undone. Free up space and try again.</translation>
    </message>
    <message>
        <source>{path} is geen Adviesraad-database (of het bestand is onherkenbaar beschadigd). Het bestand is niet gewijzigd.</source>
        <translation>{path} is not an Adviesraad database (or the file is damaged beyond recognition). The file has not been changed.</translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (invoer-/uitvoerfout van de schijf). De wijziging is niet opgeslagen.</source>
        <translation>Reading or writing {path} failed (disk input/output error). The change has not been saved.</translation>
    </message>
    <message>
        <source>De database</source>
        <translation>The database</translation>
    </message>
    <message>
        <source>De database {path}</source>
        <translation>The database {path}</translation>
    </message>
    <message>
        <source>{database} is bezet door een ander programma (bijvoorbeeld een tweede venster van Adviesraad, een back-upprogramma of een virusscanner). Er is niets gewijzigd. Probeer het over een ogenblik opnieuw.</source>
        <translation>{database} is in use by another program (for example a second Adviesraad window, a backup program or a virus scanner). Nothing has been changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>{database} is alleen-lezen: er kan niets in worden opgeslagen. Controleer of het bestand of de map schrijfrechten heeft. Er is niets gewijzigd.</source>
        <translation>{database} is read-only: nothing can be saved in it. Check whether the file or folder has write permission. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{database} is beschadigd. Het bestand is niet gewijzigd. Zet een back-up terug of laat de database controleren.</source>
        <translation>{database} is damaged. The file has not been changed. Restore a backup or have the database checked.</translation>
    </message>
    <message>
        <source>{database} kan niet worden geopend. Bestaat de map en heeft u er rechten op?</source>
        <translation>{database} cannot be opened. Does the folder exist and do you have permission to use it?</translation>
    </message>
    <message>
        <source>Geen toestemming om {path} te gebruiken.</source>
        <translation>No permission to use {path}.</translation>
    </message>
    <message>
        <source>De naam of het pad is te lang ({n} tekens): {path}. Kies een kortere naam of een map met een korter pad.</source>
        <translation>The name or path is too long ({n} characters): {path}. Choose a shorter name or a folder with a shorter path.</translation>
    </message>
    <message>
        <source>De schijf is vol: {path} kon niet worden geschreven.</source>
        <translation>The disk is full: {path} could not be written.</translation>
    </message>
    <message>
        <source>{path} is in gebruik door een ander programma (bijvoorbeeld een tweede Adviesraad, Word, Acrobat, een virusscanner of OneDrive). Sluit het bestand daar en probeer het opnieuw.</source>
        <translation>{path} is in use by another program (for example a second Adviesraad, Word, Acrobat, a virus scanner or OneDrive). Close the file there and try again.</translation>
    </message>
    <message>
        <source>Het pad {path} is te lang voor Windows ({n} tekens; zonder lange paden staat Windows er 259 toe). Kies een map met een kortere naam, of een kortere bestandsnaam.</source>
        <translation>The path {path} is too long for Windows ({n} characters; without long paths Windows allows 259). Choose a folder with a shorter name, or a shorter file name.</translation>
    </message>
    <message>
        <source>Geen schrijfrechten voor {path}. Kies een andere plek of sluit het programma dat het bestand open heeft.</source>
        <translation>No write permission for {path}. Choose another place or close the program that has the file open.</translation>
    </message>
    <message>
        <source>{path} bestaat niet.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} kan niet worden gebruikt: een deel van het pad is geen map, of de naam is ongeldig.</source>
        <translation>{path} cannot be used: part of the path is not a folder, or the name is invalid.</translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (systeemfout {code}).</source>
        <translation>Reading or writing {path} failed (system error {code}).</translation>
    </message>
    <message>
        <source>Advies {id} bestaat niet (of is verwijderd).</source>
        <translation>Advice {id} does not exist (or has been deleted).</translation>
    </message>
    <message>
        <source>Reactie {id} bestaat niet (of is verwijderd).</source>
        <translation>Reply {id} does not exist (or has been deleted).</translation>
    </message>
    <message>
        <source>Toezegging {id} bestaat niet (of is verwijderd).</source>
        <translation>Commitment {id} does not exist (or has been deleted).</translation>
    </message>
    <message>
        <source>Reactie {id} bestaat niet.</source>
        <translation>Reply {id} does not exist.</translation>
    </message>
    <message>
        <source>Verdaging {id} bestaat niet.</source>
        <translation>Extension {id} does not exist.</translation>
    </message>
    <message>
        <source>Document {id} bestaat niet.</source>
        <translation>Document {id} does not exist.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welkom bij Adviesraad</source>
        <translation>Welcome to Adviesraad</translation>
    </message>
    <message>
        <source>Dit register is nog leeg. Kies hoe u begint. Alles blijft op deze computer; de handleiding opent met F1.</source>
        <translation>This register is still empty. Choose how to start. Everything stays on this computer; F1 opens the manual.</translation>
    </message>
    <message>
        <source>bijv. Adviesraad Sociaal Domein Almelo</source>
        <translation>e.g. Adviesraad Sociaal Domein Almelo</translation>
    </message>
    <message>
        <source>Naam opslaan</source>
        <translation>Save name</translation>
    </message>
    <message>
        <source>Naam van uw adviesraad</source>
        <translation>Name of your advisory council</translation>
    </message>
    <message>
        <source>Nieuw advies</source>
        <translation>New advice</translation>
    </message>
    <message>
        <source>Een advies registreren; het register begint ermee.</source>
        <translation>Register an advice; the register starts with it.</translation>
    </message>
    <message>
        <source>Register importeren (Excel)</source>
        <translation>Import register (Excel)</translation>
    </message>
    <message>
        <source>Een bestaand register uit Excel of CSV inlezen, met eerst een proefrun.</source>
        <translation>Read an existing register from Excel or CSV, with a dry run first.</translation>
    </message>
    <message>
        <source>Demo bekijken</source>
        <translation>View demo</translation>
    </message>
    <message>
        <source>Een apart demoregister met voorbeeldgegevens openen. Uw eigen register blijft leeg en onaangeroerd.</source>
        <translation>Open a separate demo register with sample data. Your own register stays empty and untouched.</translation>
    </message>
    <message>
        <source>Vul de naam van de adviesraad in.</source>
        <translation>Enter the name of the advisory council.</translation>
    </message>
    <message>
        <source>Naam adviesraad wijzigen</source>
        <translation>Change the name of the advisory council</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>gebruik: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argumenten</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <source>toon deze hulp en stop</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>deze argumenten ontbreken: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>onbekende argumenten: %s</source>
        <translation>unrecognised arguments: %s</translation>
    </message>
    <message>
        <source>ongeldige keuze: %(value)r (kies uit %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>hier hoort één waarde bij</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>hoogstens één waarde</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>minstens één waarde</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ongeldige waarde: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <source>%(prog)s: fout: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>onduidelijke optie: %(option)s kan zijn: %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>niet samen met argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>een van de argumenten %s is verplicht</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>genegeerd argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>verwacht %s waarde(n)</source>
        <translation>expected %s argument(s)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Nu opslaan?</source>
        <translation>There are changes that have not been saved yet. Save now?</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
