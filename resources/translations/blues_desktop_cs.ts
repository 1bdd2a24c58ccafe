<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
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
</TS>
