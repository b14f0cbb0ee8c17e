#!/usr/bin/python3
"""ins-w6-a-okayama-bessi1: 岡山県 医療推進課's 別紙1 drawn as a print-style sheet with the official
書類の名称 / 提出にあたっての注意点 columns plus 提出状況 mark columns (○), filled by a hospital.
提出日 is an Excel date cell shown in 和暦. Re-saved by LibreOffice. No planted problem."""
import os, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w6-a-okayama-bessi1"

DOCS = [  # name, note, status col (E/F/G), remark
    ("チェックリスト\n（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。",
     "E", None),
    ("チェックリスト\n（事業者確認用）",
     "上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなく記入・提出を求めること（事業者ごと又はシステムごとに分けること）。",
     "E", "電子カルテ・医事会計・PACSの3事業者分（事業者ごとに1部、計3部）"),
    ("チェックリスト\n（最低限の措置編）",
     "別添のチェックリスト様式を使用すること。令和6年8月1日付け事務連絡の別添「サイバー攻撃リスク低減のための最低限の措置」を参照。",
     "E", None),
    ("機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳。書式はマニュアル2-(1)を参照。",
     "E", None),
    ("インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "E", None),
    ("ネットワーク構成図及び\nシステム全体構成図",
     "作成していれば提出すること。「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照。",
     "E", "ネットワーク構成図のみ作成済（システム全体構成図は作成中）"),
    ("サイバー攻撃を想定した\n事業継続計画（BCP）",
     "作成していれば提出すること。令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
     "F", "令和7年3月策定予定"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill("solid", fgColor="E7E6E6")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
lft = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
for k, v in {"A": 2, "B": 5, "C": 24, "D": 58, "E": 8, "F": 8, "G": 10, "H": 30, "I": 2}.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "別紙1"
ws.merge_cells("B2:H2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=13); ws["B2"].alignment = ctr
ws.row_dimensions[2].height = 36

ws.merge_cells("B4:C4"); ws["B4"] = "医療機関名"
ws["D4"] = "医療法人社団旭東会　旭東中央病院"
ws.merge_cells("E4:F4"); ws["E4"] = "提出日"
ws.merge_cells("G4:H4"); ws["G4"] = datetime.date(2024, 11, 8)
ws["G4"].number_format = '[$-411]ggge"年"m"月"d"日"'
for c in ("B4", "C4", "D4", "E4", "F4", "G4", "H4"):
    ws[c].border = box
for c in ("B4", "E4"):
    ws[c].fill = gray; ws[c].alignment = ctr
ws["D4"].alignment = lft; ws["G4"].alignment = ctr

ws["B5"] = "※ 提出状況欄は、該当するものに○を記入してください。提出は任意ですが、立入検査の際に保健所へ提出してください。"
ws["B5"].font = Font(size=9)

for rng in ("B6:B7", "C6:C7", "D6:D7", "E6:G6", "H6:H7"):
    ws.merge_cells(rng)
ws["B6"] = "No."; ws["C6"] = "書類の名称"; ws["D6"] = "提出にあたっての注意点"
ws["E6"] = "提出状況（該当に○）"; ws["H6"] = "備考"
ws["E7"] = "提出"; ws["F7"] = "未作成"; ws["G7"] = "作成済\n（提出しない）"
for r in (6, 7):
    for col in "BCDEFGH":
        ws[f"{col}{r}"].border = box; ws[f"{col}{r}"].alignment = ctr; ws[f"{col}{r}"].fill = gray
ws.row_dimensions[7].height = 30

for i, (name, note, col, remark) in enumerate(DOCS):
    r = 8 + i
    ws[f"B{r}"] = i + 1
    ws[f"C{r}"] = name
    ws[f"D{r}"] = note
    ws[f"{col}{r}"] = "○"
    ws[f"H{r}"] = remark
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = lft if c in "CDH" else ctr
    ws[f"D{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 54

ws["B16"] = "※ 6及び7は、作成している場合に提出してください。"
ws["B17"] = "問い合わせ先：岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）"
ws["B16"].font = ws["B17"].font = Font(size=9)
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.print_area = "A1:I17"

tmp = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(tmp, exist_ok=True)
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "xlsx",
                "--outdir", HERE, raw], check=True, capture_output=True)
shutil.rmtree(tmp)
print("wrote", NAME + ".xlsx")
