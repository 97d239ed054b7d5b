<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments of the note</source>
        <translation>ノートの添付ファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>This note has no attachments. Paste or drop an image or a file into its text, or use Note ▸ Attach File….</source>
        <translation>このノートに添付ファイルはありません。画像やファイルを本文に貼り付けるかドロップするか、ノート ▸ ファイルを添付… を使ってください。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>「%1」の添付ファイル</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>添付ファイルを開く</translation>
    </message>
    <message>
        <source>Save the attachment as a file</source>
        <translation>添付ファイルをファイルとして保存</translation>
    </message>
</context>
<context>
    <name>CherryTreeDocument</name>
    <message>
        <source>“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and import the file it saves.</source>
        <translation>「%1」はパスワードで保護されていますが、Commonplace はパスワード付きのファイルを読み込みません。CherryTree でこのファイルを開いて ファイル ▸ 名前を付けて保存… を選び、「保護なし (.ctb)」か「保護なし (.ctd)」を選んでから、保存されたファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Its place in the tree loops back on itself: imported without the tree&apos;s tag.</source>
        <translation>ツリー内の位置が循環しているため、ツリーのタグを付けずにインポートしました。</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>It is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CherryTree document: %2</source>
        <translation>「%1」を CherryTree のドキュメントとして読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CherryTree document.</source>
        <translation>「%1」は CherryTree のドキュメントではありません。</translation>
    </message>
    <message>
        <source>“%1” holds no nodes.</source>
        <translation>「%1」にはノードがありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its nodes are nested more than %2 deep.</source>
        <translation>「%1」を読み込めません。ノードの入れ子が %2 階層より深くなっています。</translation>
    </message>
    <message>
        <source>the SQLite driver cannot read it safely.</source>
        <translation>SQLite ドライバーでは安全に読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CherryTree document.</source>
        <translation>「%1」は別のアプリケーションのデータベースです。CherryTree のドキュメントではありません。</translation>
    </message>
    <message>
        <source>it holds no nodes.</source>
        <translation>ノードがありません。</translation>
    </message>
    <message>
        <source>Its text cannot be read: %1</source>
        <translation>テキストを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>CherryTreeText</name>
    <message>
        <source>Picture %1.png</source>
        <translation>画像 %1.png</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>他の場所での変更</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window or program, but you changed it here.</source>
        <translation>「%1」は別のウィンドウまたはプログラムで削除されましたが、ここでは変更されています。</translation>
    </message>
    <message>
        <source>Keep your text as a new note, or let the note go?</source>
        <translation>自分のテキストを新しいノートとして残しますか？それとも、ノートの削除を受け入れますか？</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a New Note</source>
        <translation>自分の内容を新しいノートとして残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Let It Go</source>
        <translation>削除のままにする(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program after you deleted it here.</source>
        <translation>「%1」は、ここで削除した後に別のウィンドウまたはプログラムで変更されました。</translation>
    </message>
    <message>
        <source>Delete it anyway, or keep the other version?</source>
        <translation>それでも削除しますか？それとも、もう一方のバージョンを残しますか？</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>それでも削除(&amp;D)</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>相手の版を残す(&amp;T)</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or program while you edited it here.</source>
        <translation>「%1」は、ここで編集している間に別のウィンドウまたはプログラムで変更されました。</translation>
    </message>
    <message>
        <source>Keep your version, take theirs, or keep both as separate notes?</source>
        <translation>自分のバージョンを残しますか？もう一方のバージョンを採用しますか？それとも、両方を別々のノートとして残しますか？</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>相手の版を採用(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>両方残す(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>A team notebook is a database on a PostgreSQL server. Its password is asked when the server wants one.</source>
        <translation>チームのノートブックは PostgreSQL サーバー上のデータベースです。サーバーが求めるときにパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked</source>
        <translation>暗号化し、サーバーの証明書と名前を確認</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>暗号化し、サーバーの証明書を確認</translation>
    </message>
    <message>
        <source>Encrypted, nothing checked</source>
        <translation>暗号化のみ、確認なし</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (trusted networks only)</source>
        <translation>サーバーが対応していれば暗号化 (信頼できるネットワークのみ)</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>空欄ならログイン名</translation>
    </message>
    <message>
        <source>The system&apos;s, or PGSSLROOTCERT&apos;s, if left empty</source>
        <translation>空欄ならシステムまたは PGSSLROOTCERT のもの</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>認証局のファイルを選ぶ</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>サーバーとデータベースを入力してください。</translation>
    </message>
    <message>
        <source>Listed in Open Recent as %1</source>
        <translation>「最近使ったノートブック」に %1 として表示されます</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cert&amp;ificate authority:</source>
        <translation>認証局(&amp;I):</translation>
    </message>
</context>
<context>
    <name>EnmlText</name>
    <message>
        <source>Its text is not well-formed: %1</source>
        <translation>テキストの形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Text encrypted in Evernote is not imported: decrypt it in Evernote and export again.</source>
        <translation>Evernote で暗号化されたテキストはインポートしません。Evernote で復号してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>A picture or file it shows is not in the export, or its data is damaged.</source>
        <translation>表示する画像やファイルがエクスポートに含まれていないか、そのデータが破損しています。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Another program changed the structure of this notebook, so nothing was saved. Your changes are kept: close the notebook and open it again.</source>
        <translation>別のプログラムがこのノートブックの構造を変更したため、何も保存されませんでした。変更は保持されています。ノートブックを閉じてから、もう一度開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed in another window or program while you edited them here. Nothing was saved; choose which version to keep.</source>
        <translation>
            <numerusform>ここで編集している間に、%n 件のノートが別のウィンドウまたはプログラムで変更されました。何も保存されていません。残すバージョンを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A note has no title, so nothing was saved. Give it a title and save again; your changes are kept.</source>
        <translation>タイトルのないノートがあるため、何も保存されませんでした。タイトルを付けてもう一度保存してください。変更は保持されています。</translation>
    </message>
    <message>
        <source>A note’s title must have between 1 and %1 characters. Shorten the title and save again; your other changes are kept.</source>
        <translation>ノートのタイトルは 1～%1 文字にする必要があります。タイトルを短くして、もう一度保存してください。その他の変更は保持されています。</translation>
    </message>
    <message>
        <source>A change breaks a rule of the notebook, so nothing was saved. Your changes are kept.</source>
        <translation>ノートブックの規則に反する変更があるため、何も保存されませんでした。変更は保持されています。</translation>
    </message>
    <message>
        <source>Another program is using this notebook, so nothing was saved. Your changes are kept: save again in a moment.</source>
        <translation>別のプログラムがこのノートブックを使用しているため、何も保存されませんでした。変更は保持されています。しばらくしてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>This notebook is read-only, so your changes cannot be saved to it.</source>
        <translation>このノートブックは読み取り専用のため、変更を保存できません。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Your changes are kept: free some space and save again.</source>
        <translation>ディスクがいっぱいのため、何も保存されませんでした。変更は保持されています。空き容量を確保してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The notebook could not be written to the disk, so nothing was saved. Your changes are kept: check that the disk is still there and writable, then save again.</source>
        <translation>ノートブックをディスクに書き込めなかったため、何も保存されませんでした。変更は保持されています。ディスクが接続されていて書き込み可能であることを確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The notebook file is damaged, so nothing was saved. Your changes are kept.</source>
        <translation>ノートブックファイルが破損しているため、何も保存されませんでした。変更は保持されています。</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are kept.</source>
        <translation>変更を保存できませんでした。変更は保持されています。</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read: the notebook file is damaged. If you have a backup of it, open the backup instead.</source>
        <translation>「%1」のノートを読み込めません。ノートブックファイルが破損しています。バックアップがある場合は、代わりにバックアップを開いてください。</translation>
    </message>
    <message>
        <source>“%1” is being used by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>「%1」は別のプログラムが使用中です。そのプログラムを閉じるか、処理が終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>「%1」のノートを読み込めません。</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved. Your changes are kept: Commonplace connects again by itself, then save again.</source>
        <translation>サーバーとの接続が切れたため、何も保存されませんでした。変更は保持されています。Commonplace が自動的に再接続しますので、その後もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>EvernoteExport</name>
    <message>
        <source>“%1” cannot be read as an Evernote export: %2</source>
        <translation>「%1」を Evernote のエクスポートとして読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is not an Evernote export (.enex).</source>
        <translation>「%1」は Evernote のエクスポート (.enex) ではありません。</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>「%1」にはノートがありません。</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>ノート %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>「%1」は 100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>Its data is damaged (it does not match its checksum): left out.</source>
        <translation>データが破損している (チェックサムが一致しない) ため、除外しました。</translation>
    </message>
    <message>
        <source>Its text is larger than %1 MB: not imported.</source>
        <translation>テキストが %1 MB を超えているため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>It has no title: titled “%1”.</source>
        <translation>タイトルがないため、「%1」というタイトルを付けました。</translation>
    </message>
    <message>
        <source>Its data is damaged (it is not base64): left out.</source>
        <translation>データが壊れています (base64 ではありません): 取り込みません。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Which notes</source>
        <translation>対象のノート</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>ノートのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Every note outside the Trash</source>
        <translation>ごみ箱以外のすべてのノート(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;notes listed now (%n)</source>
        <translation>
            <numerusform>いま一覧にあるノート (%n)(&amp;N)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;This note</source>
        <translation>このノート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;This note: “%1”</source>
        <translation>このノート: 「%1」(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Choose the folder and export</source>
        <translation>フォルダーを選んでエクスポート</translation>
    </message>
    <message>
        <source>They are written as Markdown files, one for each note, with their attachments, into a new folder in the folder you choose next. Unsaved changes are not written: save first to include them.</source>
        <translation>ノートごとに 1 つの Markdown ファイルとして、添付ファイルとともに、次に選ぶフォルダーの中の新しいフォルダーに書き出します。未保存の変更は書き出されません。含めるには先に保存してください。</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>書き出す形式</translation>
    </message>
    <message>
        <source>&amp;Markdown files, for other applications</source>
        <translation>Markdown ファイル (ほかのアプリケーション向け)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;HTML pages, for a web browser</source>
        <translation>HTML ページ (Web ブラウザー向け)(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>PDF (閲覧・印刷用)(&amp;P)</translation>
    </message>
    <message>
        <source>Unsaved changes are not written: save first to include them.</source>
        <translation>未保存の変更は書き出されません。含めるには先に保存してください。</translation>
    </message>
    <message>
        <source>One Markdown file for each note, with its title, tags and dates, and the attachments beside them, in a new folder in the folder you choose next. Commonplace, Obsidian and other Markdown editors read them.</source>
        <translation>ノートごとに、タイトル・タグ・日付を含む Markdown ファイルを 1 つずつ、添付ファイルと並べて、次に選ぶフォルダーの中の新しいフォルダーに書き出します。Commonplace や Obsidian などの Markdown エディターで読めます。</translation>
    </message>
    <message>
        <source>One page for each note and an index of them, linked as the notes are, with the attachments, in a new folder in the folder you choose next. Any web browser shows them, with no network.</source>
        <translation>ノートごとに 1 つのページと、それらの索引ページを、ノートと同じようにリンクし、添付ファイルとともに、次に選ぶフォルダーの中の新しいフォルダーに書き出します。ネットワークがなくても、どの Web ブラウザーでも表示できます。</translation>
    </message>
    <message>
        <source>One PDF file, each note from a new page with its pictures, and a table of contents first when there are several. You choose the file next.</source>
        <translation>1 つの PDF ファイルに、各ノートを画像とともに新しいページから書き出します。ノートが複数ある場合は、先頭に目次を付けます。ファイルは次に選びます。</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>ファイルを選んでエクスポート</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is not empty: export into a new or empty folder, so that no file is overwritten.</source>
        <translation>「%1」は空ではありません。ファイルを上書きしないよう、新しいフォルダーか空のフォルダーにエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>保存されたバージョン</translation>
    </message>
    <message>
        <source>Differences from the text now</source>
        <translation>現在のテキストとの違い</translation>
    </message>
    <message>
        <source>Struck through: only in the version you chose. Underlined: only in the text now.</source>
        <translation>取り消し線: 選んだバージョンにだけあります。下線: 現在のテキストにだけあります。</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>このバージョンに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>このバージョンに戻す</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>「%1」の履歴</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>このバージョンを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>All notes</source>
        <translation>すべてのノート</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 件のノート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The file being read</source>
        <translation>読み込み中のファイル</translation>
    </message>
    <message>
        <source>Items not imported as they are, and why</source>
        <translation>そのままではインポートされない項目とその理由</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>ノートのインポート</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>ノートをインポート</translation>
    </message>
    <message>
        <source>Looking at the notes in “%1”…</source>
        <translation>「%1」のノートを確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): %1</source>
        <translation>
            <numerusform>%Ln 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the notebook is as it was.</source>
        <translation>インポートは取り消されました。何もインポートされず、ノートブックは元のままです。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln note(s)</source>
        <translation>
            <numerusform>「%1」にはノート %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln attachment(s)</source>
        <translation>
            <numerusform>、添付ファイル %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln tag(s).</source>
        <translation>
            <numerusform>、タグ %Ln 個があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds them to “%1” in one step, after a backup of the notebook, each with a tag that names this import. The notes you are editing stay as they are.</source>
        <translation>インポートすると、ノートブックをバックアップしたうえで、それらを一度に「%1」に追加し、それぞれにこのインポートを示すタグを付けます。編集中のノートはそのままです。</translation>
    </message>
    <message>
        <source>What will not come in as it is:</source>
        <translation>そのままでは取り込まれないもの:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln note(s)</source>
        <translation>
            <numerusform>ノート %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln new attachment(s) into “%1”. </source>
        <translation>
            <numerusform>と新しい添付ファイル %Ln 件を「%1」にインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>They have the tag “%1”.</source>
        <translation>タグ「%1」が付いています。</translation>
    </message>
    <message>
        <source>Imported with a change, or not imported:</source>
        <translation>変更してインポートしたもの、またはインポートしなかったもの:</translation>
    </message>
    <message>
        <source>Importing the notes of “%1” into “%2”…</source>
        <translation>「%1」のノートを「%2」にインポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
    <message>
        <source>Saving the notes of “%1” into “%2”…</source>
        <translation>「%1」のノートを「%2」に保存しています…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>“%1” is not something Commonplace can import: choose a folder of Markdown files (an Obsidian vault, say), an Evernote export (.enex), a Joplin export (.jex), a CherryTree document (.ctb, .ctd), or Gnote or Tomboy notes (.note).</source>
        <translation>Commonplace は「%1」をインポートできません。Markdown ファイルのフォルダー (Obsidian の保管庫など)、Evernote のエクスポート (.enex)、Joplin のエクスポート (.jex)、CherryTree のドキュメント (.ctb, .ctd)、または Gnote や Tomboy のノート (.note) を選んでください。</translation>
    </message>
</context>
<context>
    <name>JoplinExport</name>
    <message>
        <source>Its path leads outside the archive: not read.</source>
        <translation>パスがアーカイブの外を指しているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>Not a file (a link, say): not read.</source>
        <translation>ファイルではない (リンクなど) ため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: %2</source>
        <translation>「%1」を Joplin のエクスポートとして読み込めません: %2</translation>
    </message>
    <message>
        <source>it is not a tar archive.</source>
        <translation>tar アーカイブではありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Joplin export: an entry holds more than its header says.</source>
        <translation>「%1」を Joplin のエクスポートとして読み込めません。ヘッダーに記されたサイズより多くのデータを含むエントリがあります。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>「%1」はファイルではありません。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>%1 MB を超えているため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>“%1” holds no Joplin notes.</source>
        <translation>「%1」には Joplin のノートがありません。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>「%1」は 100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>It links to a note or resource that is not in the export: the link is kept as it was.</source>
        <translation>エクスポートに含まれていないノートまたはリソースにリンクしているため、リンクは元のまま残しました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったノートブック(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ノート(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>新規ノートブック(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty notebook file</source>
        <translation>新しい空のノートブックファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>ノートブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a notebook file</source>
        <translation>ノートブックファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save every change in this notebook</source>
        <translation>このノートブックのすべての変更を保存します</translation>
    </message>
    <message>
        <source>Discard every unsaved change and go back to what was last saved</source>
        <translation>保存されていない変更をすべて破棄して、最後に保存した状態に戻します</translation>
    </message>
    <message>
        <source>&amp;Back Up Notebook…</source>
        <translation>ノートブックをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of this notebook, as last saved, to a file you choose</source>
        <translation>最後に保存した状態のこのノートブックのコピーを、指定したファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the titles and text of the notes</source>
        <translation>ノートのタイトルと本文を検索します</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>新規ノート(&amp;N)</translation>
    </message>
    <message>
        <source>Add a note to this notebook</source>
        <translation>このノートブックにノートを追加します</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>ノートを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>Commonplace について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Commonplace notebooks (*.%1);;All files (*)</source>
        <translation>Commonplace ノートブック (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Notebook Not Found</source>
        <translation>ノートブックが見つかりません</translation>
    </message>
    <message>
        <source>The notebook “%1” you used last is no longer there. Commonplace opens your default notebook instead.</source>
        <translation>前回使用したノートブック「%1」が見つかりません。Commonplace は代わりに既定のノートブックを開きます。</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Commonplace…
This happens once, and takes a while for a large notebook.</source>
        <translation>「%1」をこのバージョンの Commonplace 用に準備しています…
この処理は 1 回だけ行われます。大きなノートブックでは時間がかかります。</translation>
    </message>
    <message>
        <source>%1[*] — Commonplace</source>
        <translation>%1[*] — Commonplace</translation>
    </message>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>Commonplace へようこそ</translation>
    </message>
    <message>
        <source>This notebook is a single file on your computer, and every note you write lives in it.

Your changes are kept aside until you save them with File ▸ Save (%1). Until then they are pending: the window title shows an asterisk and changed notes are marked with a dot in the list. File ▸ Revert throws the pending changes away and brings back what you last saved.

Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.</source>
        <translation>このノートブックはコンピューター上の 1 つのファイルで、書いたノートはすべてこのファイルに保存されます。

変更は、ファイル ▸ 保存 (%1) で保存するまで別に保持されます。それまでは保留中の状態で、ウィンドウのタイトルにアスタリスクが表示され、変更したノートには一覧で点が付きます。ファイル ▸ 変更を破棄 を使うと、保留中の変更を破棄して、最後に保存した状態に戻せます。

新しいノートを書くには %2 を押します。このノートは ノート ▸ ノートを削除 で削除できます。</translation>
    </message>
    <message>
        <source>New Notebook</source>
        <translation>新規ノートブック</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>「%1」は既に存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>ノートブックを開く</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>「%1」への変更を保存しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have unsaved changes. If you don&apos;t save them, they are lost.</source>
        <translation>
            <numerusform>%n 件のノートに保存されていない変更があります。保存しない場合、変更は失われます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n 件の変更を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved change(s) and go back to what was last saved?</source>
        <translation>
            <numerusform>保存されていない %n 件の変更を破棄して、最後に保存した状態に戻しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n 件の変更を破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>他の場所で保存された変更を反映しました。</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Cannot Open Backup</source>
        <translation>バックアップを開けません</translation>
    </message>
    <message>
        <source>Back Up Notebook</source>
        <translation>ノートブックのバックアップ</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>%1 にバックアップしました。</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 バックアップ %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>今日のバックアップを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>ノートの削除</translation>
    </message>
    <message>
        <source>No notebook is open. Open one with File ▸ Open Notebook.</source>
        <translation>ノートブックが開かれていません。ファイル ▸ ノートブックを開く で開いてください。</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>「%1」に一致するノートはありません。</translation>
    </message>
    <message>
        <source>No notes yet — press %1 to write one.</source>
        <translation>ノートはまだありません。%1 を押すと新しいノートを書けます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Notebook: %1&lt;br&gt;Schema version: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;ノートブック: %1&lt;br&gt;スキーマのバージョン: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>Commonplace について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A notes application that never loses a word.&lt;/p&gt;&lt;p&gt;Commonplace is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;書いた言葉をひとつも失わないノートアプリケーションです。&lt;/p&gt;&lt;p&gt;Commonplace はフリーソフトウェアです。GNU General Public License バージョン 3 またはそれ以降のバージョンの条件の下で、再頒布や改変を行うことができます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the language, the editor font and how many backups are kept</source>
        <translation>言語、エディターのフォント、保持するバックアップの数を変更します</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>新規ノート</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>変更を破棄(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore Note</source>
        <translation>ノートを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore Note</source>
        <translation>ノートの復元</translation>
    </message>
    <message>
        <source>Bring back the selected note, as it was before it was deleted</source>
        <translation>選択したノートを削除前の状態に戻します</translation>
    </message>
    <message>
        <source>&amp;Pin Note</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the selected note at the top of the list</source>
        <translation>選択したノートを一覧の先頭に固定します</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) “%1”; save to keep it.</source>
        <translation>
            <numerusform>%n 件のノートに「%1」タグを付けました。保存すると確定します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put &amp;Back</source>
        <translation>元に戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Take the selected note out of the Trash when you next save</source>
        <translation>次に保存したときに、選択したノートをごみ箱から戻します</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ごみ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete every note in the Trash for good when you next save</source>
        <translation>次に保存したときに、ごみ箱のノートをすべて完全に削除します</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash when you next save</source>
        <translation>次に保存したときに、選択したノートをごみ箱に移します</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n note(s) that had been in the Trash for long.</source>
        <translation>
            <numerusform>長くごみ箱にあった %n 件のノートを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash could not be emptied of old notes: %1</source>
        <translation>ごみ箱の古いノートを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Moved to the Trash when you save; until then, Undo (%1) brings it back.</source>
        <translation>保存するとごみ箱に移ります。それまでは元に戻す (%1) で戻せます。</translation>
    </message>
    <message>
        <source>Delete the note “%1” forever?</source>
        <translation>ノート「%1」を完全に削除しますか?</translation>
    </message>
    <message>
        <source>It stays in the list, crossed out, until you save; until then, Undo (%1) or Delete Note again brings it back. Saving removes it from the notebook, with its history.</source>
        <translation>保存するまで取り消し線付きで一覧に残ります。それまでは元に戻す (%1) かもう一度削除すると戻せます。保存すると履歴とともにノートブックから削除されます。</translation>
    </message>
    <message>
        <source>Taken out of the Trash when you save.</source>
        <translation>保存するとごみ箱から戻ります。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n note(s) in the Trash forever?</source>
        <translation>
            <numerusform>ごみ箱の %n 件のノートを完全に削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay listed, crossed out, until you save; Revert brings them back. Saving removes them and their history from the notebook.</source>
        <translation>保存するまで取り消し線付きで一覧に残ります。元に戻すで戻せます。保存すると履歴とともにノートブックから削除されます。</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>ごみ箱を空にする(&amp;E)</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>完全に削除(&amp;F)…</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Delete the selected note and its history for good when you next save</source>
        <translation>次に保存したときに、選択したノートを履歴とともに完全に削除します</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>See the saved versions of the selected note and bring one back</source>
        <translation>選択したノートの保存されたバージョンを表示し、戻します</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>“%1” has no earlier versions yet. Each save that changes a note&apos;s title or text keeps the version it replaces.</source>
        <translation>「%1」にはまだ以前のバージョンがありません。ノートのタイトルやテキストを変えて保存するたびに、置き換えられたバージョンが残ります。</translation>
    </message>
    <message>
        <source>Brought back the version of %1; save to keep it, or revert to drop it.</source>
        <translation>%1 のバージョンに戻しました。保存すると確定し、元に戻すと破棄します。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Sort by &amp;Last Changed</source>
        <translation>最終更新順(&amp;L)</translation>
    </message>
    <message>
        <source>List the most recently changed notes first</source>
        <translation>最近変更したノートを先に表示します</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Created</source>
        <translation>作成日順(&amp;D)</translation>
    </message>
    <message>
        <source>List the most recently created notes first</source>
        <translation>最近作成したノートを先に表示します</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>タイトル順(&amp;T)</translation>
    </message>
    <message>
        <source>List the notes in the order of their titles</source>
        <translation>ノートをタイトル順に並べます</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>ノートの数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln 件見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln 件のノート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n note(s); save to keep it.</source>
        <translation>
            <numerusform>%n 件のノートで「%1」を「%2」に変更しました。保存すると確定します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %n note(s); save to keep it.</source>
        <translation>
            <numerusform>%n 件のノートから「%1」を外しました。保存すると確定します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Not Changed</source>
        <translation>タグは変更されていません</translation>
    </message>
    <message>
        <source>The tag “%1” was not changed. %2</source>
        <translation>タグ「%1」は変更されませんでした。%2</translation>
    </message>
    <message>
        <source>Show the note&apos;s text as you write it</source>
        <translation>ノートのテキストを書いたとおりに表示します</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Show the note as its formatting makes it look</source>
        <translation>ノートを書式を反映した見た目で表示します</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>左右に並べる(&amp;S)</translation>
    </message>
    <message>
        <source>Show the text and its preview next to each other</source>
        <translation>テキストとそのプレビューを並べて表示します</translation>
    </message>
    <message>
        <source>Switch Between Edit and Pre&amp;view</source>
        <translation>編集とプレビューを切り替え(&amp;V)</translation>
    </message>
    <message>
        <source>Go from the text to its preview and back</source>
        <translation>テキストとプレビューを行き来します</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>view mode</comment>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ollow Link</source>
        <translation>リンク先を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the note that the [[link]] at the cursor leads to</source>
        <translation>カーソル位置の[[リンク]]が指すノートを開きます</translation>
    </message>
    <message>
        <source>There is no [[link]] at the cursor.</source>
        <translation>カーソル位置に[[リンク]]はありません。</translation>
    </message>
    <message>
        <source>There is no note called “%1”.</source>
        <translation>「%1」というノートはありません。</translation>
    </message>
    <message>
        <source>Create Note</source>
        <translation>ノートの作成</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>「%1」というノートはまだありません。作成しますか?</translation>
    </message>
    <message>
        <source>C&amp;reate Note</source>
        <translation>ノートを作成(&amp;R)</translation>
    </message>
    <message>
        <source>Note in the Trash</source>
        <translation>ゴミ箱のノート</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash. Put it back?</source>
        <translation>ノート「%1」はゴミ箱にあります。元に戻しますか?</translation>
    </message>
    <message>
        <source>It is taken out of the Trash when you save.</source>
        <translation>保存するとゴミ箱から取り出されます。</translation>
    </message>
    <message>
        <source>“%1” has no heading “%2”.</source>
        <translation>「%1」に見出し「%2」はありません。</translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>リンクの更新</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) link to “%1”. Make those links lead to “%2”?</source>
        <translation>
            <numerusform>ほかの %n 件のノートが「%1」にリンクしています。これらのリンクを「%2」に向けますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The links change in those notes as edits you can see, saved or reverted with the rest.</source>
        <translation>リンクはそれらのノートの目に見える編集として変更され、ほかの変更と一緒に保存または取り消されます。</translation>
    </message>
    <message>
        <source>&amp;Update Links</source>
        <translation>リンクを更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>そのままにする(&amp;L)</translation>
    </message>
    <message>
        <source>The links could not be updated: %1</source>
        <translation>リンクを更新できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the links in %n note(s); save to keep them.</source>
        <translation>
            <numerusform>%n 件のノートのリンクを更新しました。保存すると確定します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy a link that opens the selected note from another program</source>
        <translation>選択したノートをほかのプログラムから開くリンクをコピーします</translation>
    </message>
    <message>
        <source>Note Link Not Understood</source>
        <translation>ノートのリンクを解釈できません</translation>
    </message>
    <message>
        <source>This link to a note is damaged or incomplete, so no note could be opened:
%1</source>
        <translation>このノートへのリンクは壊れているか不完全なため、ノートを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>This note is in the Trash.</source>
        <translation>このノートはゴミ箱にあります。</translation>
    </message>
    <message>
        <source>Note Not Found</source>
        <translation>ノートが見つかりません</translation>
    </message>
    <message>
        <source>There is no note number %1 in “%2”: it may have been deleted for good.</source>
        <translation>「%2」に番号 %1 のノートはありません。完全に削除された可能性があります。</translation>
    </message>
    <message>
        <source>Copied a link to “%1”.</source>
        <translation>「%1」へのリンクをコピーしました。</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>ノート「%1」はゴミ箱にあります。</translation>
    </message>
    <message>
        <source>Add an image or another file to the notebook, where the cursor is in the note&apos;s text</source>
        <translation>画像などのファイルをノートブックに追加し、ノート本文のカーソル位置に挿入します</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>添付ファイル(&amp;T)…</translation>
    </message>
    <message>
        <source>List the files the selected note refers to, to open them or save a copy</source>
        <translation>選択したノートが参照するファイルを一覧にし、開いたりコピーを保存したりします</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>ファイルを添付できません</translation>
    </message>
    <message>
        <source>Nothing was added to the note.</source>
        <translation>ノートには何も追加されませんでした。</translation>
    </message>
    <message>
        <source>Attached; saved in the notebook when you save.</source>
        <translation>添付しました。保存するとノートブックに保存されます。</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Cannot Open Attachment</source>
        <translation>添付ファイルを開けません</translation>
    </message>
    <message>
        <source>No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.</source>
        <translation>「%1」を開けるアプリケーションがありません。ノート ▸ 添付ファイル… でコピーを保存してください。</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>添付ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>添付ファイルを保存できません</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Attach F&amp;ile…</source>
        <translation>ファイルを添付(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the saved notes out as a folder of Markdown files, with their attachments</source>
        <translation>保存済みのノートを添付ファイルとともに Markdown ファイルのフォルダーに書き出します</translation>
    </message>
    <message>
        <source>Import Notes from a Folder</source>
        <translation>フォルダーからノートをインポート</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>ノートのインポート</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s), tagged “%1”.</source>
        <translation>
            <numerusform>%n 件のノートをインポートし、タグ「%1」を付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes into a Folder</source>
        <translation>ノートをフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>%1 notes %2</source>
        <translation>%1 ノート %2</translation>
    </message>
    <message>
        <source>Exporting the notes…</source>
        <translation>ノートをエクスポートしています…</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>ノートのエクスポート</translation>
    </message>
    <message>
        <source>The notes could not be exported. %1</source>
        <translation>ノートをエクスポートできませんでした。%1</translation>
    </message>
    <message>
        <source> Unsaved changes are not in it: save, then export again to include them.</source>
        <translation> 未保存の変更は含まれていません。含めるには保存してからもう一度エクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s)</source>
        <translation>
            <numerusform>ノート %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attachment(s) to “%1”.</source>
        <translation>
            <numerusform>と添付ファイル %n 件を「%1」にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in the notes of another application&apos;s file: an Evernote or Joplin export, a CherryTree document, a Gnote or Tomboy note</source>
        <translation>ほかのアプリケーションのファイルからノートを取り込みます: Evernote や Joplin のエクスポート、CherryTree のドキュメント、Gnote や Tomboy のノート</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the note shown as the preview shows it, after a look at its pages</source>
        <translation>表示中のノートを、ページを確認したうえで、プレビューと同じ見た目で印刷します</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>フォルダーをインポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Bring in the notes of a folder: Markdown files (an Obsidian vault, say), or Gnote&apos;s or Tomboy&apos;s notes</source>
        <translation>フォルダーのノートを取り込みます: Markdown ファイル (Obsidian の保管庫など)、または Gnote や Tomboy のノート</translation>
    </message>
    <message>
        <source>Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;All files (*)</source>
        <translation>ほかのアプリケーションのノート (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote のエクスポート (*.enex);;Joplin のエクスポート (*.jex);;CherryTree のドキュメント (*.ctb *.ctd *.ctz *.ctx);;Gnote と Tomboy のノート (*.note);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Notes as PDF</source>
        <translation>ノートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>「%1」を印刷</translation>
    </message>
    <message>
        <source>The note could not be printed. %1</source>
        <translation>ノートを印刷できませんでした。%1</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>サーバーに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team notebook on a PostgreSQL server</source>
        <translation>PostgreSQL サーバー上のチームのノートブックを開く</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>サーバーに再接続しました。</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost. Your changes are kept here; Commonplace connects again by itself, and then you can save them.</source>
        <translation>「%1」のサーバーとの接続が切れました。変更はここに保持されています。Commonplace が自動的に再接続しますので、その後に保存できます。</translation>
    </message>
    <message>
        <source>Cop&amp;y to Server…</source>
        <translation>サーバーにコピー(&amp;Y)…</translation>
    </message>
    <message>
        <source>Copy this notebook, as last saved, to a PostgreSQL server as a team notebook</source>
        <translation>このノートブックを最後に保存した状態で、チームノートブックとして PostgreSQL サーバーにコピーします</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>コピーを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of this team notebook, as last saved, in a notebook file</source>
        <translation>このチームノートブックを最後に保存した状態でノートブックファイルにコピーして保存します</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>「%1」を「%2」にコピーしています…</translation>
    </message>
    <message>
        <source>Copy Not Made</source>
        <translation>コピーできませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The copy holds the notebook as last saved: your %n unsaved change(s) stay here.</source>
        <translation>
            <numerusform>コピーは最後に保存した状態のノートブックです。保存していない %n 件の変更はここに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to Server</source>
        <translation>サーバーにコピー</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is copied to “%2”, %n note(s). Open the team notebook now?</source>
        <translation>
            <numerusform>「%1」を「%2」にコピーしました（%n 件のノート）。チームノートブックを今すぐ開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>A copy of “%1” is saved as “%2”.</source>
        <translation>「%1」のコピーを「%2」として保存しました。</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>パスワードをシステムのキーリングに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>A symbolic link: not followed.</source>
        <translation>シンボリックリンクのため、たどりませんでした。</translation>
    </message>
    <message>
        <source>Folders nested more than %1 deep are not read.</source>
        <translation>%1 階層より深いフォルダーは読み込みません。</translation>
    </message>
    <message>
        <source>Larger than 20 MB: not a note.</source>
        <translation>20 MB を超えているため、ノートとして扱いません。</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>Not UTF-8: read as Latin-1.</source>
        <translation>UTF-8 ではないため、Latin-1 として読み込みました。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>「%1」は 100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown files (.md).</source>
        <translation>「%1」に Markdown ファイル (.md) がありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Its front matter is not YAML: kept as text.</source>
        <translation>フロントマターが YAML ではないため、テキストとして残しました。</translation>
    </message>
    <message>
        <source>No note refers to it: not imported.</source>
        <translation>どのノートからも参照されていないため、インポートしませんでした。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note titles</source>
        <translation>ノートのタイトル</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>「%1」を辞書に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>貼り付けた画像 %1</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note title</source>
        <translation>ノートのタイトル</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>ノートが選択されていません</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>タイトルの文字数</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>ノートの本文</translation>
    </message>
    <message>
        <source>Title (a note needs one)</source>
        <translation>タイトル (必須)</translation>
    </message>
    <message>
        <source>Select a note in the list, or press %1 to write a new one.</source>
        <translation>一覧からノートを選択するか、%1 を押して新しいノートを書いてください。</translation>
    </message>
    <message>
        <source>The text of this note could not be read: another program may be using the notebook. Select the note again in a moment.</source>
        <translation>このノートの本文を読み込めませんでした。別のプログラムがノートブックを使用している可能性があります。しばらくしてから、もう一度ノートを選択してください。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>This title is %n character(s) too long: titles can have at most %1 characters, so the note cannot be saved until it is shorter.</source>
        <translation>
            <numerusform>タイトルが %n 文字長すぎます。タイトルは最大 %1 文字までのため、短くするまでこのノートは保存できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>ノートのタグ</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ (カンマ区切り)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>ノートのプレビュー</translation>
    </message>
    <message>
        <source>This note has no text yet.</source>
        <translation>このノートにはまだテキストがありません。</translation>
    </message>
    <message>
        <source>Notes that link here</source>
        <translation>ここにリンクしているノート</translation>
    </message>
    <message>
        <source>Notes that link to this note</source>
        <translation>このノートにリンクしているノート</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s):</source>
        <translation>
            <numerusform>%n 件のノートからのリンク:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>ノートを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>NoteImport</name>
    <message>
        <source>Nothing was imported: the notebook could not be backed up first. %1</source>
        <translation>何もインポートされませんでした。先にノートブックをバックアップできませんでした。%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the notebook cannot be written now (%1).</source>
        <translation>何もインポートされませんでした。今はノートブックに書き込めません (%1)。</translation>
    </message>
    <message>
        <source>Nothing was imported: another program changed the structure of the notebook.</source>
        <translation>何もインポートされませんでした。別のプログラムがノートブックの構造を変更しました。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>インポートは取り消されました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>「%1」は 100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>無題のノート</translation>
    </message>
    <message numerus="yes">
        <source>The title was longer than %n characters: shortened, and kept whole as the first line of the text.</source>
        <translation>
            <numerusform>タイトルが %n 文字を超えていたため短くし、完全なタイトルは本文の 1 行目に残しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: “%1” could not be written (%2).</source>
        <translation>何もインポートされませんでした。「%1」を書き込めませんでした (%2)。</translation>
    </message>
    <message>
        <source>Nothing was imported: the notes could not be indexed for search (%1).</source>
        <translation>何もインポートされませんでした。ノートを検索用に索引付けできませんでした (%1)。</translation>
    </message>
    <message>
        <source>indexing them for search, %L1 of %L2</source>
        <translation>検索用に索引付け中、%L2 件中 %L1 件</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <source>Just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteListPane</name>
    <message>
        <source>Search notes</source>
        <translation>ノートを検索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Untitled note</source>
        <translation>無題のノート</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>復元されたノート</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (自分のバージョン)</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>There is no note called “%1” yet: click to create it.</source>
        <translation>「%1」というノートはまだありません。クリックすると作成します。</translation>
    </message>
    <message>
        <source>The note “%1” is in the Trash.</source>
        <translation>ノート「%1」はゴミ箱にあります。</translation>
    </message>
    <message>
        <source>Image not loaded: %1</source>
        <translation>画像は読み込まれていません: %1</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>添付ファイルがありません</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>この画像は表示できません</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>This notebook is open for reading only.</source>
        <translation>このノートブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>This notebook was saved by a newer version of Commonplace. You can read it here, but to change it, update Commonplace.</source>
        <translation>このノートブックは新しいバージョンの Commonplace で保存されています。ここで読むことはできますが、変更するには Commonplace をアップデートしてください。</translation>
    </message>
    <message>
        <source>This notebook was changed by another program: it holds triggers, views or tables that Commonplace did not make. To keep your notes safe, it is open for reading only.</source>
        <translation>このノートブックは別のプログラムによって変更されています。Commonplace が作成していないトリガー、ビュー、またはテーブルが含まれています。ノートを保護するため、読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>This notebook file is read-only, so changes cannot be saved. To edit it, allow writing to the file or save a copy elsewhere.</source>
        <translation>このノートブックファイルは読み取り専用のため、変更を保存できません。編集するには、ファイルへの書き込みを許可するか、別の場所にコピーを保存してください。</translation>
    </message>
    <message>
        <source>The folder holding this notebook is read-only, so changes cannot be saved. To edit it, move the notebook to a folder you can write to.</source>
        <translation>このノートブックがあるフォルダーは読み取り専用のため、変更を保存できません。編集するには、書き込み可能なフォルダーにノートブックを移動してください。</translation>
    </message>
    <message>
        <source>Commonplace cannot open notebooks because Qt&apos;s SQLite driver is not installed. Reinstalling Commonplace should fix this.</source>
        <translation>Qt の SQLite ドライバーがインストールされていないため、Commonplace はノートブックを開けません。Commonplace を再インストールすると解決するはずです。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a notebook.</source>
        <translation>「%1」はフォルダーです。ノートブックではありません。</translation>
    </message>
    <message>
        <source>The notebook “%1” does not exist.</source>
        <translation>ノートブック「%1」は存在しません。</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>「%1」を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a notebook.</source>
        <translation>「%1」は空です。ノートブックではありません。</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”: the folder “%2” does not exist.</source>
        <translation>ノートブック「%1」を作成できません。フォルダー「%2」が存在しません。</translation>
    </message>
    <message>
        <source>Cannot create a notebook in the folder “%1”.</source>
        <translation>フォルダー「%1」にノートブックを作成できません。</translation>
    </message>
    <message>
        <source>Cannot create the notebook “%1”.</source>
        <translation>ノートブック「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot use the SQLite driver.</source>
        <translation>SQLite ドライバーを使用できません。</translation>
    </message>
    <message>
        <source>Cannot protect the notebook against crafted files.</source>
        <translation>細工されたファイルからノートブックを保護できません。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Commonplace notebook.</source>
        <translation>「%1」は別のアプリケーションのデータベースです。Commonplace のノートブックではありません。</translation>
    </message>
    <message>
        <source>application_id is %1</source>
        <translation>application_id は %1 です</translation>
    </message>
    <message>
        <source>“%1” is marked as a Commonplace notebook, but its notes table is missing.</source>
        <translation>「%1」は Commonplace のノートブックとして識別されていますが、ノートのテーブルがありません。</translation>
    </message>
    <message>
        <source>user_version is %1</source>
        <translation>user_version は %1 です</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded for this version of Commonplace, but no backup could be made first, so it was left as it was.</source>
        <translation>「%1」はこのバージョンの Commonplace 用にアップグレードする必要がありますが、事前にバックアップを作成できなかったため、元のままにしました。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded for this version of Commonplace. It was left as it was.</source>
        <translation>「%1」をこのバージョンの Commonplace 用にアップグレードできませんでした。ファイルは元のままです。</translation>
    </message>
    <message>
        <source>“%1” is not a Commonplace notebook.</source>
        <translation>「%1」は Commonplace のノートブックではありません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. If you have a backup of it, open the backup instead.</source>
        <translation>「%1」は破損しているため開けません。バックアップがある場合は、代わりにバックアップを開いてください。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>「%1」は別のプログラムによってロックされています。そのプログラムを終了するか、処理が終わるのを待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>Commonplace needs SQLite %1 or newer, but Qt&apos;s SQLite driver uses SQLite %2. Update SQLite, then open the notebook again; it has not been changed.</source>
        <translation>Commonplace には SQLite %1 以降が必要ですが、Qt の SQLite ドライバーは SQLite %2 を使用しています。SQLite を更新してから、もう一度ノートブックを開いてください。ノートブックは変更されていません。</translation>
    </message>
    <message>
        <source>The server lets your user name read this notebook but not change it. To edit it, ask the server&apos;s administrator for the right to write to it.</source>
        <translation>サーバーはあなたのユーザー名にこのノートブックの読み取りを許可していますが、変更は許可していません。編集するには、サーバーの管理者に書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>This notebook was made by an older version of Commonplace, and the server lets only its owner bring it up to date. You can read it here; to change it, ask its owner to open it once with this version of Commonplace.</source>
        <translation>このノートブックは以前のバージョンの Commonplace で作成されたもので、サーバーは所有者にしか更新を許可していません。ここで読むことはできます。変更するには、所有者にこのバージョンの Commonplace で一度開いてもらってください。</translation>
    </message>
</context>
<context>
    <name>NotebookBackup</name>
    <message>
        <source>Cannot create the backup “%1”: %2</source>
        <translation>バックアップ「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルが既に存在します</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>バックアップ「%1」を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>バックアップフォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>%1 (restored from backup)</source>
        <translation>%1 (バックアップから復元)</translation>
    </message>
    <message>
        <source>%1 (restored from backup %2)</source>
        <translation>%1 (バックアップから復元 %2)</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>バックアップを「%1」にコピーできません。</translation>
    </message>
</context>
<context>
    <name>NotebookCopy</name>
    <message>
        <source>The notebooks could not be read.</source>
        <translation>ノートブックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Only a notebook of this version of Commonplace can be copied: open it for writing once, which brings it up to date.</source>
        <translation>コピーできるのはこのバージョンの Commonplace のノートブックだけです。一度書き込み可能で開くと最新の状態になります。</translation>
    </message>
    <message>
        <source>The notebook to copy could not be read.</source>
        <translation>コピー元のノートブックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The copy cannot be written now.</source>
        <translation>今はコピーを書き込めません。</translation>
    </message>
    <message>
        <source>The copy can go only into a notebook that holds no notes.</source>
        <translation>コピー先はノートのないノートブックでなければなりません。</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>コピーを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The copy could not be indexed for search.</source>
        <translation>コピーを検索用に索引付けできませんでした。</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>コピーを保存できませんでした。</translation>
    </message>
    <message>
        <source>The notebook to copy has no table “%1”.</source>
        <translation>コピー元のノートブックにテーブル「%1」がありません。</translation>
    </message>
</context>
<context>
    <name>NotebookLocation</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>NotebookServer</name>
    <message>
        <source>“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.</source>
        <translation>「%1」はパスワードなしでは開けません。サーバー %2 が「%3」のパスワードを求めています。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both and try again.</source>
        <translation>「%1」を開けません。サーバー %2 がユーザー名「%3」またはそのパスワードを拒否しました。両方を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” was not opened: the server %2 could not be checked as the location asks (its certificate is not trusted, is not for that name, or it offers no encrypted connection). Check the certificate authority file and the server&apos;s name.</source>
        <translation>「%1」は開かれませんでした。サーバー %2 を場所の指定どおりに確認できませんでした (証明書が信頼されていない、その名前のものではない、または暗号化された接続を提供していません)。認証局のファイルとサーバーの名前を確認してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>「%1」を開けません。サーバー %2 にデータベース「%3」がありません。名前を確認するか、サーバーの管理者に作成を依頼してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and that the server is running and can be reached from this computer.</source>
        <translation>「%1」を開けません。%2 で応答する PostgreSQL サーバーがありません。名前とポート、サーバーが動作していてこのコンピューターから接続できることを確認してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not accept the connection.</source>
        <translation>「%1」を開けません。サーバー %2 が接続を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Commonplace cannot open team notebooks because Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていないため、Commonplace はチームのノートブックを開けません (Debian と Ubuntu ではパッケージ libqt6sql6-psql)。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.</source>
        <translation>「%1」を開けません。サーバー %2 が PostgreSQL として応答しませんでした。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need PostgreSQL 12 or newer.</source>
        <translation>「%1」を開けません。サーバー %2 は PostgreSQL %3 で動作していますが、チームのノートブックには PostgreSQL 12 以降が必要です。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server did not answer as expected.</source>
        <translation>「%1」を開けません。サーバーが想定どおりに応答しませんでした。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” see this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>「%1」を開けません。サーバーはユーザー「%2」にこのノートブックの表示を許可していません。サーバーの管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application, not a Commonplace notebook. Nothing was changed.</source>
        <translation>「%1」には Commonplace のノートブックではなく、別のアプリケーションのテーブルがあります。何も変更していません。</translation>
    </message>
    <message>
        <source>The database “%1” on %2 holds no notebook yet.</source>
        <translation>%2 のデータベース「%1」にはまだノートブックがありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the server does not let the user “%2” read this notebook. Ask the server&apos;s administrator for access.</source>
        <translation>「%1」を開けません。サーバーはユーザー「%2」にこのノートブックの読み取りを許可していません。サーバーの管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. Ask the server&apos;s administrator to set it up, or to let “%2” create schemas in the database.</source>
        <translation>「%1」にノートブックを設定できません。サーバーはユーザー「%2」に作成を許可していません。サーバーの管理者に設定を依頼するか、「%2」がデータベースにスキーマを作成できるようにしてもらってください。</translation>
    </message>
    <message>
        <source>A notebook cannot be set up in “%1”: the server refused a step. If it names an extension (pg_trgm, unaccent), ask the server&apos;s administrator to install PostgreSQL&apos;s contrib package or to create the extension in the database.</source>
        <translation>「%1」にノートブックを設定できません。サーバーが手順の一つを拒否しました。拡張機能（pg_trgm、unaccent）が示されている場合は、サーバーの管理者に PostgreSQL の contrib パッケージのインストールか、データベースへの拡張機能の作成を依頼してください。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Commonplace, and was left as it was.</source>
        <translation>「%1」をこのバージョンの Commonplace 用に更新できなかったため、元のままにしました。</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <source>The attachment is not in this notebook.</source>
        <translation>添付ファイルはこのノートブックにありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>No notebook was named.</source>
        <translation>ノートブックが指定されていません。</translation>
    </message>
</context>
<context>
    <name>OpenErrorMessage</name>
    <message>
        <source>Cannot Open Notebook</source>
        <translation>ノートブックを開けません</translation>
    </message>
    <message>
        <source>Its most recent backup is from %1. Commonplace can open a copy of it, leaving the damaged file as it is.</source>
        <translation>最新のバックアップは %1 のものです。Commonplace は、破損したファイルはそのままにして、このバックアップのコピーを開くことができます。</translation>
    </message>
    <message>
        <source>&amp;Open a Copy of the Backup</source>
        <translation>バックアップのコピーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>システムのキーリングに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存する</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Updated %1</source>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>[Attachment missing]</source>
        <translation>[添付ファイルがありません]</translation>
    </message>
    <message>
        <source>[Picture: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」を書き込めません: %2</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>エクスポートするノートがありません。</translation>
    </message>
    <message>
        <source>Cannot draw the pages.</source>
        <translation>ページを描画できません。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>PendingAttachments</name>
    <message>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>“%1” is larger than 100 MB, the most a notebook takes in one file.</source>
        <translation>「%1」は 100 MB を超えています。ノートブックが 1 つのファイルとして受け入れられるのは 100 MB までです。</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: the folder “%2” cannot be created.</source>
        <translation>保存するまで「%1」を保持できません: フォルダー「%2」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot keep “%1” until it is saved: %2</source>
        <translation>保存するまで「%1」を保持できません: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>「%1」は添付できるファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>エディターのフォント(&amp;F):</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>フォントサイズ(&amp;S):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>保持するバックアップの数(&amp;B):</translation>
    </message>
    <message>
        <source>Commonplace keeps a copy of each notebook for every day it changes, and deletes the oldest beyond this number.</source>
        <translation>Commonplace は、ノートブックが変更された日ごとにそのコピーを保存し、この数を超えると古いものから削除します。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash of notes:</source>
        <translation>ごみ箱から削除するノート(&amp;T):</translation>
    </message>
    <message>
        <source>Empty the Trash of notes</source>
        <translation>ごみ箱から削除するノート</translation>
    </message>
    <message numerus="yes">
        <source>in the Trash for more than %n day(s)</source>
        <translation>
            <numerusform>ごみ箱に %n 日を超えてあるもの</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>Check s&amp;pelling as I type</source>
        <translation>入力中にスペルをチェック(&amp;P)</translation>
    </message>
    <message>
        <source>Spelling lan&amp;guage:</source>
        <translation>スペルチェックの言語(&amp;G):</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>スペルチェックの言語</translation>
    </message>
    <message>
        <source>About spell checking</source>
        <translation>スペルチェックについて</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one for your language (on Debian and Ubuntu, a hunspell package such as hunspell-en-us) and open Preferences again.</source>
        <translation>スペルチェック用の辞書がインストールされていないため、スペルはチェックされません。使用する言語の辞書 (Debian と Ubuntu では hunspell-en-us などの hunspell パッケージ) をインストールして、設定を開き直してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>保存されていない変更の復元</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>%1 の時点で保存されていなかった %n 件の変更を復元しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Commonplace closed without saving them the last time this notebook was open. Recovered changes are not saved yet: review them, then save.</source>
        <translation>前回このノートブックを開いていたとき、Commonplace はこれらの変更を保存せずに終了しました。復元した変更はまだ保存されていません。内容を確認してから保存してください。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>後で(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The migration file name %1 does not start with a four-digit number.</source>
        <translation>移行ファイル名 %1 が 4 桁の数字で始まっていません。</translation>
    </message>
    <message>
        <source>The migration %1 is out of sequence: expected number %2.</source>
        <translation>移行 %1 の順序が正しくありません。番号 %2 のはずです。</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>%1 にスキーマの移行が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this version of Commonplace.</source>
        <translation>スキーマのバージョン %1 は、このバージョンの Commonplace では認識できません。</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>アップグレードを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>スキーマのバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The database already holds tables that are not a notebook&apos;s.</source>
        <translation>データベースには、ノートブックのものではないテーブルが既に含まれています。</translation>
    </message>
    <message>
        <source>The upgrade would break a link between notes (table %1).</source>
        <translation>アップグレードするとノート間のリンクが壊れます (テーブル %1)。</translation>
    </message>
    <message>
        <source>Could not save the upgrade: %1</source>
        <translation>アップグレードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1, statement %2 failed: %3
%4</source>
        <translation>%1 のステートメント %2 が失敗しました: %3
%4</translation>
    </message>
    <message>
        <source>%1: the links between notes could not be written: %2</source>
        <translation>%1: ノート間のリンクを書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SetUpQuestion</name>
    <message>
        <source>Set Up a Team Notebook</source>
        <translation>チームノートブックの設定</translation>
    </message>
    <message>
        <source>Set up a new notebook there?</source>
        <translation>そこに新しいノートブックを設定しますか？</translation>
    </message>
    <message>
        <source>Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone the server lets use that database can then open the notebook.</source>
        <translation>Commonplace はデータベース「%2」のスキーマ「%1」にテーブルを作成します。サーバーがそのデータベースの使用を許可している人は誰でも、このノートブックを開けるようになります。</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>設定する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All Notes</source>
        <translation>すべてのノート</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Shelves and tags</source>
        <translation>棚とタグ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>タグの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>タグを削除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>TagQuestion</name>
    <message>
        <source>Rename Tag</source>
        <translation>タグの名前を変更</translation>
    </message>
    <message>
        <source>New name for “%1” (the tags under it move with it):</source>
        <translation>「%1」の新しい名前(その下のタグも一緒に移動します):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>新しいタグ名</translation>
    </message>
    <message>
        <source>A tag needs a name. To take it off its notes, use Delete Tag.</source>
        <translation>タグには名前が必要です。ノートから外すには「タグを削除」を使ってください。</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>There is a tag “%1” already. Merge “%2” into it?</source>
        <translation>タグ「%1」はすでにあります。「%2」をそこに統合しますか?</translation>
    </message>
    <message>
        <source>The notes tagged “%1” will be tagged “%2” when you save.</source>
        <translation>保存すると、「%1」の付いたノートには「%2」が付きます。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message numerus="yes">
        <source>Take the tag “%1” off %n note(s)?</source>
        <translation>
            <numerusform>%n 件のノートからタグ「%1」を外しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags under it go too. The notes stay, with their other tags; Revert brings the tag back until you save.</source>
        <translation>その下のタグも外れます。ノートは他のタグとともに残ります。保存するまでは「変更を破棄」でタグを戻せます。</translation>
    </message>
    <message>
        <source>&amp;Delete Tag</source>
        <translation>タグを削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TomboyNotes</name>
    <message>
        <source>It is not a Gnote or Tomboy note.</source>
        <translation>Gnote や Tomboy のノートではありません。</translation>
    </message>
    <message>
        <source>“%1” holds no Gnote or Tomboy notes (.note).</source>
        <translation>「%1」には Gnote や Tomboy のノート (.note) がありません。</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB: not imported.</source>
        <translation>%1 MB を超えているため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>A template for new notes: not imported.</source>
        <translation>新しいノート用のテンプレートのため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a Gnote or Tomboy note: %2</source>
        <translation>「%1」を Gnote や Tomboy のノートとして読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” holds no notes that can be imported.</source>
        <translation>「%1」にはインポートできるノートがありません。</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Commonplace: import notes into a notebook, or export them, without a window.</source>
        <translation>Commonplace: ウィンドウを開かずに、ノートをノートブックへインポート、またはエクスポートします。</translation>
    </message>
    <message>
        <source>Import the notes of these sources (a folder of Markdown files or an Obsidian vault).</source>
        <translation>これらのソース (Markdown ファイルのフォルダーや Obsidian の保管庫) のノートをインポートします。</translation>
    </message>
    <message>
        <source>The notebook to import into; made if it does not exist.</source>
        <translation>インポート先のノートブック。存在しない場合は作成します。</translation>
    </message>
    <message>
        <source>Export the notes of this notebook.</source>
        <translation>このノートブックのノートをエクスポートします。</translation>
    </message>
    <message>
        <source>The new or empty folder to export into.</source>
        <translation>エクスポート先の新しいフォルダーまたは空のフォルダー。</translation>
    </message>
    <message>
        <source>More sources to import.</source>
        <translation>インポートするほかのソース。</translation>
    </message>
    <message>
        <source>--import needs --into NOTEBOOK: the notebook to import into.</source>
        <translation>--import には --into ノートブック (インポート先) が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a notebook file.</source>
        <translation>「%1」はノートブックファイルではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from “%1” into “%2”, tagged %3</source>
        <translation>
            <numerusform>「%1」から「%2」へ %n 件のノートをインポートし、タグ %3 を付けました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n new attachment(s).</source>
        <translation>
            <numerusform>。新しい添付ファイルは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>  changed: %1: %2</source>
        <translation>  変更: %1: %2</translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  インポートせず: %1: %2</translation>
    </message>
    <message>
        <source>There is no notebook “%1”.</source>
        <translation>ノートブック「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) from “%1” to “%2”</source>
        <translation>
            <numerusform>「%1」から「%2」へ %n 件のノートをエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n attachment(s).</source>
        <translation>
            <numerusform>。添付ファイルは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export to: markdown (the default), html or pdf.</source>
        <translation>エクスポートする形式: markdown (既定)、html、pdf。</translation>
    </message>
    <message>
        <source>Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH.</source>
        <translation>--import ソース... --into ノートブック、または --export ノートブック --to パス のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>--export needs --to PATH, and nothing else: the folder to export into (a file for pdf).</source>
        <translation>--export には --to パス (エクスポート先のフォルダー。pdf の場合はファイル) だけが必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a format Commonplace exports to: use markdown, html or pdf.</source>
        <translation>Commonplace は「%1」形式にエクスポートできません。markdown、html、pdf のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>“%1” exists already: give the name of a new file, so that nothing is overwritten.</source>
        <translation>「%1」は既に存在します。何も上書きしないよう、新しいファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass.</source>
        <translation>パスワードを尋ねる端末がありません。PGPASSWORD または ~/.pgpass で指定してください。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
</context>
<context>
    <name>UnsavedJournal</name>
    <message>
        <source>Cannot keep unsaved changes in “%1”: %2</source>
        <translation>保存されていない変更を「%1」に保持できません: %2</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The file declares XML entities, which no export Commonplace reads does: it is not read, so that it cannot expand to fill the memory.</source>
        <translation>このファイルは XML エンティティを宣言していますが、Commonplace が読み込むエクスポートでエンティティを宣言するものはありません。展開されてメモリを使い果たすことがないよう、このファイルは読み込みません。</translation>
    </message>
    <message>
        <source>The file ends in the middle: it may not have been copied or saved whole.</source>
        <translation>ファイルが途中で終わっています。完全にコピーまたは保存されていない可能性があります。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1: %2).</source>
        <translation>ファイルが整形式の XML ではありません (%1 行目: %2)。</translation>
    </message>
    <message>
        <source>The file is written in the %1 text encoding, which Commonplace cannot read in a file of this kind: save it in UTF-8 and import it again.</source>
        <translation>このファイルは %1 の文字コードで書かれており、Commonplace はこの種類のファイルではこの文字コードを読めません。UTF-8 で保存してから、もう一度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a notes application that never loses a word.</source>
        <translation>Commonplace は、書いた言葉をひとつも失わないノートアプリケーションです。</translation>
    </message>
    <message>
        <source>Open the notebook in a window of its own, then exit: 0 if it opened. Checks an installation.</source>
        <translation>ノートブックを専用のウィンドウで開いてから終了します。開けた場合は 0 を返します。インストールの確認に使います。</translation>
    </message>
    <message>
        <source>Open the note with this number (as in a link from Note ▸ Copy Link).</source>
        <translation>この番号のノートを開きます(ノート ▸ リンクをコピー のリンクと同じ)。</translation>
    </message>
    <message>
        <source>The notebook file (*.cpbook) to open or create, a team notebook&apos;s address (postgresql://user@host/database), or a link to a note (commonplace:…).</source>
        <translation>開くまたは作成するノートブックファイル (*.cpbook)、チームノートブックのアドレス (postgresql://user@host/database)、またはノートへのリンク (commonplace:…)。</translation>
    </message>
    <message>
        <source>“%1” is not a note number: note numbers are whole numbers above zero.</source>
        <translation>「%1」はノート番号ではありません。ノート番号は 0 より大きい整数です。</translation>
    </message>
    <message>
        <source>--note needs the notebook that holds the note.</source>
        <translation>--note にはそのノートを含むノートブックが必要です。</translation>
    </message>
</context>
</TS>
