<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Od teraz zapisywane przy każdej wprowadzonej przez Ciebie zmianie</translation>
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
        <translation>Dane zostaną tam skopiowane i sprawdzone; następnie BLUES Desktop się zamknie i przy następnym uruchomieniu otworzy nowe miejsce. Stary folder {root} zostanie zachowany, dopóki go nie usuniesz.</translation>
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
        <translation>Imię i nazwisko są wymagane: zapisuje się je przy każdej wprowadzonej przez Ciebie zmianie.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
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
</TS>
