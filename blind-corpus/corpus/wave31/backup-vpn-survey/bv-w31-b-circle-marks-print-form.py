# Generator for bv-w31-b-circle-marks-print-form.xlsx (blind test workbook, wave 31)
# Role: a hospital association secretariat's print-style form (はい | いいえ columns, mark ○ in the chosen one,
# spacer columns, full-width numbering, Q1 as 項目：値 cells, Q9 one free-text cell) with a hidden 集計用
# sheet of formulas; filled by a small hospital's 総務課 and re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/w31lib /usr/bin/python3 bv-w31-b-circle-marks-print-form.py
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/w31lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w31-b-circle-marks-print-form"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
DARK = PatternFill("solid", fgColor="A6A6A6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
S = "調査票"


def put(ws, ref, v=None, fill=None, align=WRAP, bold=False, box=True, size=None):
    c = ws[ref]
    if v is not None:
        c.value = v
    if fill:
        c.fill = fill
    c.alignment = align
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if box:
        c.border = BOX
    return c


# answers as the hospital marked them (None = no mark)
answers = {
    "usesGuidelines": "はい", "usesEhr": "いいえ", "backupTested": "はい", "generationsKept": "いいえ",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "いいえ", "vpnLogsAudited": None, "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
remarks = {
    "usesEhr": "紙カルテ運用（医事会計システムのみ）",
    "backupTested": "医事会計システム（レセコン）のバックアップについて回答",
    "vpnSourceRestricted": "保守業者に確認中",
    "securityOfficer": "事務長が兼務",
}
Q1 = [("氏名：岩崎 浩二", "name", "岩崎 浩二"), ("所属：総務課（システム担当）", "department", "総務課（システム担当）"),
      ("連絡先：0877-46-2231（内線120）", "contact", "0877-46-2231（内線120）")]
Q9_TEXT = "ヤマハ　RTX830　1台\nNEC　UNIVERGE IX2105　1台（PACS保守業者が設置）"
QUESTIONS = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines"),
    ("３．", "電子カルテシステムを使用しているか（使用していない場合は７．まで回答不要）", "usesEhr"),
    ("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "backupTested"),
    ("５．", "バックアップデータは世代管理しているか", "generationsKept"),
    ("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "disasterSeparated"),
    ("７．", "バックアップデータの漏洩対策を講じているか", "leakProtected"),
    ("SEC", "リモートゲートウェイ装置（VPN装置）について", None),
    ("８．", "VPN装置が存在するか（存在しない場合は以降の設問は回答不要）", "vpnPresent"),
    ("９．", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）", "Q9"),
    ("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated"),
    ("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted"),
    ("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited"),
    ("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills"),
    ("１４．", "セキュリティ責任者を設置しているか", "securityOfficer"),
    ("", "（１４の続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate"),
]

wb = Workbook()
ws = wb.active
ws.title = S
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGH", [2, 6, 62, 1, 7, 7, 1, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:H1")
put(ws, "B1", "バックアップデータ及びリモートゲートウェイ装置に係る調査", align=CEN, bold=True, box=False, size=14)
ws.merge_cells("B2:H2")
put(ws, "B2", "回答欄の「はい」「いいえ」のいずれかに○を付けてください。", box=False)
put(ws, "B4", "病院名", GRAY, CEN)
ws.merge_cells("C4:H4")
put(ws, "C4", "医療法人青松会 丸亀みなと病院")
for c in "DEFGH":
    ws[f"{c}4"].border = BOX
put(ws, "B6", "No.", GRAY, CEN)
put(ws, "C6", "設　問", GRAY, CEN)
put(ws, "E6", "はい", GRAY, CEN)
put(ws, "F6", "いいえ", GRAY, CEN)
put(ws, "H6", "備考", GRAY, CEN)
ws.merge_cells("B7:H7")
put(ws, "B7", "電子カルテシステムのバックアップについて", GRAY, bold=True)
# Q1: label and value in one cell
put(ws, "B8", "１．", align=CEN)
put(ws, "C8", "回答者の情報（氏名、所属、連絡先）")
for c in "EF":
    put(ws, f"{c}8", None, DARK)
put(ws, "H8", None)
q1_cells = {}
for i, (txt, key, _v) in enumerate(Q1):
    r = 9 + i
    put(ws, f"B{r}", None)
    put(ws, f"C{r}", txt)
    for c in "EF":
        put(ws, f"{c}{r}", None, DARK)
    put(ws, f"H{r}", None)
    q1_cells[key] = f"C{r}"
ws.merge_cells("B8:B11")
r = 12
cells = {}
for no, text, key in QUESTIONS:
    if no == "SEC":
        ws.merge_cells(f"B{r}:H{r}")
        put(ws, f"B{r}", text, GRAY, bold=True)
        r += 1
        continue
    put(ws, f"B{r}", no, align=CEN)
    put(ws, f"C{r}", text)
    if key == "Q9":
        for c in "EF":
            put(ws, f"{c}{r}", None, DARK)
        put(ws, f"H{r}", None)
        r += 1
        put(ws, f"B{r}", None)
        ws.merge_cells(f"C{r}:H{r}")
        put(ws, f"C{r}", Q9_TEXT, align=Alignment(wrap_text=True, vertical="top"))
        for c in "DEFGH":
            ws[f"{c}{r}"].border = BOX
        ws.row_dimensions[r].height = 48
        cells["vpnDevicesText"] = f"C{r}"
        r += 1
        continue
    a = answers[key]
    put(ws, f"E{r}", "○" if a == "はい" else None, align=CEN)
    put(ws, f"F{r}", "○" if a == "いいえ" else None, align=CEN)
    put(ws, f"H{r}", remarks.get(key))
    cells[key] = (f"E{r}", f"F{r}")
    ws.row_dimensions[r].height = 45 if len(text) > 45 else 30
    r += 1
put(ws, f"B{r + 1}", "※ご回答後、本ファイルを担当者宛にメールでご提出ください。", box=False)
ws.print_area = f"B1:H{r + 1}"
ws.page_setup.fitToWidth = 1

# hidden aggregation sheet (formulas turning the ○ marks into はい/いいえ)
wh = wb.create_sheet("集計用")
keys = [k for k in answers]
QLABEL = dict(zip(keys, ["Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q10", "Q11", "Q12", "Q13", "Q14", "Q14-2"]))
for j, k in enumerate(keys):
    e, f = cells[k]
    wh.cell(row=1, column=1 + j, value=QLABEL[k])
    wh.cell(row=2, column=1 + j,
            value=f'=IF({S}!{e}="○","はい",IF({S}!{f}="○","いいえ",""))')
wh.sheet_state = "hidden"

wb.active = 0
tmpdir = tempfile.mkdtemp(prefix="bv-b-")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

values = {"respondent": {key: v for (_t, key, v) in Q1}}
values.update({k: v for k, v in answers.items() if v is not None})
values["vpnDevicesText"] = Q9_TEXT
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [f"{S}!{c}" for k in ("backupTested", "generationsKept", "disasterSeparated", "leakProtected")
                   for c in cells[k]],
         "paths": ["backupTested", "generationsKept", "disasterSeparated", "leakProtected"],
         "why": "Q3 電子カルテシステムを使用しているか = いいえ, so Q4-Q7 are not required (「7. まで回答不要」), "
                "yet they were answered (about the レセコン backup): answers to skipped questions (warning)"},
        {"cells": [f"{S}!{cells['vpnLogsAudited'][0]}", f"{S}!{cells['vpnLogsAudited'][1]}"],
         "paths": ["vpnLogsAudited"],
         "why": "Q8 VPN装置が存在する = はい, so Q12 is required, but neither はい nor いいえ is marked "
                "(missing required answer)"},
    ],
    "notes": ("Print-style form: the chosen answer is a ○ in column E (はい) or F (いいえ). Q1 is written as "
              "項目：値 in one cell (C9:C11); values given without the label. Q9 is one free-text cell "
              f"({cells['vpnDevicesText']}) with a line break and full-width spaces between maker, model and count. "
              "Second Q14 row (no number) = securityOfficerSeparate. Hidden sheet 集計用 holds formulas that turn "
              "the marks into はい/いいえ (cached by the LibreOffice re-save); it agrees with 調査票. 病院名 has no key."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", q1_cells, cells)
