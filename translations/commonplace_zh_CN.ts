<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of the note</source>
        <translation>笔记的附件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>This note has no attachments. Paste or drop an image or a file into its text, or use Note ▸ Attach File….</source>
        <translation>此笔记没有附件。将图片或文件粘贴或拖放到正文中，或使用 笔记 ▸ 附加文件…。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>“%1”的附件</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Save the attachment as a file</source>
        <translation>将附件另存为文件</translation>
    </message>
</context>
<context>
    <name>CherryTreeDocument</name>
    <message>
        <source>“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and import the file it saves.</source>
        <translation>“%1”受密码保护，而 Commonplace 不读取受密码保护的文件。请在 CherryTree 中打开它，选择 文件 ▸ 另存为…，然后选择“不受保护 (.ctb)”或“不受保护 (.ctd)”，再导入它保存的文件。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Its place in the tree loops back on itself: imported without the tree&apos;s tag.</source>
        <translation>它在树中的位置形成了循环：导入时未加上树的标签。</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>It is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>它大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CherryTree document: %2</source>
        <translation>无法将“%1”作为 CherryTree 文档读取：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a CherryTree document.</source>
        <translation>“%1”不是 CherryTree 文档。</translation>
    </message>
    <message>
        <source>“%1” holds no nodes.</source>
        <translation>“%1”中没有节点。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its nodes are nested more than %2 deep.</source>
        <translation>无法读取“%1”：其节点嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>the SQLite driver cannot read it safely.</source>
        <translation>SQLite 驱动程序无法安全地读取它。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CherryTree document.</source>
        <translation>“%1”是其他应用程序的数据库，不是 CherryTree 文档。</translation>
    </message>
    <message>
        <source>it holds no nodes.</source>
        <translation>其中没有节点。</translation>
    </message>
    <message>
        <source>Its text cannot be read: %1</source>
        <translation>无法读取其文本：%1</translation>
    </message>
</context>
<context>
    <name>CherryTreeText</name>
    <message>
        <source>Picture %1.png</source>
        <translation>图片 %1.png</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>已在别处更改</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or program, but you changed it here.</source>
        <translation>“%1”已在另一个窗口或程序中被删除，但你在这里更改了它。</translation>
    </message>
    <message>
        <source>Keep your text as a new note, or let the note go?</source>
        <translation>将你的文字保留为新笔记，还是放弃这条笔记？</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a New Note</source>
        <translation>将我的内容保留为新笔记(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Let It Go</source>
        <translation>任其删除(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program after you deleted it here.</source>
        <translation>你在这里删除“%1”后，它在另一个窗口或程序中被更改了。</translation>
    </message>
    <message>
        <source>Delete it anyway, or keep the other version?</source>
        <translation>仍然删除，还是保留另一个版本？</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>仍然删除(&amp;D)</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>保留对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program while you edited it here.</source>
        <translation>你在这里编辑“%1”时，它在另一个窗口或程序中被更改了。</translation>
    </message>
    <message>
        <source>Keep your version, take theirs, or keep both as separate notes?</source>
        <translation>保留你的版本、采用另一个版本，还是将两者保留为单独的笔记？</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>两者都保留(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>A team notebook is a database on a PostgreSQL server. Its password is asked when the server wants one.</source>
        <translation>团队笔记本是 PostgreSQL 服务器上的一个数据库。服务器需要密码时会询问。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>加密，并验证服务器的证书和名称</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>加密，并验证服务器的证书</translation>
    </message>
    <message>
        <source>Encrypted, nothing checked</source>
        <translation>加密，不做验证</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (trusted networks only)</source>
        <translation>服务器支持时加密（仅限可信网络）</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>留空则为您的登录名</translation>
    </message>
    <message>
        <source>The system&apos;s, or PGSSLROOTCERT&apos;s, if left empty</source>
        <translation>留空则使用系统的或 PGSSLROOTCERT 指定的</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>选择证书颁发机构文件</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>请填写服务器和数据库。</translation>
    </message>
    <message>
        <source>Listed in Open Recent as %1</source>
        <translation>在“最近打开”中显示为 %1</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authority:</source>
        <translation>证书颁发机构(&amp;I):</translation>
    </message>
</context>
<context>
    <name>EnmlText</name>
    <message>
        <source>Its text is not well-formed: %1</source>
        <translation>其文本格式不正确：%1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Text encrypted in Evernote is not imported: decrypt it in Evernote and export again.</source>
        <translation>在 Evernote 中加密的文本不会导入：请在 Evernote 中解密，然后重新导出。</translation>
    </message>
    <message>
        <source>A picture or file it shows is not in the export, or its data is damaged.</source>
        <translation>它显示的图片或文件不在导出文件中，或者其数据已损坏。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Another program changed the structure of this notebook, so nothing was saved. Your changes are kept: close the notebook and open it again.</source>
        <translation>另一个程序更改了此笔记本的结构，因此未保存任何内容。你的更改仍然保留：请关闭该笔记本，然后重新打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>你在这里编辑时，有 %n 条笔记在另一个窗口或程序中被更改了。未保存任何内容；请选择要保留的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>A note has no title, so nothing was saved. Give it a title and save again; your changes are kept.</source>
        <translation>有笔记没有标题，因此未保存任何内容。请为它添加标题后再次保存；您的更改已保留。</translation>
    </message>
    <message>
        <source>A note’s title must have between 1 and %1 characters. Shorten the title and save again; your other changes are kept.</source>
        <translation>笔记标题的长度必须在 1 到 %1 个字符之间。请缩短标题后再次保存；你的其他更改仍然保留。</translation>
    </message>
    <message>
        <source>A change breaks a rule of the notebook, so nothing was saved. Your changes are kept.</source>
        <translation>某项更改违反了笔记本的规则，因此未保存任何内容。你的更改仍然保留。</translation>
    </message>
    <message>
        <source>Another program is using this notebook, so nothing was saved. Your changes are kept: save again in a moment.</source>
        <translation>另一个程序正在使用此笔记本，因此未保存任何内容。你的更改仍然保留：请稍后再次保存。</translation>
    </message>
    <message>
        <source>This notebook is read-only, so your changes cannot be saved to it.</source>
        <translation>此笔记本为只读，因此无法将你的更改保存到其中。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your changes are kept: free some space and save again.</source>
        <translation>磁盘已满，因此未保存任何内容。你的更改仍然保留：请释放一些空间，然后再次保存。</translation>
    </message>
    <message>
        <source>The notebook could not be written to the disk, so nothing was saved. Your changes are kept: check that the disk is still there and writable, then save again.</source>
        <translation>无法将笔记本写入磁盘，因此未保存任何内容。你的更改仍然保留：请检查磁盘是否仍然连接且可写，然后再次保存。</translation>
    </message>
    <message>
        <source>The notebook file is damaged, so nothing was saved. Your changes are kept.</source>
        <translation>笔记本文件已损坏，因此未保存任何内容。你的更改仍然保留。</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are kept.</source>
        <translation>无法保存你的更改。这些更改仍然保留。</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read: the notebook file is damaged. If you have a backup of it, open the backup instead.</source>
        <translation>无法读取“%1”中的笔记：笔记本文件已损坏。如果您有它的备份，请改为打开备份。</translation>
    </message>
    <message>
        <source>“%1” is being used by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>“%1”正被另一个程序使用。请关闭该程序，或等待它完成，然后重试。</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>无法读取“%1”中的笔记。</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved. Your changes are kept: Commonplace connects again by itself, then save again.</source>
        <translation>与服务器的连接已断开，因此未保存任何内容。您的更改已保留：Commonplace 会自动重新连接，之后请再次保存。</translation>
    </message>
</context>
<context>
    <name>EvernoteExport</name>
    <message>
        <source>“%1” cannot be read as an Evernote export: %2</source>
        <translation>无法将“%1”作为 Evernote 导出文件读取：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空的。</translation>
    </message>
    <message>
        <source>“%1” is not an Evernote export (.enex).</source>
        <translation>“%1”不是 Evernote 导出文件（.enex）。</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>“%1”中没有笔记。</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>“%1”大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>Its data is damaged (it does not match its checksum): left out.</source>
        <translation>其数据已损坏（与校验和不符）：已略去。</translation>
    </message>
    <message>
        <source>Its text is larger than %1 MB: not imported.</source>
        <translation>其文本大于 %1 MB：未导入。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>It has no title: titled “%1”.</source>
        <translation>它没有标题：已将标题设为“%1”。</translation>
    </message>
    <message>
        <source>Its data is damaged (it is not base64): left out.</source>
        <translation>其数据已损坏（不是 base64）：已略过。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Which notes</source>
        <translation>哪些笔记</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>&amp;Every note outside the Trash</source>
        <translation>回收站之外的所有笔记(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>当前列出的笔记（%n）(&amp;N)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;This note</source>
        <translation>此笔记(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;This note: “%1”</source>
        <translation>此笔记：“%1”(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Choose the folder and export</source>
        <translation>选择文件夹并导出</translation>
    </message>
    <message>
        <source>They are written as Markdown files, one for each note, with their attachments, into a new folder in the folder you choose next. Unsaved changes are not written: save first to include them.</source>
        <translation>每条笔记写成一个 Markdown 文件，连同附件，写入您接下来选择的文件夹中的一个新文件夹。未保存的更改不会写入：请先保存以包含它们。</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>&amp;Markdown files, for other applications</source>
        <translation>Markdown 文件，供其他应用程序使用(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;HTML pages, for a web browser</source>
        <translation>HTML 网页，供网页浏览器查看(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>PDF，用于阅读或打印(&amp;P)</translation>
    </message>
    <message>
        <source>Unsaved changes are not written: save first to include them.</source>
        <translation>未保存的更改不会写入：请先保存以包含它们。</translation>
    </message>
    <message>
        <source>One Markdown file for each note, with its title, tags and dates, and the attachments beside them, in a new folder in the folder you choose next. Commonplace, Obsidian and other Markdown editors read them.</source>
        <translation>每条笔记一个 Markdown 文件，包含其标题、标签和日期，附件放在它们旁边，写入您接下来选择的文件夹中的一个新文件夹。Commonplace、Obsidian 和其他 Markdown 编辑器都能读取它们。</translation>
    </message>
    <message>
        <source>One page for each note and an index of them, linked as the notes are, with the attachments, in a new folder in the folder you choose next. Any web browser shows them, with no network.</source>
        <translation>每条笔记一个页面，外加一个索引页，页面之间按笔记之间的方式相互链接，连同附件一起写入您接下来选择的文件夹中的一个新文件夹。任何网页浏览器都能显示它们，无需联网。</translation>
    </message>
    <message>
        <source>One PDF file, each note from a new page with its pictures, and a table of contents first when there are several. You choose the file next.</source>
        <translation>一个 PDF 文件，每条笔记连同其图片从新的一页开始；有多条笔记时，开头附有目录。接下来由您选择文件。</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>选择文件并导出</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is not empty: export into a new or empty folder, so that no file is overwritten.</source>
        <translation>“%1”不是空的：请导出到新的或空的文件夹，以免覆盖任何文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Differences from the text now</source>
        <translation>与当前文本的差异</translation>
    </message>
    <message>
        <source>Struck through: only in the version you chose. Underlined: only in the text now.</source>
        <translation>删除线：仅在所选版本中。下划线：仅在当前文本中。</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>“%1”的历史</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>无法读取此版本。</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The file being read</source>
        <translation>正在读取的文件</translation>
    </message>
    <message>
        <source>Items not imported as they are, and why</source>
        <translation>未按原样导入的项目及原因</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>Looking at the notes in “%1”…</source>
        <translation>正在查看“%1”中的笔记…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln 条笔记：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the notebook is as it was.</source>
        <translation>导入已取消：未导入任何内容，笔记本保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>“%1”包含 %Ln 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>、%Ln 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform>和 %Ln 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds them to “%1” in one step, after a backup of the notebook, each with a tag that names this import. The notes you are editing stay as they are.</source>
        <translation>导入会先备份笔记本，然后一次性将它们添加到“%1”，并为每条笔记加上标明此次导入的标签。您正在编辑的笔记保持不变。</translation>
    </message>
    <message>
        <source>What will not come in as it is:</source>
        <translation>不会按原样导入的内容：</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>已导入 %Ln 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform>和 %Ln 个新附件到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>They have the tag “%1”.</source>
        <translation>它们带有标签“%1”。</translation>
    </message>
    <message>
        <source>Imported with a change, or not imported:</source>
        <translation>经修改后导入或未导入的项目：</translation>
    </message>
    <message>
        <source>Importing the notes of “%1” into “%2”…</source>
        <translation>正在将“%1”中的笔记导入“%2”…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Saving the notes of “%1” into “%2”…</source>
        <translation>正在将“%1”中的笔记保存到“%2”…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>“%1” is not something Commonplace can import: choose a folder of Markdown files (an Obsidian vault, say), an Evernote export (.enex), a Joplin export (.jex), a CherryTree document (.ctb, .ctd), or Gnote or Tomboy notes (.note).</source>
        <translation>Commonplace 无法导入“%1”：请选择 Markdown 文件夹（例如 Obsidian 仓库）、Evernote 导出文件（.enex）、Joplin 导出文件（.jex）、CherryTree 文档（.ctb, .ctd），或 Gnote 或 Tomboy 笔记（.note）。</translation>
    </message>
</context>
<context>
    <name>JoplinExport</name>
    <message>
        <source>Its path leads outside the archive: not read.</source>
        <translation>其路径指向归档之外：未读取。</translation>
    </message>
    <message>
        <source>Not a file (a link, say): not read.</source>
        <translation>不是文件（例如链接）：未读取。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: %2</source>
        <translation>无法将“%1”作为 Joplin 导出文件读取：%2</translation>
    </message>
    <message>
        <source>it is not a tar archive.</source>
        <translation>它不是 tar 归档。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: an entry holds more than its header says.</source>
        <translation>无法将“%1”作为 Joplin 导出文件读取：某个条目包含的数据多于其头部所声明的大小。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>它大于 %1 MB：未导入。</translation>
    </message>
    <message>
        <source>“%1” holds no Joplin notes.</source>
        <translation>“%1”中没有 Joplin 笔记。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>“%1”大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>It links to a note or resource that is not in the export: the link is kept as it was.</source>
        <translation>它链接到导出文件中没有的笔记或资源：链接保持原样。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>新建笔记本(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty notebook file</source>
        <translation>创建一个新的空白笔记本文件</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>打开笔记本(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a notebook file</source>
        <translation>打开笔记本文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save every change in this notebook</source>
        <translation>保存此笔记本中的所有更改</translation>
    </message>
    <message>
        <source>Discard every unsaved change and go back to what was last saved</source>
        <translation>放弃所有未保存的更改，恢复到上次保存的状态</translation>
    </message>
    <message>
        <source>&amp;Back Up Notebook…</source>
        <translation>备份笔记本(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of this notebook, as last saved, to a file you choose</source>
        <translation>将此笔记本上次保存时的副本写入你选择的文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the titles and text of the notes</source>
        <translation>搜索笔记的标题和正文</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Add a note to this notebook</source>
        <translation>向此笔记本添加一条笔记</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>关于 Commonplace(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Commonplace notebooks (*.%1);;All files (*)</source>
        <translation>Commonplace 笔记本 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Notebook Not Found</source>
        <translation>找不到笔记本</translation>
    </message>
    <message>
        <source>The notebook “%1” you used last is no longer there. Commonplace opens your default notebook instead.</source>
        <translation>你上次使用的笔记本“%1”已不存在。Commonplace 将改为打开你的默认笔记本。</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Commonplace…
This happens once, and takes a while for a large notebook.</source>
        <translation>正在为此版本的 Commonplace 准备“%1”…
此操作只进行一次，笔记本较大时需要一些时间。</translation>
    </message>
    <message>
        <source>%1[*] — Commonplace</source>
        <translation>%1[*] — Commonplace</translation>
    </message>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>欢迎使用 Commonplace</translation>
    </message>
    <message>
        <source>This notebook is a single file on your computer, and every note you write lives in it.

Your changes are kept aside until you save them with File ▸ Save (%1). Until then they are pending: the window title shows an asterisk and changed notes are marked with a dot in the list. File ▸ Revert throws the pending changes away and brings back what you last saved.

Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.</source>
        <translation>此笔记本是你电脑上的一个文件，你写的每条笔记都保存在其中。

你的更改会先暂存起来，直到你通过“文件 ▸ 保存”（%1）保存它们。在此之前，这些更改处于待保存状态：窗口标题中会显示一个星号，列表中已更改的笔记会标有一个圆点。“文件 ▸ 还原”会丢弃待保存的更改，恢复你上次保存的内容。

按 %2 可写一条新笔记。你可以通过“笔记 ▸ 删除笔记”删除这一条。</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>新建笔记本</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>“%1”已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>打开笔记本</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n 条笔记有未保存的更改。如果不保存，这些更改将会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>已保存 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>是否放弃 %n 项未保存的更改，恢复到上次保存的状态？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>已放弃 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>已根据在别处保存的更改完成更新。</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Cannot Open Backup</source>
        <translation>无法打开备份</translation>
    </message>
    <message>
        <source>Back Up Notebook</source>
        <translation>备份笔记本</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 备份 %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>无法写入今天的备份：%1</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>No notebook is open. Open one with File ▸ Open Notebook.</source>
        <translation>没有打开的笔记本。请通过“文件 ▸ 打开笔记本”打开一个。</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>没有与“%1”匹配的笔记。</translation>
    </message>
    <message>
        <source>No notes yet — press %1 to write one.</source>
        <translation>还没有笔记——按 %1 写一条。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Notebook: %1&lt;br&gt;Schema version: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;笔记本：%1&lt;br&gt;架构版本：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>关于 Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A notes application that never loses a word.&lt;/p&gt;&lt;p&gt;Commonplace is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;一款不会丢失一个字的笔记应用。&lt;/p&gt;&lt;p&gt;Commonplace 是自由软件：你可以依据 GNU 通用公共许可证第 3 版或更高版本的条款重新分发和/或修改它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the language, the editor font and how many backups are kept</source>
        <translation>更改语言、编辑器字体以及保留的备份数量</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>丢弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore Note</source>
        <translation>恢复笔记(&amp;R)</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>恢复笔记</translation>
    </message>
    <message>
        <source>Bring back the selected note, as it was before it was deleted</source>
        <translation>将所选笔记恢复为删除前的样子</translation>
    </message>
    <message>
        <source>&amp;Pin Note</source>
        <translation>置顶笔记(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the selected note at the top of the list</source>
        <translation>将所选笔记保持在列表顶部</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>已为 %n 条笔记添加标签“%1”；保存后生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put &amp;Back</source>
        <translation>放回原处(&amp;B)</translation>
    </message>
    <message>
        <source>Take the selected note out of the Trash when you next save</source>
        <translation>下次保存时将所选笔记移出回收站</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete every note in the Trash for good when you next save</source>
        <translation>下次保存时永久删除回收站中的所有笔记</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash when you next save</source>
        <translation>下次保存时将所选笔记移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>已删除在回收站中放置较久的 %n 条笔记。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash could not be emptied of old notes: %1</source>
        <translation>无法从回收站删除旧笔记：%1</translation>
    </message>
    <message>
        <source>Moved to the Trash when you save; until then, Undo (%1) brings it back.</source>
        <translation>保存时移到回收站；在此之前，撤销 (%1) 可恢复。</translation>
    </message>
    <message>
        <source>Delete the note “%1” forever?</source>
        <translation>永久删除笔记“%1”？</translation>
    </message>
    <message>
        <source>It stays in the list, crossed out, until you save; until then, Undo (%1) or Delete Note again brings it back. Saving removes it from the notebook, with its history.</source>
        <translation>在保存前它会以删除线留在列表中；在此之前，撤销 (%1) 或再次删除可恢复。保存后它及其历史将从笔记本中删除。</translation>
    </message>
    <message>
        <source>Taken out of the Trash when you save.</source>
        <translation>保存时移出回收站。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 条笔记？</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay listed, crossed out, until you save; Revert brings them back. Saving removes them and their history from the notebook.</source>
        <translation>在保存前它们会以删除线留在列表中；还原可恢复。保存后它们及其历史将从笔记本中删除。</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>清空回收站(&amp;E)</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>永久删除(&amp;F)…</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Delete the selected note and its history for good when you next save</source>
        <translation>下次保存时永久删除所选笔记及其历史</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>See the saved versions of the selected note and bring one back</source>
        <translation>查看所选笔记已保存的版本并恢复其中一个</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>“%1” has no earlier versions yet. Each save that changes a note&apos;s title or text keeps the version it replaces.</source>
        <translation>“%1”还没有早期版本。每次保存对笔记标题或文本的更改时，都会保留被替换的版本。</translation>
    </message>
    <message>
        <source>Brought back the version of %1; save to keep it, or revert to drop it.</source>
        <translation>已恢复 %1 的版本；保存以保留，或还原以放弃。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Sort by &amp;Last Changed</source>
        <translation>按最后修改排序(&amp;L)</translation>
    </message>
    <message>
        <source>List the most recently changed notes first</source>
        <translation>先列出最近修改的笔记</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Created</source>
        <translation>按创建日期排序(&amp;D)</translation>
    </message>
    <message>
        <source>List the most recently created notes first</source>
        <translation>先列出最近创建的笔记</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>按标题排序(&amp;T)</translation>
    </message>
    <message>
        <source>List the notes in the order of their titles</source>
        <translation>按标题顺序列出笔记</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>笔记数量</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>找到 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n note(s); save to keep it.</source>
        <translation>
            <numerusform>已在 %n 条笔记上将“%1”重命名为“%2”；保存后生效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>已从 %n 条笔记上移除“%1”；保存后生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Not Changed</source>
        <translation>标签未更改</translation>
    </message>
    <message>
        <source>The tag “%1” was not changed. %2</source>
        <translation>标签“%1”未更改。%2</translation>
    </message>
    <message>
        <source>Show the note&apos;s text as you write it</source>
        <translation>按您书写的样子显示笔记的文本</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the note as its formatting makes it look</source>
        <translation>按格式呈现的样子显示笔记</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>Show the text and its preview next to each other</source>
        <translation>将文本和预览并排显示</translation>
    </message>
    <message>
        <source>Switch Between Edit and Pre&amp;view</source>
        <translation>在编辑和预览之间切换(&amp;V)</translation>
    </message>
    <message>
        <source>Go from the text to its preview and back</source>
        <translation>在文本和预览之间来回切换</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>view mode</comment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ollow Link</source>
        <translation>打开链接(&amp;O)</translation>
    </message>
    <message>
        <source>Open the note that the [[link]] at the cursor leads to</source>
        <translation>打开光标处的[[链接]]指向的笔记</translation>
    </message>
    <message>
        <source>There is no [[link]] at the cursor.</source>
        <translation>光标处没有[[链接]]。</translation>
    </message>
    <message>
        <source>There is no note called “%1”.</source>
        <translation>没有名为“%1”的笔记。</translation>
    </message>
    <message>
        <source>Create Note</source>
        <translation>创建笔记</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>还没有名为“%1”的笔记。要创建吗？</translation>
    </message>
    <message>
        <source>C&amp;reate Note</source>
        <translation>创建笔记(&amp;R)</translation>
    </message>
    <message>
        <source>Note in the Trash</source>
        <translation>回收站中的笔记</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash. Put it back?</source>
        <translation>笔记“%1”在回收站中。要放回原处吗？</translation>
    </message>
    <message>
        <source>It is taken out of the Trash when you save.</source>
        <translation>保存时它会从回收站中取出。</translation>
    </message>
    <message>
        <source>“%1” has no heading “%2”.</source>
        <translation>“%1”中没有标题“%2”。</translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>更新链接</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>另有 %n 条笔记链接到“%1”。要让这些链接指向“%2”吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The links change in those notes as edits you can see, saved or reverted with the rest.</source>
        <translation>这些笔记中的链接会作为可见的编辑而更改，并与其他更改一起保存或还原。</translation>
    </message>
    <message>
        <source>&amp;Update Links</source>
        <translation>更新链接(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>保持不变(&amp;L)</translation>
    </message>
    <message>
        <source>The links could not be updated: %1</source>
        <translation>无法更新链接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>已更新 %n 条笔记中的链接；保存后生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy a link that opens the selected note from another program</source>
        <translation>复制一个可从其他程序打开所选笔记的链接</translation>
    </message>
    <message>
        <source>Note Link Not Understood</source>
        <translation>无法识别笔记链接</translation>
    </message>
    <message>
        <source>This link to a note is damaged or incomplete, so no note could be opened:
%1</source>
        <translation>此笔记链接已损坏或不完整，因此无法打开任何笔记：
%1</translation>
    </message>
    <message>
        <source>This note is in the Trash.</source>
        <translation>此笔记在回收站中。</translation>
    </message>
    <message>
        <source>Note Not Found</source>
        <translation>未找到笔记</translation>
    </message>
    <message>
        <source>There is no note number %1 in “%2”: it may have been deleted for good.</source>
        <translation>“%2”中没有编号为 %1 的笔记：它可能已被永久删除。</translation>
    </message>
    <message>
        <source>Copied a link to “%1”.</source>
        <translation>已复制指向“%1”的链接。</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>笔记“%1”在回收站中。</translation>
    </message>
    <message>
        <source>Add an image or another file to the notebook, where the cursor is in the note&apos;s text</source>
        <translation>将图片或其他文件添加到笔记本，插入笔记正文的光标处</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>附件(&amp;T)…</translation>
    </message>
    <message>
        <source>List the files the selected note refers to, to open them or save a copy</source>
        <translation>列出所选笔记引用的文件，以便打开或保存副本</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <source>Nothing was added to the note.</source>
        <translation>笔记中未添加任何内容。</translation>
    </message>
    <message>
        <source>Attached; saved in the notebook when you save.</source>
        <translation>已附加；保存时存入笔记本。</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>无法打开附件</translation>
    </message>
    <message>
        <source>No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.</source>
        <translation>没有可以打开“%1”的应用程序。请使用 笔记 ▸ 附件… 保存一份副本。</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>无法保存附件</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Attach F&amp;ile…</source>
        <translation>附加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the saved notes out as a folder of Markdown files, with their attachments</source>
        <translation>将已保存的笔记连同附件导出为 Markdown 文件夹</translation>
    </message>
    <message>
        <source>Import Notes from a Folder</source>
        <translation>从文件夹导入笔记</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>已导入 %n 条笔记，标签为“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes into a Folder</source>
        <translation>将笔记导出到文件夹</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 笔记 %2</translation>
    </message>
    <message>
        <source>Exporting the notes…</source>
        <translation>正在导出笔记…</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>The notes could not be exported. %1</source>
        <translation>无法导出笔记。%1</translation>
    </message>
    <message>
        <source> Unsaved changes are not in it: save, then export again to include them.</source>
        <translation> 未保存的更改不包含在内：请先保存，然后再次导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>已导出 %n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform>和 %n 个附件到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in the notes of another application&apos;s file: an Evernote or Joplin export, a CherryTree document, a Gnote or Tomboy note</source>
        <translation>导入其他应用程序文件中的笔记：Evernote 或 Joplin 导出文件、CherryTree 文档、Gnote 或 Tomboy 笔记</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the note shown as the preview shows it, after a look at its pages</source>
        <translation>按预览中的样子打印当前显示的笔记，打印前可先查看其页面</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Bring in the notes of a folder: Markdown files (an Obsidian vault, say), or Gnote&apos;s or Tomboy&apos;s notes</source>
        <translation>导入文件夹中的笔记：Markdown 文件（例如 Obsidian 仓库），或 Gnote 或 Tomboy 的笔记</translation>
    </message>
    <message>
        <source>Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;All files (*)</source>
        <translation>其他应用程序的笔记 (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote 导出文件 (*.enex);;Joplin 导出文件 (*.jex);;CherryTree 文档 (*.ctb *.ctd *.ctz *.ctx);;Gnote 和 Tomboy 笔记 (*.note);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Notes as PDF</source>
        <translation>将笔记导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <source>The note could not be printed. %1</source>
        <translation>无法打印笔记。%1</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team notebook on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的团队笔记本</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost. Your changes are kept here; Commonplace connects again by itself, and then you can save them.</source>
        <translation>与“%1”的服务器的连接已断开。您的更改保留在这里；Commonplace 会自动重新连接，之后即可保存。</translation>
    </message>
    <message>
        <source>Cop&amp;y to Server…</source>
        <translation>复制到服务器(&amp;Y)…</translation>
    </message>
    <message>
        <source>Copy this notebook, as last saved, to a PostgreSQL server as a team notebook</source>
        <translation>将此笔记本按最后保存的状态复制到 PostgreSQL 服务器，作为团队笔记本</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>另存副本(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of this team notebook, as last saved, in a notebook file</source>
        <translation>将此团队笔记本按最后保存的状态另存为笔记本文件</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>正在将“%1”复制到“%2”…</translation>
    </message>
    <message>
        <source>Copy Not Made</source>
        <translation>未能复制</translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>副本是最后保存时的笔记本：您未保存的 %n 处更改仍留在这里。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Server</source>
        <translation>复制到服务器</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>已将“%1”复制到“%2”，共 %n 条笔记。现在打开团队笔记本吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>A copy of “%1” is saved as “%2”.</source>
        <translation>已将“%1”的副本保存为“%2”。</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>无法将密码保存到系统密钥环：%1</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>A symbolic link: not followed.</source>
        <translation>符号链接：未跟随。</translation>
    </message>
    <message>
        <source>Folders nested more than %1 deep are not read.</source>
        <translation>不读取嵌套超过 %1 层的文件夹。</translation>
    </message>
    <message>
        <source>Larger than 20 MB: not a note.</source>
        <translation>大于 20 MB：不作为笔记。</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Not UTF-8: read as Latin-1.</source>
        <translation>不是 UTF-8：已按 Latin-1 读取。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>“%1”大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown files (.md).</source>
        <translation>“%1”中没有 Markdown 文件（.md）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Its front matter is not YAML: kept as text.</source>
        <translation>其前置元数据不是 YAML：已作为文本保留。</translation>
    </message>
    <message>
        <source>No note refers to it: not imported.</source>
        <translation>没有笔记引用它：未导入。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note titles</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>没有建议</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>将“%1”添加到词典(&amp;A)</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>粘贴的图片 %1</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>未选择笔记</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>标题长度</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记正文</translation>
    </message>
    <message>
        <source>Title (a note needs one)</source>
        <translation>标题（必填）</translation>
    </message>
    <message>
        <source>Select a note in the list, or press %1 to write a new one.</source>
        <translation>请在列表中选择一条笔记，或按 %1 写一条新笔记。</translation>
    </message>
    <message>
        <source>The text of this note could not be read: another program may be using the notebook. Select the note again in a moment.</source>
        <translation>无法读取此笔记的正文：可能有其他程序正在使用该笔记本。请稍后再次选择此笔记。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>此标题超出 %n 个字符：标题最多只能有 %1 个字符，因此在缩短之前无法保存此笔记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>笔记标签</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>This note has no text yet.</source>
        <translation>此笔记还没有文本。</translation>
    </message>
    <message>
        <source>Notes that link here</source>
        <translation>链接到此处的笔记</translation>
    </message>
    <message>
        <source>Notes that link to this note</source>
        <translation>链接到此笔记的笔记</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>来自 %n 条笔记的链接：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>无法读取笔记：%1</translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message>
        <source>Nothing was imported: the notebook could not be backed up first. %1</source>
        <translation>未导入任何内容：无法先备份笔记本。%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: the notebook cannot be written now (%1).</source>
        <translation>未导入任何内容：现在无法写入笔记本（%1）。</translation>
    </message>
    <message>
        <source>Nothing was imported: another program changed the structure of the notebook.</source>
        <translation>未导入任何内容：另一个程序更改了笔记本的结构。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>“%1”大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>无标题笔记</translation>
    </message>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>标题超过 %n 个字符：已缩短，完整标题保留为正文第一行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” could not be written (%2).</source>
        <translation>未导入任何内容：无法写入“%1”（%2）。</translation>
    </message>
    <message>
        <source>Nothing was imported: the notes could not be indexed for search (%1).</source>
        <translation>未导入任何内容：无法为笔记建立搜索索引（%1）。</translation>
    </message>
    <message>
        <source>indexing them for search, %L1 of %L2</source>
        <translation>正在建立搜索索引，第 %L1 条，共 %L2 条</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPane</name>
    <message>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Untitled note</source>
        <translation>无标题笔记</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>恢复的笔记</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1（我的版本）</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>There is no note called “%1” yet: click to create it.</source>
        <translation>还没有名为“%1”的笔记：点击即可创建。</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>笔记“%1”在回收站中。</translation>
    </message>
    <message>
        <source>Image not loaded: %1</source>
        <translation>图像未加载：%1</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>附件缺失</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>无法显示此图片</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>This notebook is open for reading only.</source>
        <translation>此笔记本以只读方式打开。</translation>
    </message>
    <message>
        <source>This notebook was saved by a newer version of Commonplace. You can read it here, but to change it, update Commonplace.</source>
        <translation>此笔记本由更新版本的 Commonplace 保存。你可以在这里阅读它，但如需更改，请更新 Commonplace。</translation>
    </message>
    <message>
        <source>This notebook was changed by another program: it holds triggers, views or tables that Commonplace did not make. To keep your notes safe, it is open for reading only.</source>
        <translation>此笔记本已被其他程序更改：其中包含并非由 Commonplace 创建的触发器、视图或表。为确保你的笔记安全，它以只读方式打开。</translation>
    </message>
    <message>
        <source>This notebook file is read-only, so changes cannot be saved. To edit it, allow writing to the file or save a copy elsewhere.</source>
        <translation>此笔记本文件为只读，因此无法保存更改。如需编辑，请允许写入该文件，或将副本保存到其他位置。</translation>
    </message>
    <message>
        <source>The folder holding this notebook is read-only, so changes cannot be saved. To edit it, move the notebook to a folder you can write to.</source>
        <translation>此笔记本所在的文件夹为只读，因此无法保存更改。如需编辑，请将笔记本移动到你可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Commonplace cannot open notebooks because Qt&apos;s SQLite driver is not installed. Reinstalling Commonplace should fix this.</source>
        <translation>Commonplace 无法打开笔记本，因为未安装 Qt 的 SQLite 驱动程序。重新安装 Commonplace 应该可以解决此问题。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a notebook.</source>
        <translation>“%1”是文件夹，不是笔记本。</translation>
    </message>
    <message>
        <source>The notebook “%1” does not exist.</source>
        <translation>笔记本“%1”不存在。</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>你没有读取“%1”的权限。</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a notebook.</source>
        <translation>“%1”是空文件：它不是笔记本。</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”: the folder “%2” does not exist.</source>
        <translation>无法创建笔记本“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>Cannot create a notebook in the folder “%1”.</source>
        <translation>无法在文件夹“%1”中创建笔记本。</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”.</source>
        <translation>无法创建笔记本“%1”。</translation>
    </message>
    <message>
        <source>Cannot use the SQLite driver.</source>
        <translation>无法使用 SQLite 驱动程序。</translation>
    </message>
    <message>
        <source>Cannot protect the notebook against crafted files.</source>
        <translation>无法为笔记本启用针对恶意构造文件的防护。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Commonplace notebook.</source>
        <translation>“%1”是其他应用程序的数据库，不是 Commonplace 笔记本。</translation>
    </message>
    <message>
        <source>application_id is %1</source>
        <translation>application_id 为 %1</translation>
    </message>
    <message>
        <source>“%1” is marked as a Commonplace notebook, but its notes table is missing.</source>
        <translation>“%1”被标记为 Commonplace 笔记本，但缺少其笔记表。</translation>
    </message>
    <message>
        <source>user_version is %1</source>
        <translation>user_version 为 %1</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded for this version of Commonplace, but no backup could be made first, so it was left as it was.</source>
        <translation>“%1”需要升级才能用于此版本的 Commonplace，但无法事先创建备份，因此未对其作任何改动。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded for this version of Commonplace. It was left as it was.</source>
        <translation>无法升级“%1”以用于此版本的 Commonplace。它保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” is not a Commonplace notebook.</source>
        <translation>“%1”不是 Commonplace 笔记本。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. If you have a backup of it, open the backup instead.</source>
        <translation>“%1”已损坏，无法打开。如果你有它的备份，请改为打开备份。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>“%1”已被另一个程序锁定。请关闭该程序或等待其完成，然后重试。</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>Commonplace needs SQLite %1 or newer, but Qt&apos;s SQLite driver uses SQLite %2. Update SQLite, then open the notebook again; it has not been changed.</source>
        <translation>Commonplace 需要 SQLite %1 或更新版本，但 Qt 的 SQLite 驱动使用的是 SQLite %2。请更新 SQLite，然后重新打开笔记本；笔记本未被更改。</translation>
    </message>
    <message>
        <source>The server lets your user name read this notebook but not change it. To edit it, ask the server&apos;s administrator for the right to write to it.</source>
        <translation>服务器允许您的用户名读取此笔记本，但不允许更改。要编辑它，请向服务器管理员申请写入权限。</translation>
    </message>
    <message>
        <source>This notebook was made by an older version of Commonplace, and the server lets only its owner bring it up to date. You can read it here; to change it, ask its owner to open it once with this version of Commonplace.</source>
        <translation>此笔记本由较旧版本的 Commonplace 创建，服务器只允许其所有者将其更新。您可以在此阅读；如需修改，请让其所有者用此版本的 Commonplace 打开一次。</translation>
    </message>
</context>
<context>
    <name>NotebookBackup</name>
    <message>
        <source>Cannot create the backup “%1”: %2</source>
        <translation>无法创建备份“%1”：%2</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>无法写入备份“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>%1 (restored from backup)</source>
        <translation>%1（从备份恢复）</translation>
    </message>
    <message>
        <source>%1 (restored from backup %2)</source>
        <translation>%1（从备份恢复 %2）</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>无法将备份复制到“%1”。</translation>
    </message>
</context>
<context>
    <name>NotebookCopy</name>
    <message>
        <source>The notebooks could not be read.</source>
        <translation>无法读取笔记本。</translation>
    </message>
    <message>
        <source>Only a notebook of this version of Commonplace can be copied: open it for writing once, which brings it up to date.</source>
        <translation>只能复制此版本 Commonplace 的笔记本：以可写方式打开一次即可将其更新。</translation>
    </message>
    <message>
        <source>The notebook to copy could not be read.</source>
        <translation>无法读取要复制的笔记本。</translation>
    </message>
    <message>
        <source>The copy cannot be written now.</source>
        <translation>现在无法写入副本。</translation>
    </message>
    <message>
        <source>The copy can go only into a notebook that holds no notes.</source>
        <translation>副本只能写入没有笔记的笔记本。</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>无法写入副本。</translation>
    </message>
    <message>
        <source>The copy could not be indexed for search.</source>
        <translation>无法为副本建立搜索索引。</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>无法保存副本。</translation>
    </message>
    <message>
        <source>The notebook to copy has no table “%1”.</source>
        <translation>要复制的笔记本没有表“%1”。</translation>
    </message>
</context>
<context>
    <name>NotebookLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>NotebookServer</name>
    <message>
        <source>“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.</source>
        <translation>没有密码无法打开“%1”：服务器 %2 要求提供“%3”的密码。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both and try again.</source>
        <translation>无法打开“%1”：服务器 %2 拒绝了用户名“%3”或其密码。请检查两者后重试。</translation>
    </message>
    <message>
        <source>“%1” was not opened: the server %2 could not be checked as the location asks (its certificate is not trusted, is not for that name, or it offers no encrypted connection). Check the certificate authority file and the server&apos;s name.</source>
        <translation>未打开“%1”：无法按位置的要求验证服务器 %2（其证书不受信任、不属于该名称，或它不提供加密连接）。请检查证书颁发机构文件和服务器名称。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>无法打开“%1”：服务器 %2 上没有数据库“%3”。请检查名称，或请服务器管理员创建它。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and that the server is running and can be reached from this computer.</source>
        <translation>无法打开“%1”：%2 处没有 PostgreSQL 服务器应答。请检查名称和端口，并确认服务器正在运行且可从这台计算机访问。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not accept the connection.</source>
        <translation>无法打开“%1”：服务器 %2 未接受连接。</translation>
    </message>
    <message>
        <source>Commonplace cannot open team notebooks because Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>由于未安装 Qt 的 PostgreSQL 驱动（在 Debian 和 Ubuntu 上为软件包 libqt6sql6-psql），Commonplace 无法打开团队笔记本。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.</source>
        <translation>无法打开“%1”：服务器 %2 的应答不像 PostgreSQL。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need PostgreSQL 12 or newer.</source>
        <translation>无法打开“%1”：服务器 %2 运行的是 PostgreSQL %3，而团队笔记本需要 PostgreSQL 12 或更高版本。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server did not answer as expected.</source>
        <translation>无法打开“%1”：服务器没有按预期应答。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” see this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>无法打开“%1”：服务器不允许用户“%2”查看此笔记本。请向服务器管理员申请访问权限。</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application, not a Commonplace notebook. Nothing was changed.</source>
        <translation>“%1”中是另一个应用程序的表，而不是 Commonplace 笔记本。未做任何更改。</translation>
    </message>
    <message>
        <source>The database “%1” on %2 holds no notebook yet.</source>
        <translation>%2 上的数据库“%1”中还没有笔记本。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” read this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>无法打开“%1”：服务器不允许用户“%2”读取此笔记本。请向服务器管理员申请访问权限。</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. Ask the server&apos;s administrator to set it up, or to let “%2” create schemas in the database.</source>
        <translation>无法在“%1”中设置笔记本：服务器不允许用户“%2”创建它。请服务器管理员设置它，或允许“%2”在数据库中创建模式。</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server refused a step. If it names an extension (pg_trgm, unaccent), ask the server&apos;s administrator to install PostgreSQL&apos;s contrib package or to create the extension in the database.</source>
        <translation>无法在“%1”中设置笔记本：服务器拒绝了其中一步。如果提到了扩展（pg_trgm、unaccent），请服务器管理员安装 PostgreSQL 的 contrib 软件包，或在数据库中创建该扩展。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Commonplace, and was left as it was.</source>
        <translation>无法将“%1”升级到此版本的 Commonplace，已保持原样。</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <source>The attachment is not in this notebook.</source>
        <translation>此笔记本中没有该附件。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>No notebook was named.</source>
        <translation>未指定笔记本。</translation>
    </message>
</context>
<context>
    <name>OpenErrorMessage</name>
    <message>
        <source>Cannot Open Notebook</source>
        <translation>无法打开笔记本</translation>
    </message>
    <message>
        <source>Its most recent backup is from %1. Commonplace can open a copy of it, leaving the damaged file as it is.</source>
        <translation>它最近一次备份的时间为 %1。Commonplace 可以打开该备份的副本，损坏的文件将保持原样。</translation>
    </message>
    <message>
        <source>&amp;Open a Copy of the Backup</source>
        <translation>打开备份的副本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>保存到系统密钥环(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>将密码保存到系统密钥环</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>[Attachment missing]</source>
        <translation>[附件缺失]</translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>没有要导出的笔记。</translation>
    </message>
    <message>
        <source>Cannot draw the pages.</source>
        <translation>无法绘制页面。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>PendingAttachments</name>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>“%1”大于 100 MB，这是笔记本对单个文件的上限。</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: the folder “%2” cannot be created.</source>
        <translation>在保存前无法保留“%1”：无法创建文件夹“%2”。</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: %2</source>
        <translation>在保存前无法保留“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>“%1”不是可以附加的文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>编辑器字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>保留备份数(&amp;B)：</translation>
    </message>
    <message>
        <source>Commonplace keeps a copy of each notebook for every day it changes, and deletes the oldest beyond this number.</source>
        <translation>笔记本在某一天发生更改时，Commonplace 会为其保留当天的一份副本；副本超出此数量时，将删除最早的副本。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash of notes:</source>
        <translation>自动清理回收站中的笔记(&amp;T)：</translation>
    </message>
    <message>
        <source>Empty the Trash of notes</source>
        <translation>自动清理回收站中的笔记</translation>
    </message>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>放置超过 %n 天的</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Check s&amp;pelling as I type</source>
        <translation>输入时检查拼写(&amp;P)</translation>
    </message>
    <message>
        <source>Spelling lan&amp;guage:</source>
        <translation>拼写检查语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>拼写检查语言</translation>
    </message>
    <message>
        <source>About spell checking</source>
        <translation>关于拼写检查</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one for your language (on Debian and Ubuntu, a hunspell package such as hunspell-en-us) and open Preferences again.</source>
        <translation>未安装拼写词典，因此不检查拼写。请为您的语言安装一个词典（在 Debian 和 Ubuntu 上为 hunspell 软件包，例如 hunspell-en-us），然后重新打开首选项。</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>是否恢复 %1 的 %n 项未保存更改？</numerusform>
        </translation>
    </message>
    <message>
        <source>Commonplace closed without saving them the last time this notebook was open. Recovered changes are not saved yet: review them, then save.</source>
        <translation>上次打开此笔记本时，Commonplace 在保存这些更改之前就关闭了。恢复的更改尚未保存：请检查后再保存。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration file name %1 does not start with a four-digit number.</source>
        <translation>迁移文件名 %1 不是以四位数字开头。</translation>
    </message>
    <message>
        <source>The migration %1 is out of sequence: expected number %2.</source>
        <translation>迁移 %1 的顺序不正确：应为编号 %2。</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>在 %1 中未找到架构迁移。</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this version of Commonplace.</source>
        <translation>此版本的 Commonplace 无法识别架构版本 %1。</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>无法开始升级：%1</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>无法读取架构版本。</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a notebook&apos;s.</source>
        <translation>该数据库中已有不属于笔记本的表。</translation>
    </message>
    <message>
        <source>The upgrade would break a link between notes (table %1).</source>
        <translation>此升级会破坏笔记之间的链接（表 %1）。</translation>
    </message>
    <message>
        <source>Could not save the upgrade: %1</source>
        <translation>无法保存升级：%1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, statement %2 failed: %3
%4</source>
        <translation>%1，第 %2 条语句执行失败：%3
%4</translation>
    </message>
    <message>
        <source>%1: the links between notes could not be written: %2</source>
        <translation>%1：无法写入笔记之间的链接：%2</translation>
    </message>
</context>
<context>
    <name>SetUpQuestion</name>
    <message>
        <source>Set Up a Team Notebook</source>
        <translation>设置团队笔记本</translation>
    </message>
    <message>
        <source>Set up a new notebook there?</source>
        <translation>要在那里设置一个新笔记本吗？</translation>
    </message>
    <message>
        <source>Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone the server lets use that database can then open the notebook.</source>
        <translation>Commonplace 将在数据库“%2”的模式“%1”中创建其表。服务器允许使用该数据库的任何人随后都可以打开此笔记本。</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All Notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Shelves and tags</source>
        <translation>分类和标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>重命名标签(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>删除标签(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1” (the tags under it move with it):</source>
        <translation>“%1”的新名称(其下的标签随之移动):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>新标签名</translation>
    </message>
    <message>
        <source>A tag needs a name. To take it off its notes, use Delete Tag.</source>
        <translation>标签需要名称。要从笔记上移除它，请使用“删除标签”。</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>There is a tag “%1” already. Merge “%2” into it?</source>
        <translation>已有标签“%1”。将“%2”合并到其中吗?</translation>
    </message>
    <message>
        <source>The notes tagged “%1” will be tagged “%2” when you save.</source>
        <translation>保存后，带有“%1”的笔记将带有“%2”。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>从 %n 条笔记上移除标签“%1”吗?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags under it go too. The notes stay, with their other tags; Revert brings the tag back until you save.</source>
        <translation>其下的标签也会移除。笔记保留，并保留其他标签；保存前可用“还原”恢复该标签。</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>删除标签(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TomboyNotes</name>
    <message>
        <source>It is not a Gnote or Tomboy note.</source>
        <translation>它不是 Gnote 或 Tomboy 笔记。</translation>
    </message>
    <message>
        <source>“%1” holds no Gnote or Tomboy notes (.note).</source>
        <translation>“%1”中没有 Gnote 或 Tomboy 笔记（.note）。</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>它大于 %1 MB：未导入。</translation>
    </message>
    <message>
        <source>A template for new notes: not imported.</source>
        <translation>新笔记的模板：未导入。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Gnote or Tomboy note: %2</source>
        <translation>无法将“%1”作为 Gnote 或 Tomboy 笔记读取：%2</translation>
    </message>
    <message>
        <source>“%1” holds no notes that can be imported.</source>
        <translation>“%1”中没有可以导入的笔记。</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Commonplace: import notes into a notebook, or export them, without a window.</source>
        <translation>Commonplace：无需窗口即可将笔记导入笔记本或导出。</translation>
    </message>
    <message>
        <source>Import the notes of these sources (a folder of Markdown files or an Obsidian vault).</source>
        <translation>导入这些来源（Markdown 文件夹或 Obsidian 仓库）中的笔记。</translation>
    </message>
    <message>
        <source>The notebook to import into; made if it does not exist.</source>
        <translation>要导入的笔记本；不存在时将创建。</translation>
    </message>
    <message>
        <source>Export the notes of this notebook.</source>
        <translation>导出此笔记本中的笔记。</translation>
    </message>
    <message>
        <source>The new or empty folder to export into.</source>
        <translation>要导出到的新文件夹或空文件夹。</translation>
    </message>
    <message>
        <source>More sources to import.</source>
        <translation>更多要导入的来源。</translation>
    </message>
    <message>
        <source>--import needs --into NOTEBOOK: the notebook to import into.</source>
        <translation>--import 需要 --into 笔记本：要导入的笔记本。</translation>
    </message>
    <message>
        <source>“%1” is not a notebook file.</source>
        <translation>“%1”不是笔记本文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>已从“%1”向“%2”导入 %n 条笔记，标签为 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>，新增附件 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>  changed: %1: %2</source>
        <translation>  已更改：%1：%2</translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  未导入：%1：%2</translation>
    </message>
    <message>
        <source>There is no notebook “%1”.</source>
        <translation>没有笔记本“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>已将 %n 条笔记从“%1”导出到“%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>，附件 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export to: markdown (the default), html or pdf.</source>
        <translation>导出格式：markdown（默认）、html 或 pdf。</translation>
    </message>
    <message>
        <source>Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH.</source>
        <translation>请指定 --import 来源... --into 笔记本，或 --export 笔记本 --to 路径。</translation>
    </message>
    <message>
        <source>--export needs --to PATH, and nothing else: the folder to export into (a file for pdf).</source>
        <translation>--export 只需要 --to 路径：要导出到的文件夹（pdf 则为文件）。</translation>
    </message>
    <message>
        <source>“%1” is not a format Commonplace exports to: use markdown, html or pdf.</source>
        <translation>Commonplace 不支持导出为“%1”：请使用 markdown、html 或 pdf。</translation>
    </message>
    <message>
        <source>“%1” exists already: give the name of a new file, so that nothing is overwritten.</source>
        <translation>“%1”已存在：请指定一个新文件的名称，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>没有可用于询问密码的终端：请在 PGPASSWORD 或 ~/.pgpass 中提供。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>UnsavedJournal</name>
    <message>
        <source>Cannot keep unsaved changes in “%1”: %2</source>
        <translation>无法在“%1”中暂存未保存的更改：%2</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The file declares XML entities, which no export Commonplace reads does: it is not read, so that it cannot expand to fill the memory.</source>
        <translation>该文件声明了 XML 实体，而 Commonplace 读取的任何导出文件都不会这样做：为避免其展开后占满内存，不读取该文件。</translation>
    </message>
    <message>
        <source>The file ends in the middle: it may not have been copied or saved whole.</source>
        <translation>文件在中途结束：它可能没有被完整地复制或保存。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>该文件不是格式正确的 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <source>The file is written in the %1 text encoding, which Commonplace cannot read in a file of this kind: save it in UTF-8 and import it again.</source>
        <translation>该文件使用 %1 文本编码，Commonplace 无法读取此类文件中的这种编码：请将其另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a notes application that never loses a word.</source>
        <translation>Commonplace，一款不会丢失一个字的笔记应用。</translation>
    </message>
    <message>
        <source>Open the notebook in a window of its own, then exit: 0 if it opened. Checks an installation.</source>
        <translation>在单独的窗口中打开笔记本，然后退出：如果成功打开，则返回 0。用于检查安装是否正常。</translation>
    </message>
    <message>
        <source>Open the note with this number (as in a link from Note ▸ Copy Link).</source>
        <translation>打开具有此编号的笔记（与“笔记 ▸ 复制链接”中的链接相同）。</translation>
    </message>
    <message>
        <source>The notebook file (*.cpbook) to open or create, a team notebook&apos;s address (postgresql://user@host/database), or a link to a note (commonplace:…).</source>
        <translation>要打开或创建的笔记本文件 (*.cpbook)、团队笔记本的地址 (postgresql://user@host/database)，或指向笔记的链接 (commonplace:…)。</translation>
    </message>
    <message>
        <source>“%1” is not a note number: note numbers are whole numbers above zero.</source>
        <translation>“%1”不是笔记编号：笔记编号是大于零的整数。</translation>
    </message>
    <message>
        <source>--note needs the notebook that holds the note.</source>
        <translation>--note 需要包含该笔记的笔记本。</translation>
    </message>
</context>
</TS>
