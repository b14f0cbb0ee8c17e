#!/usr/bin/python3
# Generator: clh-w16-a — prefecture-style single sheet: section heading rows and 【device class】 sub-heading rows,
# No. column, separate answer/date columns with dropdowns fed from a hidden list sheet, Excel date cells.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave16/checklist-hospital"
NAME = "clh-w16-a-heading-rows-dropdown-dates"
FAC = "社会医療法人 青葉会 みどり台総合病院"
D = dt.date

PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# layout: ("H", heading text, section key) or ("I", no, item, (a1,d1,tg,a2,d2,rem))
L = [
    ("H", "前提", "前提"),
    ("I", "", "医療情報システムを導入、運用している", ("はい", D(2024, 6, 24), None, None, None, None)),
    ("H", "1　体制構築", "体制構築"),
    ("I", "1-(1)", "医療情報システム安全管理責任者を設置している",
     ("はい", D(2024, 6, 24), None, None, None, "医療情報部長を任命（令和5年10月）")),
    ("H", "2　医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("I", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", ("はい", D(2024, 6, 25), None, None, None, None)),
    ("I", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     ("はい", D(2024, 6, 25), None, None, None, "電子カルテ・PACS・検体検査システムの3社に確認")),
    ("I", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", D(2024, 6, 25), D(2024, 9, 30), "はい", D(2024, 9, 18), "全3社から受領")),
    ("H", "【サーバ】", "サーバ"),
    ("I", "", PERM, ("はい", D(2024, 6, 26), None, None, None, None)),
    ("I", "", ACCT, ("いいえ", D(2024, 6, 26), D(2024, 8, 30), "はい", D(2024, 8, 23), "人事異動と連動した棚卸し手順を作成")),
    ("I", "", LOG, ("はい", D(2024, 6, 26), None, None, None, None)),
    ("I", "", PWD, ("いいえ", D(2024, 6, 26), D(2024, 12, 27), "はい", D(2024, 12, 16), None)),
    ("I", "", PATCH, ("はい", D(2024, 6, 26), None, None, None, None)),
    ("I", "", SVC, ("はい", D(2024, 6, 26), None, None, None, None)),
    ("H", "【端末PC】", "端末PC"),
    ("I", "", PERM, ("はい", D(2024, 6, 27), None, None, None, None)),
    ("I", "", ACCT, ("はい", D(2024, 6, 27), None, None, None, None)),
    ("I", "", PWD, ("いいえ", D(2024, 6, 27), D(2025, 3, 31), None, None, "電子カルテ端末更新（令和7年2月）に合わせて対応予定")),
    ("I", "", PATCH, ("はい", D(2024, 6, 27), None, None, None, None)),
    ("I", "", SVC, ("はい", D(2024, 6, 27), None, None, None, None)),
    ("H", "【ネットワーク機器】", "ネットワーク機器"),
    ("I", "", PATCH, ("はい", D(2024, 6, 28), None, None, None, "保守業者による四半期点検で確認")),
    ("I", "", SRC, ("はい", D(2024, 6, 28), None, None, None, None)),
    ("H", "3　インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("I", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     ("はい", D(2024, 6, 28), None, None, None, None)),
    ("I", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", D(2024, 6, 28), None, None, None, None)),
    ("I", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", D(2024, 6, 28), D(2025, 3, 31), "はい", D(2025, 3, 14), "3/14 運営会議で承認")),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
FN = "ＭＳ Ｐゴシック"
for k, v in {"A": 7, "B": 60, "C": 9, "D": 12, "E": 12, "F": 9, "G": 12, "H": 32}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:H1")
ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
ws["A1"].font = Font(name=FN, size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws["A3"] = "医療機関名"; ws["A3"].font = Font(name=FN, size=11, bold=True)
ws["B3"] = FAC; ws["B3"].font = Font(name=FN, size=11)
ws["A3"].border = box; ws["B3"].border = box
ws["A4"] = "記入者"; ws["B4"] = "情報システム課　佐々木"; ws["A4"].border = box; ws["B4"].border = box
ws["D3"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。"
ws["D4"] = "※1回目が「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行ってください。"
for c in ("D3", "D4"):
    ws[c].font = Font(name=FN, size=9, color="C00000")

hfill = PatternFill("solid", fgColor="D9E1F2")
for rng, t in [("A6:A7", "No."), ("B6:B7", "チェック項目"), ("C6:D6", "1回目"), ("E6:E7", "目標日"),
               ("F6:G6", "2回目"), ("H6:H7", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
ws["C7"] = "はい／いいえ"; ws["D7"] = "確認日"; ws["F7"] = "はい／いいえ"; ws["G7"] = "確認日"
for r in (6, 7):
    for c in "ABCDEFGH":
        cell = ws[f"{c}{r}"]; cell.border = box; cell.fill = hfill
        cell.font = Font(name=FN, size=10, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
secfill = PatternFill("solid", fgColor="F2F2F2")
entries = []
r = 8
section = None
for x in L:
    if x[0] == "H":
        section = x[2]
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = x[1]
        ws[f"A{r}"].font = Font(name=FN, size=10, bold=True)
        for c in "ABCDEFGH":
            ws[f"{c}{r}"].fill = secfill; ws[f"{c}{r}"].border = box
        r += 1
        continue
    _, no, item, (a1, d1, tg, a2, d2, rem) = x
    if no: ws[f"A{r}"] = no
    ws[f"B{r}"] = item
    ws[f"C{r}"] = a1; ws[f"D{r}"] = d1
    if tg: ws[f"E{r}"] = tg
    if a2: ws[f"F{r}"] = a2
    if d2: ws[f"G{r}"] = d2
    if rem: ws[f"H{r}"] = rem
    for c in "DEG":
        ws[f"{c}{r}"].number_format = "yyyy/mm/dd"
    for c in "ABCDEFGH":
        cell = ws[f"{c}{r}"]; cell.border = box; cell.font = Font(name=FN, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in "BH" else "center")
    ws.row_dimensions[r].height = 32
    dv.add(f"C{r}"); dv.add(f"F{r}")
    e = {"section": section, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
ws.freeze_panes = "C8"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_title_rows = "6:7"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [],
    "notes": ("Section = the nearest heading row above the item, without its number: 前提 / 体制構築 / 医療情報システムの管理・運用 / "
              "サーバ / 端末PC / ネットワーク機器 (written 【サーバ】 etc.) / インシデント発生に備えた対応. Device-class items have no "
              "number in the No. column, so no itemNo. The password item is listed under サーバ and 端末PC. Dates are Excel date cells; "
              "dropdown list comes from the hidden sheet 選択肢. 記入者 (B4) is not a form key. 端末PC password item: いいえ with 目標日 "
              "2025-03-31 and no 2回目 yet (correct, target not yet reached)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
