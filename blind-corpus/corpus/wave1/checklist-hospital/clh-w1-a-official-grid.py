#!/usr/bin/python3
# clh-w1-a-official-grid: R6 医療機関確認用, print-style grid with title block, 項番, two-row headers
# (1回目 はい/いいえ + 確認日, 目標日, 2回目 はい/いいえ + 確認日, 備考), device items merged over
# サーバ/端末PC/ネットワーク機器 sub-rows, dates as real Excel date cells. No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clh-w1-a-official-grid"
OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# canonical item texts (catalogue wording)
T = {
    "P": "医療情報システムを導入、運用している",
    "1-(1)": "医療情報システム安全管理責任者を設置している",
    "2-(1)": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-(2)": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-(3)": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "2-(4)": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "2-(5)": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "2-(6)": "アクセスログを管理している",
    "2-(7)": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    "2-(8)": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "2-(9)": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "2-(10)": "接続元制限を実施している",
    "3-(1)": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-(2)": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-(3)": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
SEC = {"1": "体制構築", "2": "医療情報システムの管理・運用", "3": "インシデント発生に備えた対応"}

# answers: (no, device or None, first, firstDate, target, second, secondDate, remarks)
A1 = D(2024, 10, 1)
A2 = D(2024, 10, 2)
ROWS = [
    ("P", None, "はい", A1, None, None, None, "電子カルテ、オーダリング、PACS、レセコン"),
    ("1-(1)", None, "はい", A1, None, None, None, "情報システム課長を任命（R6.4.1付）"),
    ("2-(1)", None, "はい", A1, None, None, None, None),
    ("2-(2)", None, "はい", A1, None, None, None, "電子カルテ・PACS保守でVPN利用あり"),
    ("2-(3)", None, "いいえ", A1, D(2024, 12, 27), "はい", D(2025, 1, 10), "3社中1社未提出→12月受領"),
    ("2-(4)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(4)", "端末PC", "はい", A2, None, None, None, None),
    ("2-(5)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(5)", "端末PC", "はい", A2, None, None, None, "人事異動時に棚卸し"),
    ("2-(6)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(7)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(7)", "端末PC", "いいえ", A2, D(2025, 2, 28), "はい", D(2025, 2, 20), "定期変更の運用を開始"),
    ("2-(8)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(8)", "端末PC", "はい", A2, None, None, None, None),
    ("2-(8)", "ネットワーク機器", "はい", A2, None, None, None, "VPN装置FW更新済"),
    ("2-(9)", "サーバ", "はい", A2, None, None, None, None),
    ("2-(9)", "端末PC", "はい", A2, None, None, None, None),
    ("2-(10)", "ネットワーク機器", "いいえ", A2, D(2024, 11, 29), "はい", D(2024, 12, 2), "保守用VPNの接続元IPを制限"),
    ("3-(1)", None, "はい", A1, None, None, None, None),
    ("3-(2)", None, "はい", A1, None, None, None, None),
    ("3-(3)", None, "いいえ", A1, D(2025, 3, 31), None, None, "BCP確認表を用いて作成中"),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

widths = {"A": 2, "B": 7, "C": 52, "D": 14, "E": 9, "F": 12, "G": 12, "H": 9, "I": 12, "J": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:J2")
ws["B2"] = "医療機関確認用　（令和6年度版）"
ws["B2"].alignment = Alignment(horizontal="center")
ws["B2"].font = Font(size=12)

ws["B4"] = "医療機関名"
ws["B4"].border = B
ws.merge_cells("C4:E4")
ws["C4"] = "医療法人社団 青葉会 青葉台総合病院"
for c in ("C4", "D4", "E4"):
    ws[c].border = B
ws["B4"].alignment = center

notes = [
    "※ 前提の項目が「いいえ」の場合、以降の項目の記入は不要です。",
    "※ 1回目の確認で「いいえ」の場合、対応目標日を記入してください。",
    "※ 立入検査時に本チェックリストを確認します。",
]
for i, n in enumerate(notes):
    ws.cell(row=5 + i, column=2, value=n).font = Font(size=9)

# two-row header at rows 9-10
H1, H2 = 9, 10
def hcell(rng, text):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
for rng, text in [("B9:B10", "項番"), ("C9:C10", "チェック項目"), ("D9:D10", "対象"),
                  ("E9:F9", "1回目"), ("G9:G10", "目標日"), ("H9:I9", "2回目"), ("J9:J10", "備考")]:
    hcell(rng, text)
ws["E10"], ws["F10"], ws["H10"], ws["I10"] = "はい／いいえ", "確認日", "はい／いいえ", "確認日"
for r in (H1, H2):
    for col in "BCDEFGHIJ":
        c = ws[f"{col}{r}"]
        c.border = B
        c.fill = hdr_fill
        c.alignment = center
        c.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H2 + 1
entries = []
cur_sec = None
i = 0
while i < len(ROWS):
    no = ROWS[i][0]
    secnum = None if no == "P" else no.split("-")[0]
    if secnum and secnum != cur_sec:
        cur_sec = secnum
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        c = ws.cell(row=r, column=2, value=f"{secnum}　{SEC[secnum]}")
        c.font = Font(bold=True)
        for col in range(2, 11):
            ws.cell(row=r, column=col).fill = sec_fill
            ws.cell(row=r, column=col).border = B
        r += 1
    # group rows with the same number (device sub-rows)
    j = i
    while j < len(ROWS) and ROWS[j][0] == no:
        j += 1
    grp = ROWS[i:j]
    start = r
    for (n, dev, fa, fd, td, sa, sd, rem) in grp:
        if dev:
            ws.cell(row=r, column=4, value=dev)
        ws.cell(row=r, column=5, value=fa)
        ws.cell(row=r, column=6, value=fd)
        ws.cell(row=r, column=7, value=td)
        ws.cell(row=r, column=8, value=sa)
        ws.cell(row=r, column=9, value=sd)
        ws.cell(row=r, column=10, value=rem)
        for col in (6, 7, 9):
            ws.cell(row=r, column=col).number_format = "yyyy/m/d"
        for col in range(2, 11):
            ws.cell(row=r, column=col).border = B
            ws.cell(row=r, column=col).alignment = center if col in (2, 4, 5, 6, 7, 8, 9) else wrap
        dv.add(f"E{r}")
        dv.add(f"H{r}")
        e = {"section": "前提" if n == "P" else (dev or SEC[secnum]), "item": T[n]}
        if n != "P":
            e["itemNo"] = n
        e["firstAnswer"] = fa
        e["firstDate"] = fd.isoformat()
        if td: e["targetDate"] = td.isoformat()
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = sd.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    ws.cell(row=start, column=2, value="前提" if no == "P" else no)
    ws.cell(row=start, column=3, value=T[no])
    if len(grp) > 1:
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    for rr in range(start, r):
        ws.row_dimensions[rr].height = 30
    i = j

ws.cell(row=r + 1, column=2, value="記入者：情報システム課　三浦").font = Font(size=9)
ws.print_title_rows = "9:10"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.freeze_panes = "B11"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人社団 青葉会 青葉台総合病院", "entries": entries},
    "planted": [],
    "notes": ("No planted problem. Dates are real Excel date cells (yyyy/m/d). Device items (2-(4)..2-(10)) have "
              "the 項番 and item text merged vertically over one sub-row per device class (対象 column); each sub-row "
              "is one entry with section = the device class. Sections 1/2/3 are band rows '1 体制構築', "
              "'2 医療情報システムの管理・運用', '3 インシデント発生に備えた対応'. The 項番 of the device items "
              "(2-(4)…2-(10)) and the password item (listed in the catalogue, not in seed 004) are my reconstruction. "
              "'記入者' line below the table is not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("ok", len(entries))
