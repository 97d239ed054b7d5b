<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of the note</source>
        <translation>Pièces jointes de la note</translation>
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
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>This note has no attachments. Paste or drop an image or a file into its text, or use Note ▸ Attach File….</source>
        <translation>Cette note n&apos;a aucune pièce jointe. Collez ou déposez une image ou un fichier dans son texte, ou utilisez Note ▸ Joindre un fichier….</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>Pièces jointes de « %1 »</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Save the attachment as a file</source>
        <translation>Enregistrer la pièce jointe dans un fichier</translation>
    </message>
</context>
<context>
    <name>CherryTreeDocument</name>
    <message>
        <source>“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and import the file it saves.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe&#xa0;: Commonplace ne lit pas ces fichiers. Dans CherryTree, ouvrez-le et choisissez Fichier ▸ Enregistrer sous…, puis «&#xa0;Non protégé (.ctb)&#xa0;» ou «&#xa0;Non protégé (.ctd)&#xa0;», et importez le fichier ainsi enregistré.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Its place in the tree loops back on itself: imported without the tree&apos;s tag.</source>
        <translation>Sa place dans l’arborescence revient sur elle-même&#xa0;: importée sans l’étiquette de l’arborescence.</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>It is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>Plus de 100 Mo, le maximum qu’un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CherryTree document: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme un document CherryTree&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CherryTree document.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un document CherryTree.</translation>
    </message>
    <message>
        <source>“%1” holds no nodes.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun nœud.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its nodes are nested more than %2 deep.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ses nœuds sont imbriqués sur plus de %2 niveaux.</translation>
    </message>
    <message>
        <source>the SQLite driver cannot read it safely.</source>
        <translation>le pilote SQLite ne peut pas le lire sans risque.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CherryTree document.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’une autre application, et non un document CherryTree.</translation>
    </message>
    <message>
        <source>it holds no nodes.</source>
        <translation>il ne contient aucun nœud.</translation>
    </message>
    <message>
        <source>Its text cannot be read: %1</source>
        <translation>Son texte est illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CherryTreeText</name>
    <message>
        <source>Picture %1.png</source>
        <translation>Image %1.png</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Note modifiée ailleurs</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or program, but you changed it here.</source>
        <translation>La note «&#xa0;%1&#xa0;» a été supprimée dans une autre fenêtre ou un autre programme, mais vous l’avez modifiée ici.</translation>
    </message>
    <message>
        <source>Keep your text as a new note, or let the note go?</source>
        <translation>Conserver votre texte dans une nouvelle note, ou abandonner la note&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a New Note</source>
        <translation>&amp;Garder mon texte comme nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Let It Go</source>
        <translation>&amp;Laisser supprimée</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program after you deleted it here.</source>
        <translation>La note «&#xa0;%1&#xa0;» a été modifiée dans une autre fenêtre ou un autre programme après que vous l’avez supprimée ici.</translation>
    </message>
    <message>
        <source>Delete it anyway, or keep the other version?</source>
        <translation>La supprimer quand même, ou conserver l’autre version&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>&amp;Supprimer quand même</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program while you edited it here.</source>
        <translation>La note «&#xa0;%1&#xa0;» a été modifiée dans une autre fenêtre ou un autre programme pendant que vous la modifiiez ici.</translation>
    </message>
    <message>
        <source>Keep your version, take theirs, or keep both as separate notes?</source>
        <translation>Conserver votre version, prendre l’autre, ou conserver les deux dans des notes distinctes&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>A team notebook is a database on a PostgreSQL server. Its password is asked when the server wants one.</source>
        <translation>Un carnet d’équipe est une base de données sur un serveur PostgreSQL. Son mot de passe est demandé quand le serveur en veut un.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Encrypted, nothing checked</source>
        <translation>Chiffré, rien de vérifié</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (trusted networks only)</source>
        <translation>Chiffré si le serveur le propose (réseaux de confiance seulement)</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>Votre nom de connexion si vide</translation>
    </message>
    <message>
        <source>The system&apos;s, or PGSSLROOTCERT&apos;s, if left empty</source>
        <translation>Celle du système, ou de PGSSLROOTCERT, si vide</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>Listed in Open Recent as %1</source>
        <translation>Listé dans « Ouvrir un carnet récent » comme %1</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authority:</source>
        <translation>Au&amp;torité de certification :</translation>
    </message>
</context>
<context>
    <name>EnmlText</name>
    <message>
        <source>Its text is not well-formed: %1</source>
        <translation>Son texte n’est pas bien formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text encrypted in Evernote is not imported: decrypt it in Evernote and export again.</source>
        <translation>Le texte chiffré dans Evernote n’est pas importé&#xa0;: déchiffrez-le dans Evernote et exportez de nouveau.</translation>
    </message>
    <message>
        <source>A picture or file it shows is not in the export, or its data is damaged.</source>
        <translation>Une image ou un fichier qu’elle affiche est absent de l’export, ou ses données sont endommagées.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Another program changed the structure of this notebook, so nothing was saved. Your changes are kept: close the notebook and open it again.</source>
        <translation>Un autre programme a modifié la structure de ce carnet, rien n’a donc été enregistré. Vos modifications sont conservées&#xa0;: fermez le carnet, puis rouvrez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>%n note a été modifiée dans une autre fenêtre ou un autre programme pendant que vous la modifiiez ici. Rien n’a été enregistré&#xa0;; choisissez la version à conserver.</numerusform>
            <numerusform>%n notes ont été modifiées dans une autre fenêtre ou un autre programme pendant que vous les modifiiez ici. Rien n’a été enregistré&#xa0;; choisissez la version à conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note has no title, so nothing was saved. Give it a title and save again; your changes are kept.</source>
        <translation>Une note n’a pas de titre, donc rien n’a été enregistré. Donnez-lui un titre et enregistrez à nouveau ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>A note’s title must have between 1 and %1 characters. Shorten the title and save again; your other changes are kept.</source>
        <translation>Le titre d’une note doit compter entre 1 et %1 caractères. Raccourcissez le titre et enregistrez de nouveau&#xa0;; vos autres modifications sont conservées.</translation>
    </message>
    <message>
        <source>A change breaks a rule of the notebook, so nothing was saved. Your changes are kept.</source>
        <translation>Une modification enfreint une règle du carnet, rien n’a donc été enregistré. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Another program is using this notebook, so nothing was saved. Your changes are kept: save again in a moment.</source>
        <translation>Un autre programme utilise ce carnet, rien n’a donc été enregistré. Vos modifications sont conservées&#xa0;: enregistrez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>This notebook is read-only, so your changes cannot be saved to it.</source>
        <translation>Ce carnet est en lecture seule&#xa0;: vos modifications ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your changes are kept: free some space and save again.</source>
        <translation>Le disque est plein, rien n’a donc été enregistré. Vos modifications sont conservées&#xa0;: libérez de l’espace et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The notebook could not be written to the disk, so nothing was saved. Your changes are kept: check that the disk is still there and writable, then save again.</source>
        <translation>Le carnet n’a pas pu être écrit sur le disque, rien n’a donc été enregistré. Vos modifications sont conservées&#xa0;: vérifiez que le disque est toujours présent et accessible en écriture, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The notebook file is damaged, so nothing was saved. Your changes are kept.</source>
        <translation>Le fichier du carnet est endommagé, rien n’a donc été enregistré. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are kept.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées. Elles sont conservées.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read: the notebook file is damaged. If you have a backup of it, open the backup instead.</source>
        <translation>Les notes de « %1 » ne peuvent pas être lues : le fichier du carnet est endommagé. Si vous en avez une sauvegarde, ouvrez plutôt la sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is being used by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>« %1 » est utilisé par un autre programme. Fermez l’autre programme, ou attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>Les notes de « %1 » ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved. Your changes are kept: Commonplace connects again by itself, then save again.</source>
        <translation>La connexion au serveur a été perdue, rien n’a donc été enregistré. Vos modifications sont conservées : Commonplace se reconnecte de lui-même, enregistrez ensuite à nouveau.</translation>
    </message>
</context>
<context>
    <name>EvernoteExport</name>
    <message>
        <source>“%1” cannot be read as an Evernote export: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme un export Evernote&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not an Evernote export (.enex).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un export Evernote (.enex).</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune note.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 100 Mo, le maximum qu’un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>Its data is damaged (it does not match its checksum): left out.</source>
        <translation>Ses données sont endommagées (elles ne correspondent pas à leur somme de contrôle)&#xa0;: laissée de côté.</translation>
    </message>
    <message>
        <source>Its text is larger than %1 MB: not imported.</source>
        <translation>Son texte dépasse %1 Mo&#xa0;: note non importée.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>It has no title: titled “%1”.</source>
        <translation>Elle n’a pas de titre&#xa0;: intitulée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Its data is damaged (it is not base64): left out.</source>
        <translation>Ses données sont endommagées (ce n’est pas du base64) : laissées de côté.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Which notes</source>
        <translation>Quelles notes</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>&amp;Every note outside the Trash</source>
        <translation>&amp;Toutes les notes hors de la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>La &amp;note listée maintenant (%n)</numerusform>
            <numerusform>Les &amp;notes listées maintenant (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;This note</source>
        <translation>Cette n&amp;ote</translation>
    </message>
    <message>
        <source>&amp;This note: “%1”</source>
        <translation>Cette n&amp;ote : « %1 »</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Choose the folder and export</source>
        <translation>Choisir le dossier et exporter</translation>
    </message>
    <message>
        <source>They are written as Markdown files, one for each note, with their attachments, into a new folder in the folder you choose next. Unsaved changes are not written: save first to include them.</source>
        <translation>Elles sont écrites en fichiers Markdown, un par note, avec leurs pièces jointes, dans un nouveau dossier à l&apos;intérieur du dossier que vous choisirez ensuite. Les modifications non enregistrées ne sont pas écrites : enregistrez d&apos;abord pour les inclure.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Sous quelle forme</translation>
    </message>
    <message>
        <source>&amp;Markdown files, for other applications</source>
        <translation>Fichiers &amp;Markdown, pour d’autres applications</translation>
    </message>
    <message>
        <source>&amp;HTML pages, for a web browser</source>
        <translation>Pages &amp;HTML, pour un navigateur web</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, à lire ou à imprimer</translation>
    </message>
    <message>
        <source>Unsaved changes are not written: save first to include them.</source>
        <translation>Les modifications non enregistrées ne sont pas écrites&#xa0;: enregistrez d’abord pour les inclure.</translation>
    </message>
    <message>
        <source>One Markdown file for each note, with its title, tags and dates, and the attachments beside them, in a new folder in the folder you choose next. Commonplace, Obsidian and other Markdown editors read them.</source>
        <translation>Un fichier Markdown par note, avec son titre, ses étiquettes et ses dates, et les pièces jointes à côté, dans un nouveau dossier à l’intérieur du dossier que vous choisirez ensuite. Commonplace, Obsidian et d’autres éditeurs Markdown savent les lire.</translation>
    </message>
    <message>
        <source>One page for each note and an index of them, linked as the notes are, with the attachments, in a new folder in the folder you choose next. Any web browser shows them, with no network.</source>
        <translation>Une page par note et un index de ces pages, liées comme le sont les notes, avec les pièces jointes, dans un nouveau dossier à l’intérieur du dossier que vous choisirez ensuite. N’importe quel navigateur web les affiche, sans réseau.</translation>
    </message>
    <message>
        <source>One PDF file, each note from a new page with its pictures, and a table of contents first when there are several. You choose the file next.</source>
        <translation>Un seul fichier PDF, chaque note commençant sur une nouvelle page avec ses images, et d’abord une table des matières s’il y en a plusieurs. Vous choisirez le fichier ensuite.</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Choisir le fichier et exporter</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is not empty: export into a new or empty folder, so that no file is overwritten.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas vide&#xa0;: exportez dans un dossier nouveau ou vide, afin qu’aucun fichier ne soit écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Differences from the text now</source>
        <translation>Différences avec le texte actuel</translation>
    </message>
    <message>
        <source>Struck through: only in the version you chose. Underlined: only in the text now.</source>
        <translation>Barré : seulement dans la version choisie. Souligné : seulement dans le texte actuel.</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>Cette version n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour le %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>The file being read</source>
        <translation>Le fichier en cours de lecture</translation>
    </message>
    <message>
        <source>Items not imported as they are, and why</source>
        <translation>Ce qui n&apos;est pas importé tel quel, et pourquoi</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>Importer les notes</translation>
    </message>
    <message>
        <source>Looking at the notes in “%1”…</source>
        <translation>Examen des notes de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln note : %1</numerusform>
            <numerusform>%Ln notes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the notebook is as it was.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été importé, et le carnet est tel qu&apos;il était.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>« %1 » contient %Ln note</numerusform>
            <numerusform>« %1 » contient %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>, %Ln pièce jointe</numerusform>
            <numerusform>, %Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform> et %Ln étiquette.</numerusform>
            <numerusform> et %Ln étiquettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds them to “%1” in one step, after a backup of the notebook, each with a tag that names this import. The notes you are editing stay as they are.</source>
        <translation>L&apos;import les ajoute à « %1 » en une seule fois, après une sauvegarde du carnet, chacune avec une étiquette qui nomme cet import. Les notes que vous modifiez restent telles quelles.</translation>
    </message>
    <message>
        <source>What will not come in as it is:</source>
        <translation>Ce qui ne sera pas repris tel quel :</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform> et %Ln nouvelle pièce jointe importées dans « %1 ». </numerusform>
            <numerusform> et %Ln nouvelles pièces jointes importées dans « %1 ». </numerusform>
        </translation>
    </message>
    <message>
        <source>They have the tag “%1”.</source>
        <translation>Elles portent l&apos;étiquette « %1 ».</translation>
    </message>
    <message>
        <source>Imported with a change, or not imported:</source>
        <translation>Importé avec une modification, ou non importé :</translation>
    </message>
    <message>
        <source>Importing the notes of “%1” into “%2”…</source>
        <translation>Import des notes de « %1 » dans « %2 »…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Saving the notes of “%1” into “%2”…</source>
        <translation>Enregistrement des notes de « %1 » dans « %2 »…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>“%1” is not something Commonplace can import: choose a folder of Markdown files (an Obsidian vault, say), an Evernote export (.enex), a Joplin export (.jex), a CherryTree document (.ctb, .ctd), or Gnote or Tomboy notes (.note).</source>
        <translation>Commonplace ne sait pas importer «&#xa0;%1&#xa0;»&#xa0;: choisissez un dossier de fichiers Markdown (un coffre Obsidian, par exemple), un export Evernote (.enex), un export Joplin (.jex), un document CherryTree (.ctb, .ctd), ou des notes Gnote ou Tomboy (.note).</translation>
    </message>
</context>
<context>
    <name>JoplinExport</name>
    <message>
        <source>Its path leads outside the archive: not read.</source>
        <translation>Son chemin mène hors de l’archive&#xa0;: non lu.</translation>
    </message>
    <message>
        <source>Not a file (a link, say): not read.</source>
        <translation>Pas un fichier (un lien, par exemple)&#xa0;: non lu.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme un export Joplin&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a tar archive.</source>
        <translation>ce n’est pas une archive tar.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: an entry holds more than its header says.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme un export Joplin&#xa0;: une entrée contient plus que ce qu’indique son en-tête.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Plus de %1 Mo&#xa0;: non importé.</translation>
    </message>
    <message>
        <source>“%1” holds no Joplin notes.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune note Joplin.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 100 Mo, le maximum qu’un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>It links to a note or resource that is not in the export: the link is kept as it was.</source>
        <translation>Elle renvoie à une note ou à une ressource absente de l’export&#xa0;: le lien est gardé tel quel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un carnet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>&amp;Nouveau carnet…</translation>
    </message>
    <message>
        <source>Create a new, empty notebook file</source>
        <translation>Créer un nouveau fichier de carnet vide</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>&amp;Ouvrir un carnet…</translation>
    </message>
    <message>
        <source>Open a notebook file</source>
        <translation>Ouvrir un fichier de carnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save every change in this notebook</source>
        <translation>Enregistrer toutes les modifications de ce carnet</translation>
    </message>
    <message>
        <source>Discard every unsaved change and go back to what was last saved</source>
        <translation>Abandonner toutes les modifications non enregistrées et revenir à la dernière version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Back Up Notebook…</source>
        <translation>Créer une &amp;sauvegarde du carnet…</translation>
    </message>
    <message>
        <source>Write a copy of this notebook, as last saved, to a file you choose</source>
        <translation>Écrire une copie de ce carnet, tel qu’il a été enregistré en dernier, dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the titles and text of the notes</source>
        <translation>Rechercher dans les titres et le texte des notes</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Add a note to this notebook</source>
        <translation>Ajouter une note à ce carnet</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>À &amp;propos de Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Commonplace notebooks (*.%1);;All files (*)</source>
        <translation>Carnets Commonplace (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Notebook Not Found</source>
        <translation>Carnet introuvable</translation>
    </message>
    <message>
        <source>The notebook “%1” you used last is no longer there. Commonplace opens your default notebook instead.</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» que vous avez utilisé en dernier n’existe plus. Commonplace ouvre votre carnet par défaut à la place.</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Commonplace…
This happens once, and takes a while for a large notebook.</source>
        <translation>Préparation de «&#xa0;%1&#xa0;» pour cette version de Commonplace…
Cette opération n’a lieu qu’une fois et prend un certain temps pour un carnet volumineux.</translation>
    </message>
    <message>
        <source>%1[*] — Commonplace</source>
        <translation>%1[*] — Commonplace</translation>
    </message>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>Bienvenue dans Commonplace</translation>
    </message>
    <message>
        <source>This notebook is a single file on your computer, and every note you write lives in it.

Your changes are kept aside until you save them with File ▸ Save (%1). Until then they are pending: the window title shows an asterisk and changed notes are marked with a dot in the list. File ▸ Revert throws the pending changes away and brings back what you last saved.

Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.</source>
        <translation>Ce carnet est un fichier unique sur votre ordinateur, et chaque note que vous écrivez y est conservée.

Vos modifications sont mises de côté jusqu’à ce que vous les enregistriez avec Fichier ▸ Enregistrer (%1). D’ici là, elles sont en attente&#xa0;: le titre de la fenêtre affiche un astérisque et les notes modifiées sont signalées par un point dans la liste. Fichier ▸ Annuler les modifications abandonne les modifications en attente et rétablit ce que vous avez enregistré en dernier.

Appuyez sur %2 pour écrire une nouvelle note. Vous pouvez supprimer celle-ci avec Note ▸ Supprimer la note.</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>Nouveau carnet</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Ouvrir un carnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications apportées à «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n note comporte des modifications non enregistrées. Si vous ne les enregistrez pas, elles seront perdues.</numerusform>
            <numerusform>%n notes comportent des modifications non enregistrées. Si vous ne les enregistrez pas, elles seront perdues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n modification enregistrée.</numerusform>
            <numerusform>%n modifications enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>Abandonner %n modification non enregistrée et revenir à la dernière version enregistrée&#xa0;?</numerusform>
            <numerusform>Abandonner %n modifications non enregistrées et revenir à la dernière version enregistrée&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n modification abandonnée.</numerusform>
            <numerusform>%n modifications abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Carnet mis à jour avec les modifications enregistrées ailleurs.</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Cannot Open Backup</source>
        <translation>Impossible d’ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Back Up Notebook</source>
        <translation>Sauvegarder le carnet</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde créée dans %1.</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 sauvegarde %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>No notebook is open. Open one with File ▸ Open Notebook.</source>
        <translation>Aucun carnet n’est ouvert. Ouvrez-en un avec Fichier ▸ Ouvrir un carnet.</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Aucune note ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No notes yet — press %1 to write one.</source>
        <translation>Aucune note pour l’instant — appuyez sur %1 pour en écrire une.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Notebook: %1&lt;br&gt;Schema version: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carnet&#xa0;: %1&lt;br&gt;Version du schéma&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>À propos de Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A notes application that never loses a word.&lt;/p&gt;&lt;p&gt;Commonplace is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Une application de notes qui ne perd jamais un mot.&lt;/p&gt;&lt;p&gt;Commonplace est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the language, the editor font and how many backups are kept</source>
        <translation>Modifier la langue, la police de l’éditeur et le nombre de sauvegardes conservées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore Note</source>
        <translation>&amp;Restaurer la note</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>Restaurer la note</translation>
    </message>
    <message>
        <source>Bring back the selected note, as it was before it was deleted</source>
        <translation>Faire revenir la note sélectionnée, telle qu’elle était avant sa suppression</translation>
    </message>
    <message>
        <source>&amp;Pin Note</source>
        <translation>É&amp;pingler la note</translation>
    </message>
    <message>
        <source>Keep the selected note at the top of the list</source>
        <translation>Garder la note choisie en haut de la liste</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>%n note étiquetée « %1 » ; enregistrez pour la garder.</numerusform>
            <numerusform>%n notes étiquetées « %1 » ; enregistrez pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put &amp;Back</source>
        <translation>Re&amp;mettre à sa place</translation>
    </message>
    <message>
        <source>Take the selected note out of the Trash when you next save</source>
        <translation>Sortir la note choisie de la corbeille au prochain enregistrement</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete every note in the Trash for good when you next save</source>
        <translation>Supprimer définitivement toutes les notes de la corbeille au prochain enregistrement</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash when you next save</source>
        <translation>Mettre la note choisie à la corbeille au prochain enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>%n note restée longtemps dans la corbeille a été supprimée.</numerusform>
            <numerusform>%n notes restées longtemps dans la corbeille ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash could not be emptied of old notes: %1</source>
        <translation>Les anciennes notes n’ont pas pu être retirées de la corbeille : %1</translation>
    </message>
    <message>
        <source>Moved to the Trash when you save; until then, Undo (%1) brings it back.</source>
        <translation>Mise à la corbeille à l’enregistrement ; d’ici là, Annuler (%1) la fait revenir.</translation>
    </message>
    <message>
        <source>Delete the note “%1” forever?</source>
        <translation>Supprimer définitivement la note « %1 » ?</translation>
    </message>
    <message>
        <source>It stays in the list, crossed out, until you save; until then, Undo (%1) or Delete Note again brings it back. Saving removes it from the notebook, with its history.</source>
        <translation>Elle reste barrée dans la liste jusqu’à l’enregistrement ; d’ici là, Annuler (%1) ou Supprimer à nouveau la fait revenir. L’enregistrement la retire du carnet, avec son historique.</translation>
    </message>
    <message>
        <source>Taken out of the Trash when you save.</source>
        <translation>Sortie de la corbeille à l’enregistrement.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>Supprimer définitivement la %n note de la corbeille ?</numerusform>
            <numerusform>Supprimer définitivement les %n notes de la corbeille ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay listed, crossed out, until you save; Revert brings them back. Saving removes them and their history from the notebook.</source>
        <translation>Elles restent barrées dans la liste jusqu’à l’enregistrement ; Rétablir les fait revenir. L’enregistrement les retire du carnet, avec leur historique.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete the selected note and its history for good when you next save</source>
        <translation>Supprimer définitivement la note choisie et son historique au prochain enregistrement</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>See the saved versions of the selected note and bring one back</source>
        <translation>Voir les versions enregistrées de la note choisie et en faire revenir une</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>“%1” has no earlier versions yet. Each save that changes a note&apos;s title or text keeps the version it replaces.</source>
        <translation>« %1 » n’a pas encore de versions antérieures. Chaque enregistrement qui change le titre ou le texte d’une note garde la version qu’il remplace.</translation>
    </message>
    <message>
        <source>Brought back the version of %1; save to keep it, or revert to drop it.</source>
        <translation>La version du %1 est revenue ; enregistrez pour la garder, ou rétablissez pour l’abandonner.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Sort by &amp;Last Changed</source>
        <translation>Trier par &amp;dernière modification</translation>
    </message>
    <message>
        <source>List the most recently changed notes first</source>
        <translation>Montrer d’abord les notes modifiées le plus récemment</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Created</source>
        <translation>Trier par date de &amp;création</translation>
    </message>
    <message>
        <source>List the most recently created notes first</source>
        <translation>Montrer d’abord les notes créées le plus récemment</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>Trier par &amp;titre</translation>
    </message>
    <message>
        <source>List the notes in the order of their titles</source>
        <translation>Ranger les notes dans l’ordre de leurs titres</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Nombre de notes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvée</numerusform>
            <numerusform>%Ln trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n note(s); save to keep it.</source>
        <translation>
            <numerusform>« %1 » renommée en « %2 » sur %n note ; enregistrez pour le garder.</numerusform>
            <numerusform>« %1 » renommée en « %2 » sur %n notes ; enregistrez pour le garder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>« %1 » retirée de %n note ; enregistrez pour le garder.</numerusform>
            <numerusform>« %1 » retirée de %n notes ; enregistrez pour le garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Not Changed</source>
        <translation>Étiquette inchangée</translation>
    </message>
    <message>
        <source>The tag “%1” was not changed. %2</source>
        <translation>L’étiquette « %1 » n’a pas été modifiée. %2</translation>
    </message>
    <message>
        <source>Show the note&apos;s text as you write it</source>
        <translation>Afficher le texte de la note tel que vous l’écrivez</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the note as its formatting makes it look</source>
        <translation>Afficher la note telle que sa mise en forme la présente</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>Côte à c&amp;ôte</translation>
    </message>
    <message>
        <source>Show the text and its preview next to each other</source>
        <translation>Afficher le texte et son aperçu l’un à côté de l’autre</translation>
    </message>
    <message>
        <source>Switch Between Edit and Pre&amp;view</source>
        <translation>&amp;Basculer entre rédaction et aperçu</translation>
    </message>
    <message>
        <source>Go from the text to its preview and back</source>
        <translation>Passer du texte à son aperçu, et inversement</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>view mode</comment>
        <translation>&amp;Rédaction</translation>
    </message>
    <message>
        <source>F&amp;ollow Link</source>
        <translation>Su&amp;ivre le lien</translation>
    </message>
    <message>
        <source>Open the note that the [[link]] at the cursor leads to</source>
        <translation>Ouvrir la note vers laquelle mène le [[lien]] sous le curseur</translation>
    </message>
    <message>
        <source>There is no [[link]] at the cursor.</source>
        <translation>Il n’y a pas de [[lien]] sous le curseur.</translation>
    </message>
    <message>
        <source>There is no note called “%1”.</source>
        <translation>Il n’y a pas de note « %1 ».</translation>
    </message>
    <message>
        <source>Create Note</source>
        <translation>Créer la note</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>Il n’y a pas encore de note « %1 ». La créer ?</translation>
    </message>
    <message>
        <source>C&amp;reate Note</source>
        <translation>&amp;Créer la note</translation>
    </message>
    <message>
        <source>Note in the Trash</source>
        <translation>Note dans la corbeille</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash. Put it back?</source>
        <translation>La note « %1 » est dans la corbeille. La remettre à sa place ?</translation>
    </message>
    <message>
        <source>It is taken out of the Trash when you save.</source>
        <translation>Elle sort de la corbeille lorsque vous enregistrez.</translation>
    </message>
    <message>
        <source>“%1” has no heading “%2”.</source>
        <translation>« %1 » n’a pas de titre de section « %2 ».</translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>Mettre à jour les liens</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>%n autre note renvoie à « %1 ». Faire mener ce lien à « %2 » ?</numerusform>
            <numerusform>%n autres notes renvoient à « %1 ». Faire mener ces liens à « %2 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The links change in those notes as edits you can see, saved or reverted with the rest.</source>
        <translation>Les liens sont modifiés dans ces notes comme des modifications visibles, enregistrées ou annulées avec le reste.</translation>
    </message>
    <message>
        <source>&amp;Update Links</source>
        <translation>&amp;Mettre à jour les liens</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Laisser tels quels</translation>
    </message>
    <message>
        <source>The links could not be updated: %1</source>
        <translation>Les liens n’ont pas pu être mis à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>Liens mis à jour dans %n note ; enregistrez pour les conserver.</numerusform>
            <numerusform>Liens mis à jour dans %n notes ; enregistrez pour les conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>C&amp;opier le lien</translation>
    </message>
    <message>
        <source>Copy a link that opens the selected note from another program</source>
        <translation>Copier un lien qui ouvre la note sélectionnée depuis un autre programme</translation>
    </message>
    <message>
        <source>Note Link Not Understood</source>
        <translation>Lien de note non compris</translation>
    </message>
    <message>
        <source>This link to a note is damaged or incomplete, so no note could be opened:
%1</source>
        <translation>Ce lien vers une note est abîmé ou incomplet, aucune note n’a donc pu être ouverte :
%1</translation>
    </message>
    <message>
        <source>This note is in the Trash.</source>
        <translation>Cette note est dans la corbeille.</translation>
    </message>
    <message>
        <source>Note Not Found</source>
        <translation>Note introuvable</translation>
    </message>
    <message>
        <source>There is no note number %1 in “%2”: it may have been deleted for good.</source>
        <translation>Il n’y a pas de note numéro %1 dans « %2 » : elle a peut-être été supprimée définitivement.</translation>
    </message>
    <message>
        <source>Copied a link to “%1”.</source>
        <translation>Lien vers « %1 » copié.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>La note « %1 » est dans la corbeille.</translation>
    </message>
    <message>
        <source>Add an image or another file to the notebook, where the cursor is in the note&apos;s text</source>
        <translation>Ajouter une image ou un autre fichier au carnet, à l&apos;emplacement du curseur dans le texte de la note</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>Pièces join&amp;tes…</translation>
    </message>
    <message>
        <source>List the files the selected note refers to, to open them or save a copy</source>
        <translation>Lister les fichiers auxquels la note sélectionnée renvoie, pour les ouvrir ou en enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Nothing was added to the note.</source>
        <translation>Rien n&apos;a été ajouté à la note.</translation>
    </message>
    <message>
        <source>Attached; saved in the notebook when you save.</source>
        <translation>Joint ; conservé dans le carnet lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>Impossible d&apos;ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.</source>
        <translation>Aucune application n&apos;ouvre « %1 ». Utilisez Note ▸ Pièces jointes… pour en enregistrer une copie.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>Impossible d&apos;enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Attach F&amp;ile…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the saved notes out as a folder of Markdown files, with their attachments</source>
        <translation>Écrire les notes enregistrées dans un dossier de fichiers Markdown, avec leurs pièces jointes</translation>
    </message>
    <message>
        <source>Import Notes from a Folder</source>
        <translation>Importer des notes depuis un dossier</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>%n note importée, avec l&apos;étiquette « %1 ».</numerusform>
            <numerusform>%n notes importées, avec l&apos;étiquette « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes into a Folder</source>
        <translation>Exporter les notes dans un dossier</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 notes %2</translation>
    </message>
    <message>
        <source>Exporting the notes…</source>
        <translation>Export des notes…</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>The notes could not be exported. %1</source>
        <translation>Les notes n&apos;ont pas pu être exportées. %1</translation>
    </message>
    <message>
        <source> Unsaved changes are not in it: save, then export again to include them.</source>
        <translation> Les modifications non enregistrées n&apos;y sont pas : enregistrez, puis exportez de nouveau pour les inclure.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform> et %n pièce jointe exportées vers « %1 ».</numerusform>
            <numerusform> et %n pièces jointes exportées vers « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in the notes of another application&apos;s file: an Evernote or Joplin export, a CherryTree document, a Gnote or Tomboy note</source>
        <translation>Reprendre les notes d’un fichier d’une autre application&#xa0;: un export Evernote ou Joplin, un document CherryTree, une note Gnote ou Tomboy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the note shown as the preview shows it, after a look at its pages</source>
        <translation>Imprimer la note affichée telle que l’aperçu la montre, après un coup d’œil à ses pages</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Bring in the notes of a folder: Markdown files (an Obsidian vault, say), or Gnote&apos;s or Tomboy&apos;s notes</source>
        <translation>Reprendre les notes d’un dossier&#xa0;: des fichiers Markdown (un coffre Obsidian, par exemple), ou les notes de Gnote ou de Tomboy</translation>
    </message>
    <message>
        <source>Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;All files (*)</source>
        <translation>Notes d’autres applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Exports Evernote (*.enex);;Exports Joplin (*.jex);;Documents CherryTree (*.ctb *.ctd *.ctz *.ctx);;Notes Gnote et Tomboy (*.note);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Notes as PDF</source>
        <translation>Exporter les notes en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The note could not be printed. %1</source>
        <translation>La note n’a pas pu être imprimée. %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Open a team notebook on a PostgreSQL server</source>
        <translation>Ouvrir un carnet d’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Reconnecté au serveur.</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost. Your changes are kept here; Commonplace connects again by itself, and then you can save them.</source>
        <translation>La connexion au serveur de « %1 » a été perdue. Vos modifications sont conservées ici ; Commonplace se reconnecte de lui-même, et vous pourrez alors les enregistrer.</translation>
    </message>
    <message>
        <source>Cop&amp;y to Server…</source>
        <translation>Copier sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Copy this notebook, as last saved, to a PostgreSQL server as a team notebook</source>
        <translation>Copier ce carnet, tel qu’enregistré en dernier, sur un serveur PostgreSQL comme carnet d’équipe</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Enregistrer une copie so&amp;us…</translation>
    </message>
    <message>
        <source>Save a copy of this team notebook, as last saved, in a notebook file</source>
        <translation>Enregistrer une copie de ce carnet d’équipe, tel qu’enregistré en dernier, dans un fichier de carnet</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>Copie de « %1 » vers « %2 »…</translation>
    </message>
    <message>
        <source>Copy Not Made</source>
        <translation>Copie non faite</translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>La copie contient le carnet tel qu’enregistré en dernier : votre %n modification non enregistrée reste ici.</numerusform>
            <numerusform>La copie contient le carnet tel qu’enregistré en dernier : vos %n modifications non enregistrées restent ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Server</source>
        <translation>Copier sur un serveur</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>« %1 » est copié vers « %2 », %n note. Ouvrir le carnet d’équipe maintenant ?</numerusform>
            <numerusform>« %1 » est copié vers « %2 », %n notes. Ouvrir le carnet d’équipe maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy of “%1” is saved as “%2”.</source>
        <translation>Une copie de « %1 » est enregistrée sous « %2 ».</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>A symbolic link: not followed.</source>
        <translation>Un lien symbolique : non suivi.</translation>
    </message>
    <message>
        <source>Folders nested more than %1 deep are not read.</source>
        <translation>Les dossiers imbriqués sur plus de %1 niveaux ne sont pas lus.</translation>
    </message>
    <message>
        <source>Larger than 20 MB: not a note.</source>
        <translation>Plus de 20 Mo : ce n&apos;est pas une note.</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Not UTF-8: read as Latin-1.</source>
        <translation>Pas en UTF-8 : lu en Latin-1.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>« %1 » dépasse 100 Mo, le maximum qu&apos;un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>« %1 » n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown files (.md).</source>
        <translation>« %1 » ne contient aucun fichier Markdown (.md).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Its front matter is not YAML: kept as text.</source>
        <translation>Son en-tête n&apos;est pas du YAML : gardé comme texte.</translation>
    </message>
    <message>
        <source>No note refers to it: not imported.</source>
        <translation>Aucune note n&apos;y renvoie : non importé.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note titles</source>
        <translation>Titres des notes</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au &amp;dictionnaire</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Image collée %1</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Aucune note sélectionnée</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Title (a note needs one)</source>
        <translation>Titre (obligatoire)</translation>
    </message>
    <message>
        <source>Select a note in the list, or press %1 to write a new one.</source>
        <translation>Sélectionnez une note dans la liste, ou appuyez sur %1 pour en écrire une nouvelle.</translation>
    </message>
    <message>
        <source>The text of this note could not be read: another program may be using the notebook. Select the note again in a moment.</source>
        <translation>Le texte de cette note n’a pas pu être lu&#xa0;: un autre programme utilise peut-être le carnet. Sélectionnez de nouveau la note dans un instant.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>Ce titre est trop long de %n caractère&#xa0;: un titre peut compter au plus %1 caractères, la note ne pourra donc pas être enregistrée tant qu’il n’aura pas été raccourci.</numerusform>
            <numerusform>Ce titre est trop long de %n caractères&#xa0;: un titre peut compter au plus %1 caractères, la note ne pourra donc pas être enregistrée tant qu’il n’aura pas été raccourci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Étiquettes de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>This note has no text yet.</source>
        <translation>Cette note n’a pas encore de texte.</translation>
    </message>
    <message>
        <source>Notes that link here</source>
        <translation>Notes qui renvoient ici</translation>
    </message>
    <message>
        <source>Notes that link to this note</source>
        <translation>Notes qui renvoient à cette note</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>Liée depuis %n note :</numerusform>
            <numerusform>Liée depuis %n notes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Les notes n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message>
        <source>Nothing was imported: the notebook could not be backed up first. %1</source>
        <translation>Rien n&apos;a été importé : le carnet n&apos;a pas pu être sauvegardé d&apos;abord. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the notebook cannot be written now (%1).</source>
        <translation>Rien n&apos;a été importé : le carnet ne peut pas être écrit pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: another program changed the structure of the notebook.</source>
        <translation>Rien n&apos;a été importé : un autre programme a modifié la structure du carnet.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>« %1 » dépasse 100 Mo, le maximum qu&apos;un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>« %1 » n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>Le titre dépassait %n caractère : raccourci, et gardé en entier comme première ligne du texte.</numerusform>
            <numerusform>Le titre dépassait %n caractères : raccourci, et gardé en entier comme première ligne du texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” could not be written (%2).</source>
        <translation>Rien n&apos;a été importé : « %1 » n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: the notes could not be indexed for search (%1).</source>
        <translation>Rien n’a été importé : les notes n’ont pas pu être indexées pour la recherche (%1).</translation>
    </message>
    <message>
        <source>indexing them for search, %L1 of %L2</source>
        <translation>indexation pour la recherche, %L1 sur %L2</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <source>Just now</source>
        <translation>À l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPane</name>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Note récupérée</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (ma version)</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>There is no note called “%1” yet: click to create it.</source>
        <translation>Il n’y a pas encore de note « %1 » : cliquez pour la créer.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>La note « %1 » est dans la corbeille.</translation>
    </message>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Image non chargée : %1</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>Pièce jointe absente</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Impossible d&apos;afficher cette image</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>This notebook is open for reading only.</source>
        <translation>Ce carnet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>This notebook was saved by a newer version of Commonplace. You can read it here, but to change it, update Commonplace.</source>
        <translation>Ce carnet a été enregistré par une version plus récente de Commonplace. Vous pouvez le lire ici, mais pour le modifier, mettez à jour Commonplace.</translation>
    </message>
    <message>
        <source>This notebook was changed by another program: it holds triggers, views or tables that Commonplace did not make. To keep your notes safe, it is open for reading only.</source>
        <translation>Ce carnet a été modifié par un autre programme&#xa0;: il contient des déclencheurs, des vues ou des tables que Commonplace n’a pas créés. Pour protéger vos notes, il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>This notebook file is read-only, so changes cannot be saved. To edit it, allow writing to the file or save a copy elsewhere.</source>
        <translation>Ce fichier de carnet est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées. Pour le modifier, autorisez l’écriture dans le fichier ou enregistrez-en une copie ailleurs.</translation>
    </message>
    <message>
        <source>The folder holding this notebook is read-only, so changes cannot be saved. To edit it, move the notebook to a folder you can write to.</source>
        <translation>Le dossier qui contient ce carnet est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées. Pour modifier le carnet, déplacez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Commonplace cannot open notebooks because Qt&apos;s SQLite driver is not installed. Reinstalling Commonplace should fix this.</source>
        <translation>Commonplace ne peut pas ouvrir de carnets, car le pilote SQLite de Qt n’est pas installé. Réinstaller Commonplace devrait résoudre ce problème.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a notebook.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un carnet.</translation>
    </message>
    <message>
        <source>The notebook “%1” does not exist.</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Vous n’avez pas l’autorisation de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a notebook.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: ce n’est pas un carnet.</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer le carnet «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a notebook in the folder “%1”.</source>
        <translation>Impossible de créer un carnet dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”.</source>
        <translation>Impossible de créer le carnet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot use the SQLite driver.</source>
        <translation>Impossible d’utiliser le pilote SQLite.</translation>
    </message>
    <message>
        <source>Cannot protect the notebook against crafted files.</source>
        <translation>Impossible de protéger le carnet contre les fichiers malveillants.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Commonplace notebook.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’une autre application, et non un carnet Commonplace.</translation>
    </message>
    <message>
        <source>application_id is %1</source>
        <translation>application_id vaut %1</translation>
    </message>
    <message>
        <source>“%1” is marked as a Commonplace notebook, but its notes table is missing.</source>
        <translation>«&#xa0;%1&#xa0;» est identifié comme un carnet Commonplace, mais sa table des notes est absente.</translation>
    </message>
    <message>
        <source>user_version is %1</source>
        <translation>user_version vaut %1</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded for this version of Commonplace, but no backup could be made first, so it was left as it was.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau pour cette version de Commonplace, mais aucune sauvegarde n’a pu être faite au préalable&#xa0;: il a donc été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded for this version of Commonplace. It was left as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être mis à niveau pour cette version de Commonplace. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” is not a Commonplace notebook.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un carnet Commonplace.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. If you have a backup of it, open the backup instead.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert. Si vous en avez une sauvegarde, ouvrez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme. Fermez l’autre programme, ou attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Commonplace needs SQLite %1 or newer, but Qt&apos;s SQLite driver uses SQLite %2. Update SQLite, then open the notebook again; it has not been changed.</source>
        <translation>Commonplace a besoin de SQLite %1 ou plus récent, mais le pilote SQLite de Qt utilise SQLite %2. Mettez SQLite à jour, puis ouvrez à nouveau le carnet ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The server lets your user name read this notebook but not change it. To edit it, ask the server&apos;s administrator for the right to write to it.</source>
        <translation>Le serveur permet à votre nom d’utilisateur de lire ce carnet, mais pas de le modifier. Pour le modifier, demandez à l’administrateur du serveur le droit d’y écrire.</translation>
    </message>
    <message>
        <source>This notebook was made by an older version of Commonplace, and the server lets only its owner bring it up to date. You can read it here; to change it, ask its owner to open it once with this version of Commonplace.</source>
        <translation>Ce carnet a été créé par une version plus ancienne de Commonplace, et le serveur ne permet qu’à son propriétaire de le mettre à jour. Vous pouvez le lire ici ; pour le modifier, demandez à son propriétaire de l’ouvrir une fois avec cette version de Commonplace.</translation>
    </message>
</context>
<context>
    <name>NotebookBackup</name>
    <message>
        <source>Cannot create the backup “%1”: %2</source>
        <translation>Impossible de créer la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Impossible d’écrire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (restored from backup)</source>
        <translation>%1 (restauré depuis la sauvegarde)</translation>
    </message>
    <message>
        <source>%1 (restored from backup %2)</source>
        <translation>%1 (restauré depuis la sauvegarde %2)</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>Impossible de copier la sauvegarde vers «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>NotebookCopy</name>
    <message>
        <source>The notebooks could not be read.</source>
        <translation>Les carnets n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Only a notebook of this version of Commonplace can be copied: open it for writing once, which brings it up to date.</source>
        <translation>Seul un carnet de cette version de Commonplace peut être copié : ouvrez-le une fois en écriture, ce qui le met à jour.</translation>
    </message>
    <message>
        <source>The notebook to copy could not be read.</source>
        <translation>Le carnet à copier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The copy cannot be written now.</source>
        <translation>La copie ne peut pas être écrite maintenant.</translation>
    </message>
    <message>
        <source>The copy can go only into a notebook that holds no notes.</source>
        <translation>La copie ne peut aller que dans un carnet qui ne contient aucune note.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>La copie n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The copy could not be indexed for search.</source>
        <translation>La copie n’a pas pu être indexée pour la recherche.</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>La copie n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The notebook to copy has no table “%1”.</source>
        <translation>Le carnet à copier n’a pas de table « %1 ».</translation>
    </message>
</context>
<context>
    <name>NotebookLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>NotebookServer</name>
    <message>
        <source>“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.</source>
        <translation>« %1 » ne peut pas être ouvert sans mot de passe : le serveur %2 demande le mot de passe de « %3 ».</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both and try again.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur %2 a refusé le nom d’utilisateur « %3 » ou son mot de passe. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>“%1” was not opened: the server %2 could not be checked as the location asks (its certificate is not trusted, is not for that name, or it offers no encrypted connection). Check the certificate authority file and the server&apos;s name.</source>
        <translation>« %1 » n’a pas été ouvert : le serveur %2 n’a pas pu être vérifié comme l’emplacement le demande (son certificat n’est pas de confiance, n’est pas pour ce nom, ou il n’offre pas de connexion chiffrée). Vérifiez le fichier de l’autorité de certification et le nom du serveur.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur %2 n’a pas de base de données « %3 ». Vérifiez le nom, ou demandez à l’administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and that the server is running and can be reached from this computer.</source>
        <translation>« %1 » ne peut pas être ouvert : aucun serveur PostgreSQL ne répond à %2. Vérifiez le nom et le port, et que le serveur fonctionne et est joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not accept the connection.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur %2 n’a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>Commonplace cannot open team notebooks because Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Commonplace ne peut pas ouvrir de carnets d’équipe, car le pilote PostgreSQL de Qt n’est pas installé (sous Debian et Ubuntu, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur %2 n’a pas répondu comme PostgreSQL.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need PostgreSQL 12 or newer.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur %2 utilise PostgreSQL %3, et les carnets d’équipe demandent PostgreSQL 12 ou plus récent.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server did not answer as expected.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur n’a pas répondu comme prévu.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” see this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur ne permet pas à l’utilisateur « %2 » de voir ce carnet. Demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application, not a Commonplace notebook. Nothing was changed.</source>
        <translation>« %1 » contient les tables d’une autre application, pas un carnet Commonplace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database “%1” on %2 holds no notebook yet.</source>
        <translation>La base de données « %1 » sur %2 ne contient pas encore de carnet.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” read this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>« %1 » ne peut pas être ouvert : le serveur ne permet pas à l’utilisateur « %2 » de lire ce carnet. Demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. Ask the server&apos;s administrator to set it up, or to let “%2” create schemas in the database.</source>
        <translation>Impossible de créer un carnet dans « %1 » : le serveur ne permet pas à l’utilisateur « %2 » de le créer. Demandez à l’administrateur du serveur de le créer, ou de permettre à « %2 » de créer des schémas dans la base de données.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server refused a step. If it names an extension (pg_trgm, unaccent), ask the server&apos;s administrator to install PostgreSQL&apos;s contrib package or to create the extension in the database.</source>
        <translation>Impossible de créer un carnet dans « %1 » : le serveur a refusé une étape. S’il nomme une extension (pg_trgm, unaccent), demandez à l’administrateur du serveur d’installer le paquet contrib de PostgreSQL ou de créer l’extension dans la base de données.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Commonplace, and was left as it was.</source>
        <translation>« %1 » n’a pas pu être mis à niveau pour cette version de Commonplace et a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <source>The attachment is not in this notebook.</source>
        <translation>La pièce jointe n&apos;est pas dans ce carnet.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>No notebook was named.</source>
        <translation>Aucun carnet n’a été indiqué.</translation>
    </message>
</context>
<context>
    <name>OpenErrorMessage</name>
    <message>
        <source>Cannot Open Notebook</source>
        <translation>Impossible d’ouvrir le carnet</translation>
    </message>
    <message>
        <source>Its most recent backup is from %1. Commonplace can open a copy of it, leaving the damaged file as it is.</source>
        <translation>Sa sauvegarde la plus récente date du %1. Commonplace peut en ouvrir une copie, sans toucher au fichier endommagé.</translation>
    </message>
    <message>
        <source>&amp;Open a Copy of the Backup</source>
        <translation>&amp;Ouvrir une copie de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Retenir dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour le %1</translation>
    </message>
    <message>
        <source>[Attachment missing]</source>
        <translation>[Pièce jointe absente]</translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation>[Image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>Il n’y a aucune note à exporter.</translation>
    </message>
    <message>
        <source>Cannot draw the pages.</source>
        <translation>Impossible de dessiner les pages.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
</context>
<context>
    <name>PendingAttachments</name>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>« %1 » dépasse 100 Mo, le maximum qu&apos;un carnet accepte pour un fichier.</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: the folder “%2” cannot be created.</source>
        <translation>Impossible de conserver « %1 » jusqu&apos;à l&apos;enregistrement : le dossier « %2 » ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: %2</source>
        <translation>Impossible de conserver « %1 » jusqu&apos;à l&apos;enregistrement : %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>« %1 » n&apos;est pas un fichier qui peut être joint.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de la police&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Sauvegardes à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Commonplace keeps a copy of each notebook for every day it changes, and deletes the oldest beyond this number.</source>
        <translation>Commonplace conserve une copie de chaque carnet pour chaque jour où il est modifié, et supprime les plus anciennes au-delà de ce nombre.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash of notes:</source>
        <translation>Vider la &amp;corbeille des notes :</translation>
    </message>
    <message>
        <source>Empty the Trash of notes</source>
        <translation>Vider la corbeille des notes</translation>
    </message>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>présentes depuis plus de %n jour</numerusform>
            <numerusform>présentes depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Check s&amp;pelling as I type</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Spelling lan&amp;guage:</source>
        <translation>Lan&amp;gue de l’orthographe :</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Langue de l’orthographe</translation>
    </message>
    <message>
        <source>About spell checking</source>
        <translation>À propos de la vérification orthographique</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one for your language (on Debian and Ubuntu, a hunspell package such as hunspell-en-us) and open Preferences again.</source>
        <translation>Aucun dictionnaire n’est installé, l’orthographe n’est donc pas vérifiée. Installez-en un pour votre langue (sous Debian et Ubuntu, un paquet hunspell comme hunspell-fr) et rouvrez les Préférences.</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>Récupérer %n modification non enregistrée datant du %1&#xa0;?</numerusform>
            <numerusform>Récupérer %n modifications non enregistrées datant du %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Commonplace closed without saving them the last time this notebook was open. Recovered changes are not saved yet: review them, then save.</source>
        <translation>Commonplace s’est fermé sans les enregistrer la dernière fois que ce carnet était ouvert. Les modifications récupérées ne sont pas encore enregistrées&#xa0;: vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration file name %1 does not start with a four-digit number.</source>
        <translation>Le nom du fichier de migration %1 ne commence pas par un nombre à quatre chiffres.</translation>
    </message>
    <message>
        <source>The migration %1 is out of sequence: expected number %2.</source>
        <translation>La migration %1 n’est pas à sa place dans la séquence&#xa0;: le numéro %2 était attendu.</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>Aucune migration de schéma n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this version of Commonplace.</source>
        <translation>La version de schéma %1 est inconnue de cette version de Commonplace.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Impossible de démarrer la mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>Impossible de lire la version du schéma.</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a notebook&apos;s.</source>
        <translation>La base de données contient déjà des tables qui n’appartiennent pas à un carnet.</translation>
    </message>
    <message>
        <source>The upgrade would break a link between notes (table %1).</source>
        <translation>La mise à niveau romprait un lien entre des notes (table %1).</translation>
    </message>
    <message>
        <source>Could not save the upgrade: %1</source>
        <translation>Impossible d’enregistrer la mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 failed: %3
%4</source>
        <translation>%1, échec de l’instruction %2&#xa0;: %3
%4</translation>
    </message>
    <message>
        <source>%1: the links between notes could not be written: %2</source>
        <translation>%1 : les liens entre les notes n’ont pas pu être écrits : %2</translation>
    </message>
</context>
<context>
    <name>SetUpQuestion</name>
    <message>
        <source>Set Up a Team Notebook</source>
        <translation>Créer un carnet d’équipe</translation>
    </message>
    <message>
        <source>Set up a new notebook there?</source>
        <translation>Y créer un nouveau carnet ?</translation>
    </message>
    <message>
        <source>Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone the server lets use that database can then open the notebook.</source>
        <translation>Commonplace créera ses tables dans le schéma « %1 » de la base de données « %2 ». Toute personne autorisée par le serveur à utiliser cette base pourra alors ouvrir le carnet.</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All Notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Shelves and tags</source>
        <translation>Rayons et étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>&amp;Renommer l’étiquette…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>&amp;Supprimer l’étiquette…</translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name for “%1” (the tags under it move with it):</source>
        <translation>Nouveau nom pour « %1 » (les étiquettes en dessous suivent) :</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Nouveau nom de l’étiquette</translation>
    </message>
    <message>
        <source>A tag needs a name. To take it off its notes, use Delete Tag.</source>
        <translation>Une étiquette doit avoir un nom. Pour la retirer de ses notes, utilisez Supprimer l’étiquette.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>There is a tag “%1” already. Merge “%2” into it?</source>
        <translation>L’étiquette « %1 » existe déjà. Y fusionner « %2 » ?</translation>
    </message>
    <message>
        <source>The notes tagged “%1” will be tagged “%2” when you save.</source>
        <translation>Les notes étiquetées « %1 » seront étiquetées « %2 » à l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>Retirer l’étiquette « %1 » de %n note ?</numerusform>
            <numerusform>Retirer l’étiquette « %1 » de %n notes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags under it go too. The notes stay, with their other tags; Revert brings the tag back until you save.</source>
        <translation>Les étiquettes en dessous partent aussi. Les notes restent, avec leurs autres étiquettes ; jusqu’à l’enregistrement, Annuler les modifications ramène l’étiquette.</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>&amp;Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>TomboyNotes</name>
    <message>
        <source>It is not a Gnote or Tomboy note.</source>
        <translation>Ce n’est pas une note Gnote ou Tomboy.</translation>
    </message>
    <message>
        <source>“%1” holds no Gnote or Tomboy notes (.note).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune note Gnote ou Tomboy (.note).</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Plus de %1 Mo&#xa0;: non importé.</translation>
    </message>
    <message>
        <source>A template for new notes: not imported.</source>
        <translation>Un modèle pour les nouvelles notes&#xa0;: non importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Gnote or Tomboy note: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une note Gnote ou Tomboy&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” holds no notes that can be imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune note importable.</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Commonplace: import notes into a notebook, or export them, without a window.</source>
        <translation>Commonplace : importer des notes dans un carnet, ou les exporter, sans fenêtre.</translation>
    </message>
    <message>
        <source>Import the notes of these sources (a folder of Markdown files or an Obsidian vault).</source>
        <translation>Importer les notes de ces sources (un dossier de fichiers Markdown ou un coffre Obsidian).</translation>
    </message>
    <message>
        <source>The notebook to import into; made if it does not exist.</source>
        <translation>Le carnet où importer ; créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Export the notes of this notebook.</source>
        <translation>Exporter les notes de ce carnet.</translation>
    </message>
    <message>
        <source>The new or empty folder to export into.</source>
        <translation>Le dossier nouveau ou vide où exporter.</translation>
    </message>
    <message>
        <source>More sources to import.</source>
        <translation>D&apos;autres sources à importer.</translation>
    </message>
    <message>
        <source>--import needs --into NOTEBOOK: the notebook to import into.</source>
        <translation>--import demande --into CARNET : le carnet où importer.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook file.</source>
        <translation>« %1 » n&apos;est pas un fichier de carnet.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>%n note importée de « %1 » dans « %2 », avec l&apos;étiquette %3</numerusform>
            <numerusform>%n notes importées de « %1 » dans « %2 », avec l&apos;étiquette %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>, avec %n nouvelle pièce jointe.</numerusform>
            <numerusform>, avec %n nouvelles pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>  changed: %1: %2</source>
        <translation>  modifié : %1 : %2</translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  non importé : %1 : %2</translation>
    </message>
    <message>
        <source>There is no notebook “%1”.</source>
        <translation>Il n&apos;y a pas de carnet « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>%n note exportée de « %1 » vers « %2 »</numerusform>
            <numerusform>%n notes exportées de « %1 » vers « %2 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>, avec %n pièce jointe.</numerusform>
            <numerusform>, avec %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export to: markdown (the default), html or pdf.</source>
        <translation>Le format d’export&#xa0;: markdown (par défaut), html ou pdf.</translation>
    </message>
    <message>
        <source>Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH.</source>
        <translation>Indiquez soit --import SOURCE... --into CARNET, soit --export CARNET --to CHEMIN.</translation>
    </message>
    <message>
        <source>--export needs --to PATH, and nothing else: the folder to export into (a file for pdf).</source>
        <translation>--export demande --to CHEMIN, et rien d’autre&#xa0;: le dossier où exporter (un fichier pour pdf).</translation>
    </message>
    <message>
        <source>“%1” is not a format Commonplace exports to: use markdown, html or pdf.</source>
        <translation>Commonplace n’exporte pas au format «&#xa0;%1&#xa0;»&#xa0;: utilisez markdown, html ou pdf.</translation>
    </message>
    <message>
        <source>“%1” exists already: give the name of a new file, so that nothing is overwritten.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: indiquez le nom d’un nouveau fichier, afin que rien ne soit écrasé.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Il n’y a pas de terminal où demander le mot de passe : donnez-le dans PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
</context>
<context>
    <name>UnsavedJournal</name>
    <message>
        <source>Cannot keep unsaved changes in “%1”: %2</source>
        <translation>Impossible de conserver les modifications non enregistrées dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The file declares XML entities, which no export Commonplace reads does: it is not read, so that it cannot expand to fill the memory.</source>
        <translation>Le fichier déclare des entités XML, ce que ne fait aucun export lu par Commonplace&#xa0;: il n’est pas lu, pour qu’il ne puisse pas se développer jusqu’à remplir la mémoire.</translation>
    </message>
    <message>
        <source>The file ends in the middle: it may not have been copied or saved whole.</source>
        <translation>Le fichier s’arrête en plein milieu&#xa0;: il n’a peut-être pas été copié ou enregistré en entier.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>Le fichier n’est pas du XML bien formé (ligne %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The file is written in the %1 text encoding, which Commonplace cannot read in a file of this kind: save it in UTF-8 and import it again.</source>
        <translation>Le fichier est écrit dans l’encodage de texte %1, que Commonplace ne sait pas lire dans un fichier de ce type : enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a notes application that never loses a word.</source>
        <translation>Commonplace, une application de notes qui ne perd jamais un mot.</translation>
    </message>
    <message>
        <source>Open the notebook in a window of its own, then exit: 0 if it opened. Checks an installation.</source>
        <translation>Ouvrir le carnet dans sa propre fenêtre, puis quitter&#xa0;: code 0 s’il s’est ouvert. Permet de vérifier une installation.</translation>
    </message>
    <message>
        <source>Open the note with this number (as in a link from Note ▸ Copy Link).</source>
        <translation>Ouvrir la note portant ce numéro (comme dans un lien de Note ▸ Copier le lien).</translation>
    </message>
    <message>
        <source>The notebook file (*.cpbook) to open or create, a team notebook&apos;s address (postgresql://user@host/database), or a link to a note (commonplace:…).</source>
        <translation>Le fichier de carnet (*.cpbook) à ouvrir ou à créer, l’adresse d’un carnet d’équipe (postgresql://utilisateur@hôte/base) ou un lien vers une note (commonplace:…).</translation>
    </message>
    <message>
        <source>“%1” is not a note number: note numbers are whole numbers above zero.</source>
        <translation>« %1 » n’est pas un numéro de note : les numéros de note sont des nombres entiers supérieurs à zéro.</translation>
    </message>
    <message>
        <source>--note needs the notebook that holds the note.</source>
        <translation>--note a besoin du carnet qui contient la note.</translation>
    </message>
</context>
</TS>
