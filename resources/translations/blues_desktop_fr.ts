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
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Soumettre d&apos;abord les brouillons au nom de la personne</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month_label} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Chaque feuille de temps cochée pour {month_label} est approuvée et verrouillée si elle passe les contrôles&#xa0;; les autres sont listées avec le motif et restent inchangées.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paquets&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to {target}</source>
        <translation>Envoyer à {target}</translation>
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
        <source>Wrote {name} ({values:,} records) to {parent}</source>
        <translation>{name} ({values:,} enregistrements) écrit dans {parent}</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
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
        <source>

Import {good} bundle(s)?</source>
        <translation>

Importer {good} paquet(s)&#xa0;?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importation des paquets</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Vérification des paquets</translation>
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
        <source>two letters, e.g. es</source>
        <translation>deux lettres, p. ex. fr</translation>
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
        <source>Consent for</source>
        <translation>Consentement pour</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Consentement recueilli via</translation>
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
        <source>{count} possible duplicate{value} to decide</source>
        <translation>{count} doublon{value} à examiner</translation>
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
        <source>{day:%a %d %b}</source>
        <translation>{day:%a %d %b}</translation>
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
    <message>
        <source>This organisation looks like {count} already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>Cette organisation ressemble à {count} organisations déjà enregistrées. Choisissez-en une pour la comparer&#xa0;; une forme juridique ou une ville différente signale souvent deux organisations.</translation>
    </message>
    <message>
        <source>{legal_name} ({office_id}): {label}</source>
        <translation>{legal_name} ({office_id})&#xa0;: {label}</translation>
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
        <source>ES, PL, FR … (ISO code)</source>
        <translation>FR, ES, PL … (code ISO)</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Public (annoncé sur les canaux BLUES)</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Jours (vide&#xa0;: toutes les dates)</translation>
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
        <source>WP</source>
        <translation>WP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
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
        <source>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · {participants} registered</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;{work_package} · {place} · {days} · {participants} inscrits</translation>
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
        <source>Present — {parts}</source>
        <translation>Présents — {parts}</translation>
    </message>
    <message>
        <source> · {pending} unsaved changes</source>
        <translation> · {pending} modifications non enregistrées</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un événement pour voir ses chiffres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Figures of “{title}”&lt;/h4&gt;&lt;p&gt;{registered} registered, {participants} took part ({unique_participants} persons from {unique_organisations} organisations).&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Chiffres de «&#xa0;{title}&#xa0;»&lt;/h4&gt;&lt;p&gt;{registered} inscrits, {participants} ont participé ({unique_participants} personnes de {unique_organisations} organisations).&lt;/p&gt;</translation>
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
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Choisissez le seul participant dont les données doivent être effacées.</translation>
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
        <source>Preparing the {what}…</source>
        <translation>Préparation&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
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
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants ({details}).</source>
        <translation>{events} événements et {participants} participants écrits ({details}).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
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
        <source>{total:,} exchange{value}</source>
        <translation>{total:,} échange{value}</translation>
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
        <source>What is it?</source>
        <translation>De quoi s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fichier justificatif</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Écriture du registre</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Règles du programme</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Version {version} publiée.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>Warn after</source>
        <translation>Avertir après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Older than {max_days} days or missing: figures of this office may be out of date</source>
        <translation>Plus ancien que {max_days} jours ou manquant&#xa0;: les chiffres de ce bureau ne sont peut-être pas à jour</translation>
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
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — </translation>
    </message>
    <message>
        <source>{count} change{value}</source>
        <translation>{count} modification{value}</translation>
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
        <source>Rows to import ({rows_to_import:,})</source>
        <translation>Lignes à importer ({rows_to_import:,})</translation>
    </message>
    <message>
        <source>Rows set aside ({aside:,})</source>
        <translation>Lignes écartées ({aside:,})</translation>
    </message>
    <message>
        <source>Warnings and notes ({notes:,})</source>
        <translation>Avertissements et remarques ({notes:,})</translation>
    </message>
    <message>
        <source>Import {rows_to_import:,} rows</source>
        <translation>Importer {rows_to_import:,} lignes</translation>
    </message>
    <message>
        <source>{name}: {summary}.
{verdict}</source>
        <translation>{name}&#xa0;: {summary}.
{verdict}</translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Ces colonnes contiennent des données qui seront ignorées&#xa0;: {columns}. Choisissez un champ pour chacune sous Correspondance des colonnes… si elle doit être importée.</translation>
    </message>
    <message>
        <source>{index}</source>
        <translation>{index}</translation>
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
        <source>Problem report written to {name}.</source>
        <translation>Rapport d&apos;anomalies écrit dans {name}.</translation>
    </message>
    <message>
        <source>The {set_aside:,} rows set aside are in {written}: correct the cells named in its Problem column, then import that file.</source>
        <translation>Les {set_aside:,} lignes écartées sont dans {written}&#xa0;: corrigez les cellules indiquées dans sa colonne Problème, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Imported {organisations_created:,} new and {organisations_changed:,} changed organisations, {contacts_created:,} new and {contacts_changed:,} changed contacts.</source>
        <translation>Importé&#xa0;: {organisations_created:,} organisations nouvelles et {organisations_changed:,} modifiées, {contacts_created:,} contacts nouveaux et {contacts_changed:,} modifiés.</translation>
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
        <translation>Ouverture de {title}…</translation>
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
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
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
        <source>Office: {code} {name} ({role}) · {user_name}</source>
        <translation>Bureau&#xa0;: {code} {name} ({role}) · {user_name}</translation>
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
        <source>{total:,} organisations</source>
        <translation>{total:,} organisations</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Géré par le bureau {office_id}&#xa0;: affiché en lecture seule. Seul {office_id} peut le modifier&#xa0;; ses modifications arrivent dans le paquet du coordinateur.</translation>
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
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
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
        <source>Merge two {what}</source>
        <translation>Fusionner deux {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other_title}&lt;/b&gt; is merged into &lt;b&gt;{kept_title}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other_title}&lt;/b&gt; est fusionné dans &lt;b&gt;{kept_title}&lt;/b&gt;&#xa0;: il est supprimé et renvoie vers la fiche conservée. Choisissez, pour chaque champ où ils diffèrent, la valeur à garder.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The merge moves {moves} to the kept record.</source>
        <translation>&lt;br&gt;La fusion transfère {moves} vers la fiche conservée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Les deux fiches ont les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
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
        <source>Worked {worked_hours:.2f} h of {contracted_hours:.2f} h contracted · BLUES {blues:.2f} h = {pm:.2f} person-months · other {value:.2f} h</source>
        <translation>Travaillé {worked_hours:.2f} h sur {contracted_hours:.2f} h au contrat · BLUES {blues:.2f} h = {pm:.2f} personnes-mois · autres {value:.2f} h</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · modifications non enregistrées</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Aucun problème&#xa0;: le mois passe tous les contrôles.</translation>
    </message>
    <message>
        <source>The week before {day:%d %b} has the same hours already.</source>
        <translation>La semaine avant le {day:%d %b} a déjà les mêmes heures.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>Plus aucun jour ouvré vide à remplir ce mois-ci.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Une réouverture nécessite un motif&#xa0;; le mois reste approuvé.</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Préparation de la feuille de temps…</translation>
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
        <source>ISO code, e.g. CZ</source>
        <translation>Code ISO, p. ex. FR</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>ES</source>
        <translation>FR</translation>
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
        <source>&lt;b&gt;{name} ({office})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} ({office})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Enregistrer ma carte de bureau</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Création des nouvelles clés</translation>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
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
        <source>{total:,} persons match</source>
        <translation>{total:,} personnes correspondent</translation>
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
        <source>{value:.2f}</source>
        <translation>{value:.2f}</translation>
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
        <source>Restored from the backup of {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>Restauré à partir de la sauvegarde du {astimezone:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
        <source> The damaged file is kept as {name}.</source>
        <translation> Le fichier endommagé est conservé sous le nom {name}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Rapport final — {reference}</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>recommanderait un échange ClusterXchange</translation>
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
        <source>&lt;b&gt;{label}&lt;/b&gt; (figures from {start:%d %b %Y} to {end:%d %b %Y}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{once:,}&lt;/b&gt; (counted once); organisations reached {reached:,}; events {events}, participants {participants:,}; person-months declared {value:,.2f} of {value_2:,.2f} planned; paid EUR {paid:,.2f}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (chiffres du {start:%d %b %Y} au {end:%d %b %Y})&#xa0;: échanges réalisés &lt;b&gt;{held} sur {target}&lt;/b&gt;, en cours ou terminés {live}&#xa0;; membres &lt;b&gt;{once:,}&lt;/b&gt; (comptés une fois)&#xa0;; organisations touchées {reached:,}&#xa0;; événements {events}, participants {participants:,}&#xa0;; personnes-mois déclarées {value:,.2f} sur {value_2:,.2f} prévues&#xa0;; payé {paid:,.2f} EUR</translation>
    </message>
    <message>
        <source>Export the report pack {what}</source>
        <translation>Exporter le dossier de rapport ({what})</translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation>Dossier de rapport</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>{name} enregistré dans {parent}.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Écriture du dossier de rapport…</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
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
        <source>Visitors and evidence</source>
        <translation>Visiteurs et justificatifs</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Questions d&apos;évaluation</translation>
    </message>
    <message>
        <source>
Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>
Lecture seule&#xa0;: le coordinateur (BPT) gère les règles&#xa0;; elles arrivent dans son paquet.</translation>
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
        <source> EUR</source>
        <translation> EUR</translation>
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
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}&#xa0;: {what}</translation>
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
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
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
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>h/week</source>
        <translation>h/sem.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Année et lots de travail</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Ajoutez le personnel du bureau pour remplir leurs feuilles de temps.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {label} · {label_2}</translation>
    </message>
    <message>
        <source>Approve {label}</source>
        <translation>Approuver {label}</translation>
    </message>
    <message>
        <source>Approving {label}…</source>
        <translation>Approbation de {label}…</translation>
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
        <source>{normalize:f}</source>
        <translation>{normalize:f}</translation>
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
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Wrote {rows} rows for {staff} staff members to {path}.</source>
        <translation>{rows} lignes pour {staff} collaborateurs écrites dans {path}.</translation>
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
        <translation>Question (notée de 1 à 5)</translation>
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
        <translation>L&apos;outil hors ligne du partenariat BLUES — {project}&#xa0;: BalticNet-PlasmaTec (coordinateur), Nanoprogress, Mazovia ICT Cluster, ZINNAE et Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
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
    <name>dialog_buttons</name>
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
    <name>operations</name>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
