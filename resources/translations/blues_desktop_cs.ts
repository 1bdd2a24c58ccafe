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
        <translation>Každý zaškrtnutý výkaz práce za {month} se schválí a uzamkne, pokud projde kontrolami; ostatní se vypíšou s důvodem a zůstanou beze změny.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Schválit</translation>
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
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation>Den {number}
{date}</translation>
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
        <translation>Odeslat všem partnerům</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Odeslat koordinátorovi</translation>
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
        <translation>Kdy (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Směr</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Balíček</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation>Zatím nebyl zapsán ani importován žádný balíček. Zapište balíček a odešlete změny této kanceláře, nebo importujte balíček, který jste obdrželi.</translation>
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
        <translation>Soubor {file} ({records} záznamů) zapsán do {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>Importovat %n balíček?</numerusform>
            <numerusform>Importovat %n balíčky?</numerusform>
            <numerusform>Importovat %n balíčků?</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation>{file}: importováno již {date}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file}: %n nový nebo aktualizovaný záznam</numerusform>
            <numerusform>{file}: %n nové nebo aktualizované záznamy</numerusform>
            <numerusform>{file}: %n nových nebo aktualizovaných záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importovat balíčky</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation>Balíčky BLUES (*{SUFFIX})</translation>
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
        <translation>Od posledního balíčku potvrzeného koordinátorem nedošlo k žádným změnám.</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation>Příští balíček kanceláře {office} obsahuje {records} záznamů (vše):</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation>Příští balíček kanceláře {office} obsahuje {records} záznamů (změny od posledního balíčku potvrzeného koordinátorem):</translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation>{records}: nové {new}, změněné {changed}, smazané {deleted}</translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation>podpis platný: kancelář {office}, klíč {fingerprint}</translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation>balíček {sequence}, navazuje na {previous}</translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation>balíček {sequence}, první balíček této kanceláře</translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation>importováno již {date}: nic se nezmění</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>upozornění: {warning}</translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{records}: nové {new}, aktualizované {updated}, beze změny {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n uložený soubor (životopisy, doklady, PDF výkazů práce), {size} MB, odpovídá svému SHA-256</numerusform>
            <numerusform>%n uložené soubory (životopisy, doklady, PDF výkazů práce), {size} MB, každý odpovídá svému SHA-256</numerusform>
            <numerusform>%n uložených souborů (životopisy, doklady, PDF výkazů práce), {size} MB, každý odpovídá svému SHA-256</numerusform>
        </translation>
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
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titul</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
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
        <translation>Uložit</translation>
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
    <message>
        <source>erased</source>
        <translation>vymazáno</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nekontaktovat</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>bez souhlasu</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
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
        <translation>Registrováno kanceláří {office_id}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n možná duplicita k rozhodnutí</numerusform>
            <numerusform>%n možné duplicity k rozhodnutí</numerusform>
            <numerusform>%n možných duplicit k rozhodnutí</numerusform>
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
        <translation>Uložit</translation>
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
        <translation>
            <numerusform>Tato organizace se podobá %n již registrované organizaci. Vyberte jednu k porovnání; jiná právní forma nebo jiné město často znamená dvě různé organizace.</numerusform>
            <numerusform>Tato organizace se podobá %n již registrovaným organizacím. Vyberte jednu k porovnání; jiná právní forma nebo jiné město často znamená dvě různé organizace.</numerusform>
            <numerusform>Tato organizace se podobá %n již registrovaným organizacím. Vyberte jednu k porovnání; jiná právní forma nebo jiné město často znamená dvě různé organizace.</numerusform>
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
        <translation>Tento záznam</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Již registrováno</translation>
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
        <translation>Vykázáno</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zaznamenáno</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plánováno</translation>
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
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pracovní balíček</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Dny (prázdné: všechna data)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online odkaz</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Místo konání</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Spoluorganizátoři</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Cílové skupiny</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
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
        <translation>Zatím žádné akce. Vytvořte akci, abyste mohli registrovat účastníky a vytisknout prezenční listinu.</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Naplánovat novou akci</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Upravit vybranou akci</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Smazat vybranou akci</translation>
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
        <translation>Na tuto akci zatím není nikdo registrován. Registrujte osoby z registru členů, nebo přidejte novou osobu.</translation>
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
        <translation>Hledání neodpovídá žádná akce.</translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation>Značky účasti ({pending}) pro „{title}“ zatím nejsou uloženy.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registrovaný</numerusform>
            <numerusform>%n registrovaní</numerusform>
            <numerusform>%n registrovaných</numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation>den {number}: {present} z {total}</translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation>Přítomni — {days}</translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Přítomni — {days} · %n neuložená změna</numerusform>
            <numerusform>Přítomni — {days} · %n neuložené změny</numerusform>
            <numerusform>Přítomni — {days} · %n neuložených změn</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation>Údaje akce „{title}“</translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation>Registrováno: {registered}, zúčastnilo se: {participants} ({persons} osob z {organisations} organizací).</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Podle pracovních balíčků</translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation>Podle zemí (prvních 12)</translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation>Podle druhu organizace</translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation>Podle pohlaví</translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation>Nová akce „{title}“ je uložena a vybrána v seznamu.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Smazat akci</translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation>Smazat akci „{title}“ i s jejími registracemi?</translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation>Akce „{title}“ byla smazána i s jejími registracemi.</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF nebo obrázek (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation>Online záznam účasti: {title}</translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation>Příprava online záznamu účasti…</translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation>Prezenční listina: {title}</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Příprava prezenční listiny…</translation>
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
        <translation>Vymazat osobní údaje osoby {name} (jméno, e-mail, telefon, funkce, pohlaví, souhlas) ze záznamu, jeho historie a souborů k němu uložených? Registrace zůstane, zobrazená jako vymazaná, a výmaz se v balíčcích dostane i k ostatním kancelářím. Tuto akci nelze vrátit zpět.

Na čí žádost a proč?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
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
        <translation>Excel (*.xlsx)</translation>
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
        <translation>Zapsáno {events} akcí a {participants} účastníků (s e-mailovými adresami a pohlavím).</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation>Zapsáno {events} akcí a {participants} účastníků (bez e-mailových adres a pohlaví).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisování sešitu…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) and is now {state}: this part of it can no longer be changed.</source>
        <translation>Tato výměna byla změněna jinde (v jiném okně nebo importovaným balíčkem) a je nyní ve stavu „{state}“: tuto její část již nelze měnit.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Tato výměna byla změněna jinde (v jiném okně nebo importovaným balíčkem); formulář ji nyní zobrazuje v uloženém stavu.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Tato výměna byla změněna jinde (v jiném okně nebo importovaným balíčkem), zatímco jste ji upravovali. Uložení přepíše tyto změny vaší verzí; Zrušit je ponechá.</translation>
    </message>
    <message>
        <source>This exchange was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Tato výměna byla smazána jinde (v jiném okně nebo importovaným balíčkem), zatímco byl formulář otevřený; není kam ji uložit.</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Paušál</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerství</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>První den</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dny</translation>
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
        <source>CV</source>
        <translation>Životopis</translation>
    </message>
    <message>
        <source>Commitment to Quality</source>
        <translation>Závazek kvality</translation>
    </message>
    <message>
        <source>Financial agreement</source>
        <translation>Finanční dohoda</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Potvrzení o účasti</translation>
    </message>
    <message>
        <source>Closing report form</source>
        <translation>Formulář závěrečné zprávy</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation>{office}: uskutečněno {held} z {registered} registrovaných</translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation>&lt;b&gt;Uskutečněno {held} z {target} plánovaných výměn ({progress})&lt;/b&gt;; dalších {live} probíhá.</translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation>Podle partnerství: {offices}.</translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation>Přislíbené paušální částky {committed}, z toho vyplaceno {paid}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation>Nejčastější dvojice zemí: {pairs}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation>Nejčastější dvojice zemí: zatím žádné.</translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation>{km} km (zadáno ručně)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klastr</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerství</translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation>účastník {visitor}, hostitel {host}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Pobyt</translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation>{start} až {end}, pracovních dnů: {days}</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Vzdálenost</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Paušální částka</translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation>{amount} (pravidla v{version})</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Dohoda</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation>hostitel {host}, účastník {visitor}</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Nesplňuje podmínky:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation>Registrovat novou výměnu</translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation>Zapsat zobrazené výměny do sešitu Excel</translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation>Paušální částky, vzdálenosti a lhůty, jimiž se výměny řídí</translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation>Zatím žádné výměny. Registrujte první: účastníka, hostitele a termíny.</translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation>Hostitel přijímá</translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation>Účastník přijímá</translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation>Upravit Závazek kvality…</translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation>Závěrečná zpráva…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Připojit doklady…</translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation>Zrušit výměnu…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Odstoupit…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation>Co lze s touto výměnou nyní udělat</translation>
    </message>
    <message>
        <source>Financial agreements of the exchanges shown…</source>
        <translation>Finanční smlouvy zobrazených výměn…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation>Náhled a tisk dokumentů této výměny</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n výměna</numerusform>
            <numerusform>%n výměny</numerusform>
            <numerusform>%n výměn</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Hledání ani filtrům neodpovídá žádná výměna.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vyberte výměnu, abyste viděli její podrobnosti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation>Jen pro čtení: tato výměna patří kanceláři {office_id}.</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Zapsat %n finanční smlouvu, kterou lze nyní vytisknout, jako PDF do složky</numerusform>
            <numerusform>Zapsat %n finanční smlouvy, které lze nyní vytisknout, každou jako PDF do složky</numerusform>
            <numerusform>Zapsat %n finančních smluv, které lze nyní vytisknout, každou jako PDF do složky</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the exchanges shown may have its financial agreement printed yet: it is printed once the Commitment to Quality is signed</source>
        <translation>U žádné ze zobrazených výměn zatím nelze finanční smlouvu vytisknout: tiskne se, jakmile je podepsán Závazek kvality</translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation>Zrušit výměnu</translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation>Proč partnerství ruší výměnu {reference}? Důvod se uchová v její historii.</translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation>Ponechat výměnu</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Odstoupit</translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation>Proč účastník odstupuje od výměny {reference}? Důvod se uchová v její historii.</translation>
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
        <translation>PDF nebo obrázek (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation>Výměna {reference} je registrována a vybrána v seznamu.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportovat registr</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>%n výměna zapsána do {file}</numerusform>
            <numerusform>%n výměny zapsány do {file}</numerusform>
            <numerusform>%n výměn zapsáno do {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Zapisování registru</translation>
    </message>
    <message>
        <source>Folder for the financial agreements</source>
        <translation>Složka pro finanční smlouvy</translation>
    </message>
    <message>
        <source>Writing the financial agreements</source>
        <translation>Zapisují se finanční smlouvy</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>%n finanční smlouva zapsána do {folder}</numerusform>
            <numerusform>%n finanční smlouvy zapsány do {folder}</numerusform>
            <numerusform>%n finančních smluv zapsáno do {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>No financial agreement written to {folder}: none of the exchanges shown may have it printed now</source>
        <translation>Do {folder} nebyla zapsána žádná finanční smlouva: u žádné ze zobrazených výměn ji nyní nelze vytisknout</translation>
    </message>
    <message>
        <source>Stopped: the financial agreements written before Cancel are in {folder}</source>
        <translation>Zastaveno: finanční smlouvy zapsané před zrušením jsou v {folder}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Verze: {versions}</translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation>v{version} z {date}</translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation>v{version} z {date} (vestavěná)</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Pravidla programu</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Zveřejněna verze {version}.</translation>
    </message>
    <message>
        <source>The exchange is paid: its last step is done.</source>
        <translation>Výměna je vyplacena: její poslední krok je hotov.</translation>
    </message>
    <message>
        <source>The exchange was cancelled: it takes no further step.</source>
        <translation>Výměna byla zrušena: žádný další krok nenásleduje.</translation>
    </message>
    <message>
        <source>The exchange was withdrawn: it takes no further step.</source>
        <translation>Výměna byla stažena: žádný další krok nenásleduje.</translation>
    </message>
    <message>
        <source>No further step from this state: {state}.</source>
        <translation>Z tohoto stavu nevede žádný další krok: {state}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation>zatím nic nesloučeno</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>balíček {sequence}, zapsán {written}, importován {imported} (starý %n den)</numerusform>
            <numerusform>balíček {sequence}, zapsán {written}, importován {imported} (starý %n dny)</numerusform>
            <numerusform>balíček {sequence}, zapsán {written}, importován {imported} (starý %n dní)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktuálnost dat</translation>
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
        <translation>{office} (tato kancelář)</translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation>koordinátor zatím nepotvrdil žádný balíček</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>balíček {sequence} potvrzený koordinátorem, zapsán {written} (starý %n den)</numerusform>
            <numerusform>balíček {sequence} potvrzený koordinátorem, zapsán {written} (starý %n dny)</numerusform>
            <numerusform>balíček {sequence} potvrzený koordinátorem, zapsán {written} (starý %n dní)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Starší než %n den nebo chybí: údaje této kanceláře mohou být zastaralé</numerusform>
            <numerusform>Starší než %n dny nebo chybí: údaje této kanceláře mohou být zastaralé</numerusform>
            <numerusform>Starší než %n dní nebo chybí: údaje této kanceláře mohou být zastaralé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDocumentPreview</name>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>The English text is the binding one; a second language adds the translation of every heading and label</source>
        <translation>Závazné je anglické znění; druhý jazyk doplní překlad každého nadpisu a popisku</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s and the host&apos;s language)</source>
        <translation>Angličtina a {language} (jazyk návštěvníka i hostitele)</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s language)</source>
        <translation>Angličtina a {language} (jazyk návštěvníka)</translation>
    </message>
    <message>
        <source>English and {language} (the host&apos;s language)</source>
        <translation>Angličtina a {language} (jazyk hostitele)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument se připravuje…</translation>
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
        <translation>
            <numerusform>%n změna</numerusform>
            <numerusform>%n změny</numerusform>
            <numerusform>%n změn</numerusform>
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
        <translation>Poznámka: {note}</translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation>Upozornění — {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… a %n další ve zprávě o problémech</numerusform>
            <numerusform>… a %n další ve zprávě o problémech</numerusform>
            <numerusform>… a %n dalších ve zprávě o problémech</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Žádná upozornění.</translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation>Řádky k importu ({count})</translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation>Odložené řádky ({count})</translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation>Upozornění a poznámky ({count})</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation>Nelze importovat žádný řádek: opravte odložené řádky (nebo přiřazení sloupců).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation>Zatím nebylo nic zapsáno. Import nyní přidá správné řádky (po zálohování); odložené řádky zůstanou k opravě: uložte je pomocí „Uložit odložené řádky…“, opravte buňky uvedené ve sloupci Problém a importujte tento soubor. Nebo import zavřete a nejprve opravte svůj soubor.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importovat %n řádek</numerusform>
            <numerusform>Importovat %n řádky</numerusform>
            <numerusform>Importovat %n řádků</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation>Zatím nebylo nic zapsáno. Stiskněte Importovat a vše se uloží v jednom kroku.</translation>
    </message>
    <message>
        <source>column {column} of sheet {sheet}</source>
        <translation>sloupec {column} listu {sheet}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>%n odložený řádek je v souboru {file}: opravte buňky uvedené ve sloupci Problém a pak tento soubor importujte.</numerusform>
            <numerusform>%n odložené řádky jsou v souboru {file}: opravte buňky uvedené ve sloupci Problém a pak tento soubor importujte.</numerusform>
            <numerusform>%n odložených řádků je v souboru {file}: opravte buňky uvedené ve sloupci Problém a pak tento soubor importujte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation>Importováno organizací: {organisations_new} nových a {organisations_changed} změněných; kontaktů: {contacts_new} nových a {contacts_changed} změněných.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n odložený řádek: uložte ho pomocí „Uložit odložené řádky…“, opravte ho a tento soubor importujte.</numerusform>
            <numerusform>%n odložené řádky: uložte je pomocí „Uložit odložené řádky…“, opravte je a tento soubor importujte.</numerusform>
            <numerusform>%n odložených řádků: uložte je pomocí „Uložit odložené řádky…“, opravte je a tento soubor importujte.</numerusform>
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
        <translation>Sešity Excel (*.xlsx)</translation>
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
        <translation>Členové</translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation>Organizace klastrů a jejich kontakty</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Výměny</translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation>Výměny pracovníků mezi organizacemi, od registrace po platbu</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation>Workshopy a setkání, jejich účastníci a účast</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Výkazy práce</translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation>Měsíční hodiny pracovníků na projektu</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Balíčky</translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation>Odeslat data této kanceláře koordinátorovi a importovat data partnerů</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Přehledy</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation>Údaje a KPI projektu podle období</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>Otevírání stránky {page}…</translation>
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
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;O aplikaci {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nový…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Přejít</translation>
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
        <translation>Kancelář: {code} {name} (koordinátor) · {user}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation>Kancelář: {code} {name} (partner) · {user}</translation>
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
        <translation>Nová organizace…</translation>
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
        <translation>Tato organizace zatím nemá žádné kontakty.</translation>
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
        <translation>Registrovat novou organizaci</translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation>Načíst organizace a kontakty z tabulky</translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation>Zapsat zobrazené organizace do sešitu Excel</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Upravit vybranou organizaci</translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation>Smazat vybranou organizaci (lze vrátit zpět)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organizace</numerusform>
            <numerusform>%n organizace</numerusform>
            <numerusform>%n organizací</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vyberte organizaci, abyste viděli její podrobnosti a kontakty.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Kontakty sloučeny: %n přihláška na akci přesunuta k ponechanému kontaktu.</numerusform>
            <numerusform>Kontakty sloučeny: %n přihlášky na akce přesunuty k ponechanému kontaktu.</numerusform>
            <numerusform>Kontakty sloučeny: %n přihlášek na akce přesunuto k ponechanému kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n výměna přesunuta k ponechanému kontaktu.</numerusform>
            <numerusform>%n výměny přesunuty k ponechanému kontaktu.</numerusform>
            <numerusform>%n výměn přesunuto k ponechanému kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Sloučeno: %n kontakt přesunut.</numerusform>
            <numerusform>Sloučeno: %n kontakty přesunuty.</numerusform>
            <numerusform>Sloučeno: %n kontaktů přesunuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n výměna přesunuta.</numerusform>
            <numerusform>%n výměny přesunuty.</numerusform>
            <numerusform>%n výměn přesunuto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details taken from the other record: {fields}.</source>
        <translation>Údaje převzaté z druhého záznamu: {fields}.</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation>Do souboru {file} exportováno organizací: {organisations}, kontaktů: {contacts}; vynecháno kontaktů bez souhlasu: {left_out}</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation>Do souboru {file} exportováno organizací: {organisations}, kontaktů: {contacts}</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Spravuje kancelář {office_id}: zobrazeno jen pro čtení. Změnit ji může pouze {office_id}; její změny přicházejí v balíčku koordinátora.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation>DIČ {number}</translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation>odvětví {sectors}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>zaměstnanců: {band}</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Členem od {date}</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>kancelář {code}</translation>
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
        <translation>Vymazat osobní údaje</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Vymazat osobní údaje osoby {name} (jméno, e-mail, telefon, funkce, souhlas) ze záznamu, jeho historie a souborů k němu uložených (životopis)? Záznam zůstane, označený jako vymazaný, aby se výmaz v balíčcích dostal i k ostatním kancelářím. Tuto akci nelze vrátit zpět.

Na čí žádost a proč?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Výmaz vyžaduje důvod; nic nebylo vymazáno.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation>Organizace {legal_name} nemá žádný další kontakt ke sloučení.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation>„{name}“ smazáno. Příkaz Vrátit smazání záznam obnoví.</translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation>Smazaná organizace je zpět v registru.</translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation>„{legal_name}“ spravuje kancelář {office_id}: zobrazuje se jen pro čtení.</translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation>Nová organizace je uložena a vybrána v seznamu.</translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation>Pro {legal_name} nebyly nalezeny žádné pravděpodobné duplicity</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportovat registr</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sešity Excel (*.xlsx)</translation>
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
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Sloučit dva kontakty</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Sloučit dvě organizace</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Sloučit dva záznamy</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; se sloučí do &lt;b&gt;{kept}&lt;/b&gt;: smaže se a bude odkazovat na ponechaný záznam. U každého pole, v němž se liší, zvolte hodnotu, kterou chcete ponechat.</translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation>Sloučení přesune do ponechaného záznamu: {moves}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation>Ponechat: {title}</translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation>Sloučeno a odstraněno: {title}</translation>
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
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n výměna</numerusform>
            <numerusform>%n výměny</numerusform>
            <numerusform>%n výměn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n registrace na akci</numerusform>
            <numerusform>%n registrace na akce</numerusform>
            <numerusform>%n registrací na akce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n záznam pracovníka</numerusform>
            <numerusform>%n záznamy pracovníků</numerusform>
            <numerusform>%n záznamů pracovníků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation>Odpracováno</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Státní svátek: {name}</translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation>Mimo dobu zaměstnání</translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation>Vložení odmítnuto u dne {day}: {problem}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation>Zadávejte hodiny po čtvrthodinách (7.5, 7,25 nebo 1:45). Enter: další den · Delete: vymazat · + / −: o čtvrthodinu více nebo méně · Ctrl+C / Ctrl+V: kopírovat a vložit buňky.</translation>
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
        <translation>Odpracováno {worked} h z {contracted} h dle smlouvy</translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation>BLUES {blues} h = {months} člověkoměsíců</translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation>ostatní {other} h</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>neuložené změny</translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation>Týden před {day} už má stejné hodiny.</translation>
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
        <translation>Schválit výkaz práce osoby {name} za {month}? Výkaz se uzamkne a pro jeho obsah i vytištěné PDF se vytvoří otisk.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Schvalování…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Znovu otevřít</translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation>Proč se znovu otevírá {month} osoby {name}?</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Opětovné otevření vyžaduje důvod; měsíc zůstává schválený.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation>Výkaz práce: {name}, {month}</translation>
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
        <translation>Nezahájeno</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Odevzdáno</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Schváleno (uzamčeno)</translation>
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
        <translation>Jméno</translation>
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
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Druh organizace</translation>
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
        <translation>Přidat bez registrace</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrovat</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation>Klíče vytvořeny {date}.</translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation>Karta neuvádí, kdy byly její klíče vytvořeny.</translation>
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
        <translation>Země *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Tato organizace byla změněna jinde (v jiném okně nebo importovaným balíčkem); formulář ji nyní zobrazuje v uloženém stavu.</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Tato organizace byla během vašich úprav změněna jinde (v jiném okně nebo importovaným balíčkem). Uložením přepíšete tyto změny svou verzí; Zrušit je zachová.</translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Tato organizace byla smazána jinde (v jiném okně nebo importovaným balíčkem), zatímco byl formulář otevřený; není kam ji uložit.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-31</source>
        <translation>{value} není datum; zapište ho jako 2024-05-31</translation>
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
        <translation>{name} — {type}, člen, {city} ({country})</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation>Úřední název</translation>
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
        <source>VAT number</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation>Spravuje kancelář {office_id}: zde jen pro čtení</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation>{pending}

Uložit je před pokračováním?</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>differs</source>
        <translation>liší se</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Právní forma</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>DIČ</translation>
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
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation>Co se shoduje:</translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation>Co se liší (každý rozdíl snižuje pravděpodobnost):</translation>
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
    <message>
        <source>yes</source>
        <translation>ano</translation>
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
        <translation>Balíčky kanceláře se přijímají, jen pokud je zde registrována její karta. Registrujte kartu každého partnera; váš balíček je předá ostatním partnerům.</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation>Balíčky kanceláře se přijímají, jen pokud je zde registrována její karta. Registrujte kartu koordinátora; balíček koordinátora přinese karty ostatních partnerů.</translation>
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
        <translation>Klíč kanceláře {office_name} byl nahrazen; jeho otisk je {groups}.</translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation>Karta kanceláře {office_name} registrována (otisk {groups}): její balíčky se od nynějška přijímají.</translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation>Klíč kanceláře {name} je odvolán: její balíčky se od nynějška odmítají.</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Uložit kartu mé kanceláře</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation>Karta kanceláře {office} uložena do {path}. Pošlete ji partnerům (e-mailem nebo na USB disku) a pak s nimi otisk porovnejte během hovoru.</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Vytváření nových klíčů</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation>Nové klíče vytvořeny: otisk je nyní {fingerprint}. Uložte novou kartu a pošlete ji všem partnerům; dokud ji neregistrují, budou vaše balíčky odmítat.</translation>
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
        <translation>Odvoláno {date}</translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation>Registrováno {date}</translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation>Zatím není registrována žádná karta</translation>
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
        <translation>Koordinátor</translation>
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
        <translation>Oddálit</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Přizpůsobit šířce</translation>
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
        <translation>Přizpůsobeno šířce</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zvětšení {percent}</translation>
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
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Soubor {name} uložen do {folder}.</translation>
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
        <translation>Registrovat vybrané</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>Odpovídá %n osoba</numerusform>
            <numerusform>Odpovídají %n osoby</numerusform>
            <numerusform>Odpovídá %n osob</numerusform>
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
        <translation>Uložit</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation>{office} {package}: „{text}“ není číslo</translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation>{office} {package}: {text} není počet měsíců</translation>
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
        <source>unknown damage</source>
        <translation>neznámé poškození</translation>
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
        <source>passes the check</source>
        <translation>prošla kontrolou</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>poškozená: {problem}</translation>
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
        <translation>Obnoveno ze zálohy z {taken}. Poškozený soubor je uchován jako {file}.</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation>Obnoveno ze zálohy z {taken}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation>Nové klíče kanceláře {name}</translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation>Registrovat kartu kanceláře {name}</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Nahradit klíč</translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation>Registrovat kartu</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>Kancelář {name} je zde registrována s jinými klíči (otisk {fingerprint}, registrováno {date}). Tato karta je nahradí: od nynějška se zde její balíčky podepsané starými klíči odmítají a balíčky, které zapíšete, se šifrují novým klíčem.</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>Kancelář {name} je zde registrována s jinými klíči (otisk {fingerprint}, registrováno dříve). Tato karta je nahradí: od nynějška se zde její balíčky podepsané starými klíči odmítají a balíčky, které zapíšete, se šifrují novým klíčem.</translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation>Klíče kanceláře se mění, jen když je kancelář záměrně změní (nový nebo ztracený notebook). Pokud vám kancelář {name} neoznámila, že své klíče změnila, klíč nenahrazujte: nejprve jí zavolejte.</translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation>Než kanceláři {name} začnete důvěřovat, porovnejte s ní tento otisk: zavolejte jí a nechte si přečíst její otisk nahlas (její okno ho zobrazuje v části Partneři a klíče), nebo naskenujte QR kód, který vám ukáže. Pokračujte, jen pokud se shodují všechny skupiny.</translation>
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
        <translation>Vysílající organizace</translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation>Její klastr (u účastníka z MSP)</translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation>Hostitelská organizace (je-li známa)</translation>
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
        <translation>Registrovat</translation>
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
        <translation>Co bylo uskutečněno</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Navázané kontakty</translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation>Podepsané nebo plánované dohody</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Další postup</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>doporučil(a) by výměnu ClusterXchange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>no host yet</source>
        <translation>zatím bez hostitele</translation>
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
        <translation>&lt;b&gt;{period}&lt;/b&gt; (údaje od {start} do {end}): uskutečněné výměny &lt;b&gt;{held} z {target}&lt;/b&gt;, probíhající nebo dokončené {live}; členové &lt;b&gt;{members}&lt;/b&gt; (počítáno jednou); oslovené organizace {reached}; akce {events}, účastníci {participants}; vykázané člověkoměsíce {declared} z {planned} plánovaných; vyplaceno {paid}</translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation>Exportovat sadu přehledů jako sešit</translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation>Exportovat sadu přehledů jako PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
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
        <translation>Celý projekt (od {start})</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation>Období {number} ({start} až {end})</translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation>Celý projekt (od {start}), stav k {as_of}</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation>Období {number} ({start} až {end}), stav k {as_of}</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation>Odvolat klíč kanceláře {name}</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Odvolat klíč</translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation>Klíč odvolejte, pokud byl ztracen, odcizen nebo ho kancelář {name} už nepoužívá (otisk {value}).</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation>Od nynějška se zde balíčky podepsané tímto klíčem odmítají a balíčky, které zapíšete, se už pro kancelář {name} nešifrují. Odvolanému klíči se již nikdy nedůvěřuje: důvěřovat lze jen nové kartě poté, co kancelář {name} změní své klíče.</translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation>Váš příští balíček oznámí všem partnerům, že je tento klíč odvolán, takže mu přestanou důvěřovat i oni.</translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation>Jde o koordinátora: dokud neregistrujete novou kartu koordinátora, nemůžete odesílat balíčky.</translation>
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
        <translation>Změnit klíče této kanceláře</translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation>Změnit klíče</translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation>Pro kancelář {office_name} se vytvoří nové klíče. Změňte je, když byl notebook s klíči ztracen nebo odcizen, když odešel někdo, kdo znal heslo, nebo jednou ročně.</translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation>Co to znamená: od nynějška se vaše balíčky podepisují novým klíčem. Každý partner, který registroval vaši současnou kartu, je bude odmítat, dokud neregistruje vaši novou kartu, proto novou kartu pošlete každému z nich (i koordinátorovi) a nový otisk porovnejte během hovoru. Staré klíče se uchovají jako vyřazené: balíčky, které jimi již byly zapečetěny, zde lze stále otevřít.</translation>
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
        <translation>Nové klíče jsou chráněny stejným heslem.</translation>
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
        <translation>povinné</translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation>přijímá se také</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nepožaduje se</translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation>Peníze a doba trvání, strop</translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation>Peníze a doba trvání, snížení na polovinu (pracovní dny)</translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation>Peníze a doba trvání, snížení na polovinu (km)</translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation>Peníze a doba trvání, nejkratší pobyt</translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation>Peníze a doba trvání, nejdelší pobyt</translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation>Peníze a doba trvání, výplata do</translation>
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
        <translation>Jen pro čtení: pravidla spravuje koordinátor (BPT); přicházejí v jeho balíčku.</translation>
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
        <source>Version {version} of the programme rules came in while this window was open (another window or an imported bundle); the form now shows it.</source>
        <translation>Během otevření tohoto okna přišla verze {version} pravidel programu (z jiného okna nebo importovaným balíčkem); formulář ji nyní zobrazuje.</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while you edited them (another window or an imported bundle). Publishing makes your version the newest; Close keeps theirs.</source>
        <translation>Během vašich úprav přišla verze {version} pravidel programu (z jiného okna nebo importovaným balíčkem). Zveřejněním se vaše verze stane nejnovější; Zavřít ponechá tu jejich.</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> pracovních dnů</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation> dnů po výměně</translation>
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
        <translation>Druh organizace</translation>
    </message>
    <message>
        <source>May visit</source>
        <translation>Může vyjíždět</translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation>Musí být členem</translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation>Musí uvést svůj klastr</translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation>{type}: může vyjíždět</translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation>{type}: musí být členem</translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation>{type}: musí uvést svůj klastr</translation>
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
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klávesy</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Co dělá</translation>
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
        <translation>(žádný)</translation>
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
        <translation>Uložit</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation>{name}, {role}, zaměstnán(a) od {date}</translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation>{name}, zaměstnán(a) od {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} hodin týdně</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Nadřízený: {name}</translation>
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
        <translation>Zatím žádní pracovníci. Přidejte osoby, které pracují na projektu BLUES, abyste mohli vyplňovat jejich výkazy práce.</translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation>Přidat pracovníka, jehož hodiny se zaznamenávají</translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation>Upravit vybraného pracovníka</translation>
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
        <translation>Hodiny osoby {name} za {month} zatím nejsou uloženy.</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Přidejte pracovníky kanceláře, abyste mohli vyplňovat jejich výkazy práce.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation>Pracovníci kanceláře {office}: zobrazeno jen pro čtení.</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation>Schváleno {date} osobou {name}: uzamčeno. Chcete-li výkaz změnit, znovu ho otevřete s uvedením důvodu.</translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation>Hodiny se liší od schválených (otisk obsahu).</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>Znovu otevřeno: {reason}</translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation>Schváleno: {names}</translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation>Schváleno: nikdo</translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation>Neschváleno — {name}: {reason}</translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation>Schválit {month}</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>Schvalování {month}…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Vymazat osobní údaje</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation>Vymazat jméno, e-mail a funkci osoby {name} ze záznamu a jeho historie? Hodiny zůstanou jako záznamy grantu, zobrazené jako „{ERASED}“; PDF vytištěná při schválení se smažou (hodiny lze vytisknout znovu). Výmaz se šíří v balíčcích a nelze ho vrátit zpět.

Na čí žádost a proč?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation>Nový pracovník je uložen a vybrán v seznamu.</translation>
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
        <translation>Vyplnit prázdné dny</translation>
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
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>%n řádek zapsán do {path}.</numerusform>
            <numerusform>%n řádky zapsány do {path}.</numerusform>
            <numerusform>%n řádků zapsáno do {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>Týkají se %n pracovníka.</numerusform>
            <numerusform>Týkají se %n pracovníků.</numerusform>
            <numerusform>Týkají se %n pracovníků.</numerusform>
        </translation>
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
        <translation>Spustit okno BLUES Desktop.</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>upozornění</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation>Karta koordinátora ({code}) je registrována: můžete odesílat a přijímat balíčky.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation>Karta koordinátora zatím není registrována: před odesláním balíčku ji registrujte v části Partneři a klíče.</translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation>Karty všech partnerů jsou registrovány ({trusted}).</translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation>Zatím není registrována karta žádného partnera ({missing}): registrujte je, abyste si mohli vyměňovat balíčky.</translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation>Registrované karty: {trusted}. Neregistrované (nebo odvolané): {missing}.</translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation>Karta kanceláře jako QR kód. Během hovoru ji partner naskenuje telefonem a porovná zobrazený otisk s tím ve svém okně.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation>(bez země)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(bez jazyka)</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(celá země)</translation>
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
        <translation>Karty kanceláří (*.json *.card);;Všechny soubory (*)</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
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
        <translation>Úřední název *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Zkrácený název</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrační číslo</translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation>Odvětví (oddělená čárkami)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Zaměstnanci</translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation>Členem od (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation>Členem do (RRRR-MM-DD)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Disk je plný, proto změna nebyla uložena. Uvolněte místo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation>Do datové složky nelze zapisovat (jen pro čtení), proto změna nebyla uložena.</translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation>Došlo k neočekávané chybě. Vaše data jsou ve stavu před touto akcí. Můžete pokračovat v práci.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Zobrazit ve složce</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Seznamy členů (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
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
        <translation>List</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nový</translation>
    </message>
    <message>
        <source>changes: {fields}</source>
        <translation>změny: {fields}</translation>
    </message>
    <message>
        <source>already in the register</source>
        <translation>již v registru</translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation>Organizace nebo kontakt</translation>
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
        <source>VAT number</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co se stane</translation>
    </message>
    <message>
        <source>contact: {name} ({organisation})</source>
        <translation>kontakt: {name} ({organisation})</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>kontakt: {name}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>REFUSED {exc}</source>
        <translation>ODMÍTNUTO {exc}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation>Školení</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Informační den</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Matchmaking</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studijní návštěva</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Setkání partnerů</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinář</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Žena</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Muž</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Neuvedeno</translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation>faktura za cestu nebo jízdenka</translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation>faktura za ubytování</translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation>palubní vstupenka</translation>
    </message>
    <message>
        <source>The exchange met the objectives set in the Commitment to Quality</source>
        <translation>Výměna splnila cíle stanovené v Závazku kvality</translation>
    </message>
    <message>
        <source>The host organisation was well prepared and helpful</source>
        <translation>Hostitelská organizace byla dobře připravená a nápomocná</translation>
    </message>
    <message>
        <source>The exchange gave me useful business contacts</source>
        <translation>Výměna mi přinesla užitečné obchodní kontakty</translation>
    </message>
    <message>
        <source>I learnt something I will use in my organisation</source>
        <translation>Naučil(a) jsem se něco, co využiji ve své organizaci</translation>
    </message>
    <message>
        <source>The support of the partnership before and during the stay</source>
        <translation>Podpora partnerství před pobytem a během něj</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrováno</translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation>schváleno partnerstvím</translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation>spárováno (hostitel i účastník přijali)</translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation>Závazek kvality podepsán</translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation>finanční dohoda podepsána</translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation>výměna uskutečněna</translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation>závěrečná zpráva odevzdána</translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation>závěrečná zpráva schválena</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>vyplaceno</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>odstoupeno</translation>
    </message>
    <message>
        <source>records</source>
        <translation>záznamy</translation>
    </message>
    <message>
        <source>record</source>
        <translation>záznam</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Další údaj</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Velký podnik</translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation>Výzkumné nebo technologické centrum</translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation>Organizace na podporu růstu (scale-up)</translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation>Klastrová organizace</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Veřejný subjekt</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Jiná organizace</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizace</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizace</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <source>link between organisations</source>
        <translation>propojení organizací</translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation>propojení organizací</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>výměna</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>výměny</translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation>krok výměny</translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation>kroky výměn</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>závěrečná zpráva</translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation>závěrečné zprávy</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>uložený soubor</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>uložené soubory</translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation>pravidla programu</translation>
    </message>
    <message>
        <source>event</source>
        <translation>akce</translation>
    </message>
    <message>
        <source>events</source>
        <translation>akce</translation>
    </message>
    <message>
        <source>event day</source>
        <translation>den akce</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>dny akcí</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registrace</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>registrace</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>značka účasti</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>značky účasti</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>pracovník</translation>
    </message>
    <message>
        <source>staff members</source>
        <translation>pracovníci</translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation>řádek výkazu práce</translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation>řádky výkazů práce</translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation>měsíc výkazu práce</translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation>měsíce výkazů práce</translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation>plánované úsilí</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kancelář</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>kanceláře</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>balíček</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>balíčky</translation>
    </message>
    <message>
        <source>user</source>
        <translation>uživatel</translation>
    </message>
    <message>
        <source>users</source>
        <translation>uživatelé</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kancelář</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revize</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Smazáno</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Úřední název</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Zkrácený název</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrační číslo</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Chybná kontrolní číslice</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Odvětví</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Zaměstnanci</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Členem od</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Členem do</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation>Profil ECCP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Název pro porovnávání</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sloučeno do</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Hledaná slova</translation>
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
        <source>Title</source>
        <comment>a person&apos;s title: Dr., Prof.</comment>
        <translation>Titul</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Souhlas udělen dne</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Účel souhlasu</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Zdroj souhlasu</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nekontaktovat</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Osobní údaje vymazány</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>Stejná organizace</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Rozhodl(a)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Pořadové číslo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Vysílající organizace</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation>Klastr účastníka</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Hostitelská organizace</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerství účastníka</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation>Partnerství hostitele</translation>
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
        <source>Working days</source>
        <translation>Pracovní dny</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Vzdálenost (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation>Vzdálenost zadaná ručně</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivace</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preference</translation>
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
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation>Paušální částka (EUR)</translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation>Verze pravidel programu</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Číslo dohody</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Důvod výjimky</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Důvod zrušení</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Vyplaceno dne</translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation>Hostitel přijal dne</translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation>Účastník přijal dne</translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation>Dohoda vydána dne</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Výměna</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Z kroku</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Do kroku</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Činnosti</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Navázané kontakty</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Dohody</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Další postup</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Hodnocení</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Doporučil(a) by</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Odevzdáno dne</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Schváleno dne</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Druh záznamu</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Připojeno k</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Druh souboru</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Název souboru</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Typ souboru</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Velikost (bajty)</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrolní součet</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Přidáno dne</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platí od</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Pravidla</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the name of an event</comment>
        <translation>Název</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pracovní balíček</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Spoluorganizátoři</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Místo konání</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online odkaz</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Cílové skupiny</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Veřejná</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrováno dne</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez registrace</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozice</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrace</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Den akce</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Přítomen</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Připojen(a) v</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Zaměstnán(a) od</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Zaměstnán(a) do</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Týdenní hodiny</translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation>Produktivní hodiny za rok</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Nadřízený</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Region svátků</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Pracovník</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Odevzdáno</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schváleno</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Schválil(a)</translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation>Kontrolní součet hodin</translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation>Kontrolní součet podepsaného PDF</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Důvod opětovného otevření</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Pro kancelář</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Člověkoměsíce</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID klíče</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Sloučené záznamy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Druh organizace</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Celé jméno kontaktu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termíny</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Vzdálenost</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Prahové hodnoty</translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation>Kdo může vyjíždět</translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation>Země COSME</translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation>Spojené království se účastní do</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Hodnoticí otázky</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Životopis</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation>PDF schváleného výkazu práce</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Obnoveno</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Nastavena tato kancelář</translation>
    </message>
    <message>
        <source>Registered an office card</source>
        <translation>Zaregistrována karta kanceláře</translation>
    </message>
    <message>
        <source>Replaced an office&apos;s key</source>
        <translation>Nahrazen klíč kanceláře</translation>
    </message>
    <message>
        <source>Revoked an office&apos;s key</source>
        <translation>Zneplatněn klíč kanceláře</translation>
    </message>
    <message>
        <source>Changed this office&apos;s keys</source>
        <translation>Změněny klíče této kanceláře</translation>
    </message>
    <message>
        <source>Partner registry updated from a bundle</source>
        <translation>Rejstřík partnerů aktualizován z balíčku</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Přidána ukázková data</translation>
    </message>
    <message>
        <source>Imported a bundle</source>
        <translation>Importován balíček</translation>
    </message>
    <message>
        <source>Exported a bundle</source>
        <translation>Exportován balíček</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Přidán uživatel</translation>
    </message>
    <message>
        <source>Renamed a user</source>
        <translation>Přejmenován uživatel</translation>
    </message>
    <message>
        <source>Merged from a bundle</source>
        <translation>Sloučeno z balíčku</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zaznamenáno</translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation>WP1 Rozvoj dovedností a tvorba strategie</translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation>WP2 Společné činnosti</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation>WP3 Pilotní program ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation>WP4 Propagace a zvyšování povědomí</translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation>WP5 Řízení projektu</translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation>Dovolená (řádná)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Nemoc</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Státní svátek</translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation>Jiné činnosti mimo BLUES</translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation>WP1 Dovednosti a strategie</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation>WP3 ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation>WP4 Propagace</translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation>Jiné, mimo BLUES</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Dovolená</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Schváleno (uzamčeno)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nezahájeno</translation>
    </message>
    <message>
        <source>January</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>February</source>
        <translation>únor</translation>
    </message>
    <message>
        <source>March</source>
        <translation>březen</translation>
    </message>
    <message>
        <source>April</source>
        <translation>duben</translation>
    </message>
    <message>
        <source>May</source>
        <translation>květen</translation>
    </message>
    <message>
        <source>June</source>
        <translation>červen</translation>
    </message>
    <message>
        <source>July</source>
        <translation>červenec</translation>
    </message>
    <message>
        <source>August</source>
        <translation>srpen</translation>
    </message>
    <message>
        <source>September</source>
        <translation>září</translation>
    </message>
    <message>
        <source>October</source>
        <translation>říjen</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <source>December</source>
        <translation>prosinec</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>pondělí</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>úterý</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>středa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>čtvrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>pátek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>neděle</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation>V registru zatím nejsou žádné organizace. Přidejte organizaci, nebo importujte seznam členů z tabulky.</translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation>Hledání ani filtrům neodpovídá žádná organizace.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Exchanges</source>
        <translation>Výměny</translation>
    </message>
    <message>
        <source>Exchanges held (toward the target of 50)</source>
        <translation>Uskutečněné výměny (cíl: 50)</translation>
    </message>
    <message>
        <source>Exchanges under way or done</source>
        <translation>Probíhající nebo dokončené výměny</translation>
    </message>
    <message>
        <source>Exchanges cancelled or withdrawn</source>
        <translation>Zrušené nebo stažené výměny</translation>
    </message>
    <message>
        <source>Lump sums paid (EUR)</source>
        <translation>Vyplacené paušální částky (EUR)</translation>
    </message>
    <message>
        <source>Lump sums committed (EUR)</source>
        <translation>Závazně přislíbené paušální částky (EUR)</translation>
    </message>
    <message>
        <source>Lump sums still planned (EUR)</source>
        <translation>Dosud plánované paušální částky (EUR)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>Member records</source>
        <translation>Záznamy členů</translation>
    </message>
    <message>
        <source>Member organisations (counted once)</source>
        <translation>Členské organizace (každá jednou)</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>Noví členové v období</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Oslovené organizace</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Uspořádané akce</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Pracnost</translation>
    </message>
    <message>
        <source>Hours declared (approved)</source>
        <translation>Vykázané hodiny (schválené)</translation>
    </message>
    <message>
        <source>Hours not yet approved</source>
        <translation>Dosud neschválené hodiny</translation>
    </message>
    <message>
        <source>Person-months declared</source>
        <translation>Vykázané člověkoměsíce</translation>
    </message>
    <message>
        <source>Person-months planned</source>
        <translation>Plánované člověkoměsíce</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>{year}-Q{quarter}</source>
        <translation>{quarter}. čtvrtletí {year}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Exchanges held against the target of {target}</source>
        <translation>Uskutečněné výměny vůči cíli {target}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Uskutečněné</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Probíhající</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>Zbývá do cíle</translation>
    </message>
    <message>
        <source>Exchanges by state on the as-of date</source>
        <translation>Výměny podle stavu k rozhodnému dni</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Exchanges by month of the stay</source>
        <translation>Výměny podle měsíce pobytu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Exchanges by the partnership that pays the visitor</source>
        <translation>Výměny podle partnera, který hradí návštěvníka</translation>
    </message>
    <message>
        <source>Under way or done</source>
        <translation>Probíhající nebo dokončené</translation>
    </message>
    <message>
        <source>Exchanges by countries (visitor → host)</source>
        <translation>Výměny podle zemí (návštěvník → hostitel)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Exchanges by type of visiting organisation</source>
        <translation>Výměny podle druhu vysílající organizace</translation>
    </message>
    <message>
        <source>Lump sums (EUR)</source>
        <translation>Paušální částky (EUR)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Rozpočet</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Vyplaceno</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Přislíbeno</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Dosud plánováno</translation>
    </message>
    <message>
        <source>Member records by partner</source>
        <translation>Záznamy členů podle partnera</translation>
    </message>
    <message>
        <source>Member records by country</source>
        <translation>Záznamy členů podle země</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Member records by type</source>
        <translation>Záznamy členů podle druhu</translation>
    </message>
    <message>
        <source>New members per quarter</source>
        <translation>Noví členové za čtvrtletí</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Čtvrtletí</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Noví členové</translation>
    </message>
    <message>
        <source>Organisations reached (linked ones counted once)</source>
        <translation>Oslovené organizace (propojené jednou)</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Prostřednictvím</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Events or exchanges</source>
        <translation>Akce nebo výměny</translation>
    </message>
    <message>
        <source>Events and participants per work package</source>
        <translation>Akce a účastníci podle pracovního balíčku</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pracovní balíček</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Akce podle druhu</translation>
    </message>
    <message>
        <source>Planned (PM)</source>
        <translation>Plánováno (ČM)</translation>
    </message>
    <message>
        <source>Declared, approved (PM)</source>
        <translation>Vykázáno, schváleno (ČM)</translation>
    </message>
    <message>
        <source>Not yet approved (PM)</source>
        <translation>Dosud neschváleno (ČM)</translation>
    </message>
    <message>
        <source>Person-months per work package against the plan</source>
        <translation>Člověkoměsíce podle pracovního balíčku oproti plánu</translation>
    </message>
    <message>
        <source>Person-months per partner against the plan</source>
        <translation>Člověkoměsíce podle partnera oproti plánu</translation>
    </message>
    <message>
        <source>Effort per partner and work package</source>
        <translation>Pracnost podle partnera a pracovního balíčku</translation>
    </message>
    <message>
        <source>Hours declared</source>
        <translation>Vykázané hodiny</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n z vybraných registrací patří k jiné akci; nic nebylo odebráno</numerusform>
            <numerusform>%n z vybraných registrací patří k jiné akci; nic nebylo odebráno</numerusform>
            <numerusform>%n z vybraných registrací patří k jiné akci; nic nebylo odebráno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>akce trvá nejvýše %n den</numerusform>
            <numerusform>akce trvá nejvýše %n dny</numerusform>
            <numerusform>akce trvá nejvýše %n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>pro den {day} je zaznamenána účast (%n záznam); smažte ji, než den odeberete</numerusform>
            <numerusform>pro den {day} je zaznamenána účast (%n záznamy); smažte ji, než den odeberete</numerusform>
            <numerusform>pro den {day} je zaznamenána účast (%n záznamů); smažte ji, než den odeberete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n buňka)</numerusform>
            <numerusform>{what} (%n buňky)</numerusform>
            <numerusform>{what} (%n buněk)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>akce potřebuje název</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>název je delší než 300 znaků</translation>
    </message>
    <message>
        <source>unknown event type {value}; use one of {known}</source>
        <translation>neznámý typ akce {value}; použijte jeden z: {known}</translation>
    </message>
    <message>
        <source>unknown work package {value}; use one of {known}</source>
        <translation>neznámý pracovní balíček {value}; použijte jeden z: {known}</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>akce končí ({end}) dříve, než začne ({start})</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates ({start} to {end})</source>
        <translation>den {day} je mimo termín akce ({start} až {end})</translation>
    </message>
    <message>
        <source>the day {day} is listed twice</source>
        <translation>den {day} je uveden dvakrát</translation>
    </message>
    <message>
        <source>on {day} the session ends ({end}) before it starts ({start})</source>
        <translation>dne {day} sezení končí ({end}) dříve, než začne ({start})</translation>
    </message>
    <message>
        <source>an online event needs its link</source>
        <translation>online akce potřebuje odkaz</translation>
    </message>
    <message>
        <source>the link {url} does not start with https://</source>
        <translation>odkaz {url} nezačíná https://</translation>
    </message>
    <message>
        <source>an event on site needs its city</source>
        <translation>prezenční akce potřebuje město</translation>
    </message>
    <message>
        <source>an event on site needs its country</source>
        <translation>prezenční akce potřebuje zemi</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>neznámý kód země {code}</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>jméno je prázdné</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>příjmení je prázdné</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} není e-mailová adresa</translation>
    </message>
    <message>
        <source>unknown gender {value}; use one of {known}</source>
        <translation>neznámé pohlaví {value}; použijte jedno z: {known}</translation>
    </message>
    <message>
        <source>unknown organisation type {value}; use one of {known}</source>
        <translation>neznámý typ organizace {value}; použijte jeden z: {known}</translation>
    </message>
    <message>
        <source>record the GDPR consent (purpose, date and source)</source>
        <translation>zaznamenejte souhlas podle GDPR (účel, datum a zdroj)</translation>
    </message>
    <message>
        <source>the consent needs its purpose</source>
        <translation>souhlas potřebuje účel</translation>
    </message>
    <message>
        <source>the consent needs its source (form, e-mail, sheet)</source>
        <translation>souhlas potřebuje zdroj (formulář, e-mail, listina)</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>{text} není měsíc; zapište ho jako RRRR-MM, např. 2026-03</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value} is not a number of hours</source>
        <translation>{value} není počet hodin</translation>
    </message>
    <message>
        <source>{hours} h is negative; hours are 0 or more</source>
        <translation>{hours} h je záporné číslo; hodiny jsou 0 nebo více</translation>
    </message>
    <message>
        <source>{hours} h is more than a day has (24 h)</source>
        <translation>{hours} h je víc, než má den (24 h)</translation>
    </message>
    <message>
        <source>{hours} h is not in quarter hours (0.25, 0.5, 0.75)</source>
        <translation>{hours} h není ve čtvrthodinách (0,25, 0,5, 0,75)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} the holiday calendar knows; known: {known}</source>
        <translation>{region} není oblast země {country}, kterou zná kalendář svátků; známé: {known}</translation>
    </message>
    <message>
        <source>choose the host organisation first</source>
        <translation>nejprve vyberte hostitelskou organizaci</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>hostitel</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>vysílající</translation>
    </message>
    <message>
        <source>waiting for {sides} to accept the match</source>
        <translation>čeká se, až párování přijme: {sides}</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: the closing report is not validated yet</source>
        <translation>pravidlo „Platba“: závěrečná zpráva ještě není schválena</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: attach the evidence first ({names})</source>
        <translation>pravidlo „Platba“: nejprve přiložte doklady ({names})</translation>
    </message>
    <message>
        <source>not eligible: {problems}</source>
        <translation>nesplňuje podmínky: {problems}</translation>
    </message>
    <message>
        <source>the Commitment to Quality needs goals, objectives and a day-by-day agenda</source>
        <translation>Závazek kvality potřebuje cíle, záměry a program po dnech</translation>
    </message>
    <message>
        <source>the lump sum is not computed yet</source>
        <translation>paušální částka ještě není vypočtena</translation>
    </message>
    <message>
        <source>the stay has no last day yet; mark it held once it is over</source>
        <translation>pobyt ještě nemá poslední den; označte ho jako uskutečněný, až skončí</translation>
    </message>
    <message>
        <source>the stay ends on {end}; mark it held once it is over</source>
        <translation>pobyt končí {end}; označte ho jako uskutečněný, až skončí</translation>
    </message>
    <message>
        <source>write the closing report (what was done and the results) first</source>
        <translation>nejprve napište závěrečnou zprávu (co se dělalo a výsledky)</translation>
    </message>
    <message>
        <source>the exchange is {state}; nothing more can happen</source>
        <translation>výměna je ve stavu „{state}“; nic dalšího už nelze udělat</translation>
    </message>
    <message>
        <source>moves go in order: from &apos;{state}&apos; the next step is &apos;{expected}&apos;, not &apos;{target}&apos;</source>
        <translation>kroky jdou popořadě: po „{state}“ následuje „{expected}“, ne „{target}“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>{day}, {row}</source>
        <translation>{day}, {row}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} a {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start}); nothing can be entered</source>
        <translation>{name} není za měsíc {month} zaměstnán(a) (zaměstnán(a) od {start}); nelze nic zadat</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start} to {end}); nothing can be entered</source>
        <translation>{name} není za měsíc {month} zaměstnán(a) (zaměstnán(a) od {start} do {end}); nelze nic zadat</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to open-ended)</source>
        <translation>{cell}: {hours} h mimo zaměstnání ({start} až na dobu neurčitou)</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to {end})</source>
        <translation>{cell}: {hours} h mimo zaměstnání ({start} až {end})</translation>
    </message>
    <message>
        <source>{row} is not a timesheet row</source>
        <translation>{row} není řádek výkazu práce</translation>
    </message>
    <message>
        <source>{day} is not in {month}</source>
        <translation>{day} nepatří do měsíce {month}</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>{cell}: {hours} h worked on a day of absence ({absence})</source>
        <translation>{cell}: {hours} h odpracováno v den nepřítomnosti ({absence})</translation>
    </message>
    <message>
        <source>{day}: {hours} h worked, more than the maximum of {most} h a day</source>
        <translation>{day}: odpracováno {hours} h, víc než nejvýše {most} h za den</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}) with {hours} h worked; confirm the work was done that day</source>
        <translation>{day} je státní svátek ({holiday}) s odpracovanými {hours} h; potvrďte, že se ten den opravdu pracovalo</translation>
    </message>
    <message>
        <source>{day} is a weekend day with {hours} h worked</source>
        <translation>{day} je víkendový den s odpracovanými {hours} h</translation>
    </message>
    <message>
        <source>{day} is marked as a public holiday but is none in the calendar</source>
        <translation>{day} je označen jako státní svátek, ale v kalendáři žádný není</translation>
    </message>
    <message>
        <source>{worked} h worked in {month}, more than the {contracted} h contracted; add a note that explains the extra hours</source>
        <translation>za měsíc {month} odpracováno {worked} h, víc než smluvních {contracted} h; přidejte poznámku, která přesčas vysvětlí</translation>
    </message>
    <message>
        <source>{hours} h on BLUES in {month}, more than the month&apos;s productive hours ({monthly} h = {annual} / 12)</source>
        <translation>za měsíc {month} {hours} h na BLUES, víc než produktivní hodiny měsíce ({monthly} h = {annual} / 12)</translation>
    </message>
    <message>
        <source>day {day} is not a day of {event}</source>
        <translation>den {day} není dnem akce {event}</translation>
    </message>
    <message>
        <source>registration {id} is not in {event}</source>
        <translation>registrace {id} nepatří k akci {event}</translation>
    </message>
    <message>
        <source>join time {time} is not HH:MM</source>
        <translation>čas připojení {time} není ve tvaru HH:MM</translation>
    </message>
    <message>
        <source>give at least 6 characters of the event id, not {key}</source>
        <translation>zadejte aspoň 6 znaků ID akce, ne {key}</translation>
    </message>
    <message>
        <source>no event with id {key} (see `blues events list`)</source>
        <translation>žádná akce s ID {key} (viz `blues events list`)</translation>
    </message>
    <message>
        <source>more than one event id starts with {key}; give more of it</source>
        <translation>s {key} začíná víc ID akcí; zadejte jich víc</translation>
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
        <translation>žádná osoba s ID {id}</translation>
    </message>
    <message>
        <source>{name} is already registered for {event} (row {row} of the sheet)</source>
        <translation>{name} je na akci {event} už registrován(a) (řádek {row} listiny)</translation>
    </message>
    <message>
        <source>the same person is picked twice</source>
        <translation>stejná osoba je vybrána dvakrát</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>žádná organizace s ID {id}</translation>
    </message>
    <message>
        <source>choose who to remove first</source>
        <translation>nejdřív vyberte, koho odebrat</translation>
    </message>
    <message>
        <source>{kinds} have no History view</source>
        <translation>{kinds} nemají zobrazení historie</translation>
    </message>
    <message>
        <source>{name}, {month}</source>
        <translation>{name}, {month}</translation>
    </message>
    <message>
        <source>Organisation {record}</source>
        <translation>Organizace {record}</translation>
    </message>
    <message>
        <source>Contact {record}</source>
        <translation>Kontakt {record}</translation>
    </message>
    <message>
        <source>Exchange {record}</source>
        <translation>Výměna {record}</translation>
    </message>
    <message>
        <source>Event {record}</source>
        <translation>Akce {record}</translation>
    </message>
    <message>
        <source>Timesheet month {record}</source>
        <translation>Měsíc výkazu práce {record}</translation>
    </message>
    <message>
        <source>Hours entered for {name}</source>
        <translation>Zadány hodiny pro {name}</translation>
    </message>
    <message>
        <source>Hours changed for {name}</source>
        <translation>Změněny hodiny pro {name}</translation>
    </message>
    <message>
        <source>Hours cleared for {name}</source>
        <translation>Smazány hodiny pro {name}</translation>
    </message>
    <message>
        <source>Hours entered again for {name}</source>
        <translation>Znovu zadány hodiny pro {name}</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} pro {name}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>smazáno</translation>
    </message>
    <message>
        <source>{office} bundle {number}</source>
        <translation>{office} balíček {number}</translation>
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
        <translation>Odevzdáno</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schváleno</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Osobní údaje vymazány</translation>
    </message>
    <message>
        <source>Added with an event registration</source>
        <translation>Přidáno s registrací na akci</translation>
    </message>
    <message>
        <source>Added as an event participant</source>
        <translation>Přidáno jako účastník akce</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Akce smazána</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Zrušeno smazání</translation>
    </message>
    <message>
        <source>Reopened: {why}</source>
        <translation>Znovu otevřeno: {why}</translation>
    </message>
    <message>
        <source>Merged from {name}</source>
        <translation>Sloučeno z {name}</translation>
    </message>
    <message>
        <source>Merged into {name}</source>
        <translation>Sloučeno do {name}</translation>
    </message>
    <message>
        <source>Merged from bundle {number} of {office}: {subject}</source>
        <translation>Sloučeno z balíčku {number} od {office}: {subject}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Soubor balíčku</translation>
    </message>
    <message>
        <source>Changed at {office}</source>
        <translation>Změněno v kanceláři {office}</translation>
    </message>
    <message>
        <source>an office unknown here</source>
        <translation>kancelář, která tu není známa</translation>
    </message>
    <message>
        <source>a person not on this computer</source>
        <translation>osoba, která na tomto počítači není</translation>
    </message>
    <message>
        <source>an organisation not on this computer</source>
        <translation>organizace, která na tomto počítači není</translation>
    </message>
    <message>
        <source>an exchange not on this computer</source>
        <translation>výměna, která na tomto počítači není</translation>
    </message>
    <message>
        <source>an event not on this computer</source>
        <translation>akce, která na tomto počítači není</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>a timesheet month not on this computer</source>
        <translation>měsíc výkazu práce, který na tomto počítači není</translation>
    </message>
    <message>
        <source>a registration not on this computer</source>
        <translation>registrace, která na tomto počítači není</translation>
    </message>
    <message>
        <source>an event day not on this computer</source>
        <translation>den akce, který na tomto počítači není</translation>
    </message>
    <message>
        <source>an {kind}</source>
        <translation>záznam „{kind}“</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>an unknown {kind}</source>
        <translation>neznámý záznam „{kind}“</translation>
    </message>
    <message>
        <source>of {record}</source>
        <translation>– {record}</translation>
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
        <translation>– neznámý záznam „{kind}“</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>verze {version}</translation>
    </message>
    <message>
        <source>of {office} on {work_package}</source>
        <translation>kanceláře {office} na {work_package}</translation>
    </message>
    <message>
        <source>kept by office {office}</source>
        <translation>vedený kanceláří {office}</translation>
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
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>the record it belongs to</source>
        <translation>záznam, ke kterému patří</translation>
    </message>
    <message>
        <source>{at} UTC</source>
        <translation>{at} UTC</translation>
    </message>
    <message>
        <source>only the coordinator sets the planned effort; it reaches the partners in the coordinator&apos;s bundle</source>
        <translation>plánované úsilí nastavuje jen koordinátor; k partnerům se dostane v balíčku koordinátora</translation>
    </message>
    <message>
        <source>{office} is not a BLUES office</source>
        <translation>{office} není kancelář BLUES</translation>
    </message>
    <message>
        <source>{wp} is not a work package (WP1–WP5)</source>
        <translation>{wp} není pracovní balíček (WP1–WP5)</translation>
    </message>
    <message>
        <source>{value} person-months is outside 0–600</source>
        <translation>{value} člověkoměsíců je mimo rozsah 0–600</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} is approved and locked; reopen it with a reason to change it</source>
        <translation>výkaz práce {name} za měsíc {month} je schválený a uzamčený; chcete-li ho změnit, znovu ho otevřete s uvedením důvodu</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be submitted: {problems}</source>
        <translation>výkaz práce {name} za měsíc {month} nelze odevzdat: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be approved: {problems}</source>
        <translation>výkaz práce {name} za měsíc {month} nelze schválit: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} is already approved</source>
        <translation>měsíc {month} pro {name} je už schválen</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has no hours to submit</source>
        <translation>měsíc {month} pro {name} nemá žádné hodiny k odevzdání</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has not been submitted; the person submits it before the supervisor approves</source>
        <translation>měsíc {month} pro {name} nebyl odevzdán; osoba ho odevzdá dříve, než ho nadřízený schválí</translation>
    </message>
    <message>
        <source>{name} cannot approve their own timesheet; their supervisor does</source>
        <translation>{name} nemůže schválit vlastní výkaz práce; schvaluje ho nadřízený</translation>
    </message>
    <message>
        <source>say why the approved month is reopened</source>
        <translation>uveďte, proč se schválený měsíc znovu otevírá</translation>
    </message>
    <message>
        <source>the timesheet for {month} is not approved</source>
        <translation>výkaz práce za měsíc {month} není schválen</translation>
    </message>
    <message>
        <source>not approved: the batch was cancelled</source>
        <translation>neschváleno: hromadné schvalování bylo zrušeno</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>jméno je povinné</translation>
    </message>
    <message>
        <source>the last name is required</source>
        <translation>příjmení je povinné</translation>
    </message>
    <message>
        <source>the employment ends ({end}) before it starts ({start})</source>
        <translation>zaměstnání končí ({end}) dříve, než začne ({start})</translation>
    </message>
    <message>
        <source>{hours} h a week is not a contract (1–60 h)</source>
        <translation>{hours} h týdně není pracovní úvazek (1–60 h)</translation>
    </message>
    <message>
        <source>weekly hours are entered in quarter hours</source>
        <translation>týdenní hodiny se zadávají ve čtvrthodinách</translation>
    </message>
    <message>
        <source>{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)</source>
        <translation>{hours} produktivních hodin ročně je mimo rozsah 100–2 200 (výchozí hodnota EU je 1 720)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} for public holidays (known: {known})</source>
        <translation>{region} není oblast země {country} pro státní svátky (známé: {known})</translation>
    </message>
    <message>
        <source>a person cannot supervise themself</source>
        <translation>osoba nemůže být sama sobě nadřízenou</translation>
    </message>
    <message>
        <source>no staff member with id {id}</source>
        <translation>žádný pracovník s ID {id}</translation>
    </message>
    <message>
        <source>say on whose request and why the data is erased</source>
        <translation>uveďte, na čí žádost a proč se údaje mažou</translation>
    </message>
    <message>
        <source>an erasure needs a reason: say on whose request and why</source>
        <translation>vymazání potřebuje důvod: uveďte, na čí žádost a proč</translation>
    </message>
    <message>
        <source>the number&apos;s checksum or check digit is invalid</source>
        <translation>kontrolní součet nebo kontrolní číslice čísla je neplatná</translation>
    </message>
    <message>
        <source>the number has an invalid length</source>
        <translation>číslo má neplatnou délku</translation>
    </message>
    <message>
        <source>the number has an invalid format</source>
        <translation>číslo má neplatný formát</translation>
    </message>
    <message>
        <source>one of the parts of the number are invalid or unknown</source>
        <translation>některá část čísla je neplatná nebo neznámá</translation>
    </message>
    <message>
        <source>the number is not valid</source>
        <translation>číslo není platné</translation>
    </message>
    <message>
        <source>check digit fails (VAT number and registration number)</source>
        <translation>kontrolní číslice nesouhlasí (DIČ a registrační číslo)</translation>
    </message>
    <message>
        <source>check digit fails (VAT number)</source>
        <translation>kontrolní číslice nesouhlasí (DIČ)</translation>
    </message>
    <message>
        <source>check digit fails (registration number)</source>
        <translation>kontrolní číslice nesouhlasí (registrační číslo)</translation>
    </message>
    <message>
        <source>{number} is not a valid VAT number ({reason})</source>
        <translation>{number} není platné DIČ ({reason})</translation>
    </message>
    <message>
        <source>{number} is a VAT number of {prefix}, not of {country}</source>
        <translation>{number} je DIČ země {prefix}, ne země {country}</translation>
    </message>
    <message>
        <source>{number} is not a valid registration number ({reason})</source>
        <translation>{number} není platné registrační číslo ({reason})</translation>
    </message>
    <message>
        <source>{url} is not a web address</source>
        <translation>{url} není webová adresa</translation>
    </message>
    <message>
        <source>the legal name is required</source>
        <translation>úřední název je povinný</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>země je povinná</translation>
    </message>
    <message>
        <source>membership cannot end before it starts</source>
        <translation>členství nemůže skončit dříve, než začne</translation>
    </message>
    <message>
        <source>{listed}, {next}</source>
        <translation>{listed}, {next}</translation>
    </message>
    <message>
        <source>choose one of: {types}</source>
        <translation>vyberte jednu z možností: {types}</translation>
    </message>
    <message>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} není kód země podle ISO 3166</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>kontakt potřebuje jméno nebo e-mailovou adresu</translation>
    </message>
    <message>
        <source>{language} is not a two-letter language code (e.g. de, cs)</source>
        <translation>{language} není dvoupísmenný kód jazyka (např. de, cs)</translation>
    </message>
    <message>
        <source>consent cannot be given in the future</source>
        <translation>souhlas nemůže být udělen v budoucnosti</translation>
    </message>
    <message>
        <source>say what the consent was given for</source>
        <translation>uveďte, k čemu byl souhlas udělen</translation>
    </message>
    <message>
        <source>give the user&apos;s name: it is recorded with every change they make</source>
        <translation>zadejte jméno uživatele: zaznamená se u každé jeho změny</translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>jméno uživatele má nejvýše&#xa0;%n znak</numerusform>
            <numerusform>jméno uživatele má nejvýše&#xa0;%n znaky</numerusform>
            <numerusform>jméno uživatele má nejvýše&#xa0;%n znaků</numerusform>
        </translation>
    </message>
    <message>
        <source>a user&apos;s name cannot hold control characters</source>
        <translation>jméno uživatele nesmí obsahovat řídicí znaky</translation>
    </message>
    <message>
        <source>{name} is already a user on this computer</source>
        <translation>{name} již je uživatelem tohoto počítače</translation>
    </message>
    <message>
        <source>only the coordinator ({office}) links organisations across offices</source>
        <translation>organizace napříč kancelářemi propojuje jen koordinátor ({office})</translation>
    </message>
    <message>
        <source>{first} and {second} are both registered by {office}; that office merges its own duplicates</source>
        <translation>{first} a {second} jsou obě zapsány kanceláří {office}; tato kancelář slučuje své vlastní duplicity</translation>
    </message>
    <message>
        <source>there is no deleted organisation to bring back</source>
        <translation>není žádná smazaná organizace k obnovení</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… a ještě&#xa0;%n problém (viz přehled problémů)</numerusform>
            <numerusform>… a ještě&#xa0;%n problémy (viz přehled problémů)</numerusform>
            <numerusform>… a ještě&#xa0;%n problémů (viz přehled problémů)</numerusform>
        </translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>sloupec {column}: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} není datum</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-05-31 or 31.05.2024)</source>
        <translation>{value} není datum (zapište ho jako 2024-05-31 nebo 31.05.2024)</translation>
    </message>
    <message>
        <source>{value} is not a known organisation type</source>
        <translation>{value} není známý typ organizace</translation>
    </message>
    <message>
        <source>the country is empty</source>
        <translation>země není vyplněna</translation>
    </message>
    <message>
        <source>{value} is not a country name or ISO code</source>
        <translation>{value} není název země ani kód ISO</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} není ano ani ne</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n řádek odložen</numerusform>
            <numerusform>%n řádky odloženy</numerusform>
            <numerusform>%n řádků odloženo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>%n řádek bude importován, {set_aside} ({repeated} opakované a přeskočené)</numerusform>
            <numerusform>%n řádky budou importovány, {set_aside} ({repeated} opakované a přeskočené)</numerusform>
            <numerusform>%n řádků bude importováno, {set_aside} ({repeated} opakované a přeskočené)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n řádek</numerusform>
            <numerusform>%n řádky</numerusform>
            <numerusform>%n řádků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>%n řádek bude importován, {set_aside}</numerusform>
            <numerusform>%n řádky budou importovány, {set_aside}</numerusform>
            <numerusform>%n řádků bude importováno, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>Načten&#xa0;%n řádek – organizace: {organisations_new} nových a {organisations_changed} změněných, kontakty: {contacts_new} nových a {contacts_changed} změněných; {errors}, {warnings}</numerusform>
            <numerusform>Načteny&#xa0;%n řádky – organizace: {organisations_new} nových a {organisations_changed} změněných, kontakty: {contacts_new} nových a {contacts_changed} změněných; {errors}, {warnings}</numerusform>
            <numerusform>Načteno&#xa0;%n řádků – organizace: {organisations_new} nových a {organisations_changed} změněných, kontakty: {contacts_new} nových a {contacts_changed} změněných; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n chyba</numerusform>
            <numerusform>%n chyby</numerusform>
            <numerusform>%n chyb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n upozornění</numerusform>
            <numerusform>%n upozornění</numerusform>
            <numerusform>%n upozornění</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet {sheet} is empty and was skipped</source>
        <translation>list {sheet} je prázdný a byl přeskočen</translation>
    </message>
    <message>
        <source>sheet {sheet} has no recognisable header and was skipped</source>
        <translation>list {sheet} nemá rozpoznatelné záhlaví a byl přeskočen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>soubor je prázdný</translation>
    </message>
    <message>
        <source>no sheet has a recognisable header (a row naming at least the organisation and one more column, e.g. &apos;Legal name&apos; and &apos;Country&apos;)</source>
        <translation>žádný list nemá rozpoznatelné záhlaví (řádek, který pojmenuje alespoň organizaci a ještě jeden sloupec, např. „Legal name“ a „Country“)</translation>
    </message>
    <message>
        <source>{said}; {note}</source>
        <translation>{said}; {note}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no value (open the file, let it calculate, save it and import it again)</source>
        <translation>buňka {cell} obsahuje vzorec bez hodnoty (otevřete soubor, nechte ho přepočítat, uložte ho a importujte znovu)</translation>
    </message>
    <message>
        <source>the same as row {row}; skipped</source>
        <translation>stejný jako řádek {row}; přeskočen</translation>
    </message>
    <message>
        <source>this column holds data that will be ignored (no field is chosen for it); choose one in the mapping step if it should be imported</source>
        <translation>tento sloupec obsahuje data, která budou ignorována (není mu přiřazeno žádné pole); má-li se importovat, vyberte pole v kroku přiřazení sloupců</translation>
    </message>
    <message>
        <source>no single organisation named {name} in the file or the register</source>
        <translation>v souboru ani v registru není jediná organizace s názvem {name}</translation>
    </message>
    <message>
        <source>{name} belongs to office {office}; only that office can change it, so the row was left out</source>
        <translation>{name} patří kanceláři {office}; měnit ji může jen tato kancelář, proto byl řádek vynechán</translation>
    </message>
    <message>
        <source>differs from row {row} ({kept}); the value of row {row} is kept</source>
        <translation>liší se od řádku {row} ({kept}); ponechává se hodnota z řádku {row}</translation>
    </message>
    <message>
        <source>looks like {name} (office {office}, {score}% similar); it will be added as a new organisation — merge them in the register if they are the same</source>
        <translation>podobá se {name} (kancelář {office}, podobnost {score}&#xa0;%); bude přidána jako nová organizace – pokud jde o tutéž, slučte je v registru</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it, remove the password (or save a copy without it) and import that copy</source>
        <translation>sešit je chráněn heslem; otevřete ho, odstraňte heslo (nebo uložte kopii bez hesla) a importujte tuto kopii</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file</source>
        <translation>vyberte sešit (.xlsx, .xlsm, .xls, .ods) nebo soubor .csv</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden and was skipped</source>
        <translation>list {sheet} je skrytý a byl přeskočen</translation>
    </message>
    <message>
        <source>sheet {sheet} is a chart, not a table, and was skipped</source>
        <translation>list {sheet} je graf, ne tabulka, a byl přeskočen</translation>
    </message>
    <message>
        <source>the workbook cannot be read; it may be damaged or saved by a very old Excel (before Excel 97): open it and save it as .xlsx, then import that</source>
        <translation>sešit nelze přečíst; může být poškozený nebo uložený velmi starým Excelem (před Excelem 97): otevřete ho, uložte jako .xlsx a importujte ten</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read; open it in the program that made it, save it again and import that copy</source>
        <translation>sešit je poškozený a nelze ho přečíst; otevřete ho v programu, ve kterém vznikl, znovu ho uložte a importujte tuto kopii</translation>
    </message>
    <message>
        <source>the file is not a readable CSV list ({reason})</source>
        <translation>soubor není čitelný seznam CSV ({reason})</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>list {sheet}, řádek {row}, sloupec {column}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: {problem}</source>
        <translation>list {sheet}, řádek {row}: {problem}</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>název organizace není vyplněn</translation>
    </message>
    <message>
        <source>{problem}; imported as typed and flagged &apos;check digit fails&apos;</source>
        <translation>{problem}; importováno tak, jak je zapsáno, a označeno „kontrolní číslice nesouhlasí“</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>chybí země</translation>
    </message>
    <message>
        <source>this column holds a name ({name}) but is not read; map it (e.g. to First name) so the contact is saved with the whole name</source>
        <translation>tento sloupec obsahuje jméno ({name}), ale nečte se; přiřaďte ho (např. ke Křestnímu jménu), aby se kontakt uložil s celým jménem</translation>
    </message>
    <message>
        <source>Likely the same organisation</source>
        <translation>Pravděpodobně stejná organizace</translation>
    </message>
    <message>
        <source>Possibly the same organisation</source>
        <translation>Možná stejná organizace</translation>
    </message>
    <message>
        <source>Probably two different organisations</source>
        <translation>Pravděpodobně dvě různé organizace</translation>
    </message>
    <message>
        <source>VAT number ({vat})</source>
        <translation>DIČ ({vat})</translation>
    </message>
    <message>
        <source>name, once legal forms, accents and case are ignored</source>
        <translation>název, bez ohledu na právní formu, diakritiku a velikost písmen</translation>
    </message>
    <message>
        <source>name, {score}% alike once legal forms, accents and case are ignored</source>
        <translation>název, shoda {score}&#xa0;% bez ohledu na právní formu, diakritiku a velikost písmen</translation>
    </message>
    <message>
        <source>name ({score}% alike)</source>
        <translation>název (shoda {score}&#xa0;%)</translation>
    </message>
    <message>
        <source>VAT number ({first} and {second})</source>
        <translation>DIČ ({first} a {second})</translation>
    </message>
    <message>
        <source>country ({first} and {second})</source>
        <translation>země ({first} a {second})</translation>
    </message>
    <message>
        <source>legal form ({first} and {second})</source>
        <translation>právní forma ({first} a {second})</translation>
    </message>
    <message>
        <source>legal form ({form})</source>
        <translation>právní forma ({form})</translation>
    </message>
    <message>
        <source>city ({first} and {second})</source>
        <translation>město ({first} a {second})</translation>
    </message>
    <message>
        <source>city ({city})</source>
        <translation>město ({city})</translation>
    </message>
    <message>
        <source>type ({first} and {second})</source>
        <translation>typ ({first} a {second})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose} ({source})</source>
        <translation>udělen {day} pro {purpose} ({source})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose}</source>
        <translation>udělen {day} pro {purpose}</translation>
    </message>
    <message>
        <source>given on {day} ({source})</source>
        <translation>udělen {day} ({source})</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>udělen {day}</translation>
    </message>
    <message>
        <source>{value} ({flag})</source>
        <translation>{value} ({flag})</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself</source>
        <translation>Osobu nelze sloučit se sebou samou</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself</source>
        <translation>Organizaci nelze sloučit se sebou samou</translation>
    </message>
    <message>
        <source>no such field to merge: {fields}</source>
        <translation>takové pole ke sloučení neexistuje: {fields}</translation>
    </message>
    <message>
        <source>both people are staff members with their own timesheets; they cannot be merged</source>
        <translation>obě osoby jsou zaměstnanci s vlastními výkazy práce; nelze je sloučit</translation>
    </message>
    <message>
        <source>a person whose data was erased cannot be merged</source>
        <translation>osobu, jejíž údaje byly vymazány, nelze sloučit</translation>
    </message>
    <message>
        <source>give the user&apos;s name (it signs the audit log)</source>
        <translation>zadejte jméno uživatele (podepisuje jím protokol změn)</translation>
    </message>
    <message>
        <source>this data folder ({folder}) is already set up for office {office}</source>
        <translation>tato datová složka ({folder}) je již nastavena pro kancelář {office}</translation>
    </message>
    <message>
        <source>office {office} has no keys registered yet</source>
        <translation>kancelář {office} zatím nemá registrované klíče</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer (users: {users}); add them with `blues users add &quot;{name}&quot;`</source>
        <translation>{name} není uživatelem tohoto počítače (uživatelé: {users}); přidejte ho příkazem `blues users add &quot;{name}&quot;`</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>zatím žádní</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer</source>
        <translation>{name} není uživatelem tohoto počítače</translation>
    </message>
    <message>
        <source>{reference} is {state} and has no agreement</source>
        <translation>{reference} je ve stavu „{state}“ a nemá dohodu</translation>
    </message>
    <message>
        <source>rule &apos;CtQ before agreement&apos;: the financial agreement of {reference} is printed once the Commitment to Quality is signed (the exchange is {state})</source>
        <translation>pravidlo „Závazek kvality před dohodou“: finanční dohoda k {reference} se tiskne po podpisu Závazku kvality (výměna je ve stavu „{state}“)</translation>
    </message>
    <message>
        <source>{reference} has no lump sum computed</source>
        <translation>{reference} nemá vypočtenou paušální částku</translation>
    </message>
    <message>
        <source>{reference} needs a host and dates for a certificate</source>
        <translation>{reference} potřebuje pro potvrzení hostitele a data</translation>
    </message>
    <message>
        <source>(no city) ({country})</source>
        <translation>(bez města) ({country})</translation>
    </message>
    <message>
        <source>the distance cannot be negative ({km} km)</source>
        <translation>vzdálenost nemůže být záporná ({km} km)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ani {second}</translation>
    </message>
    <message>
        <source>the gazetteer does not know {places}; type the distance in km</source>
        <translation>místopisný seznam nezná {places}; zadejte vzdálenost v km</translation>
    </message>
    <message>
        <source>rule &apos;visiting organisation type&apos;: {name} is a {type}, which may only host; visitors are a {kinds}</source>
        <translation>pravidlo „Typ vysílající organizace“: {name} je typu „{type}“ a smí jen hostit; vysílat smí: {kinds}</translation>
    </message>
    <message>
        <source>rule &apos;visitor is a cluster member&apos;: {name} is a {type} but not a cluster member</source>
        <translation>pravidlo „Vysílající je členem klastru“: {name} je typu „{type}“, ale není členem klastru</translation>
    </message>
    <message>
        <source>rule &apos;SME names its cluster&apos;: name the cluster {name} is a member of</source>
        <translation>pravidlo „MSP uvede svůj klastr“: uveďte klastr, jehož členem je {name}</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the visitor is in {country}, which does not take part in COSME</source>
        <translation>pravidlo „Země COSME“: vysílající organizace sídlí v zemi {country}, která se COSME neúčastní</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the host is in {country}, which does not take part in COSME</source>
        <translation>pravidlo „Země COSME“: hostitel sídlí v zemi {country}, která se COSME neúčastní</translation>
    </message>
    <message>
        <source>rule &apos;different countries&apos;: host and visitor are both in {country}; an exchange crosses a border</source>
        <translation>pravidlo „Různé země“: hostitel i vysílající sídlí v zemi {country}; výměna musí překročit hranici</translation>
    </message>
    <message>
        <source>{name} is an SME that is not a cluster member: needs the Agency&apos;s prior approval</source>
        <translation>{name} je MSP, který není členem klastru: je třeba předchozí souhlas agentury</translation>
    </message>
    <message>
        <source>rule &apos;dates in order&apos;: the stay ends ({end}) before it starts ({start})</source>
        <translation>pravidlo „Data v pořadí“: pobyt končí ({end}) dříve, než začíná ({start})</translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>pravidlo „Minimální délka“: {start} až {end} je %n pracovní den; pobyt musí mít alespoň {minimum}</numerusform>
            <numerusform>pravidlo „Minimální délka“: {start} až {end} jsou %n pracovní dny; pobyt musí mít alespoň {minimum}</numerusform>
            <numerusform>pravidlo „Minimální délka“: {start} až {end} je %n pracovních dní; pobyt musí mít alespoň {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>pravidlo „Maximální délka“: {start} až {end} je %n pracovní den; pobyt trvá nejvýše měsíc ({maximum} pracovních dní)</numerusform>
            <numerusform>pravidlo „Maximální délka“: {start} až {end} jsou %n pracovní dny; pobyt trvá nejvýše měsíc ({maximum} pracovních dní)</numerusform>
            <numerusform>pravidlo „Maximální délka“: {start} až {end} je %n pracovních dní; pobyt trvá nejvýše měsíc ({maximum} pracovních dní)</numerusform>
        </translation>
    </message>
    <message>
        <source>second visit of {name} (also in {others}) allowed by override: {reason}</source>
        <translation>druhá návštěva organizace {name} (také v {others}) povolena výjimkou: {reason}</translation>
    </message>
    <message>
        <source>rule &apos;one visit per visiting organisation&apos;: {name} already has exchange {others}; an override needs a reason</source>
        <translation>pravidlo „Jedna návštěva na vysílající organizaci“: {name} už má výměnu {others}; výjimka potřebuje zdůvodnění</translation>
    </message>
    <message>
        <source>rule &apos;host organisation&apos;: choose the host</source>
        <translation>pravidlo „Hostitelská organizace“: vyberte hostitele</translation>
    </message>
    <message>
        <source>rule &apos;dates&apos;: give the first and last day of the stay</source>
        <translation>pravidlo „Data“: zadejte první a poslední den pobytu</translation>
    </message>
    <message>
        <source>rule &apos;distance&apos;: {problem}</source>
        <translation>pravidlo „Vzdálenost“: {problem}</translation>
    </message>
    <message>
        <source>the distance is not known</source>
        <translation>vzdálenost není známa</translation>
    </message>
    <message>
        <source>rule &apos;threshold per host country&apos;: rules version {version} have no threshold for {country} ({code})</source>
        <translation>pravidlo „Limit podle hostitelské země“: pravidla verze {version} nemají limit pro zemi {country} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>pobyt má %n pracovní den (méně než {limit})</numerusform>
            <numerusform>pobyt má %n pracovní dny (méně než {limit})</numerusform>
            <numerusform>pobyt má %n pracovních dní (méně než {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>the distance is {km} km (under {limit} km)</source>
        <translation>vzdálenost je {km} km (méně než {limit} km)</translation>
    </message>
    <message>
        <source>{raw} is not an amount in euros</source>
        <translation>{raw} není částka v eurech</translation>
    </message>
    <message>
        <source>the amount must be above 0, got {raw}</source>
        <translation>částka musí být větší než 0, zadáno: {raw}</translation>
    </message>
    <message>
        <source>amounts have at most 2 decimal places, got {raw}</source>
        <translation>částky mají nejvýše 2 desetinná místa, zadáno: {raw}</translation>
    </message>
    <message>
        <source>must be a whole number, got {raw}</source>
        <translation>musí být celé číslo, zadáno: {raw}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {raw}</source>
        <translation>musí být mezi {low} a {high}, zadáno: {raw}</translation>
    </message>
    <message>
        <source>{code} is not an ISO country code (two capital letters)</source>
        <translation>{code} není kód země podle ISO (dvě velká písmena)</translation>
    </message>
    <message>
        <source>the maximum ({maximum}) is below the minimum ({minimum})</source>
        <translation>maximum ({maximum}) je menší než minimum ({minimum})</translation>
    </message>
    <message>
        <source>{type} is not an organisation type</source>
        <translation>{type} není typ organizace</translation>
    </message>
    <message>
        <source>at least one organisation type must be allowed to visit</source>
        <translation>alespoň jeden typ organizace musí smět vysílat</translation>
    </message>
    <message>
        <source>the list of COSME countries is empty</source>
        <translation>seznam zemí COSME je prázdný</translation>
    </message>
    <message>
        <source>no threshold for {country} ({code})</source>
        <translation>žádný limit pro zemi {country} ({code})</translation>
    </message>
    <message>
        <source>{raw} is not a date (YYYY-MM-DD)</source>
        <translation>{raw} není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>každá otázka potřebuje identifikátor a text</translation>
    </message>
    <message>
        <source>two questions share the same id</source>
        <translation>dvě otázky mají stejný identifikátor</translation>
    </message>
    <message>
        <source>programme rules version {version}: {problems}</source>
        <translation>pravidla programu verze {version}: {problems}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>neplatný JSON (řádek {line}, sloupec {column})</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>pravidla musí být objekt JSON</translation>
    </message>
    <message>
        <source>the host organisation {id} is not in the register</source>
        <translation>hostitelská organizace {id} není v rejstříku</translation>
    </message>
    <message>
        <source>the cluster organisation {id} is not in the register</source>
        <translation>klastrová organizace {id} není v rejstříku</translation>
    </message>
    <message>
        <source>the visiting organisation {id} is not in the register</source>
        <translation>vysílající organizace {id} není v rejstříku</translation>
    </message>
    <message>
        <source>no exchange {key} (give a reference like ZIN-X-2026-007 or an id)</source>
        <translation>žádná výměna {key} (zadejte značku jako ZIN-X-2026-007 nebo identifikátor)</translation>
    </message>
    <message>
        <source>give the visitor organisation&apos;s name</source>
        <translation>zadejte název vysílající organizace</translation>
    </message>
    <message>
        <source>give the host organisation&apos;s name</source>
        <translation>zadejte název hostitelské organizace</translation>
    </message>
    <message>
        <source>{code} is not a country code (e.g. ES, PL)</source>
        <translation>{code} není kód země (např. ES, PL)</translation>
    </message>
    <message>
        <source>give the travelling person&apos;s first and last name</source>
        <translation>zadejte jméno a příjmení cestující osoby</translation>
    </message>
    <message>
        <source>{code} is not a BLUES partnership ({codes})</source>
        <translation>{code} není partnerství BLUES ({codes})</translation>
    </message>
    <message>
        <source>choose the visiting organisation or enter a new one</source>
        <translation>vyberte vysílající organizaci nebo zadejte novou</translation>
    </message>
    <message>
        <source>{reference} is {state}; it can no longer change</source>
        <translation>{reference} je ve stavu „{state}“; už ji nelze měnit</translation>
    </message>
    <message>
        <source>{field} cannot be changed here</source>
        <translation>{field} zde nelze měnit</translation>
    </message>
    <message>
        <source>{field} is fixed once the exchange is {state}</source>
        <translation>{field} je pevně dané, jakmile je výměna ve stavu „{state}“</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office can change it</source>
        <translation>{reference} patří kanceláři {office}; měnit ji může jen tato kancelář</translation>
    </message>
    <message>
        <source>{key} is not one of the evaluation questions</source>
        <translation>{key} není žádná z hodnoticích otázek</translation>
    </message>
    <message>
        <source>scores go from 1 to 5, got {value}</source>
        <translation>hodnocení je od 1 do 5, zadáno: {value}</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office records its report</source>
        <translation>{reference} patří kanceláři {office}; její zprávu zapisuje jen tato kancelář</translation>
    </message>
    <message>
        <source>the closing report is written after the exchange is held and until it is validated ({reference} is {state})</source>
        <translation>závěrečná zpráva se píše po uskutečnění výměny až do jejího schválení ({reference} je ve stavu „{state}“)</translation>
    </message>
    <message>
        <source>{kind}: evidence is one of {kinds}</source>
        <translation>{kind}: doklad je jeden z {kinds}</translation>
    </message>
    <message>
        <source>{reference} is {state}</source>
        <translation>{reference} je ve stavu „{state}“</translation>
    </message>
    <message>
        <source>programme rules version {version} are not in this database</source>
        <translation>pravidla programu verze {version} v této databázi nejsou</translation>
    </message>
    <message>
        <source>the programme rules are kept by the coordinator ({coordinator}); office {office} receives them in the coordinator&apos;s bundle</source>
        <translation>pravidla programu spravuje koordinátor ({coordinator}); kancelář {office} je dostává v balíčku koordinátora</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office moves it through the workflow</source>
        <translation>{reference} patří kanceláři {office}; jejími kroky ji provádí jen tato kancelář</translation>
    </message>
    <message>
        <source>the exchange is {state}</source>
        <translation>výměna je ve stavu „{state}“</translation>
    </message>
    <message>
        <source>the lump sum cannot be computed: {problems}</source>
        <translation>paušální částku nelze vypočítat: {problems}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>žádné problémy</translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>zaplaceno {on}, po lhůtě {deadline} (%n den po výměně)</numerusform>
            <numerusform>zaplaceno {on}, po lhůtě {deadline} (%n dny po výměně)</numerusform>
            <numerusform>zaplaceno {on}, po lhůtě {deadline} (%n dní po výměně)</numerusform>
        </translation>
    </message>
    <message>
        <source>the move is dated {day}, before the previous one ({last})</source>
        <translation>krok má datum {day}, dříve než předchozí ({last})</translation>
    </message>
    <message>
        <source>{reference} cannot become &apos;{state}&apos;: {blocker}</source>
        <translation>{reference} nemůže přejít do stavu „{state}“: {blocker}</translation>
    </message>
    <message>
        <source>give a reason why the exchange is {state}</source>
        <translation>uveďte důvod, proč je výměna ve stavu „{state}“</translation>
    </message>
    <message>
        <source>{side}: either the host or the visitor accepts</source>
        <translation>{side}: přijímá buď hostitel, nebo vysílající</translation>
    </message>
    <message>
        <source>a match is accepted while the exchange is validated and not yet matched ({reference} is {state})</source>
        <translation>párování se přijímá, když je výměna schválená a ještě nespárovaná ({reference} je ve stavu „{state}“)</translation>
    </message>
    <message>
        <source>choose the host organisation before anyone accepts</source>
        <translation>vyberte hostitelskou organizaci dříve, než někdo přijme</translation>
    </message>
    <message>
        <source>not a readable bundle (damaged or truncated: {error})</source>
        <translation>není čitelný balíček (poškozený nebo zkrácený: {error})</translation>
    </message>
    <message>
        <source>holds {count} members; at most {limit} are allowed</source>
        <translation>obsahuje {count} položek; povoleno je nejvýše {limit}</translation>
    </message>
    <message>
        <source>holds a member with an unsafe name {name}</source>
        <translation>obsahuje položku s nebezpečným názvem {name}</translation>
    </message>
    <message>
        <source>holds a link or folder {name}; only plain files are allowed</source>
        <translation>obsahuje odkaz nebo složku {name}; povoleny jsou jen obyčejné soubory</translation>
    </message>
    <message>
        <source>holds an unexpected member {name}</source>
        <translation>obsahuje neočekávanou položku {name}</translation>
    </message>
    <message>
        <source>holds the member {name} twice</source>
        <translation>obsahuje položku {name} dvakrát</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes; the limit is {limit}</source>
        <translation>položka {name} má {size} bajtů; limit je {limit}</translation>
    </message>
    <message>
        <source>member {name} expands more than {ratio}x (a zip bomb?)</source>
        <translation>položka {name} se rozbalí na více než {ratio}násobek (zip bomba?)</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes</source>
        <translation>po rozbalení má více než {limit} bajtů</translation>
    </message>
    <message>
        <source>member {name} is damaged ({error})</source>
        <translation>položka {name} je poškozená ({error})</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says</source>
        <translation>položka {name} nemá velikost uvedenou v její hlavičce</translation>
    </message>
    <message>
        <source>member {name} is larger than its header says</source>
        <translation>položka {name} je větší, než uvádí její hlavička</translation>
    </message>
    <message>
        <source>the coordinator&apos;s office card is not registered yet: register the card the coordinator sent you (Bundles, Partners and keys) before sending</source>
        <translation>karta kanceláře koordinátora ještě není zaregistrována: před odesláním zaregistrujte kartu, kterou vám koordinátor poslal (Balíčky, Partneři a klíče)</translation>
    </message>
    <message>
        <source>cannot write to {folder}: the folder does not exist</source>
        <translation>do {folder} nelze zapisovat: složka neexistuje</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>čtení záznamů</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>šifrování</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>zápis balíčku</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({error})</source>
        <translation>manifest není platný JSON ({error})</translation>
    </message>
    <message>
        <source>the manifest is not a BLUES bundle manifest</source>
        <translation>manifest není manifestem balíčku BLUES</translation>
    </message>
    <message>
        <source>the manifest has no format version</source>
        <translation>manifest nemá verzi formátu</translation>
    </message>
    <message>
        <source>written in bundle format {version} by a newer BLUES Desktop; this version reads format {readable} — update BLUES Desktop</source>
        <translation>zapsáno ve formátu balíčku {version} novějším BLUES Desktop; tato verze čte formát {readable} — aktualizujte BLUES Desktop</translation>
    </message>
    <message>
        <source>the manifest lacks a valid {key}</source>
        <translation>v manifestu chybí platné {key}</translation>
    </message>
    <message>
        <source>the manifest describes table {name} wrongly</source>
        <translation>manifest popisuje tabulku {name} chybně</translation>
    </message>
    <message>
        <source>the manifest lists its files wrongly</source>
        <translation>manifest uvádí své soubory chybně</translation>
    </message>
    <message>
        <source>the manifest describes the file {name} wrongly</source>
        <translation>manifest popisuje soubor {name} chybně</translation>
    </message>
    <message>
        <source>lists {count} files; at most {limit} are allowed</source>
        <translation>uvádí {count} souborů; povoleno je nejvýše {limit}</translation>
    </message>
    <message>
        <source>verifying {file}</source>
        <translation>ověřování {file}</translation>
    </message>
    <message>
        <source>stopped on an unexpected error; nothing was changed</source>
        <translation>zastaveno kvůli neočekávané chybě; nic nebylo změněno</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>zálohování</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>slučování</translation>
    </message>
    <message>
        <source>{record} {problem}: {action}</source>
        <translation>{record} {problem}: {action}</translation>
    </message>
    <message>
        <source>is in the bundle twice</source>
        <translation>je v balíčku dvakrát</translation>
    </message>
    <message>
        <source>is kept here by office {owner}, and the bundle gives it to office {incoming}</source>
        <translation>zde vede kancelář {owner} a balíček ho přiřazuje kanceláři {incoming}</translation>
    </message>
    <message>
        <source>a record never changes office; ask the sending office to check it</source>
        <translation>záznam nikdy nemění kancelář; požádejte odesílající kancelář o kontrolu</translation>
    </message>
    <message>
        <source>arrives with revision {revision}, which is already here with other content ({columns})</source>
        <translation>přichází s revizí {revision}, která tu už je s jiným obsahem ({columns})</translation>
    </message>
    <message>
        <source>the two copies differ; ask office {office} to save the record again (a new revision) and send a new bundle</source>
        <translation>obě kopie se liší; požádejte kancelář {office}, aby záznam znovu uložila (nová revize) a poslala nový balíček</translation>
    </message>
    <message>
        <source>has the same {key} as {other} in the same bundle</source>
        <translation>má stejnou hodnotu {key} jako {other} ve stejném balíčku</translation>
    </message>
    <message>
        <source>would take the place of {here} (the same {key}), which {referrer} here refers to</source>
        <translation>nahradil by {here} (stejná hodnota {key}), na který zde odkazuje {referrer}</translation>
    </message>
    <message>
        <source>ask office {office} to send a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>požádejte kancelář {office} o úplný balíček („Vše“ nebo `bundle export --full`)</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, this office&apos;s own; both cannot exist</source>
        <translation>má stejnou hodnotu {key} jako {here}, záznam této kanceláře; oba nemohou existovat</translation>
    </message>
    <message>
        <source>office {incoming} and this office must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>kancelář {incoming} a tato kancelář se musí dohodnout, který záznam je správný; chybný smaže jeho kancelář a pak znovu pošle svůj balíček</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, kept by office {owner}; both cannot exist</source>
        <translation>má stejnou hodnotu {key} jako {here}, který vede kancelář {owner}; oba nemohou existovat</translation>
    </message>
    <message>
        <source>office {incoming} and office {owner} must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>kanceláře {incoming} a {owner} se musí dohodnout, který záznam je správný; chybný smaže jeho kancelář a pak znovu pošle svůj balíček</translation>
    </message>
    <message>
        <source>names office {office}, which is not a BLUES office</source>
        <translation>uvádí kancelář {office}, která není kanceláří BLUES</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here any more</source>
        <translation>odkazuje na {record} (pole {column}), který už není v balíčku ani zde</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here</source>
        <translation>odkazuje na {record} (pole {column}), který není v balíčku ani zde</translation>
    </message>
    <message>
        <source>was created on {created} for {parent} (its {column}), which had been deleted on {deleted}</source>
        <translation>byl vytvořen {created} pro {parent} (pole {column}), který byl smazán {deleted}</translation>
    </message>
    <message>
        <source>ask office {office} to restore or correct it and send a new bundle</source>
        <translation>požádejte kancelář {office}, aby ho obnovila nebo opravila a poslala nový balíček</translation>
    </message>
    <message>
        <source>it is kept by office {keeper}: import {keeper}&apos;s bundle first (or the coordinator&apos;s), then this one again</source>
        <translation>vede ho kancelář {keeper}: nejprve importujte balíček kanceláře {keeper} (nebo koordinátora), pak znovu tento</translation>
    </message>
    <message>
        <source>import the bundles that carry it first (office {sender}&apos;s earlier bundles, or the coordinator&apos;s), or ask office {sender} for a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>nejprve importujte balíčky, které ho obsahují (dřívější balíčky kanceláře {sender} nebo koordinátora), nebo požádejte kancelář {sender} o úplný balíček („Vše“ nebo `bundle export --full`)</translation>
    </message>
    <message>
        <source>the bundle is damaged; ask its office to write it again</source>
        <translation>balíček je poškozený; požádejte jeho kancelář, aby ho zapsala znovu</translation>
    </message>
    <message>
        <source>{count} record(s) cannot be merged: {refusals}</source>
        <translation>Záznamy, které nelze sloučit ({count}): {refusals}</translation>
    </message>
    <message>
        <source>{count}+ record(s) cannot be merged: {refusals} …</source>
        <translation>Záznamy, které nelze sloučit ({count}+): {refusals} …</translation>
    </message>
    <message>
        <source>{record} of the bundle has the same {key} as another {kind} here; both cannot exist: the offices that keep them must agree which is right</source>
        <translation>{record} z balíčku má stejnou hodnotu {key} jako jiný záznam „{kind}“ zde; oba nemohou existovat: kanceláře, které je vedou, se musí dohodnout, který je správný</translation>
    </message>
    <message>
        <source>a record of the bundle refers to one that is neither in the bundle nor here: import the other offices&apos; bundles (or the coordinator&apos;s) first, then this one again</source>
        <translation>záznam z balíčku odkazuje na záznam, který není v balíčku ani zde: nejprve importujte balíčky ostatních kanceláří (nebo koordinátora), pak znovu tento</translation>
    </message>
    <message>
        <source>a record of the bundle breaks a rule of this database (an empty required value or a value out of range): ask its office to check it and send a new bundle</source>
        <translation>záznam z balíčku porušuje pravidlo této databáze (prázdná povinná hodnota nebo hodnota mimo rozsah): požádejte jeho kancelář o kontrolu a nový balíček</translation>
    </message>
    <message>
        <source>{column}: expected a decimal number as text, got {value}</source>
        <translation>{column}: očekáváno desetinné číslo jako text, přišlo {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number</source>
        <translation>{column}: {value} není číslo</translation>
    </message>
    <message>
        <source>{column}: {value} has more than 2 decimal places</source>
        <translation>{column}: {value} má více než 2 desetinná místa</translation>
    </message>
    <message>
        <source>{column}: expected {expected}, got {value}</source>
        <translation>{column}: očekáváno {expected}, přišlo {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not {form}</source>
        <translation>{column}: {value} není {form}</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>datum a čas</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>datum a čas ve formátu ISO</translation>
    </message>
    <message>
        <source>{column}: {value} has no time zone</source>
        <translation>{column}: {value} nemá časové pásmo</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>datum ve formátu ISO</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>čas</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: očekáváno true nebo false, přišlo {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, got {value}</source>
        <translation>{column}: očekáváno celé číslo, přišlo {value}</translation>
    </message>
    <message>
        <source>{column}: expected text, got {value}</source>
        <translation>{column}: očekáván text, přišlo {value}</translation>
    </message>
    <message>
        <source>{column}: text longer than {length} characters</source>
        <translation>{column}: text delší než {length} znaků</translation>
    </message>
    <message>
        <source>{column}: a column of type {kind} cannot travel in bundles</source>
        <translation>{column}: sloupec typu {kind} nelze přenášet v balíčcích</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>není objekt JSON</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>neznámý sloupec {name}</translation>
    </message>
    <message>
        <source>missing column {name}</source>
        <translation>chybí sloupec {name}</translation>
    </message>
    <message>
        <source>{column}: must not be empty</source>
        <translation>{column}: nesmí být prázdné</translation>
    </message>
    <message>
        <source>not a JSON object ({error})</source>
        <translation>není objekt JSON ({error})</translation>
    </message>
    <message>
        <source>signed by office {office}, whose key is not registered here (fingerprint {fingerprint})</source>
        <translation>podepsáno kanceláří {office}, jejíž klíč zde není zaregistrován (otisk {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match office {office}&apos;s registered key {fingerprint} (seen: {seen}); the bundle was changed or signed by another key (if the office changed its keys, register its new card: Partners and keys)</source>
        <translation>podpis neodpovídá zaregistrovanému klíči {fingerprint} kanceláře {office} (zjištěno: {seen}); balíček byl změněn nebo podepsán jiným klíčem (pokud kancelář změnila klíče, zaregistrujte její novou kartu: Partneři a klíče)</translation>
    </message>
    <message>
        <source>signed with office {office}&apos;s key, revoked on {day}</source>
        <translation>podepsáno klíčem kanceláře {office}, zneplatněným {day}</translation>
    </message>
    <message>
        <source>the payload does not match the signed manifest (its hash differs)</source>
        <translation>obsah neodpovídá podepsanému manifestu (liší se jeho hash)</translation>
    </message>
    <message>
        <source>cannot decrypt the payload: it is not addressed to this office</source>
        <translation>obsah nelze dešifrovat: není určen této kanceláři</translation>
    </message>
    <message>
        <source>the payload lacks the file {name}</source>
        <translation>v obsahu chybí soubor {name}</translation>
    </message>
    <message>
        <source>the payload lacks the table file {name}</source>
        <translation>v obsahu chybí soubor tabulky {name}</translation>
    </message>
    <message>
        <source>the table file {name} does not match the manifest (size or hash)</source>
        <translation>soubor tabulky {name} neodpovídá manifestu (velikost nebo hash)</translation>
    </message>
    <message>
        <source>the table file {name} does not hold the rows the manifest says</source>
        <translation>soubor tabulky {name} neobsahuje řádky uvedené v manifestu</translation>
    </message>
    <message>
        <source>holds the file {name}…, which no record of the bundle names</source>
        <translation>obsahuje soubor {name}…, který neuvádí žádný záznam balíčku</translation>
    </message>
    <message>
        <source>the file {name}… does not match its name (size or hash)</source>
        <translation>soubor {name}… neodpovídá svému názvu (velikost nebo hash)</translation>
    </message>
    <message>
        <source>the file {name}… is not a PDF or an image</source>
        <translation>soubor {name}… není PDF ani obrázek</translation>
    </message>
    <message>
        <source>{moment}</source>
        <translation>{moment}</translation>
    </message>
    <message>
        <source>calls itself bundle {sequence} of {office}; bundles are numbered from 1</source>
        <translation>označuje se jako balíček {sequence} kanceláře {office}; balíčky se číslují od 1</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>žádný balíček</translation>
    </message>
    <message>
        <source>bundle {sequence}</source>
        <translation>balíček {sequence}</translation>
    </message>
    <message>
        <source>follows none</source>
        <translation>nenavazuje na žádný</translation>
    </message>
    <message>
        <source>must follow bundle {sequence}</source>
        <translation>musí navazovat na balíček {sequence}</translation>
    </message>
    <message>
        <source>is bundle {sequence} of {office} but says it follows {follows}; bundle {sequence} {should} — ask office {office} to write a new bundle</source>
        <translation>je balíček {sequence} kanceláře {office}, ale uvádí, že navazuje na {follows}; balíček {sequence} {should} — požádejte kancelář {office} o nový balíček</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} was already imported with other content; ask office {office} which file is right</source>
        <translation>balíček {sequence} kanceláře {office} už byl importován s jiným obsahem; zeptejte se kanceláře {office}, který soubor je správný</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} is older than bundle {highest}, already imported here; its changes came with the later bundle, so there is nothing to import</source>
        <translation>balíček {sequence} kanceláře {office} je starší než zde již importovaný balíček {highest}; jeho změny přišly s pozdějším balíčkem, takže není co importovat</translation>
    </message>
    <message>
        <source>does not continue bundle {sequence} of {office} as it was imported here; ask office {office} which bundle is right</source>
        <translation>nenavazuje na balíček {sequence} kanceláře {office} tak, jak zde byl importován; zeptejte se kanceláře {office}, který balíček je správný</translation>
    </message>
    <message>
        <source>bundle {shown} of {office} has not been imported (a gap); later ones hold their changes</source>
        <translation>balíček {shown} kanceláře {office} nebyl importován (mezera); pozdější balíčky obsahují jeho změny</translation>
    </message>
    <message>
        <source>bundles {shown} of {office} have not been imported (a gap); later ones hold their changes</source>
        <translation>balíčky {shown} kanceláře {office} nebyly importovány (mezera); pozdější balíčky obsahují jejich změny</translation>
    </message>
    <message>
        <source>only the coordinator may send the partner registry</source>
        <translation>rejstřík partnerů smí posílat jen koordinátor</translation>
    </message>
    <message>
        <source>holds an unknown table {name}</source>
        <translation>obsahuje neznámou tabulku {name}</translation>
    </message>
    <message>
        <source>{record} (line {line}): {problem}</source>
        <translation>{record} (řádek {line}): {problem}</translation>
    </message>
    <message>
        <source>{record} (line {line}): belongs to office {owner}; {signer} may only send its own records</source>
        <translation>{record} (řádek {line}): patří kanceláři {owner}; {signer} smí posílat jen své vlastní záznamy</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons}</source>
        <translation>Odmítnuté řádky ({count}): {reasons}</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons} …</source>
        <translation>Odmítnuté řádky ({count}): {reasons} …</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>lacks {name}</source>
        <translation>chybí {name}</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved to {where}</source>
        <translation>disk je plný; do {where} se nic neuložilo</translation>
    </message>
    <message>
        <source>cannot write to {where}: the database is on a read-only medium</source>
        <translation>do {where} nelze zapisovat: databáze je na médiu jen pro čtení</translation>
    </message>
    <message>
        <source>{where} is busy in another program; nothing was saved, try again</source>
        <translation>{where} používá jiný program; nic se neuložilo, zkuste to znovu</translation>
    </message>
    <message>
        <source>the database refused the change ({error}); nothing was saved</source>
        <translation>databáze změnu odmítla ({error}); nic se neuložilo</translation>
    </message>
    <message>
        <source>this data folder was given when the app started (--data-dir or BLUES_DATA_DIR); move it by hand and give the new place the same way</source>
        <translation>tato datová složka byla zadána při spuštění aplikace (--data-dir nebo BLUES_DATA_DIR); přesuňte ji ručně a nové místo zadejte stejným způsobem</translation>
    </message>
    <message>
        <source>Say why the keys are changed (it is kept in the history), for example “the laptop was lost” or “yearly change”.</source>
        <translation>Uveďte, proč se klíče mění (zůstane to v historii), například „ztracený notebook“ nebo „roční výměna“.</translation>
    </message>
    <message>
        <source>office {office} is not set up here</source>
        <translation>kancelář {office} zde není nastavena</translation>
    </message>
    <message>
        <source>the office card</source>
        <translation>karta kanceláře</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card: it is not a card&apos;s text (line {line}: {error}). Ask the office for the file its window saved.</source>
        <translation>{source} není karta kanceláře BLUES: není to text karty (řádek {line}: {error}). Požádejte kancelář o soubor, který uložilo její okno.</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card. Ask the office for the file its window saved (Partners and keys, Save my card).</source>
        <translation>{source} není karta kanceláře BLUES. Požádejte kancelář o soubor, který uložilo její okno (Partneři a klíče, Uložit mou kartu).</translation>
    </message>
    <message>
        <source>{source} is not a whole office card (a part of it is missing). Ask the office to save its card again.</source>
        <translation>{source} není celá karta kanceláře (část chybí). Požádejte kancelář, aby kartu uložila znovu.</translation>
    </message>
    <message>
        <source>{source} holds a damaged key (it was changed after it was saved); ask the office to save its card again</source>
        <translation>{source} obsahuje poškozený klíč (po uložení byl změněn); požádejte kancelář, aby kartu uložila znovu</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its key id does not match its key. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} byl po uložení změněn: ID klíče neodpovídá klíči. Nedůvěřujte mu; požádejte kancelář, aby kartu uložila znovu.</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its fingerprint does not match its keys. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} byl po uložení změněn: otisk neodpovídá klíčům. Nedůvěřujte mu; požádejte kancelář, aby kartu uložila znovu.</translation>
    </message>
    <message>
        <source>keys already exist in {folder}; they are never overwritten</source>
        <translation>v {folder} už klíče existují; nikdy se nepřepisují</translation>
    </message>
    <message>
        <source>cannot read the public key {path}: {error}</source>
        <translation>veřejný klíč {path} nelze přečíst: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign public key file</source>
        <translation>{path} není soubor veřejného klíče minisign</translation>
    </message>
    <message>
        <source>cannot read the office keys in {folder}: {error}</source>
        <translation>klíče kanceláře v {folder} nelze přečíst: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign secret key: {error}</source>
        <translation>{path} není tajný klíč minisign: {error}</translation>
    </message>
    <message>
        <source>the office key is protected by a passphrase; give it</source>
        <translation>klíč kanceláře je chráněn heslem; zadejte ho</translation>
    </message>
    <message>
        <source>the passphrase does not open the office keys</source>
        <translation>heslo klíče kanceláře neotevře</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} neobsahuje identitu age</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); a backup of it would be damaged too; restore one with `blues backup restore`</source>
        <translation>databáze {path} je poškozená ({problem}); její záloha by byla poškozená také; obnovte zálohu pomocí `blues backup restore`</translation>
    </message>
    <message>
        <source>there is no backup {name} in {folder}; `blues backup list` shows them</source>
        <translation>v {folder} není záloha {name}; zobrazí je `blues backup list`</translation>
    </message>
    <message>
        <source>BLUES Desktop is open on {folder}; close it before restoring a backup</source>
        <translation>BLUES Desktop má otevřenou složku {folder}; před obnovením zálohy ho zavřete</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem}); pick another</source>
        <translation>záloha {file} je také poškozená ({problem}); vyberte jinou</translation>
    </message>
    <message>
        <source>the copy of {file} did not pass the check; try again</source>
        <translation>kopie {file} neprošla kontrolou; zkuste to znovu</translation>
    </message>
    <message>
        <source>revoked {day}</source>
        <translation>zneplatněn {day}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>zaregistrován</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>zatím bez klíče</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is far too large for one)</source>
        <translation>{file} není karta kanceláře BLUES (na kartu je příliš velký)</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is not text)</source>
        <translation>{file} není karta kanceláře BLUES (není to text)</translation>
    </message>
    <message>
        <source>cannot read the office card {file}: {error}</source>
        <translation>kartu kanceláře {file} nelze přečíst: {error}</translation>
    </message>
    <message>
        <source>This is the card of your own office ({office}). Send it to your partners; register the cards they send you.</source>
        <translation>Toto je karta vaší vlastní kanceláře ({office}). Pošlete ji partnerům; zaregistrujte karty, které vám pošlou oni.</translation>
    </message>
    <message>
        <source>The card names the office {office}, which is not one of the BLUES offices.</source>
        <translation>Karta uvádí kancelář {office}, která není žádnou z kanceláří BLUES.</translation>
    </message>
    <message>
        <source>This key of {office} was revoked on {day}; a revoked key is never trusted again. Ask them to change their keys and send the new card.</source>
        <translation>Tento klíč kanceláře {office} byl zneplatněn {day}; zneplatněnému klíči se už nikdy nedůvěřuje. Požádejte je, aby změnili klíče a poslali novou kartu.</translation>
    </message>
    <message>
        <source>{office} already has another key registered (fingerprint {fingerprint}). Replacing it is a key rotation: confirm it, with a reason, only after comparing the new fingerprint with them.</source>
        <translation>{office} už má zaregistrovaný jiný klíč (otisk {fingerprint}). Jeho nahrazení je výměna klíče: potvrďte ji s odůvodněním až po porovnání nového otisku s nimi.</translation>
    </message>
    <message>
        <source>Say why the key is replaced (it is kept in the history).</source>
        <translation>Uveďte, proč se klíč nahrazuje (zůstane to v historii).</translation>
    </message>
    <message>
        <source>Say why the key is revoked (it is kept in the history).</source>
        <translation>Uveďte, proč se klíč zneplatňuje (zůstane to v historii).</translation>
    </message>
    <message>
        <source>This office&apos;s own key cannot be revoked; change this office&apos;s keys instead.</source>
        <translation>Vlastní klíč této kanceláře nelze zneplatnit; místo toho změňte klíče této kanceláře.</translation>
    </message>
    <message>
        <source>Office {office} has no registered key to revoke.</source>
        <translation>Kancelář {office} nemá zaregistrovaný klíč, který by šlo zneplatnit.</translation>
    </message>
    <message>
        <source>The key of {office} was revoked already, on {day}.</source>
        <translation>Klíč kanceláře {office} byl zneplatněn už {day}.</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly before it finished; nothing was changed</source>
        <translation>práce se nečekaně zastavila před dokončením; nic nebylo změněno</translation>
    </message>
    <message>
        <source>the disk is full; could not write {path}</source>
        <translation>disk je plný; {path} nelze zapsat</translation>
    </message>
    <message>
        <source>cannot write to {path}: the location is read-only or not permitted</source>
        <translation>do {path} nelze zapisovat: místo je jen pro čtení nebo není povoleno</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder does not exist</source>
        <translation>do {path} nelze zapisovat: složka neexistuje</translation>
    </message>
    <message>
        <source>cannot write to {path}: {error}</source>
        <translation>do {path} nelze zapisovat: {error}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>v {path} není žádná databáze k zálohování</translation>
    </message>
    <message>
        <source>could not copy the database {path}: {error}</source>
        <translation>databázi {path} nelze zkopírovat: {error}</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore a backup with `blues backup restore` or start the app to choose one</source>
        <translation>databáze {path} je poškozená ({problem}); obnovte zálohu pomocí `blues backup restore` nebo spusťte aplikaci a nějakou vyberte</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {error}</source>
        <translation>databázi {path} nelze otevřít: {error}</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {error}</source>
        <translation>databázi {path} nelze zkontrolovat: {error}</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>nelze ji přečíst: {error}</translation>
    </message>
    <message>
        <source>that is where the data folder is already</source>
        <translation>tam už datová složka je</translation>
    </message>
    <message>
        <source>the new place cannot be inside the current data folder</source>
        <translation>nové místo nemůže být uvnitř současné datové složky</translation>
    </message>
    <message>
        <source>the new place cannot hold the current data folder</source>
        <translation>nové místo nemůže obsahovat současnou datovou složku</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder; choose a new or an empty folder</source>
        <translation>{folder} není prázdná složka; vyberte novou nebo prázdnou složku</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>složka {folder} neexistuje</translation>
    </message>
    <message>
        <source>the data folder was not moved: {problem}</source>
        <translation>datová složka nebyla přesunuta: {problem}</translation>
    </message>
    <message>
        <source>the data folder was not moved: the copied database failed its check ({problems})</source>
        <translation>datová složka nebyla přesunuta: zkopírovaná databáze neprošla kontrolou ({problems})</translation>
    </message>
    <message>
        <source>the data folder was not moved: {file} did not copy whole</source>
        <translation>datová složka nebyla přesunuta: {file} se nezkopíroval celý</translation>
    </message>
    <message>
        <source>cannot write to {path}: it is a file, not a folder</source>
        <translation>do {path} nelze zapisovat: je to soubor, ne složka</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; coordinator, {work_package} leader)</source>
        <translation>{code} — {name} ({country}; koordinátor, vedoucí {work_package})</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; {work_package} leader)</source>
        <translation>{code} — {name} ({country}; vedoucí {work_package})</translation>
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
        <translation>Pořízeno</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation>Proč byla pořízena</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{organisations} organisations written by a process of its own</source>
        <translation>{organisations} organizací zapsáno samostatným procesem</translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation>Zprávy Qt ({code})</translation>
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
        <translation>Hlavní okno</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Náhled PDF</translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation>Vytvořit nový záznam na zobrazené stránce: organizaci, výměnu, akci nebo pracovníka.</translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation>Na této stránce nelze nic vytvořit.</translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation>Upravit vybraný záznam.</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Nejprve vyberte záznam, který chcete upravit.</translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation>Smazat vybraný záznam, stejně jako tlačítko Smazat na stránce.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Nejprve vyberte záznam, který chcete smazat.</translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation>Umístit kurzor do vyhledávacího pole stránky.</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Tato stránka nemá vyhledávací pole.</translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation>Znovu načíst data stránky.</translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation>Náhled a tisk dokumentu stránky (prezenční listiny, výkazu práce za měsíc).</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>Na této stránce nelze nic tisknout.</translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation>Otevřít nastavení.</translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation>Ukončit aplikaci.</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation>Zobrazit tento seznam klávesových zkratek.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Přiblížit.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Oddálit.</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation>Přizpůsobit stránku šířce okna.</translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation>Vytisknout dokument.</translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation>Uložit dokument jako soubor PDF.</translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation>Zobrazit stránku Členové.</translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation>Zobrazit stránku Výměny.</translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation>Zobrazit stránku Akce.</translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation>Zobrazit stránku Výkazy práce.</translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation>Zobrazit stránku Balíčky.</translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation>Zobrazit stránku Přehledy.</translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation>Zobrazit stránku „{page}“.</translation>
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
