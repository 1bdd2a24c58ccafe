<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ApproveManyDialog</name>
    <message>
        <source>Approve {month_label}</source>
        <translation>Schválit {month_label}</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished">Schválit</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Nejprve odevzdat koncepty za danou osobu</translation>
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
        <translation>&lt;h2&gt;Balíčky&lt;/h2&gt;</translation>
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
        <translation>Vše (úplný balíček)</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Zapsat balíček…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <source>Import bundles ({SUFFIX} files), or drop them on this page.</source>
        <translation>Importujte balíčky (soubory {SUFFIX}) nebo je přetáhněte na tuto stránku.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importovat balíčky…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished">Kdy (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kancelář</translation>
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
        <translation>Partneři a klíče</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Partneři a klíče…</translation>
    </message>
    <message>
        <source>Your office card and its QR code, partners&apos; cards, changing or revoking keys.</source>
        <translation>Karta vaší kanceláře a její QR kód, karty partnerů, změna nebo zneplatnění klíčů.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Klíč kanceláře</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Heslo ke klíčům kanceláře:</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick, a mail folder)</source>
        <translation>Kam balíček zapsat (USB disk, složka pošty)</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Zapisování balíčku</translation>
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
        <translation>Importovat balíčky</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Není co importovat</translation>
    </message>
    <message>
        <source>Import bundles?</source>
        <translation>Importovat balíčky?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importování balíčků</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Ověřování balíčků</translation>
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
        <translation>Zobrazit tabulku</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a spreadsheet or a message</source>
        <translation>Zkopírovat tabulku pro vložení do tabulkového procesoru nebo zprávy</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>V tomto období není co počítat.</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Zobrazit graf</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Upravit kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Souhlas udělen dne</translation>
    </message>
    <message>
        <source>e.g. membership form, event registration</source>
        <translation>např. přihláška za člena, registrace na akci</translation>
    </message>
    <message>
        <source>Do not contact (the person asked not to be)</source>
        <translation>Nekontaktovat (osoba o to požádala)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Příjmení</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Název</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Jazyk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Souhlas pro</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Souhlas z</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message>
        <source>Possible duplicates across offices</source>
        <translation>Možné duplicity mezi kancelářemi</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office…</source>
        <translation>Porovnávání organizací všech kanceláří…</translation>
    </message>
    <message>
        <source>Same organisation: count once</source>
        <translation>Stejná organizace: počítat jednou</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Různé organizace</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Organisations registered by two offices with the same VAT number or a similar name in the same country. Compare the two before you decide: a different legal form or city often means two organisations. Linking them changes neither office&apos;s record; the partnership&apos;s figures count the pair once.</source>
        <translation>Organizace registrované dvěma kancelářemi se stejným DIČ nebo podobným názvem ve stejné zemi. Než se rozhodnete, obě porovnejte: jiná právní forma nebo jiné město často znamená dvě různé organizace. Propojení nemění záznam žádné z kanceláří; údaje partnerství započítají dvojici jednou.</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office</source>
        <translation>Porovnávání organizací všech kanceláří</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No undecided pairs: every office&apos;s organisations are distinct or linked.</source>
        <translation>Žádné nerozhodnuté dvojice: organizace všech kanceláří jsou odlišné nebo propojené.</translation>
    </message>
</context>
<context>
    <name>CtqDialog</name>
    <message>
        <source>Commitment to Quality — {reference}</source>
        <translation>Závazek kvality (Commitment to Quality) — {reference}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Dílčí cíle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Možná duplicita</translation>
    </message>
    <message>
        <source>This organisation looks like one already registered. Compare the two before you decide: a different legal form or city often means two organisations.</source>
        <translation>Tato organizace se podobá jedné již registrované. Než se rozhodnete, obě porovnejte: jiná právní forma nebo jiné město často znamená dvě různé organizace.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Ponechat obě</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Sloučit…</translation>
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
        <translation>Sloučit do {legal_name}…</translation>
    </message>
    <message>
        <source>Merging shows every field where the two differ, so you choose what to keep; its contacts and exchanges move to the kept record, and this one is deleted and points to it.</source>
        <translation>Při sloučení se zobrazí každé pole, ve kterém se záznamy liší, a vy zvolíte, co ponechat; kontakty a výměny se přesunou do ponechaného záznamu a tento záznam se smaže a bude na něj odkazovat.</translation>
    </message>
    <message>
        <source>{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.</source>
        <translation>Organizaci {legal_name} spravuje kancelář {office_id}, proto je zde nelze sloučit; informujte tuto kancelář, nebo ponechte obě.</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <source>Declared: hours of approved (locked) months; recorded: every stored hour; planned: set by the coordinator</source>
        <translation>Vykázáno: hodiny schválených (uzamčených) měsíců; zaznamenáno: všechny uložené hodiny; plánováno: stanoví koordinátor</translation>
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
        <translation>Člověkoměsíce podle pracovních balíčků</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>BLUES Desktop — unexpected error</source>
        <translation>BLUES Desktop — neočekávaná chyba</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Protokol je ve složce {folder}.</translation>
    </message>
    <message>
        <source>No log file is written (no log folder).</source>
        <translation>Protokol se nezapisuje (chybí složka protokolu).</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Kopírovat podrobnosti chyby</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Otevřít složku protokolu</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit event</source>
        <translation>Upravit akci</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nová akce</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Přidat den</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Odebrat den</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Online akce</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Veřejná (oznámená na kanálech BLUES)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Druh</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation type="unfinished">Pracovní balíček</translation>
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
        <translation>Dny (prázdné: všechna data)</translation>
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
        <translation type="unfinished">Město</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Jazyk</translation>
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
        <translation type="unfinished">Uložit</translation>
    </message>
    <message>
        <source>This event was deleted elsewhere (another window or an imported bundle) while the editor was open; saving will not bring it back.</source>
        <translation>Tato akce byla smazána jinde (v jiném okně nebo importovaným balíčkem), zatímco byl editor otevřený; uložením se neobnoví.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Tato akce byla změněna jinde (v jiném okně nebo importovaným balíčkem), zatímco jste ji upravovali. Uložením tyto změny přepíšete svou verzí; Zrušit je zachová.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrováno</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events…</source>
        <translation>Hledat akce…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <source>Who changed this event and its participants, when, and what</source>
        <translation>Kdo změnil tuto akci a její účastníky, kdy a co</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nová akce…</translation>
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
        <translation>Vyberte akci, nebo vytvořte novou.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Účast</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Prezenční listina</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Přehledy</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet. Register people from the member register, or add a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register from the register…</source>
        <translation>Registrovat z registru…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nová osoba…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Vymazat osobní údaje…</translation>
    </message>
    <message>
        <source>GDPR erasure of the chosen participant, on their request (the registration stays, shown as erased)</source>
        <translation>Výmaz osobních údajů vybraného účastníka podle GDPR na jeho žádost (registrace zůstane, zobrazená jako vymazaná)</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Uložit účast</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Bez registrace…</translation>
    </message>
    <message>
        <source>Attach scanned sheet…</source>
        <translation>Připojit naskenovanou listinu…</translation>
    </message>
    <message>
        <source>Keys: Space ticks or unticks and moves down, − clears, Enter moves down.</source>
        <translation>Klávesy: mezerník zaškrtne nebo zruší zaškrtnutí a posune dolů, − vymaže, Enter posune dolů.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 na šířku</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Náhled a tisk…</translation>
    </message>
    <message>
        <source>The sheet lists the registered participants in order with a signature box per day, blank rows for walk-ins, and a QR code per page that matches a scanned page to this event. Online events get the online attendance record instead.</source>
        <translation>Listina uvádí registrované účastníky v pořadí s polem pro podpis na každý den, prázdné řádky pro účastníky bez registrace a na každé stránce QR kód, který naskenovanou stránku přiřadí k této akci. Online akce mají místo ní záznam o online účasti.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Prázdné řádky pro účastníky bez registrace</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportovat do Excelu…</translation>
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
        <translation>Pořádá kancelář {office_id}: zobrazeno jen pro čtení, změnit ji může pouze {office_id}.</translation>
    </message>
    <message>
        <source>Scanned sheets: </source>
        <translation>Naskenované listiny: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vyberte akci, abyste viděli její údaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Vymazat osobní údaje</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Vyberte jednoho účastníka, jehož údaje se vymažou.</translation>
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
        <translation>Výmaz vyžaduje důvod; nic nebylo vymazáno.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez registrace</translation>
    </message>
    <message>
        <source>This person was already a contact; the contact was registered.</source>
        <translation>Tato osoba už byla kontaktem; kontakt byl registrován.</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>Naskenovaná podepsaná listina</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportovat akce</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; e-mail and gender</source>
        <translation>E-maily a pohlaví účastníků</translation>
    </message>
    <message>
        <source>The workbook lists participants by name, organisation and country, with the figures and breakdowns for the report; e-mail addresses and each person&apos;s gender are left out.

Include them anyway? Only do so when the reader needs to write to the participants; the workbook&apos;s summary says which list it holds.</source>
        <translation>Sešit uvádí účastníky se jménem, organizací a zemí, s údaji a rozpisy pro zprávu; e-mailové adresy a pohlaví jednotlivých osob jsou vynechány.

Přesto je zahrnout? Udělejte to jen tehdy, když příjemce potřebuje účastníkům psát; souhrn sešitu uvádí, který seznam obsahuje.</translation>
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
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisování sešitu…</translation>
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
        <translation type="unfinished">Stav</translation>
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
        <translation type="unfinished">První den</translation>
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
        <translation>Hledat číslo nebo jméno</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Všechna partnerství</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Registrovat…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportovat do Excelu…</translation>
    </message>
    <message>
        <source>Programme rules…</source>
        <translation>Pravidla programu…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Další krok</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <source>Who changed this exchange and its steps, when, and what</source>
        <translation>Kdo změnil tuto výměnu a její kroky, kdy a co</translation>
    </message>
    <message>
        <source>Mark as: {label}</source>
        <translation>Označit jako: {label}</translation>
    </message>
    <message>
        <source>Printed once the Commitment to Quality is signed</source>
        <translation>Tiskne se po podpisu Závazku kvality</translation>
    </message>
    <message>
        <source>Printed once the exchange has been held</source>
        <translation>Tiskne se po uskutečnění výměny</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Doklady</translation>
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
        <translation type="unfinished">Stav</translation>
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
        <translation type="unfinished">Historie</translation>
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
        <translation>Co to je?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Soubor dokladu</translation>
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
        <translation>Exportovat registr</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Zapisování registru</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovat</translation>
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
        <translation>Pravidla programu</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Zveřejněna verze {version}.</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Upozornit po</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dnech</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading the history…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Načítání historie…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes made on this computer show who made them. Records another office changed show the bundle that brought them and who imported it.</source>
        <translation>U změn provedených na tomto počítači je uvedeno, kdo je provedl. U záznamů změněných jinou kanceláří je uveden balíček, který je přinesl, a kdo ho importoval.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>žádné zaznamenané změny</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Kdy (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co se změnilo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importovat členy</translation>
    </message>
    <message>
        <source>Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice spreadsheet (.ods) or a .csv file.</source>
        <translation>Vyberte seznam členů: sešit Excelu (.xlsx, .xlsm, .xls), tabulku LibreOffice (.ods) nebo soubor .csv.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vybrat soubor…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Číst jako</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Řádky k importu</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Odložené řádky</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Upozornění a poznámky</translation>
    </message>
    <message>
        <source>Re-read with this mapping</source>
        <translation>Znovu načíst s tímto přiřazením</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>Uložit zprávu o problémech…</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Přiřazení sloupců…</translation>
    </message>
    <message>
        <source>Save rows set aside…</source>
        <translation>Uložit odložené řádky…</translation>
    </message>
    <message>
        <source>A file in the layout of yours with the rows set aside and a Problem column: correct the cells and import it to add those rows</source>
        <translation>Soubor ve vašem rozvržení s odloženými řádky a sloupcem Problém: opravte buňky a importujte ho, aby se tyto řádky přidaly</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Seznam členů</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Načítání souboru {name}…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Načítání souboru {name}</translation>
    </message>
    <message>
        <source>This file cannot be imported:
{exc}</source>
        <translation>Tento soubor nelze importovat:
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Tyto sloupce obsahují údaje, které budou ignorovány: {columns}. Má-li se některý importovat, zvolte pro něj pole v Přiřazení sloupců….</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(neimportuje se)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Zpráva o problémech</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report written to {name}.</source>
        <translation>Zpráva o problémech zapsána do souboru {name}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importování</translation>
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
        <translation type="unfinished">Přehledy</translation>
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
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otevřít &amp;datovou složku</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Uživatelé…</translation>
    </message>
    <message>
        <source>Change who is using the app, or add a user</source>
        <translation>Změnit, kdo aplikaci používá, nebo přidat uživatele</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>U&amp;končit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;O aplikaci {APP_NAME}</translation>
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
        <translation>Klíč: {fingerprint}</translation>
    </message>
    <message>
        <source>Your office&apos;s key fingerprint. Read it aloud to a partner to check the office card they registered.</source>
        <translation>Otisk klíče vaší kanceláře. Přečtěte ho partnerovi nahlas, aby si ověřil kartu kanceláře, kterou zaregistroval.</translation>
    </message>
    <message>
        <source>Data: {data_location}</source>
        <translation>Data: {data_location}</translation>
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
        <translation>Uživatelé tohoto počítače</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, city, VAT number or e-mail…</source>
        <translation>Hledat název, město, DIČ nebo e-mail…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Všechny druhy</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Všechny kanceláře</translation>
    </message>
    <message>
        <source>Country (e.g. ES)</source>
        <translation>Země (např. CZ)</translation>
    </message>
    <message>
        <source>Sector (e.g. water)</source>
        <translation>Odvětví (např. voda)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Pouze členové</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Chybná kontrolní číslice</translation>
    </message>
    <message>
        <source>Only organisations whose VAT or registration number was kept as typed although its check digit fails</source>
        <translation>Pouze organizace, jejichž DIČ nebo registrační číslo bylo ponecháno tak, jak bylo zadáno, přestože nesouhlasí kontrolní číslice</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportovat do Excelu…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nová…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importovat…</translation>
    </message>
    <message>
        <source>Across offices…</source>
        <translation>Mezi kancelářemi…</translation>
    </message>
    <message>
        <source>Organisations two offices registered that look alike: link them as one or not</source>
        <translation>Podobné organizace registrované dvěma kancelářemi: propojit je jako jednu, nebo ne</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Najít duplicity…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Vrátit smazání</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <source>Who changed this organisation, when, and what</source>
        <translation>Kdo změnil tuto organizaci, kdy a co</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakty&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Přidat kontakt…</translation>
    </message>
    <message>
        <source>No contacts for this organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Upravit kontakt…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Vymazat osobní údaje…</translation>
    </message>
    <message>
        <source>Merge contacts…</source>
        <translation>Sloučit kontakty…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what</source>
        <translation>Kdo změnil tento kontakt, kdy a co</translation>
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
        <translation>Spravuje kancelář {office_id}: zobrazeno jen pro čtení. Změnit ji může pouze {office_id}; její změny přicházejí v balíčku koordinátora.</translation>
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
        <translation>Historie</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Nejprve vyberte kontakt v seznamu.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished">Vymazat osobní údaje</translation>
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
        <translation type="unfinished">Výmaz vyžaduje důvod; nic nebylo vymazáno.</translation>
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
        <translation>Exportovat registr</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts without consent</source>
        <translation>Kontakty bez souhlasu</translation>
    </message>
    <message>
        <source>Contacts without a recorded GDPR consent are left out of the export.

Include them anyway? Only do so when you have another lawful basis to share them; the export says how many were included.</source>
        <translation>Kontakty bez zaznamenaného souhlasu podle GDPR jsou z exportu vynechány.

Přesto je zahrnout? Udělejte to jen tehdy, máte-li pro jejich sdílení jiný právní základ; export uvádí, kolik jich bylo zahrnuto.</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Exportování registru</translation>
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
        <translation>Oba záznamy obsahují stejné hodnoty.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation>Poznámka k měsíci (povinná, když hodiny překročí smlouvu)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Vrátit změny</translation>
    </message>
    <message>
        <source>Copy previous week</source>
        <translation>Kopírovat předchozí týden</translation>
    </message>
    <message>
        <source>Fill from typical week…</source>
        <translation>Vyplnit podle typického týdne…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Odevzdat</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <source>Approve for many…</source>
        <translation>Schválit pro více osob…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Znovu otevřít…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Tisk do PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <source>Who changed, submitted and approved this month, and when</source>
        <translation>Kdo tento měsíc změnil, odevzdal a schválil, a kdy</translation>
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
        <translation>Bez problémů: měsíc prošel všemi kontrolami.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>V tomto měsíci nezbývá žádný prázdný pracovní den k vyplnění.</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s timesheet for {month}? It will be locked, and its content and printed PDF fingerprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Schvalování…</translation>
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
        <translation>Opětovné otevření vyžaduje důvod; měsíc zůstává schválený.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Příprava výkazu práce…</translation>
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
        <translation>Účastník bez registrace</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nový účastník</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Příjmení</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizace</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-in who matches a contact by e-mail or name is linked to that contact; the signed sheet is the consent record.</source>
        <translation>Účastník bez registrace, který se shoduje s kontaktem podle e-mailu nebo jména, se k tomuto kontaktu propojí; záznamem o souhlasu je podepsaná listina.</translation>
    </message>
    <message>
        <source>&lt;b&gt;GDPR consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Souhlas podle GDPR&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Udělen dne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrovat</translation>
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
        <translation>Upravit organizaci</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nová organizace</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Druh *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
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
        <translation>zadejte část názvu a klikněte na Najít</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Najít</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(zatím žádné)</translation>
    </message>
    <message>
        <source>New organisation (not in the register)</source>
        <translation>Nová organizace (není v registru)</translation>
    </message>
    <message>
        <source>cluster member</source>
        <translation>člen klastru</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrovat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
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
        <translation type="unfinished">Druh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Město</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kancelář</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Město</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Druh</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kancelář</translation>
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
        <translation>Registrováno jednou kanceláří</translation>
    </message>
    <message>
        <source>Registered by another</source>
        <translation>Registrováno jinou</translation>
    </message>
    <message>
        <source>How likely the same</source>
        <translation>Pravděpodobnost shody</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez registrace</translation>
    </message>
</context>
<context>
    <name>PartnersKeysDialog</name>
    <message>
        <source>Partners and keys</source>
        <translation>Partneři a klíče</translation>
    </message>
    <message>
        <source>This office&apos;s card</source>
        <translation>Karta této kanceláře</translation>
    </message>
    <message>
        <source>Partners compare this fingerprint with the one their window shows when they register your card: read it aloud on a call, group by group, or let them scan the QR code with a phone.</source>
        <translation>Partneři porovnají tento otisk s tím, který jim zobrazí okno při registraci vaší karty: přečtěte ho nahlas při hovoru po skupinách, nebo jim nechte naskenovat QR kód telefonem.</translation>
    </message>
    <message>
        <source>Save my card to a file…</source>
        <translation>Uložit mou kartu do souboru…</translation>
    </message>
    <message>
        <source>Change this office&apos;s keys…</source>
        <translation>Změnit klíče této kanceláře…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Otisk:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
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
        <translation>Registrovat kartu partnera…</translation>
    </message>
    <message>
        <source>Revoke the key…</source>
        <translation>Zneplatnit klíč…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
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
        <translation>Uložit kartu mé kanceláře</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Vytváření nových klíčů</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a partner&apos;s card</source>
        <translation>Registrovat kartu partnera</translation>
    </message>
    <message>
        <source>Card already registered</source>
        <translation>Karta je již registrována</translation>
    </message>
    <message>
        <source>The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.</source>
        <translation>Karta kanceláře {office_name} je zde již registrována s tímto klíčem (otisk {fingerprint}). Nic se nezměnilo.</translation>
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
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
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
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Uložit jako…</translation>
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
        <translation>Tisk</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Tiskárnu se nepodařilo spustit.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Uložit PDF</translation>
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
        <translation>Vykazovací období</translation>
    </message>
    <message>
        <source>The grant&apos;s reporting periods: the project&apos;s start and the length of each period in months. Every figure of the Reports page and of the report pack follows them.</source>
        <translation>Vykazovací období grantu: začátek projektu a délka každého období v měsících. Řídí se jimi všechny údaje na stránce Přehledy i v balíku zpráv.</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Začátek projektu</translation>
    </message>
    <message>
        <source>Months in each period</source>
        <translation>Měsíce v každém období</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Uložit období</translation>
    </message>
    <message>
        <source>Write the length of each period in months, separated by commas (12, 12).</source>
        <translation>Zadejte délku každého období v měsících, oddělené čárkami (12, 12).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Register persons from the member register</source>
        <translation>Registrovat osoby z registru členů</translation>
    </message>
    <message>
        <source>Search name, e-mail or organisation…</source>
        <translation>Hledat jméno, e-mail nebo organizaci…</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PlannedEffortDialog</name>
    <message>
        <source>Planned effort (person-months)</source>
        <translation>Plánované úsilí (člověkoměsíce)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
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
        <translation>Člověkoměsíce, které každá kancelář plánuje na každý pracovní balíček:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>BLUES Desktop — the database is damaged</source>
        <translation>BLUES Desktop — databáze je poškozená</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database could not be opened safely.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The start-up check of &lt;code&gt;{path}&lt;/code&gt; found: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Databázi se nepodařilo bezpečně otevřít.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kontrola souboru &lt;code&gt;{path}&lt;/code&gt; při spuštění zjistila: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Můžete ho nahradit zálohou. Poškozený soubor se odloží vedle něj (nic se nesmaže), aby ho bylo možné dále prozkoumat. Změny provedené po pořízení zálohy v ní nejsou; balíček odeslaný od té doby koordinátorovi je může vrátit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>Obnovit vybranou zálohu</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otevřít datovou složku</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Žádná záloha ve složce {backups} neprošla kontrolou. Poškozený soubor zůstává na místě; co je špatně, ukáže `blues doctor`.</translation>
    </message>
    <message>
        <source>There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Ve složce {backups} nejsou žádné zálohy. Poškozený soubor zůstává na místě; co je špatně, ukáže `blues doctor`.</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>Záloha nebyla obnovena: {exc}</translation>
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
        <translation>Například: po pořízení nového notebooku změnili klíče</translation>
    </message>
    <message>
        <source>Why the key is replaced:</source>
        <translation>Proč se klíč nahrazuje:</translation>
    </message>
    <message>
        <source>I compared the fingerprint with {name}, and every group matches.</source>
        <translation>Porovnal(a) jsem otisk s kanceláří {name} a všechny skupiny se shodují.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an exchange</source>
        <translation>Registrovat výměnu</translation>
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
        <translation>z místopisného rejstříku</translation>
    </message>
    <message>
        <source>only for a second visit of the same organisation</source>
        <translation>pouze pro druhou návštěvu téže organizace</translation>
    </message>
    <message>
        <source>path of the CV (PDF), optional</source>
        <translation>cesta k životopisu (PDF), nepovinné</translation>
    </message>
    <message>
        <source>Travelling person: first name</source>
        <translation>Cestující osoba: jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerství účastníka</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>První den</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Poslední den</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Vzdálenost (km)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivace</translation>
    </message>
    <message>
        <source>Preferred sector</source>
        <translation>Preferované odvětví</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Důvod výjimky</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Životopis</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrovat</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Závěrečná zpráva — {reference}</translation>
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
        <translation>doporučil(a) by výměnu ClusterXchange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reading the figures…</source>
        <translation>Načítání údajů…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports and KPIs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Přehledy a KPI&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>ke dni</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exportovat sešit…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportovat PDF…</translation>
    </message>
    <message>
        <source>Periods…</source>
        <translation>Období…</translation>
    </message>
    <message>
        <source>Set the project&apos;s start and the length of each period</source>
        <translation>Nastavit začátek projektu a délku každého období</translation>
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
        <translation>Balík zpráv</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>Soubor {name} uložen do {parent}.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Zapisování balíku zpráv…</translation>
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
        <translation>Například: ukradli jim notebook</translation>
    </message>
    <message>
        <source>Why the key is revoked:</source>
        <translation>Proč se klíč zneplatňuje:</translation>
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
        <translation>Například: každoroční změna nebo ztráta notebooku</translation>
    </message>
    <message>
        <source>Why the keys are changed:</source>
        <translation>Proč se klíče mění:</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Heslo ke klíčům kanceláře:</translation>
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
        <translation>Pravidla programu (platná verze {version})</translation>
    </message>
    <message>
        <source>Money and duration</source>
        <translation>Peníze a doba trvání</translation>
    </message>
    <message>
        <source>Countries and thresholds</source>
        <translation>Země a prahové hodnoty</translation>
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
        <translation>Účastníci a doklady</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Hodnoticí otázky</translation>
    </message>
    <message>
        <source>Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 call: new thresholds</source>
        <translation>např. výzva 2027: nové prahové hodnoty</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nová verze platí od</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Zveřejnit jako novou verzi</translation>
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
        <translation>Strop na vysílající organizaci</translation>
    </message>
    <message>
        <source>Halve the lump sum if the stay is under</source>
        <translation>Snížit paušální částku na polovinu, je-li pobyt kratší než</translation>
    </message>
    <message>
        <source>… or the distance is under</source>
        <translation>… nebo vzdálenost kratší než</translation>
    </message>
    <message>
        <source>Shortest stay</source>
        <translation>Nejkratší pobyt</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Nejdelší pobyt</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>Zaplatit do</translation>
    </message>
    <message>
        <source>The lump sum is the threshold of the host&apos;s country, halved once, never above the cap. Agreements already issued keep the version they were computed under.</source>
        <translation>Paušální částka je prahová hodnota hostitelské země, nejvýše jednou snížená na polovinu, nikdy vyšší než strop. Již vydané dohody si ponechávají verzi, podle níž byly vypočteny.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Nastavit</translation>
    </message>
    <message>
        <source>Host and visitor must both be in a country that takes part in COSME.</source>
        <translation>Hostitel i účastník musí být v zemi zapojené do programu COSME.</translation>
    </message>
    <message>
        <source>Threshold of the selected countries:</source>
        <translation>Prahová hodnota vybraných zemí:</translation>
    </message>
    <message>
        <source>Who may visit (the others may only host)</source>
        <translation>Kdo může vyjíždět (ostatní mohou pouze hostit)</translation>
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
        <translation>Doklady k platbě</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Přidat otázku</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Odebrat vybrané</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Od této chvíle se zaznamenává u každé vaší změny</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Cannot be moved here: {blocked}.</source>
        <translation>Složku zde nelze přesunout: {blocked}.</translation>
    </message>
    <message>
        <source>Backups are taken before every upgrade, import and restore</source>
        <translation>Záloha se pořizuje před každou aktualizací, importem a obnovou</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datová složka</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Uchovávané zálohy</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Velikost papíru</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>As the system ({system})</source>
        <translation>Podle systému ({system})</translation>
    </message>
    <message>
        <source>The window changes language when you save; unsaved work is kept or asked about</source>
        <translation>Okno změní jazyk po uložení; neuložená práce se zachová, nebo se vás aplikace zeptá</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Přesunout datovou složku do</translation>
    </message>
    <message>
        <source>The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it.</source>
        <translation>Data se tam zkopírují a zkontrolují; BLUES Desktop se poté zavře a při příštím spuštění otevře nové umístění. Původní složka {root} zůstane zachována, dokud ji nesmažete.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up BLUES Desktop</source>
        <translation>Prvotní nastavení BLUES Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choose the office this computer works for. The app creates its database and the office&apos;s keys (for signing and receiving bundles) in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Vítejte v BLUES Desktop.&lt;/b&gt;&lt;br&gt;Vyberte kancelář, pro kterou tento počítač pracuje. Aplikace vytvoří svou databázi a klíče kanceláře (pro podepisování a přijímání balíčků) ve složce&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the office of this computer…</source>
        <translation>Vyberte kancelář tohoto počítače…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kancelář:</translation>
    </message>
    <message>
        <source>e.g. María Pérez</source>
        <translation>např. Jana Nováková</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;jméno:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Heslo ke klíčům:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Zopakujte heslo:</translation>
    </message>
    <message>
        <source>A passphrase protects the office&apos;s keys on this computer. Keep it safe: without it the keys cannot be opened, and no bundle can be written or read here. Leave it empty to rely on this computer&apos;s user account alone.</source>
        <translation>Heslo chrání klíče kanceláře na tomto počítači. Dobře si ho uschovejte: bez něj nelze klíče otevřít a nelze zde zapsat ani přečíst žádný balíček. Když pole necháte prázdné, spolehnete se pouze na uživatelský účet tohoto počítače.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Vytvořit kancelář</translation>
    </message>
    <message>
        <source>Choose the office this computer works for.</source>
        <translation>Vyberte kancelář, pro kterou tento počítač pracuje.</translation>
    </message>
    <message>
        <source>Your name is needed: it is recorded with every change you make.</source>
        <translation>Vaše jméno je nutné: zaznamenává se u každé vaší změny.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Zadaná hesla se liší.</translation>
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
        <translation>Upravit pracovníka</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nový pracovník</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Pracovní poměr končí dne</translation>
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
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Zaměstnán(a) od</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Týdenní úvazek (hodiny)</translation>
    </message>
    <message>
        <source>Annual productive hours</source>
        <translation>Roční produktivní hodiny</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Nadřízený</translation>
    </message>
    <message>
        <source>Public holidays of region</source>
        <translation>Státní svátky regionu</translation>
    </message>
    <message>
        <source>The name, role and e-mail are kept for the grant&apos;s timesheets (employment contract and EU reporting). “Erase personal data…” removes them on request; the hours stay, as the grant&apos;s accounting records.</source>
        <translation>Jméno, funkce a e-mail se uchovávají pro výkazy práce grantu (pracovní smlouva a vykazování EU). „Vymazat osobní údaje…“ je na žádost odstraní; hodiny zůstanou jako účetní záznamy grantu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Uložit</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>h/week</source>
        <translation>h/týd.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
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
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Vymazat osobní údaje…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pracovníci&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nový pracovník…</translation>
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
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Rok a pracovní balíčky</translation>
    </message>
    <message>
        <source>The hours of {name} for {month} are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Přidejte pracovníky kanceláře, abyste mohli vyplňovat jejich výkazy práce.</translation>
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
        <translation type="unfinished">Vymazat osobní údaje</translation>
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
        <translation>Výmaz vyžaduje důvod; nic nebylo vymazáno.</translation>
    </message>
</context>
<context>
    <name>TypicalWeekDialog</name>
    <message>
        <source>Fill from a typical week</source>
        <translation>Vyplnit podle typického týdne</translation>
    </message>
    <message>
        <source>Fill empty days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty working days of the month get these hours; days with hours, absences, public holidays (which get the public holiday row) and weekends stay as they are.</source>
        <translation>Prázdné pracovní dny měsíce dostanou tyto hodiny; dny s hodinami, nepřítomnosti, státní svátky (ty dostanou řádek státního svátku) a víkendy zůstanou beze změny.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who is using BLUES Desktop?</source>
        <translation>Kdo pracuje s BLUES Desktop?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choose your name: every change, approval and bundle records who made it.</source>
        <translation>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Vyberte své jméno: u každé změny, schválení a balíčku se zaznamenává, kdo je provedl.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Přidat uživatele…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <source>The new user&apos;s name:</source>
        <translation>Jméno nového uživatele:</translation>
    </message>
    <message>
        <source>Choose your name, or add it.</source>
        <translation>Vyberte své jméno, nebo ho přidejte.</translation>
    </message>
</context>
<context>
    <name>YearPackagesModel</name>
    <message>
        <source>Work package</source>
        <translation>Pracovní balíček</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Člověkoměsíce</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Vykázané ČM</translation>
    </message>
    <message>
        <source>Planned PM</source>
        <translation>Plánované ČM</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% plánu</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Planned effort…</source>
        <translation>Plánované úsilí…</translation>
    </message>
    <message>
        <source>Person-months = hours / (annual productive hours / 12). Declared effort counts approved (locked) months only; the plan is set by the coordinator.</source>
        <translation>Člověkoměsíce = hodiny / (roční produktivní hodiny / 12). Vykázané úsilí počítá pouze schválené (uzamčené) měsíce; plán stanoví koordinátor.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportovat do Excelu…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office per work package&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kancelář podle pracovních balíčků&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per staff member (hours / person-months)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Podle pracovníků (hodiny / člověkoměsíce)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export timesheets</source>
        <translation>Exportovat výkazy práce</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisování sešitu…</translation>
    </message>
</context>
<context>
    <name>YearStaffModel</name>
    <message>
        <source>Staff member</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <source>BLUES PM</source>
        <translation>ČM BLUES</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Vykázané ČM</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Schválené měsíce</translation>
    </message>
</context>
<context>
    <name>_CountriesTable</name>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Takes part in COSME</source>
        <translation>Zapojena do COSME</translation>
    </message>
    <message>
        <source>Threshold (EUR)</source>
        <translation>Prahová hodnota (EUR)</translation>
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
        <translation>Otázka (hodnocení 1–5)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</source>
        <translation>Offline nástroj partnerství BLUES — {project}: BalticNet-PlasmaTec (koordinátor), Nanoprogress, Mazovia ICT Cluster, ZINNAE a Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>O aplikaci {APP_NAME}</translation>
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
        <translation>Sloučit kontakty</translation>
    </message>
    <message>
        <source>Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.</source>
        <translation>Který kontakt sloučit do kontaktu {kept}? Jeho registrace na akce, výměny a souhlas lze přesunout do ponechaného kontaktu; každé odlišné pole zvolíte v dalším kroku.</translation>
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
        <translation type="unfinished">Zrušit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Pokračovat v úpravách</translation>
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
        <translation type="unfinished">Město</translation>
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
        <translation type="unfinished">List</translation>
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
        <translation type="unfinished">Druh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Město</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
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
        <translation type="unfinished">Kancelář</translation>
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
        <translation type="unfinished">Druh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Země</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Město</translation>
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
        <translation type="unfinished">Chybná kontrolní číslice</translation>
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
        <translation type="unfinished">Poznámky</translation>
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
        <translation type="unfinished">Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Příjmení</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Název</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Jazyk</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizace</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">Souhlas udělen dne</translation>
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
        <translation type="unfinished">Důvod</translation>
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
        <translation type="unfinished">Rok</translation>
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
        <translation type="unfinished">Partnerství účastníka</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">První den</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Poslední den</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation type="unfinished">Vzdálenost (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished">Motivace</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Cíle</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Dílčí cíle</translation>
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
        <translation type="unfinished">Poznámka</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation type="unfinished">Pracovní balíček</translation>
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
        <translation type="unfinished">Den</translation>
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
        <translation type="unfinished">Bez registrace</translation>
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
        <translation type="unfinished">Zaměstnán(a) od</translation>
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
        <translation type="unfinished">Nadřízený</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished">Pracovník</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished">Hodiny</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Měsíc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Stav</translation>
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
        <translation type="unfinished">Člověkoměsíce</translation>
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
        <translation type="unfinished">Otisk</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Hodnoticí otázky</translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished">Životopis</translation>
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
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>As the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavý</translation>
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
        <translation>Přesunout datovou složku do
{target}?

BLUES Desktop se zavře, jakmile bude kopie zkontrolována, a při příštím spuštění otevře nové umístění.</translation>
    </message>
    <message>
        <source>The data folder is now
{new}

The old folder
{old}
is kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.</source>
        <translation>Datová složka je nyní
{new}

Původní složka
{old}
zůstává zachována; smažte ji, až budete v novém umístění pracovat. BLUES Desktop se nyní zavře; spusťte ho znovu.</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>Přesouvá se datová složka…</translation>
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
        <translation>Datovou složku {root} nelze použít: {strerror}</translation>
    </message>
    <message>
        <source>BLUES Desktop is already open on the data folder
{root}

Switch to that window, or close it first.</source>
        <translation>BLUES Desktop je již otevřený s datovou složkou
{root}

Přepněte do toho okna, nebo ho nejprve zavřete.</translation>
    </message>
</context>
</TS>
