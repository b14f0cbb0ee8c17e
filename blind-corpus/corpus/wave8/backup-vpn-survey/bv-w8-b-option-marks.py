#!/usr/bin/python3
# Generator for bv-w8-b-option-marks.xlsx
# Role: a small Niigata hospital's 総務課 answering the MHLW backup/VPN survey on a two-sheet
# workbook drawn by the 郡市 medical association: sheet Ⅰ marks ○ under はい / いいえ columns,
# sheet Ⅱ has pre-printed 「はい・いいえ」 cells where the filler deletes the option not chosen.
# Q9 is one free-text cell with line breaks. Re-saved by LibreOffice at the end.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w8-b-option-marks"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
grey = Font(color="808080")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------- Ⅰ バックアップ ----------------
s1 = wb.active
s1.title = "Ⅰ バックアップ"
for col, w in zip("ABCDE", [6, 58, 8, 8, 34]):
    s1.column_dimensions[col].width = w
s1["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査（回答用）"
s1["A1"].font = Font(bold=True, size=13)
s1["A2"] = "医療機関名：医療法人 越後会 長岡東病院　　医療機関コード：0522087　　回答日：R6.12.3"
s1["A3"] = "※該当する欄に○を記入してください。Q3で「いいえ」の場合、Q4～Q7は回答不要です。"
for col, t in zip("ABCDE", ["Q", "設問", "はい", "いいえ", "備考"]):
    c = s1[f"{col}5"]; c.value = t; c.fill = hdr; c.font = bold; c.border = box; c.alignment = center

def put(ws, r, vals, merge_cd=False):
    for col, v in zip("ABCDE", vals):
        c = ws[f"{col}{r}"]; c.value = v; c.border = box
        c.alignment = center if col in "ACD" else wrap
    if merge_cd:
        ws.merge_cells(f"C{r}:D{r}")

put(s1, 6, ["Q1", "回答者の情報　氏名", "小林 智子", None, None], merge_cd=True)
put(s1, 7, [None, "　　　　　　　所属", "総務課 課長補佐（情報システム担当兼務）", None, None], merge_cd=True)
put(s1, 8, [None, "　　　　　　　連絡先", "0258-36-1140", None, None], merge_cd=True)
s1.merge_cells("A6:A8")
put(s1, 9, ["Q2", "ガイドライン・チェックリスト等を活用", "○", None, None])
put(s1, 10, ["Q3", "電子カルテシステムを使用", None, "○", "紙カルテ（オーダリング未導入）"])
put(s1, 11, ["Q4", "バックアップデータを作成し定期的にテスト", "○", None, "レセコン・PACSのバックアップは業者が取得"])
put(s1, 12, ["Q5", "バックアップデータの世代管理", None, None, None])
put(s1, 13, ["Q6", "同時災害を回避する方法で管理", None, None, None])
put(s1, 14, ["Q7", "バックアップデータの漏洩対策", None, None, None])
for r in range(6, 15):
    s1.row_dimensions[r].height = 28
s1.print_area = "A1:E14"

# ---------------- Ⅱ VPN装置 ----------------
s2 = wb.create_sheet("Ⅱ VPN装置")
for col, w in zip("ABCD", [6, 60, 40, 30]):
    s2.column_dimensions[col].width = w
s2["A1"] = "リモートゲートウェイ装置（VPN装置）について"
s2["A1"].font = Font(bold=True, size=13)
s2["A2"] = "※回答欄の「はい・いいえ」のうち、該当しない方を消してください。Q8で「いいえ」の場合、Q9以降は回答不要です。"
for col, t in zip("ABCD", ["Q", "設問", "回答", "備考"]):
    c = s2[f"{col}4"]; c.value = t; c.fill = hdr; c.font = bold; c.border = box; c.alignment = center

def put2(r, vals):
    for col, v in zip("ABCD", vals):
        c = s2[f"{col}{r}"]; c.value = v; c.border = box
        c.alignment = center if col in "AC" else wrap

put2(5, ["Q8", "VPN装置が存在するか", "はい", "保守業者2社に確認（11/20）"])
put2(6, ["Q9", "VPN装置のメーカー名、型番、台数（全て記載）",
         "ヤマハ RTX1210 1台（レセコン保守用）\nセンチュリー・システムズ FutureNet NXR-G110 1台（PACS保守用）", None])
s2["C6"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
put2(7, ["Q10", "NISC・厚労省の注意喚起を基にVPN装置のアップデートを適切に実施", "はい", None])
put2(8, ["Q11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限", "はい・いいえ", None])
put2(9, ["Q12", "VPN装置へのアクセス記録を定期的に分析・監査", "いいえ", None])
put2(10, ["Q13", "詳細な緊急対応手順を整備し定期的に訓練", "いいえ", "BCP作成中"])
put2(11, ["Q14", "セキュリティ責任者を設置", "はい", None])
put2(12, ["", "　医療情報システムの責任者とは別に配置", "はい", "事務長（セキュリティ）／放射線技師長（システム）"])
s2.merge_cells("A11:A12")
for r in range(5, 13):
    s2.row_dimensions[r].height = 30
s2.row_dimensions[6].height = 48
s2.print_area = "A1:D12"

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
prof = f"/tmp/lo-{os.getpid()}"
subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", outdir, raw], check=True, capture_output=True)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(prof, ignore_errors=True)
print("written", os.path.join(HERE, NAME + ".xlsx"))
