# Generates obi-w5-b-draft-marksheet.xlsx: a hospital's internal draft (院内決裁用の回答案) of the
# オフラインバックアップ支援意向アンケート, made before typing the answers into Microsoft Forms.
# Questionnaire layout, ● marks beside the chosen option, a 支援方針 formula (auto), an explanation sheet.
# Saved by openpyxl, then re-saved by LibreOffice so the formula result is cached.
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w5-b-draft-marksheet.xlsx"
TMP = os.path.join(HERE, "_tmp_obi_b")
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答案"
for col, w in zip("ABCDEFG", [2, 6, 38, 6, 46, 22, 2]):
    ws.column_dimensions[col].width = w

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答案（院内確認用）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※本シートはWebアンケート（Microsoft Forms）入力前の院内決裁用の控えです。決裁後、ポータルシステムから同じ内容を入力します（8/30締切）。"
ws["B3"] = "作成：医療情報管理室　令和6年8月21日"
ws["B3"].alignment = Alignment(horizontal="left")

# header
for c, t in zip("BCDE", ["No.", "設問", "回答", ""]):
    ws[f"{c}5"] = t
ws.merge_cells("D5:E5")
ws["F5"] = "補足"
for c in "BCDEF":
    ws[f"{c}5"].fill = grey
    ws[f"{c}5"].font = Font(bold=True)
    ws[f"{c}5"].alignment = center
    ws[f"{c}5"].border = box

def qrow(r, no, q):
    ws[f"B{r}"] = no
    ws[f"C{r}"] = q
    ws[f"B{r}"].alignment = center
    ws[f"C{r}"].alignment = wrap

# Q1 hospital name
qrow(6, "１．", "病院名")
ws["D6"] = "医療法人 清流会 かわせみ病院"
ws.merge_cells("D6:E6")
ws["F6"] = "正式名称で入力"
# Q2 patient count  (PLANTED: 3,200 is over the survey's bound 1–3000)
qrow(7, "２．", "患者数\n（Teams「00_医療機関データ」に表示されている患者情報数）")
ws["D7"] = "3,200"
ws["D7"].alignment = Alignment(horizontal="right", vertical="center")
ws["E7"] = "人"
ws["F7"] = "1～3000の数値"
ws.row_dimensions[7].height = 32

# Q3 current state (rows 8-10)
qrow(8, "３．", "現在の電子カルテのオフラインバックアップの状況\n（該当するものに●）")
ws.merge_cells("B8:B10"); ws.merge_cells("C8:C10")
ws["E8"] = "既にオフラインバックアップを運用している"
ws["E9"] = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
ws["E10"] = "実施していない"
ws["D10"] = "●"
ws["F8"] = "別紙5「各媒体におけるオフライン状態の定義」参照"
ws.merge_cells("F8:F10")

# Q4 intent (rows 11-14)
qrow(11, "４．", "本事業での支援の意向\n（該当するものに●）")
ws.merge_cells("B11:B14"); ws.merge_cells("C11:C14")
ws["E11"] = "支援可能なサーバ・物品を新設する（年度内に調達可能）"
ws["E12"] = "支援可能なサーバ・物品を新設する（調達は次年度以降）"
ws["E13"] = "サーバは新設せず、既存設備に支援可能な媒体を接続する"
ws["E14"] = "本事業での支援は不要"
ws["D13"] = "●"
ws["F11"] = "別紙6「支援可能物品一覧」参照"
ws.merge_cells("F11:F14")

# Q5 storage (rows 15-16)
qrow(15, "５．", "バックアップの保存先\n（該当するものに●）")
ws.merge_cells("B15:B16"); ws.merge_cells("C15:C16")
ws["E15"] = "院内の物理媒体（テープ、RDX、外付けHDD等）"
ws["E16"] = "外部クラウド環境（サーバの新設は不要）"
ws["D15"] = "●"

# Q6 remarks
qrow(17, "６．", "備考（自由記載）")
ws["D17"] = "既存のバックアップサーバ（NAS）にRDXドライブを接続する予定。\n接続・設定変更は電子カルテベンダと調整中。"
ws.merge_cells("D17:F17")
ws["D17"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[17].height = 48

for r in range(6, 18):
    for c in "BCDEF":
        ws[f"{c}{r}"].border = box
    if ws[f"D{r}"].alignment.horizontal is None and r not in (6, 17):
        ws[f"D{r}"].alignment = center
for r in range(8, 17):
    ws[f"E{r}"].alignment = wrap

dv = DataValidation(type="list", formula1='"●"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D8:D16")

# derived support policy (never typed in)
ws["B19"] = "支援方針（自動判定・入力不要）"
ws.merge_cells("B19:C19")
ws["B19"].font = Font(bold=True)
ws["B19"].fill = grey
ws["D19"] = ('=IF(D8<>"","対象外",IF(D14<>"",IF(D9<>"","報告のみ","要確認"),'
             'IF(D11<>"","支援A",IF(D12<>"","支援B",IF(D13<>"","支援C","未回答")))))')
ws.merge_cells("D19:E19")
ws["D19"].fill = yellow
ws["D19"].alignment = center
for c in "BCDE":
    ws[f"{c}19"].border = box
ws["B20"] = "※判定結果の詳細は「支援方針の説明」シートを参照。最終的な支援方針は事務局が決定します。"

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:G20"

# explanation sheet (second table, from the briefing's table)
ex = wb.create_sheet("支援方針の説明")
for col, w in zip("ABCD", [12, 40, 46, 46]):
    ex.column_dimensions[col].width = w
ex["A1"] = "支援方針ごとの対応範囲（事業説明会資料より抜粋）"
ex["A1"].font = Font(bold=True, size=12)
hdr = ["支援方針", "概要", "医療機関で必要な対応", "本事業での支援対応"]
rows = [
    ("支援A", "支援可能なサーバ・物品を新設する意向あり。調達が年度内に可能",
     "Webアンケート回答\n支援事業者との打ち合わせ（2～3回）\n新設サーバ・バックアップ媒体の調達と保守手配\n既存機器の設定変更対応（手配）\n現地作業の立ち合い",
     "オフラインバックアップの要件の共有\n計画・運用手順の策定支援\n新設サーバ・媒体の現地構築、設置"),
    ("支援B", "支援可能なサーバ・物品を新設する意向あり。調達は次年度以降",
     "Webアンケート回答\n打ち合わせ（2～3回）\n新設サーバ・媒体の調達と保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
     "要件の共有\n計画・運用手順の策定支援\n現地構築手順の提供"),
    ("支援C", "サーバ導入の意向なし。既存設備に支援可能な媒体を接続",
     "Webアンケート回答\n打ち合わせ（1回程度）\nバックアップ媒体の調達と保守手配\n既存機器の設定変更対応（手配）",
     "要件の共有\n計画の策定支援"),
    ("報告のみ", "電子カルテベンダ等と方針検討中で、支援不要",
     "なし（Webアンケート回答のみで完了）", "検討中の方針をヒアリングし厚労省へ報告"),
    ("対象外", "既に電子カルテのオフラインバックアップを運用中",
     "なし（Webアンケート回答のみで完了）", "導入済の方針をヒアリングし厚労省へ報告"),
]
ex.append([])
ex.append(hdr)
for r in rows:
    ex.append(list(r))
for row in ex.iter_rows(min_row=3, max_row=3 + len(rows)):
    for c in row:
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
for c in ex[3]:
    c.fill = grey
    c.font = Font(bold=True)
ex["A10"] = "※外部クラウドに保存する場合は、クラウド接続装置を院内に新設（クラウド事業者が調達・設置）し、サーバの新設は不要。"

wb.save(RAW)

# re-save with LibreOffice (caches the formula result); profile kept inside the temp folder
prof = "file://" + os.path.join(TMP, "lo_profile")
subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", HERE, RAW], check=True)
shutil.rmtree(TMP)
print("wrote", os.path.join(HERE, NAME))
