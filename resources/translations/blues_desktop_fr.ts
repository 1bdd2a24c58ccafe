<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Enregistré désormais avec chaque modification que vous faites</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Cannot be moved here: {blocked}.</source>
        <translation>Impossible de le déplacer ici&#xa0;: {blocked}.</translation>
    </message>
    <message>
        <source>Backups are taken before every upgrade, import and restore</source>
        <translation>Une sauvegarde est faite avant chaque mise à niveau, importation et restauration</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>As the system ({system})</source>
        <translation>Comme le système ({system})</translation>
    </message>
    <message>
        <source>The window changes language when you save; unsaved work is kept or asked about</source>
        <translation>La fenêtre change de langue à l&apos;enregistrement&#xa0;; le travail non enregistré est conservé, ou une question vous est posée</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Déplacer le dossier de données vers</translation>
    </message>
    <message>
        <source>The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it.</source>
        <translation>Les données y seront copiées puis vérifiées&#xa0;; BLUES Desktop se fermera ensuite et ouvrira le nouvel emplacement au prochain démarrage. L&apos;ancien dossier {root} est conservé jusqu&apos;à ce que vous le supprimiez.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up BLUES Desktop</source>
        <translation>Configurer BLUES Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choose the office this computer works for. The app creates its database and the office&apos;s keys (for signing and receiving bundles) in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Bienvenue dans BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choisissez le bureau pour lequel travaille cet ordinateur. L&apos;application crée sa base de données et les clés du bureau (pour signer et recevoir les paquets) dans&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the office of this computer…</source>
        <translation>Choisissez le bureau de cet ordinateur…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. María Pérez</source>
        <translation>p. ex. Marie Dupont</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète des clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répétez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A passphrase protects the office&apos;s keys on this computer. Keep it safe: without it the keys cannot be opened, and no bundle can be written or read here. Leave it empty to rely on this computer&apos;s user account alone.</source>
        <translation>Une phrase secrète protège les clés du bureau sur cet ordinateur. Conservez-la en lieu sûr&#xa0;: sans elle, les clés ne peuvent pas être ouvertes, et aucun paquet ne peut être écrit ni lu ici. Laissez le champ vide pour vous fier uniquement au compte utilisateur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Créer le bureau</translation>
    </message>
    <message>
        <source>Choose the office this computer works for.</source>
        <translation>Choisissez le bureau pour lequel travaille cet ordinateur.</translation>
    </message>
    <message>
        <source>Your name is needed: it is recorded with every change you make.</source>
        <translation>Votre nom est nécessaire&#xa0;: il est enregistré avec chaque modification que vous faites.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
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
        <translation>Qui utilise BLUES Desktop&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choose your name: every change, approval and bundle records who made it.</source>
        <translation>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choisissez votre nom&#xa0;: chaque modification, approbation et paquet garde la trace de son auteur.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>The new user&apos;s name:</source>
        <translation>Nom du nouvel utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Choose your name, or add it.</source>
        <translation>Choisissez votre nom, ou ajoutez-le.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</source>
        <translation>L&apos;outil hors ligne du partenariat BLUES — {project}&#xa0;: BalticNet-PlasmaTec (coordinateur), Nanoprogress, Mazovia ICT Cluster, ZINNAE et Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Move the data folder to
{target}?

BLUES Desktop closes when the copy has been checked, and opens the new place at the next start.</source>
        <translation>Déplacer le dossier de données vers
{target}&#xa0;?

BLUES Desktop se fermera une fois la copie vérifiée, et ouvrira le nouvel emplacement au prochain démarrage.</translation>
    </message>
    <message>
        <source>The data folder is now
{new}

The old folder
{old}
is kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.</source>
        <translation>Le dossier de données est désormais
{new}

L&apos;ancien dossier
{old}
est conservé&#xa0;; supprimez-le quand vous aurez travaillé au nouvel emplacement. BLUES Desktop se ferme maintenant&#xa0;; redémarrez-le.</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>Déplacement du dossier de données…</translation>
    </message>
</context>
</TS>
