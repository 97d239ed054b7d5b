<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorMessages</name>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>%n note was changed in another window or program while you edited it here. Nothing was saved; choose which version to keep.</numerusform>
            <numerusform>%n notes were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>The &amp;note listed now (%n)</numerusform>
            <numerusform>The &amp;notes listed now (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
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
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln note: %1</numerusform>
            <numerusform>%Ln notes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>“%1” holds %Ln note</numerusform>
            <numerusform>“%1” holds %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>, %Ln attachment</numerusform>
            <numerusform>, %Ln attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform> and %Ln tag.</numerusform>
            <numerusform> and %Ln tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>Imported %Ln note</numerusform>
            <numerusform>Imported %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform> and %Ln new attachment into “%1”. </numerusform>
            <numerusform> and %Ln new attachments into “%1”. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n note has unsaved changes. If you don&apos;t save it, the changes are lost.</numerusform>
            <numerusform>%n notes have unsaved changes. If you don&apos;t save them, the changes are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>Discard %n unsaved change and go back to what was last saved?</numerusform>
            <numerusform>Discard %n unsaved changes and go back to what was last saved?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>Discarded %n change.</numerusform>
            <numerusform>Discarded %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>Tagged %n note “%1”; save to keep it.</numerusform>
            <numerusform>Tagged %n notes “%1”; save to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>Removed %n note that had been in the Trash for long.</numerusform>
            <numerusform>Removed %n notes that had been in the Trash for long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>Delete the %n note in the Trash forever?</numerusform>
            <numerusform>Delete the %n notes in the Trash forever?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
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
            <numerusform>Renamed “%1” to “%2” on %n note; save to keep it.</numerusform>
            <numerusform>Renamed “%1” to “%2” on %n notes; save to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>Took “%1” off %n note; save to keep it.</numerusform>
            <numerusform>Took “%1” off %n notes; save to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>%n other note links to “%1”. Make that link lead to “%2”?</numerusform>
            <numerusform>%n other notes link to “%1”. Make those links lead to “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>Updated the links in %n note; save to keep them.</numerusform>
            <numerusform>Updated the links in %n notes; save to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>Imported %n note, tagged “%1”.</numerusform>
            <numerusform>Imported %n notes, tagged “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>Exported %n note</numerusform>
            <numerusform>Exported %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform> and %n attachment to “%1”.</numerusform>
            <numerusform> and %n attachments to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>The copy holds the notebook as last saved: your %n unsaved change stays here.</numerusform>
            <numerusform>The copy holds the notebook as last saved: your %n unsaved changes stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>“%1” is copied to “%2”, %n note. Open the team notebook now?</numerusform>
            <numerusform>“%1” is copied to “%2”, %n notes. Open the team notebook now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>This title is %n character too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</numerusform>
            <numerusform>This title is %n characters too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>Linked from %n note:</numerusform>
            <numerusform>Linked from %n notes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>The title was longer than %n character: shortened, and kept whole as the first line of the text.</numerusform>
            <numerusform>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>in the Trash for more than %n day</numerusform>
            <numerusform>in the Trash for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>Recover %n unsaved change from %1?</numerusform>
            <numerusform>Recover %n unsaved changes from %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>Take the tag “%1” off %n note?</numerusform>
            <numerusform>Take the tag “%1” off %n notes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>Imported %n note from “%1” into “%2”, tagged %3</numerusform>
            <numerusform>Imported %n notes from “%1” into “%2”, tagged %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>, with %n new attachment.</numerusform>
            <numerusform>, with %n new attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>Exported %n note from “%1” to “%2”</numerusform>
            <numerusform>Exported %n notes from “%1” to “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>, with %n attachment.</numerusform>
            <numerusform>, with %n attachments.</numerusform>
        </translation>
    </message>
</context>
</TS>
