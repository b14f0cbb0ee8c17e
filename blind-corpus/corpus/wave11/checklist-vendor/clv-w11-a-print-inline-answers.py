#!/usr/bin/python3
# Generator for clv-w11-a-print-inline-answers.xlsx (checklist-vendor, R6, no planted problem)
# Role: a vendor's (電子カルテ事業者) staff filling the prefecture's print-style sheet. The template cells
# read "はい・いいえ（　/　）"; the filler deletes the option that does not apply and types a year-less
# date into the brackets, e.g. "はい（10/15）". Unused cells keep the template placeholder.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave11/checklist-vendor"
NAME = "clv-w11-a-print-inline-answers"

HOSPITAL = "社会医療法人 緑風会 みどり中央病院"
VENDOR = "株式会社メディネクスト　中国支店"
SYSTEM = "電子カルテシステム（MediChart V5）"

PH1 = "はい・いいえ\n（　/　）"   # template placeholder for 1回目 / 2回目
PHT = "（　/　）"                 # template placeholder for 目標日

# (kind, number shown, section heading shown, item text shown, canonical section, canonical item,
#  first, firstDate, target, second, secondDate, remarks)
S_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
S_ACT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
S_LOG = "アクセスログを管理している"
S_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
S_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
S_SRC = "接続元制限を実施している"

rows = [
    ("sec", "1", "体制構築"),
    ("item", "1-(1)", "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい", "2024-10-15", None, None, None, "管理責任者：品質保証部長"),
    ("sec", "2", "医療情報システムの管理・運用"),
    ("item", "2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", "2024-10-15", None, None, None, None),
    ("item", "2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）している機器の有無を確認した。",
     "リモートメンテナンス（保守）している機器の有無を確認した",
     "はい", "2024-10-15", None, None, None, "対象：電子カルテサーバ2台（保守用VPN経由）"),
    ("item", "2-(3)", "医療情報システムの管理・運用",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", "2024-10-15", "2024-11-29", "はい", "2024-11-22", "SDSを11/22付で病院情報システム室へ提出"),
    ("sub", "", "【サーバ】"),
    ("item", "", "サーバ", "・" + S_ACC, S_ACC, "はい", "2024-10-16", None, None, None, None),
    ("item", "", "サーバ", "・" + S_ACT, S_ACT, "いいえ", "2024-10-16", "2024-12-13", "はい", "2024-12-10",
     "退職者アカウント3件を削除"),
    ("item", "", "サーバ", "・" + S_LOG, S_LOG, "はい", "2024-10-16", None, None, None, None),
    ("item", "", "サーバ", "・" + S_PAT, S_PAT, "はい", "2024-10-16", None, None, None, None),
    ("item", "", "サーバ", "・" + S_BG, S_BG, "はい", "2024-10-16", None, None, None, None),
    ("sub", "", "【端末PC】"),
    ("item", "", "端末PC", "・" + S_ACC, S_ACC, "はい", "2024-10-16", None, None, None, None),
    ("item", "", "端末PC", "・" + S_ACT, S_ACT, "はい", "2024-10-16", None, None, None, None),
    ("item", "", "端末PC", "・" + S_PAT, S_PAT, "いいえ", "2024-10-16", "2025-02-28", None, None,
     "Windows更新プログラムは診療への影響を確認のうえ\n病棟単位で段階適用中"),
    ("item", "", "端末PC", "・" + S_BG, S_BG, "はい", "2024-10-16", None, None, None, None),
    ("sub", "", "【ネットワーク機器】"),
    ("item", "", "ネットワーク機器", "・" + S_PAT, S_PAT, "はい", "2024-10-17", None, None, None, None),
    ("item", "", "ネットワーク機器", "・" + S_SRC, S_SRC, "はい", "2024-10-17", None, None, None,
     "保守VPNは当社保守センターのIPのみ許可"),
    ("sec", "3", "インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生に備えた対応",
     "インシデント発生時における医療機関への連絡体制（連絡窓口・連絡手順）を整備している。",
     "インシデント発生時における医療機関への連絡体制（連絡窓口・連絡手順）を整備している",
     "はい", "2024-10-17", None, None, None, None),
    ("item", "3-(2)", "インシデント発生に備えた対応",
     "医療機関に対し、データやシステムのバックアップの実施と復旧手順について情報提供している。",
     "医療機関に対し、データやシステムのバックアップの実施と復旧手順について情報提供している",
     "はい", "2024-10-17", None, None, None, None),
]


def md(iso):
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}"


thin = Side(style="thin")
hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
light = PatternFill("solid", fgColor="F2F2F2")
F = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
ws.sheet_view.showGridLines = False
widths = {"A": 2, "B": 7, "C": 52, "D": 14, "E": 11, "F": 14, "G": 30, "H": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.4, top=0.6, bottom=0.5)
ws.print_title_rows = "10:11"

ws["G1"] = "（事業者記入）"
ws["G1"].alignment = Alignment(horizontal="right")
ws["G1"].font = Font(name=F, size=9)
ws.merge_cells("B2:G2")
ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B2"].font = Font(name=F, size=14, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:G3")
ws["B3"] = "令和６年度版　事業者確認用"
ws["B3"].font = Font(name=F, size=12, bold=True)
ws["B3"].alignment = Alignment(horizontal="center")

# header: label and value in one cell, underlined like a paper form
for r, text in ((5, "提出先医療機関名：" + HOSPITAL), (6, "事業者名：" + VENDOR), (7, "対象システム：" + SYSTEM)):
    ws.merge_cells(f"B{r}:E{r}")
    c = ws[f"B{r}"]
    c.value = text
    c.font = Font(name=F, size=11)
    for col in "BCDE":
        ws[f"{col}{r}"].border = Border(bottom=thin)
ws.merge_cells("F5:G7")
ws["F5"] = ("※ 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。\n"
            "※ 「はい・いいえ」は該当しない方を消し、（ ）内に確認日（月/日）を記入してください。\n"
            "※ 事業者ごと又はシステムごとに作成してください。")
ws["F5"].font = Font(name=F, size=8)
ws["F5"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[5].height = 20
ws.row_dimensions[6].height = 20
ws.row_dimensions[7].height = 20

# two-row header
ws.merge_cells("B10:B11"); ws["B10"] = "No."
ws.merge_cells("C10:C11"); ws["C10"] = "チェック項目"
ws.merge_cells("D10:F10"); ws["D10"] = "確認結果（日付）"
ws["D11"] = "1回目"; ws["E11"] = "目標日"; ws["F11"] = "2回目"
ws.merge_cells("G10:G11"); ws["G10"] = "備考"
for r in (10, 11):
    for col in "BCDEFG":
        c = ws[f"{col}{r}"]
        c.border = B
        c.fill = grey
        c.alignment = center
        c.font = Font(name=F, size=10, bold=True)

r = 12
expected_entries = []
for row in rows:
    if row[0] in ("sec", "sub"):
        _, no, title = row
        ws[f"B{r}"] = no if no else None
        ws.merge_cells(f"C{r}:G{r}")
        ws[f"C{r}"] = title
        for col in "BCDEFG":
            c = ws[f"{col}{r}"]
            c.border = B
            c.fill = light
            c.font = Font(name=F, size=10, bold=True)
            c.alignment = Alignment(vertical="center")
        ws[f"B{r}"].alignment = center
        ws.row_dimensions[r].height = 18
        r += 1
        continue
    _, no, sec, shown, canon, a1, d1, tgt, a2, d2, rem = row
    ws[f"B{r}"] = no if no else None
    ws[f"C{r}"] = shown
    ws[f"D{r}"] = f"{a1}（{md(d1)}）" if a1 else PH1
    ws[f"E{r}"] = f"（{md(tgt)}）" if tgt else PHT
    ws[f"F{r}"] = f"{a2}（{md(d2)}）" if a2 else PH1
    ws[f"G{r}"] = rem
    for col in "BCDEFG":
        c = ws[f"{col}{r}"]
        c.border = B
        c.font = Font(name=F, size=10)
        c.alignment = wrap
    for col in "BDEF":
        ws[f"{col}{r}"].alignment = center
    ws.row_dimensions[r].height = 36
    e = {"section": sec, "item": canon}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1
    if tgt:
        e["targetDate"] = tgt
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2
    if rem:
        e["remarks"] = rem
    expected_entries.append(e)
    r += 1

ws.print_area = f"A1:H{r}"
r += 1
ws[f"B{r}"] = "※ 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"
ws[f"B{r}"].font = Font(name=F, size=8)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": expected_entries,
    },
    "planted": [],
    "notes": (
        "No planted problem. Header values share their cell with the label (『提出先医療機関名：…』), "
        "the value is the text after the full-width colon; 事業者名 contains a full-width space as typed. "
        "Answers are written as 'はい（10/15）' (the template text 'はい・いいえ（　/　）' with the non-applicable "
        "option deleted and a year-less month/day typed in); all dates are year-less on an R6 form: Oct-Dec = 2024, "
        "Jan-Mar = 2025 (目標日 （2/28） = 2025-02-28). Cells still holding the untouched template placeholder "
        "'はい・いいえ\\n（　/　）' or '（　/　）' are unanswered and are omitted. Section rows (1 体制構築, "
        "2 医療情報システムの管理・運用, 【サーバ】/【端末PC】/【ネットワーク機器】, 3 インシデント発生に備えた対応) are "
        "headings, not entries; the device-class items carry no number so itemNo is omitted for them. The item "
        "texts in the sheet end with '。' or start with '・' (bullet), and 1-(1) is shown with a 読点 (事業者内に、…); the canonical item omits those. The vendor-side "
        "wording of 2-(1), 2-(2), 3-(1), 3-(2) is this drawer's reconstruction (only 1-(1) and 2-(3) are worded in "
        "the seeds/catalogue)."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", r)
