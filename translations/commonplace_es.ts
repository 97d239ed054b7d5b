<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of the note</source>
        <translation>Adjuntos de la nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>This note has no attachments. Paste or drop an image or a file into its text, or use Note ▸ Attach File….</source>
        <translation>Esta nota no tiene adjuntos. Pegue o suelte una imagen o un archivo en su texto, o use Nota ▸ Adjuntar archivo….</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>Adjuntos de «%1»</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Abrir el adjunto</translation>
    </message>
    <message>
        <source>Save the attachment as a file</source>
        <translation>Guardar el adjunto como archivo</translation>
    </message>
</context>
<context>
    <name>CherryTreeDocument</name>
    <message>
        <source>“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and import the file it saves.</source>
        <translation>«%1» está protegido con contraseña, y Commonplace no lee esos archivos. En CherryTree, ábralo y elija Archivo ▸ Guardar como…, luego «No protegido (.ctb)» o «No protegido (.ctd)», e importe el archivo que se guarde.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Its place in the tree loops back on itself: imported without the tree&apos;s tag.</source>
        <translation>Su lugar en el árbol vuelve sobre sí mismo: se importa sin la etiqueta del árbol.</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>It is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>Ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CherryTree document: %2</source>
        <translation>«%1» no se puede leer como documento de CherryTree: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CherryTree document.</source>
        <translation>«%1» no es un documento de CherryTree.</translation>
    </message>
    <message>
        <source>“%1” holds no nodes.</source>
        <translation>«%1» no contiene nodos.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its nodes are nested more than %2 deep.</source>
        <translation>No se puede leer «%1»: sus nodos están anidados a más de %2 niveles.</translation>
    </message>
    <message>
        <source>the SQLite driver cannot read it safely.</source>
        <translation>el controlador SQLite no puede leerlo de forma segura.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CherryTree document.</source>
        <translation>«%1» es una base de datos de otra aplicación, no un documento de CherryTree.</translation>
    </message>
    <message>
        <source>it holds no nodes.</source>
        <translation>no contiene nodos.</translation>
    </message>
    <message>
        <source>Its text cannot be read: %1</source>
        <translation>Su texto no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>CherryTreeText</name>
    <message>
        <source>Picture %1.png</source>
        <translation>Imagen %1.png</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Cambios en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or program, but you changed it here.</source>
        <translation>La nota «%1» se eliminó en otra ventana u otro programa, pero usted la modificó aquí.</translation>
    </message>
    <message>
        <source>Keep your text as a new note, or let the note go?</source>
        <translation>¿Conservar su texto como una nota nueva o dejar que la nota se elimine?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a New Note</source>
        <translation>Conservar el mío como nota &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Let It Go</source>
        <translation>&amp;Dejarla borrada</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program after you deleted it here.</source>
        <translation>La nota «%1» se modificó en otra ventana u otro programa después de que usted la eliminara aquí.</translation>
    </message>
    <message>
        <source>Delete it anyway, or keep the other version?</source>
        <translation>¿Eliminarla de todos modos o conservar la otra versión?</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>&amp;Borrar de todos modos</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>Conservar &amp;su versión</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program while you edited it here.</source>
        <translation>La nota «%1» se modificó en otra ventana u otro programa mientras usted la editaba aquí.</translation>
    </message>
    <message>
        <source>Keep your version, take theirs, or keep both as separate notes?</source>
        <translation>¿Conservar su versión, usar la otra o conservar ambas como notas separadas?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>A team notebook is a database on a PostgreSQL server. Its password is asked when the server wants one.</source>
        <translation>Un cuaderno de equipo es una base de datos en un servidor PostgreSQL. Su contraseña se pide cuando el servidor la requiere.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>Cifrado, certificado y nombre del servidor comprobados</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Cifrado, certificado del servidor comprobado</translation>
    </message>
    <message>
        <source>Encrypted, nothing checked</source>
        <translation>Cifrado, sin comprobar nada</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (trusted networks only)</source>
        <translation>Cifrado si el servidor lo ofrece (solo redes de confianza)</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>Su nombre de inicio de sesión si se deja vacío</translation>
    </message>
    <message>
        <source>The system&apos;s, or PGSSLROOTCERT&apos;s, if left empty</source>
        <translation>La del sistema, o la de PGSSLROOTCERT, si se deja vacío</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>Listed in Open Recent as %1</source>
        <translation>Aparece en «Abrir reciente» como %1</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authority:</source>
        <translation>Autori&amp;dad de certificación:</translation>
    </message>
</context>
<context>
    <name>EnmlText</name>
    <message>
        <source>Its text is not well-formed: %1</source>
        <translation>Su texto no está bien formado: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Text encrypted in Evernote is not imported: decrypt it in Evernote and export again.</source>
        <translation>El texto cifrado en Evernote no se importa: descífrelo en Evernote y vuelva a exportar.</translation>
    </message>
    <message>
        <source>A picture or file it shows is not in the export, or its data is damaged.</source>
        <translation>Una imagen o un archivo que muestra no está en la exportación, o sus datos están dañados.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Another program changed the structure of this notebook, so nothing was saved. Your changes are kept: close the notebook and open it again.</source>
        <translation>Otro programa cambió la estructura de este cuaderno, así que no se guardó nada. Sus cambios se conservan: cierre el cuaderno y vuelva a abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>%n nota se modificó en otra ventana u otro programa mientras usted la editaba aquí. No se guardó nada; elija qué versión conservar.</numerusform>
            <numerusform>%n notas se modificaron en otra ventana u otro programa mientras usted las editaba aquí. No se guardó nada; elija qué versión conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note has no title, so nothing was saved. Give it a title and save again; your changes are kept.</source>
        <translation>Una nota no tiene título, así que no se guardó nada. Póngale un título y vuelva a guardar; sus cambios se conservan.</translation>
    </message>
    <message>
        <source>A note’s title must have between 1 and %1 characters. Shorten the title and save again; your other changes are kept.</source>
        <translation>El título de una nota debe tener entre 1 y %1 caracteres. Acorte el título y vuelva a guardar; sus demás cambios se conservan.</translation>
    </message>
    <message>
        <source>A change breaks a rule of the notebook, so nothing was saved. Your changes are kept.</source>
        <translation>Un cambio infringe una regla del cuaderno, así que no se guardó nada. Sus cambios se conservan.</translation>
    </message>
    <message>
        <source>Another program is using this notebook, so nothing was saved. Your changes are kept: save again in a moment.</source>
        <translation>Otro programa está usando este cuaderno, así que no se guardó nada. Sus cambios se conservan: vuelva a guardar dentro de un momento.</translation>
    </message>
    <message>
        <source>This notebook is read-only, so your changes cannot be saved to it.</source>
        <translation>Este cuaderno es de solo lectura, así que sus cambios no se pueden guardar en él.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your changes are kept: free some space and save again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Sus cambios se conservan: libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The notebook could not be written to the disk, so nothing was saved. Your changes are kept: check that the disk is still there and writable, then save again.</source>
        <translation>No se pudo escribir el cuaderno en el disco, así que no se guardó nada. Sus cambios se conservan: compruebe que el disco sigue disponible y que se puede escribir en él, y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The notebook file is damaged, so nothing was saved. Your changes are kept.</source>
        <translation>El archivo del cuaderno está dañado, así que no se guardó nada. Sus cambios se conservan.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are kept.</source>
        <translation>No se pudieron guardar sus cambios, pero se conservan.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read: the notebook file is damaged. If you have a backup of it, open the backup instead.</source>
        <translation>Las notas de «%1» no se pueden leer: el archivo del cuaderno está dañado. Si tiene una copia de seguridad, abra la copia en su lugar.</translation>
    </message>
    <message>
        <source>“%1” is being used by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>«%1» está siendo usado por otro programa. Cierre el otro programa, o espere a que termine, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>Las notas de «%1» no se pueden leer.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved. Your changes are kept: Commonplace connects again by itself, then save again.</source>
        <translation>Se perdió la conexión con el servidor, así que no se guardó nada. Sus cambios se conservan: Commonplace vuelve a conectarse por sí mismo; después, guarde de nuevo.</translation>
    </message>
</context>
<context>
    <name>EvernoteExport</name>
    <message>
        <source>“%1” cannot be read as an Evernote export: %2</source>
        <translation>«%1» no se puede leer como exportación de Evernote: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not an Evernote export (.enex).</source>
        <translation>«%1» no es una exportación de Evernote (.enex).</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>«%1» no contiene notas.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«%1» ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>Its data is damaged (it does not match its checksum): left out.</source>
        <translation>Sus datos están dañados (no coinciden con su suma de comprobación): se omite.</translation>
    </message>
    <message>
        <source>Its text is larger than %1 MB: not imported.</source>
        <translation>Su texto ocupa más de %1 MB: no se importa.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>It has no title: titled “%1”.</source>
        <translation>No tiene título: se titula «%1».</translation>
    </message>
    <message>
        <source>Its data is damaged (it is not base64): left out.</source>
        <translation>Sus datos están dañados (no son base64): se omiten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Which notes</source>
        <translation>Qué notas</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>&amp;Every note outside the Trash</source>
        <translation>&amp;Todas las notas fuera de la papelera</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>La &amp;nota que se lista ahora (%n)</numerusform>
            <numerusform>Las &amp;notas que se listan ahora (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;This note</source>
        <translation>&amp;Esta nota</translation>
    </message>
    <message>
        <source>&amp;This note: “%1”</source>
        <translation>&amp;Esta nota: «%1»</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Choose the folder and export</source>
        <translation>Elegir la carpeta y exportar</translation>
    </message>
    <message>
        <source>They are written as Markdown files, one for each note, with their attachments, into a new folder in the folder you choose next. Unsaved changes are not written: save first to include them.</source>
        <translation>Se escriben como archivos Markdown, uno por nota, con sus adjuntos, en una carpeta nueva dentro de la que elija a continuación. Los cambios sin guardar no se escriben: guarde antes para incluirlos.</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>En qué formato</translation>
    </message>
    <message>
        <source>&amp;Markdown files, for other applications</source>
        <translation>Archivos &amp;Markdown, para otras aplicaciones</translation>
    </message>
    <message>
        <source>&amp;HTML pages, for a web browser</source>
        <translation>Páginas &amp;HTML, para un navegador web</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, para leer o imprimir</translation>
    </message>
    <message>
        <source>Unsaved changes are not written: save first to include them.</source>
        <translation>Los cambios sin guardar no se escriben: guarde antes para incluirlos.</translation>
    </message>
    <message>
        <source>One Markdown file for each note, with its title, tags and dates, and the attachments beside them, in a new folder in the folder you choose next. Commonplace, Obsidian and other Markdown editors read them.</source>
        <translation>Un archivo Markdown por nota, con su título, etiquetas y fechas, y los adjuntos al lado, en una carpeta nueva dentro de la que elija a continuación. Commonplace, Obsidian y otros editores de Markdown los leen.</translation>
    </message>
    <message>
        <source>One page for each note and an index of them, linked as the notes are, with the attachments, in a new folder in the folder you choose next. Any web browser shows them, with no network.</source>
        <translation>Una página por nota y un índice de ellas, enlazadas como lo están las notas, con los adjuntos, en una carpeta nueva dentro de la que elija a continuación. Cualquier navegador web las muestra, sin red.</translation>
    </message>
    <message>
        <source>One PDF file, each note from a new page with its pictures, and a table of contents first when there are several. You choose the file next.</source>
        <translation>Un archivo PDF, cada nota desde una página nueva con sus imágenes, y primero un índice cuando hay varias. El archivo lo elige a continuación.</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Elegir el archivo y exportar</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is not empty: export into a new or empty folder, so that no file is overwritten.</source>
        <translation>«%1» no está vacía: exporte a una carpeta nueva o vacía, para que no se sobrescriba ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Differences from the text now</source>
        <translation>Diferencias con el texto actual</translation>
    </message>
    <message>
        <source>Struck through: only in the version you chose. Underlined: only in the text now.</source>
        <translation>Tachado: solo en la versión elegida. Subrayado: solo en el texto actual.</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de «%1»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>No se pudo leer esta versión.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizada el %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The file being read</source>
        <translation>El archivo que se está leyendo</translation>
    </message>
    <message>
        <source>Items not imported as they are, and why</source>
        <translation>Lo que no se importa tal cual, y por qué</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>Importar las notas</translation>
    </message>
    <message>
        <source>Looking at the notes in “%1”…</source>
        <translation>Examinando las notas de «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln nota: %1</numerusform>
            <numerusform>%Ln notas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the notebook is as it was.</source>
        <translation>Se canceló la importación: no se importó nada y el cuaderno está como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>«%1» contiene %Ln nota</numerusform>
            <numerusform>«%1» contiene %Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>, %Ln adjunto</numerusform>
            <numerusform>, %Ln adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform> y %Ln etiqueta.</numerusform>
            <numerusform> y %Ln etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds them to “%1” in one step, after a backup of the notebook, each with a tag that names this import. The notes you are editing stay as they are.</source>
        <translation>La importación las añade a «%1» de una vez, tras una copia de seguridad del cuaderno, cada una con una etiqueta que nombra esta importación. Las notas que está editando quedan como están.</translation>
    </message>
    <message>
        <source>What will not come in as it is:</source>
        <translation>Lo que no entrará tal cual:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>Se importó %Ln nota</numerusform>
            <numerusform>Se importaron %Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform> y %Ln adjunto nuevo a «%1». </numerusform>
            <numerusform> y %Ln adjuntos nuevos a «%1». </numerusform>
        </translation>
    </message>
    <message>
        <source>They have the tag “%1”.</source>
        <translation>Tienen la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Imported with a change, or not imported:</source>
        <translation>Importado con un cambio, o no importado:</translation>
    </message>
    <message>
        <source>Importing the notes of “%1” into “%2”…</source>
        <translation>Importando las notas de «%1» a «%2»…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Saving the notes of “%1” into “%2”…</source>
        <translation>Guardando las notas de «%1» en «%2»…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>“%1” is not something Commonplace can import: choose a folder of Markdown files (an Obsidian vault, say), an Evernote export (.enex), a Joplin export (.jex), a CherryTree document (.ctb, .ctd), or Gnote or Tomboy notes (.note).</source>
        <translation>Commonplace no puede importar «%1»: elija una carpeta de archivos Markdown (una bóveda de Obsidian, por ejemplo), una exportación de Evernote (.enex), una exportación de Joplin (.jex), un documento de CherryTree (.ctb, .ctd) o notas de Gnote o Tomboy (.note).</translation>
    </message>
</context>
<context>
    <name>JoplinExport</name>
    <message>
        <source>Its path leads outside the archive: not read.</source>
        <translation>Su ruta lleva fuera del archivo comprimido: no se lee.</translation>
    </message>
    <message>
        <source>Not a file (a link, say): not read.</source>
        <translation>No es un archivo (es un enlace, por ejemplo): no se lee.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: %2</source>
        <translation>«%1» no se puede leer como exportación de Joplin: %2</translation>
    </message>
    <message>
        <source>it is not a tar archive.</source>
        <translation>no es un archivo tar.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: an entry holds more than its header says.</source>
        <translation>«%1» no se puede leer como exportación de Joplin: una entrada contiene más de lo que indica su cabecera.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» no es un archivo.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Ocupa más de %1 MB: no se importa.</translation>
    </message>
    <message>
        <source>“%1” holds no Joplin notes.</source>
        <translation>«%1» no contiene notas de Joplin.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«%1» ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>It links to a note or resource that is not in the export: the link is kept as it was.</source>
        <translation>Enlaza a una nota o un recurso que no está en la exportación: el enlace se conserva como estaba.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>&amp;Nuevo cuaderno…</translation>
    </message>
    <message>
        <source>Create a new, empty notebook file</source>
        <translation>Crea un archivo de cuaderno nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>&amp;Abrir cuaderno…</translation>
    </message>
    <message>
        <source>Open a notebook file</source>
        <translation>Abre un archivo de cuaderno</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save every change in this notebook</source>
        <translation>Guarda todos los cambios de este cuaderno</translation>
    </message>
    <message>
        <source>Discard every unsaved change and go back to what was last saved</source>
        <translation>Descarta todos los cambios sin guardar y vuelve a lo último que se guardó</translation>
    </message>
    <message>
        <source>&amp;Back Up Notebook…</source>
        <translation>Crear &amp;copia de seguridad del cuaderno…</translation>
    </message>
    <message>
        <source>Write a copy of this notebook, as last saved, to a file you choose</source>
        <translation>Guarda una copia de este cuaderno, tal como se guardó por última vez, en el archivo que elija</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the titles and text of the notes</source>
        <translation>Busca en los títulos y el texto de las notas</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Add a note to this notebook</source>
        <translation>Añade una nota a este cuaderno</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>&amp;Acerca de Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Commonplace notebooks (*.%1);;All files (*)</source>
        <translation>Cuadernos de Commonplace (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Notebook Not Found</source>
        <translation>No se encontró el cuaderno</translation>
    </message>
    <message>
        <source>The notebook “%1” you used last is no longer there. Commonplace opens your default notebook instead.</source>
        <translation>El cuaderno «%1» que usó por última vez ya no está. Commonplace abre en su lugar el cuaderno predeterminado.</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Commonplace…
This happens once, and takes a while for a large notebook.</source>
        <translation>Preparando «%1» para esta versión de Commonplace…
Esto ocurre una sola vez y, si el cuaderno es grande, tarda un rato.</translation>
    </message>
    <message>
        <source>%1[*] — Commonplace</source>
        <translation>%1[*] — Commonplace</translation>
    </message>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>Le damos la bienvenida a Commonplace</translation>
    </message>
    <message>
        <source>This notebook is a single file on your computer, and every note you write lives in it.

Your changes are kept aside until you save them with File ▸ Save (%1). Until then they are pending: the window title shows an asterisk and changed notes are marked with a dot in the list. File ▸ Revert throws the pending changes away and brings back what you last saved.

Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.</source>
        <translation>Este cuaderno es un único archivo en su equipo, y todas las notas que escriba se guardan en él.

Sus cambios se mantienen aparte hasta que los guarde con Archivo ▸ Guardar (%1). Hasta entonces quedan pendientes: el título de la ventana muestra un asterisco y las notas modificadas se marcan con un punto en la lista. Archivo ▸ Revertir descarta los cambios pendientes y recupera lo que guardó por última vez.

Presione %2 para escribir una nota nueva. Puede eliminar esta con Nota ▸ Eliminar nota.</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>Nuevo cuaderno</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>«%1» ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Abrir cuaderno</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n nota tiene cambios sin guardar. Si no los guarda, se perderán.</numerusform>
            <numerusform>%n notas tienen cambios sin guardar. Si no los guarda, se perderán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n cambio guardado.</numerusform>
            <numerusform>%n cambios guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>¿Descartar %n cambio sin guardar y volver a lo último que se guardó?</numerusform>
            <numerusform>¿Descartar %n cambios sin guardar y volver a lo último que se guardó?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n cambio descartado.</numerusform>
            <numerusform>%n cambios descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Se actualizó con los cambios guardados en otro lugar.</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Cannot Open Backup</source>
        <translation>No se puede abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Back Up Notebook</source>
        <translation>Crear copia de seguridad del cuaderno</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>Copia de seguridad de %1 del %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>No notebook is open. Open one with File ▸ Open Notebook.</source>
        <translation>No hay ningún cuaderno abierto. Abra uno con Archivo ▸ Abrir cuaderno.</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Ninguna nota coincide con «%1».</translation>
    </message>
    <message>
        <source>No notes yet — press %1 to write one.</source>
        <translation>Aún no hay notas. Presione %1 para escribir una.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Notebook: %1&lt;br&gt;Schema version: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuaderno: %1&lt;br&gt;Versión del esquema: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>Acerca de Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A notes application that never loses a word.&lt;/p&gt;&lt;p&gt;Commonplace is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Una aplicación de notas que nunca pierde ni una palabra.&lt;/p&gt;&lt;p&gt;Commonplace es software libre: puede redistribuirlo o modificarlo, o ambas cosas, según los términos de la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the language, the editor font and how many backups are kept</source>
        <translation>Cambia el idioma, la fuente del editor y cuántas copias de seguridad se conservan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Restore Note</source>
        <translation>&amp;Restaurar nota</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>Restaurar nota</translation>
    </message>
    <message>
        <source>Bring back the selected note, as it was before it was deleted</source>
        <translation>Recuperar la nota seleccionada tal como estaba antes de eliminarla</translation>
    </message>
    <message>
        <source>&amp;Pin Note</source>
        <translation>&amp;Fijar nota</translation>
    </message>
    <message>
        <source>Keep the selected note at the top of the list</source>
        <translation>Mantener la nota elegida arriba en la lista</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>%n nota etiquetada «%1»; guarde para conservarlo.</numerusform>
            <numerusform>%n notas etiquetadas «%1»; guarde para conservarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put &amp;Back</source>
        <translation>&amp;Devolver a su sitio</translation>
    </message>
    <message>
        <source>Take the selected note out of the Trash when you next save</source>
        <translation>Sacar la nota elegida de la papelera al guardar</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Delete every note in the Trash for good when you next save</source>
        <translation>Eliminar para siempre todas las notas de la papelera al guardar</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash when you next save</source>
        <translation>Mover la nota elegida a la papelera al guardar</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>Se eliminó %n nota que llevaba mucho tiempo en la papelera.</numerusform>
            <numerusform>Se eliminaron %n notas que llevaban mucho tiempo en la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash could not be emptied of old notes: %1</source>
        <translation>No se pudieron quitar de la papelera las notas antiguas: %1</translation>
    </message>
    <message>
        <source>Moved to the Trash when you save; until then, Undo (%1) brings it back.</source>
        <translation>Irá a la papelera al guardar; hasta entonces, Deshacer (%1) la recupera.</translation>
    </message>
    <message>
        <source>Delete the note “%1” forever?</source>
        <translation>¿Eliminar para siempre la nota «%1»?</translation>
    </message>
    <message>
        <source>It stays in the list, crossed out, until you save; until then, Undo (%1) or Delete Note again brings it back. Saving removes it from the notebook, with its history.</source>
        <translation>Sigue tachada en la lista hasta que guarde; hasta entonces, Deshacer (%1) o Eliminar nota de nuevo la recuperan. Al guardar se quita del cuaderno, con su historial.</translation>
    </message>
    <message>
        <source>Taken out of the Trash when you save.</source>
        <translation>Saldrá de la papelera al guardar.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>¿Eliminar para siempre la %n nota de la papelera?</numerusform>
            <numerusform>¿Eliminar para siempre las %n notas de la papelera?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay listed, crossed out, until you save; Revert brings them back. Saving removes them and their history from the notebook.</source>
        <translation>Siguen tachadas en la lista hasta que guarde; Revertir las recupera. Al guardar se quitan del cuaderno, con su historial.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vaciar papelera</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>Eliminar para &amp;siempre…</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Delete the selected note and its history for good when you next save</source>
        <translation>Eliminar para siempre la nota elegida y su historial al guardar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>See the saved versions of the selected note and bring one back</source>
        <translation>Ver las versiones guardadas de la nota elegida y recuperar una</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>“%1” has no earlier versions yet. Each save that changes a note&apos;s title or text keeps the version it replaces.</source>
        <translation>«%1» aún no tiene versiones anteriores. Cada vez que se guarda un cambio del título o del texto de una nota se conserva la versión que reemplaza.</translation>
    </message>
    <message>
        <source>Brought back the version of %1; save to keep it, or revert to drop it.</source>
        <translation>Se recuperó la versión del %1; guarde para conservarla o revierta para descartarla.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Sort by &amp;Last Changed</source>
        <translation>Ordenar por última &amp;modificación</translation>
    </message>
    <message>
        <source>List the most recently changed notes first</source>
        <translation>Mostrar primero las notas modificadas más recientemente</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Created</source>
        <translation>Ordenar por fecha de &amp;creación</translation>
    </message>
    <message>
        <source>List the most recently created notes first</source>
        <translation>Mostrar primero las notas creadas más recientemente</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>Ordenar por &amp;título</translation>
    </message>
    <message>
        <source>List the notes in the order of their titles</source>
        <translation>Ordenar las notas por su título</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Número de notas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln encontrada</numerusform>
            <numerusform>%Ln encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n note(s); save to keep it.</source>
        <translation>
            <numerusform>«%1» renombrada a «%2» en %n nota; guarde para conservarlo.</numerusform>
            <numerusform>«%1» renombrada a «%2» en %n notas; guarde para conservarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>«%1» quitada de %n nota; guarde para conservarlo.</numerusform>
            <numerusform>«%1» quitada de %n notas; guarde para conservarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Not Changed</source>
        <translation>Etiqueta sin cambiar</translation>
    </message>
    <message>
        <source>The tag “%1” was not changed. %2</source>
        <translation>La etiqueta «%1» no se cambió. %2</translation>
    </message>
    <message>
        <source>Show the note&apos;s text as you write it</source>
        <translation>Mostrar el texto de la nota tal como lo escribe</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the note as its formatting makes it look</source>
        <translation>Mostrar la nota con el aspecto que le da su formato</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Show the text and its preview next to each other</source>
        <translation>Mostrar el texto y su vista previa uno junto al otro</translation>
    </message>
    <message>
        <source>Switch Between Edit and Pre&amp;view</source>
        <translation>Alternar entre edición y vista p&amp;revia</translation>
    </message>
    <message>
        <source>Go from the text to its preview and back</source>
        <translation>Pasar del texto a su vista previa y volver</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>view mode</comment>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>F&amp;ollow Link</source>
        <translation>Seguir el en&amp;lace</translation>
    </message>
    <message>
        <source>Open the note that the [[link]] at the cursor leads to</source>
        <translation>Abrir la nota a la que lleva el [[enlace]] del cursor</translation>
    </message>
    <message>
        <source>There is no [[link]] at the cursor.</source>
        <translation>No hay ningún [[enlace]] en el cursor.</translation>
    </message>
    <message>
        <source>There is no note called “%1”.</source>
        <translation>No hay ninguna nota llamada «%1».</translation>
    </message>
    <message>
        <source>Create Note</source>
        <translation>Crear nota</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>Aún no hay ninguna nota llamada «%1». ¿Crearla?</translation>
    </message>
    <message>
        <source>C&amp;reate Note</source>
        <translation>C&amp;rear nota</translation>
    </message>
    <message>
        <source>Note in the Trash</source>
        <translation>Nota en la papelera</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash. Put it back?</source>
        <translation>La nota «%1» está en la papelera. ¿Devolverla a su sitio?</translation>
    </message>
    <message>
        <source>It is taken out of the Trash when you save.</source>
        <translation>Sale de la papelera al guardar.</translation>
    </message>
    <message>
        <source>“%1” has no heading “%2”.</source>
        <translation>«%1» no tiene el encabezado «%2».</translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>Actualizar enlaces</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>%n nota más enlaza a «%1». ¿Hacer que ese enlace lleve a «%2»?</numerusform>
            <numerusform>%n notas más enlazan a «%1». ¿Hacer que esos enlaces lleven a «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>The links change in those notes as edits you can see, saved or reverted with the rest.</source>
        <translation>Los enlaces cambian en esas notas como ediciones visibles, que se guardan o se revierten con lo demás.</translation>
    </message>
    <message>
        <source>&amp;Update Links</source>
        <translation>&amp;Actualizar enlaces</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Dejarlos así</translation>
    </message>
    <message>
        <source>The links could not be updated: %1</source>
        <translation>No se pudieron actualizar los enlaces: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>Enlaces actualizados en %n nota; guarde para conservarlos.</numerusform>
            <numerusform>Enlaces actualizados en %n notas; guarde para conservarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy a link that opens the selected note from another program</source>
        <translation>Copiar un enlace que abre la nota seleccionada desde otro programa</translation>
    </message>
    <message>
        <source>Note Link Not Understood</source>
        <translation>Enlace a nota no entendido</translation>
    </message>
    <message>
        <source>This link to a note is damaged or incomplete, so no note could be opened:
%1</source>
        <translation>Este enlace a una nota está dañado o incompleto, así que no se pudo abrir ninguna nota:
%1</translation>
    </message>
    <message>
        <source>This note is in the Trash.</source>
        <translation>Esta nota está en la papelera.</translation>
    </message>
    <message>
        <source>Note Not Found</source>
        <translation>Nota no encontrada</translation>
    </message>
    <message>
        <source>There is no note number %1 in “%2”: it may have been deleted for good.</source>
        <translation>No hay ninguna nota número %1 en «%2»: puede que se haya eliminado para siempre.</translation>
    </message>
    <message>
        <source>Copied a link to “%1”.</source>
        <translation>Enlace a «%1» copiado.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>La nota «%1» está en la papelera.</translation>
    </message>
    <message>
        <source>Add an image or another file to the notebook, where the cursor is in the note&apos;s text</source>
        <translation>Añadir una imagen u otro archivo al cuaderno, donde está el cursor en el texto de la nota</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>Adjun&amp;tos…</translation>
    </message>
    <message>
        <source>List the files the selected note refers to, to open them or save a copy</source>
        <translation>Listar los archivos a los que remite la nota seleccionada, para abrirlos o guardar una copia</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <source>Nothing was added to the note.</source>
        <translation>No se añadió nada a la nota.</translation>
    </message>
    <message>
        <source>Attached; saved in the notebook when you save.</source>
        <translation>Adjuntado; se guarda en el cuaderno al guardar.</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>No se puede abrir el adjunto</translation>
    </message>
    <message>
        <source>No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.</source>
        <translation>Ninguna aplicación abre «%1». Use Nota ▸ Adjuntos… para guardar una copia.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Guardar adjunto como</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>No se puede guardar el adjunto</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Attach F&amp;ile…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the saved notes out as a folder of Markdown files, with their attachments</source>
        <translation>Escribir las notas guardadas como una carpeta de archivos Markdown, con sus adjuntos</translation>
    </message>
    <message>
        <source>Import Notes from a Folder</source>
        <translation>Importar notas de una carpeta</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>Se importó %n nota, con la etiqueta «%1».</numerusform>
            <numerusform>Se importaron %n notas, con la etiqueta «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes into a Folder</source>
        <translation>Exportar notas a una carpeta</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 notas %2</translation>
    </message>
    <message>
        <source>Exporting the notes…</source>
        <translation>Exportando las notas…</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>The notes could not be exported. %1</source>
        <translation>No se pudieron exportar las notas. %1</translation>
    </message>
    <message>
        <source> Unsaved changes are not in it: save, then export again to include them.</source>
        <translation> Los cambios sin guardar no están incluidos: guarde y vuelva a exportar para incluirlos.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>Se exportó %n nota</numerusform>
            <numerusform>Se exportaron %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform> y %n adjunto a «%1».</numerusform>
            <numerusform> y %n adjuntos a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in the notes of another application&apos;s file: an Evernote or Joplin export, a CherryTree document, a Gnote or Tomboy note</source>
        <translation>Traer las notas del archivo de otra aplicación: una exportación de Evernote o Joplin, un documento de CherryTree, una nota de Gnote o Tomboy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the note shown as the preview shows it, after a look at its pages</source>
        <translation>Imprimir la nota mostrada tal como la muestra la vista previa, tras echar un vistazo a sus páginas</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>Importar carpe&amp;ta…</translation>
    </message>
    <message>
        <source>Bring in the notes of a folder: Markdown files (an Obsidian vault, say), or Gnote&apos;s or Tomboy&apos;s notes</source>
        <translation>Traer las notas de una carpeta: archivos Markdown (una bóveda de Obsidian, por ejemplo) o las notas de Gnote o Tomboy</translation>
    </message>
    <message>
        <source>Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;All files (*)</source>
        <translation>Notas de otras aplicaciones (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Exportaciones de Evernote (*.enex);;Exportaciones de Joplin (*.jex);;Documentos de CherryTree (*.ctb *.ctd *.ctz *.ctx);;Notas de Gnote y Tomboy (*.note);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Notes as PDF</source>
        <translation>Exportar notas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimir «%1»</translation>
    </message>
    <message>
        <source>The note could not be printed. %1</source>
        <translation>No se pudo imprimir la nota. %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Conectar a un servi&amp;dor…</translation>
    </message>
    <message>
        <source>Open a team notebook on a PostgreSQL server</source>
        <translation>Abrir un cuaderno de equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Conectado de nuevo al servidor.</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost. Your changes are kept here; Commonplace connects again by itself, and then you can save them.</source>
        <translation>Se perdió la conexión con el servidor de «%1». Sus cambios se conservan aquí; Commonplace vuelve a conectarse por sí mismo y después podrá guardarlos.</translation>
    </message>
    <message>
        <source>Cop&amp;y to Server…</source>
        <translation>Copiar a un servid&amp;or…</translation>
    </message>
    <message>
        <source>Copy this notebook, as last saved, to a PostgreSQL server as a team notebook</source>
        <translation>Copiar este cuaderno, tal como se guardó por última vez, a un servidor PostgreSQL como cuaderno de equipo</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Guardar una copia co&amp;mo…</translation>
    </message>
    <message>
        <source>Save a copy of this team notebook, as last saved, in a notebook file</source>
        <translation>Guardar una copia de este cuaderno de equipo, tal como se guardó por última vez, en un archivo de cuaderno</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>Copiando «%1» en «%2»…</translation>
    </message>
    <message>
        <source>Copy Not Made</source>
        <translation>No se hizo la copia</translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>La copia contiene el cuaderno tal como se guardó por última vez: su %n cambio sin guardar se queda aquí.</numerusform>
            <numerusform>La copia contiene el cuaderno tal como se guardó por última vez: sus %n cambios sin guardar se quedan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Server</source>
        <translation>Copiar a un servidor</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>«%1» se ha copiado en «%2», %n nota. ¿Abrir ahora el cuaderno de equipo?</numerusform>
            <numerusform>«%1» se ha copiado en «%2», %n notas. ¿Abrir ahora el cuaderno de equipo?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>A copy of “%1” is saved as “%2”.</source>
        <translation>Se ha guardado una copia de «%1» como «%2».</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>A symbolic link: not followed.</source>
        <translation>Un enlace simbólico: no se sigue.</translation>
    </message>
    <message>
        <source>Folders nested more than %1 deep are not read.</source>
        <translation>No se leen las carpetas anidadas a más de %1 niveles.</translation>
    </message>
    <message>
        <source>Larger than 20 MB: not a note.</source>
        <translation>Más de 20 MB: no es una nota.</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>Not UTF-8: read as Latin-1.</source>
        <translation>No es UTF-8: leído como Latin-1.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«%1» ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown files (.md).</source>
        <translation>«%1» no contiene archivos Markdown (.md).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Its front matter is not YAML: kept as text.</source>
        <translation>Su encabezado no es YAML: se conserva como texto.</translation>
    </message>
    <message>
        <source>No note refers to it: not imported.</source>
        <translation>Ninguna nota remite a él: no se importa.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note titles</source>
        <translation>Títulos de las notas</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al dicci&amp;onario</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Imagen pegada %1</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Ninguna nota seleccionada</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>Longitud del título</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Title (a note needs one)</source>
        <translation>Título (toda nota necesita uno)</translation>
    </message>
    <message>
        <source>Select a note in the list, or press %1 to write a new one.</source>
        <translation>Seleccione una nota de la lista o presione %1 para escribir una nueva.</translation>
    </message>
    <message>
        <source>The text of this note could not be read: another program may be using the notebook. Select the note again in a moment.</source>
        <translation>No se pudo leer el texto de esta nota: puede que otro programa esté usando el cuaderno. Vuelva a seleccionar la nota dentro de un momento.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>Este título tiene %n carácter de más: los títulos pueden tener como máximo %1 caracteres, así que la nota no se puede guardar hasta que el título sea más corto.</numerusform>
            <numerusform>Este título tiene %n caracteres de más: los títulos pueden tener como máximo %1 caracteres, así que la nota no se puede guardar hasta que el título sea más corto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Etiquetas de la nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>This note has no text yet.</source>
        <translation>Esta nota aún no tiene texto.</translation>
    </message>
    <message>
        <source>Notes that link here</source>
        <translation>Notas que enlazan aquí</translation>
    </message>
    <message>
        <source>Notes that link to this note</source>
        <translation>Notas que enlazan a esta nota</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>Enlazada desde %n nota:</numerusform>
            <numerusform>Enlazada desde %n notas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>No se pudieron leer las notas: %1</translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message>
        <source>Nothing was imported: the notebook could not be backed up first. %1</source>
        <translation>No se importó nada: no se pudo hacer antes una copia de seguridad del cuaderno. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the notebook cannot be written now (%1).</source>
        <translation>No se importó nada: ahora no se puede escribir en el cuaderno (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: another program changed the structure of the notebook.</source>
        <translation>No se importó nada: otro programa cambió la estructura del cuaderno.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Se canceló la importación: no se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«%1» ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>El título tenía más de %n carácter: se acortó y se conserva entero como primera línea del texto.</numerusform>
            <numerusform>El título tenía más de %n caracteres: se acortó y se conserva entero como primera línea del texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” could not be written (%2).</source>
        <translation>No se importó nada: no se pudo escribir «%1» (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: the notes could not be indexed for search (%1).</source>
        <translation>No se importó nada: las notas no se pudieron indexar para la búsqueda (%1).</translation>
    </message>
    <message>
        <source>indexing them for search, %L1 of %L2</source>
        <translation>indexándolas para la búsqueda, %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPane</name>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Nota recuperada</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (mi versión)</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>There is no note called “%1” yet: click to create it.</source>
        <translation>Aún no hay ninguna nota llamada «%1»: haga clic para crearla.</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>La nota «%1» está en la papelera.</translation>
    </message>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Imagen no cargada: %1</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>Falta el adjunto</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>No se puede mostrar esta imagen</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>This notebook is open for reading only.</source>
        <translation>Este cuaderno está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>This notebook was saved by a newer version of Commonplace. You can read it here, but to change it, update Commonplace.</source>
        <translation>Este cuaderno se guardó con una versión más reciente de Commonplace. Puede leerlo aquí, pero para modificarlo, actualice Commonplace.</translation>
    </message>
    <message>
        <source>This notebook was changed by another program: it holds triggers, views or tables that Commonplace did not make. To keep your notes safe, it is open for reading only.</source>
        <translation>Otro programa modificó este cuaderno: contiene disparadores, vistas o tablas que Commonplace no creó. Para proteger sus notas, está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>This notebook file is read-only, so changes cannot be saved. To edit it, allow writing to the file or save a copy elsewhere.</source>
        <translation>El archivo de este cuaderno es de solo lectura, así que los cambios no se pueden guardar. Para editarlo, permita la escritura en el archivo o guarde una copia en otro lugar.</translation>
    </message>
    <message>
        <source>The folder holding this notebook is read-only, so changes cannot be saved. To edit it, move the notebook to a folder you can write to.</source>
        <translation>La carpeta que contiene este cuaderno es de solo lectura, así que los cambios no se pueden guardar. Para editarlo, mueva el cuaderno a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Commonplace cannot open notebooks because Qt&apos;s SQLite driver is not installed. Reinstalling Commonplace should fix this.</source>
        <translation>Commonplace no puede abrir cuadernos porque el controlador SQLite de Qt no está instalado. Reinstalar Commonplace debería solucionarlo.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a notebook.</source>
        <translation>«%1» es una carpeta, no un cuaderno.</translation>
    </message>
    <message>
        <source>The notebook “%1” does not exist.</source>
        <translation>El cuaderno «%1» no existe.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>No tiene permiso para leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a notebook.</source>
        <translation>«%1» está vacío: no es un cuaderno.</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede crear el cuaderno «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>Cannot create a notebook in the folder “%1”.</source>
        <translation>No se puede crear un cuaderno en la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”.</source>
        <translation>No se puede crear el cuaderno «%1».</translation>
    </message>
    <message>
        <source>Cannot use the SQLite driver.</source>
        <translation>No se puede usar el controlador SQLite.</translation>
    </message>
    <message>
        <source>Cannot protect the notebook against crafted files.</source>
        <translation>No se puede proteger el cuaderno contra archivos manipulados.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Commonplace notebook.</source>
        <translation>«%1» es una base de datos de otra aplicación, no un cuaderno de Commonplace.</translation>
    </message>
    <message>
        <source>application_id is %1</source>
        <translation>application_id es %1</translation>
    </message>
    <message>
        <source>“%1” is marked as a Commonplace notebook, but its notes table is missing.</source>
        <translation>«%1» está marcado como cuaderno de Commonplace, pero le falta la tabla de notas.</translation>
    </message>
    <message>
        <source>user_version is %1</source>
        <translation>user_version es %1</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded for this version of Commonplace, but no backup could be made first, so it was left as it was.</source>
        <translation>«%1» debe actualizarse para esta versión de Commonplace, pero antes no se pudo hacer una copia de seguridad, así que se dejó sin cambios.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded for this version of Commonplace. It was left as it was.</source>
        <translation>«%1» no se pudo actualizar para esta versión de Commonplace. Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>“%1” is not a Commonplace notebook.</source>
        <translation>«%1» no es un cuaderno de Commonplace.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. If you have a backup of it, open the backup instead.</source>
        <translation>«%1» está dañado y no se puede abrir. Si tiene una copia de seguridad de él, abra la copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>«%1» está bloqueado por otro programa. Cierre el otro programa, o espere a que termine, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>Commonplace needs SQLite %1 or newer, but Qt&apos;s SQLite driver uses SQLite %2. Update SQLite, then open the notebook again; it has not been changed.</source>
        <translation>Commonplace necesita SQLite %1 o posterior, pero el controlador SQLite de Qt usa SQLite %2. Actualice SQLite y vuelva a abrir el cuaderno; no se ha modificado.</translation>
    </message>
    <message>
        <source>The server lets your user name read this notebook but not change it. To edit it, ask the server&apos;s administrator for the right to write to it.</source>
        <translation>El servidor permite a su nombre de usuario leer este cuaderno, pero no cambiarlo. Para editarlo, pida al administrador del servidor permiso para escribir en él.</translation>
    </message>
    <message>
        <source>This notebook was made by an older version of Commonplace, and the server lets only its owner bring it up to date. You can read it here; to change it, ask its owner to open it once with this version of Commonplace.</source>
        <translation>Este cuaderno se creó con una versión anterior de Commonplace, y el servidor solo permite a su propietario actualizarlo. Puede leerlo aquí; para cambiarlo, pida a su propietario que lo abra una vez con esta versión de Commonplace.</translation>
    </message>
</context>
<context>
    <name>NotebookBackup</name>
    <message>
        <source>Cannot create the backup “%1”: %2</source>
        <translation>No se puede crear la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>No se puede escribir la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>No se puede crear la carpeta de copias de seguridad «%1».</translation>
    </message>
    <message>
        <source>%1 (restored from backup)</source>
        <translation>%1 (restaurado desde copia de seguridad)</translation>
    </message>
    <message>
        <source>%1 (restored from backup %2)</source>
        <translation>%1 (restaurado desde copia de seguridad %2)</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>No se puede crear el duplicado de la copia de seguridad en «%1».</translation>
    </message>
</context>
<context>
    <name>NotebookCopy</name>
    <message>
        <source>The notebooks could not be read.</source>
        <translation>No se pudieron leer los cuadernos.</translation>
    </message>
    <message>
        <source>Only a notebook of this version of Commonplace can be copied: open it for writing once, which brings it up to date.</source>
        <translation>Solo se puede copiar un cuaderno de esta versión de Commonplace: ábralo una vez para escribir, lo que lo actualiza.</translation>
    </message>
    <message>
        <source>The notebook to copy could not be read.</source>
        <translation>No se pudo leer el cuaderno que se va a copiar.</translation>
    </message>
    <message>
        <source>The copy cannot be written now.</source>
        <translation>La copia no se puede escribir ahora.</translation>
    </message>
    <message>
        <source>The copy can go only into a notebook that holds no notes.</source>
        <translation>La copia solo puede ir a un cuaderno que no contenga notas.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>No se pudo escribir la copia.</translation>
    </message>
    <message>
        <source>The copy could not be indexed for search.</source>
        <translation>No se pudo indexar la copia para la búsqueda.</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>No se pudo guardar la copia.</translation>
    </message>
    <message>
        <source>The notebook to copy has no table “%1”.</source>
        <translation>El cuaderno que se va a copiar no tiene la tabla «%1».</translation>
    </message>
</context>
<context>
    <name>NotebookLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>NotebookServer</name>
    <message>
        <source>“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.</source>
        <translation>«%1» no se puede abrir sin contraseña: el servidor %2 pide la contraseña de «%3».</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both and try again.</source>
        <translation>«%1» no se puede abrir: el servidor %2 rechazó el nombre de usuario «%3» o su contraseña. Compruebe ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” was not opened: the server %2 could not be checked as the location asks (its certificate is not trusted, is not for that name, or it offers no encrypted connection). Check the certificate authority file and the server&apos;s name.</source>
        <translation>«%1» no se abrió: el servidor %2 no se pudo comprobar como pide la ubicación (su certificado no es de confianza, no es para ese nombre o no ofrece una conexión cifrada). Compruebe el archivo de la autoridad de certificación y el nombre del servidor.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>«%1» no se puede abrir: el servidor %2 no tiene la base de datos «%3». Compruebe el nombre o pida al administrador del servidor que la cree.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and that the server is running and can be reached from this computer.</source>
        <translation>«%1» no se puede abrir: ningún servidor PostgreSQL responde en %2. Compruebe el nombre y el puerto, y que el servidor esté en marcha y se pueda alcanzar desde este equipo.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not accept the connection.</source>
        <translation>«%1» no se puede abrir: el servidor %2 no aceptó la conexión.</translation>
    </message>
    <message>
        <source>Commonplace cannot open team notebooks because Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Commonplace no puede abrir cuadernos de equipo porque el controlador PostgreSQL de Qt no está instalado (en Debian y Ubuntu, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.</source>
        <translation>«%1» no se puede abrir: el servidor %2 no respondió como lo hace PostgreSQL.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need PostgreSQL 12 or newer.</source>
        <translation>«%1» no se puede abrir: el servidor %2 usa PostgreSQL %3, y los cuadernos de equipo necesitan PostgreSQL 12 o posterior.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server did not answer as expected.</source>
        <translation>«%1» no se puede abrir: el servidor no respondió como se esperaba.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” see this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>«%1» no se puede abrir: el servidor no permite al usuario «%2» ver este cuaderno. Pida acceso al administrador del servidor.</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application, not a Commonplace notebook. Nothing was changed.</source>
        <translation>«%1» contiene tablas de otra aplicación, no un cuaderno de Commonplace. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database “%1” on %2 holds no notebook yet.</source>
        <translation>La base de datos «%1» en %2 aún no contiene ningún cuaderno.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” read this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>«%1» no se puede abrir: el servidor no permite al usuario «%2» leer este cuaderno. Pida acceso al administrador del servidor.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. Ask the server&apos;s administrator to set it up, or to let “%2” create schemas in the database.</source>
        <translation>No se puede crear un cuaderno en «%1»: el servidor no permite al usuario «%2» crearlo. Pida al administrador del servidor que lo cree o que permita a «%2» crear esquemas en la base de datos.</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server refused a step. If it names an extension (pg_trgm, unaccent), ask the server&apos;s administrator to install PostgreSQL&apos;s contrib package or to create the extension in the database.</source>
        <translation>No se puede crear un cuaderno en «%1»: el servidor rechazó un paso. Si menciona una extensión (pg_trgm, unaccent), pida al administrador del servidor que instale el paquete contrib de PostgreSQL o que cree la extensión en la base de datos.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Commonplace, and was left as it was.</source>
        <translation>«%1» no se pudo actualizar a esta versión de Commonplace y se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <source>The attachment is not in this notebook.</source>
        <translation>El adjunto no está en este cuaderno.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>No notebook was named.</source>
        <translation>No se indicó ningún cuaderno.</translation>
    </message>
</context>
<context>
    <name>OpenErrorMessage</name>
    <message>
        <source>Cannot Open Notebook</source>
        <translation>No se puede abrir el cuaderno</translation>
    </message>
    <message>
        <source>Its most recent backup is from %1. Commonplace can open a copy of it, leaving the damaged file as it is.</source>
        <translation>La copia de seguridad más reciente de este cuaderno es del %1. Commonplace puede abrir un duplicado de ella y dejar intacto el archivo dañado.</translation>
    </message>
    <message>
        <source>&amp;Open a Copy of the Backup</source>
        <translation>&amp;Abrir una copia de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Updated %1</source>
        <translation>Actualizada el %1</translation>
    </message>
    <message>
        <source>[Attachment missing]</source>
        <translation>[Falta el adjunto]</translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation>[Imagen: %1]</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>No hay notas que exportar.</translation>
    </message>
    <message>
        <source>Cannot draw the pages.</source>
        <translation>No se pueden dibujar las páginas.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>PendingAttachments</name>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>«%1» ocupa más de 100 MB, lo máximo que un cuaderno admite en un archivo.</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: the folder “%2” cannot be created.</source>
        <translation>No se puede conservar «%1» hasta guardarlo: no se puede crear la carpeta «%2».</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: %2</source>
        <translation>No se puede conservar «%1» hasta guardarlo: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>«%1» no es un archivo que se pueda adjuntar.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Fuente del editor:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Tamaño de fuente:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Copias de seguridad que co&amp;nservar:</translation>
    </message>
    <message>
        <source>Commonplace keeps a copy of each notebook for every day it changes, and deletes the oldest beyond this number.</source>
        <translation>Commonplace guarda una copia de cada cuaderno por cada día en que cambia y elimina las más antiguas que superen este número.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash of notes:</source>
        <translation>Vaciar la &amp;papelera de notas:</translation>
    </message>
    <message>
        <source>Empty the Trash of notes</source>
        <translation>Vaciar la papelera de notas</translation>
    </message>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>que lleven más de %n día en ella</numerusform>
            <numerusform>que lleven más de %n días en ella</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Check s&amp;pelling as I type</source>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <source>Spelling lan&amp;guage:</source>
        <translation>Idioma de la orto&amp;grafía:</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Idioma de la ortografía</translation>
    </message>
    <message>
        <source>About spell checking</source>
        <translation>Acerca de la revisión ortográfica</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one for your language (on Debian and Ubuntu, a hunspell package such as hunspell-en-us) and open Preferences again.</source>
        <translation>No hay ningún diccionario instalado, así que no se revisa la ortografía. Instale uno para su idioma (en Debian y Ubuntu, un paquete hunspell como hunspell-es) y vuelva a abrir las Preferencias.</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>¿Recuperar %n cambio sin guardar del %1?</numerusform>
            <numerusform>¿Recuperar %n cambios sin guardar del %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Commonplace closed without saving them the last time this notebook was open. Recovered changes are not saved yet: review them, then save.</source>
        <translation>Commonplace se cerró sin guardarlos la última vez que este cuaderno estuvo abierto. Los cambios recuperados aún no están guardados: revíselos y después guarde.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>&amp;Descartarlos</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>A&amp;hora no</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration file name %1 does not start with a four-digit number.</source>
        <translation>El nombre del archivo de migración %1 no empieza por un número de cuatro cifras.</translation>
    </message>
    <message>
        <source>The migration %1 is out of sequence: expected number %2.</source>
        <translation>La migración %1 está fuera de secuencia: se esperaba el número %2.</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>No se encontraron migraciones de esquema en %1.</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this version of Commonplace.</source>
        <translation>Esta versión de Commonplace no conoce la versión de esquema %1.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>No se pudo iniciar la actualización: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>No se pudo leer la versión del esquema.</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a notebook&apos;s.</source>
        <translation>La base de datos ya contiene tablas que no son de un cuaderno.</translation>
    </message>
    <message>
        <source>The upgrade would break a link between notes (table %1).</source>
        <translation>La actualización rompería un vínculo entre notas (tabla %1).</translation>
    </message>
    <message>
        <source>Could not save the upgrade: %1</source>
        <translation>No se pudo guardar la actualización: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 failed: %3
%4</source>
        <translation>%1, falló la instrucción %2: %3
%4</translation>
    </message>
    <message>
        <source>%1: the links between notes could not be written: %2</source>
        <translation>%1: no se pudieron escribir los enlaces entre notas: %2</translation>
    </message>
</context>
<context>
    <name>SetUpQuestion</name>
    <message>
        <source>Set Up a Team Notebook</source>
        <translation>Crear un cuaderno de equipo</translation>
    </message>
    <message>
        <source>Set up a new notebook there?</source>
        <translation>¿Crear allí un cuaderno nuevo?</translation>
    </message>
    <message>
        <source>Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone the server lets use that database can then open the notebook.</source>
        <translation>Commonplace creará sus tablas en el esquema «%1» de la base de datos «%2». Cualquiera a quien el servidor permita usar esa base de datos podrá abrir el cuaderno.</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All Notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Shelves and tags</source>
        <translation>Estantes y etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>&amp;Renombrar etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>&amp;Eliminar etiqueta…</translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message>
        <source>Rename Tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <source>New name for “%1” (the tags under it move with it):</source>
        <translation>Nuevo nombre para «%1» (las etiquetas que contiene se mueven con ella):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Nuevo nombre de la etiqueta</translation>
    </message>
    <message>
        <source>A tag needs a name. To take it off its notes, use Delete Tag.</source>
        <translation>Una etiqueta necesita un nombre. Para quitarla de sus notas, use Eliminar etiqueta.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Combinar etiquetas</translation>
    </message>
    <message>
        <source>There is a tag “%1” already. Merge “%2” into it?</source>
        <translation>Ya existe una etiqueta «%1». ¿Combinar «%2» con ella?</translation>
    </message>
    <message>
        <source>The notes tagged “%1” will be tagged “%2” when you save.</source>
        <translation>Las notas etiquetadas «%1» quedarán etiquetadas «%2» al guardar.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Co&amp;mbinar</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>¿Quitar la etiqueta «%1» de %n nota?</numerusform>
            <numerusform>¿Quitar la etiqueta «%1» de %n notas?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags under it go too. The notes stay, with their other tags; Revert brings the tag back until you save.</source>
        <translation>Las etiquetas que contiene también se van. Las notas se quedan, con sus otras etiquetas; hasta que guarde, Revertir recupera la etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>&amp;Eliminar etiqueta</translation>
    </message>
</context>
<context>
    <name>TomboyNotes</name>
    <message>
        <source>It is not a Gnote or Tomboy note.</source>
        <translation>No es una nota de Gnote o Tomboy.</translation>
    </message>
    <message>
        <source>“%1” holds no Gnote or Tomboy notes (.note).</source>
        <translation>«%1» no contiene notas de Gnote o Tomboy (.note).</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>Ocupa más de %1 MB: no se importa.</translation>
    </message>
    <message>
        <source>A template for new notes: not imported.</source>
        <translation>Una plantilla para notas nuevas: no se importa.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Gnote or Tomboy note: %2</source>
        <translation>«%1» no se puede leer como nota de Gnote o Tomboy: %2</translation>
    </message>
    <message>
        <source>“%1” holds no notes that can be imported.</source>
        <translation>«%1» no contiene notas que se puedan importar.</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Commonplace: import notes into a notebook, or export them, without a window.</source>
        <translation>Commonplace: importar notas a un cuaderno, o exportarlas, sin ventana.</translation>
    </message>
    <message>
        <source>Import the notes of these sources (a folder of Markdown files or an Obsidian vault).</source>
        <translation>Importar las notas de estas fuentes (una carpeta de archivos Markdown o una bóveda de Obsidian).</translation>
    </message>
    <message>
        <source>The notebook to import into; made if it does not exist.</source>
        <translation>El cuaderno al que importar; se crea si no existe.</translation>
    </message>
    <message>
        <source>Export the notes of this notebook.</source>
        <translation>Exportar las notas de este cuaderno.</translation>
    </message>
    <message>
        <source>The new or empty folder to export into.</source>
        <translation>La carpeta nueva o vacía a la que exportar.</translation>
    </message>
    <message>
        <source>More sources to import.</source>
        <translation>Más fuentes que importar.</translation>
    </message>
    <message>
        <source>--import needs --into NOTEBOOK: the notebook to import into.</source>
        <translation>--import necesita --into CUADERNO: el cuaderno al que importar.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook file.</source>
        <translation>«%1» no es un archivo de cuaderno.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>Se importó %n nota de «%1» a «%2», con la etiqueta %3</numerusform>
            <numerusform>Se importaron %n notas de «%1» a «%2», con la etiqueta %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>, con %n adjunto nuevo.</numerusform>
            <numerusform>, con %n adjuntos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>  changed: %1: %2</source>
        <translation>  cambiado: %1: %2</translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  no importado: %1: %2</translation>
    </message>
    <message>
        <source>There is no notebook “%1”.</source>
        <translation>No hay ningún cuaderno «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>Se exportó %n nota de «%1» a «%2»</numerusform>
            <numerusform>Se exportaron %n notas de «%1» a «%2»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>, con %n adjunto.</numerusform>
            <numerusform>, con %n adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export to: markdown (the default), html or pdf.</source>
        <translation>A qué exportar: markdown (por omisión), html o pdf.</translation>
    </message>
    <message>
        <source>Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH.</source>
        <translation>Indique --import FUENTE... --into CUADERNO, o bien --export CUADERNO --to RUTA.</translation>
    </message>
    <message>
        <source>--export needs --to PATH, and nothing else: the folder to export into (a file for pdf).</source>
        <translation>--export necesita --to RUTA, y nada más: la carpeta a la que exportar (un archivo para pdf).</translation>
    </message>
    <message>
        <source>“%1” is not a format Commonplace exports to: use markdown, html or pdf.</source>
        <translation>Commonplace no exporta a «%1»: use markdown, html o pdf.</translation>
    </message>
    <message>
        <source>“%1” exists already: give the name of a new file, so that nothing is overwritten.</source>
        <translation>«%1» ya existe: indique el nombre de un archivo nuevo, para que no se sobrescriba nada.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>No hay ningún terminal en el que pedir la contraseña: indíquela en PGPASSWORD o en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
</context>
<context>
    <name>UnsavedJournal</name>
    <message>
        <source>Cannot keep unsaved changes in “%1”: %2</source>
        <translation>No se pueden conservar los cambios sin guardar en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The file declares XML entities, which no export Commonplace reads does: it is not read, so that it cannot expand to fill the memory.</source>
        <translation>El archivo declara entidades XML, algo que no hace ninguna exportación que lea Commonplace: no se lee, para que no pueda expandirse hasta llenar la memoria.</translation>
    </message>
    <message>
        <source>The file ends in the middle: it may not have been copied or saved whole.</source>
        <translation>El archivo termina a la mitad: puede que no se copiara o guardara entero.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>El archivo no es XML bien formado (línea %1: %2).</translation>
    </message>
    <message>
        <source>The file is written in the %1 text encoding, which Commonplace cannot read in a file of this kind: save it in UTF-8 and import it again.</source>
        <translation>El archivo está escrito en la codificación de texto %1, que Commonplace no puede leer en un archivo de este tipo: guárdelo en UTF-8 e impórtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a notes application that never loses a word.</source>
        <translation>Commonplace, una aplicación de notas que nunca pierde ni una palabra.</translation>
    </message>
    <message>
        <source>Open the notebook in a window of its own, then exit: 0 if it opened. Checks an installation.</source>
        <translation>Abre el cuaderno en una ventana propia y después sale: 0 si se abrió. Sirve para comprobar una instalación.</translation>
    </message>
    <message>
        <source>Open the note with this number (as in a link from Note ▸ Copy Link).</source>
        <translation>Abrir la nota con este número (como en un enlace de Nota ▸ Copiar enlace).</translation>
    </message>
    <message>
        <source>The notebook file (*.cpbook) to open or create, a team notebook&apos;s address (postgresql://user@host/database), or a link to a note (commonplace:…).</source>
        <translation>El archivo de cuaderno (*.cpbook) que abrir o crear, la dirección de un cuaderno de equipo (postgresql://usuario@servidor/base) o un enlace a una nota (commonplace:…).</translation>
    </message>
    <message>
        <source>“%1” is not a note number: note numbers are whole numbers above zero.</source>
        <translation>«%1» no es un número de nota: los números de nota son números enteros mayores que cero.</translation>
    </message>
    <message>
        <source>--note needs the notebook that holds the note.</source>
        <translation>--note necesita el cuaderno que contiene la nota.</translation>
    </message>
</context>
</TS>
