# One-page paper-style questionnaire (prefecture's print version of the Web survey), filled by a hospital:
# options listed, the chosen one marked with ○ in the column beside it (Q3, Q4) and ■/□ inline (Q5).
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

NAME = "obi-w1-b-paper-marks"
wb = Workbook()
ws = wb.active
ws.title = "回答用紙"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in zip("ABCDEFGH", [2, 5, 4, 30, 22, 12, 8, 2]):
    ws.column_dimensions[col].width = w

def merge(rng, val=None, bold=False, size=None, wrap=True, border=False, h="left", v="center"):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    if val is not None: c.value = val
    c.font = Font(bold=bold, size=size or 10.5)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        from openpyxl.utils.cell import range_boundaries
        a, b, cc, d = range_boundaries(rng)
        for r in range(b, d + 1):
            for col in range(a, cc + 1):
                ws.cell(r, col).border = box
    return c

merge("B1:G1", "令和6年度 医療機関におけるサイバーセキュリティ確保事業", size=9)
merge("B2:G2", "オフラインバックアップ支援意向に関するアンケート（回答用紙）", bold=True, size=14, h="center")
merge("B3:G3", "※ポータルシステムのWebアンケート（Microsoft Forms）に回答できない場合は、本用紙に記入のうえ事務局へご提出ください。"
      "回答期限：8/30（二次募集医療機関）", size=9)
merge("B4:G4", "※「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認のうえご回答ください。"
      "該当する選択肢の左欄に○を記入してください。", size=9)
ws.row_dimensions[3].height = 26; ws.row_dimensions[4].height = 26
merge("E6:G6", "記入日　令和6年8月21日", h="right")

r = 8
merge(f"B{r}:G{r}", "１．病院名を入力してください。【必須】", bold=True)
merge(f"C{r+1}:G{r+1}", "綾川さくら病院", border=True, size=12)
ws.row_dimensions[r+1].height = 24
r = 11
merge(f"B{r}:G{r}", "２．患者数を入力してください。【必須】\n　　Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000）", bold=True)
ws.row_dimensions[r].height = 30
merge(f"C{r+1}:E{r+1}", None, border=True)
ws.cell(r+1, 3).value = 212; ws.cell(r+1, 3).alignment = Alignment(horizontal="right"); ws.cell(r+1, 3).font = Font(size=12)
ws.cell(r+1, 6).value = "名"
r = 14
merge(f"B{r}:G{r}", "３．現在の電子カルテのバックアップの状況について、最も近いものを１つ選んでください。【必須】", bold=True)
opts3 = [("", "既に電子カルテのオフラインバックアップを運用している"),
         ("", "電子カルテベンダ等とオフラインバックアップの方針を検討中である"),
         ("○", "オフラインバックアップは実施していない")]
for k, (m, t) in enumerate(opts3):
    rr = r + 1 + k
    ws.cell(rr, 3).value = m or None; ws.cell(rr, 3).border = box
    ws.cell(rr, 3).alignment = Alignment(horizontal="center")
    merge(f"D{rr}:G{rr}", f"（{k+1}）{t}")
r = 19
merge(f"B{r}:G{r}", "４．本事業によるオフラインバックアップ整備支援のご意向について、最も近いものを１つ選んでください。【必須】", bold=True)
ws.row_dimensions[r].height = 28
opts4 = [("", "本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達が年度内に可能）"),
         ("", "本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達は次年度以降）"),
         ("○", "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"),
         ("", "本事業での支援は不要（電子カルテベンダ等と検討中、または既に運用中）")]
for k, (m, t) in enumerate(opts4):
    rr = r + 1 + k
    ws.cell(rr, 3).value = m or None; ws.cell(rr, 3).border = box
    ws.cell(rr, 3).alignment = Alignment(horizontal="center")
    merge(f"D{rr}:G{rr}", f"（{k+1}）{t}")
r = 25
merge(f"B{r}:G{r}", "５．（４で(1)～(3)を選んだ方）希望する保存先を選んでください。\n　　※外部クラウド環境の場合、サーバの新設は不要です。", bold=True)
ws.row_dimensions[r].height = 30
merge(f"C{r+1}:G{r+1}", "■ 院内の物理媒体に保存　　　□ 外部クラウド環境に保存", size=11)
r = 28
merge(f"B{r}:G{r}", "６．ご意見・ご質問等（自由記載）", bold=True)
remarks = "既存のバックアップサーバにRDXを接続する構成を希望します。\n打合せは火曜・木曜の午後でお願いします。"
merge(f"C{r+1}:G{r+3}", remarks, border=True, v="top")
for rr in (r+1, r+2, r+3): ws.row_dimensions[rr].height = 18
merge("B33:G33", "記入者　所属：事務部 情報システム担当　氏名：香西 恵　　TEL：087-000-1234", size=9)
ws.print_area = "A1:H34"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.sheet_view.showGridLines = False
wb.save(NAME + ".xlsx")

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
  "values": {"hospitalName": "綾川さくら病院", "patientCount": 212, "currentState": "NOT_IMPLEMENTED",
             "intent": "CONNECT_EXISTING", "storage": "ON_PREMISES_MEDIA", "remarks": remarks},
  "planted": [],
  "notes": "Paper layout on one A4 sheet '回答用紙'. Q3 (C15:C17) and Q4 (C20:C23): the chosen option has ○ in column C "
           "beside it (C17 → オフラインバックアップは実施していない, C22 → 既存設備に媒体を接続 = 支援C-type intent). "
           "Q5 is one cell C26 with both options inline, chosen one marked ■, the other □ → 院内の物理媒体. "
           "Count 212 in C12 with unit 名 in F12. 記入日 (令和6年8月21日) and 記入者 line are extra, not form keys. "
           "No 支援方針 shown. Complete and correct; nothing planted."}
json.dump(exp, open(NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
