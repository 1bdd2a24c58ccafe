<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ApproveManyDialog</name>
    <message>
        <source>Approve {month_label}</source>
        <translation>Zatwierdź {month_label}</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Każda zaznaczona karta czasu pracy za {month} zostanie zatwierdzona i zablokowana, jeśli przejdzie kontrole; pozostałe zostaną wymienione wraz z powodem i pozostaną bez zmian.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Najpierw złóż wersje robocze w imieniu tej osoby</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation>Dzień {number}
{date}</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pakiety&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to every partner</source>
        <translation>Wyślij do wszystkich partnerów</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Wyślij do koordynatora</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Wszystko (pełny pakiet)</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Zapisz pakiet…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <source>Import bundles ({SUFFIX} files), or drop them on this page.</source>
        <translation>Zaimportuj pakiety (pliki {SUFFIX}) lub upuść je na tej stronie.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importuj pakiety…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation>Nie zapisano ani nie zaimportowano jeszcze żadnego pakietu. Zapisz pakiet, aby wysłać zmiany tego biura, lub zaimportuj otrzymany pakiet.</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Partnerzy i klucze</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Partnerzy i klucze…</translation>
    </message>
    <message>
        <source>Your office card and its QR code, partners&apos; cards, changing or revoking keys.</source>
        <translation>Karta biura i jej kod QR, karty partnerów, zmiana lub unieważnienie kluczy.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Klucz biura</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Hasło do kluczy biura:</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick, a mail folder)</source>
        <translation>Miejsce zapisu pakietu (pamięć USB, folder poczty)</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Zapisywanie pakietu</translation>
    </message>
    <message>
        <source>Wrote {file} ({records} records) to {folder}</source>
        <translation>Zapisano {file} ({records} rekordów) w folderze {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>Zaimportować %n pakiet?</numerusform>
            <numerusform>Zaimportować %n pakiety?</numerusform>
            <numerusform>Zaimportować %n pakietów?</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation>{file}: zaimportowany już {date}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file}: %n nowy lub zaktualizowany wpis</numerusform>
            <numerusform>{file}: %n nowe lub zaktualizowane wpisy</numerusform>
            <numerusform>{file}: %n nowych lub zaktualizowanych wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importuj pakiety</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation>Pakiety BLUES (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Brak danych do zaimportowania</translation>
    </message>
    <message>
        <source>Import bundles?</source>
        <translation>Zaimportować pakiety?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importowanie pakietów</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Weryfikowanie pakietów</translation>
    </message>
    <message>
        <source>No changes since the last bundle the coordinator acknowledged.</source>
        <translation>Brak zmian od ostatniego pakietu potwierdzonego przez koordynatora.</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation>Następny pakiet biura {office} zawiera rekordy: {records} (wszystko):</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation>Następny pakiet biura {office} zawiera rekordy: {records} (zmiany od ostatniego pakietu potwierdzonego przez koordynatora):</translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation>{records}: nowe {new}, zmienione {changed}, usunięte {deleted}</translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation>podpis prawidłowy: biuro {office}, klucz {fingerprint}</translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation>pakiet {sequence}, następuje po {previous}</translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation>pakiet {sequence}, pierwszy pakiet tego biura</translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation>zaimportowany już {date}: nic się nie zmieni</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>ostrzeżenie: {warning}</translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{records}: nowe {new}, zaktualizowane {updated}, bez zmian {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n zapisany plik (CV, dowody, PDF kart czasu pracy), {size} MB, zgodny ze swoim SHA-256</numerusform>
            <numerusform>%n zapisane pliki (CV, dowody, PDF kart czasu pracy), {size} MB, każdy zgodny ze swoim SHA-256</numerusform>
            <numerusform>%n zapisanych plików (CV, dowody, PDF kart czasu pracy), {size} MB, każdy zgodny ze swoim SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show table</source>
        <translation>Pokaż tabelę</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a spreadsheet or a message</source>
        <translation>Kopiuj tabelę, aby wkleić ją do arkusza kalkulacyjnego lub wiadomości</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Brak danych do zliczenia w tym okresie.</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Pokaż wykres</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Data wyrażenia zgody</translation>
    </message>
    <message>
        <source>e.g. membership form, event registration</source>
        <translation>np. formularz członkowski, rejestracja na wydarzenie</translation>
    </message>
    <message>
        <source>Do not contact (the person asked not to be)</source>
        <translation>Nie kontaktować się (na prośbę tej osoby)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
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
        <translation>Język</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Cel zgody</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nie kontaktować</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>brak zgody</translation>
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
        <translation>Możliwe duplikaty między biurami</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office…</source>
        <translation>Porównywanie organizacji wszystkich biur…</translation>
    </message>
    <message>
        <source>Same organisation: count once</source>
        <translation>Ta sama organizacja: licz raz</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Różne organizacje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Organisations registered by two offices with the same VAT number or a similar name in the same country. Compare the two before you decide: a different legal form or city often means two organisations. Linking them changes neither office&apos;s record; the partnership&apos;s figures count the pair once.</source>
        <translation>Organizacje zarejestrowane przez dwa biura z tym samym numerem VAT lub podobną nazwą w tym samym kraju. Przed podjęciem decyzji należy je porównać: inna forma prawna lub inne miasto często oznaczają dwie różne organizacje. Połączenie nie zmienia rekordu żadnego z biur; w danych partnerstwa para jest liczona raz.</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office</source>
        <translation>Porównywanie organizacji wszystkich biur</translation>
    </message>
    <message>
        <source>Registered by {office_id}</source>
        <translation>Zarejestrowane przez {office_id}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n możliwy duplikat do rozstrzygnięcia</numerusform>
            <numerusform>%n możliwe duplikaty do rozstrzygnięcia</numerusform>
            <numerusform>%n możliwych duplikatów do rozstrzygnięcia</numerusform>
        </translation>
    </message>
    <message>
        <source>No undecided pairs: every office&apos;s organisations are distinct or linked.</source>
        <translation>Brak nierozstrzygniętych par: organizacje wszystkich biur są odrębne lub połączone.</translation>
    </message>
</context>
<context>
    <name>CtqDialog</name>
    <message>
        <source>Commitment to Quality — {reference}</source>
        <translation>Zobowiązanie do jakości (Commitment to Quality) — {reference}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele ogólne</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele szczegółowe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>This organisation looks like one already registered. Compare the two before you decide: a different legal form or city often means two organisations.</source>
        <translation>Ta organizacja wygląda na już zarejestrowaną. Przed podjęciem decyzji należy porównać obie: inna forma prawna lub inne miasto często oznaczają dwie różne organizacje.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>
            <numerusform>Ta organizacja wygląda na już zarejestrowaną (%n podobna). Wybierz jedną do porównania; inna forma prawna lub miasto często oznacza dwie różne organizacje.</numerusform>
            <numerusform>Ta organizacja wygląda na już zarejestrowaną (%n podobne). Wybierz jedną do porównania; inna forma prawna lub miasto często oznacza dwie różne organizacje.</numerusform>
            <numerusform>Ta organizacja wygląda na już zarejestrowaną (%n podobnych). Wybierz jedną do porównania; inna forma prawna lub miasto często oznacza dwie różne organizacje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj obie</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Ten rekord</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Już zarejestrowana</translation>
    </message>
    <message>
        <source>Merge into {legal_name}…</source>
        <translation>Scal z {legal_name}…</translation>
    </message>
    <message>
        <source>Merging shows every field where the two differ, so you choose what to keep; its contacts and exchanges move to the kept record, and this one is deleted and points to it.</source>
        <translation>Scalanie pokazuje każde pole, w którym rekordy się różnią, aby wybrać wartość do zachowania; kontakty i wymiany przechodzą do zachowanego rekordu, a ten zostaje usunięty i wskazuje na tamten.</translation>
    </message>
    <message>
        <source>{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.</source>
        <translation>Rekordem {legal_name} zarządza biuro {office_id}, więc nie można ich tu scalić; należy powiadomić to biuro lub zachować oba rekordy.</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <source>Declared: hours of approved (locked) months; recorded: every stored hour; planned: set by the coordinator</source>
        <translation>Zadeklarowane: godziny zatwierdzonych (zablokowanych) miesięcy; zarejestrowane: wszystkie zapisane godziny; planowane: ustalone przez koordynatora</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Zadeklarowane</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zarejestrowane</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Osobomiesiące według pakietów roboczych</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>BLUES Desktop — unexpected error</source>
        <translation>BLUES Desktop — nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Dziennik znajduje się w {folder}.</translation>
    </message>
    <message>
        <source>No log file is written (no log folder).</source>
        <translation>Dziennik nie jest zapisywany (brak folderu dziennika).</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Kopiuj szczegóły błędu</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Otwórz folder dziennika</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit event</source>
        <translation>Edytuj wydarzenie</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
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
        <translation>Dodaj dzień</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Usuń dzień</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Wydarzenie online</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Publiczne (ogłaszane w kanałach BLUES)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Dni (puste: wszystkie daty)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Współorganizatorzy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupy docelowe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>This event was deleted elsewhere (another window or an imported bundle) while the editor was open; saving will not bring it back.</source>
        <translation>To wydarzenie zostało usunięte w innym miejscu (w innym oknie lub przez zaimportowany pakiet) podczas edycji; zapisanie go nie przywróci.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>To wydarzenie zostało zmienione w innym miejscu (w innym oknie lub przez zaimportowany pakiet) podczas edycji. Zapisanie nadpisze te zmiany bieżącą wersją; Anuluj je zachowa.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowani</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events…</source>
        <translation>Szukaj wydarzeń…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Who changed this event and its participants, when, and what</source>
        <translation>Kto, kiedy i co zmienił w tym wydarzeniu i na liście uczestników</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nowe wydarzenie…</translation>
    </message>
    <message>
        <source>No events yet. Create one to register its participants and print its attendance sheet.</source>
        <translation>Brak wydarzeń. Utwórz wydarzenie, aby rejestrować uczestników i drukować listę obecności.</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Zaplanuj nowe wydarzenie</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Edytuj wybrane wydarzenie</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Usuń wybrane wydarzenie</translation>
    </message>
    <message>
        <source>Choose an event, or create one.</source>
        <translation>Wybierz wydarzenie lub utwórz nowe.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet. Register people from the member register, or add a new person.</source>
        <translation>Nikt nie jest jeszcze zarejestrowany na to wydarzenie. Zarejestruj osoby z rejestru członków lub dodaj nową osobę.</translation>
    </message>
    <message>
        <source>Register from the register…</source>
        <translation>Dodaj z rejestru…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nowa osoba…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Wypisz</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>GDPR erasure of the chosen participant, on their request (the registration stays, shown as erased)</source>
        <translation>Usunięcie danych wybranego uczestnika zgodnie z RODO, na jego wniosek (rejestracja pozostaje, oznaczona jako usunięta)</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Zapisz obecność</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Spoza listy…</translation>
    </message>
    <message>
        <source>Attach scanned sheet…</source>
        <translation>Dołącz zeskanowaną listę…</translation>
    </message>
    <message>
        <source>Keys: Space ticks or unticks and moves down, − clears, Enter moves down.</source>
        <translation>Klawisze: Spacja zaznacza lub odznacza i przechodzi niżej, − czyści, Enter przechodzi niżej.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 poziomo</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Podgląd i drukowanie…</translation>
    </message>
    <message>
        <source>The sheet lists the registered participants in order with a signature box per day, blank rows for walk-ins, and a QR code per page that matches a scanned page to this event. Online events get the online attendance record instead.</source>
        <translation>Lista obejmuje zarejestrowanych uczestników w kolejności, z polem na podpis dla każdego dnia, puste wiersze dla osób spoza listy oraz kod QR na każdej stronie, który przypisuje zeskanowaną stronę do tego wydarzenia. Dla wydarzeń online tworzony jest zamiast tego rejestr obecności online.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Puste wiersze dla osób spoza listy</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Eksportuj do Excela…</translation>
    </message>
    <message>
        <source>No event matches the search.</source>
        <translation>Żadne wydarzenie nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation>Zaznaczenia obecności dla „{title}” nie są jeszcze zapisane: {pending}.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n zarejestrowany</numerusform>
            <numerusform>%n zarejestrowanych</numerusform>
            <numerusform>%n zarejestrowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation>dzień {number}: {present} z {total}</translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation>Obecni — {days}</translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Obecni — {days} · %n niezapisana zmiana</numerusform>
            <numerusform>Obecni — {days} · %n niezapisane zmiany</numerusform>
            <numerusform>Obecni — {days} · %n niezapisanych zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation>Dane liczbowe: „{title}”</translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation>Zarejestrowani: {registered}, uczestniczyli: {participants} (osoby: {persons}, organizacje: {organisations}).</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Według pakietu roboczego</translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation>Według kraju (12 pierwszych)</translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation>Według typu organizacji</translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation>Według płci</translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation>Nowe wydarzenie „{title}” zostało zapisane i wybrane na liście.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Usuń wydarzenie</translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation>Usunąć „{title}” wraz z rejestracjami?</translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation>Usunięto wydarzenie „{title}” wraz z rejestracjami.</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF lub obraz (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation>Elektroniczna lista obecności: {title}</translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation>Przygotowywanie elektronicznej listy obecności…</translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation>Lista obecności: {title}</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Przygotowywanie listy obecności…</translation>
    </message>
    <message>
        <source>Organised by office {office_id}: shown read-only, only {office_id} can change it.</source>
        <translation>Organizator: biuro {office_id}. Tylko do odczytu, zmieniać może tylko {office_id}.</translation>
    </message>
    <message>
        <source>Scanned sheets: </source>
        <translation>Zeskanowane listy: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wybierz wydarzenie, aby zobaczyć jego dane.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Usuń dane osobowe</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Wybierz jednego uczestnika, którego dane zostaną usunięte.</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, gender, consent) from the record, its history and the files kept with it? The registration stays, shown as erased, and the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Usunąć dane osobowe osoby {name} (imię i nazwisko, e-mail, telefon, funkcja, płeć, zgoda) z rekordu, jego historii i przechowywanych z nim plików? Rejestracja pozostanie, oznaczona jako usunięta, a usunięcie dotrze do innych biur w pakietach. Tej operacji nie można cofnąć.

Na czyje żądanie i dlaczego?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Usunięcie wymaga podania przyczyny; nic nie usunięto.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spoza listy</translation>
    </message>
    <message>
        <source>This person was already a contact; the contact was registered.</source>
        <translation>Ta osoba była już kontaktem; zarejestrowano ten kontakt.</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>Zeskanowana podpisana lista</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Eksportuj wydarzenia</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Participants&apos; e-mail and gender</source>
        <translation>E-mail i płeć uczestników</translation>
    </message>
    <message>
        <source>The workbook lists participants by name, organisation and country, with the figures and breakdowns for the report; e-mail addresses and each person&apos;s gender are left out.

Include them anyway? Only do so when the reader needs to write to the participants; the workbook&apos;s summary says which list it holds.</source>
        <translation>Skoroszyt zawiera listę uczestników z imieniem i nazwiskiem, organizacją i krajem oraz dane i zestawienia do raportu; adresy e-mail i płeć poszczególnych osób są pomijane.

Uwzględnić je mimo to? Tylko wtedy, gdy odbiorca musi napisać do uczestników; podsumowanie skoroszytu informuje, którą listę zawiera.</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (with e-mail addresses and gender).</source>
        <translation>Zapisano wydarzenia: {events} i uczestników: {participants} (z adresami e-mail i płcią).</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation>Zapisano wydarzenia: {events} i uczestników: {participants} (bez adresów e-mail i płci).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisywanie skoroszytu…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) and is now {state}: this part of it can no longer be changed.</source>
        <translation>Ta wymiana została zmieniona w innym miejscu (w innym oknie lub przez zaimportowany pakiet) i ma teraz stan „{state}”: tej jej części nie można już zmienić.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Ta wymiana została zmieniona w innym miejscu (w innym oknie lub przez zaimportowany pakiet); formularz pokazuje teraz zapisaną wersję.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Ta wymiana została zmieniona w innym miejscu (w innym oknie lub przez zaimportowany pakiet) podczas edycji. Zapisanie nadpisze te zmiany wersją z formularza; Anuluj je zachowa.</translation>
    </message>
    <message>
        <source>This exchange was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Ta wymiana została usunięta w innym miejscu (w innym oknie lub przez zaimportowany pakiet), gdy formularz był otwarty; nie ma już gdzie jej zapisać.</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Ryczałt</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Search reference or name</source>
        <translation>Szukaj numeru lub nazwy</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Wszystkie partnerstwa</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Zarejestruj…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Eksportuj do Excela…</translation>
    </message>
    <message>
        <source>Programme rules…</source>
        <translation>Zasady programu…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Who changed this exchange and its steps, when, and what</source>
        <translation>Kto, kiedy i co zmienił w tej wymianie i jej krokach</translation>
    </message>
    <message>
        <source>Mark as: {label}</source>
        <translation>Oznacz jako: {label}</translation>
    </message>
    <message>
        <source>Printed once the Commitment to Quality is signed</source>
        <translation>Drukowana po podpisaniu Zobowiązania do jakości</translation>
    </message>
    <message>
        <source>Printed once the exchange has been held</source>
        <translation>Drukowany po odbyciu wymiany</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Commitment to Quality</source>
        <translation>Zobowiązanie do jakości</translation>
    </message>
    <message>
        <source>Financial agreement</source>
        <translation>Umowa finansowa</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Zaświadczenie o uczestnictwie</translation>
    </message>
    <message>
        <source>Closing report form</source>
        <translation>Formularz sprawozdania końcowego</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation>{office}: odbyte {held} z {registered} zarejestrowanych</translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation>&lt;b&gt;Odbyte wymiany: {held} z {target} planowanych ({progress})&lt;/b&gt;; w toku: {live}.</translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation>Według partnerstwa: {offices}.</translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation>Przyznane ryczałty: {committed}, w tym wypłacone: {paid}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation>Najczęstsze pary krajów: {pairs}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation>Najczęstsze pary krajów: jeszcze brak.</translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation>{km} km (wpisane)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstwa</translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation>odwiedzający {visitor}, gospodarz {host}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Pobyt</translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation>{start} – {end}, dni robocze: {days}</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Ryczałt</translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation>{amount} (zasady v{version})</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zaakceptowano</translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation>gospodarz {host}, odwiedzający {visitor}</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Niekwalifikowalna:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation>Zarejestruj nową wymianę</translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation>Zapisz widoczne wymiany do skoroszytu Excel</translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation>Ryczałty, odległości i terminy obowiązujące wymiany</translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation>Brak wymian. Zarejestruj pierwszą: odwiedzający, gospodarz i daty.</translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation>Gospodarz akceptuje</translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation>Odwiedzający akceptuje</translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation>Edytuj CtQ…</translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation>Raport końcowy…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Załącz dowód…</translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation>Anuluj wymianę…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation>Co można teraz zrobić z tą wymianą</translation>
    </message>
    <message>
        <source>Financial agreements of the exchanges shown…</source>
        <translation>Umowy finansowe wyświetlonych wymian…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation>Podgląd i druk dokumentów tej wymiany</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n wymiana</numerusform>
            <numerusform>%n wymiany</numerusform>
            <numerusform>%n wymian</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Żadna wymiana nie pasuje do wyszukiwania lub filtrów.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wybierz wymianę, aby zobaczyć szczegóły.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation>Tylko do odczytu: ta wymiana należy do biura {office_id}.</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Zapisz %n umowę finansową, którą można teraz wydrukować, jako PDF w folderze</numerusform>
            <numerusform>Zapisz %n umowy finansowe, które można teraz wydrukować, każdą jako PDF w folderze</numerusform>
            <numerusform>Zapisz %n umów finansowych, które można teraz wydrukować, każdą jako PDF w folderze</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the exchanges shown may have its financial agreement printed yet: it is printed once the Commitment to Quality is signed</source>
        <translation>Dla żadnej z wyświetlonych wymian nie można jeszcze wydrukować umowy finansowej: drukuje się ją po podpisaniu Zobowiązania do jakości</translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation>Anuluj wymianę</translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation>Dlaczego partnerstwo anuluje wymianę {reference}? Powód zostanie zapisany w jej historii.</translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation>Zachowaj wymianę</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation>Dlaczego odwiedzający wycofuje się z wymiany {reference}? Powód zostanie zapisany w jej historii.</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Co to jest?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Plik dowodu</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation>PDF lub obraz (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation>Zarejestrowano {reference}; wymiana jest wybrana na liście.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Eksportuj rejestr</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>Zapisano %n wymianę do pliku {file}</numerusform>
            <numerusform>Zapisano %n wymiany do pliku {file}</numerusform>
            <numerusform>Zapisano %n wymian do pliku {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Zapisywanie rejestru</translation>
    </message>
    <message>
        <source>Folder for the financial agreements</source>
        <translation>Folder na umowy finansowe</translation>
    </message>
    <message>
        <source>Writing the financial agreements</source>
        <translation>Zapisywanie umów finansowych</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>Zapisano %n umowę finansową w {folder}</numerusform>
            <numerusform>Zapisano %n umowy finansowe w {folder}</numerusform>
            <numerusform>Zapisano %n umów finansowych w {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>No financial agreement written to {folder}: none of the exchanges shown may have it printed now</source>
        <translation>Nie zapisano żadnej umowy finansowej w {folder}: dla żadnej z wyświetlonych wymian nie można jej teraz wydrukować</translation>
    </message>
    <message>
        <source>Stopped: the financial agreements written before Cancel are in {folder}</source>
        <translation>Zatrzymano: umowy finansowe zapisane przed anulowaniem są w {folder}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Wersje: {versions}</translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation>v{version} z {date}</translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation>v{version} z {date} (wbudowana)</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Zasady programu</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Opublikowana wersja {version}.</translation>
    </message>
    <message>
        <source>The exchange is paid: its last step is done.</source>
        <translation>Wymiana została wypłacona: jej ostatni krok jest zakończony.</translation>
    </message>
    <message>
        <source>The exchange was cancelled: it takes no further step.</source>
        <translation>Wymiana została odwołana: nie ma kolejnych kroków.</translation>
    </message>
    <message>
        <source>The exchange was withdrawn: it takes no further step.</source>
        <translation>Wymiana została wycofana: nie ma kolejnych kroków.</translation>
    </message>
    <message>
        <source>No further step from this state: {state}.</source>
        <translation>Z tego stanu nie ma kolejnego kroku: {state}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation>jeszcze nic nie scalono</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>pakiet {sequence}, zapisany {written}, zaimportowany {imported} (%n dzień temu)</numerusform>
            <numerusform>pakiet {sequence}, zapisany {written}, zaimportowany {imported} (%n dni temu)</numerusform>
            <numerusform>pakiet {sequence}, zapisany {written}, zaimportowany {imported} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktualność danych</translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Ostrzegaj po</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dniach</translation>
    </message>
    <message>
        <source>{office} (this office)</source>
        <translation>{office} (to biuro)</translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation>koordynator nie potwierdził jeszcze żadnego pakietu</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>pakiet {sequence} potwierdzony przez koordynatora, zapisany {written} (%n dzień temu)</numerusform>
            <numerusform>pakiet {sequence} potwierdzony przez koordynatora, zapisany {written} (%n dni temu)</numerusform>
            <numerusform>pakiet {sequence} potwierdzony przez koordynatora, zapisany {written} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Starsze niż %n dzień lub brak: dane liczbowe tego biura mogą być nieaktualne</numerusform>
            <numerusform>Starsze niż %n dni lub brak: dane liczbowe tego biura mogą być nieaktualne</numerusform>
            <numerusform>Starsze niż %n dni lub brak: dane liczbowe tego biura mogą być nieaktualne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDocumentPreview</name>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>The English text is the binding one; a second language adds the translation of every heading and label</source>
        <translation>Wiążący jest tekst angielski; drugi język dodaje tłumaczenie każdego nagłówka i etykiety</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s and the host&apos;s language)</source>
        <translation>Angielski i {language} (język gościa i gospodarza)</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s language)</source>
        <translation>Angielski i {language} (język gościa)</translation>
    </message>
    <message>
        <source>English and {language} (the host&apos;s language)</source>
        <translation>Angielski i {language} (język gospodarza)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Przygotowywanie dokumentu…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading the history…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wczytywanie historii…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes made on this computer show who made them. Records another office changed show the bundle that brought them and who imported it.</source>
        <translation>Zmiany wprowadzone na tym komputerze pokazują, kto je wprowadził. Rekordy zmienione przez inne biuro pokazują pakiet, który je przyniósł, i osobę, która go zaimportowała.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n zmiana</numerusform>
            <numerusform>%n zmiany</numerusform>
            <numerusform>%n zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>brak zarejestrowanych zmian</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co zmieniono</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importuj członków</translation>
    </message>
    <message>
        <source>Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice spreadsheet (.ods) or a .csv file.</source>
        <translation>Wybierz listę członków: skoroszyt Excel (.xlsx, .xlsm, .xls), arkusz LibreOffice (.ods) lub plik .csv.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Odczytaj jako</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Wiersze do zaimportowania</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Wiersze odłożone</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Ostrzeżenia i uwagi</translation>
    </message>
    <message>
        <source>Re-read with this mapping</source>
        <translation>Odczytaj ponownie z tym przypisaniem</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>Zapisz raport problemów…</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Przypisanie kolumn…</translation>
    </message>
    <message>
        <source>Save rows set aside…</source>
        <translation>Zapisz odłożone wiersze…</translation>
    </message>
    <message>
        <source>A file in the layout of yours with the rows set aside and a Problem column: correct the cells and import it to add those rows</source>
        <translation>Plik w układzie pliku źródłowego z odłożonymi wierszami i kolumną Problem: popraw komórki i zaimportuj go, aby dodać te wiersze</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Lista członków</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Odczytywanie {name}…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Odczytywanie {name}</translation>
    </message>
    <message>
        <source>This file cannot be imported:
{exc}</source>
        <translation>Tego pliku nie można zaimportować:
{exc}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation>Ostrzeżenie — {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… i jeszcze %n w raporcie problemów</numerusform>
            <numerusform>… i jeszcze %n w raporcie problemów</numerusform>
            <numerusform>… i jeszcze %n w raporcie problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Brak ostrzeżeń.</translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation>Wiersze do zaimportowania ({count})</translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation>Odłożone wiersze ({count})</translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation>Ostrzeżenia i uwagi ({count})</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation>Nie można zaimportować żadnego wiersza: popraw odłożone wiersze (lub przypisanie kolumn).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation>Nic jeszcze nie zapisano. Import doda teraz poprawne wiersze (po wykonaniu kopii zapasowej); odłożone wiersze zostaną zachowane do poprawienia: zapisz je przyciskiem „Zapisz odłożone wiersze…”, popraw komórki wskazane w kolumnie Problem i zaimportuj ten plik. Można też zamknąć okno i najpierw poprawić plik źródłowy.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importuj %n wiersz</numerusform>
            <numerusform>Importuj %n wiersze</numerusform>
            <numerusform>Importuj %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation>Nic jeszcze nie zapisano. Naciśnij Importuj, aby zapisać wszystko w jednym kroku.</translation>
    </message>
    <message>
        <source>column {column} of sheet {sheet}</source>
        <translation>kolumna {column} arkusza {sheet}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>%n odłożony wiersz jest w pliku {file}: popraw komórki wskazane w kolumnie Problem, a następnie zaimportuj ten plik.</numerusform>
            <numerusform>%n odłożone wiersze są w pliku {file}: popraw komórki wskazane w kolumnie Problem, a następnie zaimportuj ten plik.</numerusform>
            <numerusform>%n odłożonych wierszy jest w pliku {file}: popraw komórki wskazane w kolumnie Problem, a następnie zaimportuj ten plik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation>Zaimportowano organizacje: nowe {organisations_new}, zmienione {organisations_changed}; kontakty: nowe {contacts_new}, zmienione {contacts_changed}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n odłożony wiersz: zapisz go przyciskiem „Zapisz odłożone wiersze…”, popraw i zaimportuj ten plik.</numerusform>
            <numerusform>%n odłożone wiersze: zapisz je przyciskiem „Zapisz odłożone wiersze…”, popraw i zaimportuj ten plik.</numerusform>
            <numerusform>%n odłożonych wierszy: zapisz je przyciskiem „Zapisz odłożone wiersze…”, popraw i zaimportuj ten plik.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Te kolumny zawierają dane, które zostaną pominięte: {columns}. Jeśli mają zostać zaimportowane, wybierz dla każdej pole w oknie Przypisanie kolumn….</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importowane)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Raport problemów</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem report written to {name}.</source>
        <translation>Raport problemów zapisano w {name}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation>Organizacje klastrów i ich kontakty</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation>Wymiany pracowników między organizacjami, od rejestracji do płatności</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation>Warsztaty i spotkania, ich uczestnicy i obecność</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Karty czasu pracy</translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation>Miesięczne godziny pracy personelu w projekcie</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation>Wysyłanie danych tego biura do koordynatora i import danych partnerów</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation>Dane liczbowe i wskaźniki KPI projektu według okresów</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>Otwieranie: {page}…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otwórz folder &amp;danych</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Użytkownicy…</translation>
    </message>
    <message>
        <source>Change who is using the app, or add a user</source>
        <translation>Zmień osobę korzystającą z aplikacji lub dodaj użytkownika</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;O programie {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Klucz: {fingerprint}</translation>
    </message>
    <message>
        <source>Your office&apos;s key fingerprint. Read it aloud to a partner to check the office card they registered.</source>
        <translation>Odcisk klucza tego biura. Przeczytaj go na głos partnerowi, aby sprawdził zarejestrowaną kartę biura.</translation>
    </message>
    <message>
        <source>Data: {data_location}</source>
        <translation>Dane: {data_location}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (coordinator) · {user}</source>
        <translation>Biuro: {code} {name} (koordynator) · {user}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation>Biuro: {code} {name} (partner) · {user}</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Użytkownicy tego komputera</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, city, VAT number or e-mail…</source>
        <translation>Szukaj nazwy, miasta, numeru VAT lub e-maila…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Wszystkie biura</translation>
    </message>
    <message>
        <source>Country (e.g. ES)</source>
        <translation>Kraj (np. PL)</translation>
    </message>
    <message>
        <source>Sector (e.g. water)</source>
        <translation>Sektor (np. woda)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Tylko członkowie</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Błędna cyfra kontrolna</translation>
    </message>
    <message>
        <source>Only organisations whose VAT or registration number was kept as typed although its check digit fails</source>
        <translation>Tylko organizacje, których numer VAT lub rejestrowy zachowano w wpisanej postaci, mimo że jego cyfra kontrolna jest błędna</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Eksportuj do Excela…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Across offices…</source>
        <translation>Między biurami…</translation>
    </message>
    <message>
        <source>Organisations two offices registered that look alike: link them as one or not</source>
        <translation>Podobne organizacje zarejestrowane przez dwa biura: połącz je jako jedną lub nie</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nowa organizacja…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Znajdź duplikaty…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Who changed this organisation, when, and what</source>
        <translation>Kto, kiedy i co zmienił w tej organizacji</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakty&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Dodaj kontakt…</translation>
    </message>
    <message>
        <source>No contacts for this organisation yet.</source>
        <translation>Ta organizacja nie ma jeszcze kontaktów.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edytuj kontakt…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>Merge contacts…</source>
        <translation>Scal kontakty…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what</source>
        <translation>Kto, kiedy i co zmienił w tym kontakcie</translation>
    </message>
    <message>
        <source>Register a new organisation</source>
        <translation>Zarejestruj nową organizację</translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation>Wczytaj organizacje i kontakty z arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation>Zapisz widoczne organizacje do skoroszytu Excel</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Edytuj wybraną organizację</translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation>Usuń wybraną organizację (można to cofnąć)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organizacja</numerusform>
            <numerusform>%n organizacje</numerusform>
            <numerusform>%n organizacji</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wybierz organizację, aby zobaczyć jej szczegóły i kontakty.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Kontakty scalone: %n rejestracja na wydarzenie przeniesiona do zachowanego kontaktu.</numerusform>
            <numerusform>Kontakty scalone: %n rejestracje na wydarzenia przeniesione do zachowanego kontaktu.</numerusform>
            <numerusform>Kontakty scalone: %n rejestracji na wydarzenia przeniesiono do zachowanego kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n wymiana przeniesiona do zachowanego kontaktu.</numerusform>
            <numerusform>%n wymiany przeniesione do zachowanego kontaktu.</numerusform>
            <numerusform>%n wymian przeniesiono do zachowanego kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Scalono: %n kontakt przeniesiony.</numerusform>
            <numerusform>Scalono: %n kontakty przeniesione.</numerusform>
            <numerusform>Scalono: %n kontaktów przeniesiono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n wymiana przeniesiona.</numerusform>
            <numerusform>%n wymiany przeniesione.</numerusform>
            <numerusform>%n wymian przeniesiono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details taken from the other record: {fields}.</source>
        <translation>Dane przejęte z drugiego wpisu: {fields}.</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation>Wyeksportowano organizacje: {organisations} i kontakty: {contacts} do pliku {file}; pominięto kontakty bez zgody: {left_out}</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation>Wyeksportowano organizacje: {organisations} i kontakty: {contacts} do pliku {file}</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Rekordem zarządza biuro {office_id}: tylko do odczytu. Zmieniać go może tylko {office_id}; zmiany docierają w pakiecie koordynatora.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation>VAT {number}</translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation>sektory: {sectors}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>pracownicy: {band}</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Członek od {date}</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>biuro {code}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Najpierw wybierz kontakt z listy.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Usuń dane osobowe</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Usunąć dane osobowe osoby {name} (imię i nazwisko, e-mail, telefon, funkcja, zgoda) z rekordu, jego historii i przechowywanych z nim plików (CV)? Rekord pozostanie, oznaczony jako usunięty, aby usunięcie dotarło do innych biur w pakietach. Tej operacji nie można cofnąć.

Na czyje żądanie i dlaczego?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Usunięcie wymaga podania przyczyny; nic nie usunięto.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation>Brak innego kontaktu organizacji {legal_name} do scalenia.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation>Usunięto „{name}”. Polecenie Cofnij usunięcie przywraca rekord.</translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation>Usunięta organizacja wróciła do rejestru.</translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation>„{legal_name}” jest zarządzana przez biuro {office_id}: wyświetlana tylko do odczytu.</translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation>Nowa organizacja została zapisana i wybrana na liście.</translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów organizacji {legal_name}</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Eksportuj rejestr</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Contacts without consent</source>
        <translation>Kontakty bez zgody</translation>
    </message>
    <message>
        <source>Contacts without a recorded GDPR consent are left out of the export.

Include them anyway? Only do so when you have another lawful basis to share them; the export says how many were included.</source>
        <translation>Kontakty bez zarejestrowanej zgody RODO są pomijane w eksporcie.

Uwzględnić je mimo to? Tylko wtedy, gdy istnieje inna podstawa prawna do ich udostępnienia; eksport podaje, ile ich uwzględniono.</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Eksportowanie rejestru</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Scal dwa kontakty</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Scal dwie organizacje</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Scal dwa rekordy</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; zostanie scalony z &lt;b&gt;{kept}&lt;/b&gt;: zostanie usunięty i będzie wskazywał na zachowany rekord. Dla każdego pola, w którym się różnią, wybierz wartość do zachowania.</translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation>Scalenie przeniesie do zachowanego rekordu: {moves}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation>Zachowaj: {title}</translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation>Scalany: {title}</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Oba rekordy mają te same wartości.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n wymiana</numerusform>
            <numerusform>%n wymiany</numerusform>
            <numerusform>%n wymian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n rejestracja na wydarzenie</numerusform>
            <numerusform>%n rejestracje na wydarzenia</numerusform>
            <numerusform>%n rejestracji na wydarzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n rekord pracownika</numerusform>
            <numerusform>%n rekordy pracowników</numerusform>
            <numerusform>%n rekordów pracowników</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation>Przepracowano</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Święto: {name}</translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation>Poza okresem zatrudnienia</translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation>Wklejanie odrzucone w dniu {day}: {problem}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation>Wpisuj godziny w kwadransach (7.5, 7,25 lub 1:45). Enter: następny dzień · Delete: wyczyść · + / −: kwadrans więcej lub mniej · Ctrl+C / Ctrl+V: kopiuj i wklej komórki.</translation>
    </message>
    <message>
        <source>Note for the month (required when the hours exceed the contract)</source>
        <translation>Uwaga do miesiąca (wymagana, gdy godziny przekraczają umowę)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <source>Copy previous week</source>
        <translation>Kopiuj poprzedni tydzień</translation>
    </message>
    <message>
        <source>Fill from typical week…</source>
        <translation>Wypełnij typowym tygodniem…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Złóż</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Approve for many…</source>
        <translation>Zatwierdź dla wielu…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Otwórz ponownie…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Drukuj PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Who changed, submitted and approved this month, and when</source>
        <translation>Kto i kiedy zmienił, złożył i zatwierdził ten miesiąc</translation>
    </message>
    <message>
        <source>Worked {worked} h of {contracted} h contracted</source>
        <translation>Przepracowano {worked} h z {contracted} h według umowy</translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation>BLUES {blues} h = {months} osobomiesięcy</translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation>inne {other} h</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>niezapisane zmiany</translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation>Tydzień przed {day} ma już te same godziny.</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Brak problemów: miesiąc przechodzi wszystkie kontrole.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>W tym miesiącu nie ma już pustego dnia roboczego do wypełnienia.</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s timesheet for {month}? It will be locked, and its content and printed PDF fingerprinted.</source>
        <translation>Zatwierdzić kartę czasu pracy osoby {name} za {month}? Zostanie zablokowana, a jej treść i wydrukowany PDF otrzymają odcisk (fingerprint).</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Zatwierdzanie…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation>Dlaczego karta osoby {name} za {month} jest ponownie otwierana?</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Ponowne otwarcie wymaga podania przyczyny; miesiąc pozostaje zatwierdzony.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation>Karta czasu pracy: {name}, {month}</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Przygotowywanie karty czasu pracy…</translation>
    </message>
</context>
<context>
    <name>MonthStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Złożona</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Zatwierdzona (zablokowana)</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Uczestnik spoza listy</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Typ organizacji</translation>
    </message>
    <message>
        <source>A walk-in who matches a contact by e-mail or name is linked to that contact; the signed sheet is the consent record.</source>
        <translation>Osoba spoza listy, która odpowiada kontaktowi pod względem e-maila lub imienia i nazwiska, zostaje powiązana z tym kontaktem; podpisana lista stanowi dowód zgody.</translation>
    </message>
    <message>
        <source>&lt;b&gt;GDPR consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zgoda RODO&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Data wyrażenia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Dodaj osobę spoza listy</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation>Klucze utworzono {date}.</translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation>Karta nie podaje, kiedy utworzono jej klucze.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Edytuj organizację</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Typ *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Kraj *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Ta organizacja została zmieniona w innym miejscu (w innym oknie lub przez zaimportowany pakiet); formularz pokazuje teraz zapisaną wersję.</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Ta organizacja została zmieniona w innym miejscu (w innym oknie lub przez zaimportowany pakiet) podczas edycji. Zapisanie nadpisze te zmiany wersją z formularza; Anuluj je zachowa.</translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Ta organizacja została usunięta w innym miejscu (w innym oknie lub przez zaimportowany pakiet), gdy formularz był otwarty; nie ma już gdzie jej zapisać.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-31</source>
        <translation>{value} nie jest datą; zapisz ją jako 2024-05-31</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>type part of the name, then Find</source>
        <translation>wpisz część nazwy, a następnie Znajdź</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>New organisation (not in the register)</source>
        <translation>Nowa organizacja (spoza rejestru)</translation>
    </message>
    <message>
        <source>cluster member</source>
        <translation>członek klastra</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>{name} — {type}, member, {city} ({country})</source>
        <translation>{name} — {type}, członek, {city} ({country})</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation>Rekordem zarządza biuro {office_id}: tutaj tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation>{pending}

Zapisać je przed kontynuowaniem?</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>differs</source>
        <translation>różni się</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma prawna</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation>Co się zgadza:</translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation>Co się różni (każda różnica zmniejsza prawdopodobieństwo):</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Registered by one office</source>
        <translation>Zarejestrowana przez jedno biuro</translation>
    </message>
    <message>
        <source>Registered by another</source>
        <translation>Zarejestrowana przez inne</translation>
    </message>
    <message>
        <source>How likely the same</source>
        <translation>Prawdopodobieństwo zgodności</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spoza listy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>PartnersKeysDialog</name>
    <message>
        <source>Partners and keys</source>
        <translation>Partnerzy i klucze</translation>
    </message>
    <message>
        <source>This office&apos;s card</source>
        <translation>Karta tego biura</translation>
    </message>
    <message>
        <source>Partners compare this fingerprint with the one their window shows when they register your card: read it aloud on a call, group by group, or let them scan the QR code with a phone.</source>
        <translation>Partnerzy porównują ten odcisk z odciskiem widocznym w ich oknie podczas rejestrowania karty biura: przeczytaj go na głos podczas rozmowy, grupa po grupie, lub pozwól im zeskanować kod QR telefonem.</translation>
    </message>
    <message>
        <source>Save my card to a file…</source>
        <translation>Zapisz kartę biura do pliku…</translation>
    </message>
    <message>
        <source>Change this office&apos;s keys…</source>
        <translation>Zmień klucze tego biura…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Odcisk klucza:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register each partner&apos;s card; your bundle carries them to the other partners.</source>
        <translation>Pakiety biura są przyjmowane tylko wtedy, gdy jego karta jest tu zarejestrowana. Zarejestruj kartę każdego partnera; pakiet tego biura przekaże je pozostałym partnerom.</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation>Pakiety biura są przyjmowane tylko wtedy, gdy jego karta jest tu zarejestrowana. Zarejestruj kartę koordynatora; pakiet koordynatora przyniesie karty pozostałych partnerów.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card…</source>
        <translation>Zarejestruj kartę partnera…</translation>
    </message>
    <message>
        <source>Revoke the key…</source>
        <translation>Unieważnij klucz…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The key of {office_name} was replaced; its fingerprint is {groups}.</source>
        <translation>Klucz biura {office_name} został zastąpiony; jego odcisk to {groups}.</translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation>Zarejestrowano kartę biura {office_name} (odcisk {groups}): od teraz jego pakiety są przyjmowane.</translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation>Klucz biura {name} jest unieważniony: od teraz jego pakiety są odrzucane.</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Zapisz kartę biura</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation>Zapisano kartę biura {office} w {path}. Wyślij ją partnerom (e-mailem lub na pendrivie), a następnie porównaj z nimi odcisk podczas rozmowy.</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Tworzenie nowych kluczy</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation>Utworzono nowe klucze: odcisk to teraz {fingerprint}. Zapisz nową kartę i wyślij ją każdemu partnerowi; będą odrzucać pakiety tego biura, dopóki jej nie zarejestrują.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card</source>
        <translation>Zarejestruj kartę partnera</translation>
    </message>
    <message>
        <source>Card already registered</source>
        <translation>Karta już zarejestrowana</translation>
    </message>
    <message>
        <source>The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.</source>
        <translation>Karta biura {office_name} jest już tu zarejestrowana z tym kluczem (odcisk {fingerprint}). Nic nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Revoked on {date}</source>
        <translation>Unieważniona {date}</translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation>Zarejestrowana {date}</translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation>Nie zarejestrowano jeszcze karty</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
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
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Fitted to the width</source>
        <translation>Dopasowano do szerokości</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Powiększenie {percent}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Zapisano {name} w {folder}.</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation>Okresy sprawozdawcze</translation>
    </message>
    <message>
        <source>The grant&apos;s reporting periods: the project&apos;s start and the length of each period in months. Every figure of the Reports page and of the report pack follows them.</source>
        <translation>Okresy sprawozdawcze grantu: początek projektu i długość każdego okresu w miesiącach. Według nich liczone są wszystkie dane na stronie Raporty i w zestawie raportów.</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Początek projektu</translation>
    </message>
    <message>
        <source>Months in each period</source>
        <translation>Miesiące w każdym okresie</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Zapisz okresy</translation>
    </message>
    <message>
        <source>Write the length of each period in months, separated by commas (12, 12).</source>
        <translation>Wpisz długość każdego okresu w miesiącach, oddzielając je przecinkami (12, 12).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Register persons from the member register</source>
        <translation>Dodaj osoby z rejestru członków</translation>
    </message>
    <message>
        <source>Search name, e-mail or organisation…</source>
        <translation>Szukaj imienia i nazwiska, e-maila lub organizacji…</translation>
    </message>
    <message>
        <source>Register selected</source>
        <translation>Zarejestruj wybrane</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>%n osoba pasuje</numerusform>
            <numerusform>%n osoby pasują</numerusform>
            <numerusform>%n osób pasuje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
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
        <translation>Planowany nakład pracy (osobomiesiące)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation>{office} {package}: „{text}” nie jest liczbą</translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation>{office} {package}: {text} nie jest liczbą miesięcy</translation>
    </message>
    <message>
        <source>Person-months each office plans on each work package:</source>
        <translation>Osobomiesiące planowane przez każde biuro w każdym pakiecie roboczym:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>BLUES Desktop — the database is damaged</source>
        <translation>BLUES Desktop — baza danych jest uszkodzona</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>nieznane uszkodzenie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database could not be opened safely.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The start-up check of &lt;code&gt;{path}&lt;/code&gt; found: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nie udało się bezpiecznie otworzyć bazy danych.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kontrola przy uruchomieniu pliku &lt;code&gt;{path}&lt;/code&gt; wykryła: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Można zastąpić go kopią zapasową. Uszkodzony plik zostanie odłożony obok (nic nie jest usuwane), aby nadal można go było zbadać. Zmiany wprowadzone po utworzeniu kopii zapasowej nie są w niej zawarte; może je przywrócić pakiet wysłany od tego czasu do koordynatora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>Przywróć wybraną kopię zapasową</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>passes the check</source>
        <translation>przechodzi kontrolę</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>uszkodzona: {problem}</translation>
    </message>
    <message>
        <source>No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Żadna kopia zapasowa w {backups} nie przechodzi kontroli. Uszkodzony plik pozostaje na miejscu; `blues doctor` pokazuje, co jest nie tak.</translation>
    </message>
    <message>
        <source>There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Brak kopii zapasowych w {backups}. Uszkodzony plik pozostaje na miejscu; `blues doctor` pokazuje, co jest nie tak.</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>Nie przywrócono kopii zapasowej: {exc}</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}. The damaged file is kept as {file}.</source>
        <translation>Przywrócono z kopii zapasowej z {taken}. Uszkodzony plik zachowano jako {file}.</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation>Przywrócono z kopii zapasowej z {taken}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation>Nowe klucze biura {name}</translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation>Zarejestruj kartę biura {name}</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Zastąp klucz</translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation>Zarejestruj kartę</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>Biuro {name} jest tu zarejestrowane z innymi kluczami (odcisk {fingerprint}, zarejestrowane {date}). Ta karta je zastępuje: od teraz jego pakiety podpisane starymi kluczami są tu odrzucane, a pakiety zapisywane w tym biurze są szyfrowane nowym kluczem.</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>Biuro {name} jest tu zarejestrowane z innymi kluczami (odcisk {fingerprint}, zarejestrowane wcześniej). Ta karta je zastępuje: od teraz jego pakiety podpisane starymi kluczami są tu odrzucane, a pakiety zapisywane w tym biurze są szyfrowane nowym kluczem.</translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation>Klucze biura zmieniają się, gdy biuro celowo je zmieni (nowy lub zgubiony laptop). Jeśli biuro {name} nie poinformowało o zmianie kluczy, nie zastępuj klucza: najpierw zadzwoń.</translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation>Zanim zaufasz biuru {name}, porównaj z nim ten odcisk: zadzwoń i poproś o odczytanie jego odcisku na głos (jego okno pokazuje go w sekcji Partnerzy i klucze) lub zeskanuj pokazany kod QR. Kontynuuj tylko wtedy, gdy każda grupa się zgadza.</translation>
    </message>
    <message>
        <source>For example: they changed their keys after a new laptop</source>
        <translation>Na przykład: zmienili klucze po zakupie nowego laptopa</translation>
    </message>
    <message>
        <source>Why the key is replaced:</source>
        <translation>Przyczyna zastąpienia klucza:</translation>
    </message>
    <message>
        <source>I compared the fingerprint with {name}, and every group matches.</source>
        <translation>Porównano odcisk klucza z {name} i wszystkie grupy są zgodne.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an exchange</source>
        <translation>Zarejestruj wymianę</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Organizacja odwiedzająca</translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation>Jej klaster (dla odwiedzającego MŚP)</translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation>Organizacja goszcząca (jeśli znana)</translation>
    </message>
    <message>
        <source>from the gazetteer</source>
        <translation>ze słownika miejscowości</translation>
    </message>
    <message>
        <source>only for a second visit of the same organisation</source>
        <translation>tylko przy drugiej wizycie tej samej organizacji</translation>
    </message>
    <message>
        <source>path of the CV (PDF), optional</source>
        <translation>ścieżka do CV (PDF), opcjonalnie</translation>
    </message>
    <message>
        <source>Travelling person: first name</source>
        <translation>Osoba podróżująca: imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerstwo odwiedzającego</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Odległość (km)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <source>Preferred sector</source>
        <translation>Preferowany sektor</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Uzasadnienie odstępstwa</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Raport końcowy — {reference}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Nawiązane kontakty</translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation>Podpisane lub planowane umowy</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>poleciłby wymianę ClusterXchange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>no host yet</source>
        <translation>jeszcze bez gospodarza</translation>
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
        <translation>Wczytywanie danych…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports and KPIs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Raporty i wskaźniki KPI&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>stan na</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Eksportuj XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Periods…</source>
        <translation>Okresy…</translation>
    </message>
    <message>
        <source>Set the project&apos;s start and the length of each period</source>
        <translation>Ustaw początek projektu i długość każdego okresu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; (figures from {start} to {end}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{members}&lt;/b&gt; (counted once); organisations reached {reached}; events {events}, participants {participants}; person-months declared {declared} of {planned} planned; paid {paid}</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; (dane od {start} do {end}): odbyte wymiany &lt;b&gt;{held} z {target}&lt;/b&gt;, w toku lub zakończone {live}; członkowie &lt;b&gt;{members}&lt;/b&gt; (liczeni raz); organizacje objęte działaniami {reached}; wydarzenia {events}, uczestnicy {participants}; osobomiesiące zadeklarowane {declared} z {planned} planowanych; wypłacono {paid}</translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation>Eksportuj pakiet raportów jako skoroszyt</translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation>Eksportuj pakiet raportów jako PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>Zapisano {name} w {parent}.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Zapisywanie zestawu raportów…</translation>
    </message>
    <message>
        <source>Whole project (from {start})</source>
        <translation>Cały projekt (od {start})</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation>Okres {number} ({start} – {end})</translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation>Cały projekt (od {start}), stan na {as_of}</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation>Okres {number} ({start} – {end}), stan na {as_of}</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation>Unieważnij klucz biura {name}</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Unieważnij klucz</translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation>Unieważnij klucz, gdy został zgubiony, skradziony lub nie jest już używany przez biuro {name} (odcisk {value}).</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation>Od teraz pakiety podpisane tym kluczem są tu odrzucane, a pakiety zapisywane w tym biurze nie są już szyfrowane dla biura {name}. Unieważniony klucz nigdy nie będzie znów zaufany: zaufana może być tylko nowa karta, po zmianie kluczy przez biuro {name}.</translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation>Następny pakiet tego biura poinformuje każdego partnera, że ten klucz jest unieważniony, więc oni również przestaną mu ufać.</translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation>To jest koordynator: wysyłanie pakietów nie będzie możliwe, dopóki nie zostanie zarejestrowana nowa karta koordynatora.</translation>
    </message>
    <message>
        <source>For example: their laptop was stolen</source>
        <translation>Na przykład: skradziono im laptopa</translation>
    </message>
    <message>
        <source>Why the key is revoked:</source>
        <translation>Przyczyna unieważnienia klucza:</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Change this office&apos;s keys</source>
        <translation>Zmień klucze tego biura</translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation>Zmień klucze</translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation>Zostaną utworzone nowe klucze dla biura {office_name}. Zmień je, gdy laptop z kluczami został zgubiony lub skradziony, gdy odeszła osoba znająca hasło, lub raz w roku.</translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation>Co to oznacza: od teraz pakiety tego biura są podpisywane nowym kluczem. Każdy partner, który zarejestrował obecną kartę, będzie je odrzucał, dopóki nie zarejestruje nowej, więc należy wysłać nową kartę każdemu z nich (i koordynatorowi) i porównać nowy odcisk podczas rozmowy. Stare klucze zostają zachowane jako wycofane: pakiety już dla nich zaszyfrowane nadal się tu otworzą.</translation>
    </message>
    <message>
        <source>For example: yearly change, or the laptop was lost</source>
        <translation>Na przykład: coroczna zmiana lub zgubiony laptop</translation>
    </message>
    <message>
        <source>Why the keys are changed:</source>
        <translation>Przyczyna zmiany kluczy:</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Hasło do kluczy biura:</translation>
    </message>
    <message>
        <source>The new keys are protected by the same passphrase.</source>
        <translation>Nowe klucze są chronione tym samym hasłem.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Programme rules (version {version} in force)</source>
        <translation>Zasady programu (obowiązuje wersja {version})</translation>
    </message>
    <message>
        <source>Money and duration</source>
        <translation>Kwoty i czas trwania</translation>
    </message>
    <message>
        <source>Countries and thresholds</source>
        <translation>Kraje i progi</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation>również akceptowane</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>niewymagane</translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation>Kwoty i czas trwania, limit</translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation>Kwoty i czas trwania, obniżenie o połowę (dni robocze)</translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation>Kwoty i czas trwania, obniżenie o połowę (km)</translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation>Kwoty i czas trwania, najkrótszy pobyt</translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation>Kwoty i czas trwania, najdłuższy pobyt</translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation>Kwoty i czas trwania, termin płatności</translation>
    </message>
    <message>
        <source>Visitors and evidence</source>
        <translation>Odwiedzający i dowody</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Pytania ewaluacyjne</translation>
    </message>
    <message>
        <source>Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>Tylko do odczytu: zasady prowadzi koordynator (BPT); przychodzą w jego pakiecie.</translation>
    </message>
    <message>
        <source>e.g. 2027 call: new thresholds</source>
        <translation>np. nabór 2027: nowe progi</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nowa wersja obowiązuje od</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Opublikuj jako nową wersję</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while this window was open (another window or an imported bundle); the form now shows it.</source>
        <translation>Gdy to okno było otwarte, nadeszła wersja {version} zasad programu (z innego okna lub przez zaimportowany pakiet); formularz pokazuje ją teraz.</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while you edited them (another window or an imported bundle). Publishing makes your version the newest; Close keeps theirs.</source>
        <translation>Podczas edycji nadeszła wersja {version} zasad programu (z innego okna lub przez zaimportowany pakiet). Publikacja uczyni najnowszą wersję z formularza; Zamknij zachowa tamtą.</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> dni robocze</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation> dni po wymianie</translation>
    </message>
    <message>
        <source>Cap per visiting organisation</source>
        <translation>Limit na organizację odwiedzającą</translation>
    </message>
    <message>
        <source>Halve the lump sum if the stay is under</source>
        <translation>Obniż ryczałt o połowę, jeśli pobyt trwa krócej niż</translation>
    </message>
    <message>
        <source>… or the distance is under</source>
        <translation>… lub odległość jest mniejsza niż</translation>
    </message>
    <message>
        <source>Shortest stay</source>
        <translation>Najkrótszy pobyt</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Najdłuższy pobyt</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>The lump sum is the threshold of the host&apos;s country, halved once, never above the cap. Agreements already issued keep the version they were computed under.</source>
        <translation>Ryczałt to próg kraju goszczącego, obniżony raz o połowę, nigdy powyżej limitu. Wydane już umowy finansowe zachowują wersję, według której zostały wyliczone.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ustaw</translation>
    </message>
    <message>
        <source>Host and visitor must both be in a country that takes part in COSME.</source>
        <translation>Gospodarz i odwiedzający muszą być w kraju uczestniczącym w programie COSME.</translation>
    </message>
    <message>
        <source>Threshold of the selected countries:</source>
        <translation>Próg wybranych krajów:</translation>
    </message>
    <message>
        <source>Who may visit (the others may only host)</source>
        <translation>Kto może odwiedzać (pozostali mogą tylko gościć)</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Typ organizacji</translation>
    </message>
    <message>
        <source>May visit</source>
        <translation>Może odwiedzać</translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation>Musi być członkiem</translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation>Musi wskazać swój klaster</translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation>{type}: może odwiedzać</translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation>{type}: musi być członkiem</translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation>{type}: musi wskazać swój klaster</translation>
    </message>
    <message>
        <source>Evidence for the payment</source>
        <translation>Dowody do płatności</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Od teraz zapisywane przy każdej wprowadzonej zmianie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Cannot be moved here: {blocked}.</source>
        <translation>Folderu nie można tu przenieść: {blocked}.</translation>
    </message>
    <message>
        <source>Backups are taken before every upgrade, import and restore</source>
        <translation>Kopia zapasowa jest tworzona przed każdą aktualizacją, importem i przywróceniem</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Przechowywane kopie zapasowe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>As the system ({system})</source>
        <translation>Jak w systemie ({system})</translation>
    </message>
    <message>
        <source>The window changes language when you save; unsaved work is kept or asked about</source>
        <translation>Okno zmieni język po zapisaniu; niezapisana praca zostanie zachowana albo pojawi się pytanie</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Przenieś folder danych do</translation>
    </message>
    <message>
        <source>The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it.</source>
        <translation>Dane zostaną tam skopiowane i sprawdzone; następnie BLUES Desktop się zamknie i przy następnym uruchomieniu otworzy nowe miejsce. Stary folder {root} pozostanie zachowany do czasu jego usunięcia.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up BLUES Desktop</source>
        <translation>Konfiguracja BLUES Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choose the office this computer works for. The app creates its database and the office&apos;s keys (for signing and receiving bundles) in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Witamy w BLUES Desktop.&lt;/b&gt;&lt;br&gt;Wybierz biuro, dla którego pracuje ten komputer. Aplikacja utworzy swoją bazę danych i klucze biura (do podpisywania i odbierania pakietów) w folderze&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the office of this computer…</source>
        <translation>Wybierz biuro tego komputera…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Biuro:</translation>
    </message>
    <message>
        <source>e.g. María Pérez</source>
        <translation>np. Anna Kowalska</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Hasło do kluczy:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <source>A passphrase protects the office&apos;s keys on this computer. Keep it safe: without it the keys cannot be opened, and no bundle can be written or read here. Leave it empty to rely on this computer&apos;s user account alone.</source>
        <translation>Hasło chroni klucze biura na tym komputerze. Przechowuj je bezpiecznie: bez niego nie da się otworzyć kluczy ani zapisać czy odczytać tu żadnego pakietu. Pozostaw pole puste, aby polegać wyłącznie na koncie użytkownika tego komputera.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Utwórz biuro</translation>
    </message>
    <message>
        <source>Choose the office this computer works for.</source>
        <translation>Wybierz biuro, dla którego pracuje ten komputer.</translation>
    </message>
    <message>
        <source>Your name is needed: it is recorded with every change you make.</source>
        <translation>Imię i nazwisko są wymagane: zapisuje się je przy każdej wprowadzonej zmianie.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Działanie</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Edytuj pracownika</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nowy pracownik</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Koniec zatrudnienia</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Zatrudniony od</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Godziny tygodniowo wg umowy</translation>
    </message>
    <message>
        <source>Annual productive hours</source>
        <translation>Roczne godziny produktywne</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <source>Public holidays of region</source>
        <translation>Święta regionu</translation>
    </message>
    <message>
        <source>The name, role and e-mail are kept for the grant&apos;s timesheets (employment contract and EU reporting). “Erase personal data…” removes them on request; the hours stay, as the grant&apos;s accounting records.</source>
        <translation>Imię i nazwisko, stanowisko i e-mail są przechowywane na potrzeby kart czasu pracy grantu (umowa o pracę i sprawozdawczość UE). „Usuń dane osobowe…” usuwa je na wniosek; godziny pozostają jako dokumentacja księgowa grantu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation>{name}, {role}, zatrudniony(-a) od {date}</translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation>{name}, zatrudniony(-a) od {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} godz. tygodniowo</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Przełożony: {name}</translation>
    </message>
</context>
<context>
    <name>TimesheetsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pracownicy&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nowy pracownik…</translation>
    </message>
    <message>
        <source>No staff yet. Add the people who work on BLUES to fill their timesheets.</source>
        <translation>Brak pracowników. Dodaj osoby pracujące w projekcie BLUES, aby wypełniać ich karty czasu pracy.</translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation>Dodaj pracownika, którego godziny są rejestrowane</translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation>Edytuj wybranego pracownika</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Rok i pakiety robocze</translation>
    </message>
    <message>
        <source>The hours of {name} for {month} are not saved yet.</source>
        <translation>Godziny osoby {name} za {month} nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Dodaj pracowników biura, aby wypełniać ich karty czasu pracy.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation>Pracownicy biura {office}: tylko do odczytu.</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation>Zatwierdzona {date} przez: {name}; zablokowana. Aby ją zmienić, otwórz ją ponownie, podając powód.</translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation>Godziny różnią się od zatwierdzonych (odcisk treści).</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>Otwarta ponownie: {reason}</translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation>Zatwierdzone: {names}</translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation>Zatwierdzone: brak</translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation>Nie zatwierdzono — {name}: {reason}</translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation>Zatwierdź {month}</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>Zatwierdzanie: {month}…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Usuń dane osobowe</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation>Usunąć imię i nazwisko, e-mail i stanowisko osoby {name} z rekordu i jego historii? Godziny pozostaną w dokumentacji grantu, oznaczone jako „{ERASED}”; pliki PDF wydrukowane przy zatwierdzeniu zostaną usunięte (godziny można wydrukować ponownie). Usunięcie jest przekazywane w pakietach i nie można go cofnąć.

Na czyje żądanie i dlaczego?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation>Nowy pracownik został zapisany i wybrany na liście.</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Usunięcie wymaga podania przyczyny; nic nie usunięto.</translation>
    </message>
</context>
<context>
    <name>TypicalWeekDialog</name>
    <message>
        <source>Fill from a typical week</source>
        <translation>Wypełnij typowym tygodniem</translation>
    </message>
    <message>
        <source>Fill empty days</source>
        <translation>Wypełnij puste dni</translation>
    </message>
    <message>
        <source>Empty working days of the month get these hours; days with hours, absences, public holidays (which get the public holiday row) and weekends stay as they are.</source>
        <translation>Puste dni robocze miesiąca otrzymają te godziny; dni z godzinami, nieobecności, święta (które trafiają do wiersza świąt) i weekendy pozostaną bez zmian.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who is using BLUES Desktop?</source>
        <translation>Kto korzysta z BLUES Desktop?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choose your name: every change, approval and bundle records who made it.</source>
        <translation>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Wybierz swoje imię i nazwisko: przy każdej zmianie, zatwierdzeniu i pakiecie zapisuje się, kto ich dokonał.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>The new user&apos;s name:</source>
        <translation>Imię i nazwisko nowego użytkownika:</translation>
    </message>
    <message>
        <source>Choose your name, or add it.</source>
        <translation>Wybierz swoje imię i nazwisko albo je dodaj.</translation>
    </message>
</context>
<context>
    <name>YearPackagesModel</name>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Zadeklarowane OM</translation>
    </message>
    <message>
        <source>Planned PM</source>
        <translation>Planowane OM</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% planu</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Planned effort…</source>
        <translation>Planowany nakład pracy…</translation>
    </message>
    <message>
        <source>Person-months = hours / (annual productive hours / 12). Declared effort counts approved (locked) months only; the plan is set by the coordinator.</source>
        <translation>Osobomiesiące = godziny / (roczne godziny produktywne / 12). Zadeklarowany nakład obejmuje tylko zatwierdzone (zablokowane) miesiące; plan ustala koordynator.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Eksportuj do Excela…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office per work package&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biuro według pakietów roboczych&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per staff member (hours / person-months)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Według pracowników (godziny / osobomiesiące)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export timesheets</source>
        <translation>Eksportuj karty czasu pracy</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>Zapisano %n wiersz do {path}.</numerusform>
            <numerusform>Zapisano %n wiersze do {path}.</numerusform>
            <numerusform>Zapisano %n wierszy do {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>Obejmują %n pracownika.</numerusform>
            <numerusform>Obejmują %n pracowników.</numerusform>
            <numerusform>Obejmują %n pracowników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Zapisywanie skoroszytu…</translation>
    </message>
</context>
<context>
    <name>YearStaffModel</name>
    <message>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>BLUES PM</source>
        <translation>OM BLUES</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>Zadeklarowane OM</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Zatwierdzone miesiące</translation>
    </message>
</context>
<context>
    <name>_CountriesTable</name>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Takes part in COSME</source>
        <translation>Uczestniczy w COSME</translation>
    </message>
    <message>
        <source>Threshold (EUR)</source>
        <translation>Próg (EUR)</translation>
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
        <translation>Pytanie (ocena 1–5)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</source>
        <translation>Narzędzie offline partnerstwa BLUES — {project}: BalticNet-PlasmaTec (koordynator), Nanoprogress, Mazovia ICT Cluster, ZINNAE i Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>O programie {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Start the BLUES Desktop window.</source>
        <translation>Uruchom okno BLUES Desktop.</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation>Karta koordynatora ({code}) jest zarejestrowana: można wysyłać i odbierać pakiety.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation>Karta koordynatora nie jest jeszcze zarejestrowana: zarejestruj ją w sekcji Partnerzy i klucze przed wysłaniem pakietu.</translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation>Karty wszystkich partnerów są zarejestrowane ({trusted}).</translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation>Nie zarejestrowano jeszcze żadnej karty partnera ({missing}): zarejestruj je, aby wymieniać pakiety.</translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation>Zarejestrowane karty: {trusted}. Niezarejestrowane (lub unieważnione): {missing}.</translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation>Karta biura jako kod QR. Podczas rozmowy partner skanuje go telefonem i porównuje wyświetlony odcisk z tym w swoim oknie.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation>(brak kraju)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(brak języka)</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(cały kraj)</translation>
    </message>
</context>
<context>
    <name>contact_merge</name>
    <message>
        <source>Merge contacts</source>
        <translation>Scal kontakty</translation>
    </message>
    <message>
        <source>Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.</source>
        <translation>Który kontakt scalić z {kept}? Jego rejestracje na wydarzenia, wymiany i zgoda mogą przejść do zachowanego kontaktu; w następnym kroku można wybrać wartość każdego różniącego się pola.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Office cards (*.json *.card);;All files (*)</source>
        <translation>Karty biur (*.json *.card);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kontynuuj edycję</translation>
    </message>
</context>
<context>
    <name>edit_dialog</name>
    <message>
        <source>Legal name *</source>
        <translation>Nazwa prawna *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation>Sektory (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation>Członek od (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation>Członek do (RRRR-MM-DD)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Dysk jest pełny, więc zmiana nie została zapisana. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation>Nie można zapisywać w folderze danych (tylko do odczytu), więc zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation>Wystąpił nieoczekiwany błąd w BLUES Desktop. Dane są takie jak przed tą czynnością. Można kontynuować pracę.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Listy członków (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
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
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowy</translation>
    </message>
    <message>
        <source>changes: {fields}</source>
        <translation>zmiany: {fields}</translation>
    </message>
    <message>
        <source>already in the register</source>
        <translation>już w rejestrze</translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation>Organizacja lub kontakt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się stanie</translation>
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
        <translation>ODRZUCONO {exc}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Dzień informacyjny</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Matchmaking</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Wizyta studyjna</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Spotkanie partnerów</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinarium</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation>faktura lub bilet za podróż</translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation>faktura za zakwaterowanie</translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation>karta pokładowa</translation>
    </message>
    <message>
        <source>The exchange met the objectives set in the Commitment to Quality</source>
        <translation>Wymiana osiągnęła cele określone w Zobowiązaniu do jakości</translation>
    </message>
    <message>
        <source>The host organisation was well prepared and helpful</source>
        <translation>Organizacja przyjmująca była dobrze przygotowana i pomocna</translation>
    </message>
    <message>
        <source>The exchange gave me useful business contacts</source>
        <translation>Wymiana dała mi przydatne kontakty biznesowe</translation>
    </message>
    <message>
        <source>I learnt something I will use in my organisation</source>
        <translation>Nauczyłem/nauczyłam się czegoś, co wykorzystam w swojej organizacji</translation>
    </message>
    <message>
        <source>The support of the partnership before and during the stay</source>
        <translation>Wsparcie partnerstwa przed pobytem i w jego trakcie</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>zarejestrowana</translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation>zatwierdzona przez partnerstwo</translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation>dopasowana (gospodarz i odwiedzający zaakceptowali)</translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation>Zobowiązanie do jakości podpisane</translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation>umowa finansowa podpisana</translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation>wymiana odbyta</translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation>raport końcowy złożony</translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation>raport końcowy zatwierdzony</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>wypłacona</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <source>records</source>
        <translation>rekordy</translation>
    </message>
    <message>
        <source>record</source>
        <translation>rekord</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Inne informacje</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>MŚP</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Duże przedsiębiorstwo</translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation>Centrum badawcze lub technologiczne</translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation>Organizacja wspierająca rozwój (scale-up)</translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation>Organizacja klastrowa</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Podmiot publiczny</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Inna organizacja</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizacje</translation>
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
        <translation>powiązanie między organizacjami</translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation>powiązania między organizacjami</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>wymiana</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>wymiany</translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation>krok wymiany</translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation>kroki wymiany</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>raport końcowy</translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation>raporty końcowe</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>zapisany plik</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>zapisane pliki</translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation>zasady programu</translation>
    </message>
    <message>
        <source>event</source>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <source>event day</source>
        <translation>dzień wydarzenia</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>dni wydarzeń</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>rejestracja</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>rejestracje</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>znacznik obecności</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>znaczniki obecności</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>staff members</source>
        <translation>pracownicy</translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation>wiersz karty czasu pracy</translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation>wiersze kart czasu pracy</translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation>miesiąc karty czasu pracy</translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation>miesiące kart czasu pracy</translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation>planowany nakład</translation>
    </message>
    <message>
        <source>office</source>
        <translation>biuro</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>biura</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>pakiety</translation>
    </message>
    <message>
        <source>user</source>
        <translation>użytkownik</translation>
    </message>
    <message>
        <source>users</source>
        <translation>użytkownicy</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Wersja rekordu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Błędna cyfra kontrolna</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Członek od</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Członek do</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation>Profil ECCP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Nazwa do porównań</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Scalono z</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Słowa wyszukiwania</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s title: Dr., Prof.</comment>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
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
        <translation>Język</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Data wyrażenia zgody</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Cel zgody</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nie kontaktować się</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dane osobowe usunięte</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>Ta sama organizacja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Zdecydował(a)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
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
        <translation>Organizacja odwiedzająca</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation>Klaster odwiedzającego</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizacja goszcząca</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partnerstwo odwiedzającego</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation>Partnerstwo gospodarza</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Dni robocze</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Odległość (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation>Odległość wpisana ręcznie</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele ogólne</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele szczegółowe</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation>Ryczałt (EUR)</translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation>Wersja zasad programu</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Uzasadnienie wyjątku</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Powód anulowania</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Data płatności</translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation>Gospodarz zaakceptował</translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation>Odwiedzający zaakceptował</translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation>Umowa wydana</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Wymiana</translation>
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
        <translation>Dnia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Nawiązane kontakty</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Poleciłby(-łaby)</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Złożono</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Rodzaj rekordu</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Dołączony do</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Rodzaj pliku</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Rozmiar (bajty)</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Suma kontrolna</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the name of an event</comment>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Współorganizatorzy</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupy docelowe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Data rejestracji</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spoza listy</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Dzień wydarzenia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Dołączył(a) o</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Zatrudniony od</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Zatrudniony do</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Godziny tygodniowo</translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation>Godziny produktywne w roku</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Region świąt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Złożona</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Zatwierdził(a)</translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation>Suma kontrolna godzin</translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation>Suma kontrolna podpisanego PDF</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Powód ponownego otwarcia</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Dla biura</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Osobomiesiące</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identyfikator klucza</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Scalone rekordy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Typ organizacji</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Imię i nazwisko kontaktu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Progi</translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation>Kto może odwiedzać</translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation>Kraje COSME</translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation>Wielka Brytania uczestniczy do</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Pytania ewaluacyjne</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation>Zatwierdzona karta czasu pracy (PDF)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Skonfigurowano to biuro</translation>
    </message>
    <message>
        <source>Registered an office card</source>
        <translation>Zarejestrowano kartę biura</translation>
    </message>
    <message>
        <source>Replaced an office&apos;s key</source>
        <translation>Zastąpiono klucz biura</translation>
    </message>
    <message>
        <source>Revoked an office&apos;s key</source>
        <translation>Unieważniono klucz biura</translation>
    </message>
    <message>
        <source>Changed this office&apos;s keys</source>
        <translation>Zmieniono klucze tego biura</translation>
    </message>
    <message>
        <source>Partner registry updated from a bundle</source>
        <translation>Rejestr partnerów zaktualizowany z pakietu</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Dodano dane demonstracyjne</translation>
    </message>
    <message>
        <source>Imported a bundle</source>
        <translation>Zaimportowano pakiet</translation>
    </message>
    <message>
        <source>Exported a bundle</source>
        <translation>Wyeksportowano pakiet</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Dodano użytkownika</translation>
    </message>
    <message>
        <source>Renamed a user</source>
        <translation>Zmieniono nazwę użytkownika</translation>
    </message>
    <message>
        <source>Merged from a bundle</source>
        <translation>Scalono z pakietu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation>WP1 Podnoszenie kompetencji i budowanie strategii</translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation>WP2 Wspólne działania</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation>WP3 Program pilotażowy ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation>WP4 Działania informacyjne i promocyjne</translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation>WP5 Zarządzanie projektem</translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation>Urlop (wypoczynkowy)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Zwolnienie lekarskie</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Święto</translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation>Inne działania poza BLUES</translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation>WP1 Kompetencje i strategia</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation>WP3 ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation>WP4 Promocja</translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation>Inne, poza BLUES</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlop</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Zatwierdzona (zablokowana)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęta</translation>
    </message>
    <message>
        <source>January</source>
        <translation>styczeń</translation>
    </message>
    <message>
        <source>February</source>
        <translation>luty</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzec</translation>
    </message>
    <message>
        <source>April</source>
        <translation>kwiecień</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>czerwiec</translation>
    </message>
    <message>
        <source>July</source>
        <translation>lipiec</translation>
    </message>
    <message>
        <source>August</source>
        <translation>sierpień</translation>
    </message>
    <message>
        <source>September</source>
        <translation>wrzesień</translation>
    </message>
    <message>
        <source>October</source>
        <translation>październik</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <source>December</source>
        <translation>grudzień</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>niedziela</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation>Rejestr nie zawiera jeszcze organizacji. Dodaj organizację lub zaimportuj listę członków z arkusza kalkulacyjnego.</translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation>Żadna organizacja nie pasuje do wyszukiwania lub filtrów.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Exchanges held (toward the target of 50)</source>
        <translation>Zrealizowane wymiany (cel: 50)</translation>
    </message>
    <message>
        <source>Exchanges under way or done</source>
        <translation>Wymiany w toku lub zakończone</translation>
    </message>
    <message>
        <source>Exchanges cancelled or withdrawn</source>
        <translation>Wymiany odwołane lub wycofane</translation>
    </message>
    <message>
        <source>Lump sums paid (EUR)</source>
        <translation>Wypłacone ryczałty (EUR)</translation>
    </message>
    <message>
        <source>Lump sums committed (EUR)</source>
        <translation>Zaangażowane ryczałty (EUR)</translation>
    </message>
    <message>
        <source>Lump sums still planned (EUR)</source>
        <translation>Ryczałty jeszcze planowane (EUR)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Member records</source>
        <translation>Wpisy członków</translation>
    </message>
    <message>
        <source>Member organisations (counted once)</source>
        <translation>Organizacje członkowskie (liczone raz)</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>Nowi członkowie w okresie</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organizacje, do których dotarto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Zorganizowane wydarzenia</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Nakład pracy</translation>
    </message>
    <message>
        <source>Hours declared (approved)</source>
        <translation>Zadeklarowane godziny (zatwierdzone)</translation>
    </message>
    <message>
        <source>Hours not yet approved</source>
        <translation>Godziny jeszcze niezatwierdzone</translation>
    </message>
    <message>
        <source>Person-months declared</source>
        <translation>Zadeklarowane osobomiesiące</translation>
    </message>
    <message>
        <source>Person-months planned</source>
        <translation>Planowane osobomiesiące</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>{year}-Q{quarter}</source>
        <translation>{quarter}. kwartał {year}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Exchanges held against the target of {target}</source>
        <translation>Zrealizowane wymiany wobec celu {target}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>Brakuje do celu</translation>
    </message>
    <message>
        <source>Exchanges by state on the as-of date</source>
        <translation>Wymiany według stanu na dzień sprawozdania</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Exchanges by month of the stay</source>
        <translation>Wymiany według miesiąca pobytu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Exchanges by the partnership that pays the visitor</source>
        <translation>Wymiany według partnera, który finansuje gościa</translation>
    </message>
    <message>
        <source>Under way or done</source>
        <translation>W toku lub zakończone</translation>
    </message>
    <message>
        <source>Exchanges by countries (visitor → host)</source>
        <translation>Wymiany według krajów (gość → gospodarz)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Exchanges by type of visiting organisation</source>
        <translation>Wymiany według typu organizacji wysyłającej</translation>
    </message>
    <message>
        <source>Lump sums (EUR)</source>
        <translation>Ryczałty (EUR)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Wypłacone</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zaangażowane</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Jeszcze planowane</translation>
    </message>
    <message>
        <source>Member records by partner</source>
        <translation>Wpisy członków według partnera</translation>
    </message>
    <message>
        <source>Member records by country</source>
        <translation>Wpisy członków według kraju</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Member records by type</source>
        <translation>Wpisy członków według typu</translation>
    </message>
    <message>
        <source>New members per quarter</source>
        <translation>Nowi członkowie na kwartał</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nowi członkowie</translation>
    </message>
    <message>
        <source>Organisations reached (linked ones counted once)</source>
        <translation>Organizacje, do których dotarto (powiązane liczone raz)</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Poprzez</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Events or exchanges</source>
        <translation>Wydarzenia lub wymiany</translation>
    </message>
    <message>
        <source>Events and participants per work package</source>
        <translation>Wydarzenia i uczestnicy według pakietu roboczego</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Pakiet roboczy</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowani</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Wydarzenia według typu</translation>
    </message>
    <message>
        <source>Planned (PM)</source>
        <translation>Planowane (OM)</translation>
    </message>
    <message>
        <source>Declared, approved (PM)</source>
        <translation>Zadeklarowane, zatwierdzone (OM)</translation>
    </message>
    <message>
        <source>Not yet approved (PM)</source>
        <translation>Jeszcze niezatwierdzone (OM)</translation>
    </message>
    <message>
        <source>Person-months per work package against the plan</source>
        <translation>Osobomiesiące według pakietu roboczego wobec planu</translation>
    </message>
    <message>
        <source>Person-months per partner against the plan</source>
        <translation>Osobomiesiące według partnera wobec planu</translation>
    </message>
    <message>
        <source>Effort per partner and work package</source>
        <translation>Nakład pracy według partnera i pakietu roboczego</translation>
    </message>
    <message>
        <source>Hours declared</source>
        <translation>Zadeklarowane godziny</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n z wybranych rejestracji należy do innego wydarzenia; nic nie usunięto</numerusform>
            <numerusform>%n z wybranych rejestracji należą do innego wydarzenia; nic nie usunięto</numerusform>
            <numerusform>%n z wybranych rejestracji należy do innego wydarzenia; nic nie usunięto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>wydarzenie trwa najwyżej %n dzień</numerusform>
            <numerusform>wydarzenie trwa najwyżej %n dni</numerusform>
            <numerusform>wydarzenie trwa najwyżej %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>dla dnia {day} zapisano obecność (%n wpis); usuń ją przed usunięciem dnia</numerusform>
            <numerusform>dla dnia {day} zapisano obecność (%n wpisy); usuń ją przed usunięciem dnia</numerusform>
            <numerusform>dla dnia {day} zapisano obecność (%n wpisów); usuń ją przed usunięciem dnia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n komórka)</numerusform>
            <numerusform>{what} (%n komórki)</numerusform>
            <numerusform>{what} (%n komórek)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>wydarzenie musi mieć tytuł</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>tytuł jest dłuższy niż 300 znaków</translation>
    </message>
    <message>
        <source>unknown event type {value}; use one of {known}</source>
        <translation>nieznany rodzaj wydarzenia {value}; użyj jednego z: {known}</translation>
    </message>
    <message>
        <source>unknown work package {value}; use one of {known}</source>
        <translation>nieznany pakiet roboczy {value}; użyj jednego z: {known}</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>wydarzenie kończy się ({end}) przed rozpoczęciem ({start})</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates ({start} to {end})</source>
        <translation>dzień {day} wypada poza datami wydarzenia (od {start} do {end})</translation>
    </message>
    <message>
        <source>the day {day} is listed twice</source>
        <translation>dzień {day} występuje dwa razy</translation>
    </message>
    <message>
        <source>on {day} the session ends ({end}) before it starts ({start})</source>
        <translation>dnia {day} sesja kończy się ({end}) przed rozpoczęciem ({start})</translation>
    </message>
    <message>
        <source>an online event needs its link</source>
        <translation>wydarzenie online musi mieć link</translation>
    </message>
    <message>
        <source>the link {url} does not start with https://</source>
        <translation>link {url} nie zaczyna się od https://</translation>
    </message>
    <message>
        <source>an event on site needs its city</source>
        <translation>wydarzenie stacjonarne musi mieć miasto</translation>
    </message>
    <message>
        <source>an event on site needs its country</source>
        <translation>wydarzenie stacjonarne musi mieć kraj</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>nieznany kod kraju {code}</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>imię jest puste</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>nazwisko jest puste</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>unknown gender {value}; use one of {known}</source>
        <translation>nieznana płeć {value}; użyj jednej z: {known}</translation>
    </message>
    <message>
        <source>unknown organisation type {value}; use one of {known}</source>
        <translation>nieznany rodzaj organizacji {value}; użyj jednego z: {known}</translation>
    </message>
    <message>
        <source>record the GDPR consent (purpose, date and source)</source>
        <translation>zapisz zgodę RODO (cel, data i źródło)</translation>
    </message>
    <message>
        <source>the consent needs its purpose</source>
        <translation>zgoda musi mieć cel</translation>
    </message>
    <message>
        <source>the consent needs its source (form, e-mail, sheet)</source>
        <translation>zgoda musi mieć źródło (formularz, e-mail, lista)</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>{text} nie jest miesiącem; zapisz go jako RRRR-MM, np. 2026-03</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value} is not a number of hours</source>
        <translation>{value} nie jest liczbą godzin</translation>
    </message>
    <message>
        <source>{hours} h is negative; hours are 0 or more</source>
        <translation>{hours} h to wartość ujemna; godzin jest 0 lub więcej</translation>
    </message>
    <message>
        <source>{hours} h is more than a day has (24 h)</source>
        <translation>{hours} h to więcej, niż ma doba (24 h)</translation>
    </message>
    <message>
        <source>{hours} h is not in quarter hours (0.25, 0.5, 0.75)</source>
        <translation>{hours} h nie jest w kwadransach (0,25, 0,5, 0,75)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} the holiday calendar knows; known: {known}</source>
        <translation>{region} nie jest regionem kraju {country} znanym kalendarzowi świąt; znane: {known}</translation>
    </message>
    <message>
        <source>choose the host organisation first</source>
        <translation>najpierw wybierz organizację przyjmującą</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>organizacja przyjmująca</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>organizacja wysyłająca</translation>
    </message>
    <message>
        <source>waiting for {sides} to accept the match</source>
        <translation>oczekiwanie na akceptację dopasowania przez: {sides}</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: the closing report is not validated yet</source>
        <translation>reguła „Płatność”: sprawozdanie końcowe nie jest jeszcze zatwierdzone</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: attach the evidence first ({names})</source>
        <translation>reguła „Płatność”: najpierw dołącz dowody ({names})</translation>
    </message>
    <message>
        <source>not eligible: {problems}</source>
        <translation>niekwalifikowalna: {problems}</translation>
    </message>
    <message>
        <source>the Commitment to Quality needs goals, objectives and a day-by-day agenda</source>
        <translation>Zobowiązanie do jakości wymaga celów, założeń i programu dzień po dniu</translation>
    </message>
    <message>
        <source>the lump sum is not computed yet</source>
        <translation>kwota ryczałtowa nie jest jeszcze obliczona</translation>
    </message>
    <message>
        <source>the stay has no last day yet; mark it held once it is over</source>
        <translation>pobyt nie ma jeszcze ostatniego dnia; oznacz go jako odbyty, gdy się zakończy</translation>
    </message>
    <message>
        <source>the stay ends on {end}; mark it held once it is over</source>
        <translation>pobyt kończy się {end}; oznacz go jako odbyty, gdy się zakończy</translation>
    </message>
    <message>
        <source>write the closing report (what was done and the results) first</source>
        <translation>najpierw napisz sprawozdanie końcowe (co zrobiono i jakie są wyniki)</translation>
    </message>
    <message>
        <source>the exchange is {state}; nothing more can happen</source>
        <translation>wymiana ma status „{state}”; nic więcej nie może się wydarzyć</translation>
    </message>
    <message>
        <source>moves go in order: from &apos;{state}&apos; the next step is &apos;{expected}&apos;, not &apos;{target}&apos;</source>
        <translation>kroki idą po kolei: po „{state}” następuje „{expected}”, a nie „{target}”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{day}, {row}</source>
        <translation>{day}, {row}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} i {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start}); nothing can be entered</source>
        <translation>{name} nie jest zatrudniony(-a) w miesiącu {month} (zatrudnienie od {start}); nie można nic wpisać</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start} to {end}); nothing can be entered</source>
        <translation>{name} nie jest zatrudniony(-a) w miesiącu {month} (zatrudnienie od {start} do {end}); nie można nic wpisać</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to open-ended)</source>
        <translation>{cell}: {hours} h poza okresem zatrudnienia (od {start}, na czas nieokreślony)</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to {end})</source>
        <translation>{cell}: {hours} h poza okresem zatrudnienia (od {start} do {end})</translation>
    </message>
    <message>
        <source>{row} is not a timesheet row</source>
        <translation>{row} nie jest wierszem karty czasu pracy</translation>
    </message>
    <message>
        <source>{day} is not in {month}</source>
        <translation>{day} nie należy do miesiąca {month}</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>{cell}: {hours} h worked on a day of absence ({absence})</source>
        <translation>{cell}: {hours} h przepracowane w dniu nieobecności ({absence})</translation>
    </message>
    <message>
        <source>{day}: {hours} h worked, more than the maximum of {most} h a day</source>
        <translation>{day}: przepracowano {hours} h, więcej niż maksymalnie {most} h dziennie</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}) with {hours} h worked; confirm the work was done that day</source>
        <translation>{day} to dzień ustawowo wolny ({holiday}) z {hours} h pracy; potwierdź, że tego dnia praca została wykonana</translation>
    </message>
    <message>
        <source>{day} is a weekend day with {hours} h worked</source>
        <translation>{day} to dzień weekendu z {hours} h pracy</translation>
    </message>
    <message>
        <source>{day} is marked as a public holiday but is none in the calendar</source>
        <translation>{day} jest oznaczony jako dzień ustawowo wolny, ale w kalendarzu nim nie jest</translation>
    </message>
    <message>
        <source>{worked} h worked in {month}, more than the {contracted} h contracted; add a note that explains the extra hours</source>
        <translation>w miesiącu {month} przepracowano {worked} h, więcej niż {contracted} h z umowy; dodaj notatkę wyjaśniającą dodatkowe godziny</translation>
    </message>
    <message>
        <source>{hours} h on BLUES in {month}, more than the month&apos;s productive hours ({monthly} h = {annual} / 12)</source>
        <translation>w miesiącu {month} {hours} h na BLUES, więcej niż produktywne godziny miesiąca ({monthly} h = {annual} / 12)</translation>
    </message>
    <message>
        <source>day {day} is not a day of {event}</source>
        <translation>dzień {day} nie jest dniem wydarzenia {event}</translation>
    </message>
    <message>
        <source>registration {id} is not in {event}</source>
        <translation>rejestracja {id} nie należy do wydarzenia {event}</translation>
    </message>
    <message>
        <source>join time {time} is not HH:MM</source>
        <translation>czas dołączenia {time} nie jest w formacie GG:MM</translation>
    </message>
    <message>
        <source>give at least 6 characters of the event id, not {key}</source>
        <translation>podaj co najmniej 6 znaków identyfikatora wydarzenia, a nie {key}</translation>
    </message>
    <message>
        <source>no event with id {key} (see `blues events list`)</source>
        <translation>brak wydarzenia o identyfikatorze {key} (zob. `blues events list`)</translation>
    </message>
    <message>
        <source>more than one event id starts with {key}; give more of it</source>
        <translation>więcej niż jeden identyfikator wydarzenia zaczyna się od {key}; podaj więcej znaków</translation>
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
        <translation>brak osoby o identyfikatorze {id}</translation>
    </message>
    <message>
        <source>{name} is already registered for {event} (row {row} of the sheet)</source>
        <translation>{name} jest już zarejestrowany(-a) na {event} (wiersz {row} listy)</translation>
    </message>
    <message>
        <source>the same person is picked twice</source>
        <translation>ta sama osoba została wybrana dwa razy</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>brak organizacji o identyfikatorze {id}</translation>
    </message>
    <message>
        <source>choose who to remove first</source>
        <translation>najpierw wybierz, kogo usunąć</translation>
    </message>
    <message>
        <source>{kinds} have no History view</source>
        <translation>{kinds} nie mają widoku historii</translation>
    </message>
    <message>
        <source>{name}, {month}</source>
        <translation>{name}, {month}</translation>
    </message>
    <message>
        <source>Organisation {record}</source>
        <translation>Organizacja {record}</translation>
    </message>
    <message>
        <source>Contact {record}</source>
        <translation>Kontakt {record}</translation>
    </message>
    <message>
        <source>Exchange {record}</source>
        <translation>Wymiana {record}</translation>
    </message>
    <message>
        <source>Event {record}</source>
        <translation>Wydarzenie {record}</translation>
    </message>
    <message>
        <source>Timesheet month {record}</source>
        <translation>Miesiąc karty czasu pracy {record}</translation>
    </message>
    <message>
        <source>Hours entered for {name}</source>
        <translation>Wpisano godziny dla: {name}</translation>
    </message>
    <message>
        <source>Hours changed for {name}</source>
        <translation>Zmieniono godziny dla: {name}</translation>
    </message>
    <message>
        <source>Hours cleared for {name}</source>
        <translation>Wyczyszczono godziny dla: {name}</translation>
    </message>
    <message>
        <source>Hours entered again for {name}</source>
        <translation>Ponownie wpisano godziny dla: {name}</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} dla: {name}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>wyczyszczono</translation>
    </message>
    <message>
        <source>{office} bundle {number}</source>
        <translation>{office} pakiet {number}</translation>
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
        <translation>Złożono</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dane osobowe usunięte</translation>
    </message>
    <message>
        <source>Added with an event registration</source>
        <translation>Dodano wraz z rejestracją na wydarzenie</translation>
    </message>
    <message>
        <source>Added as an event participant</source>
        <translation>Dodano jako uczestnika wydarzenia</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Wydarzenie usunięte</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnięto usunięcie</translation>
    </message>
    <message>
        <source>Reopened: {why}</source>
        <translation>Ponownie otwarto: {why}</translation>
    </message>
    <message>
        <source>Merged from {name}</source>
        <translation>Scalono z: {name}</translation>
    </message>
    <message>
        <source>Merged into {name}</source>
        <translation>Scalono z rekordem {name}</translation>
    </message>
    <message>
        <source>Merged from bundle {number} of {office}: {subject}</source>
        <translation>Scalono z pakietu {number} od {office}: {subject}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Plik pakietu</translation>
    </message>
    <message>
        <source>Changed at {office}</source>
        <translation>Zmieniono w biurze {office}</translation>
    </message>
    <message>
        <source>an office unknown here</source>
        <translation>biuro nieznane tutaj</translation>
    </message>
    <message>
        <source>a person not on this computer</source>
        <translation>osoba, której nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>an organisation not on this computer</source>
        <translation>organizacja, której nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>an exchange not on this computer</source>
        <translation>wymiana, której nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>an event not on this computer</source>
        <translation>wydarzenie, którego nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>a timesheet month not on this computer</source>
        <translation>miesiąc karty czasu pracy, którego nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>a registration not on this computer</source>
        <translation>rejestracja, której nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>an event day not on this computer</source>
        <translation>dzień wydarzenia, którego nie ma na tym komputerze</translation>
    </message>
    <message>
        <source>an {kind}</source>
        <translation>rekord „{kind}”</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>an unknown {kind}</source>
        <translation>nieznany rekord „{kind}”</translation>
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
        <translation>– nieznany rekord „{kind}”</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>wersja {version}</translation>
    </message>
    <message>
        <source>of {office} on {work_package}</source>
        <translation>biura {office} na {work_package}</translation>
    </message>
    <message>
        <source>kept by office {office}</source>
        <translation>prowadzony przez biuro {office}</translation>
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
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the record it belongs to</source>
        <translation>rekord, do którego należy</translation>
    </message>
    <message>
        <source>{at} UTC</source>
        <translation>{at} UTC</translation>
    </message>
    <message>
        <source>only the coordinator sets the planned effort; it reaches the partners in the coordinator&apos;s bundle</source>
        <translation>planowany nakład ustala tylko koordynator; trafia on do partnerów w pakiecie koordynatora</translation>
    </message>
    <message>
        <source>{office} is not a BLUES office</source>
        <translation>{office} nie jest biurem BLUES</translation>
    </message>
    <message>
        <source>{wp} is not a work package (WP1–WP5)</source>
        <translation>{wp} nie jest pakietem roboczym (WP1–WP5)</translation>
    </message>
    <message>
        <source>{value} person-months is outside 0–600</source>
        <translation>{value} osobomiesięcy jest poza zakresem 0–600</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} is approved and locked; reopen it with a reason to change it</source>
        <translation>karta czasu pracy: {name}, {month} jest zatwierdzona i zablokowana; aby ją zmienić, otwórz ją ponownie, podając powód</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be submitted: {problems}</source>
        <translation>nie można złożyć karty czasu pracy: {name}, {month}: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be approved: {problems}</source>
        <translation>nie można zatwierdzić karty czasu pracy: {name}, {month}: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} is already approved</source>
        <translation>{month} dla: {name} jest już zatwierdzony</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has no hours to submit</source>
        <translation>{month} dla: {name} nie ma godzin do złożenia</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has not been submitted; the person submits it before the supervisor approves</source>
        <translation>{month} dla: {name} nie został złożony; osoba składa go, zanim przełożony zatwierdzi</translation>
    </message>
    <message>
        <source>{name} cannot approve their own timesheet; their supervisor does</source>
        <translation>{name} nie może zatwierdzić własnej karty czasu pracy; robi to przełożony</translation>
    </message>
    <message>
        <source>say why the approved month is reopened</source>
        <translation>podaj, dlaczego zatwierdzony miesiąc jest ponownie otwierany</translation>
    </message>
    <message>
        <source>the timesheet for {month} is not approved</source>
        <translation>karta czasu pracy za miesiąc {month} nie jest zatwierdzona</translation>
    </message>
    <message>
        <source>not approved: the batch was cancelled</source>
        <translation>nie zatwierdzono: operacja zbiorcza została anulowana</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>imię jest wymagane</translation>
    </message>
    <message>
        <source>the last name is required</source>
        <translation>nazwisko jest wymagane</translation>
    </message>
    <message>
        <source>the employment ends ({end}) before it starts ({start})</source>
        <translation>zatrudnienie kończy się ({end}) przed rozpoczęciem ({start})</translation>
    </message>
    <message>
        <source>{hours} h a week is not a contract (1–60 h)</source>
        <translation>{hours} h tygodniowo to nie jest umowa (1–60 h)</translation>
    </message>
    <message>
        <source>weekly hours are entered in quarter hours</source>
        <translation>godziny tygodniowe wpisuje się w kwadransach</translation>
    </message>
    <message>
        <source>{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)</source>
        <translation>{hours} produktywnych godzin rocznie jest poza zakresem 100–2200 (domyślna wartość UE to 1720)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} for public holidays (known: {known})</source>
        <translation>{region} nie jest regionem kraju {country} dla świąt (znane: {known})</translation>
    </message>
    <message>
        <source>a person cannot supervise themself</source>
        <translation>osoba nie może być przełożonym samej siebie</translation>
    </message>
    <message>
        <source>no staff member with id {id}</source>
        <translation>brak pracownika o identyfikatorze {id}</translation>
    </message>
    <message>
        <source>say on whose request and why the data is erased</source>
        <translation>podaj, na czyją prośbę i dlaczego dane są usuwane</translation>
    </message>
    <message>
        <source>an erasure needs a reason: say on whose request and why</source>
        <translation>usunięcie wymaga powodu: podaj, na czyją prośbę i dlaczego</translation>
    </message>
    <message>
        <source>the number&apos;s checksum or check digit is invalid</source>
        <translation>suma kontrolna lub cyfra kontrolna numeru jest nieprawidłowa</translation>
    </message>
    <message>
        <source>the number has an invalid length</source>
        <translation>numer ma nieprawidłową długość</translation>
    </message>
    <message>
        <source>the number has an invalid format</source>
        <translation>numer ma nieprawidłowy format</translation>
    </message>
    <message>
        <source>one of the parts of the number are invalid or unknown</source>
        <translation>jedna z części numeru jest nieprawidłowa lub nieznana</translation>
    </message>
    <message>
        <source>the number is not valid</source>
        <translation>numer jest nieprawidłowy</translation>
    </message>
    <message>
        <source>check digit fails (VAT number and registration number)</source>
        <translation>cyfra kontrolna się nie zgadza (numer VAT i numer rejestrowy)</translation>
    </message>
    <message>
        <source>check digit fails (VAT number)</source>
        <translation>cyfra kontrolna się nie zgadza (numer VAT)</translation>
    </message>
    <message>
        <source>check digit fails (registration number)</source>
        <translation>cyfra kontrolna się nie zgadza (numer rejestrowy)</translation>
    </message>
    <message>
        <source>{number} is not a valid VAT number ({reason})</source>
        <translation>{number} nie jest prawidłowym numerem VAT ({reason})</translation>
    </message>
    <message>
        <source>{number} is a VAT number of {prefix}, not of {country}</source>
        <translation>{number} to numer VAT kraju {prefix}, a nie {country}</translation>
    </message>
    <message>
        <source>{number} is not a valid registration number ({reason})</source>
        <translation>{number} nie jest prawidłowym numerem rejestrowym ({reason})</translation>
    </message>
    <message>
        <source>{url} is not a web address</source>
        <translation>{url} nie jest adresem strony internetowej</translation>
    </message>
    <message>
        <source>the legal name is required</source>
        <translation>nazwa prawna jest wymagana</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>kraj jest wymagany</translation>
    </message>
    <message>
        <source>membership cannot end before it starts</source>
        <translation>członkostwo nie może się skończyć, zanim się zacznie</translation>
    </message>
    <message>
        <source>{listed}, {next}</source>
        <translation>{listed}, {next}</translation>
    </message>
    <message>
        <source>choose one of: {types}</source>
        <translation>wybierz jedną z opcji: {types}</translation>
    </message>
    <message>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} nie jest kodem kraju ISO 3166</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>kontakt wymaga nazwiska lub adresu e-mail</translation>
    </message>
    <message>
        <source>{language} is not a two-letter language code (e.g. de, cs)</source>
        <translation>{language} nie jest dwuliterowym kodem języka (np. de, cs)</translation>
    </message>
    <message>
        <source>consent cannot be given in the future</source>
        <translation>zgoda nie może zostać udzielona w przyszłości</translation>
    </message>
    <message>
        <source>say what the consent was given for</source>
        <translation>podaj, na co udzielono zgody</translation>
    </message>
    <message>
        <source>give the user&apos;s name: it is recorded with every change they make</source>
        <translation>podaj imię i nazwisko użytkownika: jest zapisywane przy każdej wprowadzonej przez niego zmianie</translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>nazwa użytkownika ma najwyżej %n znak</numerusform>
            <numerusform>nazwa użytkownika ma najwyżej %n znaki</numerusform>
            <numerusform>nazwa użytkownika ma najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>a user&apos;s name cannot hold control characters</source>
        <translation>nazwa użytkownika nie może zawierać znaków sterujących</translation>
    </message>
    <message>
        <source>{name} is already a user on this computer</source>
        <translation>{name} jest już użytkownikiem tego komputera</translation>
    </message>
    <message>
        <source>only the coordinator ({office}) links organisations across offices</source>
        <translation>tylko koordynator ({office}) łączy organizacje różnych biur</translation>
    </message>
    <message>
        <source>{first} and {second} are both registered by {office}; that office merges its own duplicates</source>
        <translation>{first} i {second} są zarejestrowane przez {office}; to biuro samo scala swoje duplikaty</translation>
    </message>
    <message>
        <source>there is no deleted organisation to bring back</source>
        <translation>nie ma usuniętej organizacji do przywrócenia</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… i jeszcze %n problem (zob. raport problemów)</numerusform>
            <numerusform>… i jeszcze %n problemy (zob. raport problemów)</numerusform>
            <numerusform>… i jeszcze %n problemów (zob. raport problemów)</numerusform>
        </translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>kolumna {column}: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} nie jest datą</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-05-31 or 31.05.2024)</source>
        <translation>{value} nie jest datą (zapisz ją jako 2024-05-31 lub 31.05.2024)</translation>
    </message>
    <message>
        <source>{value} is not a known organisation type</source>
        <translation>{value} nie jest znanym typem organizacji</translation>
    </message>
    <message>
        <source>the country is empty</source>
        <translation>kraj jest pusty</translation>
    </message>
    <message>
        <source>{value} is not a country name or ISO code</source>
        <translation>{value} nie jest nazwą kraju ani kodem ISO</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} nie jest ani tak, ani nie</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n wiersz odłożony</numerusform>
            <numerusform>%n wiersze odłożone</numerusform>
            <numerusform>%n wierszy odłożonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>%n wiersz zostanie zaimportowany, {set_aside} ({repeated} powtórzone i pominięte)</numerusform>
            <numerusform>%n wiersze zostaną zaimportowane, {set_aside} ({repeated} powtórzone i pominięte)</numerusform>
            <numerusform>%n wierszy zostanie zaimportowanych, {set_aside} ({repeated} powtórzone i pominięte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>%n wiersz zostanie zaimportowany, {set_aside}</numerusform>
            <numerusform>%n wiersze zostaną zaimportowane, {set_aside}</numerusform>
            <numerusform>%n wierszy zostanie zaimportowanych, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>Odczytano %n wiersz – organizacje: {organisations_new} nowych i {organisations_changed} zmienionych, kontakty: {contacts_new} nowych i {contacts_changed} zmienionych; {errors}, {warnings}</numerusform>
            <numerusform>Odczytano %n wiersze – organizacje: {organisations_new} nowych i {organisations_changed} zmienionych, kontakty: {contacts_new} nowych i {contacts_changed} zmienionych; {errors}, {warnings}</numerusform>
            <numerusform>Odczytano %n wierszy – organizacje: {organisations_new} nowych i {organisations_changed} zmienionych, kontakty: {contacts_new} nowych i {contacts_changed} zmienionych; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
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
        <translation>arkusz {sheet} jest pusty i został pominięty</translation>
    </message>
    <message>
        <source>sheet {sheet} has no recognisable header and was skipped</source>
        <translation>arkusz {sheet} nie ma rozpoznawalnego nagłówka i został pominięty</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>no sheet has a recognisable header (a row naming at least the organisation and one more column, e.g. &apos;Legal name&apos; and &apos;Country&apos;)</source>
        <translation>żaden arkusz nie ma rozpoznawalnego nagłówka (wiersza, który nazywa co najmniej organizację i jeszcze jedną kolumnę, np. „Legal name” i „Country”)</translation>
    </message>
    <message>
        <source>{said}; {note}</source>
        <translation>{said}; {note}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no value (open the file, let it calculate, save it and import it again)</source>
        <translation>komórka {cell} zawiera formułę bez wartości (otwórz plik, pozwól mu przeliczyć, zapisz go i zaimportuj ponownie)</translation>
    </message>
    <message>
        <source>the same as row {row}; skipped</source>
        <translation>taki sam jak wiersz {row}; pominięty</translation>
    </message>
    <message>
        <source>this column holds data that will be ignored (no field is chosen for it); choose one in the mapping step if it should be imported</source>
        <translation>ta kolumna zawiera dane, które zostaną pominięte (nie wybrano dla niej pola); wybierz pole w kroku przypisania kolumn, jeśli ma zostać zaimportowana</translation>
    </message>
    <message>
        <source>no single organisation named {name} in the file or the register</source>
        <translation>w pliku ani w rejestrze nie ma jednej organizacji o nazwie {name}</translation>
    </message>
    <message>
        <source>{name} belongs to office {office}; only that office can change it, so the row was left out</source>
        <translation>{name} należy do biura {office}; tylko to biuro może ją zmienić, więc wiersz pominięto</translation>
    </message>
    <message>
        <source>differs from row {row} ({kept}); the value of row {row} is kept</source>
        <translation>różni się od wiersza {row} ({kept}); zachowana zostaje wartość z wiersza {row}</translation>
    </message>
    <message>
        <source>looks like {name} (office {office}, {score}% similar); it will be added as a new organisation — merge them in the register if they are the same</source>
        <translation>przypomina {name} (biuro {office}, podobieństwo {score}%); zostanie dodana jako nowa organizacja – jeśli to ta sama, scal je w rejestrze</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it, remove the password (or save a copy without it) and import that copy</source>
        <translation>skoroszyt jest chroniony hasłem; otwórz go, usuń hasło (lub zapisz kopię bez hasła) i zaimportuj tę kopię</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file</source>
        <translation>wybierz skoroszyt (.xlsx, .xlsm, .xls, .ods) lub plik .csv</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden and was skipped</source>
        <translation>arkusz {sheet} jest ukryty i został pominięty</translation>
    </message>
    <message>
        <source>sheet {sheet} is a chart, not a table, and was skipped</source>
        <translation>arkusz {sheet} jest wykresem, nie tabelą, i został pominięty</translation>
    </message>
    <message>
        <source>the workbook cannot be read; it may be damaged or saved by a very old Excel (before Excel 97): open it and save it as .xlsx, then import that</source>
        <translation>nie można odczytać skoroszytu; może być uszkodzony lub zapisany w bardzo starym Excelu (sprzed Excela 97): otwórz go, zapisz jako .xlsx i zaimportuj ten plik</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read; open it in the program that made it, save it again and import that copy</source>
        <translation>skoroszyt jest uszkodzony i nie można go odczytać; otwórz go w programie, w którym powstał, zapisz ponownie i zaimportuj tę kopię</translation>
    </message>
    <message>
        <source>the file is not a readable CSV list ({reason})</source>
        <translation>plik nie jest czytelną listą CSV ({reason})</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>arkusz {sheet}, wiersz {row}, kolumna {column}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: {problem}</source>
        <translation>arkusz {sheet}, wiersz {row}: {problem}</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>nazwa organizacji jest pusta</translation>
    </message>
    <message>
        <source>{problem}; imported as typed and flagged &apos;check digit fails&apos;</source>
        <translation>{problem}; zaimportowano tak, jak wpisano, z oznaczeniem „cyfra kontrolna się nie zgadza”</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>brak kraju</translation>
    </message>
    <message>
        <source>this column holds a name ({name}) but is not read; map it (e.g. to First name) so the contact is saved with the whole name</source>
        <translation>ta kolumna zawiera imię lub nazwisko ({name}), ale nie jest odczytywana; przypisz ją (np. do pola Imię), aby kontakt został zapisany z pełnym imieniem i nazwiskiem</translation>
    </message>
    <message>
        <source>Likely the same organisation</source>
        <translation>Prawdopodobnie ta sama organizacja</translation>
    </message>
    <message>
        <source>Possibly the same organisation</source>
        <translation>Być może ta sama organizacja</translation>
    </message>
    <message>
        <source>Probably two different organisations</source>
        <translation>Prawdopodobnie dwie różne organizacje</translation>
    </message>
    <message>
        <source>VAT number ({vat})</source>
        <translation>numer VAT ({vat})</translation>
    </message>
    <message>
        <source>name, once legal forms, accents and case are ignored</source>
        <translation>nazwa, z pominięciem formy prawnej, znaków diakrytycznych i wielkości liter</translation>
    </message>
    <message>
        <source>name, {score}% alike once legal forms, accents and case are ignored</source>
        <translation>nazwa, podobna w {score}% z pominięciem formy prawnej, znaków diakrytycznych i wielkości liter</translation>
    </message>
    <message>
        <source>name ({score}% alike)</source>
        <translation>nazwa (podobna w {score}%)</translation>
    </message>
    <message>
        <source>VAT number ({first} and {second})</source>
        <translation>numer VAT ({first} i {second})</translation>
    </message>
    <message>
        <source>country ({first} and {second})</source>
        <translation>kraj ({first} i {second})</translation>
    </message>
    <message>
        <source>legal form ({first} and {second})</source>
        <translation>forma prawna ({first} i {second})</translation>
    </message>
    <message>
        <source>legal form ({form})</source>
        <translation>forma prawna ({form})</translation>
    </message>
    <message>
        <source>city ({first} and {second})</source>
        <translation>miasto ({first} i {second})</translation>
    </message>
    <message>
        <source>city ({city})</source>
        <translation>miasto ({city})</translation>
    </message>
    <message>
        <source>type ({first} and {second})</source>
        <translation>typ ({first} i {second})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose} ({source})</source>
        <translation>udzielona {day} na {purpose} ({source})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose}</source>
        <translation>udzielona {day} na {purpose}</translation>
    </message>
    <message>
        <source>given on {day} ({source})</source>
        <translation>udzielona {day} ({source})</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>udzielona {day}</translation>
    </message>
    <message>
        <source>{value} ({flag})</source>
        <translation>{value} ({flag})</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself</source>
        <translation>Osoby nie można scalić z nią samą</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself</source>
        <translation>Organizacji nie można scalić z nią samą</translation>
    </message>
    <message>
        <source>no such field to merge: {fields}</source>
        <translation>nie ma takiego pola do scalenia: {fields}</translation>
    </message>
    <message>
        <source>both people are staff members with their own timesheets; they cannot be merged</source>
        <translation>obie osoby są pracownikami z własnymi kartami czasu pracy; nie można ich scalić</translation>
    </message>
    <message>
        <source>a person whose data was erased cannot be merged</source>
        <translation>osoby, której dane usunięto, nie można scalić</translation>
    </message>
    <message>
        <source>give the user&apos;s name (it signs the audit log)</source>
        <translation>podaj imię i nazwisko użytkownika (podpisuje ono dziennik zmian)</translation>
    </message>
    <message>
        <source>this data folder ({folder}) is already set up for office {office}</source>
        <translation>ten folder danych ({folder}) jest już skonfigurowany dla biura {office}</translation>
    </message>
    <message>
        <source>office {office} has no keys registered yet</source>
        <translation>biuro {office} nie ma jeszcze zarejestrowanych kluczy</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer (users: {users}); add them with `blues users add &quot;{name}&quot;`</source>
        <translation>{name} nie jest użytkownikiem tego komputera (użytkownicy: {users}); dodaj go poleceniem `blues users add &quot;{name}&quot;`</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer</source>
        <translation>{name} nie jest użytkownikiem tego komputera</translation>
    </message>
    <message>
        <source>{reference} is {state} and has no agreement</source>
        <translation>{reference} ma status „{state}” i nie ma umowy</translation>
    </message>
    <message>
        <source>rule &apos;CtQ before agreement&apos;: the financial agreement of {reference} is printed once the Commitment to Quality is signed (the exchange is {state})</source>
        <translation>reguła „Zobowiązanie przed umową”: umowę finansową dla {reference} drukuje się po podpisaniu Zobowiązania do jakości (status wymiany: {state})</translation>
    </message>
    <message>
        <source>{reference} has no lump sum computed</source>
        <translation>{reference} nie ma obliczonej kwoty ryczałtowej</translation>
    </message>
    <message>
        <source>{reference} needs a host and dates for a certificate</source>
        <translation>{reference} potrzebuje organizacji przyjmującej i dat, aby wystawić zaświadczenie</translation>
    </message>
    <message>
        <source>(no city) ({country})</source>
        <translation>(brak miasta) ({country})</translation>
    </message>
    <message>
        <source>the distance cannot be negative ({km} km)</source>
        <translation>odległość nie może być ujemna ({km} km)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ani {second}</translation>
    </message>
    <message>
        <source>the gazetteer does not know {places}; type the distance in km</source>
        <translation>spis miejscowości nie zna {places}; wpisz odległość w km</translation>
    </message>
    <message>
        <source>rule &apos;visiting organisation type&apos;: {name} is a {type}, which may only host; visitors are a {kinds}</source>
        <translation>reguła „Rodzaj organizacji wysyłającej”: {name} jest typu „{type}” i może tylko przyjmować; wysyłać mogą: {kinds}</translation>
    </message>
    <message>
        <source>rule &apos;visitor is a cluster member&apos;: {name} is a {type} but not a cluster member</source>
        <translation>reguła „Organizacja wysyłająca jest członkiem klastra”: {name} jest typu „{type}”, ale nie jest członkiem klastra</translation>
    </message>
    <message>
        <source>rule &apos;SME names its cluster&apos;: name the cluster {name} is a member of</source>
        <translation>reguła „MŚP podaje swój klaster”: podaj klaster, którego członkiem jest {name}</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the visitor is in {country}, which does not take part in COSME</source>
        <translation>reguła „Kraje COSME”: organizacja wysyłająca ma siedzibę w kraju {country}, który nie uczestniczy w COSME</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the host is in {country}, which does not take part in COSME</source>
        <translation>reguła „Kraje COSME”: organizacja przyjmująca ma siedzibę w kraju {country}, który nie uczestniczy w COSME</translation>
    </message>
    <message>
        <source>rule &apos;different countries&apos;: host and visitor are both in {country}; an exchange crosses a border</source>
        <translation>reguła „Różne kraje”: organizacja przyjmująca i wysyłająca są w tym samym kraju ({country}); wymiana przekracza granicę</translation>
    </message>
    <message>
        <source>{name} is an SME that is not a cluster member: needs the Agency&apos;s prior approval</source>
        <translation>{name} to MŚP, które nie jest członkiem klastra: potrzebna jest uprzednia zgoda Agencji</translation>
    </message>
    <message>
        <source>rule &apos;dates in order&apos;: the stay ends ({end}) before it starts ({start})</source>
        <translation>reguła „Daty po kolei”: pobyt kończy się ({end}) przed rozpoczęciem ({start})</translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>reguła „Minimalny czas trwania”: od {start} do {end} to %n dzień roboczy; pobyt musi mieć co najmniej {minimum}</numerusform>
            <numerusform>reguła „Minimalny czas trwania”: od {start} do {end} to %n dni robocze; pobyt musi mieć co najmniej {minimum}</numerusform>
            <numerusform>reguła „Minimalny czas trwania”: od {start} do {end} to %n dni roboczych; pobyt musi mieć co najmniej {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>reguła „Maksymalny czas trwania”: od {start} do {end} to %n dzień roboczy; pobyt trwa najwyżej miesiąc ({maximum} dni roboczych)</numerusform>
            <numerusform>reguła „Maksymalny czas trwania”: od {start} do {end} to %n dni robocze; pobyt trwa najwyżej miesiąc ({maximum} dni roboczych)</numerusform>
            <numerusform>reguła „Maksymalny czas trwania”: od {start} do {end} to %n dni roboczych; pobyt trwa najwyżej miesiąc ({maximum} dni roboczych)</numerusform>
        </translation>
    </message>
    <message>
        <source>second visit of {name} (also in {others}) allowed by override: {reason}</source>
        <translation>druga wizyta organizacji {name} (także w {others}) dopuszczona wyjątkiem: {reason}</translation>
    </message>
    <message>
        <source>rule &apos;one visit per visiting organisation&apos;: {name} already has exchange {others}; an override needs a reason</source>
        <translation>reguła „Jedna wizyta na organizację wysyłającą”: {name} ma już wymianę {others}; wyjątek wymaga uzasadnienia</translation>
    </message>
    <message>
        <source>rule &apos;host organisation&apos;: choose the host</source>
        <translation>reguła „Organizacja przyjmująca”: wybierz organizację przyjmującą</translation>
    </message>
    <message>
        <source>rule &apos;dates&apos;: give the first and last day of the stay</source>
        <translation>reguła „Daty”: podaj pierwszy i ostatni dzień pobytu</translation>
    </message>
    <message>
        <source>rule &apos;distance&apos;: {problem}</source>
        <translation>reguła „Odległość”: {problem}</translation>
    </message>
    <message>
        <source>the distance is not known</source>
        <translation>odległość nie jest znana</translation>
    </message>
    <message>
        <source>rule &apos;threshold per host country&apos;: rules version {version} have no threshold for {country} ({code})</source>
        <translation>reguła „Próg dla kraju przyjmującego”: zasady w wersji {version} nie mają progu dla kraju {country} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>pobyt ma %n dzień roboczy (mniej niż {limit})</numerusform>
            <numerusform>pobyt ma %n dni robocze (mniej niż {limit})</numerusform>
            <numerusform>pobyt ma %n dni roboczych (mniej niż {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>the distance is {km} km (under {limit} km)</source>
        <translation>odległość wynosi {km} km (mniej niż {limit} km)</translation>
    </message>
    <message>
        <source>{raw} is not an amount in euros</source>
        <translation>{raw} nie jest kwotą w euro</translation>
    </message>
    <message>
        <source>the amount must be above 0, got {raw}</source>
        <translation>kwota musi być większa od 0, podano: {raw}</translation>
    </message>
    <message>
        <source>amounts have at most 2 decimal places, got {raw}</source>
        <translation>kwoty mają najwyżej 2 miejsca po przecinku, podano: {raw}</translation>
    </message>
    <message>
        <source>must be a whole number, got {raw}</source>
        <translation>musi być liczbą całkowitą, podano: {raw}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {raw}</source>
        <translation>musi mieścić się między {low} a {high}, podano: {raw}</translation>
    </message>
    <message>
        <source>{code} is not an ISO country code (two capital letters)</source>
        <translation>{code} nie jest kodem kraju ISO (dwie wielkie litery)</translation>
    </message>
    <message>
        <source>the maximum ({maximum}) is below the minimum ({minimum})</source>
        <translation>maksimum ({maximum}) jest mniejsze od minimum ({minimum})</translation>
    </message>
    <message>
        <source>{type} is not an organisation type</source>
        <translation>{type} nie jest rodzajem organizacji</translation>
    </message>
    <message>
        <source>at least one organisation type must be allowed to visit</source>
        <translation>co najmniej jeden rodzaj organizacji musi móc wysyłać</translation>
    </message>
    <message>
        <source>the list of COSME countries is empty</source>
        <translation>lista krajów COSME jest pusta</translation>
    </message>
    <message>
        <source>no threshold for {country} ({code})</source>
        <translation>brak progu dla kraju {country} ({code})</translation>
    </message>
    <message>
        <source>{raw} is not a date (YYYY-MM-DD)</source>
        <translation>{raw} nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>każde pytanie potrzebuje identyfikatora i treści</translation>
    </message>
    <message>
        <source>two questions share the same id</source>
        <translation>dwa pytania mają ten sam identyfikator</translation>
    </message>
    <message>
        <source>programme rules version {version}: {problems}</source>
        <translation>zasady programu w wersji {version}: {problems}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>nieprawidłowy JSON (wiersz {line}, kolumna {column})</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>zasady muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>the host organisation {id} is not in the register</source>
        <translation>organizacji przyjmującej {id} nie ma w rejestrze</translation>
    </message>
    <message>
        <source>the cluster organisation {id} is not in the register</source>
        <translation>organizacji klastrowej {id} nie ma w rejestrze</translation>
    </message>
    <message>
        <source>the visiting organisation {id} is not in the register</source>
        <translation>organizacji wysyłającej {id} nie ma w rejestrze</translation>
    </message>
    <message>
        <source>no exchange {key} (give a reference like ZIN-X-2026-007 or an id)</source>
        <translation>brak wymiany {key} (podaj sygnaturę w rodzaju ZIN-X-2026-007 lub identyfikator)</translation>
    </message>
    <message>
        <source>give the visitor organisation&apos;s name</source>
        <translation>podaj nazwę organizacji wysyłającej</translation>
    </message>
    <message>
        <source>give the host organisation&apos;s name</source>
        <translation>podaj nazwę organizacji przyjmującej</translation>
    </message>
    <message>
        <source>{code} is not a country code (e.g. ES, PL)</source>
        <translation>{code} nie jest kodem kraju (np. ES, PL)</translation>
    </message>
    <message>
        <source>give the travelling person&apos;s first and last name</source>
        <translation>podaj imię i nazwisko osoby wyjeżdżającej</translation>
    </message>
    <message>
        <source>{code} is not a BLUES partnership ({codes})</source>
        <translation>{code} nie jest partnerstwem BLUES ({codes})</translation>
    </message>
    <message>
        <source>choose the visiting organisation or enter a new one</source>
        <translation>wybierz organizację wysyłającą lub wpisz nową</translation>
    </message>
    <message>
        <source>{reference} is {state}; it can no longer change</source>
        <translation>{reference} ma status „{state}”; nie można już jej zmienić</translation>
    </message>
    <message>
        <source>{field} cannot be changed here</source>
        <translation>pola „{field}” nie można tu zmienić</translation>
    </message>
    <message>
        <source>{field} is fixed once the exchange is {state}</source>
        <translation>pole „{field}” jest ustalone, gdy wymiana ma status „{state}”</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office can change it</source>
        <translation>{reference} należy do biura {office}; tylko to biuro może ją zmieniać</translation>
    </message>
    <message>
        <source>{key} is not one of the evaluation questions</source>
        <translation>{key} nie jest żadnym z pytań ewaluacyjnych</translation>
    </message>
    <message>
        <source>scores go from 1 to 5, got {value}</source>
        <translation>oceny są od 1 do 5, podano: {value}</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office records its report</source>
        <translation>{reference} należy do biura {office}; tylko to biuro zapisuje jej sprawozdanie</translation>
    </message>
    <message>
        <source>the closing report is written after the exchange is held and until it is validated ({reference} is {state})</source>
        <translation>sprawozdanie końcowe pisze się po odbyciu wymiany, aż do jego zatwierdzenia ({reference} ma status „{state}”)</translation>
    </message>
    <message>
        <source>{kind}: evidence is one of {kinds}</source>
        <translation>{kind}: dowód to jeden z {kinds}</translation>
    </message>
    <message>
        <source>{reference} is {state}</source>
        <translation>{reference} ma status „{state}”</translation>
    </message>
    <message>
        <source>programme rules version {version} are not in this database</source>
        <translation>zasad programu w wersji {version} nie ma w tej bazie danych</translation>
    </message>
    <message>
        <source>the programme rules are kept by the coordinator ({coordinator}); office {office} receives them in the coordinator&apos;s bundle</source>
        <translation>zasady programu prowadzi koordynator ({coordinator}); biuro {office} otrzymuje je w paczce koordynatora</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office moves it through the workflow</source>
        <translation>{reference} należy do biura {office}; tylko to biuro prowadzi ją przez kolejne kroki</translation>
    </message>
    <message>
        <source>the exchange is {state}</source>
        <translation>wymiana ma status „{state}”</translation>
    </message>
    <message>
        <source>the lump sum cannot be computed: {problems}</source>
        <translation>nie można obliczyć kwoty ryczałtowej: {problems}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>brak problemów</translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>zapłacono {on}, po terminie {deadline} (%n dzień po wymianie)</numerusform>
            <numerusform>zapłacono {on}, po terminie {deadline} (%n dni po wymianie)</numerusform>
            <numerusform>zapłacono {on}, po terminie {deadline} (%n dni po wymianie)</numerusform>
        </translation>
    </message>
    <message>
        <source>the move is dated {day}, before the previous one ({last})</source>
        <translation>krok ma datę {day}, wcześniejszą niż poprzedni ({last})</translation>
    </message>
    <message>
        <source>{reference} cannot become &apos;{state}&apos;: {blocker}</source>
        <translation>{reference} nie może uzyskać statusu „{state}”: {blocker}</translation>
    </message>
    <message>
        <source>give a reason why the exchange is {state}</source>
        <translation>podaj powód, dla którego wymiana ma status „{state}”</translation>
    </message>
    <message>
        <source>{side}: either the host or the visitor accepts</source>
        <translation>{side}: akceptuje albo organizacja przyjmująca, albo wysyłająca</translation>
    </message>
    <message>
        <source>a match is accepted while the exchange is validated and not yet matched ({reference} is {state})</source>
        <translation>dopasowanie akceptuje się, gdy wymiana jest zatwierdzona i jeszcze niedopasowana ({reference} ma status „{state}”)</translation>
    </message>
    <message>
        <source>choose the host organisation before anyone accepts</source>
        <translation>wybierz organizację przyjmującą, zanim ktokolwiek zaakceptuje</translation>
    </message>
    <message>
        <source>not a readable bundle (damaged or truncated: {error})</source>
        <translation>to nie jest czytelny pakiet (uszkodzony lub ucięty: {error})</translation>
    </message>
    <message>
        <source>holds {count} members; at most {limit} are allowed</source>
        <translation>zawiera {count} elementów; dozwolone jest najwyżej {limit}</translation>
    </message>
    <message>
        <source>holds a member with an unsafe name {name}</source>
        <translation>zawiera element o niebezpiecznej nazwie {name}</translation>
    </message>
    <message>
        <source>holds a link or folder {name}; only plain files are allowed</source>
        <translation>zawiera dowiązanie lub folder {name}; dozwolone są tylko zwykłe pliki</translation>
    </message>
    <message>
        <source>holds an unexpected member {name}</source>
        <translation>zawiera nieoczekiwany element {name}</translation>
    </message>
    <message>
        <source>holds the member {name} twice</source>
        <translation>zawiera element {name} dwukrotnie</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes; the limit is {limit}</source>
        <translation>element {name} ma {size} bajtów; limit wynosi {limit}</translation>
    </message>
    <message>
        <source>member {name} expands more than {ratio}x (a zip bomb?)</source>
        <translation>element {name} rozpakowuje się ponad {ratio}-krotnie (bomba zip?)</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes</source>
        <translation>po rozpakowaniu ma ponad {limit} bajtów</translation>
    </message>
    <message>
        <source>member {name} is damaged ({error})</source>
        <translation>element {name} jest uszkodzony ({error})</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says</source>
        <translation>element {name} nie ma rozmiaru podanego w jego nagłówku</translation>
    </message>
    <message>
        <source>member {name} is larger than its header says</source>
        <translation>element {name} jest większy, niż podaje jego nagłówek</translation>
    </message>
    <message>
        <source>the coordinator&apos;s office card is not registered yet: register the card the coordinator sent you (Bundles, Partners and keys) before sending</source>
        <translation>karta biura koordynatora nie jest jeszcze zarejestrowana: przed wysłaniem zarejestruj kartę, którą przesłał koordynator (Pakiety, Partnerzy i klucze)</translation>
    </message>
    <message>
        <source>cannot write to {folder}: the folder does not exist</source>
        <translation>nie można zapisać w {folder}: folder nie istnieje</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>odczyt rekordów</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>szyfrowanie</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>zapisywanie pakietu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({error})</source>
        <translation>manifest nie jest poprawnym JSON-em ({error})</translation>
    </message>
    <message>
        <source>the manifest is not a BLUES bundle manifest</source>
        <translation>manifest nie jest manifestem pakietu BLUES</translation>
    </message>
    <message>
        <source>the manifest has no format version</source>
        <translation>manifest nie ma wersji formatu</translation>
    </message>
    <message>
        <source>written in bundle format {version} by a newer BLUES Desktop; this version reads format {readable} — update BLUES Desktop</source>
        <translation>zapisany w formacie pakietu {version} przez nowszy BLUES Desktop; ta wersja czyta format {readable} — zaktualizuj BLUES Desktop</translation>
    </message>
    <message>
        <source>the manifest lacks a valid {key}</source>
        <translation>w manifeście brak poprawnego {key}</translation>
    </message>
    <message>
        <source>the manifest describes table {name} wrongly</source>
        <translation>manifest błędnie opisuje tabelę {name}</translation>
    </message>
    <message>
        <source>the manifest lists its files wrongly</source>
        <translation>manifest błędnie wymienia swoje pliki</translation>
    </message>
    <message>
        <source>the manifest describes the file {name} wrongly</source>
        <translation>manifest błędnie opisuje plik {name}</translation>
    </message>
    <message>
        <source>lists {count} files; at most {limit} are allowed</source>
        <translation>wymienia {count} plików; dozwolone jest najwyżej {limit}</translation>
    </message>
    <message>
        <source>verifying {file}</source>
        <translation>weryfikacja {file}</translation>
    </message>
    <message>
        <source>stopped on an unexpected error; nothing was changed</source>
        <translation>przerwano z powodu nieoczekiwanego błędu; nic nie zmieniono</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>tworzenie kopii zapasowej</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>scalanie</translation>
    </message>
    <message>
        <source>{record} {problem}: {action}</source>
        <translation>{record} {problem}: {action}</translation>
    </message>
    <message>
        <source>is in the bundle twice</source>
        <translation>występuje w pakiecie dwukrotnie</translation>
    </message>
    <message>
        <source>is kept here by office {owner}, and the bundle gives it to office {incoming}</source>
        <translation>jest tu prowadzony przez biuro {owner}, a pakiet przypisuje go biuru {incoming}</translation>
    </message>
    <message>
        <source>a record never changes office; ask the sending office to check it</source>
        <translation>rekord nigdy nie zmienia biura; poproś biuro nadawcy o sprawdzenie go</translation>
    </message>
    <message>
        <source>arrives with revision {revision}, which is already here with other content ({columns})</source>
        <translation>przychodzi w wersji {revision}, która jest już tu z inną treścią ({columns})</translation>
    </message>
    <message>
        <source>the two copies differ; ask office {office} to save the record again (a new revision) and send a new bundle</source>
        <translation>obie kopie się różnią; poproś biuro {office} o ponowne zapisanie rekordu (nowa wersja) i wysłanie nowego pakietu</translation>
    </message>
    <message>
        <source>has the same {key} as {other} in the same bundle</source>
        <translation>ma tę samą wartość {key} co {other} w tym samym pakiecie</translation>
    </message>
    <message>
        <source>would take the place of {here} (the same {key}), which {referrer} here refers to</source>
        <translation>zastąpiłby {here} (ta sama wartość {key}), do którego odwołuje się tu {referrer}</translation>
    </message>
    <message>
        <source>ask office {office} to send a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>poproś biuro {office} o pełny pakiet („Wszystko” lub `bundle export --full`)</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, this office&apos;s own; both cannot exist</source>
        <translation>ma tę samą wartość {key} co {here}, rekord tego biura; oba nie mogą istnieć</translation>
    </message>
    <message>
        <source>office {incoming} and this office must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>biuro {incoming} i to biuro muszą uzgodnić, który rekord jest właściwy; błędny usuwa jego biuro, a potem ponownie wysyła swój pakiet</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, kept by office {owner}; both cannot exist</source>
        <translation>ma tę samą wartość {key} co {here}, prowadzony przez biuro {owner}; oba nie mogą istnieć</translation>
    </message>
    <message>
        <source>office {incoming} and office {owner} must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>biura {incoming} i {owner} muszą uzgodnić, który rekord jest właściwy; błędny usuwa jego biuro, a potem ponownie wysyła swój pakiet</translation>
    </message>
    <message>
        <source>names office {office}, which is not a BLUES office</source>
        <translation>wskazuje biuro {office}, które nie jest biurem BLUES</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here any more</source>
        <translation>odwołuje się do {record} (pole {column}), którego nie ma już ani w pakiecie, ani tutaj</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here</source>
        <translation>odwołuje się do {record} (pole {column}), którego nie ma ani w pakiecie, ani tutaj</translation>
    </message>
    <message>
        <source>was created on {created} for {parent} (its {column}), which had been deleted on {deleted}</source>
        <translation>utworzono go {created} dla {parent} (pole {column}), który usunięto {deleted}</translation>
    </message>
    <message>
        <source>ask office {office} to restore or correct it and send a new bundle</source>
        <translation>poproś biuro {office} o przywrócenie lub poprawienie go i wysłanie nowego pakietu</translation>
    </message>
    <message>
        <source>it is kept by office {keeper}: import {keeper}&apos;s bundle first (or the coordinator&apos;s), then this one again</source>
        <translation>prowadzi go biuro {keeper}: najpierw zaimportuj pakiet biura {keeper} (lub koordynatora), potem ponownie ten</translation>
    </message>
    <message>
        <source>import the bundles that carry it first (office {sender}&apos;s earlier bundles, or the coordinator&apos;s), or ask office {sender} for a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>najpierw zaimportuj pakiety, które go zawierają (wcześniejsze pakiety biura {sender} lub koordynatora), albo poproś biuro {sender} o pełny pakiet („Wszystko” lub `bundle export --full`)</translation>
    </message>
    <message>
        <source>the bundle is damaged; ask its office to write it again</source>
        <translation>pakiet jest uszkodzony; poproś jego biuro o ponowne zapisanie go</translation>
    </message>
    <message>
        <source>{count} record(s) cannot be merged: {refusals}</source>
        <translation>Rekordy, których nie można scalić ({count}): {refusals}</translation>
    </message>
    <message>
        <source>{count}+ record(s) cannot be merged: {refusals} …</source>
        <translation>Rekordy, których nie można scalić ({count}+): {refusals} …</translation>
    </message>
    <message>
        <source>{record} of the bundle has the same {key} as another {kind} here; both cannot exist: the offices that keep them must agree which is right</source>
        <translation>{record} z pakietu ma tę samą wartość {key} co inny rekord „{kind}” tutaj; oba nie mogą istnieć: biura, które je prowadzą, muszą uzgodnić, który jest właściwy</translation>
    </message>
    <message>
        <source>a record of the bundle refers to one that is neither in the bundle nor here: import the other offices&apos; bundles (or the coordinator&apos;s) first, then this one again</source>
        <translation>rekord z pakietu odwołuje się do rekordu, którego nie ma ani w pakiecie, ani tutaj: najpierw zaimportuj pakiety innych biur (lub koordynatora), potem ponownie ten</translation>
    </message>
    <message>
        <source>a record of the bundle breaks a rule of this database (an empty required value or a value out of range): ask its office to check it and send a new bundle</source>
        <translation>rekord z pakietu narusza regułę tej bazy danych (pusta wymagana wartość lub wartość spoza zakresu): poproś jego biuro o sprawdzenie go i wysłanie nowego pakietu</translation>
    </message>
    <message>
        <source>{column}: expected a decimal number as text, got {value}</source>
        <translation>{column}: oczekiwano liczby dziesiętnej jako tekstu, otrzymano {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number</source>
        <translation>{column}: {value} nie jest liczbą</translation>
    </message>
    <message>
        <source>{column}: {value} has more than 2 decimal places</source>
        <translation>{column}: {value} ma więcej niż 2 miejsca po przecinku</translation>
    </message>
    <message>
        <source>{column}: expected {expected}, got {value}</source>
        <translation>{column}: oczekiwano: {expected}, otrzymano {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not {form}</source>
        <translation>{column}: {value} to nie {form}</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>data i godzina</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>data i godzina w formacie ISO</translation>
    </message>
    <message>
        <source>{column}: {value} has no time zone</source>
        <translation>{column}: {value} nie ma strefy czasowej</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>data w formacie ISO</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>godzina</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: oczekiwano true lub false, otrzymano {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, got {value}</source>
        <translation>{column}: oczekiwano liczby całkowitej, otrzymano {value}</translation>
    </message>
    <message>
        <source>{column}: expected text, got {value}</source>
        <translation>{column}: oczekiwano tekstu, otrzymano {value}</translation>
    </message>
    <message>
        <source>{column}: text longer than {length} characters</source>
        <translation>{column}: tekst dłuższy niż {length} znaków</translation>
    </message>
    <message>
        <source>{column}: a column of type {kind} cannot travel in bundles</source>
        <translation>{column}: kolumny typu {kind} nie można przesyłać w pakietach</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>nieznana kolumna {name}</translation>
    </message>
    <message>
        <source>missing column {name}</source>
        <translation>brak kolumny {name}</translation>
    </message>
    <message>
        <source>{column}: must not be empty</source>
        <translation>{column}: nie może być puste</translation>
    </message>
    <message>
        <source>not a JSON object ({error})</source>
        <translation>to nie jest obiekt JSON ({error})</translation>
    </message>
    <message>
        <source>signed by office {office}, whose key is not registered here (fingerprint {fingerprint})</source>
        <translation>podpisany przez biuro {office}, którego klucz nie jest tu zarejestrowany (odcisk {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match office {office}&apos;s registered key {fingerprint} (seen: {seen}); the bundle was changed or signed by another key (if the office changed its keys, register its new card: Partners and keys)</source>
        <translation>podpis nie pasuje do zarejestrowanego klucza {fingerprint} biura {office} (odczytano: {seen}); pakiet zmieniono lub podpisano innym kluczem (jeśli biuro zmieniło klucze, zarejestruj jego nową kartę: Partnerzy i klucze)</translation>
    </message>
    <message>
        <source>signed with office {office}&apos;s key, revoked on {day}</source>
        <translation>podpisany kluczem biura {office}, unieważnionym {day}</translation>
    </message>
    <message>
        <source>the payload does not match the signed manifest (its hash differs)</source>
        <translation>zawartość nie pasuje do podpisanego manifestu (jej skrót jest inny)</translation>
    </message>
    <message>
        <source>cannot decrypt the payload: it is not addressed to this office</source>
        <translation>nie można odszyfrować zawartości: nie jest adresowana do tego biura</translation>
    </message>
    <message>
        <source>the payload lacks the file {name}</source>
        <translation>w zawartości brakuje pliku {name}</translation>
    </message>
    <message>
        <source>the payload lacks the table file {name}</source>
        <translation>w zawartości brakuje pliku tabeli {name}</translation>
    </message>
    <message>
        <source>the table file {name} does not match the manifest (size or hash)</source>
        <translation>plik tabeli {name} nie pasuje do manifestu (rozmiar lub skrót)</translation>
    </message>
    <message>
        <source>the table file {name} does not hold the rows the manifest says</source>
        <translation>plik tabeli {name} nie zawiera wierszy podanych w manifeście</translation>
    </message>
    <message>
        <source>holds the file {name}…, which no record of the bundle names</source>
        <translation>zawiera plik {name}…, którego nie wskazuje żaden rekord pakietu</translation>
    </message>
    <message>
        <source>the file {name}… does not match its name (size or hash)</source>
        <translation>plik {name}… nie pasuje do swojej nazwy (rozmiar lub skrót)</translation>
    </message>
    <message>
        <source>the file {name}… is not a PDF or an image</source>
        <translation>plik {name}… nie jest plikiem PDF ani obrazem</translation>
    </message>
    <message>
        <source>{moment}</source>
        <translation>{moment}</translation>
    </message>
    <message>
        <source>calls itself bundle {sequence} of {office}; bundles are numbered from 1</source>
        <translation>nazywa się pakietem {sequence} biura {office}; pakiety numeruje się od 1</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>żadnym pakiecie</translation>
    </message>
    <message>
        <source>bundle {sequence}</source>
        <translation>pakiecie {sequence}</translation>
    </message>
    <message>
        <source>follows none</source>
        <translation>nie następuje po żadnym</translation>
    </message>
    <message>
        <source>must follow bundle {sequence}</source>
        <translation>musi następować po pakiecie {sequence}</translation>
    </message>
    <message>
        <source>is bundle {sequence} of {office} but says it follows {follows}; bundle {sequence} {should} — ask office {office} to write a new bundle</source>
        <translation>jest pakietem {sequence} biura {office}, ale podaje, że następuje po {follows}; pakiet {sequence} {should} — poproś biuro {office} o zapisanie nowego pakietu</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} was already imported with other content; ask office {office} which file is right</source>
        <translation>pakiet {sequence} biura {office} zaimportowano już z inną treścią; zapytaj biuro {office}, który plik jest właściwy</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} is older than bundle {highest}, already imported here; its changes came with the later bundle, so there is nothing to import</source>
        <translation>pakiet {sequence} biura {office} jest starszy niż zaimportowany już tutaj pakiet {highest}; jego zmiany przyszły z późniejszym pakietem, więc nie ma czego importować</translation>
    </message>
    <message>
        <source>does not continue bundle {sequence} of {office} as it was imported here; ask office {office} which bundle is right</source>
        <translation>nie kontynuuje pakietu {sequence} biura {office} w postaci, w jakiej go tu zaimportowano; zapytaj biuro {office}, który pakiet jest właściwy</translation>
    </message>
    <message>
        <source>bundle {shown} of {office} has not been imported (a gap); later ones hold their changes</source>
        <translation>pakiet {shown} biura {office} nie został zaimportowany (luka); późniejsze zawierają jego zmiany</translation>
    </message>
    <message>
        <source>bundles {shown} of {office} have not been imported (a gap); later ones hold their changes</source>
        <translation>pakiety {shown} biura {office} nie zostały zaimportowane (luka); późniejsze zawierają ich zmiany</translation>
    </message>
    <message>
        <source>only the coordinator may send the partner registry</source>
        <translation>rejestr partnerów może wysyłać tylko koordynator</translation>
    </message>
    <message>
        <source>holds an unknown table {name}</source>
        <translation>zawiera nieznaną tabelę {name}</translation>
    </message>
    <message>
        <source>{record} (line {line}): {problem}</source>
        <translation>{record} (wiersz {line}): {problem}</translation>
    </message>
    <message>
        <source>{record} (line {line}): belongs to office {owner}; {signer} may only send its own records</source>
        <translation>{record} (wiersz {line}): należy do biura {owner}; {signer} może wysyłać tylko własne rekordy</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons}</source>
        <translation>Odrzucone wiersze ({count}): {reasons}</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons} …</source>
        <translation>Odrzucone wiersze ({count}): {reasons} …</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>lacks {name}</source>
        <translation>brak {name}</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved to {where}</source>
        <translation>dysk jest pełny; nic nie zapisano w {where}</translation>
    </message>
    <message>
        <source>cannot write to {where}: the database is on a read-only medium</source>
        <translation>nie można zapisać w {where}: baza danych jest na nośniku tylko do odczytu</translation>
    </message>
    <message>
        <source>{where} is busy in another program; nothing was saved, try again</source>
        <translation>{where} jest zajęta przez inny program; nic nie zapisano, spróbuj ponownie</translation>
    </message>
    <message>
        <source>the database refused the change ({error}); nothing was saved</source>
        <translation>baza danych odrzuciła zmianę ({error}); nic nie zapisano</translation>
    </message>
    <message>
        <source>this data folder was given when the app started (--data-dir or BLUES_DATA_DIR); move it by hand and give the new place the same way</source>
        <translation>ten folder danych podano przy uruchomieniu aplikacji (--data-dir lub BLUES_DATA_DIR); przenieś go ręcznie i podaj nowe miejsce w ten sam sposób</translation>
    </message>
    <message>
        <source>Say why the keys are changed (it is kept in the history), for example “the laptop was lost” or “yearly change”.</source>
        <translation>Podaj, dlaczego klucze są zmieniane (zostanie to w historii), na przykład „zgubiony laptop” lub „coroczna zmiana”.</translation>
    </message>
    <message>
        <source>office {office} is not set up here</source>
        <translation>biuro {office} nie jest tu skonfigurowane</translation>
    </message>
    <message>
        <source>the office card</source>
        <translation>karta biura</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card: it is not a card&apos;s text (line {line}: {error}). Ask the office for the file its window saved.</source>
        <translation>{source} nie jest kartą biura BLUES: to nie jest tekst karty (wiersz {line}: {error}). Poproś biuro o plik zapisany przez jego okno.</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card. Ask the office for the file its window saved (Partners and keys, Save my card).</source>
        <translation>{source} nie jest kartą biura BLUES. Poproś biuro o plik zapisany przez jego okno (Partnerzy i klucze, Zapisz kartę biura).</translation>
    </message>
    <message>
        <source>{source} is not a whole office card (a part of it is missing). Ask the office to save its card again.</source>
        <translation>{source} nie jest pełną kartą biura (brakuje jej części). Poproś biuro o ponowne zapisanie karty.</translation>
    </message>
    <message>
        <source>{source} holds a damaged key (it was changed after it was saved); ask the office to save its card again</source>
        <translation>{source} zawiera uszkodzony klucz (zmieniono go po zapisaniu); poproś biuro o ponowne zapisanie karty</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its key id does not match its key. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} zmieniono po zapisaniu: identyfikator klucza nie pasuje do klucza. Nie ufaj temu plikowi; poproś biuro o ponowne zapisanie karty.</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its fingerprint does not match its keys. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} zmieniono po zapisaniu: odcisk nie pasuje do kluczy. Nie ufaj temu plikowi; poproś biuro o ponowne zapisanie karty.</translation>
    </message>
    <message>
        <source>keys already exist in {folder}; they are never overwritten</source>
        <translation>w {folder} są już klucze; nigdy nie są nadpisywane</translation>
    </message>
    <message>
        <source>cannot read the public key {path}: {error}</source>
        <translation>nie można odczytać klucza publicznego {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign public key file</source>
        <translation>{path} nie jest plikiem klucza publicznego minisign</translation>
    </message>
    <message>
        <source>cannot read the office keys in {folder}: {error}</source>
        <translation>nie można odczytać kluczy biura w {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign secret key: {error}</source>
        <translation>{path} nie jest kluczem prywatnym minisign: {error}</translation>
    </message>
    <message>
        <source>the office key is protected by a passphrase; give it</source>
        <translation>klucz biura jest chroniony hasłem; podaj je</translation>
    </message>
    <message>
        <source>the passphrase does not open the office keys</source>
        <translation>hasło nie otwiera kluczy biura</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} nie zawiera tożsamości age</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); a backup of it would be damaged too; restore one with `blues backup restore`</source>
        <translation>baza danych {path} jest uszkodzona ({problem}); jej kopia zapasowa też byłaby uszkodzona; przywróć kopię poleceniem `blues backup restore`</translation>
    </message>
    <message>
        <source>there is no backup {name} in {folder}; `blues backup list` shows them</source>
        <translation>w {folder} nie ma kopii zapasowej {name}; pokazuje je `blues backup list`</translation>
    </message>
    <message>
        <source>BLUES Desktop is open on {folder}; close it before restoring a backup</source>
        <translation>BLUES Desktop ma otwarty folder {folder}; zamknij go przed przywróceniem kopii zapasowej</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem}); pick another</source>
        <translation>kopia zapasowa {file} też jest uszkodzona ({problem}); wybierz inną</translation>
    </message>
    <message>
        <source>the copy of {file} did not pass the check; try again</source>
        <translation>kopia {file} nie przeszła kontroli; spróbuj ponownie</translation>
    </message>
    <message>
        <source>revoked {day}</source>
        <translation>unieważniony {day}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>zarejestrowany</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>jeszcze bez klucza</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is far too large for one)</source>
        <translation>{file} nie jest kartą biura BLUES (jest na nią o wiele za duży)</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is not text)</source>
        <translation>{file} nie jest kartą biura BLUES (to nie jest tekst)</translation>
    </message>
    <message>
        <source>cannot read the office card {file}: {error}</source>
        <translation>nie można odczytać karty biura {file}: {error}</translation>
    </message>
    <message>
        <source>This is the card of your own office ({office}). Send it to your partners; register the cards they send you.</source>
        <translation>To jest karta Twojego biura ({office}). Wyślij ją partnerom; zarejestruj karty, które oni Ci przyślą.</translation>
    </message>
    <message>
        <source>The card names the office {office}, which is not one of the BLUES offices.</source>
        <translation>Karta wskazuje biuro {office}, które nie jest żadnym z biur BLUES.</translation>
    </message>
    <message>
        <source>This key of {office} was revoked on {day}; a revoked key is never trusted again. Ask them to change their keys and send the new card.</source>
        <translation>Ten klucz biura {office} unieważniono {day}; unieważnionemu kluczowi nigdy więcej się nie ufa. Poproś biuro o zmianę kluczy i przesłanie nowej karty.</translation>
    </message>
    <message>
        <source>{office} already has another key registered (fingerprint {fingerprint}). Replacing it is a key rotation: confirm it, with a reason, only after comparing the new fingerprint with them.</source>
        <translation>{office} ma już zarejestrowany inny klucz (odcisk {fingerprint}). Jego zastąpienie to wymiana klucza: potwierdź ją z podaniem powodu dopiero po porównaniu nowego odcisku z biurem.</translation>
    </message>
    <message>
        <source>Say why the key is replaced (it is kept in the history).</source>
        <translation>Podaj, dlaczego klucz jest zastępowany (zostanie to w historii).</translation>
    </message>
    <message>
        <source>Say why the key is revoked (it is kept in the history).</source>
        <translation>Podaj, dlaczego klucz jest unieważniany (zostanie to w historii).</translation>
    </message>
    <message>
        <source>This office&apos;s own key cannot be revoked; change this office&apos;s keys instead.</source>
        <translation>Własnego klucza tego biura nie można unieważnić; zamiast tego zmień klucze tego biura.</translation>
    </message>
    <message>
        <source>Office {office} has no registered key to revoke.</source>
        <translation>Biuro {office} nie ma zarejestrowanego klucza do unieważnienia.</translation>
    </message>
    <message>
        <source>The key of {office} was revoked already, on {day}.</source>
        <translation>Klucz biura {office} został już unieważniony {day}.</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly before it finished; nothing was changed</source>
        <translation>praca nieoczekiwanie przerwała się przed zakończeniem; nic nie zmieniono</translation>
    </message>
    <message>
        <source>the disk is full; could not write {path}</source>
        <translation>dysk jest pełny; nie można zapisać {path}</translation>
    </message>
    <message>
        <source>cannot write to {path}: the location is read-only or not permitted</source>
        <translation>nie można zapisać w {path}: miejsce jest tylko do odczytu lub niedozwolone</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder does not exist</source>
        <translation>nie można zapisać w {path}: folder nie istnieje</translation>
    </message>
    <message>
        <source>cannot write to {path}: {error}</source>
        <translation>nie można zapisać w {path}: {error}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>w {path} nie ma bazy danych do skopiowania</translation>
    </message>
    <message>
        <source>could not copy the database {path}: {error}</source>
        <translation>nie można skopiować bazy danych {path}: {error}</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore a backup with `blues backup restore` or start the app to choose one</source>
        <translation>baza danych {path} jest uszkodzona ({problem}); przywróć kopię zapasową poleceniem `blues backup restore` lub uruchom aplikację, aby ją wybrać</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {error}</source>
        <translation>nie można otworzyć bazy danych {path}: {error}</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {error}</source>
        <translation>nie można sprawdzić bazy danych {path}: {error}</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>nie można jej odczytać: {error}</translation>
    </message>
    <message>
        <source>that is where the data folder is already</source>
        <translation>tam już jest folder danych</translation>
    </message>
    <message>
        <source>the new place cannot be inside the current data folder</source>
        <translation>nowe miejsce nie może być wewnątrz obecnego folderu danych</translation>
    </message>
    <message>
        <source>the new place cannot hold the current data folder</source>
        <translation>nowe miejsce nie może zawierać obecnego folderu danych</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder; choose a new or an empty folder</source>
        <translation>{folder} nie jest pustym folderem; wybierz nowy lub pusty folder</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>the data folder was not moved: {problem}</source>
        <translation>folder danych nie został przeniesiony: {problem}</translation>
    </message>
    <message>
        <source>the data folder was not moved: the copied database failed its check ({problems})</source>
        <translation>folder danych nie został przeniesiony: skopiowana baza danych nie przeszła kontroli ({problems})</translation>
    </message>
    <message>
        <source>the data folder was not moved: {file} did not copy whole</source>
        <translation>folder danych nie został przeniesiony: {file} nie skopiował się w całości</translation>
    </message>
    <message>
        <source>cannot write to {path}: it is a file, not a folder</source>
        <translation>nie można zapisać w {path}: to plik, a nie folder</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; coordinator, {work_package} leader)</source>
        <translation>{code} — {name} ({country}; koordynator, lider {work_package})</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; {work_package} leader)</source>
        <translation>{code} — {name} ({country}; lider {work_package})</translation>
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
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
</context>
<context>
    <name>recovery_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation>Powód wykonania</translation>
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
        <translation>Organizacje zapisane przez osobny proces: {organisations}</translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation>Komunikaty Qt ({code})</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Move the data folder to
{target}?

BLUES Desktop closes when the copy has been checked, and opens the new place at the next start.</source>
        <translation>Przenieść folder danych do
{target}?

BLUES Desktop zamknie się po sprawdzeniu kopii i przy następnym uruchomieniu otworzy nowe miejsce.</translation>
    </message>
    <message>
        <source>The data folder is now
{new}

The old folder
{old}
is kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.</source>
        <translation>Folder danych to teraz
{new}

Stary folder
{old}
zostaje zachowany; usuń go, gdy popracujesz już w nowym miejscu. BLUES Desktop zamknie się teraz; uruchom go ponownie.</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>Przenoszenie folderu danych…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>Okno główne</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Podgląd PDF</translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation>Utwórz nowy rekord na wyświetlanej stronie: organizację, wymianę, wydarzenie lub pracownika.</translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation>Na tej stronie nie można nic utworzyć.</translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation>Edytuj wybrany rekord.</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Najpierw wybierz rekord do edycji.</translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation>Usuń wybrany rekord, tak jak przycisk Usuń na stronie.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Najpierw wybierz rekord do usunięcia.</translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation>Przejdź do pola wyszukiwania na stronie.</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Ta strona nie ma pola wyszukiwania.</translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation>Wczytaj ponownie dane strony.</translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation>Podgląd i druk dokumentu strony (listy obecności, miesięcznej karty czasu pracy).</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>Na tej stronie nie ma nic do wydrukowania.</translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation>Otwórz ustawienia.</translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation>Zamknij aplikację.</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation>Pokaż tę listę skrótów klawiszowych.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Powiększ.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Pomniejsz.</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation>Dopasuj stronę do szerokości okna.</translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation>Drukuj dokument.</translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation>Zapisz dokument jako plik PDF.</translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation>Pokaż stronę Członkowie.</translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation>Pokaż stronę Wymiany.</translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation>Pokaż stronę Wydarzenia.</translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation>Pokaż stronę Karty czasu pracy.</translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation>Pokaż stronę Pakiety.</translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation>Pokaż stronę Raporty.</translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation>Pokaż stronę „{page}”.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cannot use the data folder {root}: {strerror}</source>
        <translation>Nie można użyć folderu danych {root}: {strerror}</translation>
    </message>
    <message>
        <source>BLUES Desktop is already open on the data folder
{root}

Switch to that window, or close it first.</source>
        <translation>BLUES Desktop jest już otwarty w folderze danych
{root}

Przejdź do tamtego okna lub najpierw je zamknij.</translation>
    </message>
</context>
</TS>
