#!/usr/bin/python3
# Generator for bv-w12-b-prefecture-rollup.xlsx (backup-vpn-survey, no planted problem).
# Layout: the prefecture's roll-up sheet, ONE HOSPITAL PER ROW (submissions), two-row header
# (question number above a short wording), answers typed as ○/×, skipped questions as "－",
# Q9 as one free-text cell with line breaks, a labelled 記入例 row above the data and
# COUNTIF tally rows below it (formulas saved by openpyxl without cached values).
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L

OUT_DIR = "/work/blind/wave12/backup-vpn-survey"
NAME = "bv-w12-b-prefecture-rollup"
SHEET = "回答一覧"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
TALLY = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "ＭＳ Ｐゴシック"

cols = [
    # key, q number, short wording, width
    ("no", "No.", None, 6),
    ("hospital", "病院名", None, 26),
    ("respondent.name", "1 回答者の情報", "氏名", 12),
    ("respondent.department", "1 回答者の情報", "所属", 18),
    ("respondent.contact", "1 回答者の情報", "連絡先", 16),
    ("usesGuidelines", "2", "ガイドライン・チェックリスト等を活用", 11),
    ("usesEhr", "3", "電子カルテシステムを使用", 11),
    ("backupTested", "4", "バックアップ作成・定期テスト", 11),
    ("generationsKept", "5", "世代管理", 9),
    ("disasterSeparated", "6", "同時災害を回避する方法で管理", 11),
    ("leakProtected", "7", "漏洩対策", 9),
    ("vpnPresent", "8", "VPN装置の有無", 9),
    ("vpnDevicesText", "9", "VPN装置のメーカー名・型番・台数", 26),
    ("vpnUpdated", "10", "注意喚起を基にアップデート", 11),
    ("vpnSourceRestricted", "11", "アクセス元IPを保守業者等に制限", 11),
    ("vpnLogsAudited", "12", "アクセス記録を定期的に分析・監査", 11),
    ("emergencyDrills", "13", "緊急対応手順の整備・定期訓練", 11),
    ("securityOfficer", "14", "セキュリティ責任者を設置", 11),
    ("securityOfficerSeparate", "14", "医療情報システムの責任者とは別に配置", 12),
]
YN = {"はい": "○", "いいえ": "×"}
SKIP = "－"

example = {"hospital": "○○病院", "respondent.name": "厚労 太郎", "respondent.department": "情報システム課",
           "respondent.contact": "000-000-0000", "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい",
           "generationsKept": "はい", "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい",
           "vpnDevicesText": "○○社 XX-1000 1台", "vpnUpdated": "はい", "vpnSourceRestricted": "はい",
           "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ", "securityOfficer": "はい",
           "securityOfficerSeparate": "いいえ"}
hospitals = [
    {"hospital": "社会医療法人 南風会 土佐みなと病院", "respondent.name": "岡林 健太",
     "respondent.department": "情報システム室 主任", "respondent.contact": "088-833-1234",
     "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
     "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい",
     "vpnDevicesText": "ヤマハ RTX1210 2台\nフォーティネット FortiGate-60F 1台", "vpnUpdated": "はい",
     "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
     "securityOfficer": "はい", "securityOfficerSeparate": "いいえ"},
    {"hospital": "医療法人 清和会 いの中央病院", "respondent.name": "片岡 美咲",
     "respondent.department": "事務部 総務課", "respondent.contact": "088-892-5678",
     "usesGuidelines": "いいえ", "usesEhr": "いいえ",      # Q4-Q7 skipped ("－")
     "vpnPresent": "はい", "vpnDevicesText": "NEC UNIVERGE IX2106 1台", "vpnUpdated": "はい",
     "vpnSourceRestricted": "いいえ", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
     "securityOfficer": "はい", "securityOfficerSeparate": "いいえ"},
    {"hospital": "四万十川記念病院", "respondent.name": "山崎 拓也",
     "respondent.department": "医事課 課長", "respondent.contact": "0880-34-2121",
     "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
     "disasterSeparated": "はい", "leakProtected": "はい", "vpnPresent": "いいえ"},   # Q9-Q14 skipped
    {"hospital": "医療法人 室戸会 むろと記念病院", "respondent.name": "濱田 由紀",
     "respondent.department": "医療情報管理室 室長", "respondent.contact": "0887-22-3300（内線210）",
     "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
     "disasterSeparated": "はい", "leakProtected": "はい", "vpnPresent": "はい",
     "vpnDevicesText": "シスコ RV340 ×1台\nヤマハ RTX830 ×1台", "vpnUpdated": "はい",
     "vpnSourceRestricted": "はい", "vpnLogsAudited": "はい", "emergencyDrills": "はい",
     "securityOfficer": "はい", "securityOfficerSeparate": "はい"},
]


def written(key, data):
    """What the official typed in the cell for this key."""
    if key in ("backupTested", "generationsKept", "disasterSeparated", "leakProtected") and data.get("usesEhr") == "いいえ":
        return SKIP
    if key in ("vpnDevicesText", "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited", "emergencyDrills",
               "securityOfficer", "securityOfficerSeparate") and data.get("vpnPresent") == "いいえ":
        return SKIP
    v = data.get(key)
    return YN.get(v, v)


wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答取りまとめ表（高知県）"
ws["A1"].font = Font(name=FONT, size=13, bold=True)
ws["A2"] = "凡例：○＝はい　×＝いいえ　－＝回答不要（設問3が「いいえ」の病院は4～7、設問8が「いいえ」の病院は9以降）"
ws["A3"] = "取りまとめ：健康政策部 医療政策課　（3/8 時点）"
for k, (_, _, _, w) in enumerate(cols):
    ws.column_dimensions[L(1 + k)].width = w

H1, H2 = 5, 6
k = 0
while k < len(cols):
    key, q, sub, _ = cols[k]
    j = k
    while j + 1 < len(cols) and cols[j + 1][1] == q:
        j += 1
    c = 1 + k
    if sub is None:
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        ws.cell(H1, c, q)
    else:
        if j > k:
            ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=1 + j)
        ws.cell(H1, c, q if q.startswith("1 ") else f"問{q}")
        for m in range(k, j + 1):
            ws.cell(H2, 1 + m, cols[m][2])
    k = j + 1
for r in (H1, H2):
    for c in range(1, len(cols) + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = CENTER
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.fill = HEAD
ws.row_dimensions[H2].height = 60

EX = H2 + 1
FIRST = EX + 1
for n, (label, data) in enumerate([("記入例", example)] + [(i + 1, h) for i, h in enumerate(hospitals)]):
    r = EX + n
    ws.cell(r, 1, label)
    for k, (key, _, _, _) in enumerate(cols[1:], start=2):
        v = written(key, data)
        if v is not None:
            ws.cell(r, k, v)
    for c in range(1, len(cols) + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.font = Font(name=FONT, size=10, color="808080" if label == "記入例" else None)
        cell.alignment = CENTER if c >= 6 and cols[c - 1][0] != "vpnDevicesText" else WRAP
        if label == "記入例":
            cell.fill = EXAMPLE
    ws.row_dimensions[r].height = 36
LAST = FIRST + len(hospitals) - 1

T = LAST + 2
ws.cell(T, 2, "○の数（はい）")
ws.cell(T + 1, 2, "×の数（いいえ）")
for k, (key, _, _, _) in enumerate(cols):
    c = 1 + k
    if c >= 6 and key != "vpnDevicesText":
        ws.cell(T, c, f'=COUNTIF({L(c)}{FIRST}:{L(c)}{LAST},"○")')
        ws.cell(T + 1, c, f'=COUNTIF({L(c)}{FIRST}:{L(c)}{LAST},"×")')
for r in (T, T + 1):
    for c in range(2, len(cols) + 1):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).fill = TALLY
        ws.cell(r, c).alignment = CENTER
ws.freeze_panes = ws.cell(FIRST, 3)
ws.print_title_rows = f"{H1}:{H2}"
ws.page_setup.orientation = "landscape"

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))

# ---------------- expected.json
subs = []
for n, h in enumerate(hospitals):
    v = {}
    resp = {}
    for key, _, _, _ in cols[2:]:
        if key not in h:
            continue
        if key.startswith("respondent."):
            resp[key.split(".", 1)[1]] = h[key]
        else:
            v[key] = h[key]
    subs.append({"row": FIRST + n, "values": {"respondent": resp, **v}})
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "submissions": subs,
    "planted": [],
    "notes": (
        f"No planted problem. A prefecture roll-up: one hospital per row (rows {FIRST}-{LAST}); row {EX} is a labelled "
        f"記入例 row and rows {T}-{T + 1} are COUNTIF tally rows (no cached values) — neither is a submission. "
        "Column B 病院名 is not a key of this form. Answers are ○ = はい, × = いいえ; '－' means 回答不要 and is "
        f"omitted from values (No.2, row {FIRST + 1}: Q3 いいえ so Q4-Q7 are '－'; No.3, row {FIRST + 2}: Q8 いいえ so "
        "Q9-Q14 are '－'). "
        "Q9 is one free-text cell per hospital (vpnDevicesText), line breaks as \\n. Q14 has two columns: "
        "securityOfficer and securityOfficerSeparate."
    ),
}
with open(os.path.join(OUT_DIR, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("first", FIRST, "last", LAST, "tally", T)
