<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
