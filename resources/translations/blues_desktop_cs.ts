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
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Nejprve odevzdat koncepty za danou osobu</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month_label} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Každý zaškrtnutý výkaz práce za {month_label} se schválí a uzamkne, pokud projde kontrolami; ostatní se vypíší s důvodem a zůstanou beze změny.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Balíčky&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to {target}</source>
        <translation>Komu odeslat: {target}</translation>
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
        <source>Wrote {name} ({values:,} records) to {parent}</source>
        <translation>Balíček {name} ({values} záznamů) zapsán do {parent}</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importovat balíčky</translation>
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
        <source>

Import {good} bundle(s)?</source>
        <translation>

Importovat balíčky (počet: {good})?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importování balíčků</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Ověřování balíčků</translation>
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
        <source>two letters, e.g. es</source>
        <translation>dvě písmena, např. cs</translation>
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
        <source>Consent for</source>
        <translation>Souhlas pro</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Souhlas z</translation>
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
        <source>{count} possible duplicate{value} to decide</source>
        <translation>Možné duplicity k rozhodnutí: {count}{value:.0}</translation>
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
        <source>{day:%a %d %b}</source>
        <translation>{day:%d. %m.}</translation>
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
    <message>
        <source>This organisation looks like {count} already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>Tato organizace se podobá již registrovaným organizacím (počet: {count}). Vyberte jednu k porovnání; jiná právní forma nebo jiné město často znamená dvě různé organizace.</translation>
    </message>
    <message>
        <source>{legal_name} ({office_id}): {label}</source>
        <translation>{legal_name} ({office_id}): {label}</translation>
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
        <source>ES, PL, FR … (ISO code)</source>
        <translation>CS, PL, FR … (kód ISO)</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Veřejná (oznámená na kanálech BLUES)</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Dny (prázdné: všechna data)</translation>
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
        <source>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · {participants} registered</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · registrováno: {participants}</translation>
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
        <source>Present — {parts}</source>
        <translation>Přítomni — {parts}</translation>
    </message>
    <message>
        <source> · {pending} unsaved changes</source>
        <translation> · neuložené změny: {pending}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vyberte akci, abyste viděli její údaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Figures of “{title}”&lt;/h4&gt;&lt;p&gt;{registered} registered, {participants} took part ({unique_participants} persons from {unique_organisations} organisations).&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Údaje akce „{title}“&lt;/h4&gt;&lt;p&gt;Registrováno: {registered}, zúčastnilo se: {participants} ({unique_participants} osob z {unique_organisations} organizací).&lt;/p&gt;</translation>
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
        <translation>Vymazat osobní údaje</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Vyberte jednoho účastníka, jehož údaje se vymažou.</translation>
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
        <source>Preparing the {what}…</source>
        <translation>Příprava: {what}…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportovat akce</translation>
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
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants ({details}).</source>
        <translation>Zapsáno akcí: {events}, účastníků: {participants} ({details}).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisování sešitu…</translation>
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
        <source>{total:,} exchange{value}</source>
        <translation>Výměny: {total}{value:.0}</translation>
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
        <source>What is it?</source>
        <translation>Co to je?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Soubor dokladu</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportovat registr</translation>
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
        <source>Warn after</source>
        <translation>Upozornit po</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dnech</translation>
    </message>
    <message>
        <source>Older than {max_days} days or missing: figures of this office may be out of date</source>
        <translation>Starší než {max_days} dní nebo chybí: údaje této kanceláře mohou být zastaralé</translation>
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
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — </translation>
    </message>
    <message>
        <source>{count} change{value}</source>
        <translation>Počet změn: {count}{value:.0}</translation>
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
        <source>Rows to import ({rows_to_import:,})</source>
        <translation>Řádky k importu ({rows_to_import})</translation>
    </message>
    <message>
        <source>Rows set aside ({aside:,})</source>
        <translation>Odložené řádky ({aside})</translation>
    </message>
    <message>
        <source>Warnings and notes ({notes:,})</source>
        <translation>Upozornění a poznámky ({notes})</translation>
    </message>
    <message>
        <source>Import {rows_to_import:,} rows</source>
        <translation>Importovat řádky ({rows_to_import})</translation>
    </message>
    <message>
        <source>{name}: {summary}.
{verdict}</source>
        <translation>{name}: {summary}.
{verdict}</translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Tyto sloupce obsahují údaje, které budou ignorovány: {columns}. Má-li se některý importovat, zvolte pro něj pole v Přiřazení sloupců….</translation>
    </message>
    <message>
        <source>{index}</source>
        <translation>{index}</translation>
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
        <source>Problem report written to {name}.</source>
        <translation>Zpráva o problémech zapsána do souboru {name}.</translation>
    </message>
    <message>
        <source>The {set_aside:,} rows set aside are in {written}: correct the cells named in its Problem column, then import that file.</source>
        <translation>Odložené řádky ({set_aside}) jsou v souboru {written}: opravte buňky uvedené ve sloupci Problém a poté tento soubor importujte.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importování</translation>
    </message>
    <message>
        <source>Imported {organisations_created:,} new and {organisations_changed:,} changed organisations, {contacts_created:,} new and {contacts_changed:,} changed contacts.</source>
        <translation>Importováno organizací: {organisations_created} nových a {organisations_changed} změněných; kontaktů: {contacts_created} nových a {contacts_changed} změněných.</translation>
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
        <translation>Otevírání: {title}…</translation>
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
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;O aplikaci {APP_NAME}</translation>
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
        <source>Office: {code} {name} ({role}) · {user_name}</source>
        <translation>Kancelář: {code} {name} ({role}) · {user_name}</translation>
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
        <source>{total:,} organisations</source>
        <translation>Organizace: {total}</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Spravuje kancelář {office_id}: zobrazeno jen pro čtení. Změnit ji může pouze {office_id}; její změny přicházejí v balíčku koordinátora.</translation>
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
        <source>Export the register</source>
        <translation>Exportovat registr</translation>
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
        <source>Merge two {what}</source>
        <translation>Sloučit dva záznamy: {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other_title}&lt;/b&gt; is merged into &lt;b&gt;{kept_title}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>Záznam &lt;b&gt;{other_title}&lt;/b&gt; se sloučí do záznamu &lt;b&gt;{kept_title}&lt;/b&gt;: smaže se a bude odkazovat na ponechaný záznam. U každého pole, ve kterém se liší, zvolte hodnotu, kterou chcete ponechat.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The merge moves {moves} to the kept record.</source>
        <translation>&lt;br&gt;Sloučení přesune do ponechaného záznamu: {moves}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Oba záznamy obsahují stejné hodnoty.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
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
        <source>Worked {worked_hours:.2f} h of {contracted_hours:.2f} h contracted · BLUES {blues:.2f} h = {pm:.2f} person-months · other {value:.2f} h</source>
        <translation>Odpracováno {worked_hours:.2f} h z {contracted_hours:.2f} h podle smlouvy · BLUES {blues:.2f} h = {pm:.2f} člověkoměsíce · ostatní {value:.2f} h</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · neuložené změny</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Bez problémů: měsíc prošel všemi kontrolami.</translation>
    </message>
    <message>
        <source>The week before {day:%d %b} has the same hours already.</source>
        <translation>Týden před {day:%d. %m.} už má stejné hodiny.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>V tomto měsíci nezbývá žádný prázdný pracovní den k vyplnění.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Schvalování…</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Opětovné otevření vyžaduje důvod; měsíc zůstává schválený.</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Příprava výkazu práce…</translation>
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
        <source>ISO code, e.g. CZ</source>
        <translation>kód ISO, např. CZ</translation>
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
        <source>Notes</source>
        <translation>Poznámky</translation>
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
        <source>ES</source>
        <translation>CZ</translation>
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
        <source>&lt;b&gt;{name} ({office})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} ({office})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Uložit kartu mé kanceláře</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Vytváření nových klíčů</translation>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Uložit jako…</translation>
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
        <source>{total:,} persons match</source>
        <translation>Odpovídajících osob: {total}</translation>
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
        <source>{value:.2f}</source>
        <translation>{value:.2f}</translation>
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
        <source>Restored from the backup of {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>Obnoveno ze zálohy z {astimezone:%d. %m. %Y %H:%M}.</translation>
    </message>
    <message>
        <source> The damaged file is kept as {name}.</source>
        <translation> Poškozený soubor je uložen jako {name}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Závěrečná zpráva — {reference}</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>doporučil(a) by výměnu ClusterXchange</translation>
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
        <source>&lt;b&gt;{label}&lt;/b&gt; (figures from {start:%d %b %Y} to {end:%d %b %Y}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{once:,}&lt;/b&gt; (counted once); organisations reached {reached:,}; events {events}, participants {participants:,}; person-months declared {value:,.2f} of {value_2:,.2f} planned; paid EUR {paid:,.2f}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (údaje od {start:%d. %m. %Y} do {end:%d. %m. %Y}): uskutečněné výměny &lt;b&gt;{held} z {target}&lt;/b&gt;, probíhající nebo dokončené {live}; členové &lt;b&gt;{once}&lt;/b&gt; (každý započten jednou); oslovené organizace {reached}; akce {events}, účastníci {participants}; vykázané člověkoměsíce {value:.2f} z {value_2:.2f} plánovaných; vyplaceno {paid:.2f} EUR</translation>
    </message>
    <message>
        <source>Export the report pack {what}</source>
        <translation>Exportovat balík zpráv {what}</translation>
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
</context>
<context>
    <name>RevokeKeyDialog</name>
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
        <source>Visitors and evidence</source>
        <translation>Účastníci a doklady</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Hodnoticí otázky</translation>
    </message>
    <message>
        <source>
Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>
Pouze pro čtení: pravidla spravuje koordinátor (BPT); přicházejí v jeho balíčku.</translation>
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
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}: {what}</translation>
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
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Rok a pracovní balíčky</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Přidejte pracovníky kanceláře, abyste mohli vyplňovat jejich výkazy práce.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</translation>
    </message>
    <message>
        <source>Approve {label}</source>
        <translation>Schválit {label}</translation>
    </message>
    <message>
        <source>Approving {label}…</source>
        <translation>Schvalování {label}…</translation>
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
        <source>{normalize:f}</source>
        <translation>{normalize:f}</translation>
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
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Wrote {rows} rows for {staff} staff members to {path}.</source>
        <translation>Zapsáno řádků: {rows} pro pracovníky ({staff}) do {path}.</translation>
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
        <translation>Otázka (hodnocení 1–5)</translation>
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
        <translation>Offline nástroj partnerství BLUES — {project}: BalticNet-PlasmaTec (koordinátor), Nanoprogress, Mazovia ICT Cluster, ZINNAE a Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>O aplikaci {APP_NAME}</translation>
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
    <name>dialog_buttons</name>
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
    <name>operations</name>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
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
