<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApproveManyDialog</name>
    <message>
        <source>Approve {month_label}</source>
        <translation>Approuver {month_label}</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Chaque feuille de temps cochée pour {month} est approuvée et verrouillée si elle passe les contrôles&#xa0;; les autres sont listées avec le motif et restent inchangées.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Soumettre d&apos;abord les brouillons au nom de la personne</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation>Jour {number}
{date}</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paquets&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to every partner</source>
        <translation>Envoyer à chaque partenaire</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Envoyer au coordinateur</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Tout (un paquet complet)</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Écrire le paquet…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Import bundles ({SUFFIX} files), or drop them on this page.</source>
        <translation>Importez des paquets (fichiers {SUFFIX}) ou déposez-les sur cette page.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation>Aucun paquet écrit ni importé pour l&apos;instant. Écrivez-en un pour envoyer les modifications de ce bureau, ou importez un paquet reçu.</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Partenaires et clés</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Partenaires et clés…</translation>
    </message>
    <message>
        <source>Your office card and its QR code, partners&apos; cards, changing or revoking keys.</source>
        <translation>La carte de votre bureau et son code QR, les cartes des partenaires, le changement ou la révocation des clés.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Clé du bureau</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Phrase secrète des clés du bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick, a mail folder)</source>
        <translation>Où écrire le paquet (une clé USB, un dossier de messagerie)</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>Wrote {file} ({records} records) to {folder}</source>
        <translation>{file} ({records} enregistrements) écrit dans {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>Importer %n paquet&#xa0;?</numerusform>
            <numerusform>Importer %n paquets&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation>{file}&#xa0;: déjà importé le {date}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file} : %n enregistrement nouveau ou mis à jour</numerusform>
            <numerusform>{file} : %n enregistrements nouveaux ou mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation>Paquets BLUES (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Import bundles?</source>
        <translation>Importer les paquets&#xa0;?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importation des paquets</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Vérification des paquets</translation>
    </message>
    <message>
        <source>No changes since the last bundle the coordinator acknowledged.</source>
        <translation>Aucune modification depuis le dernier paquet confirmé par le coordinateur.</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation>Le prochain paquet de {office} contient {records} enregistrements (tout)&#xa0;:</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation>Le prochain paquet de {office} contient {records} enregistrements (les modifications depuis le dernier paquet confirmé par le coordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation>{records}&#xa0;: {new} nouveaux, {changed} modifiés, {deleted} supprimés</translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation>signature valide&#xa0;: bureau {office}, clé {fingerprint}</translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation>paquet {sequence}, suit {previous}</translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation>paquet {sequence}, le premier de ce bureau</translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation>déjà importé le {date}&#xa0;: rien ne changera</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{records}&#xa0;: {new} nouveaux, {updated} mis à jour, {unchanged} inchangés</translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n fichier enregistré (CV, justificatifs, PDF des feuilles de temps), {size} Mo, conforme à son SHA-256</numerusform>
            <numerusform>%n fichiers enregistrés (CV, justificatifs, PDF des feuilles de temps), {size} Mo, chacun conforme à son SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show table</source>
        <translation>Afficher le tableau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a spreadsheet or a message</source>
        <translation>Copier le tableau, pour le coller dans un tableur ou un message</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Rien à compter sur cette période.</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Afficher le graphique</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>e.g. membership form, event registration</source>
        <translation>p. ex. bulletin d&apos;adhésion, inscription à un événement</translation>
    </message>
    <message>
        <source>Do not contact (the person asked not to be)</source>
        <translation>Ne pas contacter (la personne l&apos;a demandé)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Consentement pour</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Consentement recueilli via</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>ne pas contacter</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sans consentement</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message>
        <source>Possible duplicates across offices</source>
        <translation>Doublons possibles entre bureaux</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office…</source>
        <translation>Comparaison des organisations de tous les bureaux…</translation>
    </message>
    <message>
        <source>Same organisation: count once</source>
        <translation>Même organisation&#xa0;: compter une fois</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Organisations différentes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Organisations registered by two offices with the same VAT number or a similar name in the same country. Compare the two before you decide: a different legal form or city often means two organisations. Linking them changes neither office&apos;s record; the partnership&apos;s figures count the pair once.</source>
        <translation>Organisations enregistrées par deux bureaux avec le même numéro de TVA ou un nom proche dans le même pays. Comparez-les avant de décider&#xa0;: une forme juridique ou une ville différente signale souvent deux organisations. Les lier ne modifie la fiche d&apos;aucun des bureaux&#xa0;; les chiffres du partenariat comptent la paire une seule fois.</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office</source>
        <translation>Comparaison des organisations de tous les bureaux</translation>
    </message>
    <message>
        <source>Registered by {office_id}</source>
        <translation>Enregistré par {office_id}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n doublon possible à trancher</numerusform>
            <numerusform>%n doublons possibles à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>No undecided pairs: every office&apos;s organisations are distinct or linked.</source>
        <translation>Aucune paire en attente&#xa0;: les organisations de chaque bureau sont distinctes ou liées.</translation>
    </message>
</context>
<context>
    <name>CtqDialog</name>
    <message>
        <source>Commitment to Quality — {reference}</source>
        <translation>Engagement qualité (Commitment to Quality) — {reference}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Buts</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This organisation looks like one already registered. Compare the two before you decide: a different legal form or city often means two organisations.</source>
        <translation>Cette organisation ressemble à une organisation déjà enregistrée. Comparez-les avant de décider&#xa0;: une forme juridique ou une ville différente signale souvent deux organisations.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>
            <numerusform>Cette organisation ressemble à %n organisation déjà enregistrée. Choisissez-en une pour la comparer&#xa0;; une forme juridique ou une ville différente signifie souvent deux organisations.</numerusform>
            <numerusform>Cette organisation ressemble à %n organisations déjà enregistrées. Choisissez-en une pour la comparer&#xa0;; une forme juridique ou une ville différente signifie souvent deux organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Déjà enregistrée</translation>
    </message>
    <message>
        <source>Merge into {legal_name}…</source>
        <translation>Fusionner dans {legal_name}…</translation>
    </message>
    <message>
        <source>Merging shows every field where the two differ, so you choose what to keep; its contacts and exchanges move to the kept record, and this one is deleted and points to it.</source>
        <translation>La fusion affiche chaque champ où les deux diffèrent, pour que vous choisissiez quoi garder&#xa0;; ses contacts et échanges passent à la fiche conservée, et celle-ci est supprimée et renvoie vers elle.</translation>
    </message>
    <message>
        <source>{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.</source>
        <translation>{legal_name} est géré par le bureau {office_id}&#xa0;: les deux ne peuvent donc pas être fusionnés ici. Prévenez ce bureau, ou gardez les deux.</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <source>Declared: hours of approved (locked) months; recorded: every stored hour; planned: set by the coordinator</source>
        <translation>Déclaré&#xa0;: heures des mois approuvés (verrouillés)&#xa0;; saisi&#xa0;: toutes les heures enregistrées&#xa0;; prévu&#xa0;: fixé par le coordinateur</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personnes-mois par lot de travail</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>BLUES Desktop — unexpected error</source>
        <translation>BLUES Desktop — erreur inattendue</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Le journal se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>No log file is written (no log folder).</source>
        <translation>Aucun fichier journal n&apos;est écrit (pas de dossier de journaux).</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Supprimer le jour</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Public (annoncé sur les canaux BLUES)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Jours (vide&#xa0;: toutes les dates)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This event was deleted elsewhere (another window or an imported bundle) while the editor was open; saving will not bring it back.</source>
        <translation>Cet événement a été supprimé ailleurs (une autre fenêtre ou un paquet importé) pendant que l&apos;éditeur était ouvert&#xa0;; l&apos;enregistrer ne le rétablira pas.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Cet événement a été modifié ailleurs (une autre fenêtre ou un paquet importé) pendant que vous le modifiiez. Enregistrer remplace ces modifications par votre version&#xa0;; Annuler les conserve.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events…</source>
        <translation>Rechercher des événements…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed this event and its participants, when, and what</source>
        <translation>Qui a modifié cet événement et ses participants, quand, et quoi</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>No events yet. Create one to register its participants and print its attendance sheet.</source>
        <translation>Aucun événement pour l&apos;instant. Créez-en un pour inscrire ses participants et imprimer sa feuille d&apos;émargement.</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Planifier un nouvel événement</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Modifier l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Supprimer l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Choose an event, or create one.</source>
        <translation>Choisissez un événement, ou créez-en un.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet. Register people from the member register, or add a new person.</source>
        <translation>Personne n&apos;est encore inscrit à cet événement. Inscrivez des personnes depuis le registre des membres, ou ajoutez une nouvelle personne.</translation>
    </message>
    <message>
        <source>Register from the register…</source>
        <translation>Inscrire depuis le registre…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>GDPR erasure of the chosen participant, on their request (the registration stays, shown as erased)</source>
        <translation>Effacement RGPD du participant choisi, à sa demande (l&apos;inscription reste, marquée comme effacée)</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Enregistrer les présences</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Participant non inscrit…</translation>
    </message>
    <message>
        <source>Attach scanned sheet…</source>
        <translation>Joindre la feuille numérisée…</translation>
    </message>
    <message>
        <source>Keys: Space ticks or unticks and moves down, − clears, Enter moves down.</source>
        <translation>Touches&#xa0;: Espace coche ou décoche et descend, − efface, Entrée descend.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <source>The sheet lists the registered participants in order with a signature box per day, blank rows for walk-ins, and a QR code per page that matches a scanned page to this event. Online events get the online attendance record instead.</source>
        <translation>La feuille liste les participants inscrits dans l&apos;ordre avec une case de signature par jour, des lignes vides pour les participants non inscrits et, sur chaque page, un code QR qui relie une page numérisée à cet événement. Les événements en ligne reçoivent à la place le relevé de présence en ligne.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Lignes vides pour les non-inscrits</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>No event matches the search.</source>
        <translation>Aucun événement ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation>{pending} coches de présence pour «&#xa0;{title}&#xa0;» ne sont pas encore enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation>jour {number}&#xa0;: {present} sur {total}</translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation>Présents — {days}</translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Présents — {days} · %n modification non enregistrée</numerusform>
            <numerusform>Présents — {days} · %n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation>Chiffres de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation>{registered} inscrits, {participants} ont participé ({persons} personnes de {organisations} organisations).</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Par lot de travail</translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation>Par pays (12 premiers)</translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation>Par type d&apos;organisation</translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation>Le nouvel événement «&#xa0;{title}&#xa0;» est enregistré et sélectionné dans la liste.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» avec ses inscriptions&#xa0;?</translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation>Événement «&#xa0;{title}&#xa0;» supprimé avec ses inscriptions.</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation>Le relevé de présence en ligne&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation>Préparation du relevé de présence en ligne…</translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation>La feuille d&apos;émargement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Préparation de la feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Organised by office {office_id}: shown read-only, only {office_id} can change it.</source>
        <translation>Organisé par le bureau {office_id}&#xa0;: affiché en lecture seule, seul {office_id} peut le modifier.</translation>
    </message>
    <message>
        <source>Scanned sheets: </source>
        <translation>Feuilles numérisées&#xa0;: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un événement pour voir ses chiffres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Choisissez le seul participant dont les données doivent être effacées.</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, gender, consent) from the record, its history and the files kept with it? The registration stays, shown as erased, and the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Effacer les données personnelles de {name} (nom, e-mail, téléphone, fonction, genre, consentement) de l&apos;enregistrement, de son historique et des fichiers conservés avec lui&#xa0;? L&apos;inscription reste, affichée comme effacée, et l&apos;effacement parvient aux autres bureaux dans les paquets. Cette action est irréversible.

À la demande de qui, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un effacement nécessite un motif&#xa0;; rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Participant non inscrit</translation>
    </message>
    <message>
        <source>This person was already a contact; the contact was registered.</source>
        <translation>Cette personne était déjà un contact&#xa0;; c&apos;est ce contact qui a été inscrit.</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>Feuille signée numérisée</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Participants&apos; e-mail and gender</source>
        <translation>E-mail et genre des participants</translation>
    </message>
    <message>
        <source>The workbook lists participants by name, organisation and country, with the figures and breakdowns for the report; e-mail addresses and each person&apos;s gender are left out.

Include them anyway? Only do so when the reader needs to write to the participants; the workbook&apos;s summary says which list it holds.</source>
        <translation>Le classeur liste les participants par nom, organisation et pays, avec les chiffres et ventilations du rapport&#xa0;; les adresses e-mail et le genre de chaque personne sont omis.

Les inclure malgré tout&#xa0;? Ne le faites que si le lecteur doit écrire aux participants&#xa0;; le résumé du classeur indique quelle liste il contient.</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (with e-mail addresses and gender).</source>
        <translation>{events} événements et {participants} participants écrits (avec adresses e-mail et genre).</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation>{events} événements et {participants} participants écrits (sans adresses e-mail ni genre).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) and is now {state}: this part of it can no longer be changed.</source>
        <translation>Cet échange a été modifié ailleurs (une autre fenêtre ou un paquet importé) et il est maintenant à l&apos;état « {state} » : cette partie ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Cet échange a été modifié ailleurs (une autre fenêtre ou un paquet importé) ; le formulaire l&apos;affiche maintenant tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Cet échange a été modifié ailleurs (une autre fenêtre ou un paquet importé) pendant que vous le modifiiez. Enregistrer remplace ces modifications par votre version ; Annuler les conserve.</translation>
    </message>
    <message>
        <source>This exchange was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Cet échange a été supprimé ailleurs (une autre fenêtre ou un paquet importé) pendant que le formulaire était ouvert ; il n&apos;y a plus rien où l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Search reference or name</source>
        <translation>Rechercher une référence ou un nom</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Tous les partenariats</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Enregistrer un échange…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Programme rules…</source>
        <translation>Règles du programme…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed this exchange and its steps, when, and what</source>
        <translation>Qui a modifié cet échange et ses étapes, quand, et quoi</translation>
    </message>
    <message>
        <source>Mark as: {label}</source>
        <translation>Marquer comme&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Printed once the Commitment to Quality is signed</source>
        <translation>Imprimé une fois l&apos;engagement qualité signé</translation>
    </message>
    <message>
        <source>Printed once the exchange has been held</source>
        <translation>Imprimé une fois l&apos;échange réalisé</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Commitment to Quality</source>
        <translation>Engagement de qualité</translation>
    </message>
    <message>
        <source>Financial agreement</source>
        <translation>Convention financière</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <source>Closing report form</source>
        <translation>Formulaire du rapport final</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation>{office}&#xa0;: {held} réalisés sur {registered} enregistrés</translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation>&lt;b&gt;{held} des {target} échanges prévus réalisés ({progress})&lt;/b&gt;&#xa0;; {live} autres en cours.</translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation>Par partenariat&#xa0;: {offices}.</translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation>Forfaits engagés {committed}, dont payés {paid}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation>Paires de pays les plus fréquentes&#xa0;: {pairs}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation>Paires de pays les plus fréquentes&#xa0;: aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation>{km} km (saisis)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation>visiteur {visitor}, hôte {host}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation>Du {start} au {end}, {days} jours ouvrés</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation>{amount} (règles v{version})</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation>hôte {host}, visiteur {visitor}</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Non éligible&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation>Enregistrer un nouvel échange</translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation>Écrire les échanges affichés dans un classeur Excel</translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation>Les forfaits, distances et délais que suivent les échanges</translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation>Aucun échange pour l&apos;instant. Enregistrez le premier&#xa0;: le visiteur, l&apos;hôte et les dates.</translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation>L&apos;hôte accepte</translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation>Le visiteur accepte</translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation>Modifier l&apos;engagement qualité…</translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation>Rapport final…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Joindre un justificatif…</translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation>Annuler l&apos;échange…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation>Ce qui peut être fait maintenant avec cet échange</translation>
    </message>
    <message>
        <source>Financial agreements of the exchanges shown…</source>
        <translation>Conventions financières des échanges affichés…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation>Aperçu et impression des documents de cet échange</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Aucun échange ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un échange pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation>Lecture seule&#xa0;: cet échange appartient au bureau {office_id}.</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Écrire dans un dossier la %n convention financière imprimable maintenant, en PDF</numerusform>
            <numerusform>Écrire dans un dossier les %n conventions financières imprimables maintenant, un PDF chacune</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the exchanges shown may have its financial agreement printed yet: it is printed once the Commitment to Quality is signed</source>
        <translation>Aucun des échanges affichés ne peut encore imprimer sa convention financière : elle s’imprime une fois l’Engagement qualité signé</translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation>Annuler l&apos;échange</translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation>Pourquoi {reference} est-il annulé par le partenariat&#xa0;? Le motif est conservé dans son historique.</translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation>Conserver l&apos;échange</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation>Pourquoi le visiteur se retire-t-il de {reference}&#xa0;? Le motif est conservé dans son historique.</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>De quoi s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fichier justificatif</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation>{reference} enregistré&#xa0;; il est sélectionné dans la liste.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>%n échange écrit dans {file}</numerusform>
            <numerusform>%n échanges écrits dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Écriture du registre</translation>
    </message>
    <message>
        <source>Folder for the financial agreements</source>
        <translation>Dossier pour les conventions financières</translation>
    </message>
    <message>
        <source>Writing the financial agreements</source>
        <translation>Écriture des conventions financières</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>%n convention financière écrite dans {folder}</numerusform>
            <numerusform>%n conventions financières écrites dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>No financial agreement written to {folder}: none of the exchanges shown may have it printed now</source>
        <translation>Aucune convention financière écrite dans {folder} : aucun des échanges affichés ne peut l’imprimer maintenant</translation>
    </message>
    <message>
        <source>Stopped: the financial agreements written before Cancel are in {folder}</source>
        <translation>Arrêté : les conventions financières écrites avant l’annulation sont dans {folder}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Versions&#xa0;: {versions}</translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation>v{version} du {date}</translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation>v{version} du {date} (intégrée)</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Règles du programme</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Version {version} publiée.</translation>
    </message>
    <message>
        <source>The exchange is paid: its last step is done.</source>
        <translation>L&apos;échange est versé : sa dernière étape est faite.</translation>
    </message>
    <message>
        <source>The exchange was cancelled: it takes no further step.</source>
        <translation>L&apos;échange a été annulé : il n&apos;a plus d&apos;étape.</translation>
    </message>
    <message>
        <source>The exchange was withdrawn: it takes no further step.</source>
        <translation>L&apos;échange a été retiré : il n&apos;a plus d&apos;étape.</translation>
    </message>
    <message>
        <source>No further step from this state: {state}.</source>
        <translation>Aucune étape suivante depuis cet état : {state}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation>rien de fusionné pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>paquet {sequence}, écrit {written}, importé {imported} (il y a %n jour)</numerusform>
            <numerusform>paquet {sequence}, écrit {written}, importé {imported} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Fraîcheur des données</translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Avertir après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>{office} (this office)</source>
        <translation>{office} (ce bureau)</translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation>aucun paquet confirmé par le coordinateur pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>paquet {sequence} confirmé par le coordinateur, écrit {written} (il y a %n jour)</numerusform>
            <numerusform>paquet {sequence} confirmé par le coordinateur, écrit {written} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Plus ancien que %n jour ou manquant&#xa0;: les chiffres de ce bureau peuvent être obsolètes</numerusform>
            <numerusform>Plus ancien que %n jours ou manquant&#xa0;: les chiffres de ce bureau peuvent être obsolètes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDocumentPreview</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The English text is the binding one; a second language adds the translation of every heading and label</source>
        <translation>Le texte anglais fait foi ; une seconde langue ajoute la traduction de chaque titre et libellé</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s and the host&apos;s language)</source>
        <translation>Anglais et {language} (langue du visiteur et de l&apos;hôte)</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s language)</source>
        <translation>Anglais et {language} (langue du visiteur)</translation>
    </message>
    <message>
        <source>English and {language} (the host&apos;s language)</source>
        <translation>Anglais et {language} (langue de l&apos;hôte)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading the history…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chargement de l&apos;historique…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes made on this computer show who made them. Records another office changed show the bundle that brought them and who imported it.</source>
        <translation>Les modifications faites sur cet ordinateur indiquent leur auteur. Les fiches modifiées par un autre bureau indiquent le paquet qui les a apportées et qui l&apos;a importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>aucune modification enregistrée</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice spreadsheet (.ods) or a .csv file.</source>
        <translation>Choisissez votre liste de membres&#xa0;: un classeur Excel (.xlsx, .xlsm, .xls), une feuille de calcul LibreOffice (.ods) ou un fichier .csv.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Avertissements et remarques</translation>
    </message>
    <message>
        <source>Re-read with this mapping</source>
        <translation>Relire avec cette correspondance</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>Enregistrer le rapport d&apos;anomalies…</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Correspondance des colonnes…</translation>
    </message>
    <message>
        <source>Save rows set aside…</source>
        <translation>Enregistrer les lignes écartées…</translation>
    </message>
    <message>
        <source>A file in the layout of yours with the rows set aside and a Problem column: correct the cells and import it to add those rows</source>
        <translation>Un fichier au format du vôtre avec les lignes écartées et une colonne Problème&#xa0;: corrigez les cellules et importez-le pour ajouter ces lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <source>This file cannot be imported:
{exc}</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;:
{exc}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation>Avertissement — {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… %n autre dans le rapport de problèmes</numerusform>
            <numerusform>… %n autres dans le rapport de problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation>Lignes à importer ({count})</translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation>Lignes écartées ({count})</translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation>Avertissements et remarques ({count})</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation>Aucune ligne ne peut être importée&#xa0;: corrigez les lignes écartées (ou la correspondance des colonnes).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation>Rien n&apos;a encore été écrit. Importer ajoute maintenant les lignes correctes (après une sauvegarde)&#xa0;; les lignes écartées sont conservées pour que vous les corrigiez&#xa0;: enregistrez-les avec «&#xa0;Enregistrer les lignes écartées…&#xa0;», corrigez les cellules indiquées dans sa colonne Problème, et importez ce fichier. Ou fermez et corrigez d&apos;abord votre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation>Rien n&apos;a encore été écrit. Cliquez sur Importer pour tout enregistrer en une seule étape.</translation>
    </message>
    <message>
        <source>column {column} of sheet {sheet}</source>
        <translation>colonne {column} de la feuille {sheet}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>%n ligne écartée est dans {file}&#xa0;: corrigez les cellules indiquées dans sa colonne Problème, puis importez ce fichier.</numerusform>
            <numerusform>Les %n lignes écartées sont dans {file}&#xa0;: corrigez les cellules indiquées dans sa colonne Problème, puis importez ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation>{organisations_new} organisations nouvelles et {organisations_changed} modifiées, {contacts_new} contacts nouveaux et {contacts_changed} modifiés importés.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n ligne écartée&#xa0;: enregistrez-la avec «&#xa0;Enregistrer les lignes écartées…&#xa0;», corrigez-la et importez ce fichier.</numerusform>
            <numerusform>%n lignes écartées&#xa0;: enregistrez-les avec «&#xa0;Enregistrer les lignes écartées…&#xa0;», corrigez-les et importez ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Ces colonnes contiennent des données qui seront ignorées&#xa0;: {columns}. Choisissez un champ pour chacune sous Correspondance des colonnes… si elle doit être importée.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Rapport d&apos;anomalies</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem report written to {name}.</source>
        <translation>Rapport d&apos;anomalies écrit dans {name}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation>Les organisations des clusters et leurs contacts</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation>Échanges de personnel entre organisations, de l&apos;enregistrement au paiement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation>Ateliers et réunions, leurs participants et les présences</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Feuilles de temps</translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation>Les heures mensuelles du personnel sur le projet</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation>Envoyer les données de ce bureau au coordinateur et importer celles des partenaires</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation>Les chiffres et indicateurs clés du projet, par période</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>Ouverture de {page}…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Change who is using the app, or add a user</source>
        <translation>Changer d&apos;utilisateur de l&apos;application, ou ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Clé&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <source>Your office&apos;s key fingerprint. Read it aloud to a partner to check the office card they registered.</source>
        <translation>L&apos;empreinte de la clé de votre bureau. Lisez-la à voix haute à un partenaire pour vérifier la carte de bureau qu&apos;il a enregistrée.</translation>
    </message>
    <message>
        <source>Data: {data_location}</source>
        <translation>Données&#xa0;: {data_location}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (coordinator) · {user}</source>
        <translation>Bureau&#xa0;: {code} {name} (coordinateur) · {user}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation>Bureau&#xa0;: {code} {name} (partenaire) · {user}</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Utilisateurs de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, city, VAT number or e-mail…</source>
        <translation>Rechercher un nom, une ville, un n° de TVA ou un e-mail…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Country (e.g. ES)</source>
        <translation>Pays (p. ex. FR)</translation>
    </message>
    <message>
        <source>Sector (e.g. water)</source>
        <translation>Secteur (p. ex. eau)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Membres uniquement</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Clé de contrôle invalide</translation>
    </message>
    <message>
        <source>Only organisations whose VAT or registration number was kept as typed although its check digit fails</source>
        <translation>Uniquement les organisations dont le numéro de TVA ou d&apos;immatriculation a été conservé tel que saisi malgré une clé de contrôle invalide</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Across offices…</source>
        <translation>Entre bureaux…</translation>
    </message>
    <message>
        <source>Organisations two offices registered that look alike: link them as one or not</source>
        <translation>Organisations enregistrées par deux bureaux qui se ressemblent&#xa0;: les lier ou non</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Chercher les doublons…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed this organisation, when, and what</source>
        <translation>Qui a modifié cette organisation, quand, et quoi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <source>No contacts for this organisation yet.</source>
        <translation>Aucun contact pour cette organisation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Modifier le contact…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Merge contacts…</source>
        <translation>Fusionner des contacts…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what</source>
        <translation>Qui a modifié ce contact, quand, et quoi</translation>
    </message>
    <message>
        <source>Register a new organisation</source>
        <translation>Enregistrer une nouvelle organisation</translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation>Lire des organisations et des contacts depuis un tableur</translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation>Écrire les organisations affichées dans un classeur Excel</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Modifier l&apos;organisation sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation>Supprimer l&apos;organisation sélectionnée (annulable)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une organisation pour voir ses détails et ses contacts.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Contacts fusionnés : %n inscription à un événement transférée au contact conservé.</numerusform>
            <numerusform>Contacts fusionnés : %n inscriptions à des événements transférées au contact conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n échange transféré au contact conservé.</numerusform>
            <numerusform>%n échanges transférés au contact conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Fusionné : %n contact transféré.</numerusform>
            <numerusform>Fusionné : %n contacts transférés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n échange transféré.</numerusform>
            <numerusform>%n échanges transférés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details taken from the other record: {fields}.</source>
        <translation>Données reprises de l&apos;autre fiche : {fields}.</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation>{organisations} organisations et {contacts} contacts exportés vers {file}&#xa0;; {left_out} contacts sans consentement exclus</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation>{organisations} organisations et {contacts} contacts exportés vers {file}</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Géré par le bureau {office_id}&#xa0;: affiché en lecture seule. Seul {office_id} peut le modifier&#xa0;; ses modifications arrivent dans le paquet du coordinateur.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation>TVA {number}</translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation>secteurs {sectors}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} salariés</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Membre depuis le {date}</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>bureau {code}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Sélectionnez d&apos;abord un contact dans la liste.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>Effacer les données personnelles de {name} (nom, e-mail, téléphone, fonction, consentement) de l&apos;enregistrement, de son historique et des fichiers conservés avec lui (un CV)&#xa0;? L&apos;enregistrement reste, marqué comme effacé, afin que l&apos;effacement parvienne aux autres bureaux dans les paquets. Cette action est irréversible.

À la demande de qui, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un effacement nécessite un motif&#xa0;; rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation>Aucun autre contact de {legal_name} à fusionner.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé. Annuler la suppression le rétablit.</translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation>L&apos;organisation supprimée est de retour dans le registre.</translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation>«&#xa0;{legal_name}&#xa0;» est géré par le bureau {office_id}&#xa0;: il est affiché en lecture seule.</translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation>La nouvelle organisation est enregistrée et sélectionnée dans la liste.</translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation>Aucun doublon probable trouvé pour {legal_name}</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Contacts without consent</source>
        <translation>Contacts sans consentement</translation>
    </message>
    <message>
        <source>Contacts without a recorded GDPR consent are left out of the export.

Include them anyway? Only do so when you have another lawful basis to share them; the export says how many were included.</source>
        <translation>Les contacts sans consentement RGPD enregistré sont exclus de l&apos;export.

Les inclure malgré tout&#xa0;? Ne le faites que si vous disposez d&apos;une autre base légale pour les partager&#xa0;; l&apos;export indique combien ont été inclus.</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Exportation du registre</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Fusionner deux contacts</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Fusionner deux organisations</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux enregistrements</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; est fusionné dans &lt;b&gt;{kept}&lt;/b&gt;&#xa0;: il est supprimé et renvoie à l&apos;enregistrement conservé. Choisissez, pour chaque champ où ils diffèrent, la valeur à conserver.</translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation>La fusion transfère {moves} vers l&apos;enregistrement conservé.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation>Conserver&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation>Fusionné et supprimé&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Les deux fiches ont les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n inscription à un événement</numerusform>
            <numerusform>%n inscriptions à des événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n fiche de personnel</numerusform>
            <numerusform>%n fiches de personnel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation>Total travaillé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Jour férié&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation>En dehors des dates du contrat</translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation>Collage refusé au {day}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation>Saisissez les heures par quarts d&apos;heure (7.5, 7,25 ou 1:45). Entrée&#xa0;: jour suivant · Suppr&#xa0;: effacer · + / −&#xa0;: un quart d&apos;heure de plus ou de moins · Ctrl+C / Ctrl+V&#xa0;: copier et coller des cellules.</translation>
    </message>
    <message>
        <source>Note for the month (required when the hours exceed the contract)</source>
        <translation>Note du mois (obligatoire si les heures dépassent le contrat)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Copy previous week</source>
        <translation>Copier la semaine précédente</translation>
    </message>
    <message>
        <source>Fill from typical week…</source>
        <translation>Remplir depuis une semaine type…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve for many…</source>
        <translation>Approuver pour plusieurs…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed, submitted and approved this month, and when</source>
        <translation>Qui a modifié, soumis et approuvé ce mois, et quand</translation>
    </message>
    <message>
        <source>Worked {worked} h of {contracted} h contracted</source>
        <translation>{worked} h travaillées sur {contracted} h prévues au contrat</translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation>BLUES {blues} h = {months} personnes-mois</translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation>autres {other} h</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation>La semaine précédant le {day} a déjà les mêmes heures.</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Aucun problème&#xa0;: le mois passe tous les contrôles.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>Plus aucun jour ouvré vide à remplir ce mois-ci.</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s timesheet for {month}? It will be locked, and its content and printed PDF fingerprinted.</source>
        <translation>Approuver la feuille de temps de {name} pour {month}&#xa0;? Elle sera verrouillée, et l&apos;empreinte de son contenu et de son PDF imprimé sera enregistrée.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation>Pourquoi le mois {month} de {name} est-il rouvert&#xa0;?</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Une réouverture nécessite un motif&#xa0;; le mois reste approuvé.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation>Feuille de temps&#xa0;: {name}, {month}</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Préparation de la feuille de temps…</translation>
    </message>
</context>
<context>
    <name>MonthStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Approuvé (verrouillé)</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Participant non inscrit</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>A walk-in who matches a contact by e-mail or name is linked to that contact; the signed sheet is the consent record.</source>
        <translation>Un participant non inscrit qui correspond à un contact par son e-mail ou son nom est lié à ce contact&#xa0;; la feuille signée tient lieu de preuve du consentement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;GDPR consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consentement RGPD&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Ajouter un participant non inscrit</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation>Clés créées le {date}.</translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation>La carte n&apos;indique pas quand ses clés ont été créées.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Type *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Cette organisation a été modifiée ailleurs (une autre fenêtre ou un paquet importé)&#xa0;; le formulaire l&apos;affiche maintenant telle qu&apos;elle est enregistrée.</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Cette organisation a été modifiée ailleurs (une autre fenêtre ou un paquet importé) pendant que vous la modifiiez. Enregistrer remplace ces modifications par votre version&#xa0;; Annuler les conserve.</translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Cette organisation a été supprimée ailleurs (une autre fenêtre ou un paquet importé) pendant que le formulaire était ouvert&#xa0;; il n&apos;y a plus rien où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-31</source>
        <translation>{value} n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2024-05-31</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>type part of the name, then Find</source>
        <translation>saisissez une partie du nom, puis Chercher</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>New organisation (not in the register)</source>
        <translation>Nouvelle organisation (absente du registre)</translation>
    </message>
    <message>
        <source>cluster member</source>
        <translation>membre du cluster</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>{name} — {type}, member, {city} ({country})</source>
        <translation>{name} — {type}, membre, {city} ({country})</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation>Géré par le bureau {office_id}&#xa0;: lecture seule ici</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation>{pending}

Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation>Ce qui correspond&#xa0;:</translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation>Ce qui diffère (chaque différence rend la correspondance moins probable)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Registered by one office</source>
        <translation>Enregistrée par un bureau</translation>
    </message>
    <message>
        <source>Registered by another</source>
        <translation>Enregistrée par un autre</translation>
    </message>
    <message>
        <source>How likely the same</source>
        <translation>Probabilité d&apos;identité</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>PartnersKeysDialog</name>
    <message>
        <source>Partners and keys</source>
        <translation>Partenaires et clés</translation>
    </message>
    <message>
        <source>This office&apos;s card</source>
        <translation>Carte de ce bureau</translation>
    </message>
    <message>
        <source>Partners compare this fingerprint with the one their window shows when they register your card: read it aloud on a call, group by group, or let them scan the QR code with a phone.</source>
        <translation>Les partenaires comparent cette empreinte avec celle qu&apos;affiche leur fenêtre lorsqu&apos;ils enregistrent votre carte&#xa0;: lisez-la à voix haute lors d&apos;un appel, groupe par groupe, ou laissez-les scanner le code QR avec un téléphone.</translation>
    </message>
    <message>
        <source>Save my card to a file…</source>
        <translation>Enregistrer ma carte dans un fichier…</translation>
    </message>
    <message>
        <source>Change this office&apos;s keys…</source>
        <translation>Changer les clés de ce bureau…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register each partner&apos;s card; your bundle carries them to the other partners.</source>
        <translation>Les paquets d&apos;un bureau ne sont acceptés que si sa carte est enregistrée ici. Enregistrez la carte de chaque partenaire&#xa0;; votre paquet les transmet aux autres partenaires.</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation>Les paquets d&apos;un bureau ne sont acceptés que si sa carte est enregistrée ici. Enregistrez la carte du coordinateur&#xa0;; le paquet du coordinateur apporte les cartes des autres partenaires.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card…</source>
        <translation>Enregistrer la carte d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>Revoke the key…</source>
        <translation>Révoquer la clé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The key of {office_name} was replaced; its fingerprint is {groups}.</source>
        <translation>La clé de {office_name} a été remplacée&#xa0;; son empreinte est {groups}.</translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation>Carte de {office_name} enregistrée (empreinte {groups})&#xa0;: ses paquets sont désormais acceptés.</translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation>La clé de {name} est révoquée&#xa0;: ses paquets sont désormais refusés.</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Enregistrer ma carte de bureau</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation>Carte de {office} enregistrée dans {path}. Envoyez-la à vos partenaires (e-mail ou clé USB), puis comparez l&apos;empreinte avec eux lors d&apos;un appel.</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Création des nouvelles clés</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation>Nouvelles clés créées&#xa0;: l&apos;empreinte est désormais {fingerprint}. Enregistrez la nouvelle carte et envoyez-la à chaque partenaire&#xa0;; ils refusent vos paquets tant qu&apos;ils ne l&apos;ont pas enregistrée.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card</source>
        <translation>Enregistrer la carte d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Card already registered</source>
        <translation>Carte déjà enregistrée</translation>
    </message>
    <message>
        <source>The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.</source>
        <translation>La carte de {office_name} est déjà enregistrée ici avec cette clé (empreinte {fingerprint}). Rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Revoked on {date}</source>
        <translation>Révoquée le {date}</translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation>Enregistrée le {date}</translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation>Aucune carte enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Fitted to the width</source>
        <translation>Ajusté à la largeur</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} enregistré dans {folder}.</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>The grant&apos;s reporting periods: the project&apos;s start and the length of each period in months. Every figure of the Reports page and of the report pack follows them.</source>
        <translation>Les périodes de rapport de la subvention&#xa0;: le début du projet et la durée de chaque période en mois. Tous les chiffres de la page Rapports et du dossier de rapport les suivent.</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Début du projet</translation>
    </message>
    <message>
        <source>Months in each period</source>
        <translation>Mois de chaque période</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Enregistrer les périodes</translation>
    </message>
    <message>
        <source>Write the length of each period in months, separated by commas (12, 12).</source>
        <translation>Saisissez la durée de chaque période en mois, séparées par des virgules (12, 12).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Register persons from the member register</source>
        <translation>Inscrire des personnes depuis le registre des membres</translation>
    </message>
    <message>
        <source>Search name, e-mail or organisation…</source>
        <translation>Rechercher un nom, un e-mail ou une organisation…</translation>
    </message>
    <message>
        <source>Register selected</source>
        <translation>Inscrire la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>%n personne correspond</numerusform>
            <numerusform>%n personnes correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <translation>Effort prévu (personnes-mois)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation>{office} {package}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation>{office} {package}&#xa0;: {text} n&apos;est pas un nombre de mois</translation>
    </message>
    <message>
        <source>Person-months each office plans on each work package:</source>
        <translation>Personnes-mois prévues par chaque bureau pour chaque lot de travail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>BLUES Desktop — the database is damaged</source>
        <translation>BLUES Desktop — la base de données est endommagée</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>dommage inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database could not be opened safely.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The start-up check of &lt;code&gt;{path}&lt;/code&gt; found: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La base de données n&apos;a pas pu être ouverte en toute sécurité.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le contrôle au démarrage de &lt;code&gt;{path}&lt;/code&gt; a trouvé&#xa0;: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Vous pouvez la remplacer par une sauvegarde. Le fichier endommagé est mis de côté dans le même dossier (rien n&apos;est supprimé) et peut encore être examiné. Les modifications faites après la sauvegarde n&apos;y figurent pas&#xa0;; un paquet envoyé au coordinateur depuis peut les rapporter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>passes the check</source>
        <translation>passe la vérification</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>endommagée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Aucune sauvegarde de {backups} ne passe le contrôle. Le fichier endommagé reste en place&#xa0;; `blues doctor` indique le problème.</translation>
    </message>
    <message>
        <source>There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Il n&apos;y a aucune sauvegarde dans {backups}. Le fichier endommagé reste en place&#xa0;; `blues doctor` indique le problème.</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}. The damaged file is kept as {file}.</source>
        <translation>Restauré depuis la sauvegarde du {taken}. Le fichier endommagé est conservé sous {file}.</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation>Restauré depuis la sauvegarde du {taken}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation>Nouvelles clés pour {name}</translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation>Enregistrer la carte de {name}</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} est enregistré ici avec d&apos;autres clés (empreinte {fingerprint}, enregistrée le {date}). Cette carte les remplace&#xa0;: désormais, ses paquets signés avec les anciennes clés sont refusés ici, et les paquets que vous écrivez sont chiffrés pour la nouvelle clé.</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} est enregistré ici avec d&apos;autres clés (empreinte {fingerprint}, enregistrée à une date antérieure). Cette carte les remplace&#xa0;: désormais, ses paquets signés avec les anciennes clés sont refusés ici, et les paquets que vous écrivez sont chiffrés pour la nouvelle clé.</translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation>Les clés d&apos;un bureau changent lorsqu&apos;il les change volontairement (un ordinateur portable neuf ou perdu). Si {name} ne vous a pas dit avoir changé ses clés, ne remplacez pas la clé&#xa0;: appelez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation>Avant de faire confiance à {name}, comparez cette empreinte avec lui&#xa0;: appelez-le et faites-lui lire la sienne à voix haute (sa fenêtre l&apos;affiche sous Partenaires et clés), ou scannez le code QR qu&apos;il vous montre. Ne continuez que si chaque groupe correspond.</translation>
    </message>
    <message>
        <source>For example: they changed their keys after a new laptop</source>
        <translation>Par exemple&#xa0;: ils ont changé leurs clés après un nouvel ordinateur portable</translation>
    </message>
    <message>
        <source>Why the key is replaced:</source>
        <translation>Pourquoi la clé est remplacée&#xa0;:</translation>
    </message>
    <message>
        <source>I compared the fingerprint with {name}, and every group matches.</source>
        <translation>J&apos;ai comparé l&apos;empreinte avec {name}, et chaque groupe correspond.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an exchange</source>
        <translation>Enregistrer un échange</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Organisation visiteuse</translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation>Son cluster (pour un visiteur PME)</translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation>Organisation hôte (si connue)</translation>
    </message>
    <message>
        <source>from the gazetteer</source>
        <translation>d&apos;après le répertoire géographique</translation>
    </message>
    <message>
        <source>only for a second visit of the same organisation</source>
        <translation>seulement pour une deuxième visite de la même organisation</translation>
    </message>
    <message>
        <source>path of the CV (PDF), optional</source>
        <translation>chemin du CV (PDF), facultatif</translation>
    </message>
    <message>
        <source>Travelling person: first name</source>
        <translation>Personne en déplacement&#xa0;: prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partenariat du visiteur</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Preferred sector</source>
        <translation>Secteur souhaité</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Rapport final — {reference}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contacts établis</translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation>Accords signés ou prévus</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suites données</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>recommanderait un échange ClusterXchange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>no host yet</source>
        <translation>pas encore d&apos;hôte</translation>
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
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports and KPIs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapports et indicateurs (KPI)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exporter le classeur…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Periods…</source>
        <translation>Périodes…</translation>
    </message>
    <message>
        <source>Set the project&apos;s start and the length of each period</source>
        <translation>Définir le début du projet et la durée de chaque période</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; (figures from {start} to {end}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{members}&lt;/b&gt; (counted once); organisations reached {reached}; events {events}, participants {participants}; person-months declared {declared} of {planned} planned; paid {paid}</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; (chiffres du {start} au {end})&#xa0;: échanges réalisés &lt;b&gt;{held} sur {target}&lt;/b&gt;, en cours ou terminés {live}&#xa0;; membres &lt;b&gt;{members}&lt;/b&gt; (comptés une fois)&#xa0;; organisations touchées {reached}&#xa0;; événements {events}, participants {participants}&#xa0;; personnes-mois déclarés {declared} sur {planned} prévus&#xa0;; payé {paid}</translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation>Exporter le dossier de rapports sous forme de classeur</translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation>Exporter le dossier de rapports en PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>{name} enregistré dans {parent}.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Écriture du dossier de rapport…</translation>
    </message>
    <message>
        <source>Whole project (from {start})</source>
        <translation>Projet entier (depuis le {start})</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation>Période {number} (du {start} au {end})</translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation>Projet entier (depuis le {start}), au {as_of}</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation>Période {number} (du {start} au {end}), au {as_of}</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation>Révoquer la clé de {name}</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation>Révoquez une clé lorsqu&apos;elle est perdue, volée ou n&apos;est plus utilisée par {name} (empreinte {value}).</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation>Désormais, les paquets signés avec cette clé sont refusés ici, et les paquets que vous écrivez ne sont plus chiffrés pour {name}. Une clé révoquée n&apos;est plus jamais acceptée&#xa0;: seule une nouvelle carte, après que {name} a changé ses clés, l&apos;est.</translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation>Votre prochain paquet informe chaque partenaire que cette clé est révoquée, afin qu&apos;il cesse lui aussi de lui faire confiance.</translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation>Il s&apos;agit du coordinateur&#xa0;: vous ne pouvez pas envoyer de paquets tant que vous n&apos;avez pas enregistré la nouvelle carte du coordinateur.</translation>
    </message>
    <message>
        <source>For example: their laptop was stolen</source>
        <translation>Par exemple&#xa0;: leur ordinateur portable a été volé</translation>
    </message>
    <message>
        <source>Why the key is revoked:</source>
        <translation>Pourquoi la clé est révoquée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Change this office&apos;s keys</source>
        <translation>Changer les clés de ce bureau</translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation>Changer les clés</translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation>De nouvelles clés sont créées pour {office_name}. Changez-les lorsque l&apos;ordinateur portable qui les contient a été perdu ou volé, lorsqu&apos;une personne qui connaissait la phrase secrète est partie, ou une fois par an.</translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation>Ce que cela signifie&#xa0;: désormais, vos paquets sont signés avec la nouvelle clé. Chaque partenaire qui a enregistré votre carte actuelle les refuse jusqu&apos;à ce qu&apos;il enregistre votre nouvelle carte&#xa0;; envoyez donc la nouvelle carte à chacun d&apos;eux (et au coordinateur) et comparez la nouvelle empreinte lors d&apos;un appel. Les anciennes clés sont conservées, retirées&#xa0;: les paquets déjà scellés pour elles s&apos;ouvrent toujours ici.</translation>
    </message>
    <message>
        <source>For example: yearly change, or the laptop was lost</source>
        <translation>Par exemple&#xa0;: changement annuel, ou l&apos;ordinateur portable a été perdu</translation>
    </message>
    <message>
        <source>Why the keys are changed:</source>
        <translation>Pourquoi les clés sont changées&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Phrase secrète des clés du bureau&#xa0;:</translation>
    </message>
    <message>
        <source>The new keys are protected by the same passphrase.</source>
        <translation>Les nouvelles clés sont protégées par la même phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Programme rules (version {version} in force)</source>
        <translation>Règles du programme (version {version} en vigueur)</translation>
    </message>
    <message>
        <source>Money and duration</source>
        <translation>Montants et durée</translation>
    </message>
    <message>
        <source>Countries and thresholds</source>
        <translation>Pays et seuils</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation>également accepté</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation>Montant et durée, plafond</translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation>Montant et durée, réduction de moitié (jours ouvrés)</translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation>Montant et durée, réduction de moitié (km)</translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation>Montant et durée, séjour le plus court</translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation>Montant et durée, séjour le plus long</translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation>Montant et durée, paiement sous</translation>
    </message>
    <message>
        <source>Visitors and evidence</source>
        <translation>Visiteurs et justificatifs</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Questions d&apos;évaluation</translation>
    </message>
    <message>
        <source>Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>Lecture seule&#xa0;: le coordinateur (BPT) gère les règles&#xa0;; elles arrivent dans son paquet.</translation>
    </message>
    <message>
        <source>e.g. 2027 call: new thresholds</source>
        <translation>p. ex. appel 2027&#xa0;: nouveaux seuils</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nouvelle version valable à partir du</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Publier comme nouvelle version</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while this window was open (another window or an imported bundle); the form now shows it.</source>
        <translation>La version {version} des règles du programme est arrivée pendant que cette fenêtre était ouverte (depuis une autre fenêtre ou un paquet importé) ; le formulaire l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while you edited them (another window or an imported bundle). Publishing makes your version the newest; Close keeps theirs.</source>
        <translation>La version {version} des règles du programme est arrivée pendant que vous les modifiiez (depuis une autre fenêtre ou un paquet importé). Publier fait de votre version la plus récente ; Fermer conserve l&apos;autre.</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation> jours après l&apos;échange</translation>
    </message>
    <message>
        <source>Cap per visiting organisation</source>
        <translation>Plafond par organisation visiteuse</translation>
    </message>
    <message>
        <source>Halve the lump sum if the stay is under</source>
        <translation>Diviser le forfait par deux si le séjour est inférieur à</translation>
    </message>
    <message>
        <source>… or the distance is under</source>
        <translation>… ou si la distance est inférieure à</translation>
    </message>
    <message>
        <source>Shortest stay</source>
        <translation>Séjour le plus court</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Séjour le plus long</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>Payer sous</translation>
    </message>
    <message>
        <source>The lump sum is the threshold of the host&apos;s country, halved once, never above the cap. Agreements already issued keep the version they were computed under.</source>
        <translation>Le forfait est le seuil du pays d&apos;accueil, divisé par deux une seule fois, jamais au-dessus du plafond. Les conventions déjà émises gardent la version sous laquelle elles ont été calculées.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Host and visitor must both be in a country that takes part in COSME.</source>
        <translation>L&apos;hôte et le visiteur doivent tous deux être dans un pays participant à COSME.</translation>
    </message>
    <message>
        <source>Threshold of the selected countries:</source>
        <translation>Seuil des pays sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <source>Who may visit (the others may only host)</source>
        <translation>Qui peut être visiteur (les autres peuvent seulement accueillir)</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>May visit</source>
        <translation>Peut effectuer une visite</translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation>Doit être membre</translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation>Doit indiquer son cluster</translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation>{type}&#xa0;: peut effectuer une visite</translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation>{type}&#xa0;: doit être membre</translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation>{type}&#xa0;: doit indiquer son cluster</translation>
    </message>
    <message>
        <source>Evidence for the payment</source>
        <translation>Justificatifs pour le paiement</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
</context>
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
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Modifier le collaborateur</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nouveau collaborateur</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Fin du contrat le</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Employé depuis le</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Heures contractuelles par semaine</translation>
    </message>
    <message>
        <source>Annual productive hours</source>
        <translation>Heures productives annuelles</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Public holidays of region</source>
        <translation>Jours fériés de la région</translation>
    </message>
    <message>
        <source>The name, role and e-mail are kept for the grant&apos;s timesheets (employment contract and EU reporting). “Erase personal data…” removes them on request; the hours stay, as the grant&apos;s accounting records.</source>
        <translation>Le nom, la fonction et l&apos;e-mail sont conservés pour les feuilles de temps de la subvention (contrat de travail et rapports à l&apos;UE). «&#xa0;Effacer les données personnelles…&#xa0;» les supprime sur demande&#xa0;; les heures restent, en tant que pièces comptables de la subvention.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation>{name}, {role}, employé depuis le {date}</translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation>{name}, employé depuis le {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} heures par semaine</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>TimesheetsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personnel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nouveau collaborateur…</translation>
    </message>
    <message>
        <source>No staff yet. Add the people who work on BLUES to fill their timesheets.</source>
        <translation>Aucun collaborateur pour l&apos;instant. Ajoutez les personnes qui travaillent sur BLUES pour remplir leurs feuilles de temps.</translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation>Ajouter un collaborateur dont les heures sont saisies</translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation>Modifier le collaborateur sélectionné</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Année et lots de travail</translation>
    </message>
    <message>
        <source>The hours of {name} for {month} are not saved yet.</source>
        <translation>Les heures de {name} pour {month} ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Ajoutez le personnel du bureau pour remplir leurs feuilles de temps.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation>Personnel du bureau {office}&#xa0;: affiché en lecture seule.</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation>Approuvé le {date} par {name}&#xa0;: verrouillé. Rouvrez-le avec un motif pour le modifier.</translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation>Les heures diffèrent de celles qui ont été approuvées (empreinte du contenu).</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>Rouvert&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation>Approuvées&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation>Approuvées&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation>Non approuvée — {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation>Approuver {month}</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>Approbation de {month}…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation>Effacer le nom, l&apos;e-mail et la fonction de {name} de l&apos;enregistrement et de son historique&#xa0;? Les heures restent en tant que pièces de la subvention, affichées comme «&#xa0;{ERASED}&#xa0;»&#xa0;; les PDF imprimés lors de l&apos;approbation sont supprimés (les heures peuvent être réimprimées). L&apos;effacement est transmis dans les paquets et est irréversible.

À la demande de qui, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation>Le nouveau collaborateur est enregistré et sélectionné dans la liste.</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un effacement nécessite un motif&#xa0;; rien n&apos;a été effacé.</translation>
    </message>
</context>
<context>
    <name>TypicalWeekDialog</name>
    <message>
        <source>Fill from a typical week</source>
        <translation>Remplir depuis une semaine type</translation>
    </message>
    <message>
        <source>Fill empty days</source>
        <translation>Remplir les jours vides</translation>
    </message>
    <message>
        <source>Empty working days of the month get these hours; days with hours, absences, public holidays (which get the public holiday row) and weekends stay as they are.</source>
        <translation>Les jours ouvrés vides du mois reçoivent ces heures&#xa0;; les jours avec des heures, les absences, les jours fériés (qui reçoivent la ligne jour férié) et les week-ends restent inchangés.</translation>
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
    <name>YearPackagesModel</name>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>PM déclarés</translation>
    </message>
    <message>
        <source>Planned PM</source>
        <translation>PM prévus</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% du prévu</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Planned effort…</source>
        <translation>Effort prévu…</translation>
    </message>
    <message>
        <source>Person-months = hours / (annual productive hours / 12). Declared effort counts approved (locked) months only; the plan is set by the coordinator.</source>
        <translation>Personnes-mois = heures / (heures productives annuelles / 12). L&apos;effort déclaré ne compte que les mois approuvés (verrouillés)&#xa0;; le prévisionnel est fixé par le coordinateur.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office per work package&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le bureau par lot de travail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per staff member (hours / person-months)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par collaborateur (heures / personnes-mois)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export timesheets</source>
        <translation>Exporter les feuilles de temps</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>%n ligne écrite dans {path}.</numerusform>
            <numerusform>%n lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>Elles concernent %n collaborateur.</numerusform>
            <numerusform>Elles concernent %n collaborateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
</context>
<context>
    <name>YearStaffModel</name>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>BLUES PM</source>
        <translation>PM BLUES</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>PM déclarés</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Mois approuvés</translation>
    </message>
</context>
<context>
    <name>_CountriesTable</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Takes part in COSME</source>
        <translation>Participe à COSME</translation>
    </message>
    <message>
        <source>Threshold (EUR)</source>
        <translation>Seuil (EUR)</translation>
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
        <translation>Question (notée de 1 à 5)</translation>
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
    <name>app</name>
    <message>
        <source>Start the BLUES Desktop window.</source>
        <translation>Démarrer la fenêtre de BLUES Desktop.</translation>
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
        <translation>correct</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation>La carte du coordinateur ({code}) est enregistrée&#xa0;: vous pouvez envoyer et recevoir des paquets.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation>La carte du coordinateur n&apos;est pas encore enregistrée&#xa0;: enregistrez-la dans Partenaires et clés avant d&apos;envoyer un paquet.</translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation>La carte de chaque partenaire est enregistrée ({trusted}).</translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation>Aucune carte de partenaire n&apos;est encore enregistrée ({missing})&#xa0;: enregistrez-les pour échanger des paquets.</translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation>Cartes enregistrées&#xa0;: {trusted}. Non enregistrées (ou révoquées)&#xa0;: {missing}.</translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation>La carte de bureau sous forme de code QR. Lors d&apos;un appel, votre partenaire la scanne avec un téléphone et compare l&apos;empreinte affichée avec celle de sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(aucune langue)</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(tout le pays)</translation>
    </message>
</context>
<context>
    <name>contact_merge</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.</source>
        <translation>Quel contact fusionner dans {kept}&#xa0;? Ses inscriptions aux événements, ses échanges et son consentement peuvent passer au contact conservé&#xa0;; vous choisissez ensuite chaque champ qui diffère.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Office cards (*.json *.card);;All files (*)</source>
        <translation>Cartes de bureau (*.json *.card);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>edit_dialog</name>
    <message>
        <source>Legal name *</source>
        <translation>Raison sociale *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation>Secteurs (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation>Membre depuis (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation>Membre jusqu&apos;au (AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Le disque est plein, la modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation>Le dossier de données n&apos;est pas accessible en écriture (lecture seule), la modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation>Une erreur inattendue s&apos;est produite dans BLUES Desktop. Vos données sont telles qu&apos;avant cette action. Vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Listes de membres (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>import_tables</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changes: {fields}</source>
        <translation>modifications&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>already in the register</source>
        <translation>déjà dans le registre</translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation>Organisation ou contact</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>contact: {name} ({organisation})</source>
        <translation>contact&#xa0;: {name} ({organisation})</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>contact&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>REFUSED {exc}</source>
        <translation>REFUSÉ {exc}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Journée d&apos;information</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Rencontres B2B</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visite d&apos;étude</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Réunion des partenaires</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation>facture ou billet de transport</translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation>facture d&apos;hébergement</translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation>carte d&apos;embarquement</translation>
    </message>
    <message>
        <source>The exchange met the objectives set in the Commitment to Quality</source>
        <translation>L’échange a atteint les objectifs fixés dans l’Engagement qualité</translation>
    </message>
    <message>
        <source>The host organisation was well prepared and helpful</source>
        <translation>L’organisation d’accueil était bien préparée et serviable</translation>
    </message>
    <message>
        <source>The exchange gave me useful business contacts</source>
        <translation>L’échange m’a apporté des contacts professionnels utiles</translation>
    </message>
    <message>
        <source>I learnt something I will use in my organisation</source>
        <translation>J’ai appris quelque chose que j’utiliserai dans mon organisation</translation>
    </message>
    <message>
        <source>The support of the partnership before and during the stay</source>
        <translation>Le soutien du partenariat avant et pendant le séjour</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation>validé par le partenariat</translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation>apparié (hôte et visiteur ont accepté)</translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation>engagement qualité signé</translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation>accord financier signé</translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation>échange réalisé</translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation>rapport final soumis</translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation>rapport final validé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Autre précision</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation>Centre de recherche ou de technologie</translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation>Organisation d&apos;accompagnement à la croissance</translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation>Organisation de cluster</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Autre organisation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>link between organisations</source>
        <translation>lien entre organisations</translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation>liens entre organisations</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation>étape d&apos;échange</translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation>étapes d&apos;échange</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>rapport final</translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation>rapports finaux</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>fichier stocké</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>fichiers stockés</translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation>règles du programme</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>event day</source>
        <translation>jour d&apos;événement</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>jours d&apos;événement</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>marque de présence</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>marques de présence</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>collaborateur</translation>
    </message>
    <message>
        <source>staff members</source>
        <translation>collaborateurs</translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation>ligne de feuille de temps</translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation>lignes de feuille de temps</translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation>mois de feuille de temps</translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation>mois de feuille de temps</translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation>effort prévu</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>bureaux</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>paquets</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Chiffre de contrôle invalide</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Membre jusqu&apos;au</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation>Profil ECCP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Nom pour la comparaison</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Mots de recherche</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s title: Dr., Prof.</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Finalité du consentement</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>La même organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Organisation visiteuse</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation>Cluster du visiteur</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organisation hôte</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Partenariat du visiteur</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation>Partenariat de l&apos;hôte</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation>Distance saisie</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Buts</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation>Forfait (EUR)</translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation>Version des règles du programme</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numéro d&apos;accord</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation>Accepté par l&apos;hôte le</translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation>Accepté par le visiteur le</translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation>Accord émis le</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>De l&apos;étape</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>À l&apos;étape</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contacts établis</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suites données</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderait</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the name of an event</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Jour d&apos;événement</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Arrivé à</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Employé depuis</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Employé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation>Heures productives par an</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Région des jours fériés</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation>Somme de contrôle des heures</translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation>Somme de contrôle du PDF signé</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Pour le bureau</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Enregistrements fusionnés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Nom complet du contact</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation>Qui peut effectuer une visite</translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation>Pays COSME</translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation>Le Royaume-Uni participe jusqu&apos;au</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Questions d&apos;évaluation</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation>PDF de feuille de temps approuvée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Ce bureau a été configuré</translation>
    </message>
    <message>
        <source>Registered an office card</source>
        <translation>Carte de bureau enregistrée</translation>
    </message>
    <message>
        <source>Replaced an office&apos;s key</source>
        <translation>Clé d’un bureau remplacée</translation>
    </message>
    <message>
        <source>Revoked an office&apos;s key</source>
        <translation>Clé d’un bureau révoquée</translation>
    </message>
    <message>
        <source>Changed this office&apos;s keys</source>
        <translation>Clés de ce bureau changées</translation>
    </message>
    <message>
        <source>Partner registry updated from a bundle</source>
        <translation>Registre des partenaires mis à jour depuis un paquet</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Données de démonstration ajoutées</translation>
    </message>
    <message>
        <source>Imported a bundle</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Exported a bundle</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>Renamed a user</source>
        <translation>Utilisateur renommé</translation>
    </message>
    <message>
        <source>Merged from a bundle</source>
        <translation>Fusionné depuis un paquet</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation>WP1 Renforcement des compétences et élaboration de stratégies</translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation>WP2 Activités communes</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation>WP3 Programme pilote ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation>WP4 Communication et sensibilisation</translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation>WP5 Gestion de projet</translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation>Congés (congés annuels)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Congé maladie</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation>Autres activités hors BLUES</translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation>WP1 Compétences</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation>WP3 ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation>WP4 Communication</translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation>Autre, hors BLUES</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Approuvé (verrouillé)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation>Aucune organisation dans le registre pour l&apos;instant. Ajoutez-en une, ou importez votre liste de membres depuis un tableur.</translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation>Aucune organisation ne correspond à la recherche ou aux filtres.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Exchanges held (toward the target of 50)</source>
        <translation>Échanges réalisés (objectif : 50)</translation>
    </message>
    <message>
        <source>Exchanges under way or done</source>
        <translation>Échanges en cours ou réalisés</translation>
    </message>
    <message>
        <source>Exchanges cancelled or withdrawn</source>
        <translation>Échanges annulés ou retirés</translation>
    </message>
    <message>
        <source>Lump sums paid (EUR)</source>
        <translation>Montants forfaitaires versés (EUR)</translation>
    </message>
    <message>
        <source>Lump sums committed (EUR)</source>
        <translation>Montants forfaitaires engagés (EUR)</translation>
    </message>
    <message>
        <source>Lump sums still planned (EUR)</source>
        <translation>Montants forfaitaires encore prévus (EUR)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Member records</source>
        <translation>Fiches de membres</translation>
    </message>
    <message>
        <source>Member organisations (counted once)</source>
        <translation>Organisations membres (comptées une fois)</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>Nouveaux membres sur la période</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organisations touchées</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Hours declared (approved)</source>
        <translation>Heures déclarées (approuvées)</translation>
    </message>
    <message>
        <source>Hours not yet approved</source>
        <translation>Heures pas encore approuvées</translation>
    </message>
    <message>
        <source>Person-months declared</source>
        <translation>Mois-personnes déclarés</translation>
    </message>
    <message>
        <source>Person-months planned</source>
        <translation>Mois-personnes prévus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>{year}-Q{quarter}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Exchanges held against the target of {target}</source>
        <translation>Échanges réalisés par rapport à l&apos;objectif de {target}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>Reste pour atteindre l&apos;objectif</translation>
    </message>
    <message>
        <source>Exchanges by state on the as-of date</source>
        <translation>Échanges par état à la date de référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Exchanges by month of the stay</source>
        <translation>Échanges par mois du séjour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Exchanges by the partnership that pays the visitor</source>
        <translation>Échanges par partenaire qui rémunère le visiteur</translation>
    </message>
    <message>
        <source>Under way or done</source>
        <translation>En cours ou réalisés</translation>
    </message>
    <message>
        <source>Exchanges by countries (visitor → host)</source>
        <translation>Échanges par pays (visiteur → hôte)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Exchanges by type of visiting organisation</source>
        <translation>Échanges par type d&apos;organisation en visite</translation>
    </message>
    <message>
        <source>Lump sums (EUR)</source>
        <translation>Montants forfaitaires (EUR)</translation>
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
        <translation>Versé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Encore prévu</translation>
    </message>
    <message>
        <source>Member records by partner</source>
        <translation>Fiches de membres par partenaire</translation>
    </message>
    <message>
        <source>Member records by country</source>
        <translation>Fiches de membres par pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Member records by type</source>
        <translation>Fiches de membres par type</translation>
    </message>
    <message>
        <source>New members per quarter</source>
        <translation>Nouveaux membres par trimestre</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <source>Organisations reached (linked ones counted once)</source>
        <translation>Organisations touchées (les liées comptées une fois)</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Events or exchanges</source>
        <translation>Événements ou échanges</translation>
    </message>
    <message>
        <source>Events and participants per work package</source>
        <translation>Événements et participants par lot de travail</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Événements par type</translation>
    </message>
    <message>
        <source>Planned (PM)</source>
        <translation>Prévu (MP)</translation>
    </message>
    <message>
        <source>Declared, approved (PM)</source>
        <translation>Déclaré, approuvé (MP)</translation>
    </message>
    <message>
        <source>Not yet approved (PM)</source>
        <translation>Pas encore approuvé (MP)</translation>
    </message>
    <message>
        <source>Person-months per work package against the plan</source>
        <translation>Mois-personnes par lot de travail par rapport au plan</translation>
    </message>
    <message>
        <source>Person-months per partner against the plan</source>
        <translation>Mois-personnes par partenaire par rapport au plan</translation>
    </message>
    <message>
        <source>Effort per partner and work package</source>
        <translation>Effort par partenaire et lot de travail</translation>
    </message>
    <message>
        <source>Hours declared</source>
        <translation>Heures déclarées</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n des inscriptions choisies appartient à un autre événement&#xa0;; rien n’a été retiré</numerusform>
            <numerusform>%n des inscriptions choisies appartiennent à un autre événement&#xa0;; rien n’a été retiré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>un événement dure au plus %n jour</numerusform>
            <numerusform>un événement dure au plus %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>le jour {day} a des présences enregistrées (%n coche)&#xa0;; effacez-les avant de retirer le jour</numerusform>
            <numerusform>le jour {day} a des présences enregistrées (%n coches)&#xa0;; effacez-les avant de retirer le jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n cellule)</numerusform>
            <numerusform>{what} (%n cellules)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>l’événement doit avoir un titre</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>le titre dépasse 300 caractères</translation>
    </message>
    <message>
        <source>unknown event type {value}; use one of {known}</source>
        <translation>type d’événement inconnu {value}&#xa0;; utilisez l’un de {known}</translation>
    </message>
    <message>
        <source>unknown work package {value}; use one of {known}</source>
        <translation>lot de travail inconnu {value}&#xa0;; utilisez l’un de {known}</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>l’événement se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates ({start} to {end})</source>
        <translation>le jour {day} est en dehors des dates de l’événement (du {start} au {end})</translation>
    </message>
    <message>
        <source>the day {day} is listed twice</source>
        <translation>le jour {day} figure deux fois</translation>
    </message>
    <message>
        <source>on {day} the session ends ({end}) before it starts ({start})</source>
        <translation>le {day}, la séance se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>an online event needs its link</source>
        <translation>un événement en ligne doit avoir son lien</translation>
    </message>
    <message>
        <source>the link {url} does not start with https://</source>
        <translation>le lien {url} ne commence pas par https://</translation>
    </message>
    <message>
        <source>an event on site needs its city</source>
        <translation>un événement sur place doit avoir sa ville</translation>
    </message>
    <message>
        <source>an event on site needs its country</source>
        <translation>un événement sur place doit avoir son pays</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>code de pays inconnu {code}</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>le prénom est vide</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>unknown gender {value}; use one of {known}</source>
        <translation>genre inconnu {value}&#xa0;; utilisez l’un de {known}</translation>
    </message>
    <message>
        <source>unknown organisation type {value}; use one of {known}</source>
        <translation>type d’organisation inconnu {value}&#xa0;; utilisez l’un de {known}</translation>
    </message>
    <message>
        <source>record the GDPR consent (purpose, date and source)</source>
        <translation>enregistrez le consentement RGPD (finalité, date et source)</translation>
    </message>
    <message>
        <source>the consent needs its purpose</source>
        <translation>le consentement doit avoir sa finalité</translation>
    </message>
    <message>
        <source>the consent needs its source (form, e-mail, sheet)</source>
        <translation>le consentement doit avoir sa source (formulaire, e-mail, feuille)</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>{text} n’est pas un mois&#xa0;; écrivez-le AAAA-MM, p. ex. 2026-03</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value} is not a number of hours</source>
        <translation>{value} n’est pas un nombre d’heures</translation>
    </message>
    <message>
        <source>{hours} h is negative; hours are 0 or more</source>
        <translation>{hours} h est négatif&#xa0;; les heures valent 0 ou plus</translation>
    </message>
    <message>
        <source>{hours} h is more than a day has (24 h)</source>
        <translation>{hours} h, c’est plus qu’une journée (24 h)</translation>
    </message>
    <message>
        <source>{hours} h is not in quarter hours (0.25, 0.5, 0.75)</source>
        <translation>{hours} h n’est pas en quarts d’heure (0,25, 0,5, 0,75)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} the holiday calendar knows; known: {known}</source>
        <translation>{region} n’est pas une région de {country} connue du calendrier des jours fériés&#xa0;; connues&#xa0;: {known}</translation>
    </message>
    <message>
        <source>choose the host organisation first</source>
        <translation>choisissez d’abord l’organisation d’accueil</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l’hôte</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>le visiteur</translation>
    </message>
    <message>
        <source>waiting for {sides} to accept the match</source>
        <translation>en attente de l’acceptation du jumelage par&#xa0;: {sides}</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: the closing report is not validated yet</source>
        <translation>règle « Paiement » : le rapport final n’est pas encore validé</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: attach the evidence first ({names})</source>
        <translation>règle « Paiement » : joignez d’abord les justificatifs ({names})</translation>
    </message>
    <message>
        <source>not eligible: {problems}</source>
        <translation>non admissible&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>the Commitment to Quality needs goals, objectives and a day-by-day agenda</source>
        <translation>l’Engagement de qualité demande des buts, des objectifs et un programme jour par jour</translation>
    </message>
    <message>
        <source>the lump sum is not computed yet</source>
        <translation>le forfait n’est pas encore calculé</translation>
    </message>
    <message>
        <source>the stay has no last day yet; mark it held once it is over</source>
        <translation>le séjour n’a pas encore de dernier jour&#xa0;; marquez-le comme réalisé une fois terminé</translation>
    </message>
    <message>
        <source>the stay ends on {end}; mark it held once it is over</source>
        <translation>le séjour se termine le {end}&#xa0;; marquez-le comme réalisé une fois terminé</translation>
    </message>
    <message>
        <source>write the closing report (what was done and the results) first</source>
        <translation>rédigez d’abord le rapport final (ce qui a été fait et les résultats)</translation>
    </message>
    <message>
        <source>the exchange is {state}; nothing more can happen</source>
        <translation>l’échange est à l’état « {state} »&#xa0;; plus rien ne peut se passer</translation>
    </message>
    <message>
        <source>moves go in order: from &apos;{state}&apos; the next step is &apos;{expected}&apos;, not &apos;{target}&apos;</source>
        <translation>les étapes se suivent&#xa0;: après « {state} » vient « {expected} », pas « {target} »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{day}, {row}</source>
        <translation>{day}, {row}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} et {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start}); nothing can be entered</source>
        <translation>{name} n’est pas employé(e) en {month} (employé(e) depuis le {start})&#xa0;; rien ne peut être saisi</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start} to {end}); nothing can be entered</source>
        <translation>{name} n’est pas employé(e) en {month} (employé(e) du {start} au {end})&#xa0;; rien ne peut être saisi</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to open-ended)</source>
        <translation>{cell}&#xa0;: {hours} h en dehors de l’emploi (du {start}, durée indéterminée)</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to {end})</source>
        <translation>{cell}&#xa0;: {hours} h en dehors de l’emploi (du {start} au {end})</translation>
    </message>
    <message>
        <source>{row} is not a timesheet row</source>
        <translation>{row} n’est pas une ligne de la feuille de temps</translation>
    </message>
    <message>
        <source>{day} is not in {month}</source>
        <translation>{day} n’est pas en {month}</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{cell}: {hours} h worked on a day of absence ({absence})</source>
        <translation>{cell}&#xa0;: {hours} h travaillées un jour d’absence ({absence})</translation>
    </message>
    <message>
        <source>{day}: {hours} h worked, more than the maximum of {most} h a day</source>
        <translation>{day}&#xa0;: {hours} h travaillées, plus que le maximum de {most} h par jour</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}) with {hours} h worked; confirm the work was done that day</source>
        <translation>{day} est un jour férié ({holiday}) avec {hours} h travaillées&#xa0;; confirmez que le travail a été fait ce jour-là</translation>
    </message>
    <message>
        <source>{day} is a weekend day with {hours} h worked</source>
        <translation>{day} est un jour de week-end avec {hours} h travaillées</translation>
    </message>
    <message>
        <source>{day} is marked as a public holiday but is none in the calendar</source>
        <translation>{day} est marqué comme jour férié, mais n’en est pas un dans le calendrier</translation>
    </message>
    <message>
        <source>{worked} h worked in {month}, more than the {contracted} h contracted; add a note that explains the extra hours</source>
        <translation>{worked} h travaillées en {month}, plus que les {contracted} h du contrat&#xa0;; ajoutez une note qui explique les heures en plus</translation>
    </message>
    <message>
        <source>{hours} h on BLUES in {month}, more than the month&apos;s productive hours ({monthly} h = {annual} / 12)</source>
        <translation>{hours} h sur BLUES en {month}, plus que les heures productives du mois ({monthly} h = {annual} / 12)</translation>
    </message>
    <message>
        <source>day {day} is not a day of {event}</source>
        <translation>le jour {day} n’est pas un jour de {event}</translation>
    </message>
    <message>
        <source>registration {id} is not in {event}</source>
        <translation>l’inscription {id} n’est pas dans {event}</translation>
    </message>
    <message>
        <source>join time {time} is not HH:MM</source>
        <translation>l’heure de connexion {time} n’est pas au format HH:MM</translation>
    </message>
    <message>
        <source>give at least 6 characters of the event id, not {key}</source>
        <translation>donnez au moins 6 caractères de l’identifiant de l’événement, pas {key}</translation>
    </message>
    <message>
        <source>no event with id {key} (see `blues events list`)</source>
        <translation>aucun événement avec l’identifiant {key} (voir `blues events list`)</translation>
    </message>
    <message>
        <source>more than one event id starts with {key}; give more of it</source>
        <translation>plus d’un identifiant d’événement commence par {key}&#xa0;; donnez-en davantage</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>En ligne&#xa0;: {link}</translation>
    </message>
    <message>
        <source>no person with id {id}</source>
        <translation>aucune personne avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>{name} is already registered for {event} (row {row} of the sheet)</source>
        <translation>{name} est déjà inscrit(e) à {event} (ligne {row} de la feuille)</translation>
    </message>
    <message>
        <source>the same person is picked twice</source>
        <translation>la même personne est choisie deux fois</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>aucune organisation avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>choose who to remove first</source>
        <translation>choisissez d’abord qui retirer</translation>
    </message>
    <message>
        <source>{kinds} have no History view</source>
        <translation>les {kinds} n’ont pas de vue Historique</translation>
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
        <translation>Contact {record}</translation>
    </message>
    <message>
        <source>Exchange {record}</source>
        <translation>Échange {record}</translation>
    </message>
    <message>
        <source>Event {record}</source>
        <translation>Événement {record}</translation>
    </message>
    <message>
        <source>Timesheet month {record}</source>
        <translation>Mois de feuille de temps {record}</translation>
    </message>
    <message>
        <source>Hours entered for {name}</source>
        <translation>Heures saisies pour {name}</translation>
    </message>
    <message>
        <source>Hours changed for {name}</source>
        <translation>Heures modifiées pour {name}</translation>
    </message>
    <message>
        <source>Hours cleared for {name}</source>
        <translation>Heures effacées pour {name}</translation>
    </message>
    <message>
        <source>Hours entered again for {name}</source>
        <translation>Heures saisies à nouveau pour {name}</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} pour {name}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>{office} bundle {number}</source>
        <translation>{office} paquet {number}</translation>
    </message>
    <message>
        <source>{action}: {subject}</source>
        <translation>{action}&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>{kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>Added with an event registration</source>
        <translation>Ajouté avec une inscription à un événement</translation>
    </message>
    <message>
        <source>Added as an event participant</source>
        <translation>Ajouté comme participant à un événement</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Événement supprimé</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Suppression annulée</translation>
    </message>
    <message>
        <source>Reopened: {why}</source>
        <translation>Rouvert&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Merged from {name}</source>
        <translation>Fusionné depuis {name}</translation>
    </message>
    <message>
        <source>Merged into {name}</source>
        <translation>Fusionné dans {name}</translation>
    </message>
    <message>
        <source>Merged from bundle {number} of {office}: {subject}</source>
        <translation>Fusionné depuis le paquet {number} de {office}&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Changed at {office}</source>
        <translation>Modifié chez {office}</translation>
    </message>
    <message>
        <source>an office unknown here</source>
        <translation>un bureau inconnu ici</translation>
    </message>
    <message>
        <source>a person not on this computer</source>
        <translation>une personne absente de cet ordinateur</translation>
    </message>
    <message>
        <source>an organisation not on this computer</source>
        <translation>une organisation absente de cet ordinateur</translation>
    </message>
    <message>
        <source>an exchange not on this computer</source>
        <translation>un échange absent de cet ordinateur</translation>
    </message>
    <message>
        <source>an event not on this computer</source>
        <translation>un événement absent de cet ordinateur</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>a timesheet month not on this computer</source>
        <translation>un mois de feuille de temps absent de cet ordinateur</translation>
    </message>
    <message>
        <source>a registration not on this computer</source>
        <translation>une inscription absente de cet ordinateur</translation>
    </message>
    <message>
        <source>an event day not on this computer</source>
        <translation>un jour d’événement absent de cet ordinateur</translation>
    </message>
    <message>
        <source>an {kind}</source>
        <translation>un enregistrement «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>un(e) {kind}</translation>
    </message>
    <message>
        <source>an unknown {kind}</source>
        <translation>un enregistrement «&#xa0;{kind}&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>of {record}</source>
        <translation>de {record}</translation>
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
        <translation>d’un enregistrement «&#xa0;{kind}&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>of {office} on {work_package}</source>
        <translation>de {office} sur {work_package}</translation>
    </message>
    <message>
        <source>kept by office {office}</source>
        <translation>tenu par le bureau {office}</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the record it belongs to</source>
        <translation>l’enregistrement auquel il appartient</translation>
    </message>
    <message>
        <source>{at} UTC</source>
        <translation>{at} UTC</translation>
    </message>
    <message>
        <source>only the coordinator sets the planned effort; it reaches the partners in the coordinator&apos;s bundle</source>
        <translation>seul le coordinateur fixe l’effort prévu&#xa0;; il parvient aux partenaires dans le paquet du coordinateur</translation>
    </message>
    <message>
        <source>{office} is not a BLUES office</source>
        <translation>{office} n’est pas un bureau BLUES</translation>
    </message>
    <message>
        <source>{wp} is not a work package (WP1–WP5)</source>
        <translation>{wp} n’est pas un lot de travail (WP1–WP5)</translation>
    </message>
    <message>
        <source>{value} person-months is outside 0–600</source>
        <translation>{value} mois-personnes est en dehors de 0–600</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} is approved and locked; reopen it with a reason to change it</source>
        <translation>la feuille de temps de {name} pour {month} est approuvée et verrouillée&#xa0;; rouvrez-la avec un motif pour la modifier</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be submitted: {problems}</source>
        <translation>la feuille de temps de {name} pour {month} ne peut pas être soumise&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be approved: {problems}</source>
        <translation>la feuille de temps de {name} pour {month} ne peut pas être approuvée&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} is already approved</source>
        <translation>{month} de {name} est déjà approuvé</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has no hours to submit</source>
        <translation>{month} de {name} n’a pas d’heures à soumettre</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has not been submitted; the person submits it before the supervisor approves</source>
        <translation>{month} de {name} n’a pas été soumis&#xa0;; la personne le soumet avant que le responsable l’approuve</translation>
    </message>
    <message>
        <source>{name} cannot approve their own timesheet; their supervisor does</source>
        <translation>{name} ne peut pas approuver sa propre feuille de temps&#xa0;; c’est son responsable qui le fait</translation>
    </message>
    <message>
        <source>say why the approved month is reopened</source>
        <translation>indiquez pourquoi le mois approuvé est rouvert</translation>
    </message>
    <message>
        <source>the timesheet for {month} is not approved</source>
        <translation>la feuille de temps pour {month} n’est pas approuvée</translation>
    </message>
    <message>
        <source>not approved: the batch was cancelled</source>
        <translation>non approuvée&#xa0;: le lot a été annulé</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>le prénom est obligatoire</translation>
    </message>
    <message>
        <source>the last name is required</source>
        <translation>le nom est obligatoire</translation>
    </message>
    <message>
        <source>the employment ends ({end}) before it starts ({start})</source>
        <translation>l’emploi se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>{hours} h a week is not a contract (1–60 h)</source>
        <translation>{hours} h par semaine n’est pas un contrat (1–60 h)</translation>
    </message>
    <message>
        <source>weekly hours are entered in quarter hours</source>
        <translation>les heures hebdomadaires se saisissent en quarts d’heure</translation>
    </message>
    <message>
        <source>{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)</source>
        <translation>{hours} heures productives annuelles est en dehors de 100–2 200 (la valeur par défaut de l’UE est 1 720)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} for public holidays (known: {known})</source>
        <translation>{region} n’est pas une région de {country} pour les jours fériés (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>a person cannot supervise themself</source>
        <translation>une personne ne peut pas être son propre responsable</translation>
    </message>
    <message>
        <source>no staff member with id {id}</source>
        <translation>aucun membre du personnel avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>say on whose request and why the data is erased</source>
        <translation>indiquez à la demande de qui et pourquoi les données sont effacées</translation>
    </message>
    <message>
        <source>an erasure needs a reason: say on whose request and why</source>
        <translation>un effacement nécessite un motif&#xa0;: indiquez à la demande de qui et pourquoi</translation>
    </message>
    <message>
        <source>the number&apos;s checksum or check digit is invalid</source>
        <translation>la somme de contrôle ou le chiffre de contrôle du numéro est invalide</translation>
    </message>
    <message>
        <source>the number has an invalid length</source>
        <translation>le numéro a une longueur invalide</translation>
    </message>
    <message>
        <source>the number has an invalid format</source>
        <translation>le numéro a un format invalide</translation>
    </message>
    <message>
        <source>one of the parts of the number are invalid or unknown</source>
        <translation>une des parties du numéro est invalide ou inconnue</translation>
    </message>
    <message>
        <source>the number is not valid</source>
        <translation>le numéro n&apos;est pas valide</translation>
    </message>
    <message>
        <source>check digit fails (VAT number and registration number)</source>
        <translation>clé de contrôle erronée (numéro de TVA et numéro d&apos;immatriculation)</translation>
    </message>
    <message>
        <source>check digit fails (VAT number)</source>
        <translation>clé de contrôle erronée (numéro de TVA)</translation>
    </message>
    <message>
        <source>check digit fails (registration number)</source>
        <translation>clé de contrôle erronée (numéro d&apos;immatriculation)</translation>
    </message>
    <message>
        <source>{number} is not a valid VAT number ({reason})</source>
        <translation>{number} n&apos;est pas un numéro de TVA valide ({reason})</translation>
    </message>
    <message>
        <source>{number} is a VAT number of {prefix}, not of {country}</source>
        <translation>{number} est un numéro de TVA de {prefix}, pas de {country}</translation>
    </message>
    <message>
        <source>{number} is not a valid registration number ({reason})</source>
        <translation>{number} n&apos;est pas un numéro d&apos;immatriculation valide ({reason})</translation>
    </message>
    <message>
        <source>{url} is not a web address</source>
        <translation>{url} n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>the legal name is required</source>
        <translation>la raison sociale est obligatoire</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>le pays est obligatoire</translation>
    </message>
    <message>
        <source>membership cannot end before it starts</source>
        <translation>l&apos;adhésion ne peut pas se terminer avant de commencer</translation>
    </message>
    <message>
        <source>{listed}, {next}</source>
        <translation>{listed}, {next}</translation>
    </message>
    <message>
        <source>choose one of: {types}</source>
        <translation>choisissez l&apos;un de ces types&#xa0;: {types}</translation>
    </message>
    <message>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} n&apos;est pas un code pays ISO 3166</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>un contact doit avoir un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>{language} is not a two-letter language code (e.g. de, cs)</source>
        <translation>{language} n&apos;est pas un code de langue à deux lettres (p. ex. de, cs)</translation>
    </message>
    <message>
        <source>consent cannot be given in the future</source>
        <translation>le consentement ne peut pas être donné dans le futur</translation>
    </message>
    <message>
        <source>say what the consent was given for</source>
        <translation>indiquez pour quoi le consentement a été donné</translation>
    </message>
    <message>
        <source>give the user&apos;s name: it is recorded with every change they make</source>
        <translation>indiquez le nom de l&apos;utilisateur&#xa0;: il est enregistré avec chacune de ses modifications</translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>le nom d&apos;un utilisateur compte au plus&#xa0;%n caractère</numerusform>
            <numerusform>le nom d&apos;un utilisateur compte au plus&#xa0;%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>a user&apos;s name cannot hold control characters</source>
        <translation>le nom d&apos;un utilisateur ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>{name} is already a user on this computer</source>
        <translation>{name} est déjà un utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>only the coordinator ({office}) links organisations across offices</source>
        <translation>seul le coordinateur ({office}) relie les organisations de différents bureaux</translation>
    </message>
    <message>
        <source>{first} and {second} are both registered by {office}; that office merges its own duplicates</source>
        <translation>{first} et {second} sont toutes deux enregistrées par {office}&#xa0;; ce bureau fusionne ses propres doublons</translation>
    </message>
    <message>
        <source>there is no deleted organisation to bring back</source>
        <translation>il n&apos;y a aucune organisation supprimée à rétablir</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… et&#xa0;%n autre problème (voir le rapport des problèmes)</numerusform>
            <numerusform>… et&#xa0;%n autres problèmes (voir le rapport des problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-05-31 or 31.05.2024)</source>
        <translation>{value} n&apos;est pas une date (écrivez-la sous la forme 2024-05-31 ou 31.05.2024)</translation>
    </message>
    <message>
        <source>{value} is not a known organisation type</source>
        <translation>{value} n&apos;est pas un type d&apos;organisation connu</translation>
    </message>
    <message>
        <source>the country is empty</source>
        <translation>le pays est vide</translation>
    </message>
    <message>
        <source>{value} is not a country name or ISO code</source>
        <translation>{value} n&apos;est ni un nom de pays ni un code ISO</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} n&apos;est ni oui ni non</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n ligne mise de côté</numerusform>
            <numerusform>%n lignes mises de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>%n ligne sera importée, {set_aside} ({repeated} répétées et ignorées)</numerusform>
            <numerusform>%n lignes seront importées, {set_aside} ({repeated} répétées et ignorées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>%n ligne sera importée, {set_aside}</numerusform>
            <numerusform>%n lignes seront importées, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>%n ligne lue – organisations&#xa0;: {organisations_new} nouvelles et {organisations_changed} modifiées, contacts&#xa0;: {contacts_new} nouveaux et {contacts_changed} modifiés&#xa0;; {errors}, {warnings}</numerusform>
            <numerusform>%n lignes lues – organisations&#xa0;: {organisations_new} nouvelles et {organisations_changed} modifiées, contacts&#xa0;: {contacts_new} nouveaux et {contacts_changed} modifiés&#xa0;; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>la feuille {sheet} est vide et a été ignorée</translation>
    </message>
    <message>
        <source>sheet {sheet} has no recognisable header and was skipped</source>
        <translation>la feuille {sheet} n&apos;a pas d&apos;en-tête reconnaissable et a été ignorée</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no sheet has a recognisable header (a row naming at least the organisation and one more column, e.g. &apos;Legal name&apos; and &apos;Country&apos;)</source>
        <translation>aucune feuille n&apos;a d&apos;en-tête reconnaissable (une ligne qui nomme au moins l&apos;organisation et une autre colonne, p. ex. «&#xa0;Legal name&#xa0;» et «&#xa0;Country&#xa0;»)</translation>
    </message>
    <message>
        <source>{said}; {note}</source>
        <translation>{said}&#xa0;; {note}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no value (open the file, let it calculate, save it and import it again)</source>
        <translation>la cellule {cell} contient une formule sans valeur (ouvrez le fichier, laissez-le calculer, enregistrez-le et importez-le à nouveau)</translation>
    </message>
    <message>
        <source>the same as row {row}; skipped</source>
        <translation>identique à la ligne {row}&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>this column holds data that will be ignored (no field is chosen for it); choose one in the mapping step if it should be imported</source>
        <translation>cette colonne contient des données qui seront ignorées (aucun champ ne lui est attribué)&#xa0;; choisissez-en un à l&apos;étape d&apos;association si elle doit être importée</translation>
    </message>
    <message>
        <source>no single organisation named {name} in the file or the register</source>
        <translation>aucune organisation unique nommée {name} dans le fichier ou le registre</translation>
    </message>
    <message>
        <source>{name} belongs to office {office}; only that office can change it, so the row was left out</source>
        <translation>{name} appartient au bureau {office}&#xa0;; seul ce bureau peut la modifier, la ligne a donc été laissée de côté</translation>
    </message>
    <message>
        <source>differs from row {row} ({kept}); the value of row {row} is kept</source>
        <translation>diffère de la ligne {row} ({kept})&#xa0;; la valeur de la ligne {row} est conservée</translation>
    </message>
    <message>
        <source>looks like {name} (office {office}, {score}% similar); it will be added as a new organisation — merge them in the register if they are the same</source>
        <translation>ressemble à {name} (bureau {office}, similaire à {score}&#xa0;%)&#xa0;; elle sera ajoutée comme nouvelle organisation — fusionnez-les dans le registre s&apos;il s&apos;agit de la même</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it, remove the password (or save a copy without it) and import that copy</source>
        <translation>le classeur est protégé par un mot de passe&#xa0;; ouvrez-le, retirez le mot de passe (ou enregistrez une copie sans) et importez cette copie</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file</source>
        <translation>choisissez un classeur (.xlsx, .xlsm, .xls, .ods) ou un fichier .csv</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden and was skipped</source>
        <translation>la feuille {sheet} est masquée et a été ignorée</translation>
    </message>
    <message>
        <source>sheet {sheet} is a chart, not a table, and was skipped</source>
        <translation>la feuille {sheet} est un graphique, pas un tableau, et a été ignorée</translation>
    </message>
    <message>
        <source>the workbook cannot be read; it may be damaged or saved by a very old Excel (before Excel 97): open it and save it as .xlsx, then import that</source>
        <translation>le classeur ne peut pas être lu&#xa0;; il est peut-être endommagé ou enregistré par un très ancien Excel (avant Excel 97)&#xa0;: ouvrez-le, enregistrez-le en .xlsx puis importez celui-ci</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read; open it in the program that made it, save it again and import that copy</source>
        <translation>le classeur est endommagé et ne peut pas être lu&#xa0;; ouvrez-le dans le programme qui l&apos;a créé, enregistrez-le à nouveau et importez cette copie</translation>
    </message>
    <message>
        <source>the file is not a readable CSV list ({reason})</source>
        <translation>le fichier n&apos;est pas une liste CSV lisible ({reason})</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>feuille {sheet}, ligne {row}, colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: {problem}</source>
        <translation>feuille {sheet}, ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>le nom de l&apos;organisation est vide</translation>
    </message>
    <message>
        <source>{problem}; imported as typed and flagged &apos;check digit fails&apos;</source>
        <translation>{problem}&#xa0;; importé tel quel et signalé «&#xa0;clé de contrôle erronée&#xa0;»</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>le pays manque</translation>
    </message>
    <message>
        <source>this column holds a name ({name}) but is not read; map it (e.g. to First name) so the contact is saved with the whole name</source>
        <translation>cette colonne contient un nom ({name}) mais n&apos;est pas lue&#xa0;; associez-la (p. ex. à Prénom) pour que le contact soit enregistré avec son nom complet</translation>
    </message>
    <message>
        <source>Likely the same organisation</source>
        <translation>Probablement la même organisation</translation>
    </message>
    <message>
        <source>Possibly the same organisation</source>
        <translation>Peut-être la même organisation</translation>
    </message>
    <message>
        <source>Probably two different organisations</source>
        <translation>Probablement deux organisations différentes</translation>
    </message>
    <message>
        <source>VAT number ({vat})</source>
        <translation>numéro de TVA ({vat})</translation>
    </message>
    <message>
        <source>name, once legal forms, accents and case are ignored</source>
        <translation>nom, sans tenir compte de la forme juridique, des accents et de la casse</translation>
    </message>
    <message>
        <source>name, {score}% alike once legal forms, accents and case are ignored</source>
        <translation>nom, semblable à {score}&#xa0;% sans tenir compte de la forme juridique, des accents et de la casse</translation>
    </message>
    <message>
        <source>name ({score}% alike)</source>
        <translation>nom (semblable à {score}&#xa0;%)</translation>
    </message>
    <message>
        <source>VAT number ({first} and {second})</source>
        <translation>numéro de TVA ({first} et {second})</translation>
    </message>
    <message>
        <source>country ({first} and {second})</source>
        <translation>pays ({first} et {second})</translation>
    </message>
    <message>
        <source>legal form ({first} and {second})</source>
        <translation>forme juridique ({first} et {second})</translation>
    </message>
    <message>
        <source>legal form ({form})</source>
        <translation>forme juridique ({form})</translation>
    </message>
    <message>
        <source>city ({first} and {second})</source>
        <translation>ville ({first} et {second})</translation>
    </message>
    <message>
        <source>city ({city})</source>
        <translation>ville ({city})</translation>
    </message>
    <message>
        <source>type ({first} and {second})</source>
        <translation>type ({first} et {second})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose} ({source})</source>
        <translation>donné le {day} pour {purpose} ({source})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose}</source>
        <translation>donné le {day} pour {purpose}</translation>
    </message>
    <message>
        <source>given on {day} ({source})</source>
        <translation>donné le {day} ({source})</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>donné le {day}</translation>
    </message>
    <message>
        <source>{value} ({flag})</source>
        <translation>{value} ({flag})</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself</source>
        <translation>Une organisation ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>no such field to merge: {fields}</source>
        <translation>aucun champ de ce nom à fusionner&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>both people are staff members with their own timesheets; they cannot be merged</source>
        <translation>les deux personnes sont des salariés avec leurs propres feuilles de temps&#xa0;; elles ne peuvent pas être fusionnées</translation>
    </message>
    <message>
        <source>a person whose data was erased cannot be merged</source>
        <translation>une personne dont les données ont été effacées ne peut pas être fusionnée</translation>
    </message>
    <message>
        <source>give the user&apos;s name (it signs the audit log)</source>
        <translation>indiquez le nom de l&apos;utilisateur (il signe le journal des modifications)</translation>
    </message>
    <message>
        <source>this data folder ({folder}) is already set up for office {office}</source>
        <translation>ce dossier de données ({folder}) est déjà configuré pour le bureau {office}</translation>
    </message>
    <message>
        <source>office {office} has no keys registered yet</source>
        <translation>le bureau {office} n&apos;a encore aucune clé enregistrée</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer (users: {users}); add them with `blues users add &quot;{name}&quot;`</source>
        <translation>{name} n&apos;est pas un utilisateur de cet ordinateur (utilisateurs&#xa0;: {users})&#xa0;; ajoutez-le avec `blues users add &quot;{name}&quot;`</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer</source>
        <translation>{name} n&apos;est pas un utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>{reference} is {state} and has no agreement</source>
        <translation>{reference} est à l’état « {state} » et n’a pas de convention</translation>
    </message>
    <message>
        <source>rule &apos;CtQ before agreement&apos;: the financial agreement of {reference} is printed once the Commitment to Quality is signed (the exchange is {state})</source>
        <translation>règle « Engagement avant convention » : la convention financière de {reference} s’imprime une fois l’Engagement de qualité signé (l’échange est à l’état « {state} »)</translation>
    </message>
    <message>
        <source>{reference} has no lump sum computed</source>
        <translation>{reference} n’a pas de forfait calculé</translation>
    </message>
    <message>
        <source>{reference} needs a host and dates for a certificate</source>
        <translation>{reference} a besoin d’un hôte et de dates pour une attestation</translation>
    </message>
    <message>
        <source>(no city) ({country})</source>
        <translation>(pas de ville) ({country})</translation>
    </message>
    <message>
        <source>the distance cannot be negative ({km} km)</source>
        <translation>la distance ne peut pas être négative ({km} km)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>the gazetteer does not know {places}; type the distance in km</source>
        <translation>le répertoire des lieux ne connaît pas {places}&#xa0;; saisissez la distance en km</translation>
    </message>
    <message>
        <source>rule &apos;visiting organisation type&apos;: {name} is a {type}, which may only host; visitors are a {kinds}</source>
        <translation>règle « Type d’organisation visiteuse » : {name} est de type « {type} » et ne peut qu’accueillir&#xa0;; peuvent visiter&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>rule &apos;visitor is a cluster member&apos;: {name} is a {type} but not a cluster member</source>
        <translation>règle « Le visiteur est membre d’un cluster » : {name} est de type « {type} » mais n’est pas membre d’un cluster</translation>
    </message>
    <message>
        <source>rule &apos;SME names its cluster&apos;: name the cluster {name} is a member of</source>
        <translation>règle « La PME nomme son cluster » : indiquez le cluster dont {name} est membre</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the visitor is in {country}, which does not take part in COSME</source>
        <translation>règle « Pays COSME » : le visiteur est situé dans le pays {country}, qui ne participe pas à COSME</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the host is in {country}, which does not take part in COSME</source>
        <translation>règle « Pays COSME » : l’hôte est situé dans le pays {country}, qui ne participe pas à COSME</translation>
    </message>
    <message>
        <source>rule &apos;different countries&apos;: host and visitor are both in {country}; an exchange crosses a border</source>
        <translation>règle « Pays différents » : l’hôte et le visiteur sont tous deux dans le pays {country}&#xa0;; un échange franchit une frontière</translation>
    </message>
    <message>
        <source>{name} is an SME that is not a cluster member: needs the Agency&apos;s prior approval</source>
        <translation>{name} est une PME qui n’est pas membre d’un cluster&#xa0;: l’accord préalable de l’Agence est nécessaire</translation>
    </message>
    <message>
        <source>rule &apos;dates in order&apos;: the stay ends ({end}) before it starts ({start})</source>
        <translation>règle « Dates dans l’ordre » : le séjour se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>règle « Durée minimale » : du {start} au {end}, il y a %n jour ouvré&#xa0;; le séjour en demande au moins {minimum}</numerusform>
            <numerusform>règle « Durée minimale » : du {start} au {end}, il y a %n jours ouvrés&#xa0;; le séjour en demande au moins {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>règle « Durée maximale » : du {start} au {end}, il y a %n jour ouvré&#xa0;; le séjour dure au plus un mois ({maximum} jours ouvrés)</numerusform>
            <numerusform>règle « Durée maximale » : du {start} au {end}, il y a %n jours ouvrés&#xa0;; le séjour dure au plus un mois ({maximum} jours ouvrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>second visit of {name} (also in {others}) allowed by override: {reason}</source>
        <translation>deuxième visite de {name} (aussi dans {others}) autorisée par dérogation&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>rule &apos;one visit per visiting organisation&apos;: {name} already has exchange {others}; an override needs a reason</source>
        <translation>règle « Une visite par organisation visiteuse » : {name} a déjà l’échange {others}&#xa0;; une dérogation demande un motif</translation>
    </message>
    <message>
        <source>rule &apos;host organisation&apos;: choose the host</source>
        <translation>règle « Organisation d’accueil » : choisissez l’hôte</translation>
    </message>
    <message>
        <source>rule &apos;dates&apos;: give the first and last day of the stay</source>
        <translation>règle « Dates » : indiquez le premier et le dernier jour du séjour</translation>
    </message>
    <message>
        <source>rule &apos;distance&apos;: {problem}</source>
        <translation>règle « Distance » : {problem}</translation>
    </message>
    <message>
        <source>the distance is not known</source>
        <translation>la distance n’est pas connue</translation>
    </message>
    <message>
        <source>rule &apos;threshold per host country&apos;: rules version {version} have no threshold for {country} ({code})</source>
        <translation>règle « Plafond par pays d’accueil » : les règles de la version {version} n’ont pas de plafond pour le pays {country} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>le séjour compte %n jour ouvré (moins de {limit})</numerusform>
            <numerusform>le séjour compte %n jours ouvrés (moins de {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>the distance is {km} km (under {limit} km)</source>
        <translation>la distance est de {km} km (moins de {limit} km)</translation>
    </message>
    <message>
        <source>{raw} is not an amount in euros</source>
        <translation>{raw} n’est pas un montant en euros</translation>
    </message>
    <message>
        <source>the amount must be above 0, got {raw}</source>
        <translation>le montant doit être supérieur à 0, reçu&#xa0;: {raw}</translation>
    </message>
    <message>
        <source>amounts have at most 2 decimal places, got {raw}</source>
        <translation>les montants ont au plus 2 décimales, reçu&#xa0;: {raw}</translation>
    </message>
    <message>
        <source>must be a whole number, got {raw}</source>
        <translation>doit être un nombre entier, reçu&#xa0;: {raw}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {raw}</source>
        <translation>doit être entre {low} et {high}, reçu&#xa0;: {raw}</translation>
    </message>
    <message>
        <source>{code} is not an ISO country code (two capital letters)</source>
        <translation>{code} n’est pas un code pays ISO (deux lettres majuscules)</translation>
    </message>
    <message>
        <source>the maximum ({maximum}) is below the minimum ({minimum})</source>
        <translation>le maximum ({maximum}) est inférieur au minimum ({minimum})</translation>
    </message>
    <message>
        <source>{type} is not an organisation type</source>
        <translation>{type} n’est pas un type d’organisation</translation>
    </message>
    <message>
        <source>at least one organisation type must be allowed to visit</source>
        <translation>au moins un type d’organisation doit pouvoir visiter</translation>
    </message>
    <message>
        <source>the list of COSME countries is empty</source>
        <translation>la liste des pays COSME est vide</translation>
    </message>
    <message>
        <source>no threshold for {country} ({code})</source>
        <translation>aucun plafond pour le pays {country} ({code})</translation>
    </message>
    <message>
        <source>{raw} is not a date (YYYY-MM-DD)</source>
        <translation>{raw} n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>chaque question a besoin d’un identifiant et d’un texte</translation>
    </message>
    <message>
        <source>two questions share the same id</source>
        <translation>deux questions ont le même identifiant</translation>
    </message>
    <message>
        <source>programme rules version {version}: {problems}</source>
        <translation>règles du programme version {version}&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>JSON non valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>the host organisation {id} is not in the register</source>
        <translation>l’organisation d’accueil {id} n’est pas dans le registre</translation>
    </message>
    <message>
        <source>the cluster organisation {id} is not in the register</source>
        <translation>l’organisation de cluster {id} n’est pas dans le registre</translation>
    </message>
    <message>
        <source>the visiting organisation {id} is not in the register</source>
        <translation>l’organisation visiteuse {id} n’est pas dans le registre</translation>
    </message>
    <message>
        <source>no exchange {key} (give a reference like ZIN-X-2026-007 or an id)</source>
        <translation>aucun échange {key} (indiquez une référence comme ZIN-X-2026-007 ou un identifiant)</translation>
    </message>
    <message>
        <source>give the visitor organisation&apos;s name</source>
        <translation>indiquez le nom de l’organisation visiteuse</translation>
    </message>
    <message>
        <source>give the host organisation&apos;s name</source>
        <translation>indiquez le nom de l’organisation d’accueil</translation>
    </message>
    <message>
        <source>{code} is not a country code (e.g. ES, PL)</source>
        <translation>{code} n’est pas un code pays (par ex. ES, PL)</translation>
    </message>
    <message>
        <source>give the travelling person&apos;s first and last name</source>
        <translation>indiquez le prénom et le nom de la personne qui voyage</translation>
    </message>
    <message>
        <source>{code} is not a BLUES partnership ({codes})</source>
        <translation>{code} n’est pas un partenariat BLUES ({codes})</translation>
    </message>
    <message>
        <source>choose the visiting organisation or enter a new one</source>
        <translation>choisissez l’organisation visiteuse ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <source>{reference} is {state}; it can no longer change</source>
        <translation>{reference} est à l’état « {state} »&#xa0;; il ne peut plus changer</translation>
    </message>
    <message>
        <source>{field} cannot be changed here</source>
        <translation>{field} ne peut pas être modifié ici</translation>
    </message>
    <message>
        <source>{field} is fixed once the exchange is {state}</source>
        <translation>{field} est figé dès que l’échange est à l’état « {state} »</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office can change it</source>
        <translation>{reference} appartient au bureau {office}&#xa0;; seul ce bureau peut le modifier</translation>
    </message>
    <message>
        <source>{key} is not one of the evaluation questions</source>
        <translation>{key} n’est pas l’une des questions d’évaluation</translation>
    </message>
    <message>
        <source>scores go from 1 to 5, got {value}</source>
        <translation>les notes vont de 1 à 5, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office records its report</source>
        <translation>{reference} appartient au bureau {office}&#xa0;; seul ce bureau enregistre son rapport</translation>
    </message>
    <message>
        <source>the closing report is written after the exchange is held and until it is validated ({reference} is {state})</source>
        <translation>le rapport final s’écrit une fois l’échange réalisé et jusqu’à sa validation ({reference} est à l’état « {state} »)</translation>
    </message>
    <message>
        <source>{kind}: evidence is one of {kinds}</source>
        <translation>{kind}&#xa0;: un justificatif est l’un de {kinds}</translation>
    </message>
    <message>
        <source>{reference} is {state}</source>
        <translation>{reference} est à l’état « {state} »</translation>
    </message>
    <message>
        <source>programme rules version {version} are not in this database</source>
        <translation>les règles du programme version {version} ne sont pas dans cette base de données</translation>
    </message>
    <message>
        <source>the programme rules are kept by the coordinator ({coordinator}); office {office} receives them in the coordinator&apos;s bundle</source>
        <translation>les règles du programme sont tenues par le coordinateur ({coordinator})&#xa0;; le bureau {office} les reçoit dans le paquet du coordinateur</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office moves it through the workflow</source>
        <translation>{reference} appartient au bureau {office}&#xa0;; seul ce bureau le fait avancer d’étape en étape</translation>
    </message>
    <message>
        <source>the exchange is {state}</source>
        <translation>l’échange est à l’état « {state} »</translation>
    </message>
    <message>
        <source>the lump sum cannot be computed: {problems}</source>
        <translation>le forfait ne peut pas être calculé&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>payé le {on}, après l’échéance du {deadline} (%n jour après l’échange)</numerusform>
            <numerusform>payé le {on}, après l’échéance du {deadline} (%n jours après l’échange)</numerusform>
        </translation>
    </message>
    <message>
        <source>the move is dated {day}, before the previous one ({last})</source>
        <translation>l’étape est datée du {day}, avant la précédente ({last})</translation>
    </message>
    <message>
        <source>{reference} cannot become &apos;{state}&apos;: {blocker}</source>
        <translation>{reference} ne peut pas passer à « {state} »&#xa0;: {blocker}</translation>
    </message>
    <message>
        <source>give a reason why the exchange is {state}</source>
        <translation>indiquez pourquoi l’échange est à l’état « {state} »</translation>
    </message>
    <message>
        <source>{side}: either the host or the visitor accepts</source>
        <translation>{side}&#xa0;: c’est l’hôte ou le visiteur qui accepte</translation>
    </message>
    <message>
        <source>a match is accepted while the exchange is validated and not yet matched ({reference} is {state})</source>
        <translation>un jumelage s’accepte quand l’échange est validé et pas encore jumelé ({reference} est à l’état « {state} »)</translation>
    </message>
    <message>
        <source>choose the host organisation before anyone accepts</source>
        <translation>choisissez l’organisation d’accueil avant que quiconque accepte</translation>
    </message>
    <message>
        <source>not a readable bundle (damaged or truncated: {error})</source>
        <translation>ce n&apos;est pas un paquet lisible (endommagé ou tronqué&#xa0;: {error})</translation>
    </message>
    <message>
        <source>holds {count} members; at most {limit} are allowed</source>
        <translation>contient {count} éléments&#xa0;; {limit} au plus sont autorisés</translation>
    </message>
    <message>
        <source>holds a member with an unsafe name {name}</source>
        <translation>contient un élément au nom dangereux {name}</translation>
    </message>
    <message>
        <source>holds a link or folder {name}; only plain files are allowed</source>
        <translation>contient un lien ou un dossier {name}&#xa0;; seuls les fichiers simples sont autorisés</translation>
    </message>
    <message>
        <source>holds an unexpected member {name}</source>
        <translation>contient un élément inattendu {name}</translation>
    </message>
    <message>
        <source>holds the member {name} twice</source>
        <translation>contient l&apos;élément {name} deux fois</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes; the limit is {limit}</source>
        <translation>l&apos;élément {name} fait {size} octets&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>member {name} expands more than {ratio}x (a zip bomb?)</source>
        <translation>l&apos;élément {name} se décompresse à plus de {ratio} fois sa taille (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes</source>
        <translation>se décompresse en plus de {limit} octets</translation>
    </message>
    <message>
        <source>member {name} is damaged ({error})</source>
        <translation>l&apos;élément {name} est endommagé ({error})</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says</source>
        <translation>l&apos;élément {name} n&apos;a pas la taille indiquée par son en-tête</translation>
    </message>
    <message>
        <source>member {name} is larger than its header says</source>
        <translation>l&apos;élément {name} est plus grand que ne l&apos;indique son en-tête</translation>
    </message>
    <message>
        <source>the coordinator&apos;s office card is not registered yet: register the card the coordinator sent you (Bundles, Partners and keys) before sending</source>
        <translation>la carte de bureau du coordinateur n&apos;est pas encore enregistrée&#xa0;: enregistrez la carte qu&apos;il vous a envoyée (Paquets, Partenaires et clés) avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>cannot write to {folder}: the folder does not exist</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>lecture des enregistrements</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>chiffrement</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>écriture du paquet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({error})</source>
        <translation>le manifeste n&apos;est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <source>the manifest is not a BLUES bundle manifest</source>
        <translation>le manifeste n&apos;est pas celui d&apos;un paquet BLUES</translation>
    </message>
    <message>
        <source>the manifest has no format version</source>
        <translation>le manifeste n&apos;a pas de version de format</translation>
    </message>
    <message>
        <source>written in bundle format {version} by a newer BLUES Desktop; this version reads format {readable} — update BLUES Desktop</source>
        <translation>écrit au format de paquet {version} par un BLUES Desktop plus récent&#xa0;; cette version lit le format {readable} — mettez BLUES Desktop à jour</translation>
    </message>
    <message>
        <source>the manifest lacks a valid {key}</source>
        <translation>il manque au manifeste un {key} valide</translation>
    </message>
    <message>
        <source>the manifest describes table {name} wrongly</source>
        <translation>le manifeste décrit mal la table {name}</translation>
    </message>
    <message>
        <source>the manifest lists its files wrongly</source>
        <translation>le manifeste liste mal ses fichiers</translation>
    </message>
    <message>
        <source>the manifest describes the file {name} wrongly</source>
        <translation>le manifeste décrit mal le fichier {name}</translation>
    </message>
    <message>
        <source>lists {count} files; at most {limit} are allowed</source>
        <translation>liste {count} fichiers&#xa0;; {limit} au plus sont autorisés</translation>
    </message>
    <message>
        <source>verifying {file}</source>
        <translation>vérification de {file}</translation>
    </message>
    <message>
        <source>stopped on an unexpected error; nothing was changed</source>
        <translation>arrêté sur une erreur inattendue&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>{record} {problem}: {action}</source>
        <translation>{record} {problem}&#xa0;: {action}</translation>
    </message>
    <message>
        <source>is in the bundle twice</source>
        <translation>figure deux fois dans le paquet</translation>
    </message>
    <message>
        <source>is kept here by office {owner}, and the bundle gives it to office {incoming}</source>
        <translation>est tenu ici par le bureau {owner}, et le paquet l&apos;attribue au bureau {incoming}</translation>
    </message>
    <message>
        <source>a record never changes office; ask the sending office to check it</source>
        <translation>un enregistrement ne change jamais de bureau&#xa0;; demandez au bureau expéditeur de le vérifier</translation>
    </message>
    <message>
        <source>arrives with revision {revision}, which is already here with other content ({columns})</source>
        <translation>arrive avec la révision {revision}, déjà présente ici avec un autre contenu ({columns})</translation>
    </message>
    <message>
        <source>the two copies differ; ask office {office} to save the record again (a new revision) and send a new bundle</source>
        <translation>les deux copies diffèrent&#xa0;; demandez au bureau {office} d&apos;enregistrer à nouveau l&apos;enregistrement (une nouvelle révision) et d&apos;envoyer un nouveau paquet</translation>
    </message>
    <message>
        <source>has the same {key} as {other} in the same bundle</source>
        <translation>a le même {key} que {other} dans le même paquet</translation>
    </message>
    <message>
        <source>would take the place of {here} (the same {key}), which {referrer} here refers to</source>
        <translation>prendrait la place de {here} (le même {key}), auquel se réfère ici {referrer}</translation>
    </message>
    <message>
        <source>ask office {office} to send a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>demandez au bureau {office} d&apos;envoyer un paquet complet («&#xa0;Tout&#xa0;» ou `bundle export --full`)</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, this office&apos;s own; both cannot exist</source>
        <translation>a le même {key} que {here}, propre à ce bureau&#xa0;; les deux ne peuvent pas exister</translation>
    </message>
    <message>
        <source>office {incoming} and this office must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>le bureau {incoming} et ce bureau doivent convenir de l&apos;enregistrement correct&#xa0;; celui qui est faux est supprimé par son bureau, qui renvoie ensuite son paquet</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, kept by office {owner}; both cannot exist</source>
        <translation>a le même {key} que {here}, tenu par le bureau {owner}&#xa0;; les deux ne peuvent pas exister</translation>
    </message>
    <message>
        <source>office {incoming} and office {owner} must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>les bureaux {incoming} et {owner} doivent convenir de l&apos;enregistrement correct&#xa0;; celui qui est faux est supprimé par son bureau, qui renvoie ensuite son paquet</translation>
    </message>
    <message>
        <source>names office {office}, which is not a BLUES office</source>
        <translation>nomme le bureau {office}, qui n&apos;est pas un bureau BLUES</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here any more</source>
        <translation>renvoie à {record} (son {column}) qui n&apos;est plus ni dans le paquet ni ici</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here</source>
        <translation>renvoie à {record} (son {column}) qui n&apos;est ni dans le paquet ni ici</translation>
    </message>
    <message>
        <source>was created on {created} for {parent} (its {column}), which had been deleted on {deleted}</source>
        <translation>a été créé le {created} pour {parent} (son {column}), qui avait été supprimé le {deleted}</translation>
    </message>
    <message>
        <source>ask office {office} to restore or correct it and send a new bundle</source>
        <translation>demandez au bureau {office} de le restaurer ou de le corriger et d&apos;envoyer un nouveau paquet</translation>
    </message>
    <message>
        <source>it is kept by office {keeper}: import {keeper}&apos;s bundle first (or the coordinator&apos;s), then this one again</source>
        <translation>il est tenu par le bureau {keeper}&#xa0;: importez d&apos;abord le paquet de {keeper} (ou celui du coordinateur), puis celui-ci à nouveau</translation>
    </message>
    <message>
        <source>import the bundles that carry it first (office {sender}&apos;s earlier bundles, or the coordinator&apos;s), or ask office {sender} for a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>importez d&apos;abord les paquets qui le contiennent (les paquets précédents du bureau {sender} ou ceux du coordinateur), ou demandez au bureau {sender} un paquet complet («&#xa0;Tout&#xa0;» ou `bundle export --full`)</translation>
    </message>
    <message>
        <source>the bundle is damaged; ask its office to write it again</source>
        <translation>le paquet est endommagé&#xa0;; demandez à son bureau de l&apos;écrire à nouveau</translation>
    </message>
    <message>
        <source>{count} record(s) cannot be merged: {refusals}</source>
        <translation>Enregistrements impossibles à fusionner ({count})&#xa0;: {refusals}</translation>
    </message>
    <message>
        <source>{count}+ record(s) cannot be merged: {refusals} …</source>
        <translation>Enregistrements impossibles à fusionner ({count}+)&#xa0;: {refusals} …</translation>
    </message>
    <message>
        <source>{record} of the bundle has the same {key} as another {kind} here; both cannot exist: the offices that keep them must agree which is right</source>
        <translation>{record} du paquet a le même {key} qu&apos;un autre enregistrement «&#xa0;{kind}&#xa0;» ici&#xa0;; les deux ne peuvent pas exister&#xa0;: les bureaux qui les tiennent doivent convenir du bon</translation>
    </message>
    <message>
        <source>a record of the bundle refers to one that is neither in the bundle nor here: import the other offices&apos; bundles (or the coordinator&apos;s) first, then this one again</source>
        <translation>un enregistrement du paquet renvoie à un autre qui n&apos;est ni dans le paquet ni ici&#xa0;: importez d&apos;abord les paquets des autres bureaux (ou celui du coordinateur), puis celui-ci à nouveau</translation>
    </message>
    <message>
        <source>a record of the bundle breaks a rule of this database (an empty required value or a value out of range): ask its office to check it and send a new bundle</source>
        <translation>un enregistrement du paquet enfreint une règle de cette base de données (une valeur obligatoire vide ou une valeur hors limites)&#xa0;: demandez à son bureau de le vérifier et d&apos;envoyer un nouveau paquet</translation>
    </message>
    <message>
        <source>{column}: expected a decimal number as text, got {value}</source>
        <translation>{column}&#xa0;: nombre décimal attendu sous forme de texte, reçu {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{column}: {value} has more than 2 decimal places</source>
        <translation>{column}&#xa0;: {value} a plus de 2 décimales</translation>
    </message>
    <message>
        <source>{column}: expected {expected}, got {value}</source>
        <translation>{column}&#xa0;: attendu {expected}, reçu {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not {form}</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas {form}</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>une date et heure</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>une date et heure ISO</translation>
    </message>
    <message>
        <source>{column}: {value} has no time zone</source>
        <translation>{column}&#xa0;: {value} n&apos;a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>une date ISO</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>une heure</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}&#xa0;: true ou false attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, got {value}</source>
        <translation>{column}&#xa0;: nombre entier attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{column}: expected text, got {value}</source>
        <translation>{column}&#xa0;: texte attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{column}: text longer than {length} characters</source>
        <translation>{column}&#xa0;: texte de plus de {length} caractères</translation>
    </message>
    <message>
        <source>{column}: a column of type {kind} cannot travel in bundles</source>
        <translation>{column}&#xa0;: une colonne de type {kind} ne peut pas voyager dans les paquets</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>colonne inconnue {name}</translation>
    </message>
    <message>
        <source>missing column {name}</source>
        <translation>colonne manquante {name}</translation>
    </message>
    <message>
        <source>{column}: must not be empty</source>
        <translation>{column}&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>not a JSON object ({error})</source>
        <translation>ce n&apos;est pas un objet JSON ({error})</translation>
    </message>
    <message>
        <source>signed by office {office}, whose key is not registered here (fingerprint {fingerprint})</source>
        <translation>signé par le bureau {office}, dont la clé n&apos;est pas enregistrée ici (empreinte {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match office {office}&apos;s registered key {fingerprint} (seen: {seen}); the bundle was changed or signed by another key (if the office changed its keys, register its new card: Partners and keys)</source>
        <translation>la signature ne correspond pas à la clé enregistrée {fingerprint} du bureau {office} (vue&#xa0;: {seen})&#xa0;; le paquet a été modifié ou signé avec une autre clé (si le bureau a changé ses clés, enregistrez sa nouvelle carte&#xa0;: Partenaires et clés)</translation>
    </message>
    <message>
        <source>signed with office {office}&apos;s key, revoked on {day}</source>
        <translation>signé avec la clé du bureau {office}, révoquée le {day}</translation>
    </message>
    <message>
        <source>the payload does not match the signed manifest (its hash differs)</source>
        <translation>le contenu ne correspond pas au manifeste signé (son empreinte diffère)</translation>
    </message>
    <message>
        <source>cannot decrypt the payload: it is not addressed to this office</source>
        <translation>impossible de déchiffrer le contenu&#xa0;: il n&apos;est pas adressé à ce bureau</translation>
    </message>
    <message>
        <source>the payload lacks the file {name}</source>
        <translation>il manque au contenu le fichier {name}</translation>
    </message>
    <message>
        <source>the payload lacks the table file {name}</source>
        <translation>il manque au contenu le fichier de table {name}</translation>
    </message>
    <message>
        <source>the table file {name} does not match the manifest (size or hash)</source>
        <translation>le fichier de table {name} ne correspond pas au manifeste (taille ou empreinte)</translation>
    </message>
    <message>
        <source>the table file {name} does not hold the rows the manifest says</source>
        <translation>le fichier de table {name} ne contient pas les lignes qu&apos;indique le manifeste</translation>
    </message>
    <message>
        <source>holds the file {name}…, which no record of the bundle names</source>
        <translation>contient le fichier {name}…, qu&apos;aucun enregistrement du paquet ne nomme</translation>
    </message>
    <message>
        <source>the file {name}… does not match its name (size or hash)</source>
        <translation>le fichier {name}… ne correspond pas à son nom (taille ou empreinte)</translation>
    </message>
    <message>
        <source>the file {name}… is not a PDF or an image</source>
        <translation>le fichier {name}… n&apos;est ni un PDF ni une image</translation>
    </message>
    <message>
        <source>{moment}</source>
        <translation>{moment}</translation>
    </message>
    <message>
        <source>calls itself bundle {sequence} of {office}; bundles are numbered from 1</source>
        <translation>se présente comme le paquet {sequence} de {office}&#xa0;; les paquets sont numérotés à partir de 1</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>aucun paquet</translation>
    </message>
    <message>
        <source>bundle {sequence}</source>
        <translation>le paquet {sequence}</translation>
    </message>
    <message>
        <source>follows none</source>
        <translation>ne suit aucun paquet</translation>
    </message>
    <message>
        <source>must follow bundle {sequence}</source>
        <translation>doit suivre le paquet {sequence}</translation>
    </message>
    <message>
        <source>is bundle {sequence} of {office} but says it follows {follows}; bundle {sequence} {should} — ask office {office} to write a new bundle</source>
        <translation>est le paquet {sequence} de {office} mais indique comme précédent&#xa0;: {follows}&#xa0;; le paquet {sequence} {should} — demandez au bureau {office} d&apos;écrire un nouveau paquet</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} was already imported with other content; ask office {office} which file is right</source>
        <translation>le paquet {sequence} de {office} a déjà été importé avec un autre contenu&#xa0;; demandez au bureau {office} quel fichier est le bon</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} is older than bundle {highest}, already imported here; its changes came with the later bundle, so there is nothing to import</source>
        <translation>le paquet {sequence} de {office} est plus ancien que le paquet {highest}, déjà importé ici&#xa0;; ses modifications sont arrivées avec le paquet suivant, il n&apos;y a donc rien à importer</translation>
    </message>
    <message>
        <source>does not continue bundle {sequence} of {office} as it was imported here; ask office {office} which bundle is right</source>
        <translation>ne prolonge pas le paquet {sequence} de {office} tel qu&apos;il a été importé ici&#xa0;; demandez au bureau {office} quel paquet est le bon</translation>
    </message>
    <message>
        <source>bundle {shown} of {office} has not been imported (a gap); later ones hold their changes</source>
        <translation>le paquet {shown} de {office} n&apos;a pas été importé (une lacune)&#xa0;; les suivants contiennent ses modifications</translation>
    </message>
    <message>
        <source>bundles {shown} of {office} have not been imported (a gap); later ones hold their changes</source>
        <translation>les paquets {shown} de {office} n&apos;ont pas été importés (une lacune)&#xa0;; les suivants contiennent leurs modifications</translation>
    </message>
    <message>
        <source>only the coordinator may send the partner registry</source>
        <translation>seul le coordinateur peut envoyer le registre des partenaires</translation>
    </message>
    <message>
        <source>holds an unknown table {name}</source>
        <translation>contient une table inconnue {name}</translation>
    </message>
    <message>
        <source>{record} (line {line}): {problem}</source>
        <translation>{record} (ligne {line})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{record} (line {line}): belongs to office {owner}; {signer} may only send its own records</source>
        <translation>{record} (ligne {line})&#xa0;: appartient au bureau {owner}&#xa0;; {signer} ne peut envoyer que ses propres enregistrements</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons}</source>
        <translation>Lignes refusées ({count})&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons} …</source>
        <translation>Lignes refusées ({count})&#xa0;: {reasons} …</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>lacks {name}</source>
        <translation>il manque {name}</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved to {where}</source>
        <translation>le disque est plein&#xa0;; rien n&apos;a été enregistré dans {where}</translation>
    </message>
    <message>
        <source>cannot write to {where}: the database is on a read-only medium</source>
        <translation>impossible d&apos;écrire dans {where}&#xa0;: la base de données est sur un support en lecture seule</translation>
    </message>
    <message>
        <source>{where} is busy in another program; nothing was saved, try again</source>
        <translation>{where} est occupé par un autre programme&#xa0;; rien n&apos;a été enregistré, réessayez</translation>
    </message>
    <message>
        <source>the database refused the change ({error}); nothing was saved</source>
        <translation>la base de données a refusé la modification ({error})&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>this data folder was given when the app started (--data-dir or BLUES_DATA_DIR); move it by hand and give the new place the same way</source>
        <translation>ce dossier de données a été indiqué au démarrage de l&apos;application (--data-dir ou BLUES_DATA_DIR)&#xa0;; déplacez-le à la main et indiquez le nouvel emplacement de la même façon</translation>
    </message>
    <message>
        <source>Say why the keys are changed (it is kept in the history), for example “the laptop was lost” or “yearly change”.</source>
        <translation>Indiquez pourquoi les clés changent (c&apos;est conservé dans l&apos;historique), par exemple «&#xa0;ordinateur portable perdu&#xa0;» ou «&#xa0;changement annuel&#xa0;».</translation>
    </message>
    <message>
        <source>office {office} is not set up here</source>
        <translation>le bureau {office} n&apos;est pas configuré ici</translation>
    </message>
    <message>
        <source>the office card</source>
        <translation>la carte de bureau</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card: it is not a card&apos;s text (line {line}: {error}). Ask the office for the file its window saved.</source>
        <translation>{source} n&apos;est pas une carte de bureau BLUES&#xa0;: ce n&apos;est pas le texte d&apos;une carte (ligne {line}&#xa0;: {error}). Demandez au bureau le fichier enregistré par sa fenêtre.</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card. Ask the office for the file its window saved (Partners and keys, Save my card).</source>
        <translation>{source} n&apos;est pas une carte de bureau BLUES. Demandez au bureau le fichier enregistré par sa fenêtre (Partenaires et clés, Enregistrer ma carte).</translation>
    </message>
    <message>
        <source>{source} is not a whole office card (a part of it is missing). Ask the office to save its card again.</source>
        <translation>{source} n&apos;est pas une carte de bureau complète (il en manque une partie). Demandez au bureau d&apos;enregistrer à nouveau sa carte.</translation>
    </message>
    <message>
        <source>{source} holds a damaged key (it was changed after it was saved); ask the office to save its card again</source>
        <translation>{source} contient une clé endommagée (elle a été modifiée après l&apos;enregistrement)&#xa0;; demandez au bureau d&apos;enregistrer à nouveau sa carte</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its key id does not match its key. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} a été modifié après l&apos;enregistrement&#xa0;: son identifiant de clé ne correspond pas à sa clé. Ne lui faites pas confiance&#xa0;; demandez au bureau d&apos;enregistrer à nouveau sa carte.</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its fingerprint does not match its keys. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} a été modifié après l&apos;enregistrement&#xa0;: son empreinte ne correspond pas à ses clés. Ne lui faites pas confiance&#xa0;; demandez au bureau d&apos;enregistrer à nouveau sa carte.</translation>
    </message>
    <message>
        <source>keys already exist in {folder}; they are never overwritten</source>
        <translation>des clés existent déjà dans {folder}&#xa0;; elles ne sont jamais écrasées</translation>
    </message>
    <message>
        <source>cannot read the public key {path}: {error}</source>
        <translation>impossible de lire la clé publique {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign public key file</source>
        <translation>{path} n&apos;est pas un fichier de clé publique minisign</translation>
    </message>
    <message>
        <source>cannot read the office keys in {folder}: {error}</source>
        <translation>impossible de lire les clés du bureau dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign secret key: {error}</source>
        <translation>{path} n&apos;est pas une clé secrète minisign&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the office key is protected by a passphrase; give it</source>
        <translation>la clé du bureau est protégée par une phrase secrète&#xa0;; saisissez-la</translation>
    </message>
    <message>
        <source>the passphrase does not open the office keys</source>
        <translation>la phrase secrète n&apos;ouvre pas les clés du bureau</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} ne contient aucune identité age</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); a backup of it would be damaged too; restore one with `blues backup restore`</source>
        <translation>la base de données {path} est endommagée ({problem})&#xa0;; sa sauvegarde le serait aussi&#xa0;; restaurez-en une avec `blues backup restore`</translation>
    </message>
    <message>
        <source>there is no backup {name} in {folder}; `blues backup list` shows them</source>
        <translation>il n&apos;y a pas de sauvegarde {name} dans {folder}&#xa0;; `blues backup list` les affiche</translation>
    </message>
    <message>
        <source>BLUES Desktop is open on {folder}; close it before restoring a backup</source>
        <translation>BLUES Desktop est ouvert sur {folder}&#xa0;; fermez-le avant de restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem}); pick another</source>
        <translation>la sauvegarde {file} est endommagée elle aussi ({problem})&#xa0;; choisissez-en une autre</translation>
    </message>
    <message>
        <source>the copy of {file} did not pass the check; try again</source>
        <translation>la copie de {file} n&apos;a pas passé la vérification&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>revoked {day}</source>
        <translation>révoquée le {day}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>pas encore de clé</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is far too large for one)</source>
        <translation>{file} n&apos;est pas une carte de bureau BLUES (le fichier est bien trop grand pour cela)</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is not text)</source>
        <translation>{file} n&apos;est pas une carte de bureau BLUES (ce n&apos;est pas du texte)</translation>
    </message>
    <message>
        <source>cannot read the office card {file}: {error}</source>
        <translation>impossible de lire la carte de bureau {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This is the card of your own office ({office}). Send it to your partners; register the cards they send you.</source>
        <translation>C&apos;est la carte de votre propre bureau ({office}). Envoyez-la à vos partenaires&#xa0;; enregistrez les cartes qu&apos;ils vous envoient.</translation>
    </message>
    <message>
        <source>The card names the office {office}, which is not one of the BLUES offices.</source>
        <translation>La carte nomme le bureau {office}, qui n&apos;est pas l&apos;un des bureaux BLUES.</translation>
    </message>
    <message>
        <source>This key of {office} was revoked on {day}; a revoked key is never trusted again. Ask them to change their keys and send the new card.</source>
        <translation>Cette clé de {office} a été révoquée le {day}&#xa0;; une clé révoquée n&apos;est plus jamais reconnue. Demandez-leur de changer leurs clés et d&apos;envoyer la nouvelle carte.</translation>
    </message>
    <message>
        <source>{office} already has another key registered (fingerprint {fingerprint}). Replacing it is a key rotation: confirm it, with a reason, only after comparing the new fingerprint with them.</source>
        <translation>{office} a déjà une autre clé enregistrée (empreinte {fingerprint}). La remplacer est un changement de clé&#xa0;: confirmez-le, avec un motif, seulement après avoir comparé la nouvelle empreinte avec eux.</translation>
    </message>
    <message>
        <source>Say why the key is replaced (it is kept in the history).</source>
        <translation>Indiquez pourquoi la clé est remplacée (c&apos;est conservé dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Say why the key is revoked (it is kept in the history).</source>
        <translation>Indiquez pourquoi la clé est révoquée (c&apos;est conservé dans l&apos;historique).</translation>
    </message>
    <message>
        <source>This office&apos;s own key cannot be revoked; change this office&apos;s keys instead.</source>
        <translation>La clé propre à ce bureau ne peut pas être révoquée&#xa0;; changez plutôt les clés de ce bureau.</translation>
    </message>
    <message>
        <source>Office {office} has no registered key to revoke.</source>
        <translation>Le bureau {office} n&apos;a aucune clé enregistrée à révoquer.</translation>
    </message>
    <message>
        <source>The key of {office} was revoked already, on {day}.</source>
        <translation>La clé de {office} a déjà été révoquée, le {day}.</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly before it finished; nothing was changed</source>
        <translation>le travail s&apos;est arrêté de façon inattendue avant la fin&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the disk is full; could not write {path}</source>
        <translation>le disque est plein&#xa0;; impossible d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>cannot write to {path}: the location is read-only or not permitted</source>
        <translation>impossible d&apos;écrire dans {path}&#xa0;: l&apos;emplacement est en lecture seule ou non autorisé</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder does not exist</source>
        <translation>impossible d&apos;écrire dans {path}&#xa0;: le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write to {path}: {error}</source>
        <translation>impossible d&apos;écrire dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>il n&apos;y a pas de base de données à sauvegarder dans {path}</translation>
    </message>
    <message>
        <source>could not copy the database {path}: {error}</source>
        <translation>impossible de copier la base de données {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore a backup with `blues backup restore` or start the app to choose one</source>
        <translation>la base de données {path} est endommagée ({problem})&#xa0;; restaurez une sauvegarde avec `blues backup restore` ou démarrez l&apos;application pour en choisir une</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {error}</source>
        <translation>impossible d&apos;ouvrir la base de données {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {error}</source>
        <translation>impossible de vérifier la base de données {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>impossible de la lire&#xa0;: {error}</translation>
    </message>
    <message>
        <source>that is where the data folder is already</source>
        <translation>le dossier de données s&apos;y trouve déjà</translation>
    </message>
    <message>
        <source>the new place cannot be inside the current data folder</source>
        <translation>le nouvel emplacement ne peut pas être dans le dossier de données actuel</translation>
    </message>
    <message>
        <source>the new place cannot hold the current data folder</source>
        <translation>le nouvel emplacement ne peut pas contenir le dossier de données actuel</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder; choose a new or an empty folder</source>
        <translation>{folder} n&apos;est pas un dossier vide&#xa0;; choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the data folder was not moved: {problem}</source>
        <translation>le dossier de données n&apos;a pas été déplacé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the data folder was not moved: the copied database failed its check ({problems})</source>
        <translation>le dossier de données n&apos;a pas été déplacé&#xa0;: la base de données copiée n&apos;a pas passé la vérification ({problems})</translation>
    </message>
    <message>
        <source>the data folder was not moved: {file} did not copy whole</source>
        <translation>le dossier de données n&apos;a pas été déplacé&#xa0;: {file} n&apos;a pas été copié en entier</translation>
    </message>
    <message>
        <source>cannot write to {path}: it is a file, not a folder</source>
        <translation>impossible d’écrire dans {path} : c’est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; coordinator, {work_package} leader)</source>
        <translation>{code} — {name} ({country} ; coordinateur, responsable du {work_package})</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; {work_package} leader)</source>
        <translation>{code} — {name} ({country} ; responsable du {work_package})</translation>
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
        <translation>Annuler</translation>
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
    <name>recovery_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{organisations} organisations written by a process of its own</source>
        <translation>{organisations} organisations écrites par un processus distinct</translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation>Messages {code} de Qt</translation>
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
<context>
    <name>shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation>Créer un nouvel enregistrement sur la page affichée&#xa0;: une organisation, un échange, un événement ou un collaborateur.</translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation>Il n&apos;y a rien à créer sur cette page.</translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation>Modifier l&apos;enregistrement sélectionné.</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Sélectionnez d&apos;abord un enregistrement à modifier.</translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation>Supprimer l&apos;enregistrement sélectionné, comme le fait le bouton Supprimer de la page.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Sélectionnez d&apos;abord un enregistrement à supprimer.</translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation>Placer le curseur dans le champ de recherche de la page.</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Cette page n&apos;a pas de champ de recherche.</translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation>Relire les données de la page.</translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation>Prévisualiser et imprimer le document de la page (la feuille d&apos;émargement, la feuille de temps du mois).</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>Il n&apos;y a rien à imprimer sur cette page.</translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation>Ouvrir les paramètres.</translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation>Quitter l&apos;application.</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation>Afficher cette liste de raccourcis clavier.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Zoom avant.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Zoom arrière.</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation>Ajuster la page à la largeur de la fenêtre.</translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation>Imprimer le document.</translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation>Enregistrer le document en fichier PDF.</translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation>Afficher la page Membres.</translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation>Afficher la page Échanges.</translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation>Afficher la page Événements.</translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation>Afficher la page Feuilles de temps.</translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation>Afficher la page Paquets.</translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation>Afficher la page Rapports.</translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation>Afficher la page «&#xa0;{page}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cannot use the data folder {root}: {strerror}</source>
        <translation>Impossible d&apos;utiliser le dossier de données {root}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>BLUES Desktop is already open on the data folder
{root}

Switch to that window, or close it first.</source>
        <translation>BLUES Desktop est déjà ouvert sur le dossier de données
{root}

Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
</context>
</TS>
