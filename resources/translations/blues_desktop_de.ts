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
        <translation>Jeder angehakte Stundenzettel für {month} wird freigegeben und gesperrt, wenn er die Prüfungen besteht; die übrigen werden mit dem Grund aufgelistet und bleiben unverändert.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
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
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation>Tag {number}
{date}</translation>
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
        <translation>An alle Partner senden</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>An den Koordinator senden</translation>
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
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Datenpaket</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation>Noch kein Datenpaket geschrieben oder importiert. Schreiben Sie eines, um die Änderungen dieses Büros zu senden, oder importieren Sie ein erhaltenes Datenpaket.</translation>
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
        <translation>{file} ({records} Datensätze) nach {folder} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>%n Datenpaket importieren?</numerusform>
            <numerusform>%n Datenpakete importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation>{file}: bereits am {date} importiert</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file}: %n Datensatz neu oder aktualisiert</numerusform>
            <numerusform>{file}: %n Datensätze neu oder aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Datenpakete importieren</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation>BLUES-Datenpakete (*{SUFFIX})</translation>
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
        <translation>Keine Änderungen seit dem letzten vom Koordinator bestätigten Datenpaket.</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation>Das nächste Datenpaket von {office} enthält {records} Datensätze (alles):</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation>Das nächste Datenpaket von {office} enthält {records} Datensätze (Änderungen seit dem letzten vom Koordinator bestätigten Datenpaket):</translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation>{records}: {new} neu, {changed} geändert, {deleted} gelöscht</translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation>Signatur gültig: Büro {office}, Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation>Datenpaket {sequence}, folgt auf {previous}</translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation>Datenpaket {sequence}, das erste dieses Büros</translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation>bereits am {date} importiert: es ändert sich nichts</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{records}: {new} neu, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n gespeicherte Datei (Lebensläufe, Nachweise, Stundenzettel-PDFs), {size} MB, passend zu ihrer SHA-256</numerusform>
            <numerusform>%n gespeicherte Dateien (Lebensläufe, Nachweise, Stundenzettel-PDFs), {size} MB, jede passend zu ihrer SHA-256</numerusform>
        </translation>
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
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <translation>Speichern</translation>
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
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
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
        <translation>Erfasst von {office_id}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n mögliche Dublette zu entscheiden</numerusform>
            <numerusform>%n mögliche Dubletten zu entscheiden</numerusform>
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
        <translation>Speichern</translation>
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
        <translation>
            <numerusform>Diese Organisation ähnelt %n bereits erfassten Organisation. Wählen Sie sie zum Vergleich; eine andere Rechtsform oder Stadt bedeutet oft zwei verschiedene Organisationen.</numerusform>
            <numerusform>Diese Organisation ähnelt %n bereits erfassten Organisationen. Wählen Sie eine zum Vergleich; eine andere Rechtsform oder Stadt bedeutet oft zwei verschiedene Organisationen.</numerusform>
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
        <translation>Dieser Datensatz</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Bereits erfasst</translation>
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
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Tage (leer: jedes Datum)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Mitveranstalter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
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
        <translation>Noch keine Veranstaltungen. Legen Sie eine an, um Teilnehmer anzumelden und die Anwesenheitsliste zu drucken.</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Neue Veranstaltung planen</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Ausgewählte Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Ausgewählte Veranstaltung löschen</translation>
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
        <translation>Für diese Veranstaltung ist noch niemand angemeldet. Melden Sie Personen aus dem Mitgliederverzeichnis an oder fügen Sie eine neue Person hinzu.</translation>
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
        <translation>Keine Veranstaltung entspricht der Suche.</translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation>{pending} Anwesenheitshäkchen für „{title}“ sind noch nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation>Tag {number}: {present} von {total}</translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation>Anwesend — {days}</translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Anwesend — {days} · %n ungespeicherte Änderung</numerusform>
            <numerusform>Anwesend — {days} · %n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation>Zahlen zu „{title}“</translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation>{registered} angemeldet, {participants} teilgenommen ({persons} Personen aus {organisations} Organisationen).</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Je Arbeitspaket</translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation>Je Land (Top 12)</translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation>Je Organisationsart</translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation>Je Geschlecht</translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation>Die neue Veranstaltung „{title}“ ist gespeichert und in der Liste ausgewählt.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation>„{title}“ mit allen Anmeldungen löschen?</translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation>Die Veranstaltung „{title}“ wurde mit allen Anmeldungen gelöscht.</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF oder Bild (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation>Online-Anwesenheitsnachweis: {title}</translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation>Online-Anwesenheitsnachweis wird vorbereitet…</translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation>Anwesenheitsliste: {title}</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Anwesenheitsliste wird vorbereitet…</translation>
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
        <translation>Personenbezogene Daten von {name} (Name, E-Mail, Telefon, Funktion, Geschlecht, Einwilligung) aus dem Datensatz, seinem Verlauf und den zugehörigen Dateien löschen? Die Anmeldung bleibt als gelöscht erhalten, und die Löschung erreicht die anderen Büros über Datenpakete. Dies kann nicht rückgängig gemacht werden.

Auf wessen Wunsch und warum?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
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
        <translation>Excel (*.xlsx)</translation>
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
        <translation>{events} Veranstaltungen und {participants} Teilnehmer geschrieben (mit E-Mail-Adressen und Geschlecht).</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation>{events} Veranstaltungen und {participants} Teilnehmer geschrieben (ohne E-Mail-Adressen und Geschlecht).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) and is now {state}: this part of it can no longer be changed.</source>
        <translation>Dieser Austausch wurde anderswo geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket) und steht jetzt auf „{state}“: Dieser Teil kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Dieser Austausch wurde anderswo geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket); das Formular zeigt ihn jetzt wie gespeichert.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Dieser Austausch wurde anderswo geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket), während Sie ihn bearbeitet haben. Speichern überschreibt diese Änderungen mit Ihrer Version; Abbrechen behält sie.</translation>
    </message>
    <message>
        <source>This exchange was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Dieser Austausch wurde anderswo gelöscht (in einem anderen Fenster oder durch ein importiertes Datenpaket), während das Formular geöffnet war; er kann nicht mehr gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
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
        <source>CV</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Commitment to Quality</source>
        <translation>Qualitätsverpflichtung</translation>
    </message>
    <message>
        <source>Financial agreement</source>
        <translation>Finanzvereinbarung</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>Closing report form</source>
        <translation>Formular für den Abschlussbericht</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation>{office}: {held} von {registered} angemeldeten durchgeführt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation>&lt;b&gt;{held} der {target} geplanten Austausche durchgeführt ({progress})&lt;/b&gt;; {live} weitere laufen.</translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation>Je Partnerschaft: {offices}.</translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation>Zugesagte Pauschalen {committed}, davon gezahlt {paid}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation>Häufigste Länderpaare: {pairs}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation>Häufigste Länderpaare: noch keine.</translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation>{km} km (eingegeben)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation>Besucher {visitor}, Gastgeber {host}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation>{start} bis {end}, {days} Arbeitstage</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation>{amount} (Regeln v{version})</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation>Gastgeber {host}, Besucher {visitor}</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Nicht förderfähig:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation>Neuen Austausch anmelden</translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation>Die angezeigten Austausche in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation>Die Pauschalen, Entfernungen und Fristen, nach denen sich die Austausche richten</translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation>Noch keine Austausche. Melden Sie den ersten an: Besucher, Gastgeber und Termine.</translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation>Gastgeber nimmt an</translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation>Besucher nimmt an</translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation>Qualitätsverpflichtung bearbeiten…</translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation>Abschlussbericht…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Nachweis anhängen…</translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation>Austausch stornieren…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation>Was jetzt mit diesem Austausch möglich ist</translation>
    </message>
    <message>
        <source>Financial agreements of the exchanges shown…</source>
        <translation>Finanzvereinbarungen der angezeigten Austausche…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation>Dokumente dieses Austauschs in der Vorschau anzeigen und drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Kein Austausch entspricht der Suche oder den Filtern.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Austausch, um seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation>Schreibgeschützt: Dieser Austausch gehört zum Büro {office_id}.</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Die %n Finanzvereinbarung, die jetzt gedruckt werden kann, als PDF in einen Ordner schreiben</numerusform>
            <numerusform>Die %n Finanzvereinbarungen, die jetzt gedruckt werden können, je als PDF in einen Ordner schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the exchanges shown may have its financial agreement printed yet: it is printed once the Commitment to Quality is signed</source>
        <translation>Für keinen der angezeigten Austausche kann die Finanzvereinbarung schon gedruckt werden: Sie wird gedruckt, sobald die Qualitätsverpflichtung unterzeichnet ist</translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation>Austausch stornieren</translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation>Warum wird {reference} von der Partnerschaft storniert? Der Grund wird im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation>Austausch behalten</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation>Warum zieht sich der Besucher von {reference} zurück? Der Grund wird im Verlauf festgehalten.</translation>
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
        <translation>PDF oder Bild (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation>{reference} angemeldet; er ist in der Liste ausgewählt.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>%n Austausch in {file} geschrieben</numerusform>
            <numerusform>%n Austausche in {file} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Verzeichnis wird geschrieben</translation>
    </message>
    <message>
        <source>Folder for the financial agreements</source>
        <translation>Ordner für die Finanzvereinbarungen</translation>
    </message>
    <message>
        <source>Writing the financial agreements</source>
        <translation>Die Finanzvereinbarungen werden geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>%n Finanzvereinbarung in {folder} geschrieben</numerusform>
            <numerusform>%n Finanzvereinbarungen in {folder} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>No financial agreement written to {folder}: none of the exchanges shown may have it printed now</source>
        <translation>Keine Finanzvereinbarung in {folder} geschrieben: Für keinen der angezeigten Austausche kann sie jetzt gedruckt werden</translation>
    </message>
    <message>
        <source>Stopped: the financial agreements written before Cancel are in {folder}</source>
        <translation>Angehalten: Die vor dem Abbrechen geschriebenen Finanzvereinbarungen liegen in {folder}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Versionen: {versions}</translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation>v{version} vom {date}</translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation>v{version} vom {date} (integriert)</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Programmregeln</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Veröffentlichte Version {version}.</translation>
    </message>
    <message>
        <source>The exchange is paid: its last step is done.</source>
        <translation>Der Austausch ist ausgezahlt: sein letzter Schritt ist erledigt.</translation>
    </message>
    <message>
        <source>The exchange was cancelled: it takes no further step.</source>
        <translation>Der Austausch wurde abgesagt: es folgt kein weiterer Schritt.</translation>
    </message>
    <message>
        <source>The exchange was withdrawn: it takes no further step.</source>
        <translation>Der Austausch wurde zurückgezogen: es folgt kein weiterer Schritt.</translation>
    </message>
    <message>
        <source>No further step from this state: {state}.</source>
        <translation>Von diesem Status aus gibt es keinen weiteren Schritt: {state}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation>noch nichts übernommen</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>Datenpaket {sequence}, geschrieben {written}, importiert {imported} (%n Tag alt)</numerusform>
            <numerusform>Datenpaket {sequence}, geschrieben {written}, importiert {imported} (%n Tage alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktualität der Daten</translation>
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
        <translation>{office} (dieses Büro)</translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation>noch kein Datenpaket vom Koordinator bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>Datenpaket {sequence} vom Koordinator bestätigt, geschrieben {written} (%n Tag alt)</numerusform>
            <numerusform>Datenpaket {sequence} vom Koordinator bestätigt, geschrieben {written} (%n Tage alt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Älter als %n Tag oder fehlend: Die Zahlen dieses Büros sind möglicherweise veraltet</numerusform>
            <numerusform>Älter als %n Tage oder fehlend: Die Zahlen dieses Büros sind möglicherweise veraltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDocumentPreview</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>The English text is the binding one; a second language adds the translation of every heading and label</source>
        <translation>Verbindlich ist der englische Text; eine zweite Sprache ergänzt die Übersetzung jeder Überschrift und Beschriftung</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s and the host&apos;s language)</source>
        <translation>Englisch und {language} (Sprache des Gastes und des Gastgebers)</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s language)</source>
        <translation>Englisch und {language} (Sprache des Gastes)</translation>
    </message>
    <message>
        <source>English and {language} (the host&apos;s language)</source>
        <translation>Englisch und {language} (Sprache des Gastgebers)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument wird erstellt…</translation>
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
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
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
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation>Warnung — {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… %n weiterer im Problembericht</numerusform>
            <numerusform>… %n weitere im Problembericht</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation>Zu importierende Zeilen ({count})</translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation>Zurückgestellte Zeilen ({count})</translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation>Warnungen und Hinweise ({count})</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation>Keine Zeile kann importiert werden: Korrigieren Sie die zurückgestellten Zeilen (oder die Zuordnung).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation>Es wurde noch nichts geschrieben. Importieren übernimmt jetzt die fehlerfreien Zeilen (nach einer Sicherung); die zurückgestellten Zeilen bleiben zur Korrektur erhalten: Speichern Sie sie mit „Zurückgestellte Zeilen speichern…“, korrigieren Sie die in der Spalte „Problem“ genannten Zellen und importieren Sie diese Datei. Oder schließen Sie und korrigieren Sie zuerst Ihre Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation>Es wurde noch nichts geschrieben. Klicken Sie auf „Importieren“, um alles in einem Schritt zu speichern.</translation>
    </message>
    <message>
        <source>column {column} of sheet {sheet}</source>
        <translation>Spalte {column} des Blatts {sheet}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>Die %n zurückgestellte Zeile steht in {file}: Korrigieren Sie die in der Spalte „Problem“ genannten Zellen und importieren Sie dann diese Datei.</numerusform>
            <numerusform>Die %n zurückgestellten Zeilen stehen in {file}: Korrigieren Sie die in der Spalte „Problem“ genannten Zellen und importieren Sie dann diese Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation>{organisations_new} neue und {organisations_changed} geänderte Organisationen, {contacts_new} neue und {contacts_changed} geänderte Kontakte importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n Zeile zurückgestellt: Speichern Sie sie mit „Zurückgestellte Zeilen speichern…“, korrigieren Sie sie und importieren Sie diese Datei.</numerusform>
            <numerusform>%n Zeilen zurückgestellt: Speichern Sie sie mit „Zurückgestellte Zeilen speichern…“, korrigieren Sie sie und importieren Sie diese Datei.</numerusform>
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
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
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
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation>Die Organisationen der Cluster und ihre Kontakte</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation>Personalaustausch zwischen Organisationen, von der Anmeldung bis zur Zahlung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation>Workshops und Treffen, ihre Teilnehmer und die Anwesenheit</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation>Die monatlichen Projektstunden der Mitarbeiter</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Datenpakete</translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation>Die Daten dieses Büros an den Koordinator senden und die der Partner importieren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation>Zahlen und KPIs des Projekts je Zeitraum</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>{page} wird geöffnet…</translation>
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
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Ü&amp;ber {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
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
        <translation>Büro: {code} {name} (Koordinator) · {user}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation>Büro: {code} {name} (Partner) · {user}</translation>
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
        <translation>Neue Organisation…</translation>
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
        <translation>Noch keine Kontakte für diese Organisation.</translation>
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
        <translation>Neue Organisation erfassen</translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation>Organisationen und Kontakte aus einer Tabelle einlesen</translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation>Die angezeigten Organisationen in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Ausgewählte Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation>Ausgewählte Organisation löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Organisation, um ihre Details und Kontakte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Kontakte zusammengeführt: %n Veranstaltungsanmeldung zum behaltenen Kontakt verschoben.</numerusform>
            <numerusform>Kontakte zusammengeführt: %n Veranstaltungsanmeldungen zum behaltenen Kontakt verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n Austausch zum behaltenen Kontakt verschoben.</numerusform>
            <numerusform>%n Austausche zum behaltenen Kontakt verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Zusammengeführt: %n Kontakt verschoben.</numerusform>
            <numerusform>Zusammengeführt: %n Kontakte verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n Austausch verschoben.</numerusform>
            <numerusform>%n Austausche verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details taken from the other record: {fields}.</source>
        <translation>Aus dem anderen Eintrag übernommen: {fields}.</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation>{organisations} Organisationen und {contacts} Kontakte nach {file} exportiert; {left_out} Kontakte ohne Einwilligung ausgelassen</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation>{organisations} Organisationen und {contacts} Kontakte nach {file} exportiert</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Geführt von Büro {office_id}: nur lesbar. Nur {office_id} kann sie ändern; deren Änderungen kommen mit dem Datenpaket des Koordinators.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation>USt-IdNr. {number}</translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation>Branchen {sectors}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} Beschäftigte</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Mitglied seit {date}</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>Büro {code}</translation>
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
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Personenbezogene Daten von {name} (Name, E-Mail, Telefon, Funktion, Einwilligung) aus dem Datensatz, seinem Verlauf und den zugehörigen Dateien (Lebenslauf) löschen? Der Datensatz bleibt als gelöscht markiert erhalten, damit die Löschung die anderen Büros über Datenpakete erreicht. Dies kann nicht rückgängig gemacht werden.

Auf wessen Wunsch und warum?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Eine Löschung braucht einen Grund; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation>Kein weiterer Kontakt von {legal_name} zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation>„{name}“ gelöscht. „Löschen rückgängig“ stellt es wieder her.</translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation>Die gelöschte Organisation ist wieder im Verzeichnis.</translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation>„{legal_name}“ wird vom Büro {office_id} geführt und wird hier schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation>Die neue Organisation ist gespeichert und in der Liste ausgewählt.</translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation>Keine wahrscheinlichen Dubletten für {legal_name} gefunden</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
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
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Zwei Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Zwei Organisationen zusammenführen</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Zwei Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; wird in &lt;b&gt;{kept}&lt;/b&gt; zusammengeführt: Er wird gelöscht und verweist auf den behaltenen Datensatz. Wählen Sie für jedes abweichende Feld den Wert, der bleiben soll.</translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation>Beim Zusammenführen werden {moves} zum behaltenen Datensatz verschoben.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation>Behalten: {title}</translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation>Aufgelöst: {title}</translation>
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
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n Veranstaltungsanmeldung</numerusform>
            <numerusform>%n Veranstaltungsanmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n Mitarbeiterdatensatz</numerusform>
            <numerusform>%n Mitarbeiterdatensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Feiertag: {name}</translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation>Außerhalb des Beschäftigungszeitraums</translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation>Einfügen bei {day} abgelehnt: {problem}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation>Stunden in Viertelstunden eingeben (7.5, 7,25 oder 1:45). Eingabe: nächster Tag · Entf: leeren · + / −: eine Viertelstunde mehr oder weniger · Strg+C / Strg+V: Zellen kopieren und einfügen.</translation>
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
        <translation>Gearbeitet {worked} h von {contracted} h laut Vertrag</translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation>BLUES {blues} h = {months} Personenmonate</translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation>sonstige {other} h</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation>Die Woche vor {day} hat bereits dieselben Stunden.</translation>
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
        <translation>Stundenzettel von {name} für {month} freigeben? Er wird gesperrt, und für seinen Inhalt und das gedruckte PDF wird ein Fingerabdruck erstellt.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation>Warum wird {month} von {name} wieder geöffnet?</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Das Wiederöffnen braucht einen Grund; der Monat bleibt freigegeben.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation>Stundenzettel: {name}, {month}</translation>
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
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Freigegeben (gesperrt)</translation>
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
        <translation>Vorname</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationsart</translation>
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
        <translation>Teilnehmer ohne Anmeldung hinzufügen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation>Schlüssel erstellt am {date}.</translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation>Die Karte gibt nicht an, wann ihre Schlüssel erstellt wurden.</translation>
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
        <translation>Land *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Diese Organisation wurde anderswo geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket); das Formular zeigt sie jetzt wie gespeichert.</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Diese Organisation wurde anderswo geändert (in einem anderen Fenster oder durch ein importiertes Datenpaket), während Sie sie bearbeitet haben. Speichern überschreibt diese Änderungen mit Ihrer Version; Abbrechen behält sie.</translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Diese Organisation wurde anderswo gelöscht (in einem anderen Fenster oder durch ein importiertes Datenpaket), während das Formular geöffnet war; sie kann nicht mehr gespeichert werden.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-31</source>
        <translation>{value} ist kein Datum; schreiben Sie es als 2024-05-31</translation>
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
        <translation>{name} — {type}, Mitglied, {city} ({country})</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
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
        <translation>Stadt</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation>Geführt vom Büro {office_id}: hier schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation>{pending}

Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation>Übereinstimmungen:</translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation>Unterschiede (jeder macht es weniger wahrscheinlich):</translation>
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
    <message>
        <source>yes</source>
        <translation>ja</translation>
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
        <translation>Datenpakete eines Büros werden nur angenommen, wenn seine Karte hier registriert ist. Registrieren Sie die Karte jedes Partners; Ihr Datenpaket überträgt sie an die anderen Partner.</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation>Datenpakete eines Büros werden nur angenommen, wenn seine Karte hier registriert ist. Registrieren Sie die Karte des Koordinators; das Datenpaket des Koordinators bringt die Karten der anderen Partner mit.</translation>
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
        <translation>Der Schlüssel von {office_name} wurde ersetzt; sein Fingerabdruck ist {groups}.</translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation>Karte von {office_name} registriert (Fingerabdruck {groups}): Seine Datenpakete werden ab jetzt angenommen.</translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation>Der Schlüssel von {name} ist widerrufen: Seine Datenpakete werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Meine Bürokarte speichern</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation>Karte von {office} unter {path} gespeichert. Senden Sie sie an Ihre Partner (E-Mail oder USB-Stick) und vergleichen Sie dann den Fingerabdruck mit ihnen in einem Telefonat.</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Neue Schlüssel werden erzeugt</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation>Neue Schlüssel erstellt: Der Fingerabdruck ist jetzt {fingerprint}. Speichern Sie die neue Karte und senden Sie sie an jeden Partner; sie lehnen Ihre Datenpakete ab, bis sie die Karte registriert haben.</translation>
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
        <translation>Widerrufen am {date}</translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation>Registriert am {date}</translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation>Noch keine Karte registriert</translation>
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
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
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
        <translation>An die Breite angepasst</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
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
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} in {folder} gespeichert.</translation>
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
        <translation>Ausgewählte anmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>%n Person passt</numerusform>
            <numerusform>%n Personen passen</numerusform>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation>{office} {package}: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation>{office} {package}: {text} ist keine Anzahl Monate</translation>
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
        <source>unknown damage</source>
        <translation>unbekannter Schaden</translation>
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
        <source>passes the check</source>
        <translation>besteht die Prüfung</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>beschädigt: {problem}</translation>
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
        <translation>Aus der Sicherung vom {taken} wiederhergestellt. Die beschädigte Datei bleibt als {file} erhalten.</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation>Aus der Sicherung vom {taken} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation>Neue Schlüssel für {name}</translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation>Karte von {name} registrieren</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation>Karte registrieren</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} ist hier mit anderen Schlüsseln registriert (Fingerabdruck {fingerprint}, registriert am {date}). Diese Karte ersetzt sie: Ab jetzt werden mit den alten Schlüsseln signierte Datenpakete hier abgelehnt, und Ihre Datenpakete werden für den neuen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} ist hier mit anderen Schlüsseln registriert (Fingerabdruck {fingerprint}, an einem früheren Tag registriert). Diese Karte ersetzt sie: Ab jetzt werden mit den alten Schlüsseln signierte Datenpakete hier abgelehnt, und Ihre Datenpakete werden für den neuen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation>Die Schlüssel eines Büros ändern sich nur, wenn es sie bewusst ändert (neuer oder verlorener Laptop). Wenn {name} Ihnen keinen Schlüsselwechsel mitgeteilt hat, ersetzen Sie den Schlüssel nicht: Rufen Sie zuerst dort an.</translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation>Bevor Sie {name} vertrauen, vergleichen Sie diesen Fingerabdruck mit dem Büro: Rufen Sie an und lassen Sie sich den eigenen Fingerabdruck vorlesen (das Fenster zeigt ihn unter „Partner und Schlüssel“), oder scannen Sie den angezeigten QR-Code. Fahren Sie nur fort, wenn jede Gruppe übereinstimmt.</translation>
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
        <translation>Besuchende Organisation</translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation>Ihr Cluster (bei einem KMU als Besucher)</translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation>Gastgebende Organisation (falls bekannt)</translation>
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
        <translation>Anmelden</translation>
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
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Geknüpfte Kontakte</translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation>Unterzeichnete oder geplante Vereinbarungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>würde einen ClusterXchange-Austausch empfehlen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>no host yet</source>
        <translation>noch kein Gastgeber</translation>
    </message>
    <message>
        <source>{visitor} → {host}</source>
        <translation>{visitor} → {host}</translation>
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
        <translation>&lt;b&gt;{period}&lt;/b&gt; (Zahlen vom {start} bis {end}): durchgeführte Austausche &lt;b&gt;{held} von {target}&lt;/b&gt;, laufend oder abgeschlossen {live}; Mitglieder &lt;b&gt;{members}&lt;/b&gt; (einmal gezählt); erreichte Organisationen {reached}; Veranstaltungen {events}, Teilnehmer {participants}; gemeldete Personenmonate {declared} von {planned} geplanten; gezahlt {paid}</translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation>Berichtspaket als Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation>Berichtspaket als PDF exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
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
        <translation>Gesamtes Projekt (ab {start})</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation>Zeitraum {number} ({start} bis {end})</translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation>Gesamtes Projekt (ab {start}), Stand {as_of}</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation>Zeitraum {number} ({start} bis {end}), Stand {as_of}</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation>Schlüssel von {name} widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation>Widerrufen Sie einen Schlüssel, wenn er verloren, gestohlen oder von {name} nicht mehr verwendet wird (Fingerabdruck {value}).</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation>Ab jetzt werden mit diesem Schlüssel signierte Datenpakete hier abgelehnt, und Ihre Datenpakete werden nicht mehr für {name} verschlüsselt. Einem widerrufenen Schlüssel wird nie wieder vertraut: nur einer neuen Karte, nachdem {name} die Schlüssel geändert hat.</translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation>Ihr nächstes Datenpaket teilt jedem Partner mit, dass dieser Schlüssel widerrufen ist, damit auch sie ihm nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation>Dies ist der Koordinator: Sie können keine Datenpakete senden, bis Sie die neue Karte des Koordinators registrieren.</translation>
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
        <translation>Schlüssel dieses Büros ändern</translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation>Für {office_name} werden neue Schlüssel erstellt. Ändern Sie sie, wenn der Laptop mit den Schlüsseln verloren oder gestohlen wurde, wenn jemand mit Kenntnis der Passphrase ausgeschieden ist, oder einmal im Jahr.</translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation>Was das bedeutet: Ab jetzt werden Ihre Datenpakete mit dem neuen Schlüssel signiert. Jeder Partner, der Ihre aktuelle Karte registriert hat, lehnt sie ab, bis er Ihre neue Karte registriert. Senden Sie die neue Karte daher an jeden Partner (und an den Koordinator) und vergleichen Sie den neuen Fingerabdruck in einem Telefonat. Die alten Schlüssel bleiben stillgelegt erhalten: Bereits für sie verschlüsselte Datenpakete lassen sich hier weiterhin öffnen.</translation>
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
        <translation>Die neuen Schlüssel sind durch dieselbe Passphrase geschützt.</translation>
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
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation>ebenfalls akzeptiert</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht verlangt</translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation>Geld und Dauer, Obergrenze</translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation>Geld und Dauer, Halbierung (Arbeitstage)</translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation>Geld und Dauer, Halbierung (km)</translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation>Geld und Dauer, kürzester Aufenthalt</translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation>Geld und Dauer, längster Aufenthalt</translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation>Geld und Dauer, Zahlung innerhalb von</translation>
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
        <translation>Schreibgeschützt: Der Koordinator (BPT) verwaltet die Regeln; sie kommen mit seinem Datenpaket.</translation>
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
        <source>Version {version} of the programme rules came in while this window was open (another window or an imported bundle); the form now shows it.</source>
        <translation>Version {version} der Programmregeln ist eingetroffen, während dieses Fenster geöffnet war (aus einem anderen Fenster oder durch ein importiertes Datenpaket); das Formular zeigt sie jetzt.</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while you edited them (another window or an imported bundle). Publishing makes your version the newest; Close keeps theirs.</source>
        <translation>Version {version} der Programmregeln ist eingetroffen, während Sie sie bearbeitet haben (aus einem anderen Fenster oder durch ein importiertes Datenpaket). Veröffentlichen macht Ihre Version zur neuesten; Schließen behält die andere.</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation> Tage nach dem Austausch</translation>
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
        <translation>Organisationsart</translation>
    </message>
    <message>
        <source>May visit</source>
        <translation>Darf besuchen</translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation>Muss Mitglied sein</translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation>Muss ihr Cluster angeben</translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation>{type}: darf besuchen</translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation>{type}: muss Mitglied sein</translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation>{type}: muss ihr Cluster angeben</translation>
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
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
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
        <translation>(keine)</translation>
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
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation>{name}, {role}, beschäftigt seit {date}</translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation>{name}, beschäftigt seit {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} Stunden pro Woche</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Vorgesetzte(r): {name}</translation>
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
        <translation>Noch keine Mitarbeiter. Fügen Sie die Personen hinzu, die an BLUES arbeiten, um ihre Stundenzettel auszufüllen.</translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation>Mitarbeiter hinzufügen, dessen Stunden erfasst werden</translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation>Ausgewählten Mitarbeiter bearbeiten</translation>
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
        <translation>Die Stunden von {name} für {month} sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Fügen Sie die Mitarbeiter des Büros hinzu, um ihre Stundenzettel auszufüllen.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation>Mitarbeiter des Büros {office}: schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation>Am {date} von {name} freigegeben: gesperrt. Öffnen Sie ihn mit Angabe eines Grundes wieder, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation>Die Stunden weichen von den freigegebenen ab (Inhalts-Fingerabdruck).</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>Wieder geöffnet: {reason}</translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation>Freigegeben: {names}</translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation>Freigegeben: keine</translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation>Nicht freigegeben — {name}: {reason}</translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation>{month} freigeben</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>{month} wird freigegeben…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation>Name, E-Mail und Funktion von {name} aus dem Datensatz und seinem Verlauf löschen? Die Stunden bleiben als Nachweise der Förderung erhalten, angezeigt als „{ERASED}“; die bei der Freigabe gedruckten PDFs werden gelöscht (die Stunden können erneut gedruckt werden). Die Löschung wird mit den Datenpaketen übertragen und kann nicht rückgängig gemacht werden.

Auf wessen Wunsch und warum?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation>Der neue Mitarbeiter ist gespeichert und in der Liste ausgewählt.</translation>
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
        <translation>Leere Tage füllen</translation>
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
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} geschrieben.</numerusform>
            <numerusform>%n Zeilen nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>Sie betreffen %n Mitarbeiter.</numerusform>
            <numerusform>Sie betreffen %n Mitarbeiter.</numerusform>
        </translation>
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
        <translation>Das Fenster von BLUES Desktop starten.</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation>Die Karte des Koordinators ({code}) ist registriert: Sie können Datenpakete senden und empfangen.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation>Die Karte des Koordinators ist noch nicht registriert: Registrieren Sie sie unter „Partner und Schlüssel“, bevor Sie ein Datenpaket senden.</translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation>Die Karte jedes Partners ist registriert ({trusted}).</translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation>Noch keine Partnerkarte registriert ({missing}): Registrieren Sie sie, um Datenpakete auszutauschen.</translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation>Registrierte Karten: {trusted}. Nicht registriert (oder widerrufen): {missing}.</translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation>Die Bürokarte als QR-Code. Bei einem Telefonat scannt Ihr Partner ihn mit dem Handy und vergleicht den angezeigten Fingerabdruck mit dem in seinem Fenster.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(das ganze Land)</translation>
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
        <translation>Bürokarten (*.json *.card);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Rechtlicher Name *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation>Branchen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation>Mitglied seit (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation>Mitglied bis (JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation>In BLUES Desktop ist ein unerwarteter Fehler aufgetreten. Ihre Daten sind so wie vor dieser Aktion. Sie können weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Mitgliederlisten (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>import_tables</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changes: {fields}</source>
        <translation>Änderungen: {fields}</translation>
    </message>
    <message>
        <source>already in the register</source>
        <translation>bereits im Register</translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation>Organisation oder Kontakt</translation>
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
        <translation>Stadt</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>contact: {name} ({organisation})</source>
        <translation>Kontakt: {name} ({organisation})</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>REFUSED {exc}</source>
        <translation>ABGELEHNT {exc}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Infotag</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Matchmaking</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studienbesuch</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Partnertreffen</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation>Reiserechnung oder Fahrkarte</translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation>Unterkunftsrechnung</translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation>Bordkarte</translation>
    </message>
    <message>
        <source>The exchange met the objectives set in the Commitment to Quality</source>
        <translation>Der Austausch hat die in der Qualitätsverpflichtung festgelegten Ziele erreicht</translation>
    </message>
    <message>
        <source>The host organisation was well prepared and helpful</source>
        <translation>Die Gastorganisation war gut vorbereitet und hilfsbereit</translation>
    </message>
    <message>
        <source>The exchange gave me useful business contacts</source>
        <translation>Der Austausch hat mir nützliche Geschäftskontakte gebracht</translation>
    </message>
    <message>
        <source>I learnt something I will use in my organisation</source>
        <translation>Ich habe etwas gelernt, das ich in meiner Organisation anwenden werde</translation>
    </message>
    <message>
        <source>The support of the partnership before and during the stay</source>
        <translation>Die Unterstützung durch die Partnerschaft vor und während des Aufenthalts</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation>von der Partnerschaft bestätigt</translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation>vermittelt (Gastgeber und Besucher haben angenommen)</translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation>Qualitätsverpflichtung unterzeichnet</translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation>Finanzvereinbarung unterzeichnet</translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation>Austausch durchgeführt</translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation>Abschlussbericht eingereicht</translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation>Abschlussbericht bestätigt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Weitere Angabe</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation>Forschungs- oder Technologiezentrum</translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation>Organisation zur Unterstützung von Scale-ups</translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation>Clusterorganisation</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Öffentliche Einrichtung</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Sonstige Organisation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>link between organisations</source>
        <translation>Verknüpfung zwischen Organisationen</translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation>Verknüpfungen zwischen Organisationen</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation>Austauschschritt</translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation>Austauschschritte</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation>Abschlussberichte</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>gespeicherte Datei</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>gespeicherte Dateien</translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation>Programmregeln</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>event day</source>
        <translation>Veranstaltungstag</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>Veranstaltungstage</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>Anwesenheitsvermerk</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>Anwesenheitsvermerke</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>staff members</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation>Stundenzettelzeile</translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation>Stundenzettelzeilen</translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation>Stundenzettelmonat</translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation>Stundenzettelmonate</translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation>geplanter Aufwand</translation>
    </message>
    <message>
        <source>office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>Büros</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>Datenpaket</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>Datenpakete</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation>ECCP-Profil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Name für den Abgleich</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Suchbegriffe</translation>
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
        <source>Title</source>
        <comment>a person&apos;s title: Dr., Prof.</comment>
        <translation>Titel</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Zweck der Einwilligung</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Quelle der Einwilligung</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>Dieselbe Organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Besuchende Organisation</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation>Cluster des Besuchers</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgebende Organisation</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerschaft des Besuchers</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation>Partnerschaft des Gastgebers</translation>
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
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Entfernung (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation>Entfernung eingegeben</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Präferenzen</translation>
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
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation>Pauschale (EUR)</translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation>Version der Programmregeln</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Vereinbarungsnummer</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Grund für die Ausnahme</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund für die Stornierung</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation>Gastgeber hat angenommen am</translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation>Besucher hat angenommen am</translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation>Vereinbarung ausgestellt am</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Von Schritt</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Zu Schritt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Geknüpfte Kontakte</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Würde weiterempfehlen</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Eingereicht am</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art des Datensatzes</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Art der Datei</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the name of an event</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Mitveranstalter</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Veranstaltungstag</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Beigetreten um</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Beschäftigt seit</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Beschäftigt bis</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation>Produktive Stunden pro Jahr</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Feiertagsregion</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation>Prüfsumme der Stunden</translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation>Prüfsumme des unterschriebenen PDFs</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Grund für das Wiederöffnen</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Für Büro</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Zusammengeführte Datensätze</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationsart</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Vollständiger Name des Kontakts</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation>Wer besuchen darf</translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation>COSME-Länder</translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation>Vereinigtes Königreich nimmt teil bis</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Bewertungsfragen</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation>PDF des freigegebenen Stundenzettels</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Dieses Büro eingerichtet</translation>
    </message>
    <message>
        <source>Registered an office card</source>
        <translation>Bürokarte registriert</translation>
    </message>
    <message>
        <source>Replaced an office&apos;s key</source>
        <translation>Schlüssel eines Büros ersetzt</translation>
    </message>
    <message>
        <source>Revoked an office&apos;s key</source>
        <translation>Schlüssel eines Büros widerrufen</translation>
    </message>
    <message>
        <source>Changed this office&apos;s keys</source>
        <translation>Schlüssel dieses Büros geändert</translation>
    </message>
    <message>
        <source>Partner registry updated from a bundle</source>
        <translation>Partnerverzeichnis aus einem Paket aktualisiert</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demodaten hinzugefügt</translation>
    </message>
    <message>
        <source>Imported a bundle</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>Exported a bundle</source>
        <translation>Paket exportiert</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed a user</source>
        <translation>Benutzer umbenannt</translation>
    </message>
    <message>
        <source>Merged from a bundle</source>
        <translation>Aus einem Paket übernommen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation>WP1 Kompetenzentwicklung und Strategieaufbau</translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation>WP2 Gemeinsame Aktivitäten</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation>WP3 ClusterXchange-Pilotprogramm</translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation>WP4 Öffentlichkeitsarbeit und Sensibilisierung</translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation>WP5 Projektmanagement</translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation>Urlaub (Jahresurlaub)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation>Sonstige Tätigkeiten außerhalb von BLUES</translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation>WP1 Kompetenzen und Strategie</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation>WP3 ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation>WP4 Öffentlichkeitsarbeit</translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation>Nicht BLUES</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Freigegeben (gesperrt)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation>Noch keine Organisationen im Verzeichnis. Fügen Sie eine hinzu oder importieren Sie Ihre Mitgliederliste aus einer Tabelle.</translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation>Keine Organisation entspricht der Suche oder den Filtern.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Exchanges held (toward the target of 50)</source>
        <translation>Durchgeführte Austausche (Ziel: 50)</translation>
    </message>
    <message>
        <source>Exchanges under way or done</source>
        <translation>Laufende oder abgeschlossene Austausche</translation>
    </message>
    <message>
        <source>Exchanges cancelled or withdrawn</source>
        <translation>Abgesagte oder zurückgezogene Austausche</translation>
    </message>
    <message>
        <source>Lump sums paid (EUR)</source>
        <translation>Ausgezahlte Pauschalen (EUR)</translation>
    </message>
    <message>
        <source>Lump sums committed (EUR)</source>
        <translation>Zugesagte Pauschalen (EUR)</translation>
    </message>
    <message>
        <source>Lump sums still planned (EUR)</source>
        <translation>Noch geplante Pauschalen (EUR)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Member records</source>
        <translation>Mitgliedseinträge</translation>
    </message>
    <message>
        <source>Member organisations (counted once)</source>
        <translation>Mitgliedsorganisationen (einfach gezählt)</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>Neue Mitglieder im Zeitraum</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Erreichte Organisationen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Durchgeführte Veranstaltungen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Hours declared (approved)</source>
        <translation>Gemeldete Stunden (genehmigt)</translation>
    </message>
    <message>
        <source>Hours not yet approved</source>
        <translation>Noch nicht genehmigte Stunden</translation>
    </message>
    <message>
        <source>Person-months declared</source>
        <translation>Gemeldete Personenmonate</translation>
    </message>
    <message>
        <source>Person-months planned</source>
        <translation>Geplante Personenmonate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>{year}-Q{quarter}</source>
        <translation>Q{quarter}/{year}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Exchanges held against the target of {target}</source>
        <translation>Durchgeführte Austausche gemessen am Ziel von {target}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>Noch bis zum Ziel</translation>
    </message>
    <message>
        <source>Exchanges by state on the as-of date</source>
        <translation>Austausche nach Status am Stichtag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exchanges by month of the stay</source>
        <translation>Austausche nach Monat des Aufenthalts</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Exchanges by the partnership that pays the visitor</source>
        <translation>Austausche nach dem Partner, der den Gast bezahlt</translation>
    </message>
    <message>
        <source>Under way or done</source>
        <translation>Laufend oder abgeschlossen</translation>
    </message>
    <message>
        <source>Exchanges by countries (visitor → host)</source>
        <translation>Austausche nach Ländern (Gast → Gastgeber)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Exchanges by type of visiting organisation</source>
        <translation>Austausche nach Art der entsendenden Organisation</translation>
    </message>
    <message>
        <source>Lump sums (EUR)</source>
        <translation>Pauschalen (EUR)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Noch geplant</translation>
    </message>
    <message>
        <source>Member records by partner</source>
        <translation>Mitgliedseinträge nach Partner</translation>
    </message>
    <message>
        <source>Member records by country</source>
        <translation>Mitgliedseinträge nach Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Member records by type</source>
        <translation>Mitgliedseinträge nach Art</translation>
    </message>
    <message>
        <source>New members per quarter</source>
        <translation>Neue Mitglieder pro Quartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Neue Mitglieder</translation>
    </message>
    <message>
        <source>Organisations reached (linked ones counted once)</source>
        <translation>Erreichte Organisationen (verknüpfte einfach gezählt)</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Events or exchanges</source>
        <translation>Veranstaltungen oder Austausche</translation>
    </message>
    <message>
        <source>Events and participants per work package</source>
        <translation>Veranstaltungen und Teilnehmende je Arbeitspaket</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbeitspaket</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Veranstaltungen nach Art</translation>
    </message>
    <message>
        <source>Planned (PM)</source>
        <translation>Geplant (PM)</translation>
    </message>
    <message>
        <source>Declared, approved (PM)</source>
        <translation>Gemeldet, genehmigt (PM)</translation>
    </message>
    <message>
        <source>Not yet approved (PM)</source>
        <translation>Noch nicht genehmigt (PM)</translation>
    </message>
    <message>
        <source>Person-months per work package against the plan</source>
        <translation>Personenmonate je Arbeitspaket im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>Person-months per partner against the plan</source>
        <translation>Personenmonate je Partner im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>Effort per partner and work package</source>
        <translation>Aufwand je Partner und Arbeitspaket</translation>
    </message>
    <message>
        <source>Hours declared</source>
        <translation>Gemeldete Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n der gewählten Anmeldungen gehört zu einer anderen Veranstaltung; nichts wurde entfernt</numerusform>
            <numerusform>%n der gewählten Anmeldungen gehören zu einer anderen Veranstaltung; nichts wurde entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>eine Veranstaltung dauert höchstens %n Tag</numerusform>
            <numerusform>eine Veranstaltung dauert höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>für den Tag {day} ist Anwesenheit erfasst (%n Eintrag); löschen Sie sie, bevor Sie den Tag entfernen</numerusform>
            <numerusform>für den Tag {day} ist Anwesenheit erfasst (%n Einträge); löschen Sie sie, bevor Sie den Tag entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n Zelle)</numerusform>
            <numerusform>{what} (%n Zellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>die Veranstaltung braucht einen Titel</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>der Titel ist länger als 300 Zeichen</translation>
    </message>
    <message>
        <source>unknown event type {value}; use one of {known}</source>
        <translation>unbekannte Veranstaltungsart {value}; verwenden Sie eine von {known}</translation>
    </message>
    <message>
        <source>unknown work package {value}; use one of {known}</source>
        <translation>unbekanntes Arbeitspaket {value}; verwenden Sie eines von {known}</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>die Veranstaltung endet ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates ({start} to {end})</source>
        <translation>der Tag {day} liegt außerhalb der Daten der Veranstaltung ({start} bis {end})</translation>
    </message>
    <message>
        <source>the day {day} is listed twice</source>
        <translation>der Tag {day} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>on {day} the session ends ({end}) before it starts ({start})</source>
        <translation>am {day} endet die Sitzung ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <source>an online event needs its link</source>
        <translation>eine Online-Veranstaltung braucht ihren Link</translation>
    </message>
    <message>
        <source>the link {url} does not start with https://</source>
        <translation>der Link {url} beginnt nicht mit https://</translation>
    </message>
    <message>
        <source>an event on site needs its city</source>
        <translation>eine Präsenzveranstaltung braucht ihre Stadt</translation>
    </message>
    <message>
        <source>an event on site needs its country</source>
        <translation>eine Präsenzveranstaltung braucht ihr Land</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>unbekannter Ländercode {code}</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>der Vorname ist leer</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>der Nachname ist leer</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>unknown gender {value}; use one of {known}</source>
        <translation>unbekanntes Geschlecht {value}; verwenden Sie eines von {known}</translation>
    </message>
    <message>
        <source>unknown organisation type {value}; use one of {known}</source>
        <translation>unbekannte Organisationsart {value}; verwenden Sie eine von {known}</translation>
    </message>
    <message>
        <source>record the GDPR consent (purpose, date and source)</source>
        <translation>erfassen Sie die DSGVO-Einwilligung (Zweck, Datum und Quelle)</translation>
    </message>
    <message>
        <source>the consent needs its purpose</source>
        <translation>die Einwilligung braucht ihren Zweck</translation>
    </message>
    <message>
        <source>the consent needs its source (form, e-mail, sheet)</source>
        <translation>die Einwilligung braucht ihre Quelle (Formular, E-Mail, Liste)</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>{text} ist kein Monat; schreiben Sie ihn als JJJJ-MM, z. B. 2026-03</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value} is not a number of hours</source>
        <translation>{value} ist keine Stundenzahl</translation>
    </message>
    <message>
        <source>{hours} h is negative; hours are 0 or more</source>
        <translation>{hours} h ist negativ; Stunden sind 0 oder mehr</translation>
    </message>
    <message>
        <source>{hours} h is more than a day has (24 h)</source>
        <translation>{hours} h sind mehr, als ein Tag hat (24 h)</translation>
    </message>
    <message>
        <source>{hours} h is not in quarter hours (0.25, 0.5, 0.75)</source>
        <translation>{hours} h ist nicht in Viertelstunden (0,25, 0,5, 0,75)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} the holiday calendar knows; known: {known}</source>
        <translation>{region} ist keine Region von {country}, die der Feiertagskalender kennt; bekannt: {known}</translation>
    </message>
    <message>
        <source>choose the host organisation first</source>
        <translation>wählen Sie zuerst den Gastgeber</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>der Gastgeber</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>der Besucher</translation>
    </message>
    <message>
        <source>waiting for {sides} to accept the match</source>
        <translation>es fehlt noch die Zusage zur Vermittlung: {sides}</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: the closing report is not validated yet</source>
        <translation>Regel „Zahlung“: Der Abschlussbericht ist noch nicht bestätigt</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: attach the evidence first ({names})</source>
        <translation>Regel „Zahlung“: Hängen Sie zuerst die Nachweise an ({names})</translation>
    </message>
    <message>
        <source>not eligible: {problems}</source>
        <translation>nicht förderfähig: {problems}</translation>
    </message>
    <message>
        <source>the Commitment to Quality needs goals, objectives and a day-by-day agenda</source>
        <translation>die Qualitätsverpflichtung braucht Ziele, Vorhaben und ein Tagesprogramm</translation>
    </message>
    <message>
        <source>the lump sum is not computed yet</source>
        <translation>die Pauschale ist noch nicht berechnet</translation>
    </message>
    <message>
        <source>the stay has no last day yet; mark it held once it is over</source>
        <translation>der Aufenthalt hat noch keinen letzten Tag; als durchgeführt markieren, sobald er vorbei ist</translation>
    </message>
    <message>
        <source>the stay ends on {end}; mark it held once it is over</source>
        <translation>der Aufenthalt endet am {end}; als durchgeführt markieren, sobald er vorbei ist</translation>
    </message>
    <message>
        <source>write the closing report (what was done and the results) first</source>
        <translation>schreiben Sie zuerst den Abschlussbericht (was getan wurde und die Ergebnisse)</translation>
    </message>
    <message>
        <source>the exchange is {state}; nothing more can happen</source>
        <translation>der Austausch hat den Status „{state}“; es kann nichts mehr geschehen</translation>
    </message>
    <message>
        <source>moves go in order: from &apos;{state}&apos; the next step is &apos;{expected}&apos;, not &apos;{target}&apos;</source>
        <translation>Schritte folgen der Reihe nach: Nach „{state}“ kommt „{expected}“, nicht „{target}“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{day}, {row}</source>
        <translation>{day}, {row}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} und {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start}); nothing can be entered</source>
        <translation>{name} ist im {month} nicht beschäftigt (beschäftigt ab {start}); es kann nichts eingetragen werden</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start} to {end}); nothing can be entered</source>
        <translation>{name} ist im {month} nicht beschäftigt (beschäftigt vom {start} bis {end}); es kann nichts eingetragen werden</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to open-ended)</source>
        <translation>{cell}: {hours} h außerhalb der Beschäftigung ({start} bis unbefristet)</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to {end})</source>
        <translation>{cell}: {hours} h außerhalb der Beschäftigung ({start} bis {end})</translation>
    </message>
    <message>
        <source>{row} is not a timesheet row</source>
        <translation>{row} ist keine Zeile des Stundenzettels</translation>
    </message>
    <message>
        <source>{day} is not in {month}</source>
        <translation>{day} liegt nicht im {month}</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>{cell}: {hours} h worked on a day of absence ({absence})</source>
        <translation>{cell}: {hours} h gearbeitet an einem Abwesenheitstag ({absence})</translation>
    </message>
    <message>
        <source>{day}: {hours} h worked, more than the maximum of {most} h a day</source>
        <translation>{day}: {hours} h gearbeitet, mehr als das Maximum von {most} h am Tag</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}) with {hours} h worked; confirm the work was done that day</source>
        <translation>{day} ist ein Feiertag ({holiday}) mit {hours} h Arbeit; bestätigen Sie, dass an diesem Tag gearbeitet wurde</translation>
    </message>
    <message>
        <source>{day} is a weekend day with {hours} h worked</source>
        <translation>{day} ist ein Wochenendtag mit {hours} h Arbeit</translation>
    </message>
    <message>
        <source>{day} is marked as a public holiday but is none in the calendar</source>
        <translation>{day} ist als Feiertag markiert, ist aber laut Kalender keiner</translation>
    </message>
    <message>
        <source>{worked} h worked in {month}, more than the {contracted} h contracted; add a note that explains the extra hours</source>
        <translation>{worked} h gearbeitet im {month}, mehr als die vertraglichen {contracted} h; fügen Sie eine Notiz hinzu, die die Mehrstunden erklärt</translation>
    </message>
    <message>
        <source>{hours} h on BLUES in {month}, more than the month&apos;s productive hours ({monthly} h = {annual} / 12)</source>
        <translation>{hours} h für BLUES im {month}, mehr als die produktiven Stunden des Monats ({monthly} h = {annual} / 12)</translation>
    </message>
    <message>
        <source>day {day} is not a day of {event}</source>
        <translation>Tag {day} ist kein Tag von {event}</translation>
    </message>
    <message>
        <source>registration {id} is not in {event}</source>
        <translation>Anmeldung {id} gehört nicht zu {event}</translation>
    </message>
    <message>
        <source>join time {time} is not HH:MM</source>
        <translation>Beitrittszeit {time} ist nicht HH:MM</translation>
    </message>
    <message>
        <source>give at least 6 characters of the event id, not {key}</source>
        <translation>geben Sie mindestens 6 Zeichen der Veranstaltungs-ID an, nicht {key}</translation>
    </message>
    <message>
        <source>no event with id {key} (see `blues events list`)</source>
        <translation>keine Veranstaltung mit der ID {key} (siehe `blues events list`)</translation>
    </message>
    <message>
        <source>more than one event id starts with {key}; give more of it</source>
        <translation>mehr als eine Veranstaltungs-ID beginnt mit {key}; geben Sie mehr davon an</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <source>no person with id {id}</source>
        <translation>keine Person mit der ID {id}</translation>
    </message>
    <message>
        <source>{name} is already registered for {event} (row {row} of the sheet)</source>
        <translation>{name} ist bereits für {event} angemeldet (Zeile {row} der Liste)</translation>
    </message>
    <message>
        <source>the same person is picked twice</source>
        <translation>dieselbe Person ist zweimal gewählt</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>keine Organisation mit der ID {id}</translation>
    </message>
    <message>
        <source>choose who to remove first</source>
        <translation>wählen Sie zuerst, wer entfernt werden soll</translation>
    </message>
    <message>
        <source>{kinds} have no History view</source>
        <translation>{kinds} haben keine Verlaufsansicht</translation>
    </message>
    <message>
        <source>{name}, {month}</source>
        <translation>{name}, {month}</translation>
    </message>
    <message>
        <source>Organisation {record}</source>
        <translation>Organisation {record}</translation>
    </message>
    <message>
        <source>Contact {record}</source>
        <translation>Kontakt {record}</translation>
    </message>
    <message>
        <source>Exchange {record}</source>
        <translation>Austausch {record}</translation>
    </message>
    <message>
        <source>Event {record}</source>
        <translation>Veranstaltung {record}</translation>
    </message>
    <message>
        <source>Timesheet month {record}</source>
        <translation>Stundenzettelmonat {record}</translation>
    </message>
    <message>
        <source>Hours entered for {name}</source>
        <translation>Stunden eingetragen für {name}</translation>
    </message>
    <message>
        <source>Hours changed for {name}</source>
        <translation>Stunden geändert für {name}</translation>
    </message>
    <message>
        <source>Hours cleared for {name}</source>
        <translation>Stunden gelöscht für {name}</translation>
    </message>
    <message>
        <source>Hours entered again for {name}</source>
        <translation>Stunden erneut eingetragen für {name}</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} für {name}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>{office} bundle {number}</source>
        <translation>{office} Paket {number}</translation>
    </message>
    <message>
        <source>{action}: {subject}</source>
        <translation>{action}: {subject}</translation>
    </message>
    <message>
        <source>{kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>Added with an event registration</source>
        <translation>Mit einer Veranstaltungsanmeldung hinzugefügt</translation>
    </message>
    <message>
        <source>Added as an event participant</source>
        <translation>Als Veranstaltungsteilnehmer hinzugefügt</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Veranstaltung gelöscht</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig gemacht</translation>
    </message>
    <message>
        <source>Reopened: {why}</source>
        <translation>Wieder geöffnet: {why}</translation>
    </message>
    <message>
        <source>Merged from {name}</source>
        <translation>Zusammengeführt aus {name}</translation>
    </message>
    <message>
        <source>Merged into {name}</source>
        <translation>Zusammengeführt in {name}</translation>
    </message>
    <message>
        <source>Merged from bundle {number} of {office}: {subject}</source>
        <translation>Übernommen aus Paket {number} von {office}: {subject}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Changed at {office}</source>
        <translation>Geändert bei {office}</translation>
    </message>
    <message>
        <source>an office unknown here</source>
        <translation>ein hier unbekanntes Büro</translation>
    </message>
    <message>
        <source>a person not on this computer</source>
        <translation>eine Person, die nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>an organisation not on this computer</source>
        <translation>eine Organisation, die nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>an exchange not on this computer</source>
        <translation>ein Austausch, der nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>an event not on this computer</source>
        <translation>eine Veranstaltung, die nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>a timesheet month not on this computer</source>
        <translation>ein Stundenzettel-Monat, der nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>a registration not on this computer</source>
        <translation>eine Anmeldung, die nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>an event day not on this computer</source>
        <translation>ein Veranstaltungstag, der nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>an {kind}</source>
        <translation>ein Datensatz „{kind}“</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>an unknown {kind}</source>
        <translation>ein unbekannter Datensatz „{kind}“</translation>
    </message>
    <message>
        <source>of {record}</source>
        <translation>von {record}</translation>
    </message>
    <message>
        <source>{record}</source>
        <translation>{record}</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>of an unknown {kind}</source>
        <translation>von einem unbekannten Datensatz „{kind}“</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>of {office} on {work_package}</source>
        <translation>von {office} für {work_package}</translation>
    </message>
    <message>
        <source>kept by office {office}</source>
        <translation>geführt vom Büro {office}</translation>
    </message>
    <message>
        <source>the {kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the record it belongs to</source>
        <translation>der Datensatz, zu dem es gehört</translation>
    </message>
    <message>
        <source>{at} UTC</source>
        <translation>{at} UTC</translation>
    </message>
    <message>
        <source>only the coordinator sets the planned effort; it reaches the partners in the coordinator&apos;s bundle</source>
        <translation>nur der Koordinator legt den geplanten Aufwand fest; er erreicht die Partner mit dem Paket des Koordinators</translation>
    </message>
    <message>
        <source>{office} is not a BLUES office</source>
        <translation>{office} ist kein BLUES-Büro</translation>
    </message>
    <message>
        <source>{wp} is not a work package (WP1–WP5)</source>
        <translation>{wp} ist kein Arbeitspaket (WP1–WP5)</translation>
    </message>
    <message>
        <source>{value} person-months is outside 0–600</source>
        <translation>{value} Personenmonate liegen außerhalb von 0–600</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} is approved and locked; reopen it with a reason to change it</source>
        <translation>der Stundenzettel von {name} für {month} ist genehmigt und gesperrt; öffnen Sie ihn mit einer Begründung wieder, um ihn zu ändern</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be submitted: {problems}</source>
        <translation>der Stundenzettel von {name} für {month} kann nicht eingereicht werden: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be approved: {problems}</source>
        <translation>der Stundenzettel von {name} für {month} kann nicht genehmigt werden: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} is already approved</source>
        <translation>{month} von {name} ist bereits genehmigt</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has no hours to submit</source>
        <translation>{month} von {name} hat keine Stunden zum Einreichen</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has not been submitted; the person submits it before the supervisor approves</source>
        <translation>{month} von {name} wurde nicht eingereicht; die Person reicht ihn ein, bevor die vorgesetzte Person genehmigt</translation>
    </message>
    <message>
        <source>{name} cannot approve their own timesheet; their supervisor does</source>
        <translation>{name} kann den eigenen Stundenzettel nicht genehmigen; das tut die vorgesetzte Person</translation>
    </message>
    <message>
        <source>say why the approved month is reopened</source>
        <translation>geben Sie an, warum der genehmigte Monat wieder geöffnet wird</translation>
    </message>
    <message>
        <source>the timesheet for {month} is not approved</source>
        <translation>der Stundenzettel für {month} ist nicht genehmigt</translation>
    </message>
    <message>
        <source>not approved: the batch was cancelled</source>
        <translation>nicht genehmigt: der Stapel wurde abgebrochen</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>der Vorname ist erforderlich</translation>
    </message>
    <message>
        <source>the last name is required</source>
        <translation>der Nachname ist erforderlich</translation>
    </message>
    <message>
        <source>the employment ends ({end}) before it starts ({start})</source>
        <translation>die Beschäftigung endet ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <source>{hours} h a week is not a contract (1–60 h)</source>
        <translation>{hours} h pro Woche sind kein Vertrag (1–60 h)</translation>
    </message>
    <message>
        <source>weekly hours are entered in quarter hours</source>
        <translation>Wochenstunden werden in Viertelstunden eingetragen</translation>
    </message>
    <message>
        <source>{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)</source>
        <translation>{hours} produktive Jahresstunden liegen außerhalb von 100–2.200 (der EU-Standard ist 1.720)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} for public holidays (known: {known})</source>
        <translation>{region} ist keine Region von {country} für Feiertage (bekannt: {known})</translation>
    </message>
    <message>
        <source>a person cannot supervise themself</source>
        <translation>eine Person kann nicht ihre eigene vorgesetzte Person sein</translation>
    </message>
    <message>
        <source>no staff member with id {id}</source>
        <translation>kein Mitarbeiter mit der ID {id}</translation>
    </message>
    <message>
        <source>say on whose request and why the data is erased</source>
        <translation>geben Sie an, auf wessen Wunsch und warum die Daten gelöscht werden</translation>
    </message>
    <message>
        <source>an erasure needs a reason: say on whose request and why</source>
        <translation>eine Löschung braucht einen Grund: geben Sie an, auf wessen Antrag und warum</translation>
    </message>
    <message>
        <source>the number&apos;s checksum or check digit is invalid</source>
        <translation>die Prüfsumme oder Prüfziffer der Nummer ist ungültig</translation>
    </message>
    <message>
        <source>the number has an invalid length</source>
        <translation>die Nummer hat eine ungültige Länge</translation>
    </message>
    <message>
        <source>the number has an invalid format</source>
        <translation>die Nummer hat ein ungültiges Format</translation>
    </message>
    <message>
        <source>one of the parts of the number are invalid or unknown</source>
        <translation>ein Teil der Nummer ist ungültig oder unbekannt</translation>
    </message>
    <message>
        <source>the number is not valid</source>
        <translation>die Nummer ist ungültig</translation>
    </message>
    <message>
        <source>check digit fails (VAT number and registration number)</source>
        <translation>Prüfziffer stimmt nicht (USt-IdNr. und Registernummer)</translation>
    </message>
    <message>
        <source>check digit fails (VAT number)</source>
        <translation>Prüfziffer stimmt nicht (USt-IdNr.)</translation>
    </message>
    <message>
        <source>check digit fails (registration number)</source>
        <translation>Prüfziffer stimmt nicht (Registernummer)</translation>
    </message>
    <message>
        <source>{number} is not a valid VAT number ({reason})</source>
        <translation>{number} ist keine gültige USt-IdNr. ({reason})</translation>
    </message>
    <message>
        <source>{number} is a VAT number of {prefix}, not of {country}</source>
        <translation>{number} ist eine USt-IdNr. aus {prefix}, nicht aus {country}</translation>
    </message>
    <message>
        <source>{number} is not a valid registration number ({reason})</source>
        <translation>{number} ist keine gültige Registernummer ({reason})</translation>
    </message>
    <message>
        <source>{url} is not a web address</source>
        <translation>{url} ist keine Webadresse</translation>
    </message>
    <message>
        <source>the legal name is required</source>
        <translation>der rechtliche Name ist erforderlich</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>das Land ist erforderlich</translation>
    </message>
    <message>
        <source>membership cannot end before it starts</source>
        <translation>die Mitgliedschaft kann nicht vor ihrem Beginn enden</translation>
    </message>
    <message>
        <source>{listed}, {next}</source>
        <translation>{listed}, {next}</translation>
    </message>
    <message>
        <source>choose one of: {types}</source>
        <translation>wählen Sie eines davon: {types}</translation>
    </message>
    <message>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} ist kein Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>ein Kontakt braucht einen Namen oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{language} is not a two-letter language code (e.g. de, cs)</source>
        <translation>{language} ist kein zweibuchstabiger Sprachcode (z. B. de, cs)</translation>
    </message>
    <message>
        <source>consent cannot be given in the future</source>
        <translation>eine Einwilligung kann nicht in der Zukunft erteilt werden</translation>
    </message>
    <message>
        <source>say what the consent was given for</source>
        <translation>geben Sie an, wofür die Einwilligung erteilt wurde</translation>
    </message>
    <message>
        <source>give the user&apos;s name: it is recorded with every change they make</source>
        <translation>geben Sie den Namen der Person an: Er wird bei jeder ihrer Änderungen festgehalten</translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>ein Benutzername hat höchstens&#xa0;%n Zeichen</numerusform>
            <numerusform>ein Benutzername hat höchstens&#xa0;%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>a user&apos;s name cannot hold control characters</source>
        <translation>ein Benutzername darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>{name} is already a user on this computer</source>
        <translation>{name} ist auf diesem Computer bereits ein Benutzer</translation>
    </message>
    <message>
        <source>only the coordinator ({office}) links organisations across offices</source>
        <translation>nur die Koordination ({office}) verknüpft Organisationen verschiedener Büros</translation>
    </message>
    <message>
        <source>{first} and {second} are both registered by {office}; that office merges its own duplicates</source>
        <translation>{first} und {second} sind beide von {office} erfasst; dieses Büro führt seine eigenen Duplikate zusammen</translation>
    </message>
    <message>
        <source>there is no deleted organisation to bring back</source>
        <translation>es gibt keine gelöschte Organisation zum Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… und&#xa0;%n weiteres Problem (siehe Problembericht)</numerusform>
            <numerusform>… und&#xa0;%n weitere Probleme (siehe Problembericht)</numerusform>
        </translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} ist kein Datum</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-05-31 or 31.05.2024)</source>
        <translation>{value} ist kein Datum (schreiben Sie es als 2024-05-31 oder 31.05.2024)</translation>
    </message>
    <message>
        <source>{value} is not a known organisation type</source>
        <translation>{value} ist kein bekannter Organisationstyp</translation>
    </message>
    <message>
        <source>the country is empty</source>
        <translation>das Land ist leer</translation>
    </message>
    <message>
        <source>{value} is not a country name or ISO code</source>
        <translation>{value} ist kein Ländername und kein ISO-Code</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ist weder Ja noch Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n Zeile zurückgestellt</numerusform>
            <numerusform>%n Zeilen zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>%n Zeile wird importiert, {set_aside} ({repeated} wiederholt und übersprungen)</numerusform>
            <numerusform>%n Zeilen werden importiert, {set_aside} ({repeated} wiederholt und übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>%n Zeile wird importiert, {set_aside}</numerusform>
            <numerusform>%n Zeilen werden importiert, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>%n Zeile gelesen: {organisations_new} neue und {organisations_changed} geänderte Organisationen, {contacts_new} neue und {contacts_changed} geänderte Kontakte; {errors}, {warnings}</numerusform>
            <numerusform>%n Zeilen gelesen: {organisations_new} neue und {organisations_changed} geänderte Organisationen, {contacts_new} neue und {contacts_changed} geänderte Kontakte; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet {sheet} is empty and was skipped</source>
        <translation>Blatt {sheet} ist leer und wurde übersprungen</translation>
    </message>
    <message>
        <source>sheet {sheet} has no recognisable header and was skipped</source>
        <translation>Blatt {sheet} hat keine erkennbare Kopfzeile und wurde übersprungen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no sheet has a recognisable header (a row naming at least the organisation and one more column, e.g. &apos;Legal name&apos; and &apos;Country&apos;)</source>
        <translation>kein Blatt hat eine erkennbare Kopfzeile (eine Zeile, die mindestens die Organisation und eine weitere Spalte nennt, z. B. „Legal name“ und „Country“)</translation>
    </message>
    <message>
        <source>{said}; {note}</source>
        <translation>{said}; {note}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no value (open the file, let it calculate, save it and import it again)</source>
        <translation>Zelle {cell} enthält eine Formel ohne Wert (öffnen Sie die Datei, lassen Sie sie berechnen, speichern Sie sie und importieren Sie sie erneut)</translation>
    </message>
    <message>
        <source>the same as row {row}; skipped</source>
        <translation>gleich wie Zeile {row}; übersprungen</translation>
    </message>
    <message>
        <source>this column holds data that will be ignored (no field is chosen for it); choose one in the mapping step if it should be imported</source>
        <translation>diese Spalte enthält Daten, die ignoriert werden (kein Feld ist ihr zugeordnet); wählen Sie bei der Spaltenzuordnung eines, wenn sie importiert werden soll</translation>
    </message>
    <message>
        <source>no single organisation named {name} in the file or the register</source>
        <translation>keine eindeutige Organisation namens {name} in der Datei oder im Register</translation>
    </message>
    <message>
        <source>{name} belongs to office {office}; only that office can change it, so the row was left out</source>
        <translation>{name} gehört zum Büro {office}; nur dieses Büro kann sie ändern, daher wurde die Zeile ausgelassen</translation>
    </message>
    <message>
        <source>differs from row {row} ({kept}); the value of row {row} is kept</source>
        <translation>weicht von Zeile {row} ab ({kept}); der Wert aus Zeile {row} bleibt</translation>
    </message>
    <message>
        <source>looks like {name} (office {office}, {score}% similar); it will be added as a new organisation — merge them in the register if they are the same</source>
        <translation>ähnelt {name} (Büro {office}, {score}&#xa0;% ähnlich); sie wird als neue Organisation hinzugefügt – führen Sie beide im Register zusammen, wenn sie dieselbe sind</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it, remove the password (or save a copy without it) and import that copy</source>
        <translation>die Arbeitsmappe ist kennwortgeschützt; öffnen Sie sie, entfernen Sie das Kennwort (oder speichern Sie eine Kopie ohne) und importieren Sie diese Kopie</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file</source>
        <translation>wählen Sie eine Arbeitsmappe (.xlsx, .xlsm, .xls, .ods) oder eine .csv-Datei</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden and was skipped</source>
        <translation>Blatt {sheet} ist ausgeblendet und wurde übersprungen</translation>
    </message>
    <message>
        <source>sheet {sheet} is a chart, not a table, and was skipped</source>
        <translation>Blatt {sheet} ist ein Diagramm, keine Tabelle, und wurde übersprungen</translation>
    </message>
    <message>
        <source>the workbook cannot be read; it may be damaged or saved by a very old Excel (before Excel 97): open it and save it as .xlsx, then import that</source>
        <translation>die Arbeitsmappe kann nicht gelesen werden; sie ist vielleicht beschädigt oder mit einem sehr alten Excel (vor Excel 97) gespeichert: öffnen Sie sie, speichern Sie sie als .xlsx und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read; open it in the program that made it, save it again and import that copy</source>
        <translation>die Arbeitsmappe ist beschädigt und kann nicht gelesen werden; öffnen Sie sie in dem Programm, mit dem sie erstellt wurde, speichern Sie sie erneut und importieren Sie diese Kopie</translation>
    </message>
    <message>
        <source>the file is not a readable CSV list ({reason})</source>
        <translation>die Datei ist keine lesbare CSV-Liste ({reason})</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>Blatt {sheet}, Zeile {row}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: {problem}</source>
        <translation>Blatt {sheet}, Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>der Name der Organisation ist leer</translation>
    </message>
    <message>
        <source>{problem}; imported as typed and flagged &apos;check digit fails&apos;</source>
        <translation>{problem}; wie eingegeben importiert und als „Prüfziffer stimmt nicht“ markiert</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>das Land fehlt</translation>
    </message>
    <message>
        <source>this column holds a name ({name}) but is not read; map it (e.g. to First name) so the contact is saved with the whole name</source>
        <translation>diese Spalte enthält einen Namen ({name}), wird aber nicht gelesen; ordnen Sie sie zu (z. B. Vorname), damit der Kontakt mit dem ganzen Namen gespeichert wird</translation>
    </message>
    <message>
        <source>Likely the same organisation</source>
        <translation>Wahrscheinlich dieselbe Organisation</translation>
    </message>
    <message>
        <source>Possibly the same organisation</source>
        <translation>Möglicherweise dieselbe Organisation</translation>
    </message>
    <message>
        <source>Probably two different organisations</source>
        <translation>Wahrscheinlich zwei verschiedene Organisationen</translation>
    </message>
    <message>
        <source>VAT number ({vat})</source>
        <translation>USt-IdNr. ({vat})</translation>
    </message>
    <message>
        <source>name, once legal forms, accents and case are ignored</source>
        <translation>Name, ohne Rechtsform, Akzente und Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>name, {score}% alike once legal forms, accents and case are ignored</source>
        <translation>Name, zu {score}&#xa0;% gleich ohne Rechtsform, Akzente und Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>name ({score}% alike)</source>
        <translation>Name (zu {score}&#xa0;% gleich)</translation>
    </message>
    <message>
        <source>VAT number ({first} and {second})</source>
        <translation>USt-IdNr. ({first} und {second})</translation>
    </message>
    <message>
        <source>country ({first} and {second})</source>
        <translation>Land ({first} und {second})</translation>
    </message>
    <message>
        <source>legal form ({first} and {second})</source>
        <translation>Rechtsform ({first} und {second})</translation>
    </message>
    <message>
        <source>legal form ({form})</source>
        <translation>Rechtsform ({form})</translation>
    </message>
    <message>
        <source>city ({first} and {second})</source>
        <translation>Stadt ({first} und {second})</translation>
    </message>
    <message>
        <source>city ({city})</source>
        <translation>Stadt ({city})</translation>
    </message>
    <message>
        <source>type ({first} and {second})</source>
        <translation>Typ ({first} und {second})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose} ({source})</source>
        <translation>erteilt am {day} für {purpose} ({source})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose}</source>
        <translation>erteilt am {day} für {purpose}</translation>
    </message>
    <message>
        <source>given on {day} ({source})</source>
        <translation>erteilt am {day} ({source})</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>erteilt am {day}</translation>
    </message>
    <message>
        <source>{value} ({flag})</source>
        <translation>{value} ({flag})</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself</source>
        <translation>Eine Organisation kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>no such field to merge: {fields}</source>
        <translation>kein solches Feld zum Zusammenführen: {fields}</translation>
    </message>
    <message>
        <source>both people are staff members with their own timesheets; they cannot be merged</source>
        <translation>beide Personen sind Mitarbeitende mit eigenen Stundenzetteln; sie können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>a person whose data was erased cannot be merged</source>
        <translation>eine Person, deren Daten gelöscht wurden, kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>give the user&apos;s name (it signs the audit log)</source>
        <translation>geben Sie den Namen der Person an (er zeichnet das Änderungsprotokoll)</translation>
    </message>
    <message>
        <source>this data folder ({folder}) is already set up for office {office}</source>
        <translation>dieser Datenordner ({folder}) ist bereits für das Büro {office} eingerichtet</translation>
    </message>
    <message>
        <source>office {office} has no keys registered yet</source>
        <translation>für das Büro {office} sind noch keine Schlüssel registriert</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer (users: {users}); add them with `blues users add &quot;{name}&quot;`</source>
        <translation>{name} ist kein Benutzer auf diesem Computer (Benutzer: {users}); fügen Sie ihn mit `blues users add &quot;{name}&quot;` hinzu</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer</source>
        <translation>{name} ist kein Benutzer auf diesem Computer</translation>
    </message>
    <message>
        <source>{reference} is {state} and has no agreement</source>
        <translation>{reference} hat den Status „{state}“ und keine Vereinbarung</translation>
    </message>
    <message>
        <source>rule &apos;CtQ before agreement&apos;: the financial agreement of {reference} is printed once the Commitment to Quality is signed (the exchange is {state})</source>
        <translation>Regel „Qualitätsverpflichtung vor Vereinbarung“: Die Finanzvereinbarung von {reference} wird gedruckt, sobald die Qualitätsverpflichtung unterzeichnet ist (Status des Austauschs: „{state}“)</translation>
    </message>
    <message>
        <source>{reference} has no lump sum computed</source>
        <translation>für {reference} ist keine Pauschale berechnet</translation>
    </message>
    <message>
        <source>{reference} needs a host and dates for a certificate</source>
        <translation>{reference} braucht einen Gastgeber und Daten für eine Bescheinigung</translation>
    </message>
    <message>
        <source>(no city) ({country})</source>
        <translation>(keine Stadt) ({country})</translation>
    </message>
    <message>
        <source>the distance cannot be negative ({km} km)</source>
        <translation>die Entfernung kann nicht negativ sein ({km} km)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>the gazetteer does not know {places}; type the distance in km</source>
        <translation>das Ortsverzeichnis kennt {places} nicht; geben Sie die Entfernung in km ein</translation>
    </message>
    <message>
        <source>rule &apos;visiting organisation type&apos;: {name} is a {type}, which may only host; visitors are a {kinds}</source>
        <translation>Regel „Art der besuchenden Organisation“: {name} ist vom Typ „{type}“ und darf nur Gastgeber sein; besuchen dürfen: {kinds}</translation>
    </message>
    <message>
        <source>rule &apos;visitor is a cluster member&apos;: {name} is a {type} but not a cluster member</source>
        <translation>Regel „Besucher ist Clustermitglied“: {name} ist vom Typ „{type}“, aber kein Clustermitglied</translation>
    </message>
    <message>
        <source>rule &apos;SME names its cluster&apos;: name the cluster {name} is a member of</source>
        <translation>Regel „KMU nennt seinen Cluster“: Nennen Sie den Cluster, dem {name} angehört</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the visitor is in {country}, which does not take part in COSME</source>
        <translation>Regel „COSME-Länder“: Das Land des Besuchers ({country}) nimmt nicht an COSME teil</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the host is in {country}, which does not take part in COSME</source>
        <translation>Regel „COSME-Länder“: Das Land des Gastgebers ({country}) nimmt nicht an COSME teil</translation>
    </message>
    <message>
        <source>rule &apos;different countries&apos;: host and visitor are both in {country}; an exchange crosses a border</source>
        <translation>Regel „Verschiedene Länder“: Gastgeber und Besucher sind beide im selben Land ({country}); ein Austausch überschreitet eine Grenze</translation>
    </message>
    <message>
        <source>{name} is an SME that is not a cluster member: needs the Agency&apos;s prior approval</source>
        <translation>{name} ist ein KMU, das kein Clustermitglied ist: Die vorherige Zustimmung der Agentur ist nötig</translation>
    </message>
    <message>
        <source>rule &apos;dates in order&apos;: the stay ends ({end}) before it starts ({start})</source>
        <translation>Regel „Daten in der richtigen Reihenfolge“: Der Aufenthalt endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>Regel „Mindestdauer“: {start} bis {end} ist %n Arbeitstag; der Aufenthalt braucht mindestens {minimum}</numerusform>
            <numerusform>Regel „Mindestdauer“: {start} bis {end} sind %n Arbeitstage; der Aufenthalt braucht mindestens {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>Regel „Höchstdauer“: {start} bis {end} ist %n Arbeitstag; der Aufenthalt dauert höchstens einen Monat ({maximum} Arbeitstage)</numerusform>
            <numerusform>Regel „Höchstdauer“: {start} bis {end} sind %n Arbeitstage; der Aufenthalt dauert höchstens einen Monat ({maximum} Arbeitstage)</numerusform>
        </translation>
    </message>
    <message>
        <source>second visit of {name} (also in {others}) allowed by override: {reason}</source>
        <translation>zweiter Besuch von {name} (auch in {others}) per Ausnahme erlaubt: {reason}</translation>
    </message>
    <message>
        <source>rule &apos;one visit per visiting organisation&apos;: {name} already has exchange {others}; an override needs a reason</source>
        <translation>Regel „Ein Besuch je besuchender Organisation“: {name} hat bereits den Austausch {others}; eine Ausnahme braucht eine Begründung</translation>
    </message>
    <message>
        <source>rule &apos;host organisation&apos;: choose the host</source>
        <translation>Regel „Gastorganisation“: Wählen Sie den Gastgeber</translation>
    </message>
    <message>
        <source>rule &apos;dates&apos;: give the first and last day of the stay</source>
        <translation>Regel „Daten“: Geben Sie den ersten und letzten Tag des Aufenthalts an</translation>
    </message>
    <message>
        <source>rule &apos;distance&apos;: {problem}</source>
        <translation>Regel „Entfernung“: {problem}</translation>
    </message>
    <message>
        <source>the distance is not known</source>
        <translation>die Entfernung ist nicht bekannt</translation>
    </message>
    <message>
        <source>rule &apos;threshold per host country&apos;: rules version {version} have no threshold for {country} ({code})</source>
        <translation>Regel „Schwellenwert je Gastland“: Die Regeln in Version {version} haben keinen Schwellenwert für das Land {country} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>der Aufenthalt hat %n Arbeitstag (unter {limit})</numerusform>
            <numerusform>der Aufenthalt hat %n Arbeitstage (unter {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>the distance is {km} km (under {limit} km)</source>
        <translation>die Entfernung beträgt {km} km (unter {limit} km)</translation>
    </message>
    <message>
        <source>{raw} is not an amount in euros</source>
        <translation>{raw} ist kein Betrag in Euro</translation>
    </message>
    <message>
        <source>the amount must be above 0, got {raw}</source>
        <translation>der Betrag muss über 0 liegen, angegeben: {raw}</translation>
    </message>
    <message>
        <source>amounts have at most 2 decimal places, got {raw}</source>
        <translation>Beträge haben höchstens 2 Nachkommastellen, angegeben: {raw}</translation>
    </message>
    <message>
        <source>must be a whole number, got {raw}</source>
        <translation>muss eine ganze Zahl sein, angegeben: {raw}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {raw}</source>
        <translation>muss zwischen {low} und {high} liegen, angegeben: {raw}</translation>
    </message>
    <message>
        <source>{code} is not an ISO country code (two capital letters)</source>
        <translation>{code} ist kein ISO-Ländercode (zwei Großbuchstaben)</translation>
    </message>
    <message>
        <source>the maximum ({maximum}) is below the minimum ({minimum})</source>
        <translation>das Maximum ({maximum}) liegt unter dem Minimum ({minimum})</translation>
    </message>
    <message>
        <source>{type} is not an organisation type</source>
        <translation>{type} ist keine Organisationsart</translation>
    </message>
    <message>
        <source>at least one organisation type must be allowed to visit</source>
        <translation>mindestens eine Organisationsart muss besuchen dürfen</translation>
    </message>
    <message>
        <source>the list of COSME countries is empty</source>
        <translation>die Liste der COSME-Länder ist leer</translation>
    </message>
    <message>
        <source>no threshold for {country} ({code})</source>
        <translation>kein Schwellenwert für das Land {country} ({code})</translation>
    </message>
    <message>
        <source>{raw} is not a date (YYYY-MM-DD)</source>
        <translation>{raw} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>jede Frage braucht eine Kennung und einen Text</translation>
    </message>
    <message>
        <source>two questions share the same id</source>
        <translation>zwei Fragen haben dieselbe Kennung</translation>
    </message>
    <message>
        <source>programme rules version {version}: {problems}</source>
        <translation>Programmregeln Version {version}: {problems}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>die Regeln müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the host organisation {id} is not in the register</source>
        <translation>die Gastorganisation {id} ist nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>the cluster organisation {id} is not in the register</source>
        <translation>die Clusterorganisation {id} ist nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>the visiting organisation {id} is not in the register</source>
        <translation>die besuchende Organisation {id} ist nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>no exchange {key} (give a reference like ZIN-X-2026-007 or an id)</source>
        <translation>kein Austausch {key} (geben Sie ein Zeichen wie ZIN-X-2026-007 oder eine Kennung an)</translation>
    </message>
    <message>
        <source>give the visitor organisation&apos;s name</source>
        <translation>geben Sie den Namen der besuchenden Organisation an</translation>
    </message>
    <message>
        <source>give the host organisation&apos;s name</source>
        <translation>geben Sie den Namen der Gastorganisation an</translation>
    </message>
    <message>
        <source>{code} is not a country code (e.g. ES, PL)</source>
        <translation>{code} ist kein Ländercode (z. B. ES, PL)</translation>
    </message>
    <message>
        <source>give the travelling person&apos;s first and last name</source>
        <translation>geben Sie Vor- und Nachnamen der reisenden Person an</translation>
    </message>
    <message>
        <source>{code} is not a BLUES partnership ({codes})</source>
        <translation>{code} ist keine BLUES-Partnerschaft ({codes})</translation>
    </message>
    <message>
        <source>choose the visiting organisation or enter a new one</source>
        <translation>wählen Sie die besuchende Organisation oder geben Sie eine neue ein</translation>
    </message>
    <message>
        <source>{reference} is {state}; it can no longer change</source>
        <translation>{reference} hat den Status „{state}“ und kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>{field} cannot be changed here</source>
        <translation>{field} kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>{field} is fixed once the exchange is {state}</source>
        <translation>{field} steht fest, sobald der Austausch den Status „{state}“ hat</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office can change it</source>
        <translation>{reference} gehört zum Büro {office}; nur dieses Büro kann den Austausch ändern</translation>
    </message>
    <message>
        <source>{key} is not one of the evaluation questions</source>
        <translation>{key} ist keine der Bewertungsfragen</translation>
    </message>
    <message>
        <source>scores go from 1 to 5, got {value}</source>
        <translation>Bewertungen gehen von 1 bis 5, angegeben: {value}</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office records its report</source>
        <translation>{reference} gehört zum Büro {office}; nur dieses Büro erfasst seinen Bericht</translation>
    </message>
    <message>
        <source>the closing report is written after the exchange is held and until it is validated ({reference} is {state})</source>
        <translation>der Abschlussbericht wird geschrieben, nachdem der Austausch durchgeführt wurde, und bis er bestätigt ist ({reference} hat den Status „{state}“)</translation>
    </message>
    <message>
        <source>{kind}: evidence is one of {kinds}</source>
        <translation>{kind}: ein Nachweis ist eines von {kinds}</translation>
    </message>
    <message>
        <source>{reference} is {state}</source>
        <translation>{reference} hat den Status „{state}“</translation>
    </message>
    <message>
        <source>programme rules version {version} are not in this database</source>
        <translation>die Programmregeln in Version {version} sind nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>the programme rules are kept by the coordinator ({coordinator}); office {office} receives them in the coordinator&apos;s bundle</source>
        <translation>die Programmregeln pflegt der Koordinator ({coordinator}); das Büro {office} erhält sie im Paket des Koordinators</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office moves it through the workflow</source>
        <translation>{reference} gehört zum Büro {office}; nur dieses Büro führt den Austausch durch die Schritte</translation>
    </message>
    <message>
        <source>the exchange is {state}</source>
        <translation>der Austausch hat den Status „{state}“</translation>
    </message>
    <message>
        <source>the lump sum cannot be computed: {problems}</source>
        <translation>die Pauschale kann nicht berechnet werden: {problems}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>gezahlt am {on}, nach der Frist vom {deadline} (%n Tag nach dem Austausch)</numerusform>
            <numerusform>gezahlt am {on}, nach der Frist vom {deadline} (%n Tage nach dem Austausch)</numerusform>
        </translation>
    </message>
    <message>
        <source>the move is dated {day}, before the previous one ({last})</source>
        <translation>der Schritt ist auf den {day} datiert, vor dem vorigen ({last})</translation>
    </message>
    <message>
        <source>{reference} cannot become &apos;{state}&apos;: {blocker}</source>
        <translation>{reference} kann nicht in den Status „{state}“ wechseln: {blocker}</translation>
    </message>
    <message>
        <source>give a reason why the exchange is {state}</source>
        <translation>geben Sie einen Grund für den Status „{state}“ an</translation>
    </message>
    <message>
        <source>{side}: either the host or the visitor accepts</source>
        <translation>{side}: annehmen kann nur der Gastgeber oder der Besucher</translation>
    </message>
    <message>
        <source>a match is accepted while the exchange is validated and not yet matched ({reference} is {state})</source>
        <translation>eine Vermittlung wird angenommen, solange der Austausch bestätigt und noch nicht vermittelt ist ({reference} hat den Status „{state}“)</translation>
    </message>
    <message>
        <source>choose the host organisation before anyone accepts</source>
        <translation>wählen Sie den Gastgeber, bevor jemand annimmt</translation>
    </message>
    <message>
        <source>not a readable bundle (damaged or truncated: {error})</source>
        <translation>kein lesbares Datenpaket (beschädigt oder abgeschnitten: {error})</translation>
    </message>
    <message>
        <source>holds {count} members; at most {limit} are allowed</source>
        <translation>enthält {count} Einträge; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>holds a member with an unsafe name {name}</source>
        <translation>enthält einen Eintrag mit unsicherem Namen {name}</translation>
    </message>
    <message>
        <source>holds a link or folder {name}; only plain files are allowed</source>
        <translation>enthält eine Verknüpfung oder einen Ordner {name}; nur einfache Dateien sind erlaubt</translation>
    </message>
    <message>
        <source>holds an unexpected member {name}</source>
        <translation>enthält einen unerwarteten Eintrag {name}</translation>
    </message>
    <message>
        <source>holds the member {name} twice</source>
        <translation>enthält den Eintrag {name} zweimal</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes; the limit is {limit}</source>
        <translation>der Eintrag {name} hat {size} Byte; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>member {name} expands more than {ratio}x (a zip bomb?)</source>
        <translation>der Eintrag {name} entpackt sich auf mehr als das {ratio}-Fache (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes</source>
        <translation>entpackt sich auf mehr als {limit} Byte</translation>
    </message>
    <message>
        <source>member {name} is damaged ({error})</source>
        <translation>der Eintrag {name} ist beschädigt ({error})</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says</source>
        <translation>der Eintrag {name} hat nicht die Größe, die sein Kopf angibt</translation>
    </message>
    <message>
        <source>member {name} is larger than its header says</source>
        <translation>der Eintrag {name} ist größer, als sein Kopf angibt</translation>
    </message>
    <message>
        <source>the coordinator&apos;s office card is not registered yet: register the card the coordinator sent you (Bundles, Partners and keys) before sending</source>
        <translation>die Bürokarte des Koordinators ist noch nicht registriert: Registrieren Sie die Karte, die Ihnen der Koordinator geschickt hat (Datenpakete, Partner und Schlüssel), bevor Sie senden</translation>
    </message>
    <message>
        <source>cannot write to {folder}: the folder does not exist</source>
        <translation>kann nicht in {folder} schreiben: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>Datensätze werden gelesen</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>das Datenpaket wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({error})</source>
        <translation>das Manifest ist kein gültiges JSON ({error})</translation>
    </message>
    <message>
        <source>the manifest is not a BLUES bundle manifest</source>
        <translation>das Manifest ist kein Manifest eines BLUES-Datenpakets</translation>
    </message>
    <message>
        <source>the manifest has no format version</source>
        <translation>das Manifest hat keine Formatversion</translation>
    </message>
    <message>
        <source>written in bundle format {version} by a newer BLUES Desktop; this version reads format {readable} — update BLUES Desktop</source>
        <translation>im Paketformat {version} von einem neueren BLUES Desktop geschrieben; diese Version liest Format {readable} – aktualisieren Sie BLUES Desktop</translation>
    </message>
    <message>
        <source>the manifest lacks a valid {key}</source>
        <translation>im Manifest fehlt ein gültiges {key}</translation>
    </message>
    <message>
        <source>the manifest describes table {name} wrongly</source>
        <translation>das Manifest beschreibt die Tabelle {name} falsch</translation>
    </message>
    <message>
        <source>the manifest lists its files wrongly</source>
        <translation>das Manifest führt seine Dateien falsch auf</translation>
    </message>
    <message>
        <source>the manifest describes the file {name} wrongly</source>
        <translation>das Manifest beschreibt die Datei {name} falsch</translation>
    </message>
    <message>
        <source>lists {count} files; at most {limit} are allowed</source>
        <translation>führt {count} Dateien auf; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>verifying {file}</source>
        <translation>{file} wird geprüft</translation>
    </message>
    <message>
        <source>stopped on an unexpected error; nothing was changed</source>
        <translation>wegen eines unerwarteten Fehlers abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>Sicherung wird angelegt</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>{record} {problem}: {action}</source>
        <translation>{record} {problem}: {action}</translation>
    </message>
    <message>
        <source>is in the bundle twice</source>
        <translation>ist zweimal im Datenpaket</translation>
    </message>
    <message>
        <source>is kept here by office {owner}, and the bundle gives it to office {incoming}</source>
        <translation>wird hier vom Büro {owner} geführt, und das Datenpaket ordnet den Datensatz dem Büro {incoming} zu</translation>
    </message>
    <message>
        <source>a record never changes office; ask the sending office to check it</source>
        <translation>ein Datensatz wechselt nie das Büro; bitten Sie das sendende Büro, ihn zu prüfen</translation>
    </message>
    <message>
        <source>arrives with revision {revision}, which is already here with other content ({columns})</source>
        <translation>kommt mit Revision {revision}, die hier bereits mit anderem Inhalt vorliegt ({columns})</translation>
    </message>
    <message>
        <source>the two copies differ; ask office {office} to save the record again (a new revision) and send a new bundle</source>
        <translation>die beiden Fassungen unterscheiden sich; bitten Sie das Büro {office}, den Datensatz erneut zu speichern (eine neue Revision) und ein neues Datenpaket zu senden</translation>
    </message>
    <message>
        <source>has the same {key} as {other} in the same bundle</source>
        <translation>hat denselben Wert für {key} wie {other} im selben Datenpaket</translation>
    </message>
    <message>
        <source>would take the place of {here} (the same {key}), which {referrer} here refers to</source>
        <translation>würde {here} ersetzen (derselbe Wert für {key}), worauf sich hier {referrer} bezieht</translation>
    </message>
    <message>
        <source>ask office {office} to send a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>bitten Sie das Büro {office}, ein vollständiges Datenpaket zu senden („Alles“ oder `bundle export --full`)</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, this office&apos;s own; both cannot exist</source>
        <translation>hat denselben Wert für {key} wie {here}, einen Datensatz dieses Büros; beide können nicht bestehen</translation>
    </message>
    <message>
        <source>office {incoming} and this office must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>das Büro {incoming} und dieses Büro müssen sich einigen, welcher Datensatz richtig ist; den falschen löscht sein Büro und sendet dann sein Datenpaket erneut</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, kept by office {owner}; both cannot exist</source>
        <translation>hat denselben Wert für {key} wie {here}, geführt vom Büro {owner}; beide können nicht bestehen</translation>
    </message>
    <message>
        <source>office {incoming} and office {owner} must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>die Büros {incoming} und {owner} müssen sich einigen, welcher Datensatz richtig ist; den falschen löscht sein Büro und sendet dann sein Datenpaket erneut</translation>
    </message>
    <message>
        <source>names office {office}, which is not a BLUES office</source>
        <translation>nennt das Büro {office}, das kein BLUES-Büro ist</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here any more</source>
        <translation>verweist auf {record} (Feld {column}), der weder im Datenpaket noch hier mehr vorhanden ist</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here</source>
        <translation>verweist auf {record} (Feld {column}), der weder im Datenpaket noch hier vorhanden ist</translation>
    </message>
    <message>
        <source>was created on {created} for {parent} (its {column}), which had been deleted on {deleted}</source>
        <translation>wurde am {created} für {parent} (Feld {column}) angelegt, der am {deleted} gelöscht worden war</translation>
    </message>
    <message>
        <source>ask office {office} to restore or correct it and send a new bundle</source>
        <translation>bitten Sie das Büro {office}, ihn wiederherzustellen oder zu korrigieren und ein neues Datenpaket zu senden</translation>
    </message>
    <message>
        <source>it is kept by office {keeper}: import {keeper}&apos;s bundle first (or the coordinator&apos;s), then this one again</source>
        <translation>er wird vom Büro {keeper} geführt: Importieren Sie zuerst das Datenpaket von {keeper} (oder das des Koordinators), dann dieses erneut</translation>
    </message>
    <message>
        <source>import the bundles that carry it first (office {sender}&apos;s earlier bundles, or the coordinator&apos;s), or ask office {sender} for a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>importieren Sie zuerst die Datenpakete, die ihn enthalten (frühere Datenpakete des Büros {sender} oder die des Koordinators), oder bitten Sie das Büro {sender} um ein vollständiges Datenpaket („Alles“ oder `bundle export --full`)</translation>
    </message>
    <message>
        <source>the bundle is damaged; ask its office to write it again</source>
        <translation>das Datenpaket ist beschädigt; bitten Sie sein Büro, es erneut zu schreiben</translation>
    </message>
    <message>
        <source>{count} record(s) cannot be merged: {refusals}</source>
        <translation>Nicht zusammenführbare Datensätze ({count}): {refusals}</translation>
    </message>
    <message>
        <source>{count}+ record(s) cannot be merged: {refusals} …</source>
        <translation>Nicht zusammenführbare Datensätze ({count}+): {refusals} …</translation>
    </message>
    <message>
        <source>{record} of the bundle has the same {key} as another {kind} here; both cannot exist: the offices that keep them must agree which is right</source>
        <translation>{record} des Datenpakets hat denselben Wert für {key} wie ein anderer Datensatz „{kind}“ hier; beide können nicht bestehen: Die Büros, die sie führen, müssen sich einigen, welcher richtig ist</translation>
    </message>
    <message>
        <source>a record of the bundle refers to one that is neither in the bundle nor here: import the other offices&apos; bundles (or the coordinator&apos;s) first, then this one again</source>
        <translation>ein Datensatz des Datenpakets verweist auf einen, der weder im Datenpaket noch hier ist: Importieren Sie zuerst die Datenpakete der anderen Büros (oder des Koordinators), dann dieses erneut</translation>
    </message>
    <message>
        <source>a record of the bundle breaks a rule of this database (an empty required value or a value out of range): ask its office to check it and send a new bundle</source>
        <translation>ein Datensatz des Datenpakets verletzt eine Regel dieser Datenbank (ein leerer Pflichtwert oder ein Wert außerhalb des Bereichs): Bitten Sie sein Büro, ihn zu prüfen und ein neues Datenpaket zu senden</translation>
    </message>
    <message>
        <source>{column}: expected a decimal number as text, got {value}</source>
        <translation>{column}: erwartet eine Dezimalzahl als Text, erhalten {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number</source>
        <translation>{column}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{column}: {value} has more than 2 decimal places</source>
        <translation>{column}: {value} hat mehr als 2 Nachkommastellen</translation>
    </message>
    <message>
        <source>{column}: expected {expected}, got {value}</source>
        <translation>{column}: erwartet {expected}, erhalten {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not {form}</source>
        <translation>{column}: {value} ist nicht im Format „{form}“</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>ISO-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{column}: {value} has no time zone</source>
        <translation>{column}: {value} hat keine Zeitzone</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>ISO-Datum</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: erwartet true oder false, erhalten {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, got {value}</source>
        <translation>{column}: erwartet eine ganze Zahl, erhalten {value}</translation>
    </message>
    <message>
        <source>{column}: expected text, got {value}</source>
        <translation>{column}: erwartet Text, erhalten {value}</translation>
    </message>
    <message>
        <source>{column}: text longer than {length} characters</source>
        <translation>{column}: Text länger als {length} Zeichen</translation>
    </message>
    <message>
        <source>{column}: a column of type {kind} cannot travel in bundles</source>
        <translation>{column}: eine Spalte vom Typ {kind} kann nicht in Datenpaketen übertragen werden</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>unbekannte Spalte {name}</translation>
    </message>
    <message>
        <source>missing column {name}</source>
        <translation>fehlende Spalte {name}</translation>
    </message>
    <message>
        <source>{column}: must not be empty</source>
        <translation>{column}: darf nicht leer sein</translation>
    </message>
    <message>
        <source>not a JSON object ({error})</source>
        <translation>kein JSON-Objekt ({error})</translation>
    </message>
    <message>
        <source>signed by office {office}, whose key is not registered here (fingerprint {fingerprint})</source>
        <translation>signiert vom Büro {office}, dessen Schlüssel hier nicht registriert ist (Fingerabdruck {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match office {office}&apos;s registered key {fingerprint} (seen: {seen}); the bundle was changed or signed by another key (if the office changed its keys, register its new card: Partners and keys)</source>
        <translation>die Signatur passt nicht zum registrierten Schlüssel {fingerprint} des Büros {office} (gesehen: {seen}); das Datenpaket wurde verändert oder mit einem anderen Schlüssel signiert (hat das Büro seine Schlüssel geändert, registrieren Sie seine neue Karte: Partner und Schlüssel)</translation>
    </message>
    <message>
        <source>signed with office {office}&apos;s key, revoked on {day}</source>
        <translation>signiert mit dem Schlüssel des Büros {office}, widerrufen am {day}</translation>
    </message>
    <message>
        <source>the payload does not match the signed manifest (its hash differs)</source>
        <translation>der Inhalt passt nicht zum signierten Manifest (seine Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <source>cannot decrypt the payload: it is not addressed to this office</source>
        <translation>der Inhalt kann nicht entschlüsselt werden: Er ist nicht an dieses Büro adressiert</translation>
    </message>
    <message>
        <source>the payload lacks the file {name}</source>
        <translation>im Inhalt fehlt die Datei {name}</translation>
    </message>
    <message>
        <source>the payload lacks the table file {name}</source>
        <translation>im Inhalt fehlt die Tabellendatei {name}</translation>
    </message>
    <message>
        <source>the table file {name} does not match the manifest (size or hash)</source>
        <translation>die Tabellendatei {name} passt nicht zum Manifest (Größe oder Prüfsumme)</translation>
    </message>
    <message>
        <source>the table file {name} does not hold the rows the manifest says</source>
        <translation>die Tabellendatei {name} enthält nicht die Zeilen, die das Manifest angibt</translation>
    </message>
    <message>
        <source>holds the file {name}…, which no record of the bundle names</source>
        <translation>enthält die Datei {name}…, die kein Datensatz des Datenpakets nennt</translation>
    </message>
    <message>
        <source>the file {name}… does not match its name (size or hash)</source>
        <translation>die Datei {name}… passt nicht zu ihrem Namen (Größe oder Prüfsumme)</translation>
    </message>
    <message>
        <source>the file {name}… is not a PDF or an image</source>
        <translation>die Datei {name}… ist weder ein PDF noch ein Bild</translation>
    </message>
    <message>
        <source>{moment}</source>
        <translation>{moment}</translation>
    </message>
    <message>
        <source>calls itself bundle {sequence} of {office}; bundles are numbered from 1</source>
        <translation>nennt sich Datenpaket {sequence} von {office}; Datenpakete werden ab 1 gezählt</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>kein Datenpaket</translation>
    </message>
    <message>
        <source>bundle {sequence}</source>
        <translation>Datenpaket {sequence}</translation>
    </message>
    <message>
        <source>follows none</source>
        <translation>folgt auf keines</translation>
    </message>
    <message>
        <source>must follow bundle {sequence}</source>
        <translation>muss auf Datenpaket {sequence} folgen</translation>
    </message>
    <message>
        <source>is bundle {sequence} of {office} but says it follows {follows}; bundle {sequence} {should} — ask office {office} to write a new bundle</source>
        <translation>ist Datenpaket {sequence} von {office}, gibt aber an, auf {follows} zu folgen; Datenpaket {sequence} {should} – bitten Sie das Büro {office}, ein neues Datenpaket zu schreiben</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} was already imported with other content; ask office {office} which file is right</source>
        <translation>Datenpaket {sequence} von {office} wurde bereits mit anderem Inhalt importiert; fragen Sie das Büro {office}, welche Datei richtig ist</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} is older than bundle {highest}, already imported here; its changes came with the later bundle, so there is nothing to import</source>
        <translation>Datenpaket {sequence} von {office} ist älter als das hier bereits importierte Datenpaket {highest}; seine Änderungen kamen mit dem späteren Datenpaket, es gibt also nichts zu importieren</translation>
    </message>
    <message>
        <source>does not continue bundle {sequence} of {office} as it was imported here; ask office {office} which bundle is right</source>
        <translation>setzt Datenpaket {sequence} von {office} nicht so fort, wie es hier importiert wurde; fragen Sie das Büro {office}, welches Datenpaket richtig ist</translation>
    </message>
    <message>
        <source>bundle {shown} of {office} has not been imported (a gap); later ones hold their changes</source>
        <translation>Datenpaket {shown} von {office} wurde nicht importiert (eine Lücke); spätere enthalten seine Änderungen</translation>
    </message>
    <message>
        <source>bundles {shown} of {office} have not been imported (a gap); later ones hold their changes</source>
        <translation>die Datenpakete {shown} von {office} wurden nicht importiert (eine Lücke); spätere enthalten ihre Änderungen</translation>
    </message>
    <message>
        <source>only the coordinator may send the partner registry</source>
        <translation>nur der Koordinator darf das Partnerverzeichnis senden</translation>
    </message>
    <message>
        <source>holds an unknown table {name}</source>
        <translation>enthält eine unbekannte Tabelle {name}</translation>
    </message>
    <message>
        <source>{record} (line {line}): {problem}</source>
        <translation>{record} (Zeile {line}): {problem}</translation>
    </message>
    <message>
        <source>{record} (line {line}): belongs to office {owner}; {signer} may only send its own records</source>
        <translation>{record} (Zeile {line}): gehört zum Büro {owner}; {signer} darf nur eigene Datensätze senden</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons}</source>
        <translation>Abgelehnte Zeilen ({count}): {reasons}</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons} …</source>
        <translation>Abgelehnte Zeilen ({count}): {reasons} …</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>lacks {name}</source>
        <translation>{name} fehlt</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved to {where}</source>
        <translation>der Datenträger ist voll; nichts wurde in {where} gespeichert</translation>
    </message>
    <message>
        <source>cannot write to {where}: the database is on a read-only medium</source>
        <translation>kann nicht in {where} schreiben: Die Datenbank liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <source>{where} is busy in another program; nothing was saved, try again</source>
        <translation>{where} wird von einem anderen Programm verwendet; nichts wurde gespeichert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database refused the change ({error}); nothing was saved</source>
        <translation>die Datenbank hat die Änderung abgelehnt ({error}); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>this data folder was given when the app started (--data-dir or BLUES_DATA_DIR); move it by hand and give the new place the same way</source>
        <translation>dieser Datenordner wurde beim Start der App angegeben (--data-dir oder BLUES_DATA_DIR); verschieben Sie ihn von Hand und geben Sie den neuen Ort auf dieselbe Weise an</translation>
    </message>
    <message>
        <source>Say why the keys are changed (it is kept in the history), for example “the laptop was lost” or “yearly change”.</source>
        <translation>Geben Sie an, warum die Schlüssel geändert werden (es wird im Verlauf festgehalten), zum Beispiel „Laptop verloren“ oder „jährlicher Wechsel“.</translation>
    </message>
    <message>
        <source>office {office} is not set up here</source>
        <translation>das Büro {office} ist hier nicht eingerichtet</translation>
    </message>
    <message>
        <source>the office card</source>
        <translation>die Bürokarte</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card: it is not a card&apos;s text (line {line}: {error}). Ask the office for the file its window saved.</source>
        <translation>{source} ist keine BLUES-Bürokarte: Es ist nicht der Text einer Karte (Zeile {line}: {error}). Bitten Sie das Büro um die Datei, die sein Fenster gespeichert hat.</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card. Ask the office for the file its window saved (Partners and keys, Save my card).</source>
        <translation>{source} ist keine BLUES-Bürokarte. Bitten Sie das Büro um die Datei, die sein Fenster gespeichert hat (Partner und Schlüssel, Meine Karte speichern).</translation>
    </message>
    <message>
        <source>{source} is not a whole office card (a part of it is missing). Ask the office to save its card again.</source>
        <translation>{source} ist keine vollständige Bürokarte (ein Teil fehlt). Bitten Sie das Büro, seine Karte erneut zu speichern.</translation>
    </message>
    <message>
        <source>{source} holds a damaged key (it was changed after it was saved); ask the office to save its card again</source>
        <translation>{source} enthält einen beschädigten Schlüssel (er wurde nach dem Speichern verändert); bitten Sie das Büro, seine Karte erneut zu speichern</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its key id does not match its key. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} wurde nach dem Speichern verändert: Seine Schlüssel-ID passt nicht zum Schlüssel. Vertrauen Sie ihr nicht; bitten Sie das Büro, seine Karte erneut zu speichern.</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its fingerprint does not match its keys. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} wurde nach dem Speichern verändert: Sein Fingerabdruck passt nicht zu den Schlüsseln. Vertrauen Sie ihr nicht; bitten Sie das Büro, seine Karte erneut zu speichern.</translation>
    </message>
    <message>
        <source>keys already exist in {folder}; they are never overwritten</source>
        <translation>in {folder} gibt es bereits Schlüssel; sie werden nie überschrieben</translation>
    </message>
    <message>
        <source>cannot read the public key {path}: {error}</source>
        <translation>der öffentliche Schlüssel {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign public key file</source>
        <translation>{path} ist keine öffentliche minisign-Schlüsseldatei</translation>
    </message>
    <message>
        <source>cannot read the office keys in {folder}: {error}</source>
        <translation>die Büroschlüssel in {folder} können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign secret key: {error}</source>
        <translation>{path} ist kein geheimer minisign-Schlüssel: {error}</translation>
    </message>
    <message>
        <source>the office key is protected by a passphrase; give it</source>
        <translation>der Büroschlüssel ist durch eine Passphrase geschützt; geben Sie sie ein</translation>
    </message>
    <message>
        <source>the passphrase does not open the office keys</source>
        <translation>die Passphrase öffnet die Büroschlüssel nicht</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} enthält keine age-Identität</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); a backup of it would be damaged too; restore one with `blues backup restore`</source>
        <translation>die Datenbank {path} ist beschädigt ({problem}); eine Sicherung davon wäre ebenfalls beschädigt; stellen Sie eine mit `blues backup restore` wieder her</translation>
    </message>
    <message>
        <source>there is no backup {name} in {folder}; `blues backup list` shows them</source>
        <translation>in {folder} gibt es keine Sicherung {name}; `blues backup list` zeigt sie an</translation>
    </message>
    <message>
        <source>BLUES Desktop is open on {folder}; close it before restoring a backup</source>
        <translation>BLUES Desktop ist mit {folder} geöffnet; schließen Sie es, bevor Sie eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem}); pick another</source>
        <translation>die Sicherung {file} ist ebenfalls beschädigt ({problem}); wählen Sie eine andere</translation>
    </message>
    <message>
        <source>the copy of {file} did not pass the check; try again</source>
        <translation>die Kopie von {file} hat die Prüfung nicht bestanden; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>revoked {day}</source>
        <translation>widerrufen am {day}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>noch kein Schlüssel</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is far too large for one)</source>
        <translation>{file} ist keine BLUES-Bürokarte (dafür ist die Datei viel zu groß)</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is not text)</source>
        <translation>{file} ist keine BLUES-Bürokarte (es ist kein Text)</translation>
    </message>
    <message>
        <source>cannot read the office card {file}: {error}</source>
        <translation>die Bürokarte {file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>This is the card of your own office ({office}). Send it to your partners; register the cards they send you.</source>
        <translation>Das ist die Karte Ihres eigenen Büros ({office}). Senden Sie sie Ihren Partnern; registrieren Sie die Karten, die diese Ihnen senden.</translation>
    </message>
    <message>
        <source>The card names the office {office}, which is not one of the BLUES offices.</source>
        <translation>Die Karte nennt das Büro {office}, das keines der BLUES-Büros ist.</translation>
    </message>
    <message>
        <source>This key of {office} was revoked on {day}; a revoked key is never trusted again. Ask them to change their keys and send the new card.</source>
        <translation>Dieser Schlüssel von {office} wurde am {day} widerrufen; einem widerrufenen Schlüssel wird nie wieder vertraut. Bitten Sie das Büro, seine Schlüssel zu ändern und die neue Karte zu senden.</translation>
    </message>
    <message>
        <source>{office} already has another key registered (fingerprint {fingerprint}). Replacing it is a key rotation: confirm it, with a reason, only after comparing the new fingerprint with them.</source>
        <translation>Für {office} ist bereits ein anderer Schlüssel registriert (Fingerabdruck {fingerprint}). Ihn zu ersetzen ist ein Schlüsselwechsel: Bestätigen Sie ihn mit einer Begründung erst, nachdem Sie den neuen Fingerabdruck mit dem Büro verglichen haben.</translation>
    </message>
    <message>
        <source>Say why the key is replaced (it is kept in the history).</source>
        <translation>Geben Sie an, warum der Schlüssel ersetzt wird (es wird im Verlauf festgehalten).</translation>
    </message>
    <message>
        <source>Say why the key is revoked (it is kept in the history).</source>
        <translation>Geben Sie an, warum der Schlüssel widerrufen wird (es wird im Verlauf festgehalten).</translation>
    </message>
    <message>
        <source>This office&apos;s own key cannot be revoked; change this office&apos;s keys instead.</source>
        <translation>Der eigene Schlüssel dieses Büros kann nicht widerrufen werden; ändern Sie stattdessen die Schlüssel dieses Büros.</translation>
    </message>
    <message>
        <source>Office {office} has no registered key to revoke.</source>
        <translation>Das Büro {office} hat keinen registrierten Schlüssel, der widerrufen werden könnte.</translation>
    </message>
    <message>
        <source>The key of {office} was revoked already, on {day}.</source>
        <translation>Der Schlüssel von {office} wurde bereits am {day} widerrufen.</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly before it finished; nothing was changed</source>
        <translation>die Arbeit brach unerwartet ab, bevor sie fertig war; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the disk is full; could not write {path}</source>
        <translation>der Datenträger ist voll; {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write to {path}: the location is read-only or not permitted</source>
        <translation>kann nicht in {path} schreiben: Der Ort ist schreibgeschützt oder nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder does not exist</source>
        <translation>kann nicht in {path} schreiben: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot write to {path}: {error}</source>
        <translation>kann nicht in {path} schreiben: {error}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>unter {path} gibt es keine Datenbank zum Sichern</translation>
    </message>
    <message>
        <source>could not copy the database {path}: {error}</source>
        <translation>die Datenbank {path} konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore a backup with `blues backup restore` or start the app to choose one</source>
        <translation>die Datenbank {path} ist beschädigt ({problem}); stellen Sie eine Sicherung mit `blues backup restore` wieder her oder starten Sie die App, um eine auszuwählen</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {error}</source>
        <translation>die Datenbank {path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {error}</source>
        <translation>die Datenbank {path} kann nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>sie kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>that is where the data folder is already</source>
        <translation>dort liegt der Datenordner bereits</translation>
    </message>
    <message>
        <source>the new place cannot be inside the current data folder</source>
        <translation>der neue Ort darf nicht im aktuellen Datenordner liegen</translation>
    </message>
    <message>
        <source>the new place cannot hold the current data folder</source>
        <translation>der neue Ort darf den aktuellen Datenordner nicht enthalten</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder; choose a new or an empty folder</source>
        <translation>{folder} ist kein leerer Ordner; wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>the data folder was not moved: {problem}</source>
        <translation>der Datenordner wurde nicht verschoben: {problem}</translation>
    </message>
    <message>
        <source>the data folder was not moved: the copied database failed its check ({problems})</source>
        <translation>der Datenordner wurde nicht verschoben: Die kopierte Datenbank hat die Prüfung nicht bestanden ({problems})</translation>
    </message>
    <message>
        <source>the data folder was not moved: {file} did not copy whole</source>
        <translation>der Datenordner wurde nicht verschoben: {file} wurde nicht vollständig kopiert</translation>
    </message>
    <message>
        <source>cannot write to {path}: it is a file, not a folder</source>
        <translation>{path} kann nicht beschrieben werden: Es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; coordinator, {work_package} leader)</source>
        <translation>{code} — {name} ({country}; Koordinator, Leitung von {work_package})</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; {work_package} leader)</source>
        <translation>{code} — {name} ({country}; Leitung von {work_package})</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{organisations} organisations written by a process of its own</source>
        <translation>{organisations} Organisationen von einem eigenen Prozess geschrieben</translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation>Qt-Meldungen ({code})</translation>
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
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-Vorschau</translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation>Einen neuen Datensatz auf der angezeigten Seite anlegen: eine Organisation, einen Austausch, eine Veranstaltung oder einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation>Auf dieser Seite gibt es nichts anzulegen.</translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation>Den ausgewählten Datensatz bearbeiten.</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Wählen Sie zuerst einen Datensatz zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation>Den ausgewählten Datensatz löschen, wie die Schaltfläche „Löschen“ der Seite.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Wählen Sie zuerst einen Datensatz zum Löschen.</translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation>Den Cursor in das Suchfeld der Seite setzen.</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Diese Seite hat kein Suchfeld.</translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation>Die Daten der Seite neu laden.</translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation>Das Dokument der Seite in der Vorschau anzeigen und drucken (die Anwesenheitsliste, den Stundenzettel des Monats).</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>Auf dieser Seite gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation>Die Einstellungen öffnen.</translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation>Die Anwendung beenden.</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation>Diese Liste der Tastenkürzel anzeigen.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Vergrößern.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Verkleinern.</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation>Die Seite an die Fensterbreite anpassen.</translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation>Das Dokument drucken.</translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation>Das Dokument als PDF-Datei speichern.</translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation>Die Seite „Mitglieder“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation>Die Seite „Austausche“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation>Die Seite „Veranstaltungen“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation>Die Seite „Stundenzettel“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation>Die Seite „Datenpakete“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation>Die Seite „Berichte“ anzeigen.</translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation>Die Seite „{page}“ anzeigen.</translation>
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
