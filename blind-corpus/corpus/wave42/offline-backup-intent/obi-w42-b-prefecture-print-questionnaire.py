# Generator: prefecture's printable Excel version of the offline-backup intent survey
# (for hospitals that cannot use the Microsoft Forms questionnaire), No. | 設問 | 選択肢 | 回答欄(○).
# Filled by a hospital; then re-saved by LibreOffice. Planted: 患者数 over 3000, Q3 left unanswered.
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/obi-pylib")
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

DIR = "/work/blind/wave42/offline-backup-intent"
NAME = "obi-w42-b-prefecture-print-questionnaire.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="D9E1F2")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [2, 6, 38, 56, 9]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:E1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:E2")
ws["B2"] = ("※ ポータルシステムのWebアンケート（Microsoft Forms）での回答が困難な場合は、本票に記入の上、"
            "香川県健康福祉部医務国保課あてメールにて提出してください。（提出期限：令和6年8月30日）")
ws.merge_cells("B3:E3")
ws["B3"] = ("※ 「別紙5_各媒体におけるオフライン状態の定義」及び「別紙6_オフラインバックアップ支援可能物品一覧」を"
            "御確認の上、該当する選択肢の回答欄に「○」を記入してください。")
for r in (2, 3):
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30

hdr = {"B5": "No.", "C5": "設問", "D5": "選択肢・回答", "E5": "回答欄"}
for ref, v in hdr.items():
    ws[ref] = v
    ws[ref].font = Font(bold=True)
    ws[ref].alignment = center
    ws[ref].fill = head_fill
    ws[ref].border = box

def question(r1, r2, no, text):
    ws[f"B{r1}"] = no
    ws[f"C{r1}"] = text
    if r2 > r1:
        ws.merge_cells(f"B{r1}:B{r2}")
        ws.merge_cells(f"C{r1}:C{r2}")
    ws[f"B{r1}"].alignment = center
    ws[f"C{r1}"].alignment = wrap

def free_answer(r, value):
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = value
    ws[f"D{r}"].alignment = wrap

def options(r1, opts, marks):
    for i, o in enumerate(opts):
        ws[f"D{r1+i}"] = o
        ws[f"D{r1+i}"].alignment = wrap
        m = marks.get(i)
        if m:
            ws[f"E{r1+i}"] = m
        ws[f"E{r1+i}"].alignment = center

# Q1 病院名
question(6, 6, 1, "病院名（正式名称）")
free_answer(6, "医療法人讃岐会 琴平中央病院")
# Q2 患者数  -- PLANTED: 3500 is outside 1～3000
question(7, 7, 2, "患者数\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数）\n※1～3000の数値")
free_answer(7, 3500)
ws["D7"].alignment = Alignment(horizontal="left", vertical="center")
# Q3 現在の状況 -- PLANTED: no option marked
question(8, 10, 3, "現在の電子カルテのオフラインバックアップの状況")
options(8, ["既にオフラインバックアップを運用している（→本事業の支援対象外）",
            "電子カルテベンダ等とオフラインバックアップの方針を検討中",
            "実施していない"], {})
# Q4 意向
question(11, 14, 4, "本事業による支援の意向\n（設問3で「既に運用している」を選択した場合は回答不要）")
options(11, ["本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
             "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
             "サーバは新設せず、既存設備に支援可能な媒体を接続する",
             "本事業での支援は不要（ベンダ等と方針検討中）"], {1: "○"})
# Q5 保存先
question(15, 16, 5, "オフラインバックアップの保存先（希望）")
options(15, ["院内の物理媒体", "外部クラウド（※サーバの新設は不要）"], {0: "〇"})
# Q6 備考
question(17, 17, 6, "備考（御意見・御質問等）")
free_answer(17, "R7年度予算で機器購入予定です。\n詳細は情報システム係 山本まで")
ws.row_dimensions[17].height = 36
ws.row_dimensions[7].height = 48

for row in ws.iter_rows(min_row=6, max_row=17, min_col=2, max_col=5):
    for c in row:
        c.border = box

# 記入者 (not part of the survey keys)
ws["B19"] = "【記入者】"
ws["B19"].font = Font(bold=True)
for i, (lab, val) in enumerate([("所属・役職", "事務部 情報システム係 主任"),
                                ("氏名", "山本 健太"),
                                ("電話番号", "0877-75-1234")]):
    r = 20 + i
    ws[f"C{r}"] = lab
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = val
    for col in "CDE":
        ws[f"{col}{r}"].border = box

ws.print_area = "A1:E22"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# reference sheet: the briefing's 支援方針 table (information only, nothing to answer)
rs = wb.create_sheet("（参考）支援方針")
rs.column_dimensions["A"].width = 12
rs.column_dimensions["B"].width = 70
rs["A1"] = "（参考）アンケート回答により事務局が決定する支援方針"
rs["A1"].font = Font(bold=True)
ref = [("支援方針", "概要"),
       ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達が年度内に可能"),
       ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達は次年度以降"),
       ("支援C", "支援可能なサーバを導入の意向なし。既存設備に、本事業にて支援可能な媒体を接続"),
       ("報告のみ", "電子カルテベンダ等とオフラインバックアップの方針検討中であり、支援不要"),
       ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している")]
for i, (a, b) in enumerate(ref):
    rs.cell(row=3 + i, column=1, value=a).border = box
    rs.cell(row=3 + i, column=2, value=b).border = box
    rs.cell(row=3 + i, column=2).alignment = Alignment(wrap_text=True)
rs["A3"].font = rs["B3"].font = Font(bold=True)

# save via openpyxl to a temp dir, then re-save with LibreOffice into DIR
tmp = tempfile.mkdtemp(prefix="obi-b-")
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True)
shutil.copy(os.path.join(outdir, NAME), os.path.join(DIR, NAME))
print("saved", os.path.join(DIR, NAME))
