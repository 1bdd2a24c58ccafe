<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApproveManyDialog</name>
    <message>
        <source>Approve {month_label}</source>
        <translation>{month_label} freigeben</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished">Freigeben</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Entwürfe zuerst im Namen der Person einreichen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datenpakete&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to every partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Alles (vollständiges Datenpaket)</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Datenpaket schreiben…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Import bundles ({SUFFIX} files), or drop them on this page.</source>
        <translation>Datenpakete ({SUFFIX}-Dateien) importieren oder auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Datenpakete importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished">Wann (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Partner und Schlüssel</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Partner und Schlüssel…</translation>
    </message>
    <message>
        <source>Your office card and its QR code, partners&apos; cards, changing or revoking keys.</source>
        <translation>Ihre Bürokarte und ihr QR-Code, die Karten der Partner, Schlüssel ändern oder widerrufen.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Büroschlüssel</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Passphrase der Büroschlüssel:</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick, a mail folder)</source>
        <translation>Speicherort für das Datenpaket (USB-Stick, Mail-Ordner)</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Datenpaket wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote {file} ({records} records) to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {records} records new or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Datenpakete importieren</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>Import bundles?</source>
        <translation>Datenpakete importieren?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Datenpakete werden importiert</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Datenpakete werden geprüft</translation>
    </message>
    <message>
        <source>No changes since the last bundle the coordinator acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored files (CVs, evidence, timesheet PDFs): {count}, {size} MB, each matching its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show table</source>
        <translation>Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a spreadsheet or a message</source>
        <translation>Tabelle kopieren, um sie in eine Tabellenkalkulation oder Nachricht einzufügen</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>In diesem Zeitraum gibt es nichts zu zählen.</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>e.g. membership form, event registration</source>
        <translation>z. B. Mitgliedsantrag, Veranstaltungsanmeldung</translation>
    </message>
    <message>
        <source>Do not contact (the person asked not to be)</source>
        <translation>Nicht kontaktieren (auf Wunsch der Person)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Einwilligung für</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Einwilligung durch</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message>
        <source>Possible duplicates across offices</source>
        <translation>Mögliche Dubletten zwischen Büros</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office…</source>
        <translation>Organisationen aller Büros werden verglichen…</translation>
    </message>
    <message>
        <source>Same organisation: count once</source>
        <translation>Gleiche Organisation: einmal zählen</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Verschiedene Organisationen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Organisations registered by two offices with the same VAT number or a similar name in the same country. Compare the two before you decide: a different legal form or city often means two organisations. Linking them changes neither office&apos;s record; the partnership&apos;s figures count the pair once.</source>
        <translation>Organisationen, die von zwei Büros mit derselben USt-IdNr. oder einem ähnlichen Namen im selben Land erfasst wurden. Vergleichen Sie beide, bevor Sie entscheiden: Eine andere Rechtsform oder Stadt bedeutet oft zwei Organisationen. Das Verknüpfen ändert keinen Datensatz der Büros; in den Zahlen der Partnerschaft zählt das Paar einmal.</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office</source>
        <translation>Organisationen aller Büros werden verglichen</translation>
    </message>
    <message>
        <source>Registered by {office_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No undecided pairs: every office&apos;s organisations are distinct or linked.</source>
        <translation>Keine offenen Paare: Die Organisationen aller Büros sind verschieden oder verknüpft.</translation>
    </message>
</context>
<context>
    <name>CtqDialog</name>
    <message>
        <source>Commitment to Quality — {reference}</source>
        <translation>Qualitätsverpflichtung — {reference}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Einzelziele</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>This organisation looks like one already registered. Compare the two before you decide: a different legal form or city often means two organisations.</source>
        <translation>Diese Organisation ähnelt einer bereits erfassten. Vergleichen Sie beide, bevor Sie entscheiden: Eine andere Rechtsform oder Stadt bedeutet oft zwei Organisationen.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into {legal_name}…</source>
        <translation>In {legal_name} zusammenführen…</translation>
    </message>
    <message>
        <source>Merging shows every field where the two differ, so you choose what to keep; its contacts and exchanges move to the kept record, and this one is deleted and points to it.</source>
        <translation>Beim Zusammenführen sehen Sie jedes Feld, in dem sich beide unterscheiden, und wählen, was bleibt; Kontakte und Austausche gehen auf den behaltenen Datensatz über, dieser hier wird gelöscht und verweist darauf.</translation>
    </message>
    <message>
        <source>{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.</source>
        <translation>{legal_name} wird von Büro {office_id} geführt, daher können beide hier nicht zusammengeführt werden; informieren Sie dieses Büro oder behalten Sie beide.</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <source>Declared: hours of approved (locked) months; recorded: every stored hour; planned: set by the coordinator</source>
        <translation>Deklariert: Stunden freigegebener (gesperrter) Monate; erfasst: alle gespeicherten Stunden; geplant: vom Koordinator festgelegt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personenmonate je Arbeitspaket</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>BLUES Desktop — unexpected error</source>
        <translation>BLUES Desktop — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Das Protokoll liegt in {folder}.</translation>
    </message>
    <message>
        <source>No log file is written (no log folder).</source>
        <translation>Es wird keine Protokolldatei geschrieben (kein Protokollordner).</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Online-Veranstaltung</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Öffentlich (auf den BLUES-Kanälen angekündigt)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation type="unfinished">Arbeitspaket</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Tage (leer: jedes Datum)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>This event was deleted elsewhere (another window or an imported bundle) while the editor was open; saving will not bring it back.</source>
        <translation>Diese Veranstaltung wurde an anderer Stelle gelöscht (in einem anderen Fenster oder durch ein importiertes Datenpaket), während der Editor offen war; Speichern stellt sie nicht wieder her.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Diese Veranstaltung wurde an anderer Stelle geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket), während Sie sie bearbeitet haben. Speichern überschreibt diese Änderungen mit Ihrer Fassung; Abbrechen behält sie.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events…</source>
        <translation>Veranstaltungen suchen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Who changed this event and its participants, when, and what</source>
        <translation>Wer diese Veranstaltung und ihre Teilnehmer wann und wie geändert hat</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>No events yet. Create one to register its participants and print its attendance sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event, or create one.</source>
        <translation>Wählen Sie eine Veranstaltung, oder legen Sie eine an.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet. Register people from the member register, or add a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register from the register…</source>
        <translation>Aus dem Verzeichnis anmelden…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>GDPR erasure of the chosen participant, on their request (the registration stays, shown as erased)</source>
        <translation>DSGVO-Löschung des gewählten Teilnehmers auf dessen Verlangen (die Anmeldung bleibt, als gelöscht angezeigt)</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Anwesenheit speichern</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Ohne Anmeldung…</translation>
    </message>
    <message>
        <source>Attach scanned sheet…</source>
        <translation>Gescannte Liste anhängen…</translation>
    </message>
    <message>
        <source>Keys: Space ticks or unticks and moves down, − clears, Enter moves down.</source>
        <translation>Tasten: Leertaste hakt an oder ab und geht weiter, − löscht, Eingabe geht weiter.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vorschau und Drucken…</translation>
    </message>
    <message>
        <source>The sheet lists the registered participants in order with a signature box per day, blank rows for walk-ins, and a QR code per page that matches a scanned page to this event. Online events get the online attendance record instead.</source>
        <translation>Die Liste führt die angemeldeten Teilnehmer der Reihe nach mit einem Unterschriftsfeld je Tag auf, dazu leere Zeilen für Teilnehmer ohne Anmeldung und je Seite einen QR-Code, der eine gescannte Seite dieser Veranstaltung zuordnet. Online-Veranstaltungen erhalten stattdessen den Online-Anwesenheitsnachweis.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Leere Zeilen für Teilnehmer ohne Anmeldung</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>No event matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by office {office_id}: shown read-only, only {office_id} can change it.</source>
        <translation>Organisiert von Büro {office_id}: nur lesbar, nur {office_id} kann sie ändern.</translation>
    </message>
    <message>
        <source>Scanned sheets: </source>
        <translation>Gescannte Listen: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Veranstaltung, um ihre Zahlen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Wählen Sie den einen Teilnehmer, dessen Daten gelöscht werden.</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, gender, consent) from the record, its history and the files kept with it? The registration stays, shown as erased, and the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Eine Löschung braucht einen Grund; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>This person was already a contact; the contact was registered.</source>
        <translation>Diese Person war bereits ein Kontakt; der Kontakt wurde angemeldet.</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>Gescannte unterschriebene Liste</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Veranstaltungen exportieren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; e-mail and gender</source>
        <translation>E-Mail und Geschlecht der Teilnehmer</translation>
    </message>
    <message>
        <source>The workbook lists participants by name, organisation and country, with the figures and breakdowns for the report; e-mail addresses and each person&apos;s gender are left out.

Include them anyway? Only do so when the reader needs to write to the participants; the workbook&apos;s summary says which list it holds.</source>
        <translation>Die Arbeitsmappe führt die Teilnehmer mit Name, Organisation und Land auf, mit den Zahlen und Aufschlüsselungen für den Bericht; E-Mail-Adressen und das Geschlecht der Personen werden weggelassen.

Trotzdem aufnehmen? Tun Sie das nur, wenn der Empfänger den Teilnehmern schreiben muss; die Zusammenfassung der Arbeitsmappe nennt, welche Liste sie enthält.</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (with e-mail addresses and gender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Erster Tag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Search reference or name</source>
        <translation>Aktenzeichen oder Name suchen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Programme rules…</source>
        <translation>Programmregeln…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Who changed this exchange and its steps, when, and what</source>
        <translation>Wer diesen Austausch und seine Schritte wann und wie geändert hat</translation>
    </message>
    <message>
        <source>Mark as: {label}</source>
        <translation>Markieren als: {label}</translation>
    </message>
    <message>
        <source>Printed once the Commitment to Quality is signed</source>
        <translation>Wird gedruckt, sobald die Qualitätsverpflichtung (Commitment to Quality) unterschrieben ist</translation>
    </message>
    <message>
        <source>Printed once the exchange has been held</source>
        <translation>Wird gedruckt, sobald der Austausch stattgefunden hat</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Verlauf</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Verzeichnis wird geschrieben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Programmregeln</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Veröffentlichte Version {version}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Warnen nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>{office} (this office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading the history…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf wird geladen…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes made on this computer show who made them. Records another office changed show the bundle that brought them and who imported it.</source>
        <translation>Auf diesem Computer vorgenommene Änderungen zeigen, wer sie vorgenommen hat. Von einem anderen Büro geänderte Datensätze zeigen das Datenpaket, mit dem sie kamen, und wer es importiert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>keine Änderungen erfasst</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Mitglieder importieren</translation>
    </message>
    <message>
        <source>Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice spreadsheet (.ods) or a .csv file.</source>
        <translation>Wählen Sie Ihre Mitgliederliste: eine Excel-Arbeitsmappe (.xlsx, .xlsm, .xls), eine LibreOffice-Tabelle (.ods) oder eine .csv-Datei.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Zurückgestellte Zeilen</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Warnungen und Hinweise</translation>
    </message>
    <message>
        <source>Re-read with this mapping</source>
        <translation>Mit dieser Zuordnung neu einlesen</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>Problembericht speichern…</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Spaltenzuordnung…</translation>
    </message>
    <message>
        <source>Save rows set aside…</source>
        <translation>Zurückgestellte Zeilen speichern…</translation>
    </message>
    <message>
        <source>A file in the layout of yours with the rows set aside and a Problem column: correct the cells and import it to add those rows</source>
        <translation>Eine Datei im Aufbau Ihrer Datei mit den zurückgestellten Zeilen und einer Spalte „Problem“: Korrigieren Sie die Zellen und importieren Sie sie, um diese Zeilen hinzuzufügen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>This file cannot be imported:
{exc}</source>
        <translation>Diese Datei kann nicht importiert werden:
{exc}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Diese Spalten enthalten Daten, die ignoriert werden: {columns}. Wählen Sie unter Spaltenzuordnung… jeweils ein Feld, wenn sie importiert werden sollen.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Problembericht</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report written to {name}.</source>
        <translation>Problembericht in {name} geschrieben.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Berichte</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Ben&amp;utzer…</translation>
    </message>
    <message>
        <source>Change who is using the app, or add a user</source>
        <translation>Wechseln, wer die App verwendet, oder einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Ü&amp;ber {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Schlüssel: {fingerprint}</translation>
    </message>
    <message>
        <source>Your office&apos;s key fingerprint. Read it aloud to a partner to check the office card they registered.</source>
        <translation>Der Fingerabdruck des Schlüssels Ihres Büros. Lesen Sie ihn einem Partner vor, um die Bürokarte zu prüfen, die er erfasst hat.</translation>
    </message>
    <message>
        <source>Data: {data_location}</source>
        <translation>Daten: {data_location}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (coordinator) · {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Benutzer dieses Computers</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, city, VAT number or e-mail…</source>
        <translation>Name, Ort, USt-IdNr. oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>Country (e.g. ES)</source>
        <translation>Land (z. B. DE)</translation>
    </message>
    <message>
        <source>Sector (e.g. water)</source>
        <translation>Branche (z. B. Wasser)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <source>Only organisations whose VAT or registration number was kept as typed although its check digit fails</source>
        <translation>Nur Organisationen, deren USt-IdNr. oder Registernummer trotz falscher Prüfziffer wie eingegeben übernommen wurde</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Across offices…</source>
        <translation>Büroübergreifend…</translation>
    </message>
    <message>
        <source>Organisations two offices registered that look alike: link them as one or not</source>
        <translation>Ähnliche Organisationen, die zwei Büros erfasst haben: als eine verknüpfen oder nicht</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Dubletten suchen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Who changed this organisation, when, and what</source>
        <translation>Wer diese Organisation wann und wie geändert hat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>No contacts for this organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Kontakt bearbeiten…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Merge contacts…</source>
        <translation>Kontakte zusammenführen…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what</source>
        <translation>Wer diesen Kontakt wann und wie geändert hat</translation>
    </message>
    <message>
        <source>Register a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Geführt von Büro {office_id}: nur lesbar. Nur {office_id} kann sie ändern; deren Änderungen kommen mit dem Datenpaket des Koordinators.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Wählen Sie zuerst einen Kontakt in der Liste.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished">Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation type="unfinished">Eine Löschung braucht einen Grund; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts merged: {registrations} event registrations and {exchanges} exchanges moved to the kept contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: {contacts} contacts and {exchanges} exchanges moved; details taken from the other record: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: {contacts} contacts and {exchanges} exchanges moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts without consent</source>
        <translation>Kontakte ohne Einwilligung</translation>
    </message>
    <message>
        <source>Contacts without a recorded GDPR consent are left out of the export.

Include them anyway? Only do so when you have another lawful basis to share them; the export says how many were included.</source>
        <translation>Kontakte ohne erfasste DSGVO-Einwilligung werden beim Export weggelassen.

Trotzdem aufnehmen? Tun Sie das nur, wenn Sie eine andere Rechtsgrundlage für die Weitergabe haben; der Export nennt, wie viele aufgenommen wurden.</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Verzeichnis wird exportiert</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Beide Datensätze enthalten dieselben Werte.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the month (required when the hours exceed the contract)</source>
        <translation>Notiz zum Monat (Pflicht, wenn die Stunden den Vertrag überschreiten)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Copy previous week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <source>Fill from typical week…</source>
        <translation>Aus Musterwoche füllen…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve for many…</source>
        <translation>Für mehrere freigeben…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>PDF drucken…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Who changed, submitted and approved this month, and when</source>
        <translation>Wer diesen Monat wann geändert, eingereicht und freigegeben hat</translation>
    </message>
    <message>
        <source>Worked {worked} h of {contracted} h contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Keine Probleme: Der Monat besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>In diesem Monat ist kein leerer Arbeitstag mehr auszufüllen.</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s timesheet for {month}? It will be locked, and its content and printed PDF fingerprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Das Wiederöffnen braucht einen Grund; der Monat bleibt freigegeben.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Stundenzettel wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>MonthStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Teilnehmer ohne Anmeldung</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neuer Teilnehmer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-in who matches a contact by e-mail or name is linked to that contact; the signed sheet is the consent record.</source>
        <translation>Ein Teilnehmer ohne Anmeldung, der per E-Mail oder Name zu einem Kontakt passt, wird mit diesem Kontakt verknüpft; die unterschriebene Liste ist der Nachweis der Einwilligung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;GDPR consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;DSGVO-Einwilligung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Verzeichnis</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Art *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>type part of the name, then Find</source>
        <translation>Teil des Namens eingeben, dann Suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>New organisation (not in the register)</source>
        <translation>Neue Organisation (nicht im Verzeichnis)</translation>
    </message>
    <message>
        <source>cluster member</source>
        <translation>Clustermitglied</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>{name} — {type}, member, {city} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Registered by one office</source>
        <translation>Von einem Büro erfasst</translation>
    </message>
    <message>
        <source>Registered by another</source>
        <translation>Von einem anderen erfasst</translation>
    </message>
    <message>
        <source>How likely the same</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
</context>
<context>
    <name>PartnersKeysDialog</name>
    <message>
        <source>Partners and keys</source>
        <translation>Partner und Schlüssel</translation>
    </message>
    <message>
        <source>This office&apos;s card</source>
        <translation>Karte dieses Büros</translation>
    </message>
    <message>
        <source>Partners compare this fingerprint with the one their window shows when they register your card: read it aloud on a call, group by group, or let them scan the QR code with a phone.</source>
        <translation>Partner vergleichen diesen Fingerabdruck mit dem, den ihr Fenster beim Erfassen Ihrer Karte zeigt: Lesen Sie ihn in einem Anruf Gruppe für Gruppe vor, oder lassen Sie den QR-Code mit einem Telefon scannen.</translation>
    </message>
    <message>
        <source>Save my card to a file…</source>
        <translation>Meine Karte in Datei speichern…</translation>
    </message>
    <message>
        <source>Change this office&apos;s keys…</source>
        <translation>Schlüssel dieses Büros ändern…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register each partner&apos;s card; your bundle carries them to the other partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a partner&apos;s card…</source>
        <translation>Karte eines Partners erfassen…</translation>
    </message>
    <message>
        <source>Revoke the key…</source>
        <translation>Schlüssel widerrufen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The key of {office_name} was replaced; its fingerprint is {groups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Meine Bürokarte speichern</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Neue Schlüssel werden erzeugt</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a partner&apos;s card</source>
        <translation>Karte eines Partners erfassen</translation>
    </message>
    <message>
        <source>Card already registered</source>
        <translation>Karte bereits erfasst</translation>
    </message>
    <message>
        <source>The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.</source>
        <translation>Die Karte von {office_name} ist hier bereits mit diesem Schlüssel erfasst (Fingerabdruck {fingerprint}). Nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Revoked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Fitted to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation>Berichtszeiträume</translation>
    </message>
    <message>
        <source>The grant&apos;s reporting periods: the project&apos;s start and the length of each period in months. Every figure of the Reports page and of the report pack follows them.</source>
        <translation>Die Berichtszeiträume der Förderung: der Projektbeginn und die Länge jedes Zeitraums in Monaten. Alle Zahlen der Seite „Berichte“ und des Berichtspakets richten sich danach.</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Projektbeginn</translation>
    </message>
    <message>
        <source>Months in each period</source>
        <translation>Monate je Zeitraum</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Zeiträume speichern</translation>
    </message>
    <message>
        <source>Write the length of each period in months, separated by commas (12, 12).</source>
        <translation>Geben Sie die Länge jedes Zeitraums in Monaten ein, durch Kommas getrennt (12, 12).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Register persons from the member register</source>
        <translation>Personen aus dem Mitgliederverzeichnis anmelden</translation>
    </message>
    <message>
        <source>Search name, e-mail or organisation…</source>
        <translation>Name, E-Mail oder Organisation suchen…</translation>
    </message>
    <message>
        <source>Register selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>PlannedEffortDialog</name>
    <message>
        <source>Planned effort (person-months)</source>
        <translation>Geplanter Aufwand (Personenmonate)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-months each office plans on each work package:</source>
        <translation>Personenmonate, die jedes Büro für jedes Arbeitspaket plant:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>BLUES Desktop — the database is damaged</source>
        <translation>BLUES Desktop — die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database could not be opened safely.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The start-up check of &lt;code&gt;{path}&lt;/code&gt; found: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Datenbank konnte nicht sicher geöffnet werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Prüfung beim Start von &lt;code&gt;{path}&lt;/code&gt; ergab: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Sie können eine Sicherung an ihre Stelle setzen. Die beschädigte Datei wird daneben aufbewahrt (nichts wird gelöscht), damit sie weiter untersucht werden kann. Änderungen nach dem Zeitpunkt der Sicherung sind darin nicht enthalten; ein seitdem an den Koordinator gesendetes Datenpaket kann sie zurückbringen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>Gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Keine Sicherung in {backups} besteht die Prüfung. Die beschädigte Datei bleibt, wo sie ist; `blues doctor` zeigt, was nicht stimmt.</translation>
    </message>
    <message>
        <source>There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>In {backups} gibt es keine Sicherungen. Die beschädigte Datei bleibt, wo sie ist; `blues doctor` zeigt, was nicht stimmt.</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {exc}</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}. The damaged file is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: they changed their keys after a new laptop</source>
        <translation>Zum Beispiel: neue Schlüssel nach einem neuen Laptop</translation>
    </message>
    <message>
        <source>Why the key is replaced:</source>
        <translation>Warum der Schlüssel ersetzt wird:</translation>
    </message>
    <message>
        <source>I compared the fingerprint with {name}, and every group matches.</source>
        <translation>Ich habe den Fingerabdruck mit {name} verglichen, und jede Gruppe stimmt überein.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an exchange</source>
        <translation>Austausch anmelden</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the gazetteer</source>
        <translation>aus dem Ortsverzeichnis</translation>
    </message>
    <message>
        <source>only for a second visit of the same organisation</source>
        <translation>nur für einen zweiten Besuch derselben Organisation</translation>
    </message>
    <message>
        <source>path of the CV (PDF), optional</source>
        <translation>Pfad des Lebenslaufs (PDF), optional</translation>
    </message>
    <message>
        <source>Travelling person: first name</source>
        <translation>Reisende Person: Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerschaft des Besuchers</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Entfernung (km)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Preferred sector</source>
        <translation>Bevorzugte Branche</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Grund für die Abweichung</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Verzeichnis</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Abschlussbericht — {reference}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>würde einen ClusterXchange-Austausch empfehlen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reading the figures…</source>
        <translation>Zahlen werden gelesen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports and KPIs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Berichte und KPIs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Periods…</source>
        <translation>Zeiträume…</translation>
    </message>
    <message>
        <source>Set the project&apos;s start and the length of each period</source>
        <translation>Projektbeginn und Länge jedes Zeitraums festlegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; (figures from {start} to {end}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{members}&lt;/b&gt; (counted once); organisations reached {reached}; events {events}, participants {participants}; person-months declared {declared} of {planned} planned; paid {paid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Berichtspaket</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>{name} in {parent} gespeichert.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Berichtspaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Whole project (from {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: their laptop was stolen</source>
        <translation>Zum Beispiel: Der Laptop wurde gestohlen</translation>
    </message>
    <message>
        <source>Why the key is revoked:</source>
        <translation>Warum der Schlüssel widerrufen wird:</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Change this office&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: yearly change, or the laptop was lost</source>
        <translation>Zum Beispiel: jährlicher Wechsel, oder der Laptop ging verloren</translation>
    </message>
    <message>
        <source>Why the keys are changed:</source>
        <translation>Warum die Schlüssel geändert werden:</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Passphrase der Büroschlüssel:</translation>
    </message>
    <message>
        <source>The new keys are protected by the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Programme rules (version {version} in force)</source>
        <translation>Programmregeln (gültige Version {version})</translation>
    </message>
    <message>
        <source>Money and duration</source>
        <translation>Geld und Dauer</translation>
    </message>
    <message>
        <source>Countries and thresholds</source>
        <translation>Länder und Schwellenwerte</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and evidence</source>
        <translation>Besucher und Nachweise</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Bewertungsfragen</translation>
    </message>
    <message>
        <source>Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 call: new thresholds</source>
        <translation>z. B. Aufruf 2027: neue Schwellenwerte</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Neue Version gültig ab</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Als neue Version veröffentlichen</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per visiting organisation</source>
        <translation>Obergrenze je besuchende Organisation</translation>
    </message>
    <message>
        <source>Halve the lump sum if the stay is under</source>
        <translation>Pauschale halbieren, wenn der Aufenthalt kürzer ist als</translation>
    </message>
    <message>
        <source>… or the distance is under</source>
        <translation>… oder die Entfernung geringer ist als</translation>
    </message>
    <message>
        <source>Shortest stay</source>
        <translation>Kürzester Aufenthalt</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Längster Aufenthalt</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>Zahlung innerhalb von</translation>
    </message>
    <message>
        <source>The lump sum is the threshold of the host&apos;s country, halved once, never above the cap. Agreements already issued keep the version they were computed under.</source>
        <translation>Die Pauschale ist der Schwellenwert des Landes der Gastorganisation, höchstens einmal halbiert, nie über der Obergrenze. Bereits ausgestellte Vereinbarungen behalten die Version, nach der sie berechnet wurden.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Host and visitor must both be in a country that takes part in COSME.</source>
        <translation>Gastgeber und Besucher müssen beide in einem Land sein, das an COSME teilnimmt.</translation>
    </message>
    <message>
        <source>Threshold of the selected countries:</source>
        <translation>Schwellenwert der gewählten Länder:</translation>
    </message>
    <message>
        <source>Who may visit (the others may only host)</source>
        <translation>Wer besuchen darf (die übrigen dürfen nur Gastgeber sein)</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the payment</source>
        <translation>Nachweise für die Zahlung</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Wird ab jetzt bei jeder Ihrer Änderungen vermerkt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Cannot be moved here: {blocked}.</source>
        <translation>Kann hier nicht verschoben werden: {blocked}.</translation>
    </message>
    <message>
        <source>Backups are taken before every upgrade, import and restore</source>
        <translation>Sicherungen werden vor jedem Update, jedem Import und jeder Wiederherstellung angelegt</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>As the system ({system})</source>
        <translation>Wie das System ({system})</translation>
    </message>
    <message>
        <source>The window changes language when you save; unsaved work is kept or asked about</source>
        <translation>Das Fenster wechselt beim Speichern die Sprache; ungespeicherte Arbeit bleibt erhalten, oder Sie werden gefragt</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Datenordner verschieben nach</translation>
    </message>
    <message>
        <source>The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it.</source>
        <translation>Die Daten werden dorthin kopiert und geprüft; danach schließt sich BLUES Desktop und öffnet beim nächsten Start den neuen Ort. Der alte Ordner {root} bleibt erhalten, bis Sie ihn löschen.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up BLUES Desktop</source>
        <translation>BLUES Desktop einrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choose the office this computer works for. The app creates its database and the office&apos;s keys (for signing and receiving bundles) in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Willkommen bei BLUES Desktop.&lt;/b&gt;&lt;br&gt;Wählen Sie das Büro, für das dieser Computer arbeitet. Die App legt ihre Datenbank und die Schlüssel des Büros (zum Signieren und Empfangen von Datenpaketen) an in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the office of this computer…</source>
        <translation>Büro dieses Computers wählen…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Büro:</translation>
    </message>
    <message>
        <source>e.g. María Pérez</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase der Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>A passphrase protects the office&apos;s keys on this computer. Keep it safe: without it the keys cannot be opened, and no bundle can be written or read here. Leave it empty to rely on this computer&apos;s user account alone.</source>
        <translation>Eine Passphrase schützt die Schlüssel des Büros auf diesem Computer. Bewahren Sie sie gut auf: Ohne sie lassen sich die Schlüssel nicht öffnen, und hier kann kein Datenpaket geschrieben oder gelesen werden. Lassen Sie das Feld leer, um sich allein auf das Benutzerkonto dieses Computers zu verlassen.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Büro anlegen</translation>
    </message>
    <message>
        <source>Choose the office this computer works for.</source>
        <translation>Wählen Sie das Büro, für das dieser Computer arbeitet.</translation>
    </message>
    <message>
        <source>Your name is needed: it is recorded with every change you make.</source>
        <translation>Ihr Name wird benötigt: Er wird bei jeder Ihrer Änderungen vermerkt.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Mitarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Beschäftigung endet am</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Beschäftigt ab</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Vertragsstunden pro Woche</translation>
    </message>
    <message>
        <source>Annual productive hours</source>
        <translation>Jährliche produktive Stunden</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Public holidays of region</source>
        <translation>Feiertage der Region</translation>
    </message>
    <message>
        <source>The name, role and e-mail are kept for the grant&apos;s timesheets (employment contract and EU reporting). “Erase personal data…” removes them on request; the hours stay, as the grant&apos;s accounting records.</source>
        <translation>Name, Funktion und E-Mail werden für die Stundenzettel der Förderung aufbewahrt (Arbeitsvertrag und EU-Berichterstattung). „Personenbezogene Daten löschen…“ entfernt sie auf Verlangen; die Stunden bleiben als Buchungsunterlagen der Förderung erhalten.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>h/week</source>
        <translation>h/Woche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesheetsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitarbeiter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Neuer Mitarbeiter…</translation>
    </message>
    <message>
        <source>No staff yet. Add the people who work on BLUES to fill their timesheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Jahr und Arbeitspakete</translation>
    </message>
    <message>
        <source>The hours of {name} for {month} are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Fügen Sie die Mitarbeiter des Büros hinzu, um ihre Stundenzettel auszufüllen.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished">Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Eine Löschung braucht einen Grund; es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>TypicalWeekDialog</name>
    <message>
        <source>Fill from a typical week</source>
        <translation>Aus einer Musterwoche füllen</translation>
    </message>
    <message>
        <source>Fill empty days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty working days of the month get these hours; days with hours, absences, public holidays (which get the public holiday row) and weekends stay as they are.</source>
        <translation>Leere Arbeitstage des Monats erhalten diese Stunden; Tage mit Stunden, Abwesenheiten, Feiertage (die die Feiertagszeile erhalten) und Wochenenden bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who is using BLUES Desktop?</source>
        <translation>Wer arbeitet mit BLUES Desktop?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choose your name: every change, approval and bundle records who made it.</source>
        <translation>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Wählen Sie Ihren Namen: Bei jeder Änderung, jeder Freigabe und jedem Datenpaket wird festgehalten, wer es war.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The new user&apos;s name:</source>
        <translation>Name des neuen Benutzers:</translation>
    </message>
    <message>
        <source>Choose your name, or add it.</source>
        <translation>Wählen Sie Ihren Namen, oder fügen Sie ihn hinzu.</translation>
    </message>
</context>
<context>
    <name>YearPackagesModel</name>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Deklarierte PM</translation>
    </message>
    <message>
        <source>Planned PM</source>
        <translation>Geplante PM</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% des Plans</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Planned effort…</source>
        <translation>Geplanter Aufwand…</translation>
    </message>
    <message>
        <source>Person-months = hours / (annual productive hours / 12). Declared effort counts approved (locked) months only; the plan is set by the coordinator.</source>
        <translation>Personenmonate = Stunden / (jährliche produktive Stunden / 12). Der deklarierte Aufwand zählt nur freigegebene (gesperrte) Monate; den Plan legt der Koordinator fest.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office per work package&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Büro je Arbeitspaket&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per staff member (hours / person-months)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Je Mitarbeiter (Stunden / Personenmonate)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export timesheets</source>
        <translation>Stundenzettel exportieren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>YearStaffModel</name>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>BLUES PM</source>
        <translation>BLUES-PM</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Deklarierte PM</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Freigegebene Monate</translation>
    </message>
</context>
<context>
    <name>_CountriesTable</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Takes part in COSME</source>
        <translation>Nimmt an COSME teil</translation>
    </message>
    <message>
        <source>Threshold (EUR)</source>
        <translation>Schwellenwert (EUR)</translation>
    </message>
</context>
<context>
    <name>_QuestionsTable</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question (scored 1–5)</source>
        <translation>Frage (Bewertung 1–5)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</source>
        <translation>Das Offline-Werkzeug der BLUES-Partnerschaft — {project}: BalticNet-PlasmaTec (Koordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE und Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Start the BLUES Desktop window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contact_merge</name>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.</source>
        <translation>Welchen Kontakt in {kept} zusammenführen? Seine Veranstaltungsanmeldungen, Austausche und Einwilligung können auf den behaltenen Kontakt übergehen; jedes abweichende Feld wählen Sie als Nächstes.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Office cards (*.json *.card);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>edit_dialog</name>
    <message>
        <source>Legal name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_tables</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Tabellenblatt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>REFUSED {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link between organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation type="unfinished">Prüfziffer falsch</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation type="unfinished">Partnerschaft des Besuchers</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Letzter Tag</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation type="unfinished">Entfernung (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished">Motivation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Ziele</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Einzelziele</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation type="unfinished">Arbeitspaket</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Ohne Anmeldung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation type="unfinished">Beschäftigt ab</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished">Mitarbeiter</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished">Stunden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation type="unfinished">Personenmonate</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Fingerabdruck</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation type="unfinished">Bewertungsfragen</translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished">Lebenslauf</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>recovery_dialog</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{organisations} organisations written by a process of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Move the data folder to
{target}?

BLUES Desktop closes when the copy has been checked, and opens the new place at the next start.</source>
        <translation>Den Datenordner nach
{target}
verschieben?

BLUES Desktop schließt sich, sobald die Kopie geprüft ist, und öffnet beim nächsten Start den neuen Ort.</translation>
    </message>
    <message>
        <source>The data folder is now
{new}

The old folder
{old}
is kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.</source>
        <translation>Der Datenordner ist jetzt
{new}

Der alte Ordner
{old}
bleibt erhalten; löschen Sie ihn, sobald Sie am neuen Ort gearbeitet haben. BLUES Desktop schließt sich jetzt; starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>Der Datenordner wird verschoben…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cannot use the data folder {root}: {strerror}</source>
        <translation>Der Datenordner {root} kann nicht verwendet werden: {strerror}</translation>
    </message>
    <message>
        <source>BLUES Desktop is already open on the data folder
{root}

Switch to that window, or close it first.</source>
        <translation>BLUES Desktop ist bereits mit dem Datenordner
{root}
geöffnet.

Wechseln Sie zu diesem Fenster, oder schließen Sie es zuerst.</translation>
    </message>
</context>
</TS>
