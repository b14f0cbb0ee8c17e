# Generator for bv-w34-b-hospital-section-sheets-marks.xlsx
# Role: 総務課 clerk of a 60-bed hospital (paper charts, no EHR) re-typing the MHLW survey into a workbook of
# their own: a sheet per section, はい/いいえ as two columns with a ○ in the chosen one, full-width question
# numbers, Q1 as 「項目：値」 cells, Q9 as one free-text cell. Re-saved by LibreOffice.
# Planted: Q3 いいえ yet Q4-Q7 answered (skipped questions answered); Q11 left blank (required after Q8 はい).
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/bv_lds_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, PatternFill, Font

OUT = "/work/blind/wave34/backup-vpn-survey"
NAME = "bv-w34-b-hospital-section-sheets-marks"
TMP = "/tmp/bv_work/b"
os.makedirs(TMP, exist_ok=True)
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = PatternFill("solid", fgColor="E2EFDA")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答者"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 60
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査（回答）"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "医療法人 二荒会 今市中央病院"
ws["B4"] = "１．回答者の情報"
ws["B4"].font = Font(bold=True)
ws["B5"] = "氏名：小林 由美"
ws["B6"] = "所属：総務課 係長"
ws["B7"] = "連絡先：0288-21-3305（代表）"
for r in (5, 6, 7):
    ws[f"B{r}"].border = B
ws["B9"] = "※厚生労働省より内容確認の連絡が入る場合あり"

def section(title, name, qs):
    s = wb.create_sheet(name)
    s.column_dimensions["A"].width = 7
    s.column_dimensions["B"].width = 62
    s.column_dimensions["C"].width = 8
    s.column_dimensions["D"].width = 8
    s.column_dimensions["E"].width = 30
    s["A1"] = title; s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "該当する欄に○を記入"
    for c, h in zip("ABCDE", ["No.", "設問", "はい", "いいえ", "備考"]):
        s[f"{c}3"] = h; s[f"{c}3"].fill = G; s[f"{c}3"].border = B; s[f"{c}3"].alignment = center
    r = 4
    for q in qs:
        no, text, ans = q[0], q[1], q[2]
        note = q[3] if len(q) > 3 else None
        s[f"A{r}"] = no; s[f"B{r}"] = text
        if ans == "はい":
            s[f"C{r}"] = "○"
        elif ans == "いいえ":
            s[f"D{r}"] = "○"
        elif ans is not None and ans.startswith("TEXT:"):
            s.merge_cells(f"C{r}:E{r}")
            s[f"C{r}"] = ans[5:]
            s.row_dimensions[r].height = 36
        if note and not (ans or "").startswith("TEXT:"):
            s[f"E{r}"] = note
        for c in "ABCDE":
            s[f"{c}{r}"].border = B
            s[f"{c}{r}"].alignment = center if c in "ACD" else wrap
        r += 1
    return s

section("【電子カルテシステムのバックアップ関係】", "バックアップ", [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか", "はい"),
    ("３．", "電子カルテシステムを使用しているか", "いいえ", "紙カルテ運用（オーダリングなし）"),
    ("４．", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい", "医事会計システムのバックアップ"),
    ("５．", "バックアップデータは世代管理しているか", "いいえ"),
    ("６．", "同時災害を回避する方法で管理しているか", "いいえ"),
    ("７．", "バックアップデータの漏洩対策を講じているか", "いいえ"),
])
section("【リモートゲートウェイ装置（VPN装置）関係】", "VPN装置", [
    ("８．", "VPN装置が存在するか", "はい"),
    ("９．", "VPN装置のメーカー名、型番、台数（記述）",
     "TEXT:ヤマハ RTX1210　1台（医事会計システム保守用）\nNEC UNIVERGE IX2106　1台（CT装置リモート保守用）"),
    ("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "保守業者に確認済"),
    ("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None),
    ("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ"),
    ("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"),
    ("１４．(1)", "セキュリティ責任者を設置しているか", "はい"),
    ("１４．(2)", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "事務長が兼務"),
])

tmpx = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmpx)
lo = os.path.join(TMP, "lo"); os.makedirs(lo, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", lo, tmpx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(lo, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("written")
