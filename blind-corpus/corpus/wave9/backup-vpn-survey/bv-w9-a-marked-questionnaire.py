#!/usr/bin/python3
# Generator for bv-w9-a-marked-questionnaire.xlsx (form backup-vpn-survey, R6)
# Role: prefecture 医務課 staff who turned the MHLW 回答要領 into a one-page questionnaire
# (No. | 設問 | はい | いいえ | 備考) for hospitals to print or fill; the hospital's
# 情報システム課 marked ○ in the chosen column. Q9 is a small table (メーカー名/型番/台数) with a
# 合計 formula (openpyxl: no cached value). A hidden 集計 sheet holds formulas only.
# No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave9/backup-vpn-survey"
NAME = "bv-w9-a-marked-questionnaire"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
SUB = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [6, 62, 7, 7, 30]):
    ws.column_dimensions[col].width = w


def put(ref, v, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


put("A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票", bold=True,
    align=Alignment())
put("A2", "病院名：坂出みなと病院", align=Alignment())
put("A3", "回答日：令和6年6月14日", align=Alignment())
put("E2", "※該当する欄に○を記入", align=Alignment())

for col, h in zip("ABCDE", ["No.", "設問", "はい", "いいえ", "備考"]):
    put(f"{col}5", h, HEAD, True, CENTER)

r = 6
cells = {}  # key -> cell holding the answer mark


def q(no, text, key, ans, note=None):
    global r
    put(f"A{r}", no, align=CENTER)
    put(f"B{r}", text)
    if ans == "はい":
        put(f"C{r}", mark_for(key), align=CENTER)
        cells[key] = f"C{r}"
    elif ans == "いいえ":
        put(f"D{r}", mark_for(key), align=CENTER)
        cells[key] = f"D{r}"
    if note:
        put(f"E{r}", note)
    ws.row_dimensions[r].height = 34
    r += 1


def mark_for(key):
    # the filler mostly typed ○ (U+25CB); once the IME gave 〇 (U+3007)
    return "〇" if key == "leakProtected" else "○"


# Q1
put(f"A{r}", 1, align=CENTER)
ws.merge_cells(f"B{r}:E{r}")
put(f"B{r}", "回答者の情報（回答者の氏名、所属、連絡先を記載してください）", SUB)
r += 1
resp = [("氏名", "大西 由美子"), ("所属", "事務部 情報システム課"), ("連絡先", "0877-46-5131（内線215）")]
for lab, val in resp:
    put(f"B{r}", "　" + lab, SUB)
    ws.merge_cells(f"C{r}:E{r}")
    put(f"C{r}", val)
    cells["respondent." + {"氏名": "name", "所属": "department", "連絡先": "contact"}[lab]] = f"C{r}"
    r += 1

answers = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
q(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines",
  answers["usesGuidelines"])
q(3, "電子カルテシステムを使用しているか", "usesEhr", answers["usesEhr"], "※「いいえ」の場合は7.まで回答不要")
q(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "backupTested",
  answers["backupTested"])
q(5, "バックアップデータは世代管理しているか", "generationsKept", answers["generationsKept"], "3世代（日次）")
q(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "disasterSeparated", answers["disasterSeparated"], "院内サーバ室のNASのみ。遠隔保管は来年度検討")
q(7, "バックアップデータの漏洩対策を講じているか", "leakProtected", answers["leakProtected"])
q(8, "VPN装置が存在するか", "vpnPresent", answers["vpnPresent"], "※「いいえ」の場合は以降の設問は回答不要")

# Q9 table
put(f"A{r}", 9, align=CENTER)
ws.merge_cells(f"B{r}:E{r}")
put(f"B{r}", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）", SUB)
r += 1
put(f"B{r}", "メーカー名", HEAD, True, CENTER)
ws.merge_cells(f"C{r}:D{r}")
put(f"C{r}", "型番", HEAD, True, CENTER)
put(f"E{r}", "台数", HEAD, True, CENTER)
r += 1
devices = [
    {"maker": "Fortinet", "model": "FortiGate-60F", "count": 2},
    {"maker": "ヤマハ", "model": "RTX1220", "count": 1},
    {"maker": "SonicWall", "model": "TZ370", "count": 1},
]
dev_rows = []
for dvc in devices:
    put(f"B{r}", dvc["maker"])
    ws.merge_cells(f"C{r}:D{r}")
    put(f"C{r}", dvc["model"], align=CENTER)
    put(f"E{r}", dvc["count"], align=CENTER)
    dev_rows.append(r)
    r += 1
put(f"B{r}", "合計", align=Alignment(horizontal="right"))
ws.merge_cells(f"C{r}:D{r}")
put(f"E{r}", f"=SUM(E{dev_rows[0]}:E{dev_rows[-1]})", align=CENTER)
total_row = r
r += 1

q(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "vpnUpdated", answers["vpnUpdated"], "保守業者が四半期ごとに適用")
q(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted",
  answers["vpnSourceRestricted"])
q(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", answers["vpnLogsAudited"])
q(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", answers["emergencyDrills"])
q(14, "セキュリティ責任者を設置しているか", "securityOfficer", answers["securityOfficer"])
q("14-2", "（14.で「はい」の場合）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか",
  "securityOfficerSeparate", answers["securityOfficerSeparate"], "情報システム課長が兼務")
last = r - 1
for row in ws[f"A5:E{last}"]:
    for c in row:
        c.border = BOX
ws.print_area = f"A1:E{last}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1

# hidden tally sheet: formulas only (no cached values when saved by openpyxl)
wh = wb.create_sheet("集計")
wh["A1"] = "設問キー"
wh["B1"] = "回答（自動）"
i = 2
for key in answers:
    cref = cells[key]
    row = cref[1:]
    wh[f"A{i}"] = key
    wh[f"B{i}"] = f'=IF(回答票!C{row}<>"","はい",IF(回答票!D{row}<>"","いいえ","未回答"))'
    i += 1
wh[f"A{i}"] = "VPN台数合計"
wh[f"B{i}"] = f"=回答票!E{total_row}"
wh.sheet_state = "hidden"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "大西 由美子", "department": "事務部 情報システム課", "contact": "0877-46-5131（内線215）"},
        **answers,
        "vpnDevices": devices,
    },
    "planted": [],
    "notes": (
        "No planted problem. Answers are marks in the はい (C) or いいえ (D) column of sheet 回答票: '○' (U+25CB) "
        "everywhere except Q7, where the mark is '〇' (U+3007, kanji zero). Q9 is laid out as rows "
        "(メーカー名 in B, 型番 in merged C:D, 台数 in E) followed by a 合計 row whose E cell is =SUM(...) saved by "
        "openpyxl without a cached value (total 4; not a field). Q14's second answer is row '14-2'. The 備考 column "
        "holds notes only (e.g. '3世代（日次）', '情報システム課長が兼務'). The hidden sheet 集計 contains only formulas "
        "that echo the answers (no cached values) and must not be read as a second submission. 病院名 and 回答日 "
        "(令和6年6月14日) in the header are not fields of this form."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", cells)
