# Generator: clh-w39-a-device-subrows-print.xlsx  (checklist-hospital R6, no planted problem)
# Prefecture-office print layout: numbered items, device-class items split into サーバ/端末PC/ネットワーク機器 sub-rows
# (item and number cells merged vertically, non-applicable cells greyed with －), dropdown answers, Excel date cells,
# blank spacer column A, plus a 記入要領 sheet and a hidden list sheet.
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w39-a-device-subrows-print"
SHEET = "チェックリスト"
FACILITY = "医療法人 瀬戸内会 みはら中央病院"
D = dt.date
DEV = ["サーバ", "端末PC", "ネットワーク機器"]

# plain rows: (kind, no, section, item, answers)
# answers = (a1, d1, target, a2, d2, remarks)
def A(a1, d1, tg=None, a2=None, d2=None, rem=None):
    return (a1, d1, tg, a2, d2, rem)
J1 = D(2024, 7, 1)
J3 = D(2024, 7, 3)
blocks = [
    ("row", "前提", "前提", "医療情報システムを導入、運用している", A("はい", J1)),
    ("head", "１　体制構築"),
    ("row", "1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", A("はい", J1, rem="情報管理室長")),
    ("head", "２　医療情報システムの管理・運用"),
    ("row", "2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", A("はい", J1)),
    ("row", "2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", A("はい", J1)),
    ("row", "2-(3)", "医療情報システムの管理・運用",
     "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     A("いいえ", J1, D(2024, 10, 31), "はい", D(2024, 10, 25), "電子カルテ・PACS事業者より受領")),
    ("dev", "2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     {"サーバ": A("はい", J1), "端末PC": A("はい", J1)}),
    ("dev", "2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     {"サーバ": A("はい", J1), "端末PC": A("いいえ", J1, D(2024, 9, 30), "はい", D(2024, 9, 20), "退職者アカウントを棚卸し・削除")}),
    ("dev", "2-(6)", "アクセスログを管理している", {"サーバ": A("はい", J1)}),
    ("dev", "2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     {"サーバ": A("はい", J1), "端末PC": A("いいえ", J1, D(2024, 12, 27), "はい", D(2024, 12, 20), "ドメインのパスワードポリシー変更"),
      "ネットワーク機器": A("はい", J3)}),
    ("dev", "2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     {"サーバ": A("はい", J1), "端末PC": A("はい", J1),
      "ネットワーク機器": A("いいえ", J3, D(2024, 11, 30), "はい", D(2024, 11, 15), "VPN装置のファームウェア更新（保守業者対応）")}),
    ("dev", "2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     {"サーバ": A("はい", J1), "端末PC": A("はい", J1)}),
    ("dev", "2-(10)", "接続元制限を実施している", {"ネットワーク機器": A("はい", J3)}),
    ("head", "３　インシデント発生に備えた対応"),
    ("row", "3-(1)", "インシデント発生に備えた対応",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", A("はい", J1)),
    ("row", "3-(2)", "インシデント発生に備えた対応",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     A("はい", J1)),
    ("row", "3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     A("いいえ", J1, D(2025, 3, 31), rem="BCP案作成中（3月の運営会議で承認予定）")),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="BFBFBF")
COLS = "BCDEFGHIJ"
for col, w in zip("A" + COLS, [2, 8, 50, 15, 8, 12, 12, 8, 12, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B2:J2"); ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:J3"); ws["B3"] = "【医療機関確認用】"; ws["B3"].alignment = Alignment(horizontal="center")
ws.merge_cells("B5:C5"); ws["B5"] = "医療機関名"
ws["B5"].alignment = center; ws["B5"].fill = PatternFill("solid", fgColor="D9D9D9")
ws.merge_cells("D5:J5"); ws["D5"] = FACILITY
for c in COLS:
    ws[f"{c}5"].border = box
ws.merge_cells("B6:J6")
ws["B6"] = "※ 前提が「いいえ」の場合は以降の記入不要。1回目の確認で「いいえ」の項目は目標日を記入し、目標日到来後に2回目の確認を行ってください。灰色の欄は記入不要です。"
ws["B6"].font = Font(size=9)

# header rows 8-9
ws.merge_cells("B8:B9"); ws["B8"] = "No."
ws.merge_cells("C8:C9"); ws["C8"] = "チェック項目"
ws.merge_cells("D8:D9"); ws["D8"] = "対象"
ws.merge_cells("E8:F8"); ws["E8"] = "1回目"
ws["E9"] = "はい/いいえ"; ws["F9"] = "確認日"
ws.merge_cells("G8:G9"); ws["G8"] = "目標日"
ws.merge_cells("H8:I8"); ws["H8"] = "2回目"
ws["H9"] = "はい/いいえ"; ws["I9"] = "確認日"
ws.merge_cells("J8:J9"); ws["J8"] = "備考"
for r in (8, 9):
    for c in COLS:
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center
        ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="DDEBF7")
ws.freeze_panes = "E10"

lst = wb.create_sheet("list")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
def put(r, ans):
    a1, d1, tg, a2, d2, rem = ans
    for c, v in zip("EFGHIJ", [a1, d1, tg, a2, d2, rem]):
        if v is not None:
            ws[f"{c}{r}"] = v
            if isinstance(v, D):
                ws[f"{c}{r}"].number_format = "yyyy/m/d"
    dv.add(f"E{r}"); dv.add(f"H{r}")

def entry(section, item, no, ans):
    a1, d1, tg, a2, d2, rem = ans
    e = {"section": section, "item": item, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if no == "前提":
        del e["itemNo"]  # the 前提 row carries no item number
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    return e

r = 10
for b in blocks:
    if b[0] == "head":
        ws.merge_cells(f"B{r}:J{r}"); ws[f"B{r}"] = b[1]; ws[f"B{r}"].font = Font(bold=True)
        for c in COLS:
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1
    elif b[0] == "row":
        _, no, sec, item, ans = b
        ws[f"B{r}"] = no; ws[f"C{r}"] = item
        ws[f"D{r}"].fill = grey
        put(r, ans)
        for c in COLS:
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "CJ" else center
        ws.row_dimensions[r].height = 36
        entries.append(entry(sec, item, no, ans))
        r += 1
    else:
        _, no, item, per = b
        ws.merge_cells(f"B{r}:B{r+2}"); ws[f"B{r}"] = no
        ws.merge_cells(f"C{r}:C{r+2}"); ws[f"C{r}"] = item
        for i, dev in enumerate(DEV):
            rr = r + i
            ws[f"D{rr}"] = dev
            if dev in per:
                put(rr, per[dev])
                entries.append(entry(dev, item, no, per[dev]))
            else:
                ws[f"E{rr}"] = "－"
                for c in "EFGHIJ":
                    ws[f"{c}{rr}"].fill = grey
            for c in COLS:
                ws[f"{c}{rr}"].border = box
                ws[f"{c}{rr}"].alignment = wrap if c in "CJ" else center
            ws.row_dimensions[rr].height = 20
        r += 3

ws.print_area = f"B2:J{r}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

guide = wb.create_sheet("記入要領", 1)
guide.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 「前提」が「いいえ」の場合（医療情報システムを導入していない場合）は、以降の項目の記入は不要です。",
    "2. 各項目について1回目の確認を行い、「はい」「いいえ」をプルダウンで選択し、確認日を記入してください。",
    "3. 「いいえ」の項目は、事業者と協議の上、対応完了の目標日（令和7年3月31日まで）を記入してください。",
    "4. 目標日到来後、2回目の確認を行い、結果と確認日を記入してください。",
    "5. 2-(4)～2-(10)は対象機器ごとに記入してください。灰色の欄は記入不要です。",
    "6. 立入検査の際に本チェックリストを確認します。",
], start=1):
    guide[f"A{i}"] = t
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Items 2-(4)…2-(10) each span three sub-rows (サーバ/端末PC/ネットワーク機器) with the number and item "
              "cells merged vertically; the device class is the entry's section. Sub-rows marked － with grey fill are "
              "not applicable and are not entries. The numbering 2-(4)…2-(10) is this office's own. Other sections are "
              "the heading texts without their leading number. All dates are Excel date cells. 3-(3) is いいえ with "
              "目標日 2025-03-31 and no 2回目 yet (not yet due)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", r, len(entries))
