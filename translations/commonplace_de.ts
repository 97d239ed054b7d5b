<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of the note</source>
        <translation>Anhänge der Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>This note has no attachments. Paste or drop an image or a file into its text, or use Note ▸ Attach File….</source>
        <translation>Diese Notiz hat keine Anhänge. Fügen Sie ein Bild oder eine Datei in ihren Text ein, ziehen Sie sie hinein, oder wählen Sie Notiz ▸ Datei anhängen….</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>Anhänge von „%1“</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Den Anhang öffnen</translation>
    </message>
    <message>
        <source>Save the attachment as a file</source>
        <translation>Den Anhang als Datei speichern</translation>
    </message>
</context>
<context>
    <name>CherryTreeDocument</name>
    <message>
        <source>“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and import the file it saves.</source>
        <translation>„%1“ ist mit einem Passwort geschützt; solche Dateien liest Commonplace nicht. Öffnen Sie die Datei in CherryTree, wählen Sie Datei ▸ Speichern unter… und dann „Nicht geschützt (.ctb)“ oder „Nicht geschützt (.ctd)“, und importieren Sie die so gespeicherte Datei.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Its place in the tree loops back on itself: imported without the tree&apos;s tag.</source>
        <translation>Die Stelle im Baum führt auf sich selbst zurück: ohne das Schlagwort des Baums importiert.</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>It is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>Größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CherryTree document: %2</source>
        <translation>„%1“ kann nicht als CherryTree-Dokument gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CherryTree document.</source>
        <translation>„%1“ ist kein CherryTree-Dokument.</translation>
    </message>
    <message>
        <source>“%1” holds no nodes.</source>
        <translation>„%1“ enthält keine Knoten.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its nodes are nested more than %2 deep.</source>
        <translation>„%1“ kann nicht gelesen werden: Seine Knoten sind tiefer als %2 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>the SQLite driver cannot read it safely.</source>
        <translation>Der SQLite-Treiber kann es nicht sicher lesen.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CherryTree document.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein CherryTree-Dokument.</translation>
    </message>
    <message>
        <source>it holds no nodes.</source>
        <translation>Es enthält keine Knoten.</translation>
    </message>
    <message>
        <source>Its text cannot be read: %1</source>
        <translation>Der Text kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CherryTreeText</name>
    <message>
        <source>Picture %1.png</source>
        <translation>Bild %1.png</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or program, but you changed it here.</source>
        <translation>„%1“ wurde in einem anderen Fenster oder Programm gelöscht, aber Sie haben die Notiz hier geändert.</translation>
    </message>
    <message>
        <source>Keep your text as a new note, or let the note go?</source>
        <translation>Ihren Text als neue Notiz behalten oder die Notiz gelöscht lassen?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a New Note</source>
        <translation>Meinen Text als &amp;neue Notiz behalten</translation>
    </message>
    <message>
        <source>&amp;Let It Go</source>
        <translation>&amp;Gelöscht lassen</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program after you deleted it here.</source>
        <translation>„%1“ wurde in einem anderen Fenster oder Programm geändert, nachdem Sie die Notiz hier gelöscht haben.</translation>
    </message>
    <message>
        <source>Delete it anyway, or keep the other version?</source>
        <translation>Trotzdem löschen oder die andere Version behalten?</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>Andere &amp;Version behalten</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program while you edited it here.</source>
        <translation>„%1“ wurde in einem anderen Fenster oder Programm geändert, während Sie die Notiz hier bearbeitet haben.</translation>
    </message>
    <message>
        <source>Keep your version, take theirs, or keep both as separate notes?</source>
        <translation>Ihre Version behalten, die andere übernehmen oder beide als getrennte Notizen behalten?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Andere &amp;übernehmen</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>A team notebook is a database on a PostgreSQL server. Its password is asked when the server wants one.</source>
        <translation>Ein Team-Notizbuch ist eine Datenbank auf einem PostgreSQL-Server. Nach dem Passwort wird gefragt, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>Verschlüsselt, Zertifikat und Name des Servers geprüft</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft</translation>
    </message>
    <message>
        <source>Encrypted, nothing checked</source>
        <translation>Verschlüsselt, nichts geprüft</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (trusted networks only)</source>
        <translation>Verschlüsselt, wenn der Server es anbietet (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>Ihr Anmeldename, wenn leer</translation>
    </message>
    <message>
        <source>The system&apos;s, or PGSSLROOTCERT&apos;s, if left empty</source>
        <translation>Die des Systems oder aus PGSSLROOTCERT, wenn leer</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Die Datei der Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Geben Sie den Server und die Datenbank an.</translation>
    </message>
    <message>
        <source>Listed in Open Recent as %1</source>
        <translation>Unter „Zuletzt geöffnet“ als %1 aufgeführt</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authority:</source>
        <translation>Zertifizierungss&amp;telle:</translation>
    </message>
</context>
<context>
    <name>EnmlText</name>
    <message>
        <source>Its text is not well-formed: %1</source>
        <translation>Der Text ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text encrypted in Evernote is not imported: decrypt it in Evernote and export again.</source>
        <translation>In Evernote verschlüsselter Text wird nicht importiert: Entschlüsseln Sie ihn in Evernote und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>A picture or file it shows is not in the export, or its data is damaged.</source>
        <translation>Ein Bild oder eine Datei, die sie zeigt, fehlt im Export, oder die Daten sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Another program changed the structure of this notebook, so nothing was saved. Your changes are kept: close the notebook and open it again.</source>
        <translation>Ein anderes Programm hat die Struktur dieses Notizbuchs geändert, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten: Schließen Sie das Notizbuch und öffnen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>%n Notiz wurde in einem anderen Fenster oder Programm geändert, während Sie sie hier bearbeitet haben. Es wurde nichts gespeichert; wählen Sie, welche Version behalten werden soll.</numerusform>
            <numerusform>%n Notizen wurden in einem anderen Fenster oder Programm geändert, während Sie sie hier bearbeitet haben. Es wurde nichts gespeichert; wählen Sie, welche Version behalten werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note has no title, so nothing was saved. Give it a title and save again; your changes are kept.</source>
        <translation>Eine Notiz hat keinen Titel, daher wurde nichts gespeichert. Geben Sie ihr einen Titel und speichern Sie erneut; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>A note’s title must have between 1 and %1 characters. Shorten the title and save again; your other changes are kept.</source>
        <translation>Der Titel einer Notiz muss zwischen 1 und %1 Zeichen lang sein. Kürzen Sie den Titel und speichern Sie erneut; Ihre übrigen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>A change breaks a rule of the notebook, so nothing was saved. Your changes are kept.</source>
        <translation>Eine Änderung verstößt gegen eine Regel des Notizbuchs, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Another program is using this notebook, so nothing was saved. Your changes are kept: save again in a moment.</source>
        <translation>Ein anderes Programm verwendet dieses Notizbuch, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten: Speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>This notebook is read-only, so your changes cannot be saved to it.</source>
        <translation>Dieses Notizbuch ist schreibgeschützt, daher können Ihre Änderungen nicht darin gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your changes are kept: free some space and save again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten: Geben Sie Speicherplatz frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The notebook could not be written to the disk, so nothing was saved. Your changes are kept: check that the disk is still there and writable, then save again.</source>
        <translation>Das Notizbuch konnte nicht auf den Datenträger geschrieben werden, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten: Prüfen Sie, ob der Datenträger noch vorhanden und beschreibbar ist, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The notebook file is damaged, so nothing was saved. Your changes are kept.</source>
        <translation>Die Notizbuchdatei ist beschädigt, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are kept.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden. Sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read: the notebook file is damaged. If you have a backup of it, open the backup instead.</source>
        <translation>Die Notizen von „%1“ können nicht gelesen werden: Die Notizbuchdatei ist beschädigt. Wenn Sie eine Sicherung davon haben, öffnen Sie stattdessen die Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is being used by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>„%1“ wird von einem anderen Programm verwendet. Schließen Sie das andere Programm oder warten Sie, bis es fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>Die Notizen von „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved. Your changes are kept: Commonplace connects again by itself, then save again.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten: Commonplace verbindet sich von selbst neu, speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>EvernoteExport</name>
    <message>
        <source>“%1” cannot be read as an Evernote export: %2</source>
        <translation>„%1“ kann nicht als Evernote-Export gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not an Evernote export (.enex).</source>
        <translation>„%1“ ist kein Evernote-Export (.enex).</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>„%1“ enthält keine Notizen.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>„%1“ ist größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>Its data is damaged (it does not match its checksum): left out.</source>
        <translation>Die Daten sind beschädigt (sie passen nicht zu ihrer Prüfsumme): weggelassen.</translation>
    </message>
    <message>
        <source>Its text is larger than %1 MB: not imported.</source>
        <translation>Der Text ist größer als %1 MB: nicht importiert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>It has no title: titled “%1”.</source>
        <translation>Ohne Titel: erhält den Titel „%1“.</translation>
    </message>
    <message>
        <source>Its data is damaged (it is not base64): left out.</source>
        <translation>Seine Daten sind beschädigt (kein Base64): ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Which notes</source>
        <translation>Welche Notizen</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>&amp;Every note outside the Trash</source>
        <translation>&amp;Jede Notiz außerhalb des Papierkorbs</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>Die jetzt aufgelistete &amp;Notiz (%n)</numerusform>
            <numerusform>Die jetzt aufgelisteten &amp;Notizen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;This note</source>
        <translation>&amp;Diese Notiz</translation>
    </message>
    <message>
        <source>&amp;This note: “%1”</source>
        <translation>&amp;Diese Notiz: „%1“</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Choose the folder and export</source>
        <translation>Den Ordner wählen und exportieren</translation>
    </message>
    <message>
        <source>They are written as Markdown files, one for each note, with their attachments, into a new folder in the folder you choose next. Unsaved changes are not written: save first to include them.</source>
        <translation>Sie werden als Markdown-Dateien geschrieben, eine je Notiz, mit ihren Anhängen, in einen neuen Ordner im Ordner, den Sie als Nächstes wählen. Ungespeicherte Änderungen werden nicht geschrieben: Speichern Sie zuerst, um sie aufzunehmen.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>In welchem Format</translation>
    </message>
    <message>
        <source>&amp;Markdown files, for other applications</source>
        <translation>&amp;Markdown-Dateien, für andere Anwendungen</translation>
    </message>
    <message>
        <source>&amp;HTML pages, for a web browser</source>
        <translation>&amp;HTML-Seiten, für einen Webbrowser</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>Unsaved changes are not written: save first to include them.</source>
        <translation>Ungespeicherte Änderungen werden nicht geschrieben: Speichern Sie zuerst, um sie aufzunehmen.</translation>
    </message>
    <message>
        <source>One Markdown file for each note, with its title, tags and dates, and the attachments beside them, in a new folder in the folder you choose next. Commonplace, Obsidian and other Markdown editors read them.</source>
        <translation>Eine Markdown-Datei je Notiz, mit Titel, Schlagwörtern und Datumsangaben, und daneben die Anhänge, in einem neuen Ordner im Ordner, den Sie als Nächstes wählen. Commonplace, Obsidian und andere Markdown-Editoren lesen sie.</translation>
    </message>
    <message>
        <source>One page for each note and an index of them, linked as the notes are, with the attachments, in a new folder in the folder you choose next. Any web browser shows them, with no network.</source>
        <translation>Eine Seite je Notiz und ein Verzeichnis der Seiten, verknüpft wie die Notizen, mit den Anhängen, in einem neuen Ordner im Ordner, den Sie als Nächstes wählen. Jeder Webbrowser zeigt sie an, auch ohne Netzwerk.</translation>
    </message>
    <message>
        <source>One PDF file, each note from a new page with its pictures, and a table of contents first when there are several. You choose the file next.</source>
        <translation>Eine PDF-Datei, jede Notiz ab einer neuen Seite mit ihren Bildern, und vorweg ein Inhaltsverzeichnis, wenn es mehrere sind. Die Datei wählen Sie als Nächstes.</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Die Datei wählen und exportieren</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is not empty: export into a new or empty folder, so that no file is overwritten.</source>
        <translation>„%1“ ist nicht leer: Exportieren Sie in einen neuen oder leeren Ordner, damit keine Datei überschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <source>Differences from the text now</source>
        <translation>Unterschiede zum jetzigen Text</translation>
    </message>
    <message>
        <source>Struck through: only in the version you chose. Underlined: only in the text now.</source>
        <translation>Durchgestrichen: nur in der gewählten Fassung. Unterstrichen: nur im jetzigen Text.</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>Diese Fassung konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The file being read</source>
        <translation>Die Datei, die gerade gelesen wird</translation>
    </message>
    <message>
        <source>Items not imported as they are, and why</source>
        <translation>Was nicht so importiert wird, wie es ist, und warum</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>Die Notizen importieren</translation>
    </message>
    <message>
        <source>Looking at the notes in “%1”…</source>
        <translation>Die Notizen in „%1“ werden angesehen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln Notiz: %1</numerusform>
            <numerusform>%Ln Notizen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the notebook is as it was.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde importiert, und das Notizbuch ist, wie es war.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>„%1“ enthält %Ln Notiz</numerusform>
            <numerusform>„%1“ enthält %Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>, %Ln Anhang</numerusform>
            <numerusform>, %Ln Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform> und %Ln Schlagwort.</numerusform>
            <numerusform> und %Ln Schlagwörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds them to “%1” in one step, after a backup of the notebook, each with a tag that names this import. The notes you are editing stay as they are.</source>
        <translation>Der Import fügt sie „%1“ in einem Schritt hinzu, nach einer Sicherung des Notizbuchs, jede mit einem Schlagwort, das diesen Import benennt. Die Notizen, die Sie bearbeiten, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>What will not come in as it is:</source>
        <translation>Was nicht so übernommen wird, wie es ist:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform> und %Ln neuer Anhang in „%1“ importiert. </numerusform>
            <numerusform> und %Ln neue Anhänge in „%1“ importiert. </numerusform>
        </translation>
    </message>
    <message>
        <source>They have the tag “%1”.</source>
        <translation>Sie haben das Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Imported with a change, or not imported:</source>
        <translation>Mit einer Änderung importiert oder nicht importiert:</translation>
    </message>
    <message>
        <source>Importing the notes of “%1” into “%2”…</source>
        <translation>Die Notizen aus „%1“ werden in „%2“ importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saving the notes of “%1” into “%2”…</source>
        <translation>Die Notizen aus „%1“ werden in „%2“ gespeichert…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>“%1” is not something Commonplace can import: choose a folder of Markdown files (an Obsidian vault, say), an Evernote export (.enex), a Joplin export (.jex), a CherryTree document (.ctb, .ctd), or Gnote or Tomboy notes (.note).</source>
        <translation>„%1“ kann Commonplace nicht importieren: Wählen Sie einen Ordner mit Markdown-Dateien (etwa einen Obsidian-Vault), einen Evernote-Export (.enex), einen Joplin-Export (.jex), ein CherryTree-Dokument (.ctb, .ctd) oder Gnote- bzw. Tomboy-Notizen (.note).</translation>
    </message>
</context>
<context>
    <name>JoplinExport</name>
    <message>
        <source>Its path leads outside the archive: not read.</source>
        <translation>Der Pfad führt aus dem Archiv hinaus: nicht gelesen.</translation>
    </message>
    <message>
        <source>Not a file (a link, say): not read.</source>
        <translation>Keine Datei (etwa eine Verknüpfung): nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: %2</source>
        <translation>„%1“ kann nicht als Joplin-Export gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not a tar archive.</source>
        <translation>Es ist kein tar-Archiv.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: an entry holds more than its header says.</source>
        <translation>„%1“ kann nicht als Joplin-Export gelesen werden: Ein Eintrag enthält mehr, als sein Kopf angibt.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Größer als %1 MB: nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” holds no Joplin notes.</source>
        <translation>„%1“ enthält keine Joplin-Notizen.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>„%1“ ist größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>It links to a note or resource that is not in the export: the link is kept as it was.</source>
        <translation>Sie verweist auf eine Notiz oder Ressource, die nicht im Export ist: Die Verknüpfung bleibt, wie sie war.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>&amp;Neues Notizbuch…</translation>
    </message>
    <message>
        <source>Create a new, empty notebook file</source>
        <translation>Eine neue, leere Notizbuchdatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>Notizbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a notebook file</source>
        <translation>Eine Notizbuchdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save every change in this notebook</source>
        <translation>Alle Änderungen in diesem Notizbuch speichern</translation>
    </message>
    <message>
        <source>Discard every unsaved change and go back to what was last saved</source>
        <translation>Alle ungespeicherten Änderungen verwerfen und zum zuletzt gespeicherten Stand zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Back Up Notebook…</source>
        <translation>Notizbuch si&amp;chern…</translation>
    </message>
    <message>
        <source>Write a copy of this notebook, as last saved, to a file you choose</source>
        <translation>Eine Kopie dieses Notizbuchs im zuletzt gespeicherten Stand in eine Datei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the titles and text of the notes</source>
        <translation>Titel und Text der Notizen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>Add a note to this notebook</source>
        <translation>Diesem Notizbuch eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>Ü&amp;ber Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Commonplace notebooks (*.%1);;All files (*)</source>
        <translation>Commonplace-Notizbücher (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Notebook Not Found</source>
        <translation>Notizbuch nicht gefunden</translation>
    </message>
    <message>
        <source>The notebook “%1” you used last is no longer there. Commonplace opens your default notebook instead.</source>
        <translation>Das zuletzt verwendete Notizbuch „%1“ ist nicht mehr vorhanden. Commonplace öffnet stattdessen Ihr Standardnotizbuch.</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Commonplace…
This happens once, and takes a while for a large notebook.</source>
        <translation>„%1“ wird für diese Version von Commonplace vorbereitet…
Dies geschieht nur einmal und dauert bei einem großen Notizbuch eine Weile.</translation>
    </message>
    <message>
        <source>%1[*] — Commonplace</source>
        <translation>%1[*] — Commonplace</translation>
    </message>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>Willkommen bei Commonplace</translation>
    </message>
    <message>
        <source>This notebook is a single file on your computer, and every note you write lives in it.

Your changes are kept aside until you save them with File ▸ Save (%1). Until then they are pending: the window title shows an asterisk and changed notes are marked with a dot in the list. File ▸ Revert throws the pending changes away and brings back what you last saved.

Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.</source>
        <translation>Dieses Notizbuch ist eine einzelne Datei auf Ihrem Computer, und jede Notiz, die Sie schreiben, befindet sich darin.

Ihre Änderungen werden gesondert aufbewahrt, bis Sie sie mit Datei ▸ Speichern (%1) speichern. Bis dahin sind sie ausstehend: Der Fenstertitel zeigt ein Sternchen, und geänderte Notizen sind in der Liste mit einem Punkt markiert. Datei ▸ Zurücksetzen verwirft die ausstehenden Änderungen und stellt den zuletzt gespeicherten Stand wieder her.

Drücken Sie %2, um eine neue Notiz zu schreiben. Diese Notiz können Sie mit Notiz ▸ Notiz löschen entfernen.</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>Neues Notizbuch</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Notizbuch öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n Notiz hat ungespeicherte Änderungen. Wenn Sie sie nicht speichern, gehen sie verloren.</numerusform>
            <numerusform>%n Notizen haben ungespeicherte Änderungen. Wenn Sie sie nicht speichern, gehen sie verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n Änderung gespeichert.</numerusform>
            <numerusform>%n Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung verwerfen und zum zuletzt gespeicherten Stand zurückkehren?</numerusform>
            <numerusform>%n ungespeicherte Änderungen verwerfen und zum zuletzt gespeicherten Stand zurückkehren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n Änderung verworfen.</numerusform>
            <numerusform>%n Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Mit an anderer Stelle gespeicherten Änderungen aktualisiert.</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Open Backup</source>
        <translation>Sicherung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Back Up Notebook</source>
        <translation>Notizbuch sichern</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert unter %1.</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 Sicherung %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>Die heutige Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>No notebook is open. Open one with File ▸ Open Notebook.</source>
        <translation>Es ist kein Notizbuch geöffnet. Öffnen Sie eines mit Datei ▸ Notizbuch öffnen.</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Keine Notizen passen zu „%1“.</translation>
    </message>
    <message>
        <source>No notes yet — press %1 to write one.</source>
        <translation>Noch keine Notizen – drücken Sie %1, um eine zu schreiben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Notebook: %1&lt;br&gt;Schema version: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Notizbuch: %1&lt;br&gt;Schemaversion: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>Über Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A notes application that never loses a word.&lt;/p&gt;&lt;p&gt;Commonplace is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Eine Notizanwendung, die kein Wort verliert.&lt;/p&gt;&lt;p&gt;Commonplace ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder später, weitergeben und/oder verändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the language, the editor font and how many backups are kept</source>
        <translation>Sprache, Editor-Schriftart und Anzahl der aufbewahrten Sicherungen ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Restore Note</source>
        <translation>Notiz &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>Notiz wiederherstellen</translation>
    </message>
    <message>
        <source>Bring back the selected note, as it was before it was deleted</source>
        <translation>Die ausgewählte Notiz so zurückholen, wie sie vor dem Löschen war</translation>
    </message>
    <message>
        <source>&amp;Pin Note</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Keep the selected note at the top of the list</source>
        <translation>Die gewählte Notiz oben in der Liste halten</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>%n Notiz mit „%1“ verschlagwortet; speichern, um es zu behalten.</numerusform>
            <numerusform>%n Notizen mit „%1“ verschlagwortet; speichern, um es zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put &amp;Back</source>
        <translation>&amp;Zurücklegen</translation>
    </message>
    <message>
        <source>Take the selected note out of the Trash when you next save</source>
        <translation>Die gewählte Notiz beim nächsten Speichern aus dem Papierkorb holen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb lee&amp;ren…</translation>
    </message>
    <message>
        <source>Delete every note in the Trash for good when you next save</source>
        <translation>Alle Notizen im Papierkorb beim nächsten Speichern endgültig löschen</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash when you next save</source>
        <translation>Die gewählte Notiz beim nächsten Speichern in den Papierkorb legen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>%n Notiz entfernt, die lange im Papierkorb lag.</numerusform>
            <numerusform>%n Notizen entfernt, die lange im Papierkorb lagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash could not be emptied of old notes: %1</source>
        <translation>Alte Notizen konnten nicht aus dem Papierkorb entfernt werden: %1</translation>
    </message>
    <message>
        <source>Moved to the Trash when you save; until then, Undo (%1) brings it back.</source>
        <translation>Kommt beim Speichern in den Papierkorb; bis dahin holt Rückgängig (%1) sie zurück.</translation>
    </message>
    <message>
        <source>Delete the note “%1” forever?</source>
        <translation>Die Notiz „%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>It stays in the list, crossed out, until you save; until then, Undo (%1) or Delete Note again brings it back. Saving removes it from the notebook, with its history.</source>
        <translation>Sie bleibt durchgestrichen in der Liste, bis Sie speichern; bis dahin holen Rückgängig (%1) oder erneutes Löschen sie zurück. Speichern entfernt sie samt Verlauf aus dem Notizbuch.</translation>
    </message>
    <message>
        <source>Taken out of the Trash when you save.</source>
        <translation>Wird beim Speichern aus dem Papierkorb geholt.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>Die %n Notiz im Papierkorb endgültig löschen?</numerusform>
            <numerusform>Die %n Notizen im Papierkorb endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay listed, crossed out, until you save; Revert brings them back. Saving removes them and their history from the notebook.</source>
        <translation>Sie bleiben durchgestrichen in der Liste, bis Sie speichern; Zurücksetzen holt sie zurück. Speichern entfernt sie samt Verlauf aus dem Notizbuch.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>Papierkorb &amp;leeren</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete the selected note and its history for good when you next save</source>
        <translation>Die gewählte Notiz samt Verlauf beim nächsten Speichern endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>See the saved versions of the selected note and bring one back</source>
        <translation>Die gespeicherten Fassungen der gewählten Notiz ansehen und eine zurückholen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>“%1” has no earlier versions yet. Each save that changes a note&apos;s title or text keeps the version it replaces.</source>
        <translation>„%1“ hat noch keine früheren Fassungen. Jedes Speichern, das Titel oder Text einer Notiz ändert, bewahrt die ersetzte Fassung.</translation>
    </message>
    <message>
        <source>Brought back the version of %1; save to keep it, or revert to drop it.</source>
        <translation>Die Fassung vom %1 ist zurück; speichern, um sie zu behalten, oder zurücksetzen, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sort by &amp;Last Changed</source>
        <translation>Nach letzter &amp;Änderung ordnen</translation>
    </message>
    <message>
        <source>List the most recently changed notes first</source>
        <translation>Die zuletzt geänderten Notizen zuerst zeigen</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Created</source>
        <translation>Nach &amp;Erstellung ordnen</translation>
    </message>
    <message>
        <source>List the most recently created notes first</source>
        <translation>Die zuletzt erstellten Notizen zuerst zeigen</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>Nach &amp;Titel ordnen</translation>
    </message>
    <message>
        <source>List the notes in the order of their titles</source>
        <translation>Die Notizen nach ihren Titeln ordnen</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Anzahl der Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n note(s); save to keep it.</source>
        <translation>
            <numerusform>„%1“ in %n Notiz in „%2“ umbenannt; speichern, um es zu behalten.</numerusform>
            <numerusform>„%1“ in %n Notizen in „%2“ umbenannt; speichern, um es zu behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>„%1“ von %n Notiz entfernt; speichern, um es zu behalten.</numerusform>
            <numerusform>„%1“ von %n Notizen entfernt; speichern, um es zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Not Changed</source>
        <translation>Schlagwort nicht geändert</translation>
    </message>
    <message>
        <source>The tag “%1” was not changed. %2</source>
        <translation>Das Schlagwort „%1“ wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>Show the note&apos;s text as you write it</source>
        <translation>Den Text der Notiz so zeigen, wie Sie ihn schreiben</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the note as its formatting makes it look</source>
        <translation>Die Notiz so zeigen, wie ihre Formatierung sie aussehen lässt</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the text and its preview next to each other</source>
        <translation>Den Text und seine Vorschau nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Switch Between Edit and Pre&amp;view</source>
        <translation>Zwischen Bearbeiten und Vorschau &amp;wechseln</translation>
    </message>
    <message>
        <source>Go from the text to its preview and back</source>
        <translation>Vom Text zu seiner Vorschau und zurück wechseln</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>view mode</comment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ollow Link</source>
        <translation>Verknüpfung &amp;folgen</translation>
    </message>
    <message>
        <source>Open the note that the [[link]] at the cursor leads to</source>
        <translation>Die Notiz öffnen, zu der die [[Verknüpfung]] am Cursor führt</translation>
    </message>
    <message>
        <source>There is no [[link]] at the cursor.</source>
        <translation>Am Cursor steht keine [[Verknüpfung]].</translation>
    </message>
    <message>
        <source>There is no note called “%1”.</source>
        <translation>Es gibt keine Notiz namens „%1“.</translation>
    </message>
    <message>
        <source>Create Note</source>
        <translation>Notiz anlegen</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>Es gibt noch keine Notiz namens „%1“. Soll sie angelegt werden?</translation>
    </message>
    <message>
        <source>C&amp;reate Note</source>
        <translation>Notiz an&amp;legen</translation>
    </message>
    <message>
        <source>Note in the Trash</source>
        <translation>Notiz im Papierkorb</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash. Put it back?</source>
        <translation>Die Notiz „%1“ liegt im Papierkorb. Soll sie zurückgelegt werden?</translation>
    </message>
    <message>
        <source>It is taken out of the Trash when you save.</source>
        <translation>Sie wird beim Speichern aus dem Papierkorb geholt.</translation>
    </message>
    <message>
        <source>“%1” has no heading “%2”.</source>
        <translation>„%1“ hat keine Überschrift „%2“.</translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>Verknüpfungen aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>%n andere Notiz verweist auf „%1“. Soll die Verknüpfung künftig zu „%2“ führen?</numerusform>
            <numerusform>%n andere Notizen verweisen auf „%1“. Sollen die Verknüpfungen künftig zu „%2“ führen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The links change in those notes as edits you can see, saved or reverted with the rest.</source>
        <translation>Die Verknüpfungen werden in diesen Notizen als sichtbare Änderungen angepasst, die mit allem anderen gespeichert oder zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>&amp;Update Links</source>
        <translation>Verknüpfungen &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>So &amp;lassen</translation>
    </message>
    <message>
        <source>The links could not be updated: %1</source>
        <translation>Die Verknüpfungen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>Die Verknüpfungen in %n Notiz wurden aktualisiert; speichern, um sie zu behalten.</numerusform>
            <numerusform>Die Verknüpfungen in %n Notizen wurden aktualisiert; speichern, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Verknüpfung ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy a link that opens the selected note from another program</source>
        <translation>Eine Verknüpfung kopieren, die die gewählte Notiz aus einem anderen Programm öffnet</translation>
    </message>
    <message>
        <source>Note Link Not Understood</source>
        <translation>Notizverknüpfung nicht verstanden</translation>
    </message>
    <message>
        <source>This link to a note is damaged or incomplete, so no note could be opened:
%1</source>
        <translation>Diese Verknüpfung zu einer Notiz ist beschädigt oder unvollständig, daher konnte keine Notiz geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>This note is in the Trash.</source>
        <translation>Diese Notiz liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>Note Not Found</source>
        <translation>Notiz nicht gefunden</translation>
    </message>
    <message>
        <source>There is no note number %1 in “%2”: it may have been deleted for good.</source>
        <translation>In „%2“ gibt es keine Notiz Nummer %1: Sie wurde möglicherweise endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Copied a link to “%1”.</source>
        <translation>Verknüpfung zu „%1“ kopiert.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>Die Notiz „%1“ liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>Add an image or another file to the notebook, where the cursor is in the note&apos;s text</source>
        <translation>Ein Bild oder eine andere Datei dem Notizbuch hinzufügen, an der Stelle des Cursors im Text der Notiz</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>Anhän&amp;ge…</translation>
    </message>
    <message>
        <source>List the files the selected note refers to, to open them or save a copy</source>
        <translation>Die Dateien auflisten, auf die die gewählte Notiz verweist, um sie zu öffnen oder eine Kopie zu speichern</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>Datei kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Nothing was added to the note.</source>
        <translation>Der Notiz wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Attached; saved in the notebook when you save.</source>
        <translation>Angehängt; beim Speichern wird es im Notizbuch gesichert.</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>Anhang kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.</source>
        <translation>Kein Programm öffnet „%1“. Speichern Sie mit Notiz ▸ Anhänge… eine Kopie davon.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>Anhang kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Attach F&amp;ile…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the saved notes out as a folder of Markdown files, with their attachments</source>
        <translation>Die gespeicherten Notizen als Ordner mit Markdown-Dateien schreiben, mit ihren Anhängen</translation>
    </message>
    <message>
        <source>Import Notes from a Folder</source>
        <translation>Notizen aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>%n Notiz importiert, mit dem Schlagwort „%1“.</numerusform>
            <numerusform>%n Notizen importiert, mit dem Schlagwort „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes into a Folder</source>
        <translation>Notizen in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 Notizen %2</translation>
    </message>
    <message>
        <source>Exporting the notes…</source>
        <translation>Die Notizen werden exportiert…</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>The notes could not be exported. %1</source>
        <translation>Die Notizen konnten nicht exportiert werden. %1</translation>
    </message>
    <message>
        <source> Unsaved changes are not in it: save, then export again to include them.</source>
        <translation> Ungespeicherte Änderungen sind nicht enthalten: Speichern Sie und exportieren Sie erneut, um sie aufzunehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform> und %n Anhang nach „%1“ exportiert.</numerusform>
            <numerusform> und %n Anhänge nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in the notes of another application&apos;s file: an Evernote or Joplin export, a CherryTree document, a Gnote or Tomboy note</source>
        <translation>Die Notizen aus der Datei einer anderen Anwendung übernehmen: einem Evernote- oder Joplin-Export, einem CherryTree-Dokument, einer Gnote- oder Tomboy-Notiz</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the note shown as the preview shows it, after a look at its pages</source>
        <translation>Die angezeigte Notiz so drucken, wie die Vorschau sie zeigt, nach einem Blick auf ihre Seiten</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Bring in the notes of a folder: Markdown files (an Obsidian vault, say), or Gnote&apos;s or Tomboy&apos;s notes</source>
        <translation>Die Notizen eines Ordners übernehmen: Markdown-Dateien (etwa eines Obsidian-Vaults) oder die Notizen von Gnote oder Tomboy</translation>
    </message>
    <message>
        <source>Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;All files (*)</source>
        <translation>Notizen anderer Anwendungen (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote-Exporte (*.enex);;Joplin-Exporte (*.jex);;CherryTree-Dokumente (*.ctb *.ctd *.ctz *.ctx);;Gnote- und Tomboy-Notizen (*.note);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Notes as PDF</source>
        <translation>Notizen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>The note could not be printed. %1</source>
        <translation>Die Notiz konnte nicht gedruckt werden. %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open a team notebook on a PostgreSQL server</source>
        <translation>Ein Team-Notizbuch auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost. Your changes are kept here; Commonplace connects again by itself, and then you can save them.</source>
        <translation>Die Verbindung zum Server von „%1“ ist abgebrochen. Ihre Änderungen bleiben hier erhalten; Commonplace verbindet sich von selbst neu, danach können Sie sie speichern.</translation>
    </message>
    <message>
        <source>Cop&amp;y to Server…</source>
        <translation>Auf Server &amp;kopieren…</translation>
    </message>
    <message>
        <source>Copy this notebook, as last saved, to a PostgreSQL server as a team notebook</source>
        <translation>Dieses Notizbuch im zuletzt gespeicherten Stand als Team-Notizbuch auf einen PostgreSQL-Server kopieren</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Kopie speichern &amp;als…</translation>
    </message>
    <message>
        <source>Save a copy of this team notebook, as last saved, in a notebook file</source>
        <translation>Eine Kopie dieses Team-Notizbuchs im zuletzt gespeicherten Stand in einer Notizbuchdatei speichern</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>„%1“ wird nach „%2“ kopiert…</translation>
    </message>
    <message>
        <source>Copy Not Made</source>
        <translation>Kopie nicht erstellt</translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>Die Kopie enthält das Notizbuch im zuletzt gespeicherten Stand: Ihre %n ungespeicherte Änderung bleibt hier.</numerusform>
            <numerusform>Die Kopie enthält das Notizbuch im zuletzt gespeicherten Stand: Ihre %n ungespeicherten Änderungen bleiben hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Server</source>
        <translation>Auf Server kopieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>„%1“ ist nach „%2“ kopiert, %n Notiz. Das Team-Notizbuch jetzt öffnen?</numerusform>
            <numerusform>„%1“ ist nach „%2“ kopiert, %n Notizen. Das Team-Notizbuch jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>A copy of “%1” is saved as “%2”.</source>
        <translation>Eine Kopie von „%1“ ist als „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>A symbolic link: not followed.</source>
        <translation>Eine symbolische Verknüpfung: nicht verfolgt.</translation>
    </message>
    <message>
        <source>Folders nested more than %1 deep are not read.</source>
        <translation>Ordner, die tiefer als %1 Ebenen verschachtelt sind, werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Larger than 20 MB: not a note.</source>
        <translation>Größer als 20 MB: keine Notiz.</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not UTF-8: read as Latin-1.</source>
        <translation>Kein UTF-8: als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>„%1“ ist größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown files (.md).</source>
        <translation>„%1“ enthält keine Markdown-Dateien (.md).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Its front matter is not YAML: kept as text.</source>
        <translation>Ihr Vorspann ist kein YAML: als Text behalten.</translation>
    </message>
    <message>
        <source>No note refers to it: not imported.</source>
        <translation>Keine Notiz verweist darauf: nicht importiert.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note titles</source>
        <translation>Titel der Notizen</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>„%1“ zum &amp;Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Eingefügtes Bild %1</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Keine Notiz ausgewählt</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>Titellänge</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Title (a note needs one)</source>
        <translation>Titel (jede Notiz braucht einen)</translation>
    </message>
    <message>
        <source>Select a note in the list, or press %1 to write a new one.</source>
        <translation>Wählen Sie eine Notiz in der Liste aus, oder drücken Sie %1, um eine neue zu schreiben.</translation>
    </message>
    <message>
        <source>The text of this note could not be read: another program may be using the notebook. Select the note again in a moment.</source>
        <translation>Der Text dieser Notiz konnte nicht gelesen werden: Möglicherweise verwendet ein anderes Programm das Notizbuch. Wählen Sie die Notiz gleich noch einmal aus.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>Dieser Titel ist %n Zeichen zu lang: Titel dürfen höchstens %1 Zeichen haben, daher kann die Notiz erst gespeichert werden, wenn er kürzer ist.</numerusform>
            <numerusform>Dieser Titel ist %n Zeichen zu lang: Titel dürfen höchstens %1 Zeichen haben, daher kann die Notiz erst gespeichert werden, wenn er kürzer ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Schlagwörter der Notiz</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <source>This note has no text yet.</source>
        <translation>Diese Notiz hat noch keinen Text.</translation>
    </message>
    <message>
        <source>Notes that link here</source>
        <translation>Notizen, die hierher verweisen</translation>
    </message>
    <message>
        <source>Notes that link to this note</source>
        <translation>Notizen, die auf diese Notiz verweisen</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>Verknüpft von %n Notiz:</numerusform>
            <numerusform>Verknüpft von %n Notizen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message>
        <source>Nothing was imported: the notebook could not be backed up first. %1</source>
        <translation>Nichts wurde importiert: Das Notizbuch konnte vorher nicht gesichert werden. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the notebook cannot be written now (%1).</source>
        <translation>Nichts wurde importiert: In das Notizbuch kann gerade nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: another program changed the structure of the notebook.</source>
        <translation>Nichts wurde importiert: Ein anderes Programm hat den Aufbau des Notizbuchs geändert.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>„%1“ ist größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Notiz ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>Der Titel war länger als %n Zeichen: gekürzt und vollständig als erste Zeile des Textes behalten.</numerusform>
            <numerusform>Der Titel war länger als %n Zeichen: gekürzt und vollständig als erste Zeile des Textes behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” could not be written (%2).</source>
        <translation>Nichts wurde importiert: „%1“ konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: the notes could not be indexed for search (%1).</source>
        <translation>Nichts wurde importiert: Die Notizen konnten nicht für die Suche indiziert werden (%1).</translation>
    </message>
    <message>
        <source>indexing them for search, %L1 of %L2</source>
        <translation>werden für die Suche indiziert, %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPane</name>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Untitled note</source>
        <translation>Unbenannte Notiz</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Wiederhergestellte Notiz</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (meine Version)</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>There is no note called “%1” yet: click to create it.</source>
        <translation>Es gibt noch keine Notiz namens „%1“: Klicken Sie, um sie anzulegen.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>Die Notiz „%1“ liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Bild nicht geladen: %1</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>Anhang fehlt</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Dieses Bild kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>This notebook is open for reading only.</source>
        <translation>Dieses Notizbuch ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>This notebook was saved by a newer version of Commonplace. You can read it here, but to change it, update Commonplace.</source>
        <translation>Dieses Notizbuch wurde mit einer neueren Version von Commonplace gespeichert. Sie können es hier lesen; um es zu ändern, aktualisieren Sie Commonplace.</translation>
    </message>
    <message>
        <source>This notebook was changed by another program: it holds triggers, views or tables that Commonplace did not make. To keep your notes safe, it is open for reading only.</source>
        <translation>Dieses Notizbuch wurde von einem anderen Programm verändert: Es enthält Trigger, Sichten oder Tabellen, die nicht von Commonplace angelegt wurden. Zum Schutz Ihrer Notizen ist es nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>This notebook file is read-only, so changes cannot be saved. To edit it, allow writing to the file or save a copy elsewhere.</source>
        <translation>Diese Notizbuchdatei ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Um sie zu bearbeiten, erlauben Sie das Schreiben in die Datei oder speichern Sie eine Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>The folder holding this notebook is read-only, so changes cannot be saved. To edit it, move the notebook to a folder you can write to.</source>
        <translation>Der Ordner, in dem sich dieses Notizbuch befindet, ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Um das Notizbuch zu bearbeiten, verschieben Sie es in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Commonplace cannot open notebooks because Qt&apos;s SQLite driver is not installed. Reinstalling Commonplace should fix this.</source>
        <translation>Commonplace kann keine Notizbücher öffnen, weil der SQLite-Treiber von Qt nicht installiert ist. Eine Neuinstallation von Commonplace sollte das Problem beheben.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a notebook.</source>
        <translation>„%1“ ist ein Ordner, kein Notizbuch.</translation>
    </message>
    <message>
        <source>The notebook “%1” does not exist.</source>
        <translation>Das Notizbuch „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Sie haben keine Berechtigung, „%1“ zu lesen.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a notebook.</source>
        <translation>„%1“ ist leer: Es ist kein Notizbuch.</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”: the folder “%2” does not exist.</source>
        <translation>Das Notizbuch „%1“ kann nicht erstellt werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a notebook in the folder “%1”.</source>
        <translation>Im Ordner „%1“ kann kein Notizbuch erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”.</source>
        <translation>Das Notizbuch „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot use the SQLite driver.</source>
        <translation>Der SQLite-Treiber kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot protect the notebook against crafted files.</source>
        <translation>Das Notizbuch kann nicht gegen manipulierte Dateien geschützt werden.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Commonplace notebook.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein Commonplace-Notizbuch.</translation>
    </message>
    <message>
        <source>application_id is %1</source>
        <translation>application_id ist %1</translation>
    </message>
    <message>
        <source>“%1” is marked as a Commonplace notebook, but its notes table is missing.</source>
        <translation>„%1“ ist als Commonplace-Notizbuch gekennzeichnet, aber seine Notiztabelle fehlt.</translation>
    </message>
    <message>
        <source>user_version is %1</source>
        <translation>user_version ist %1</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded for this version of Commonplace, but no backup could be made first, so it was left as it was.</source>
        <translation>„%1“ muss für diese Version von Commonplace aktualisiert werden, aber zuvor konnte keine Sicherung erstellt werden, daher wurde es unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded for this version of Commonplace. It was left as it was.</source>
        <translation>„%1“ konnte nicht für diese Version von Commonplace aktualisiert werden. Es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” is not a Commonplace notebook.</source>
        <translation>„%1“ ist kein Commonplace-Notizbuch.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. If you have a backup of it, open the backup instead.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden. Wenn Sie eine Sicherung davon haben, öffnen Sie stattdessen die Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Commonplace needs SQLite %1 or newer, but Qt&apos;s SQLite driver uses SQLite %2. Update SQLite, then open the notebook again; it has not been changed.</source>
        <translation>Commonplace benötigt SQLite %1 oder neuer, aber der SQLite-Treiber von Qt verwendet SQLite %2. Aktualisieren Sie SQLite und öffnen Sie das Notizbuch dann erneut; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The server lets your user name read this notebook but not change it. To edit it, ask the server&apos;s administrator for the right to write to it.</source>
        <translation>Der Server erlaubt Ihrem Benutzernamen, dieses Notizbuch zu lesen, aber nicht zu ändern. Um es zu bearbeiten, bitten Sie die Administration des Servers um Schreibrechte.</translation>
    </message>
    <message>
        <source>This notebook was made by an older version of Commonplace, and the server lets only its owner bring it up to date. You can read it here; to change it, ask its owner to open it once with this version of Commonplace.</source>
        <translation>Dieses Notizbuch wurde mit einer älteren Version von Commonplace angelegt, und der Server lässt nur seinen Eigentümer es auf den neuesten Stand bringen. Sie können es hier lesen; um es zu ändern, bitten Sie seinen Eigentümer, es einmal mit dieser Version von Commonplace zu öffnen.</translation>
    </message>
</context>
<context>
    <name>NotebookBackup</name>
    <message>
        <source>Cannot create the backup “%1”: %2</source>
        <translation>Die Sicherung „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 (restored from backup)</source>
        <translation>%1 (aus Sicherung wiederhergestellt)</translation>
    </message>
    <message>
        <source>%1 (restored from backup %2)</source>
        <translation>%1 (aus Sicherung wiederhergestellt %2)</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>Die Sicherung kann nicht nach „%1“ kopiert werden.</translation>
    </message>
</context>
<context>
    <name>NotebookCopy</name>
    <message>
        <source>The notebooks could not be read.</source>
        <translation>Die Notizbücher konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only a notebook of this version of Commonplace can be copied: open it for writing once, which brings it up to date.</source>
        <translation>Nur ein Notizbuch dieser Version von Commonplace kann kopiert werden: Öffnen Sie es einmal zum Schreiben, das bringt es auf den neuesten Stand.</translation>
    </message>
    <message>
        <source>The notebook to copy could not be read.</source>
        <translation>Das zu kopierende Notizbuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The copy cannot be written now.</source>
        <translation>Die Kopie kann jetzt nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy can go only into a notebook that holds no notes.</source>
        <translation>Die Kopie kann nur in ein Notizbuch ohne Notizen geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>Die Kopie konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy could not be indexed for search.</source>
        <translation>Die Kopie konnte nicht für die Suche indiziert werden.</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Die Kopie konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The notebook to copy has no table “%1”.</source>
        <translation>Das zu kopierende Notizbuch hat keine Tabelle „%1“.</translation>
    </message>
</context>
<context>
    <name>NotebookLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>NotebookServer</name>
    <message>
        <source>“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.</source>
        <translation>„%1“ kann nicht ohne Passwort geöffnet werden: Der Server %2 verlangt das Passwort von „%3“.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both and try again.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server %2 hat den Benutzernamen „%3“ oder sein Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” was not opened: the server %2 could not be checked as the location asks (its certificate is not trusted, is not for that name, or it offers no encrypted connection). Check the certificate authority file and the server&apos;s name.</source>
        <translation>„%1“ wurde nicht geöffnet: Der Server %2 konnte nicht so geprüft werden, wie es der Ort verlangt (sein Zertifikat ist nicht vertrauenswürdig, gilt nicht für diesen Namen, oder er bietet keine verschlüsselte Verbindung an). Prüfen Sie die Datei der Zertifizierungsstelle und den Namen des Servers.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server %2 hat keine Datenbank „%3“. Prüfen Sie den Namen, oder bitten Sie die Administration des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and that the server is running and can be reached from this computer.</source>
        <translation>„%1“ kann nicht geöffnet werden: Unter %2 antwortet kein PostgreSQL-Server. Prüfen Sie Namen und Port und ob der Server läuft und von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not accept the connection.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server %2 hat die Verbindung nicht angenommen.</translation>
    </message>
    <message>
        <source>Commonplace cannot open team notebooks because Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Commonplace kann keine Team-Notizbücher öffnen, weil der PostgreSQL-Treiber von Qt nicht installiert ist (unter Debian und Ubuntu das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server %2 hat nicht wie PostgreSQL geantwortet.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need PostgreSQL 12 or newer.</source>
        <translation>„%1“ kann nicht geöffnet werden: Auf dem Server %2 läuft PostgreSQL %3, Team-Notizbücher brauchen PostgreSQL 12 oder neuer.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server did not answer as expected.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server hat nicht wie erwartet geantwortet.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” see this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server erlaubt dem Benutzer „%2“ nicht, dieses Notizbuch zu sehen. Bitten Sie die Administration des Servers um Zugang.</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application, not a Commonplace notebook. Nothing was changed.</source>
        <translation>„%1“ enthält Tabellen einer anderen Anwendung, kein Commonplace-Notizbuch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database “%1” on %2 holds no notebook yet.</source>
        <translation>Die Datenbank „%1“ auf %2 enthält noch kein Notizbuch.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” read this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Server erlaubt dem Benutzer „%2“ nicht, dieses Notizbuch zu lesen. Bitten Sie die Administration des Servers um Zugang.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. Ask the server&apos;s administrator to set it up, or to let “%2” create schemas in the database.</source>
        <translation>In „%1“ kann kein Notizbuch eingerichtet werden: Der Server erlaubt dem Benutzer „%2“ nicht, es anzulegen. Bitten Sie die Administration des Servers, es einzurichten oder „%2“ zu erlauben, Schemas in der Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server refused a step. If it names an extension (pg_trgm, unaccent), ask the server&apos;s administrator to install PostgreSQL&apos;s contrib package or to create the extension in the database.</source>
        <translation>In „%1“ kann kein Notizbuch eingerichtet werden: Der Server hat einen Schritt abgelehnt. Wenn dabei eine Erweiterung genannt wird (pg_trgm, unaccent), bitten Sie die Administration des Servers, das contrib-Paket von PostgreSQL zu installieren oder die Erweiterung in der Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Commonplace, and was left as it was.</source>
        <translation>„%1“ konnte nicht für diese Version von Commonplace aktualisiert werden und wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <source>The attachment is not in this notebook.</source>
        <translation>Der Anhang ist nicht in diesem Notizbuch.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No notebook was named.</source>
        <translation>Es wurde kein Notizbuch angegeben.</translation>
    </message>
</context>
<context>
    <name>OpenErrorMessage</name>
    <message>
        <source>Cannot Open Notebook</source>
        <translation>Notizbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Its most recent backup is from %1. Commonplace can open a copy of it, leaving the damaged file as it is.</source>
        <translation>Die neueste Sicherung stammt vom %1. Commonplace kann eine Kopie davon öffnen und lässt die beschädigte Datei unverändert.</translation>
    </message>
    <message>
        <source>&amp;Open a Copy of the Backup</source>
        <translation>Kopie der Sicherung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Das Passwort im Schlüsselbund des Systems merken</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>[Attachment missing]</source>
        <translation>[Anhang fehlt]</translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>Es gibt keine Notizen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot draw the pages.</source>
        <translation>Die Seiten können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>PendingAttachments</name>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>„%1“ ist größer als 100 MB, das Höchste, was ein Notizbuch in einer Datei aufnimmt.</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: the folder “%2” cannot be created.</source>
        <translation>„%1“ kann bis zum Speichern nicht aufbewahrt werden: Der Ordner „%2“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: %2</source>
        <translation>„%1“ kann bis zum Speichern nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>„%1“ ist keine Datei, die angehängt werden kann.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Editor-Schriftart:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Aufzubewahrende Sicherungen:</translation>
    </message>
    <message>
        <source>Commonplace keeps a copy of each notebook for every day it changes, and deletes the oldest beyond this number.</source>
        <translation>Commonplace bewahrt von jedem Notizbuch für jeden Tag, an dem es sich ändert, eine Kopie auf und löscht die ältesten, sobald diese Anzahl überschritten ist.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash of notes:</source>
        <translation>Notizen aus dem &amp;Papierkorb entfernen:</translation>
    </message>
    <message>
        <source>Empty the Trash of notes</source>
        <translation>Notizen aus dem Papierkorb entfernen</translation>
    </message>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>die länger als %n Tag darin liegen</numerusform>
            <numerusform>die länger als %n Tage darin liegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Check s&amp;pelling as I type</source>
        <translation>Rechtschreibung beim &amp;Tippen prüfen</translation>
    </message>
    <message>
        <source>Spelling lan&amp;guage:</source>
        <translation>Sprache der Rechtschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibung</translation>
    </message>
    <message>
        <source>About spell checking</source>
        <translation>Zur Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one for your language (on Debian and Ubuntu, a hunspell package such as hunspell-en-us) and open Preferences again.</source>
        <translation>Es ist kein Wörterbuch installiert, daher wird die Rechtschreibung nicht geprüft. Installieren Sie eines für Ihre Sprache (unter Debian und Ubuntu ein hunspell-Paket wie hunspell-de-de) und öffnen Sie die Einstellungen erneut.</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung vom %1 wiederherstellen?</numerusform>
            <numerusform>%n ungespeicherte Änderungen vom %1 wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Commonplace closed without saving them the last time this notebook was open. Recovered changes are not saved yet: review them, then save.</source>
        <translation>Als dieses Notizbuch zuletzt geöffnet war, wurde Commonplace beendet, ohne sie zu speichern. Wiederhergestellte Änderungen sind noch nicht gespeichert: Prüfen Sie sie und speichern Sie dann.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration file name %1 does not start with a four-digit number.</source>
        <translation>Der Name der Migrationsdatei %1 beginnt nicht mit einer vierstelligen Zahl.</translation>
    </message>
    <message>
        <source>The migration %1 is out of sequence: expected number %2.</source>
        <translation>Die Migration %1 steht nicht an der richtigen Stelle der Reihenfolge: Erwartet wurde Nummer %2.</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>In %1 wurden keine Schemamigrationen gefunden.</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this version of Commonplace.</source>
        <translation>Die Schemaversion %1 ist dieser Version von Commonplace unbekannt.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Die Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>Die Schemaversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a notebook&apos;s.</source>
        <translation>Die Datenbank enthält bereits Tabellen, die nicht zu einem Notizbuch gehören.</translation>
    </message>
    <message>
        <source>The upgrade would break a link between notes (table %1).</source>
        <translation>Die Aktualisierung würde eine Verknüpfung zwischen Notizen zerstören (Tabelle %1).</translation>
    </message>
    <message>
        <source>Could not save the upgrade: %1</source>
        <translation>Die Aktualisierung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 failed: %3
%4</source>
        <translation>%1, Anweisung %2 fehlgeschlagen: %3
%4</translation>
    </message>
    <message>
        <source>%1: the links between notes could not be written: %2</source>
        <translation>%1: Die Verknüpfungen zwischen den Notizen konnten nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SetUpQuestion</name>
    <message>
        <source>Set Up a Team Notebook</source>
        <translation>Team-Notizbuch einrichten</translation>
    </message>
    <message>
        <source>Set up a new notebook there?</source>
        <translation>Dort ein neues Notizbuch einrichten?</translation>
    </message>
    <message>
        <source>Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone the server lets use that database can then open the notebook.</source>
        <translation>Commonplace legt seine Tabellen im Schema „%1“ der Datenbank „%2“ an. Alle, denen der Server diese Datenbank erlaubt, können das Notizbuch dann öffnen.</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All Notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Shelves and tags</source>
        <translation>Bereiche und Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>Schlagwort &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>Schlagwort &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1” (the tags under it move with it):</source>
        <translation>Neuer Name für „%1“ (die Schlagwörter darunter ziehen mit):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Neuer Name des Schlagworts</translation>
    </message>
    <message>
        <source>A tag needs a name. To take it off its notes, use Delete Tag.</source>
        <translation>Ein Schlagwort braucht einen Namen. Um es von seinen Notizen zu entfernen, nutzen Sie „Schlagwort löschen“.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>There is a tag “%1” already. Merge “%2” into it?</source>
        <translation>Es gibt bereits ein Schlagwort „%1“. „%2“ damit zusammenführen?</translation>
    </message>
    <message>
        <source>The notes tagged “%1” will be tagged “%2” when you save.</source>
        <translation>Die Notizen mit „%1“ erhalten beim Speichern „%2“.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ von %n Notiz entfernen?</numerusform>
            <numerusform>Das Schlagwort „%1“ von %n Notizen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags under it go too. The notes stay, with their other tags; Revert brings the tag back until you save.</source>
        <translation>Die Schlagwörter darunter gehen mit. Die Notizen bleiben, mit ihren anderen Schlagwörtern; bis zum Speichern holt „Zurücksetzen“ das Schlagwort zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>Schlagwort &amp;löschen</translation>
    </message>
</context>
<context>
    <name>TomboyNotes</name>
    <message>
        <source>It is not a Gnote or Tomboy note.</source>
        <translation>Es ist keine Gnote- oder Tomboy-Notiz.</translation>
    </message>
    <message>
        <source>“%1” holds no Gnote or Tomboy notes (.note).</source>
        <translation>„%1“ enthält keine Gnote- oder Tomboy-Notizen (.note).</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Größer als %1 MB: nicht importiert.</translation>
    </message>
    <message>
        <source>A template for new notes: not imported.</source>
        <translation>Eine Vorlage für neue Notizen: nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Gnote or Tomboy note: %2</source>
        <translation>„%1“ kann nicht als Gnote- oder Tomboy-Notiz gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no notes that can be imported.</source>
        <translation>„%1“ enthält keine Notizen, die sich importieren lassen.</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Commonplace: import notes into a notebook, or export them, without a window.</source>
        <translation>Commonplace: Notizen ohne Fenster in ein Notizbuch importieren oder exportieren.</translation>
    </message>
    <message>
        <source>Import the notes of these sources (a folder of Markdown files or an Obsidian vault).</source>
        <translation>Die Notizen dieser Quellen importieren (ein Ordner mit Markdown-Dateien oder ein Obsidian-Vault).</translation>
    </message>
    <message>
        <source>The notebook to import into; made if it does not exist.</source>
        <translation>Das Notizbuch, in das importiert wird; wird angelegt, falls es nicht existiert.</translation>
    </message>
    <message>
        <source>Export the notes of this notebook.</source>
        <translation>Die Notizen dieses Notizbuchs exportieren.</translation>
    </message>
    <message>
        <source>The new or empty folder to export into.</source>
        <translation>Der neue oder leere Ordner für den Export.</translation>
    </message>
    <message>
        <source>More sources to import.</source>
        <translation>Weitere Quellen zum Importieren.</translation>
    </message>
    <message>
        <source>--import needs --into NOTEBOOK: the notebook to import into.</source>
        <translation>--import braucht --into NOTIZBUCH: das Notizbuch, in das importiert wird.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook file.</source>
        <translation>„%1“ ist keine Notizbuchdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>%n Notiz aus „%1“ in „%2“ importiert, mit dem Schlagwort %3</numerusform>
            <numerusform>%n Notizen aus „%1“ in „%2“ importiert, mit dem Schlagwort %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>, mit %n neuen Anhang.</numerusform>
            <numerusform>, mit %n neuen Anhängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>  changed: %1: %2</source>
        <translation>  geändert: %1: %2</translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  nicht importiert: %1: %2</translation>
    </message>
    <message>
        <source>There is no notebook “%1”.</source>
        <translation>Es gibt kein Notizbuch „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>%n Notiz aus „%1“ nach „%2“ exportiert</numerusform>
            <numerusform>%n Notizen aus „%1“ nach „%2“ exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>, mit %n Anhang.</numerusform>
            <numerusform>, mit %n Anhängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export to: markdown (the default), html or pdf.</source>
        <translation>Wohin exportiert wird: markdown (Standard), html oder pdf.</translation>
    </message>
    <message>
        <source>Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH.</source>
        <translation>Geben Sie entweder --import QUELLE... --into NOTIZBUCH oder --export NOTIZBUCH --to PFAD an.</translation>
    </message>
    <message>
        <source>--export needs --to PATH, and nothing else: the folder to export into (a file for pdf).</source>
        <translation>--export braucht --to PFAD und sonst nichts: den Ordner für den Export (bei pdf eine Datei).</translation>
    </message>
    <message>
        <source>“%1” is not a format Commonplace exports to: use markdown, html or pdf.</source>
        <translation>In „%1“ exportiert Commonplace nicht: Verwenden Sie markdown, html oder pdf.</translation>
    </message>
    <message>
        <source>“%1” exists already: give the name of a new file, so that nothing is overwritten.</source>
        <translation>„%1“ ist bereits vorhanden: Geben Sie den Namen einer neuen Datei an, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Es gibt kein Terminal, auf dem nach dem Passwort gefragt werden kann: Geben Sie es in PGPASSWORD oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
</context>
<context>
    <name>UnsavedJournal</name>
    <message>
        <source>Cannot keep unsaved changes in “%1”: %2</source>
        <translation>Ungespeicherte Änderungen können nicht in „%1“ aufbewahrt werden: %2</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The file declares XML entities, which no export Commonplace reads does: it is not read, so that it cannot expand to fill the memory.</source>
        <translation>Die Datei deklariert XML-Entitäten, was kein Export tut, den Commonplace liest: Sie wird nicht gelesen, damit sie nicht anwachsen und den Speicher füllen kann.</translation>
    </message>
    <message>
        <source>The file ends in the middle: it may not have been copied or saved whole.</source>
        <translation>Die Datei bricht mittendrin ab: Sie wurde vielleicht nicht vollständig kopiert oder gespeichert.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>Die Datei ist kein wohlgeformtes XML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>The file is written in the %1 text encoding, which Commonplace cannot read in a file of this kind: save it in UTF-8 and import it again.</source>
        <translation>Die Datei ist in der Textkodierung %1 geschrieben, die Commonplace in einer Datei dieser Art nicht lesen kann: Speichern Sie sie in UTF-8 und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a notes application that never loses a word.</source>
        <translation>Commonplace, eine Notizanwendung, die kein Wort verliert.</translation>
    </message>
    <message>
        <source>Open the notebook in a window of its own, then exit: 0 if it opened. Checks an installation.</source>
        <translation>Das Notizbuch in einem eigenen Fenster öffnen und dann beenden: 0, wenn es sich öffnen ließ. Dient zum Prüfen einer Installation.</translation>
    </message>
    <message>
        <source>Open the note with this number (as in a link from Note ▸ Copy Link).</source>
        <translation>Die Notiz mit dieser Nummer öffnen (wie in einer Verknüpfung aus Notiz ▸ Verknüpfung kopieren).</translation>
    </message>
    <message>
        <source>The notebook file (*.cpbook) to open or create, a team notebook&apos;s address (postgresql://user@host/database), or a link to a note (commonplace:…).</source>
        <translation>Die zu öffnende oder anzulegende Notizbuchdatei (*.cpbook), die Adresse eines Team-Notizbuchs (postgresql://benutzer@host/datenbank) oder eine Verknüpfung zu einer Notiz (commonplace:…).</translation>
    </message>
    <message>
        <source>“%1” is not a note number: note numbers are whole numbers above zero.</source>
        <translation>„%1“ ist keine Notiznummer: Notiznummern sind ganze Zahlen größer als null.</translation>
    </message>
    <message>
        <source>--note needs the notebook that holds the note.</source>
        <translation>--note braucht das Notizbuch, das die Notiz enthält.</translation>
    </message>
</context>
</TS>
