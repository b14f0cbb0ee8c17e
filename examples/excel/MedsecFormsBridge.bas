Attribute VB_Name = "MedsecFormsBridge"
'==============================================================================
' medsec-forms ローカルブリッジで、開いているブックを検証するマクロ
'
' 使い方（詳しくは examples/excel/README.md、配布 zip では excel\README.md）:
'   1. 下の MEDSEC_FORMS_FOLDER に medsec-forms の配布フォルダー（medsec-forms.cmd があるフォルダー）を書く
'      （空のままなら環境変数 MEDSEC_FORMS_HOME を使います）
'   2. このモジュールを Excel にインポートし、ボタン（図形）にマクロ「MedsecValidate」を登録する
'   3. 様式のブックを開いてボタンを押す
'
' していること:
'   - http://127.0.0.1:7070/api/v1/health でサーバーが動いているか確かめ、動いていなければ配布フォルダーの
'     medsec-forms.cmd を画面に出さずに起動し（serve --exit-when-idle 30m: 30分使われなければ自動で停止）、
'     応答するまで待ちます（ステータスバーに表示、制限時間 START_TIMEOUT_SECONDS 秒）
'   - 開いているブックのコピーを一時フォルダーに保存し（SaveCopyAs）、その内容を
'     http://127.0.0.1:7070/api/v1/validate に送ります（このパソコンの中だけの通信です）
'   - 結果（タブ区切り、UTF-8）をシート「検証結果」に書き出し、問題のあるセルへのリンクを付け、
'     セルに色を付けます（次に検証するときに元の色へ戻します）
'   - 一時ファイルは送信後すぐに削除します
' 参照設定は不要です（CreateObject による遅延バインディング）。
'==============================================================================
Option Explicit

' medsec-forms の配布フォルダー（medsec-forms.cmd があるフォルダー）。例: "C:\medsec-forms-0.1.0"
' サーバーが動いていないとき、ここにある medsec-forms.cmd でサーバーを起動します。
' 空のときは環境変数 MEDSEC_FORMS_HOME を使います。どちらもなければ自動では起動しません。
Private Const MEDSEC_FORMS_FOLDER As String = ""

' 検証の依頼先（サーバーの既定のポートは 7070）
Private Const VALIDATE_URL As String = "http://127.0.0.1:7070/api/v1/validate?format=tsv&lang=ja"
' サーバーが動いているかの確認先
Private Const HEALTH_URL As String = "http://127.0.0.1:7070/api/v1/health"
' サーバーを起動するときの medsec-forms.cmd の引数（30分使われなければサーバーは自動で停止します）
Private Const SERVE_ARGS As String = "serve --exit-when-idle 30m"
' 起動を待つ最長の秒数
Private Const START_TIMEOUT_SECONDS As Long = 60
' サーバーを --token 付きで起動したときだけ、そのトークンを書きます
Private Const TOKEN As String = ""

Private Const XLSX_TYPE As String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Private Const XLSM_TYPE As String = "application/vnd.ms-excel.sheet.macroEnabled.12"
Private Const RESULT_SHEET As String = "検証結果"
Private Const TITLE As String = "medsec-forms 検証"

' ボタンに登録するマクロ
Public Sub MedsecValidate()
    Dim wb As Workbook
    Dim tempPath As String
    Dim contentType As String
    Dim extension As String
    Dim body() As Byte
    Dim http As Object
    Dim answer As String

    Set wb = ActiveWorkbook
    If wb Is Nothing Then
        MsgBox "検証するブックを開いてから、もう一度ボタンを押してください。", vbExclamation, TITLE
        Exit Sub
    End If

    ' サーバーが動いていなければ起動します（起動できなければ理由を表示して終わります）
    If Not EnsureServer() Then Exit Sub

    ' マクロ有効ブック（.xlsm）はその形式で送ります
    If wb.FileFormat = 52 Or LCase$(Right$(wb.Name, 5)) = ".xlsm" Then
        contentType = XLSM_TYPE
        extension = ".xlsm"
    Else
        contentType = XLSX_TYPE
        extension = ".xlsx"
    End If
    Randomize
    tempPath = Environ$("TEMP") & "\medsec-forms-" & Format$(Now, "yyyymmdd-hhnnss") & "-" & CStr(Int(Rnd * 1000000)) & extension

    On Error GoTo Failed
    wb.SaveCopyAs tempPath
    body = ReadBytes(tempPath)
    DeleteFile tempPath

    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    ' 名前解決・接続・送信・受信の制限時間（ミリ秒）
    http.setTimeouts 5000, 5000, 60000, 120000
    http.Open "POST", VALIDATE_URL, False
    http.setRequestHeader "Content-Type", contentType
    http.setRequestHeader "Accept-Language", "ja"
    If Len(TOKEN) > 0 Then http.setRequestHeader "X-MedSec-Token", TOKEN

    On Error GoTo NotRunning
    http.send body
    On Error GoTo Failed

    ' 応答は UTF-8: ResponseText ではなくバイト列から ADODB.Stream で読みます
    answer = Utf8(http.responseBody)
    If http.Status <> 200 Then
        MsgBox "検証できませんでした。" & vbLf & vbLf & JsonString(answer, "detail") & vbLf & vbLf & _
               "（" & JsonString(answer, "code") & "、HTTP " & http.Status & "）", vbExclamation, TITLE
        Exit Sub
    End If
    WriteFindings wb, answer
    Exit Sub

NotRunning:
    DeleteFile tempPath
    MsgBox "medsec-forms のサーバーに接続できません。" & vbLf & vbLf & _
           "このパソコンでサーバーが動いているか確認してください（コマンド「medsec-forms serve」で起動し、" & _
           "画面に「http://127.0.0.1:7070/」と表示されていれば動いています）。" & vbLf & vbLf & _
           "（" & Err.Description & "）", vbCritical, TITLE
    Exit Sub

Failed:
    DeleteFile tempPath
    Application.ScreenUpdating = True
    MsgBox "検証の途中でエラーが発生しました: " & Err.Description, vbCritical, TITLE
End Sub

' サーバーが応答するか確かめ、動いていなければ配布フォルダーの medsec-forms.cmd で起動して待ちます
Private Function EnsureServer() As Boolean
    Dim state As Long
    Dim folder As String
    Dim launcher As String
    Dim wsh As Object
    Dim code As Long
    Dim waited As Long

    state = ServerState()
    If state = 1 Then
        EnsureServer = True
        Exit Function
    End If
    If state = 2 Then
        MsgBox "ポート 7070 で medsec-forms 以外のプログラムが応答しています。" & vbLf & _
               "そのプログラムを止めるか、マクロの VALIDATE_URL と HEALTH_URL のポートを medsec-forms を起動したポートに書き換えてください。", _
               vbCritical, TITLE
        Exit Function
    End If

    folder = ServerFolder()
    If Len(folder) = 0 Then
        MsgBox "medsec-forms のサーバーが動いていません。" & vbLf & vbLf & _
               "配布フォルダーの「検証サーバーを起動.cmd」をダブルクリックして起動するか、" & _
               "マクロの MEDSEC_FORMS_FOLDER（または環境変数 MEDSEC_FORMS_HOME）に配布フォルダーを設定すると、" & _
               "このボタンがサーバーを起動します。", vbExclamation, TITLE
        Exit Function
    End If
    launcher = folder & "\medsec-forms.cmd"
    If Len(Dir$(launcher)) = 0 Then
        MsgBox "medsec-forms.cmd が見つかりません: " & launcher & vbLf & vbLf & _
               "MEDSEC_FORMS_FOLDER（または環境変数 MEDSEC_FORMS_HOME）に、配布 zip を展開したフォルダーを設定してください。", _
               vbCritical, TITLE
        Exit Function
    End If

    On Error GoTo Failed
    Set wsh = CreateObject("WScript.Shell")
    ' Java 17 以上があるか（ないとき medsec-forms.cmd は終了コード 3 で終わります）
    Application.StatusBar = "medsec-forms: Java を確認しています..."
    code = wsh.Run(LauncherCommand(launcher, "--version"), 0, True)
    If code <> 0 Then
        Application.StatusBar = False
        MsgBox "medsec-forms を起動できません（終了コード " & code & "）。" & vbLf & vbLf & _
               "Java 17 以上がインストールされていない可能性があります（https://adoptium.net/ja/ から入手できます）。" & vbLf & _
               "配布フォルダーの「検証サーバーを起動.cmd」をダブルクリックすると、理由が表示されます。", vbCritical, TITLE
        Exit Function
    End If

    ' 画面に出さずに起動し（ウィンドウ スタイル 0）、終わるのを待ちません
    wsh.Run LauncherCommand(launcher, SERVE_ARGS), 0, False
    For waited = 1 To START_TIMEOUT_SECONDS
        Application.StatusBar = "medsec-forms のサーバーを起動しています... " & waited & " 秒（最長 " & START_TIMEOUT_SECONDS & " 秒）"
        DoEvents
        Application.Wait Now + TimeSerial(0, 0, 1)
        If ServerState() = 1 Then
            Application.StatusBar = False
            EnsureServer = True
            Exit Function
        End If
    Next waited
    Application.StatusBar = False
    MsgBox "medsec-forms のサーバーが " & START_TIMEOUT_SECONDS & " 秒待っても応答しません。" & vbLf & vbLf & _
           "配布フォルダーの「検証サーバーを起動.cmd」をダブルクリックすると、理由が表示されます。", vbCritical, TITLE
    Exit Function

Failed:
    Application.StatusBar = False
    MsgBox "medsec-forms のサーバーを起動できませんでした: " & Err.Description, vbCritical, TITLE
End Function

' 1: medsec-forms が応答する、0: 何も応答しない、2: 別のプログラムが応答する
Private Function ServerState() As Long
    Dim http As Object
    Dim answer As String
    On Error GoTo NotRunning
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.setTimeouts 2000, 2000, 2000, 5000
    http.Open "GET", HEALTH_URL, False
    http.send
    answer = Utf8(http.responseBody)
    ' 応答は {"status" : "ok", ...}（空白の有無は問いません）
    If http.Status = 200 And InStr(1, answer, """status""") > 0 And InStr(1, answer, """ok""") > 0 Then
        ServerState = 1
    Else
        ServerState = 2
    End If
    Exit Function
NotRunning:
    ServerState = 0
End Function

' 配布フォルダー: MEDSEC_FORMS_FOLDER、空なら環境変数 MEDSEC_FORMS_HOME（末尾の \ は除きます）
Private Function ServerFolder() As String
    Dim folder As String
    folder = Trim$(MEDSEC_FORMS_FOLDER)
    If Len(folder) = 0 Then folder = Trim$(Environ$("MEDSEC_FORMS_HOME"))
    If Len(folder) > 1 And Right$(folder, 1) = "\" Then folder = Left$(folder, Len(folder) - 1)
    ServerFolder = folder
End Function

' cmd.exe /c ""<フォルダー>\medsec-forms.cmd" <引数>"（Windows のランチャーそのものを実行します）
Private Function LauncherCommand(ByVal launcher As String, ByVal args As String) As String
    LauncherCommand = "cmd.exe /c """"" & launcher & """ " & args & """"
End Function

' 結果（1行に 重大度・シート・セル・ルール・メッセージ のタブ区切り）をシート「検証結果」に書き出します
Private Sub WriteFindings(ByVal wb As Workbook, ByVal tsv As String)
    Dim ws As Worksheet
    Dim lines() As String
    Dim fields() As String
    Dim target As Range
    Dim marked As Object
    Dim key As String
    Dim r As Long
    Dim i As Long
    Dim errorCount As Long
    Dim warningCount As Long
    Dim infoCount As Long

    Application.ScreenUpdating = False
    Set ws = ResultSheet(wb)
    RestoreColors wb, ws
    ws.Cells.Hyperlinks.Delete
    ws.Cells.Clear
    ws.Range("A:F").NumberFormat = "@"
    ws.Range("A1:F1").Value = Array("重大度", "シート", "セル", "ルール", "メッセージ", "元の色")
    ws.Range("A1:F1").Font.Bold = True

    Set marked = CreateObject("Scripting.Dictionary")
    r = 1
    lines = Split(tsv, vbLf)
    For i = LBound(lines) To UBound(lines)
        If Len(lines(i)) > 0 Then
            fields = Split(lines(i), vbTab)
            If UBound(fields) = 4 Then
                r = r + 1
                ws.Cells(r, 1).Value = fields(0)
                ws.Cells(r, 2).Value = fields(1)
                ws.Cells(r, 3).Value = fields(2)
                ws.Cells(r, 4).Value = fields(3)
                ws.Cells(r, 5).Value = fields(4)
                Select Case fields(0)
                    Case "エラー": errorCount = errorCount + 1
                    Case "警告": warningCount = warningCount + 1
                    Case Else: infoCount = infoCount + 1
                End Select
                If Len(fields(1)) > 0 And Len(fields(2)) > 0 Then
                    Set target = CellOf(wb, fields(1), fields(2))
                    If Not target Is Nothing Then
                        ws.Hyperlinks.Add Anchor:=ws.Cells(r, 3), Address:="", _
                            SubAddress:="'" & Replace(fields(1), "'", "''") & "'!" & fields(2), TextToDisplay:=fields(2)
                        key = fields(1) & "!" & fields(2)
                        If Not marked.Exists(key) Then
                            ' 元の色を覚えておき、次の検証の前に戻します
                            ws.Cells(r, 6).Value = OriginalColor(target)
                            marked.Add key, fields(0)
                            Highlight target, fields(0)
                        End If
                    End If
                End If
            End If
        End If
    Next i

    ws.Columns("A:D").AutoFit
    ws.Columns("E").ColumnWidth = 100
    ws.Columns("F").Hidden = True
    Application.ScreenUpdating = True
    ws.Activate
    ws.Range("A1").Select

    If r = 1 Then
        MsgBox "問題は見つかりませんでした。", vbInformation, TITLE
    Else
        MsgBox "検証が終わりました。" & vbLf & "エラー " & errorCount & " 件、警告 " & warningCount & " 件、情報 " & _
               infoCount & " 件" & vbLf & vbLf & "シート「" & RESULT_SHEET & "」のセル番地をクリックすると、そのセルへ移動します。", _
               IIf(errorCount > 0, vbExclamation, vbInformation), TITLE
    End If
End Sub

' シート「検証結果」（なければ最後に追加）
Private Function ResultSheet(ByVal wb As Workbook) As Worksheet
    Dim ws As Worksheet
    On Error Resume Next
    Set ws = wb.Worksheets(RESULT_SHEET)
    On Error GoTo 0
    If ws Is Nothing Then
        Set ws = wb.Worksheets.Add(After:=wb.Sheets(wb.Sheets.Count))
        ws.Name = RESULT_SHEET
    End If
    Set ResultSheet = ws
End Function

' 前回の検証で色を付けたセルを元の色に戻します（下の行から戻すと、最初に覚えた色が残ります）
Private Sub RestoreColors(ByVal wb As Workbook, ByVal ws As Worksheet)
    Dim r As Long
    Dim original As String
    Dim target As Range
    For r = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row To 2 Step -1
        original = CStr(ws.Cells(r, 6).Value)
        If Len(original) > 0 Then
            Set target = CellOf(wb, CStr(ws.Cells(r, 2).Value), CStr(ws.Cells(r, 3).Value))
            If Not target Is Nothing Then
                On Error Resume Next
                If original = "none" Then
                    target.Interior.Pattern = xlNone
                Else
                    target.Interior.Color = CLng(original)
                End If
                On Error GoTo 0
            End If
        End If
    Next r
End Sub

Private Function OriginalColor(ByVal target As Range) As String
    If target.Interior.Pattern = xlNone Then
        OriginalColor = "none"
    Else
        OriginalColor = CStr(CLng(target.Interior.Color))
    End If
End Function

' エラーは赤、警告は黄、情報は青（保護されたシートで色を変えられないときは何もしません）
Private Sub Highlight(ByVal target As Range, ByVal severity As String)
    On Error Resume Next
    Select Case severity
        Case "エラー": target.Interior.Color = RGB(255, 199, 206)
        Case "警告": target.Interior.Color = RGB(255, 235, 156)
        Case Else: target.Interior.Color = RGB(221, 235, 247)
    End Select
    On Error GoTo 0
End Sub

Private Function CellOf(ByVal wb As Workbook, ByVal sheetName As String, ByVal address As String) As Range
    On Error Resume Next
    Set CellOf = wb.Worksheets(sheetName).Range(address)
    On Error GoTo 0
End Function

Private Function ReadBytes(ByVal path As String) As Byte()
    Dim f As Integer
    Dim data() As Byte
    f = FreeFile
    Open path For Binary Access Read As #f
    If LOF(f) > 0 Then
        ReDim data(0 To LOF(f) - 1)
        Get #f, , data
    End If
    Close #f
    ReadBytes = data
End Function

Private Sub DeleteFile(ByVal path As String)
    On Error Resume Next
    If Len(path) > 0 Then
        If Len(Dir$(path)) > 0 Then Kill path
    End If
    On Error GoTo 0
End Sub

' UTF-8 のバイト列を文字列にします
Private Function Utf8(ByVal bytes As Variant) As String
    Dim stream As Object
    If IsEmpty(bytes) Then Exit Function
    If LenB(bytes) = 0 Then Exit Function
    Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1 ' adTypeBinary
    stream.Open
    stream.Write bytes
    stream.Position = 0
    stream.Type = 2 ' adTypeText
    stream.Charset = "utf-8"
    Utf8 = stream.ReadText(-1)
    stream.Close
End Function

' エラー応答（application/problem+json）から "detail" などの文字列を取り出します
Private Function JsonString(ByVal json As String, ByVal key As String) As String
    Dim p As Long
    Dim i As Long
    Dim c As String
    Dim out As String
    p = InStr(1, json, """" & key & """")
    If p = 0 Then Exit Function
    p = InStr(p + Len(key) + 2, json, ":")
    If p = 0 Then Exit Function
    p = InStr(p + 1, json, """")
    If p = 0 Then Exit Function
    i = p + 1
    Do While i <= Len(json)
        c = Mid$(json, i, 1)
        If c = """" Then Exit Do
        If c = "\" Then
            i = i + 1
            c = Mid$(json, i, 1)
            Select Case c
                Case "n": out = out & vbLf
                Case "t": out = out & vbTab
                Case "r", "b", "f"
                Case "u"
                    out = out & ChrW$(CLng("&H" & Mid$(json, i + 1, 4)))
                    i = i + 4
                Case Else: out = out & c
            End Select
        Else
            out = out & c
        End If
        i = i + 1
    Loop
    JsonString = out
End Function
