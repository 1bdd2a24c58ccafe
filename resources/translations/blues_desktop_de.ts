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
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Entwürfe zuerst im Namen der Person einreichen</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month_label} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Jeder angehakte Stundenzettel für {month_label} wird freigegeben und gesperrt, wenn er die Prüfungen besteht; die übrigen werden mit dem Grund aufgeführt und bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datenpakete&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to {target}</source>
        <translation>An {target} senden</translation>
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
        <source>Wrote {name} ({values:,} records) to {parent}</source>
        <translation>{name} ({values:,} Datensätze) nach {parent} geschrieben</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Datenpakete importieren</translation>
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
        <source>

Import {good} bundle(s)?</source>
        <translation>

{good} Datenpaket(e) importieren?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Datenpakete werden importiert</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Datenpakete werden geprüft</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
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
        <source>two letters, e.g. es</source>
        <translation>zwei Buchstaben, z. B. de</translation>
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
        <source>Consent for</source>
        <translation>Einwilligung für</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Einwilligung durch</translation>
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
        <source>{count} possible duplicate{value} to decide</source>
        <translation>Offene mögliche Dubletten: {count}{value:.0}</translation>
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
        <source>{day:%a %d %b}</source>
        <translation>{day:%a %d %b}</translation>
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
    <message>
        <source>This organisation looks like {count} already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>Diese Organisation ähnelt {count} bereits erfassten. Wählen Sie eine zum Vergleich; eine andere Rechtsform oder Stadt bedeutet oft zwei Organisationen.</translation>
    </message>
    <message>
        <source>{legal_name} ({office_id}): {label}</source>
        <translation>{legal_name} ({office_id}): {label}</translation>
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
        <source>ES, PL, FR … (ISO code)</source>
        <translation>DE, PL, FR … (ISO-Code)</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Öffentlich (auf den BLUES-Kanälen angekündigt)</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Tage (leer: jedes Datum)</translation>
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
        <source>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · {participants} registered</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · {participants} angemeldet</translation>
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
        <source>Present — {parts}</source>
        <translation>Anwesend — {parts}</translation>
    </message>
    <message>
        <source> · {pending} unsaved changes</source>
        <translation> · {pending} ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Veranstaltung, um ihre Zahlen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Figures of “{title}”&lt;/h4&gt;&lt;p&gt;{registered} registered, {participants} took part ({unique_participants} persons from {unique_organisations} organisations).&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Zahlen zu „{title}“&lt;/h4&gt;&lt;p&gt;{registered} angemeldet, {participants} teilgenommen ({unique_participants} Personen aus {unique_organisations} Organisationen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=12&gt;&lt;tr&gt;</source>
        <translation>&lt;table cellspacing=12&gt;&lt;tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <source>Preparing the {what}…</source>
        <translation>Wird vorbereitet: {what}…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Veranstaltungen exportieren</translation>
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
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants ({details}).</source>
        <translation>{events} Veranstaltungen und {participants} Teilnehmer geschrieben ({details}).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
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
        <source>{total:,} exchange{value}</source>
        <translation>Austausche: {total:,}{value:.0}</translation>
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
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
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
        <source>Warn after</source>
        <translation>Warnen nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Older than {max_days} days or missing: figures of this office may be out of date</source>
        <translation>Älter als {max_days} Tage oder fehlend: Die Zahlen dieses Büros sind möglicherweise veraltet</translation>
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
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — </translation>
    </message>
    <message>
        <source>{count} change{value}</source>
        <translation>Änderungen: {count}{value:.0}</translation>
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
        <source>Rows to import ({rows_to_import:,})</source>
        <translation>Zu importierende Zeilen ({rows_to_import:,})</translation>
    </message>
    <message>
        <source>Rows set aside ({aside:,})</source>
        <translation>Zurückgestellte Zeilen ({aside:,})</translation>
    </message>
    <message>
        <source>Warnings and notes ({notes:,})</source>
        <translation>Warnungen und Hinweise ({notes:,})</translation>
    </message>
    <message>
        <source>Import {rows_to_import:,} rows</source>
        <translation>{rows_to_import:,} Zeilen importieren</translation>
    </message>
    <message>
        <source>{name}: {summary}.
{verdict}</source>
        <translation>{name}: {summary}.
{verdict}</translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Diese Spalten enthalten Daten, die ignoriert werden: {columns}. Wählen Sie unter Spaltenzuordnung… jeweils ein Feld, wenn sie importiert werden sollen.</translation>
    </message>
    <message>
        <source>{index}</source>
        <translation>{index}</translation>
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
        <source>Problem report written to {name}.</source>
        <translation>Problembericht in {name} geschrieben.</translation>
    </message>
    <message>
        <source>The {set_aside:,} rows set aside are in {written}: correct the cells named in its Problem column, then import that file.</source>
        <translation>Die {set_aside:,} zurückgestellten Zeilen stehen in {written}: Korrigieren Sie die in der Spalte „Problem“ genannten Zellen und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Imported {organisations_created:,} new and {organisations_changed:,} changed organisations, {contacts_created:,} new and {contacts_changed:,} changed contacts.</source>
        <translation>{organisations_created:,} neue und {organisations_changed:,} geänderte Organisationen, {contacts_created:,} neue und {contacts_changed:,} geänderte Kontakte importiert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} — {name} ({code})</source>
        <translation>{APP_NAME} — {name} ({code})</translation>
    </message>
    <message>
        <source>Opening {title}…</source>
        <translation>{title} wird geöffnet…</translation>
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
        <source>&amp;About {APP_NAME}</source>
        <translation>Ü&amp;ber {APP_NAME}</translation>
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
        <source>Office: {code} {name} ({role}) · {user_name}</source>
        <translation>Büro: {code} {name} ({role}) · {user_name}</translation>
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
        <source>{total:,} organisations</source>
        <translation>{total:,} Organisationen</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Geführt von Büro {office_id}: nur lesbar. Nur {office_id} kann sie ändern; deren Änderungen kommen mit dem Datenpaket des Koordinators.</translation>
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
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
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
        <source>Merge two {what}</source>
        <translation>Zwei {what} zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other_title}&lt;/b&gt; is merged into &lt;b&gt;{kept_title}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other_title}&lt;/b&gt; wird in &lt;b&gt;{kept_title}&lt;/b&gt; zusammengeführt: Er wird gelöscht und verweist auf den behaltenen Datensatz. Wählen Sie für jedes Feld, in dem sie sich unterscheiden, den zu behaltenden Wert.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The merge moves {moves} to the kept record.</source>
        <translation>&lt;br&gt;Beim Zusammenführen gehen {moves} auf den behaltenen Datensatz über.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Beide Datensätze enthalten dieselben Werte.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
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
        <source>Worked {worked_hours:.2f} h of {contracted_hours:.2f} h contracted · BLUES {blues:.2f} h = {pm:.2f} person-months · other {value:.2f} h</source>
        <translation>Gearbeitet {worked_hours:.2f} h von {contracted_hours:.2f} h laut Vertrag · BLUES {blues:.2f} h = {pm:.2f} Personenmonate · Sonstiges {value:.2f} h</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Keine Probleme: Der Monat besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>The week before {day:%d %b} has the same hours already.</source>
        <translation>Die Woche vor dem {day:%d %b} hat bereits dieselben Stunden.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>In diesem Monat ist kein leerer Arbeitstag mehr auszufüllen.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Das Wiederöffnen braucht einen Grund; der Monat bleibt freigegeben.</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Stundenzettel wird vorbereitet…</translation>
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
        <source>ISO code, e.g. CZ</source>
        <translation>ISO-Code, z. B. CZ</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
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
        <source>ES</source>
        <translation>DE</translation>
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
        <source>{name} — {org_type}{member}, {value} ({country})</source>
        <translation>{name} — {org_type}{member}, {value} ({country})</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{text}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{text}&lt;/b&gt;</translation>
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
        <source>&lt;b&gt;{name} ({office})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} ({office})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Meine Bürokarte speichern</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Neue Schlüssel werden erzeugt</translation>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
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
        <source>{total:,} persons match</source>
        <translation>{total:,} Personen gefunden</translation>
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
        <source>{value:.2f}</source>
        <translation>{value:.2f}</translation>
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
        <source>Restored from the backup of {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>Aus der Sicherung vom {astimezone:%Y-%m-%d %H:%M} wiederhergestellt.</translation>
    </message>
    <message>
        <source> The damaged file is kept as {name}.</source>
        <translation> Die beschädigte Datei wird als {name} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Abschlussbericht — {reference}</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>würde einen ClusterXchange-Austausch empfehlen</translation>
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
        <source>&lt;b&gt;{label}&lt;/b&gt; (figures from {start:%d %b %Y} to {end:%d %b %Y}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{once:,}&lt;/b&gt; (counted once); organisations reached {reached:,}; events {events}, participants {participants:,}; person-months declared {value:,.2f} of {value_2:,.2f} planned; paid EUR {paid:,.2f}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (Zahlen vom {start:%d %b %Y} bis {end:%d %b %Y}): durchgeführte Austausche &lt;b&gt;{held} von {target}&lt;/b&gt;, laufend oder abgeschlossen {live}; Mitglieder &lt;b&gt;{once:,}&lt;/b&gt; (einmal gezählt); erreichte Organisationen {reached:,}; Veranstaltungen {events}, Teilnehmer {participants:,}; deklarierte Personenmonate {value:,.2f} von {value_2:,.2f} geplanten; ausgezahlt EUR {paid:,.2f}</translation>
    </message>
    <message>
        <source>Export the report pack {what}</source>
        <translation>Berichtspaket exportieren ({what})</translation>
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
</context>
<context>
    <name>RevokeKeyDialog</name>
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
        <source>Visitors and evidence</source>
        <translation>Besucher und Nachweise</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Bewertungsfragen</translation>
    </message>
    <message>
        <source>
Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>
Nur lesbar: Der Koordinator (BPT) pflegt die Regeln; sie kommen mit seinem Datenpaket.</translation>
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
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}: {what}</translation>
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
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Jahr und Arbeitspakete</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Fügen Sie die Mitarbeiter des Büros hinzu, um ihre Stundenzettel auszufüllen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</translation>
    </message>
    <message>
        <source>Approve {label}</source>
        <translation>{label} freigeben</translation>
    </message>
    <message>
        <source>Approving {label}…</source>
        <translation>{label} wird freigegeben…</translation>
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
        <source>{normalize:f}</source>
        <translation>{normalize:f}</translation>
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
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Wrote {rows} rows for {staff} staff members to {path}.</source>
        <translation>{rows} Zeilen für {staff} Mitarbeiter nach {path} geschrieben.</translation>
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
    <message>
        <source>{threshold:.2f}</source>
        <translation>{threshold:.2f}</translation>
    </message>
    <message>
        <source>{amount:.2f}</source>
        <translation>{amount:.2f}</translation>
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
    <message>
        <source>q{value}</source>
        <translation>q{value}</translation>
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
    <name>dialog_buttons</name>
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
    <name>operations</name>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{progress_label}
{what}</source>
        <translation>{progress_label}
{what}</translation>
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
