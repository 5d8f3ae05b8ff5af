<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>{n} foutverslagen; hieronder de nieuwste {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen beeldscherm gevonden om het programma te tonen (DISPLAY is niet gezet). Gebruik de opdrachtregel (adviesraad --help) of start het programma op een computer met een scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad was al geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelftest mislukt: het register verscheen niet binnen 60 seconden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór bijwerken naar nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór herstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschadigd bestand, apart gezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({kind}): niet bruikbaar. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({kind}): 1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({kind}): {n} adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand bevat geen register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om de back-up op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} bestaat al; kies een andere bestandsnaam of verwijder het eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is het register zelf, geen back-up. Kies een back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er was voor het terugzetten nog geen register, dus er valt niets terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het vorige register was beschadigd en kan niet worden teruggezet. Het is bewaard als {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de back-up die u wilt terugzetten. Het register zoals het nu is, wordt eerst apart bewaard: er gaat niets verloren en u kunt het terugzetten ongedaan maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen back-ups van dit register. Maak er een met Extra › Back-up maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ander bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een back-up van elders terugzetten, bijvoorbeeld van een USB-stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map tonen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {number} opgeslagen (id {id}): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie op advies {number} opgeslagen (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie kwam {n} dagen te laat.</source>
        <translation type="unfinished"></translation>
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
        <translation>Kind</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database bestaat al: {path} (1 advies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demogegevens geladen: 1 advies in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie kwam 1 dag te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies.</source>
        <translation type="unfinished"></translation>
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
        <translation>Kind of deadline</translation>
    </message>
    <message>
        <source>(verdaagd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van adviezen, reacties, toezeggingen en termijnen van de adviesraad. Zonder opdracht start het programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het databasebestand (standaard: ADVIESRAAD_DB of de map met app-gegevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het programma starten met een aparte demodatabase vol voorbeeldgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPDRACHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maak de database aan als die nog niet bestaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vul een lege database met demogegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum waarop de adviesaanvraag is ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterste datum die het college noemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van het advies (verzonden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen nummer, zoals 2024-07 (standaard: het volgende)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitvoer als JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie van het college registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of nummer (2024-07) van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Ons kenmerk’ van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitkomst voor alle aanbevelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviezen tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, of ‘open’ voor alles wat niet is afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoeken in alle tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het hele dossier van een advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of nummer (2024-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openstaande termijnen, vroegste eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peildatum (standaard: vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAGEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen wat binnen zoveel dagen verloopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de database controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het programma starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met een aparte demodatabase vol voorbeeldgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het programma onzichtbaar starten op de database en de opstarttijd tot het gevulde register meten (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, of ‘open’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen deze adviezen (id&apos;s, komma&apos;s ertussen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ook vertrouwelijke adviezen en interne notities opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids verwacht getallen met komma&apos;s ertussen, zoals 1,2,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids bevat geen adviezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporteren (pdf, xlsx, csv, ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: nieuw gevraagd advies {number} (id {id}), met de brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet eenduidig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort bij advies {number} ({title}), zekerheid {c:.0%}{extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met 1 toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met {n} toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: reactie op advies {number} {commitments}; de brief is aan het dossier toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of advies {number} ({title}), zekerheid {c:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (blad ‘{sheet}’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}{where}: kopregel in rij {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet herkend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te importeren: {advices} ({replies} met reactie). Al in het register: {existing}. Lege rijen: {empty}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïmporteerd: {advices}, {replies}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proefdraai: er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen rijen (met een probleem): {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een brief van het college inlezen (.pdf, .docx, .txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan (reactie met toezeggingen, of een nieuw gevraagd advies) als het advies eenduidig is; de brief wordt aan het dossier toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bestaand register inlezen (.xlsx, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen tonen wat er geïmporteerd zou worden, en alle problemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de goede rijen importeren en de rijen met een probleem overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het register als Excel-werkmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand dat wordt geschreven (zonder extensie: .xlsx erbij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het register als CSV (puntkomma&apos;s, voor Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand dat wordt geschreven (zonder extensie: .csv erbij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het .ics-bestand dat wordt geschreven (zonder extensie: .ics erbij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openstaande termijnen als agenda (.ics, voor Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies geëxporteerd naar {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen geëxporteerd naar {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 termijn geëxporteerd naar {path}; herinnering {reminder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} termijnen geëxporteerd naar {path}; herinnering {reminder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen wat binnen zoveel dagen verloopt (verlopen telt altijd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de JSON-uitvoer in dit bestand (UTF-8) in plaats van op het scherm; houdt --json in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende {what}: ‘{value}’. Kies uit: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies met id of nummer ‘{ref}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Afgebroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Er is niets half opgeslagen. De details staan in {log}; stuur dat bestand naar de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen logbestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een bestaande map op (de back-up krijgt daarin een naam met datum en tijd), of een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db in een bestaande map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: de map {folder} bestaat niet. Maak hem eerst aan, of kies een andere plek voor de back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: {path} is geen map en geen back-upbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: {path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: {path} is het register zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd: {path} ({n} adviezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen back-ups gevonden van {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbruikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (beschadigd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen van deze back-ups is bruikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet: {source} ({n} adviezen) in {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beschadigde bestand is ongewijzigd apart gezet als {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het vorige register is bewaard als {path}. Ongedaan maken: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu een gecontroleerde back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP|BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bestaande map voor de back-up (standaard: de map backups naast de database), of een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de back-ups tonen, nieuwste eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een andere map met back-ups (zoals een USB-stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een back-up terugzetten (het huidige register blijft bewaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de back-up: een pad, of een bestandsnaam uit de map backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herstellen wat kan (indexen, status en termijnen, zoekindex), na een back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend soort PDF: ‘{value}’. Kies uit: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output moet een PDF-bestand zijn: ‘{name}’ eindigt op {suffix}. Gebruik een naam die eindigt op .pdf, zoals {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende volgorde: ‘{value}’. Kies uit: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef met --year aan over welk jaar het jaaroverzicht gaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een jaaroverzicht gaat over een heel jaar: --ids, --status, --search en --advice-kind horen er niet bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>{n} pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pagina’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opgeslagen: {path} ({pages}, {what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: deze PDF is VERTROUWELIJK en mag niet openbaar worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies is weggelaten (--include-confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen zijn weggelaten (--include-confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overzicht, dossier, jaaroverzicht of termijnenlijst als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een PDF voor de leden: het overzicht van een selectie (meest urgent eerst), het dossier van een of meer adviezen, het jaaroverzicht of de termijnenlijst. Vertrouwelijke adviezen en interne notities blijven weg, tenzij --include-confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welke PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen deze soort advies (gevraagd, ongevraagd, signaal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waar de PDF komt (zonder extensie: .pdf erbij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgorde van het overzicht: {keys} (standaard: urgentie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLEUTEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aflopend sorteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termijnenlijst: zoveel dagen vooruit (standaard: de instelling ‘binnenkort’)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Advies uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {number} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De adviesraad moet uiterlijk {date} adviseren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het college moet uiterlijk {date} schriftelijk reageren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het college heeft toegezegd dit uiterlijk {date} te doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdaagd; oorspronkelijk {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERTROUWELIJK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen {council}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Controle van {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alles kon worden gecontroleerd (1 onderdeel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alles kon worden gecontroleerd ({n} onderdelen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een deel kan automatisch worden hersteld (eerst wordt een back-up gemaakt): adviesraad check --repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een deel van de gegevens ({tables}) kan niet meer volledig worden gelezen. Automatisch herstel zou gegevens kwijtraken en is daarom niet mogelijk: zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet vast te stellen of alle gegevens nog leesbaar zijn; automatisch herstel wordt daarom niet aangeboden. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: {errors} in de bestandsstructuur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: niet gecontroleerd, dit deel is onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De structuur van het bestand is in orde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle verwijzingen tussen tabellen kloppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen in het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanbevelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitkomsten per aanbeveling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verlengingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 probleem gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: er wordt niets meer in opgeslagen tot het is hersteld of een back-up is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwste bruikbare back-up: {backup}. Terugzetten: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technische details: adviesraad check --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder voorbehoud (zolang het bestand beschadigd is, zijn deze uitkomsten niet betrouwbaar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De structuur van het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De verwijzingen tussen tabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status en termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zoekindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende fout; details: adviesraad check --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: niet gecontroleerd ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De controle is niet volledig: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluit andere programma&apos;s die het register gebruiken en controleer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstel bouwt de indexen opnieuw op of kopieert wat leesbaar is naar een nieuw bestand; lukt dat niet, zet dan een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wordt niet automatisch hersteld, omdat er dan gegevens verdwijnen. Zet een back-up terug of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status en termijnen kloppen met de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De interne controle van de zoekindex is overgeslagen: het register was bezet door een ander programma.</source>
        <extracomment>The full-text indexes: words (and word starts), and trigrams (inside words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 verwijzing naar gegevens die niet bestaan (in: {tables}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} verwijzingen naar gegevens die niet bestaan (in: {tables}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij 1 advies kloppen status of termijnen niet met de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {n} adviezen kloppen status of termijnen niet met de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies ontbreekt in de index, {extra} te veel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen ontbreken in de index, {extra} te veel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zoekindex klopt niet: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zoekindex klopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten ontbreken op schijf: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet de map {folder} terug uit een reservekopie, of voeg de documenten opnieuw toe in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten zijn gewijzigd sinds ze zijn toegevoegd: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand heeft de opgeslagen kopie overschreven. Voeg het juiste document opnieuw toe in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten zijn opgeslagen onder een naam die Windows niet kan maken: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo&apos;n map kan niet naar een Windows-computer worden gekopieerd. Voeg deze documenten opnieuw toe in het dossier (ze krijgen dan een naam die overal werkt) en verwijder de oude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle {n} documenten zijn aanwezig en ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst is een back-up gemaakt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er was niets automatisch te herstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet automatisch worden hersteld: een deel van de gegevens is onleesbaar, en herstel zou gegevens kwijtraken. Er is niets gewijzigd. Zet een back-up terug, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet automatisch worden hersteld ({reason}). Er is niets weggegooid: het bestand zoals het was, is bewaard als {backup}. Zet een back-up terug, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het blijft beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De indexen van het bestand zijn opnieuw opgebouwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status en termijnen van {n} adviezen zijn opnieuw berekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zoekindex is opnieuw opgebouwd ({n} adviezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ook een kopie van wat leesbaar is, lukte niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kopie is niet in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat leesbaar was ({n} adviezen), is gekopieerd naar een nieuw bestand en in plaats van het beschadigde gezet; dat is bewaard als {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Database controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad controleert het bestand, de verwijzingen tussen de gegevens, status en termijnen, de zoekindex en alle documenten. Controleren verandert niets; herstellen gebeurt pas als u daarom vraagt, en altijd na een back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst wordt een back-up gemaakt; daarna wordt hersteld wat kan worden hersteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opnieuw controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Toezegging bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Open toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Weer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Adviesraad — onverwachte fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens voor de beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&lt;b style=&apos;font-size:15pt;color:#b71c1c&apos;&gt;{n}&lt;/b&gt;&lt;br&gt;te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt;color:#a15c00&apos;&gt;{n}&lt;/b&gt;&lt;br&gt;binnen 1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt;color:#a15c00&apos;&gt;{n}&lt;/b&gt;&lt;br&gt;binnen {days} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;{n}&lt;/b&gt;&lt;br&gt;lopend / wacht op reactie</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een datum in de kalender (Alt+pijl omlaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>‘{text}’ ligt te ver in het verleden of de toekomst (jaar {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ bestaat niet als datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen datum ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{month}’ is geen maand (in ‘{text}’).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen datum. Schrijf bijvoorbeeld 12-08-2024 of 12 augustus 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Verdagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De termijn van de gekozen regel verdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies verzonden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie registreren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedView</name>
    <message>
        <source>{n} verwijderde adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderde adviezen blijven bewaard (archiefregels) en kunnen worden teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderde adviezen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Nieuwste bruikbare back-up: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten (het huidige bestand wordt eerst apart bewaard): {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie van Adviesraad om dit bestand te openen. Een oudere back-up terugzetten kan ook, maar wat daarna in de nieuwere versie is ingevoerd, ontbreekt dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik --db met een ander bestand, of maak een nieuw register (adviesraad init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een ander bestand, of maak een nieuw register (adviesraad init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet een back-up terug of gebruik --db met een ander bestand. Bij terugzetten wordt het huidige bestand eerst apart bewaard; er gaat niets verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open een back-up of kies een ander bestand. Bij terugzetten wordt het huidige bestand eerst apart bewaard; er gaat niets verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn beschadigd of onleesbaar (zie adviesraad backups). Gebruik --db met een ander bestand, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn beschadigd of onleesbaar. Kies een ander bestand, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen back-ups van dit register gevonden. Gebruik --db met een ander bestand, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen back-ups van dit register gevonden. Kies een ander bestand, of vraag de beheerder om hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluit het andere programma dat het bestand gebruikt (of wacht even) en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet het bestand op een plek waar u mag schrijven, of vraag de beheerder om schrijfrechten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak ruimte vrij op de schijf of controleer de schijf, en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik --db met een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een ander bestand.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Motivering van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog invullen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen motivering vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgt uit de gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet van toepassing / per aanbeveling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik op een aanbeveling (of kies hem en druk Enter of F2) om de tekst te wijzigen; Ctrl+Enter is klaar. De nummering volgt de volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep bestanden hierheen of kies ‘Toevoegen…’. Er wordt een kopie bewaard naast de database; dubbelklik om te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordt toegekend bij opslaan (bijv. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen (alleen bij een gevraagd advies met aanvraagdatum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopt vanaf de datum van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 dag na het advies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} dagen na het advies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla het advies eerst op; daarna kunt u de reactie van het college registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul eerst de datum van het advies (verzonden) in op het tabblad Advies en sla op; de reactietermijn loopt vanaf die datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen reactie van het college geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen horen bij een reactie van het college: registreer eerst de reactie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij aanbeveling {n} staat een motivering, maar geen uitkomst: kies de uitkomst (of maak de motivering leeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de datum van de reactie in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: 1 veld klopt niet (zie de rode melding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: {n} velden kloppen niet (zie de rode meldingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen. Let op: bij aanbeveling {numbers} wijkt het college af zonder vastgelegde motivering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status toezegging wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor deze termijn is (nog) geen datum bekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdaging intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla het advies eerst op; daarna kunt u documenten toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.eml *.msg);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} ontbreekt in de documentenmap ({folder}). Laat de database controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de aanbeveling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter of Tab: klaar; Esc: wijziging ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interne notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst: typ o (overgenomen), d (deels), n (niet) of k (kennisgenomen), of druk F2 voor de lijst. Motivering: F2 of Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum advies (verzonden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vertrouwelijk — niet openbaar, niet in exports zonder uitdrukkelijke keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepubliceerd (actieve openbaarmaking, Woo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Aanbeveling toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie college</source>
        <translation>College&apos;s reply</translation>
    </message>
    <message>
        <source>Datum reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk gemeente (Ons kenmerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst (geheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst per aanbeveling (met de motivering als het college afwijkt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst per aanbeveling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Toezegging toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Reactietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdagingen (de oorspronkelijke datum blijft bewaard):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn verdagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietermijn verdagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdaging intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>INTERN — komt niet in exports. Houd persoonsgegevens zo beperkt mogelijk (AVG).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies met id {ids} (of het is verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen adviezen met id {ids} (of ze zijn verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen bestand gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Register van adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend formaat ‘{fmt}’ voor {name}: kies .xlsx of .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezenoverzicht</source>
        <extracomment>``progress(done, total)``; return ``False`` to stop (the GUI&apos;s cancel button).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(VERTROUWELIJK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies valt wel in de selectie; kies ‘vertrouwelijk opnemen’ (--include-confidential) om het mee te nemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen vallen wel in de selectie; kies ‘vertrouwelijk opnemen’ (--include-confidential) om ze mee te nemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen adviezen in deze selectie ({selection}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen PDF gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie: {selection}. {advices}, {order}. Peildatum {today}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van {advices} ({selection}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen adviezen zijn vertrouwelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier van advies {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers van {advices} ({selection}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advices}: {selection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum {today}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het jaar waarover het jaaroverzicht gaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaren met adviezen: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register is nog leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen adviezen uit {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen van de adviesraad in {year}, de reacties van het college en wat er met de aanbevelingen is gedaan. Stand op {today}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht {year}: bijlage bij het jaarverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviezen uit {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aantal dagen vooruit moet 0 of meer zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt (1 dag vooruit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt ({n} dagen vooruit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alles wat te laat is en 1 dag vooruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alles wat te laat is en {n} dagen vooruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie: {selection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen per {today}: {late} te laat, {soon} binnenkort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en nog {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in advies {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in de adviezen {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze tekens staan niet in het lettertype van de PDF en zijn vervangen door ‘{replacement}’: {characters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gaat om tekst {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst die van rechts naar links loopt (Arabisch, Hebreeuws) wordt niet ondersteund: die staat in de PDF in omgekeerde volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schijf is vol: {path} kon niet worden opgeslagen. Er is niets achtergebleven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kan niet worden overschreven: het bestand is geopend in een ander programma (bijvoorbeeld een PDF-lezer) of is alleen-lezen. Sluit het en probeer het opnieuw, of kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen schrijfrechten in de map {folder}. Kies een andere plek om de PDF op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} kon niet worden opgeslagen (systeemfout {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op, zoals {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een bestandsnaam op voor de PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het maken van de PDF is afgebroken; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek om het bestand op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{name}’ eindigt op {found}, maar dit wordt een {expected}-bestand. Gebruik een naam die eindigt op {expected}, zoals {example}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>het hele register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het register met het huidige filter: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities opnemen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>{what}; loopt nu tot {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de nieuwe datum in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum advies (verzonden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interne notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepubliceerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (handmatig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn (weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietermijn (weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kenmerk gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst (geheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviestermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbeveling {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst aanbeveling {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>het is een PDF-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een bestand in het oude Office-formaat (.doc/.xls); sla het op als .docx of .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een ander soort ZIP-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een RTF-bestand; sla het in Word op als .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is een webpagina (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het is platte tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inhoud is niet herkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is uitgepakt te groot (meer dan {mb} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toestemming om {path} te lezen. Controleer de rechten, of sluit het programma dat het bestand vergrendelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: een deel van dit pad is geen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een map, geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in gebruik door een ander programma. Sluit het en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen geldige bestandsnaam (tekens als : * ? &quot; &lt; &gt; | mogen er niet in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (systeemfout {code}). Controleer de schijf of de netwerkverbinding en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is een map, geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een socket; kies een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GUI</name>
    <message>
        <source>Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend (het bestand of de map mag niet worden beschreven): u kunt alles bekijken, maar niets wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanbeveling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} verdaagd van {old} naar {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} toegevoegd: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: {message} Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .xlsx- of .csv-bestand (sla een .xls eerst op als .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te groot ({mb} MB; hooguit {max} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het blad heeft {n} rijen; er kunnen er hooguit {max} in één keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het blad loopt door tot kolom {column}; een register heeft hooguit {max} kolommen. Verwijder wat rechts van het register staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen Excel-werkmap (.xlsx): {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de werkmap heeft geen werkblad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegde cellen {cells}: de waarde ‘{value}’ is voor rij {first} tot en met {last} gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen CSV-bestand ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand bevat geen gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de werkmap is beschadigd of onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand heeft meer dan {max} rijen; er kunnen er hooguit {max} in één keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {row} is te lang: een cel mag hooguit {max} tekens hebben (is het wel een register?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het CSV-bestand is onleesbaar vanaf rij {row} (bijvoorbeeld een aanhalingsteken dat niet wordt gesloten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kopregel gevonden in de eerste {n} rijen. Verwacht worden kolomnamen zoals Nr., Onderwerp, Soort advies, Datum aanvraag, Datum advies, Datum reactie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom {column} wordt niet geïmporteerd (niet herkend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen aannemelijke datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de formule in deze cel geeft een fout ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer {n} zonder jaar: schrijf het als jaar-volgnummer (zoals {year}-{n:02d}) of vul een datum in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen adviesnummer (zoals 2024-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort advies (gevraagd, ongevraagd, signaal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitkomst (overgenomen, deels overgenomen, niet overgenomen, kennisgenomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{text}’ is geen ja of nee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {row}, kolom {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de formule in deze cel heeft geen berekende waarde; open het bestand in Excel en sla het op, of typ de waarde over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevuld, maar de datum van de reactie ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom voor het onderwerp; wijs de kolom ‘Onderwerp’ aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer {number} staat ook in rij {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hetzelfde onderwerp en dezelfde datum als rij {row}; geef een van beide een nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rij {row}: nummer {number} staat al in het register met een ander onderwerp (‘{title}’); niet overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: 1 rij met een probleem; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen de goede rijen (--skip-invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} rijen met een probleem; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen de goede rijen (--skip-invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog 1 probleem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog {n} problemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: nummer {number} (rij {row}) is intussen in gebruik; er is niets geïmporteerd. Bekijk de proefdraai opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Brief importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven (*.pdf *.docx *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.csv);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezenregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies wordt opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies blijft buiten het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen blijven buiten het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register naar Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register naar CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan: {selection}, met dezelfde kolommen als bij importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor intern gebruik (Woo, AVG): vertrouwelijke adviezen worden in het bestand als vertrouwelijk gemarkeerd en de interne notities (kolom Opmerkingen) komen erbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies opgeslagen in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen opgeslagen in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 openstaande termijn wordt opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} openstaande termijnen worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering {reminder} (zie Instellingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen naar agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De openstaande termijnen (adviezen, reacties van het college, toezeggingen met een datum) van {selection}, als agendabestand voor Outlook. Opnieuw exporteren werkt de afspraken bij in plaats van ze dubbel te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen van vertrouwelijke adviezen opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor intern gebruik (Woo, AVG): termijnen van vertrouwelijke adviezen worden in de agenda als VERTROUWELIJK gemarkeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 termijn opgeslagen in {path}; open het bestand met Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} termijnen opgeslagen in {path}; open het bestand met Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brief importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een reactie of adviesaanvraag van het college inlezen (.pdf, .docx, .txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bestaand register inlezen uit Excel (.xlsx) of CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register naar &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De adviezen die het register nu toont, als Excel-werkmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register naar &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De adviezen die het register nu toont, als CSV-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Termijnen naar agenda (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openstaande termijnen als agendabestand voor Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het register nu toont opslaan als Excel- of CSV-bestand, of als agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>zeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarschijnlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twijfelachtig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekstbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik om de datum te wijzigen (leeg: geen datum).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkend als: {type}{date}. Controleer en verbeter wat hieronder staat; er wordt pas iets opgeslagen als u op Opslaan klikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen briefhoofd herkend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({word}) · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(heeft al een reactie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander advies: nummer invullen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toezeggingen herkend. Toezeggingen kunt u later in het dossier toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zekerheid {percent} %: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer adviezen passen ongeveer even goed: kies zelf het juiste advies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het nummer in van het advies waarop deze brief reageert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze brief bij past. Vul het nummer in van het advies waarop de brief reageert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies bij ‘Soort brief’ een reactie of een adviesaanvraag om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies met nummer {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het advies waarop deze brief reageert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de datum van de reactie in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesaanvraag geregistreerd als advies {number}; de brief staat bij de documenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met 1 toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met {n} toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie op advies {number} opgeslagen, {commitments}; de brief staat bij de documenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie kwam 1 dag te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie kwam {n} dagen te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort bij advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld 2024-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk gemeente (Ons kenmerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen in de brief — vink aan wat als toezegging wordt vastgelegd (tekst en datum zijn aan te passen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen in de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een adviesaanvraag wordt geregistreerd als nieuw gevraagd advies; het nummer wordt bij het opslaan toegekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Aanvraag ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevraagd uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze brief wordt niet verwerkt: er is niets herkend dat bij een advies hoort, en er wordt niets geraden. Is het toch een reactie van het college of een adviesaanvraag, kies dat dan bij ‘Soort brief’ en vul de gegevens zelf in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>kenmerk van de aanvraag {ref} komt overeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Uw brief’ {date} = datum van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Uw brief’ ligt 1 dag naast de datum van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Uw brief’ ligt {n} dagen naast de datum van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Uw kenmerk’ {ref} = ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwerp: {hits} van {n} woorden in de titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de brief spreekt van een {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit advies heeft al een reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie op een advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviesaanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andere brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{value}’ bij {label} is geen datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen briefhoofd herkend (geen datum, kenmerk of zaaknummer bij een label zoals ‘Datum’ of ‘Ons kenmerk’). De brief is niet als reactie of adviesaanvraag gelezen; er is niets geraden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief lijkt zowel een reactie op een advies als een adviesaanvraag; kies zelf wat het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief is geen herkenbare reactie op een advies en geen adviesaanvraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de adviesaanvraag staat geen datum waarvoor het advies binnen moet zijn; de standaardtermijn geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van de brief is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uw brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {message} Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .pdf, .docx of .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen extensie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is te groot ({mb} MB; een brief is hooguit {max} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen PDF-bestand ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de PDF is beveiligd met een wachtwoord. Open hem en bewaar of print hem als PDF zonder beveiliging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de eerste {n} van {total} pagina&apos;s zijn gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de PDF bevat geen tekst, alleen afbeeldingen (een scan?). Vraag de gemeente om een digitale PDF of Word-versie, of typ de gegevens over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen Word-document (.docx): {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de PDF is beschadigd of onleesbaar: {what}. Vraag een nieuwe kopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand houdt halverwege op (misschien is het niet helemaal gedownload of gekopieerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de PDF is te groot of te ingewikkeld om te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de opbouw van het bestand klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inhoud kon niet worden gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het zip-bestand waarin het document zit, is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er ontbreekt een onderdeel van het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tekst in het document is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het document is te groot of te ingewikkeld om te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het Word-document is beschadigd of onleesbaar: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het Word-document bevat geen tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen tekstbestand ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand bevat geen tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze reactie bij hoort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: de datum van de brief is niet gevonden; vul die zelf in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: er is geen onderwerp gevonden; vul het onderwerp van het advies zelf in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie van het college van {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviesaanvraag van {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: geen briefhoofd herkend; de brief is niet automatisch verwerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is geen herkenbare reactie op een advies en geen adviesaanvraag; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: de datum van de brief is niet gevonden; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze adviesaanvraag staat al in het register als advies {number} ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: geen onderwerp gevonden; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen advies gevonden waar deze reactie bij hoort (uw brief: {date}; onderwerp: {subject}). Registreer de reactie met add-reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet eenduidig: advies {a} (zekerheid {ca:.0%}) en advies {b} (zekerheid {cb:.0%}) passen allebei. Kies het advies in het programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {number} past het best, maar niet zeker genoeg (zekerheid {c:.0%}). Controleer het in het programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {number} heeft al een reactie (van {date}); er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>een synchronisatiedienst (zoals OneDrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: het register {path} staat in een map die {service} synchroniseert. Zo&apos;n programma kopieert het bestand terwijl Adviesraad erin schrijft; daardoor raken databasebestanden beschadigd. Zet het register liever in de lokale programmamap ({suggested}). Een back-up naar {service} maken is wel veilig (adviesraad backup --to MAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: het register {path} staat op een netwerkschijf ({detail}). Als de verbinding hapert of twee computers het bestand tegelijk openen, kan het beschadigd raken. Zet het register liever in de lokale programmamap ({suggested}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Ongedaan maken</source>
        <extracomment>Emitted with every dossier dialog this window opens (new or existing advice), so that features can add their buttons to it (``dialog.buttonLayout``). Emitted when the user asks to open another register file; the app reopens. Emitted when the window is about to close (every dossier closed, nothing cancelled), while the register is still open: the last moment for a backup. Emitted with the Dutch message when a page could not read the register (damaged, locked): the page stays empty and reads again later; the safety feature checks the file.</extracomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handleiding openen (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alleen-lezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — kon niet worden gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — 1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}{readonly} — {n} adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad — {council}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO-register met voorbeeldgegevens — {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is 1 termijn verstreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn {n} termijnen verstreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk ze bij Termijnen; de oudste staan bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd. Ongedaan maken met Ctrl+Z; terugzetten kan ook via Verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Status toezegging wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO-register geopend: voorbeeldgegevens, apart van uw eigen register. Terug via Bestand → Database openen… of bij de volgende start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Adviesraad {version}&lt;/h3&gt;&lt;p&gt;Register van gevraagde en ongevraagde adviezen, reacties van het college, toezeggingen en termijnen.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer; het programma gebruikt geen internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>Het dossier van het gekozen advies openen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <source>Demo &amp;bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een apart demoregister met voorbeeldgegevens openen; uw eigen register blijft onaangeroerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Zoeken in het register (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Het gekozen advies verwijderen; ongedaan maken met Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Termijnen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adviezen</source>
        <translation>&amp;Advices</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oezeggingen</source>
        <translation>C&amp;ommitments</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderde adviezen</source>
        <translation>&amp;Deleted advices</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
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
        <extracomment>Which page F1 opens in which window (by class name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woord of zinsdeel; Enter zoekt verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerpen van de handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Niet gevonden.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nagekomen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviesaanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tekst is te lang (meer dan {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tekst bevat een ongeldig teken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een aanbeveling heeft een nummer vanaf 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbeveling {n} heeft geen tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende soort advies: ‘{kind}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het onderwerp in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het nummer ‘{number}’ heeft niet de vorm jaar-volgnummer, zoals 2024-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gevraagde termijn ligt vóór de ontvangst van de aanvraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies is verzonden vóór de aanvraag is ontvangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ongevraagd advies of signaal heeft geen adviesaanvraag; kies ‘gevraagd advies’ of maak de aanvraagvelden leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twee aanbevelingen hebben hetzelfde nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende uitkomst: ‘{value}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een aanbeveling heeft twee uitkomsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijf de toezegging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende status: ‘{value}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende termijn: ‘{value}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de reden van de verdaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul in wie met de verdaging heeft ingestemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe datum moet na de huidige termijn ({date}) liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende soort document: ‘{value}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een termijn is 1 tot en met 52 weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het venster ‘binnenkort’ is 1 tot en met 365 dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een herinnering is 0 tot en met 60 dagen vooraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van de adviesraad in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema’s mogen niet leeg zijn of dubbel voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies heeft nog geen verzenddatum; vul die eerst in voordat u een reactie registreert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie ({reply}) is gedateerd vóór het advies ({advice}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies heeft geen aanbeveling {n}.</source>
        <translation type="unfinished"></translation>
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
        <translation>Kind</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vertrouwelijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies uiterlijk {date}: {days}</source>
        <translation>Advice due {date}: {days}</translation>
    </message>
    <message>
        <source>Reactie van het college: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reactie kwam {days}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie van college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verdaagd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdaagd; oorspronkelijke termijn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>Database kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups van dit register (de nieuwste bovenaan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advices</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ander bestand openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Probleem met de database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezenoverzicht (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register zoals het nu gefilterd is (of de geselecteerde adviezen) als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier(s) (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De dossiers van de geselecteerde adviezen, na elkaar in één PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnenlijst (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat te laat is en binnenkort afloopt, per de peildatum hierboven, als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier als PDF opslaan (de opgeslagen gegevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer eerst in het register de adviezen waarvan u het dossier wilt exporteren. Met Ctrl of Shift kiest u er meer; ze komen na elkaar in één PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen; de PDF bevat de opgeslagen gegevens. Sla eerst op als de wijzigingen erin moeten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De peildatum op het scherm Termijnen klopt niet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wordt al een PDF gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De PDF wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF is opgeslagen, maar niet alle tekst staat erin zoals die is ingevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opgeslagen met een waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pagina’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen (VERTROUWELIJK, niet publiceren): {path} ({pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: {path} ({pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF kon niet in een PDF-lezer worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies</source>
        <extracomment>How many advice numbers the summary of a set of dossiers names before &quot;…&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation>{n} advices</translation>
    </message>
    <message>
        <source>Er is niets om te exporteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnenlijst per {today}: {late} te laat, {soon} binnen 1 dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnenlijst per {today}: {late} te laat, {soon} binnen {n} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht {year}: {advices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van het geselecteerde advies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van de {n} geselecteerde adviezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van {advices} ({selection}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier van advies {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers van {advices}, elk op een nieuwe pagina: {numbers}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies wordt niet opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen worden niet opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: elke pagina krijgt de markering VERTROUWELIJK. Dit bestand bevat vertrouwelijke gegevens en mag niet worden gepubliceerd of doorgestuurd; de bestandsnaam eindigt op ‘(VERTROUWELIJK)’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (de peildatum van het scherm Termijnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen het geselecteerde advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de {n} geselecteerde adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele register: {advices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele filter: {advices} ({selection})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meest urgent eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals in het register: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgestelde bestandsnaam: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Exporteren als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de geselecteerde adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgorde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities &amp;opnemen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>advies uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie college uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} (verdaagd; oorspronkelijk {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen reactietermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie college uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Reactie van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen reactie van het college.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term}: van {old} naar {new}, akkoord {who}. Reden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de dag zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag vooraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen vooraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen open adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoekterm ‘{text}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gekozen advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gekozen adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meest urgent eerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagen te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aflopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oplopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op {key}, {direction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vertrouwelijk advies uit deze selectie is niet opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vertrouwelijke adviezen uit deze selectie zijn niet opgenomen.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interne notities (intern — komt niet in exports)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit past niet bij de geregistreerde reactie: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {number} heeft al een reactie (van {date}). Pas die aan in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het nummer in; een opgeslagen advies houdt zijn nummer (brieven verwijzen ernaar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze reactie kan niet worden teruggezet: het advies heeft inmiddels een andere reactie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit advies heeft geen adviestermijn om te verdagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit advies heeft (nog) geen reactietermijn om te verdagen: vul eerst de verzenddatum in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is te groot om toe te voegen ({mb} MB; maximaal {max} MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Inlezen als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staat al in het register als advies {number}; wordt overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat deze kolom bevat; kies ‘{none}’ om hem over te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom {letter} inlezen als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(werkblad ‘{sheet}’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · kopregel: rij {row} · 1 rij daaronder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · kopregel: rij {row} · {n} rijen daaronder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies wordt geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen worden geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wordt geen advies geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} met reactie van het college)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 staat er al in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} staan er al in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rij heeft fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rijen hebben fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle adviezen in dit bestand staan al in het register; er wordt niets dubbel geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen die al in het register staan (zelfde nummer, of zelfde onderwerp en datum) worden overgeslagen, niet overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zolang er rijen met fouten zijn, wordt er niets geïmporteerd. Verbeter het bestand of de kolommen, of vink ‘Alleen de goede rijen importeren’ aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 advies geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stond er al in en is niet opnieuw toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stonden er al in en zijn niet opnieuw toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rij met fouten is niet geïmporteerd: rij {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rijen met fouten zijn niet geïmporteerd: rij {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies geïmporteerd uit {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen geïmporteerd uit {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer in de bovenste rij per kolom wat er wordt ingelezen, en verbeter het waar nodig; kies ‘(niet importeren)’ om een kolom over te slaan. De rijnummers zijn die van het bestand. Er wordt niets opgeslagen voordat u op Importeren klikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van het blad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen en opmerkingen (klik om de cel te tonen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen en opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de goede rijen importeren (de rijen met een probleem worden overgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v van %m rijen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Alle soorten</source>
        <extracomment>Columns that make room for the subject on a narrow window, first to go first. They come back when the window is wide enough; the user&apos;s own choice (the header menu) is kept apart.</extracomment>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open (niet afgesloten)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van 1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {total} adviezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in onderwerp, samenvatting, aanbevelingen, reacties en toezeggingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soort advies</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>Kind of deadline</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Advies of toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verdaagd; oorspronkelijk {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. Toezegging: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vertrouwelijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binnenkort: tot en met {until} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er lopen geen termijnen af tot en met {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn: de datum waarop de adviesraad zijn advies moet uitbrengen. Reactietermijn: de datum waarop het college schriftelijk moet reageren. Toezegging: wat het college in een reactie heeft beloofd, met de afgesproken datum. Termijnen volgen de Algemene termijnenwet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nog geen reactie; de termijn is {n} verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen reactie; {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn is op {date} verstreken, {n} geleden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn loopt vandaag ({date}) af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college; de reactietermijn loopt tot en met {date} (nog {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietermijn college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie ontvangen</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>Tijdigheid reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen en reactie per aanbeveling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit advies heeft geen genummerde aanbevelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst voor het advies als geheel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbeveling {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen reactie van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivering van het college:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen reactie van het college.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tijdigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van de reactie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Verdagingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} verdaagd van {old} naar {new}, akkoord {who}. Reden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(afgesproken op {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dossier {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit advies is vertrouwelijk: niet openbaar maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belangrijke data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interne notities (intern, vertrouwelijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lettertype {name} ontbreekt of is beschadigd ({path}). Installeer Adviesraad opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (VERTROUWELIJK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (ingekort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERTROUWELIJK — dit document bevat vertrouwelijke adviezen en interne notities. Niet openbaar maken of doorsturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colofon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie: {selection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities: opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijke adviezen en interne notities: niet opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgesteld met Adviesraad {version} op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERTROUWELIJK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina {page} van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERTROUWELIJK — niet openbaar maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies uiterlijk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Geen lopende termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen uit {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Dagen te laat’ gaat over de reactie van het college: na ontvangst op tijd of hoeveel dagen te laat; zolang er geen reactie is, hoeveel dagen de termijn nog loopt of hoe lang die al verstreken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staafdiagram {title}. {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviezen en signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarvan gevraagd advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarvan ongevraagd advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarvan signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie ontbreekt (termijn verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietermijn loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddelde reactietijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {of} ({share}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} naast {first} en {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties binnen de termijn: van de adviezen waarvan de reactietermijn op de peildatum verstreken was. Een jaar zonder adviezen heeft geen gemiddelde (—).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages zijn afgerond op hele procenten, een half procent naar boven; opgeteld kunnen ze daardoor 99% of 101% zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year} bracht de adviesraad {total} uit: {solicited} gevraagd, {unsolicited} ongevraagd en {signals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies of signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen en signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op {expected} moest het college schriftelijk reageren. {received}: {on_time} binnen de termijn en {late} te laat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} adviezen</source>
        <translation type="unfinished">{n} advices</translation>
    </message>
    <message>
        <source>1 reactie is ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reacties zijn ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gemiddelde reactietijd was {average}, de langste {longest} (advies {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties die te laat kwamen, waren gemiddeld {days} over de termijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langste reactietijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} (advies {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>waarvan {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binnen de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt (termijn verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termijn loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacties van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>De adviezen van {year} bevatten {n} aanbevelingen. Per aanbeveling legt het college in zijn reactie vast of het die overneemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen naar uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Database kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map met back-ups tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu een gecontroleerde back-up maken in de map met back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt ({n} adviezen): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onverwachte fout (verslag: {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-up gemaakt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-up mislukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-up mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw gegevens zelf zijn niet aangetast. Adviesraad probeert het later opnieuw; deze melding komt niet nog eens (wel in de statusbalk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijgewerkt: het register is door een ander programma gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een back-up maken en de database controleren kan wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is beschadigd. Wijzigingen worden niet opgeslagen, zodat de schade niet groter wordt. Laat de database controleren of zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad — fout bij de vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij de vorige keer ging er iets mis in Adviesraad. Wat toen al was opgeslagen, is bewaard: elke wijziging wordt in zijn geheel of helemaal niet opgeslagen. Wilt u helpen het op te lossen? Kopieer de gegevens hieronder en stuur ze naar de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, is veilig: elke wijziging wordt in zijn geheel of helemaal niet bewaard. U kunt verder werken; controleer wel of uw laatste wijziging er is. Stuur de gegevens hieronder naar de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag kon niet als bestand worden bewaard; kopieer het hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze back-up terugzetten?
{backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register zoals het nu is, wordt eerst apart bewaard in de map met back-ups; er gaat niets verloren.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet: {source}, {n} adviezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beschadigde bestand is apart gezet als {path}; het kan niet worden teruggezet, maar blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register van daarvoor is bewaard als {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen Adviesraad-database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database komt van een nieuwere versie van Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er mag niet in de database worden geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database bestaat niet (meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schijf gaf een fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend: terugzetten kan hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviesraad-back-up (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het terugzetten is ongedaan gemaakt ({n} adviezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kan automatisch worden hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwste bruikbare back-up: {backup} (Extra &gt; Back-up terugzetten…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen bruikbare back-up van dit register gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met herstellen (eerst een back-up)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met controleren… Dit duurt bij een groot register enkele seconden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst is een back-up gemaakt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er was niets automatisch te herstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het herstel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 probleem gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een deel kan automatisch worden hersteld; eerst wordt een back-up gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is alleen-lezen geopend: herstellen kan hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis (zie het foutverslag).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portefeuillehouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambtenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanbevelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie van het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toezeggingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documenten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Bij het afsluiten door Windows (of een update) had een dossier niet-opgeslagen wijzigingen. Ze zijn niet in het register gezet, maar bewaard als {name} in {folder}. Neem ze zo nodig over in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het afsluiten door Windows (of een update) hadden {n} dossiers niet-opgeslagen wijzigingen. Ze zijn niet in het register gezet, maar bewaard in {folder}. Neem ze zo nodig over in de dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tonen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Een andere taal gaat in bij de volgende start van het programma.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Een gewijzigde termijn geldt voor termijnen die vanaf nu beginnen; lopende en afgelopen termijnen houden de lengte die gold toen ze begonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemene termijnenwet toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door tot de eerstvolgende werkdag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviestermijn (standaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactietermijn college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemene termijnenwet toepassen: een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door tot de eerstvolgende werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘Binnenkort’ in het overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering in agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen vooraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een PDF na het exporteren meteen openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander bestand openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tonen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandelend ambtenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies gevraagd uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Datum reactie (college)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk (reactie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet importeren)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>De database {path} is bezet door een ander programma; er is niets gewijzigd. Probeer het over een ogenblik opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up {path} is na het schrijven niet in orde ({errors} in de bestandsstructuur); hij is niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up {path} is beschadigd ({errors} in de bestandsstructuur) en wordt niet teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het terugzetten is {path} niet in orde ({errors} in de bestandsstructuur). Zet een andere back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} bevat geen Adviesraad-register en wordt niet teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kopiëren van {path} is mislukt; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up {path} is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is alleen-lezen geopend: er kan niets worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een map, geen databasebestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een leeg bestand, geen Adviesraad-database. Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen Adviesraad-database (geen SQLite-bestand). Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is beschadigd: het bestand is korter dan het zou moeten zijn (afgebroken kopie of schijffout). Het bestand is niet gewijzigd. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of meer fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} wordt op dit moment teruggezet of hersteld. Een ogenblik geduld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is beschadigd ({errors} in de bestandsstructuur; details: adviesraad check --json). Er is niets opgeslagen en het bestand is niet gewijzigd. Laat de database controleren (adviesraad check, of Extra &gt; Database controleren) of zet een back-up terug (adviesraad restore, of Extra &gt; Back-up terugzetten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} kan niet worden geopend (details: adviesraad check --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een socket, geen databasebestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} kan niet worden gelezen (beschadigd of onbekend formaat). Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} heeft een schemaversie die Adviesraad niet kent ({found}; deze versie kent 0 tot en met {supported}). Het bestand is niet geopend en niet gewijzigd. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is gemaakt door een nieuwere versie van Adviesraad (schemaversie {found}; deze versie kent tot en met {supported}). Installeer de nieuwste versie. Het bestand is niet geopend en niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is een database van een ander programma, geen Adviesraad-database. Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is onvolledig: tabel(len) {tables} ontbreken. Het bestand is niet gewijzigd. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} staat in een map zonder schrijfrechten en heeft nog wijzigingen die niet in het bestand zelf zijn verwerkt (in {wal}). Zo kan Adviesraad hem niet veilig openen. Vraag de beheerder om schrijfrechten op de map, of kopieer het bestand samen met {wal} naar een map waarin u mag schrijven en open het daar. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is alleen-lezen en moet worden bijgewerkt naar een nieuwere versie; dat kan niet zonder schrijfrechten. Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is bezet door een ander programma (bijvoorbeeld een tweede venster van Adviesraad, een back-upprogramma of een virusscanner). Er is niets gewijzigd. Probeer het over een ogenblik opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is alleen-lezen: er kan niets in worden opgeslagen. Controleer of het bestand of de map schrijfrechten heeft. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schijf is vol: de wijziging kon niet worden opgeslagen en is teruggedraaid. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is geen Adviesraad-database (of het bestand is onherkenbaar beschadigd). Het bestand is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} is beschadigd. Het bestand is niet gewijzigd. Zet een back-up terug of laat de database controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (invoer-/uitvoerfout van de schijf). De wijziging is niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} kan niet worden geopend. Bestaat de map en heeft u er rechten op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toestemming om {path} te gebruiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam of het pad is te lang ({n} tekens): {path}. Kies een kortere naam of een map met een korter pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De schijf is vol: {path} kon niet worden geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in gebruik door een ander programma (bijvoorbeeld een tweede Adviesraad, Word, Acrobat, een virusscanner of OneDrive). Sluit het bestand daar en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het pad {path} is te lang voor Windows ({n} tekens; zonder lange paden staat Windows er 259 toe). Kies een map met een kortere naam, of een kortere bestandsnaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen schrijfrechten voor {path}. Kies een andere plek of sluit het programma dat het bestand open heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} kan niet worden gebruikt: een deel van het pad is geen map, of de naam is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van {path} is mislukt (systeemfout {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies {id} bestaat niet (of is verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie {id} bestaat niet (of is verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezegging {id} bestaat niet (of is verwijderd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie {id} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdaging {id} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welkom bij Adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit register is nog leeg. Kies hoe u begint. Alles blijft op deze computer; de handleiding opent met F1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Adviesraad Sociaal Domein Almelo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van uw adviesraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een advies registreren; het register begint ermee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register importeren (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bestaand register uit Excel of CSV inlezen, met eerst een proefrun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een apart demoregister met voorbeeldgegevens openen. Uw eigen register blijft leeg en onaangeroerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van de adviesraad in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam adviesraad wijzigen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige keuze: %(value)r (kies uit %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort één waarde bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoogstens één waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minstens één waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: fout: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>onduidelijke optie: %(option)s kan zijn: %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet samen met argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een van de argumenten %s is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genegeerd argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht %s waarde(n)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Nu opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
