# Generator for bv-w32-b-print-style-circle-marks.xlsx
# Role: a small hospital without an electronic medical record; the 総務課 clerk filled a print-style sheet
# (borders, blank spacer columns, 問１… full-width numbering, はい | いいえ columns marked with ○, Q1 as
# "氏名：…" cells, Q9 one merged free-text cell, Q14 as ① / ②), then re-saved in LibreOffice.
# Planted: Q4/Q5 answered although Q3 is いいえ (skip rule); Q12 left blank although Q8 is はい.
# Run: PYTHONPATH=/tmp/lds-bv-py /usr/bin/python3 bv-w32-b-print-style-circle-marks.py
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w32-b-print-style-circle-marks"
thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
# A spacer | B 番号 | C spacer | D 設問 | E spacer | F はい | G いいえ | H spacer
for c, w in zip("ABCDEFGH", [2, 7, 1, 66, 1, 8, 8, 2]):
    ws.column_dimensions[c].width = w
ws.merge_cells("B1:G1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = CENTER
ws.row_dimensions[1].height = 40
ws.merge_cells("B2:G2")
ws["B2"] = "該当する欄に○を記入してください。"
ws["B2"].alignment = Alignment(horizontal="right")
ws["D3"] = "回答日：令和6年2月13日"
ws["D3"].alignment = Alignment(horizontal="right")
ws.merge_cells("F3:G3")

r = 5
mark_cells = {}


def border_row(row, cols="BDFG"):
    for c in cols:
        ws[f"{c}{row}"].border = BOX


def heading(text):
    global r
    ws.merge_cells(f"B{r}:G{r}")
    ws[f"B{r}"] = text
    ws[f"B{r}"].font = Font(bold=True)
    ws[f"B{r}"].fill = GREY
    for c in "BCDEFG":
        ws[f"{c}{r}"].border = Border(top=med, bottom=thin)
    r += 1


def colhead():
    global r
    ws[f"B{r}"] = "番号"; ws[f"D{r}"] = "設問"; ws[f"F{r}"] = "はい"; ws[f"G{r}"] = "いいえ"
    for c in "BDFG":
        ws[f"{c}{r}"].alignment = CENTER
        ws[f"{c}{r}"].font = Font(bold=True)
    border_row(r)
    r += 1


def yn(no, text, key, answer):
    """answer: 'はい' / 'いいえ' / None (left blank)."""
    global r
    ws[f"B{r}"] = no
    ws[f"D{r}"] = text
    ws[f"B{r}"].alignment = CENTER
    ws[f"D{r}"].alignment = WRAP
    if answer == "はい":
        ws[f"F{r}"] = "○"
    elif answer == "いいえ":
        ws[f"G{r}"] = "○"
    ws[f"F{r}"].alignment = CENTER
    ws[f"G{r}"].alignment = CENTER
    border_row(r)
    mark_cells[key] = r
    ws.row_dimensions[r].height = 32 if len(text) > 34 else 20
    r += 1


heading("【電子カルテシステムのバックアップに係る質問関係】")
ws[f"B{r}"] = "問１"
ws[f"D{r}"] = "回答者の情報"
ws[f"B{r}"].alignment = CENTER
border_row(r)
r += 1
resp = {"name": "藤原 恵子", "department": "事務部 総務課", "contact": "086-272-4410"}
for lbl, key in (("氏名", "name"), ("所属", "department"), ("連絡先", "contact")):
    ws[f"D{r}"] = f"{lbl}：{resp[key]}"
    ws.merge_cells(f"D{r}:G{r}")
    ws[f"D{r}"].alignment = WRAP
    border_row(r)
    r += 1
colhead()
ans = {"usesGuidelines": "いいえ", "usesEhr": "いいえ", "backupTested": "いいえ", "generationsKept": "はい",
       "disasterSeparated": None, "leakProtected": None, "vpnPresent": "はい", "vpnUpdated": "はい",
       "vpnSourceRestricted": "いいえ", "vpnLogsAudited": None, "emergencyDrills": "いいえ",
       "securityOfficer": "はい", "securityOfficerSeparate": "いいえ"}
yn("問２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
   "usesGuidelines", ans["usesGuidelines"])
yn("問３", "電子カルテシステムを使用しているか\n（使用していない場合は問７まで回答不要）", "usesEhr", ans["usesEhr"])
yn("問４", "診療行為を停止させないためのバックアップデータは作成しているか", "backupTested", ans["backupTested"])
yn("問５", "バックアップデータは世代管理しているか", "generationsKept", ans["generationsKept"])
yn("問６", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
   "disasterSeparated", ans["disasterSeparated"])
yn("問７", "バックアップデータの漏洩対策を講じているか", "leakProtected", ans["leakProtected"])
r += 1
heading("【リモートゲートウェイ装置に係る質問関係】")
colhead()
yn("問８", "VPN装置が存在するか\n（存在しない場合は以降の設問は回答不要）", "vpnPresent", ans["vpnPresent"])
ws[f"B{r}"] = "問９"
ws[f"D{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws[f"B{r}"].alignment = CENTER
border_row(r)
r += 1
vpn_text = "ヤマハ RTX830　1台\nNEC UNIVERGE IX2106　1台（レセコン保守用）"
ws.merge_cells(f"D{r}:G{r + 1}")
ws[f"D{r}"] = vpn_text
ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="top")
q9_cell = f"D{r}"
for rr in (r, r + 1):
    border_row(rr)
r += 2
yn("問10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
   "vpnUpdated", ans["vpnUpdated"])
yn("問11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted",
   ans["vpnSourceRestricted"])
yn("問12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", ans["vpnLogsAudited"])
yn("問13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", ans["emergencyDrills"])
yn("問14", "①セキュリティ責任者を設置しているか", "securityOfficer", ans["securityOfficer"])
ws[f"B{r - 1}"].border = Border(left=thin, right=thin, top=thin)
yn("", "②セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
   ans["securityOfficerSeparate"])
ws[f"B{r - 1}"].border = Border(left=thin, right=thin, bottom=thin)
r += 1
ws[f"D{r}"] = "ご協力ありがとうございました。"
ws.print_area = f"A1:H{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpd = tempfile.mkdtemp(prefix="bvb-")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
# re-save through LibreOffice, as the clerk did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

values = {"respondent": resp}
for k in ["usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated", "leakProtected",
          "vpnPresent"]:
    if ans[k]:
        values[k] = ans[k]
values["vpnDevicesText"] = vpn_text
for k in ["vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited", "emergencyDrills", "securityOfficer",
          "securityOfficerSeparate"]:
    if ans[k]:
        values[k] = ans[k]


def mc(key):
    row = mark_cells[key]
    return f"調査票!{'F' if ans[key] == 'はい' else 'G'}{row}"


expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [mc("backupTested"), mc("generationsKept")], "paths": ["backupTested", "generationsKept"],
         "why": "問３ (電子カルテ使用) is いいえ, so 問４–問７ are not to be answered; 問４ and 問５ were answered anyway (skipped question answered)"},
        {"cells": [f"調査票!F{mark_cells['vpnLogsAudited']}", f"調査票!G{mark_cells['vpnLogsAudited']}"],
         "paths": ["vpnLogsAudited"],
         "why": "問８ (VPN装置) is はい, so 問12 is required, but neither はい nor いいえ is marked"},
    ],
    "notes": ("Answers are ○ marks in column F (はい) or G (いいえ). 問１ written as '氏名：…', '所属：…', '連絡先：…' "
              "(label and value in one cell). 問９ is one merged free-text cell with a line break (vpnDevicesText). "
              "問６・問７ correctly left blank (skipped, 問３ いいえ). 問14 has two rows ① / ②. 回答日 '令和6年2月13日' "
              "(text, no key). Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", mark_cells, q9_cell)
