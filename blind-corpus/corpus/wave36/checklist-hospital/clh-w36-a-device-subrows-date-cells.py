#!/usr/bin/python3
"""clh-w36-a: MHLW 令和6年度版 チェックリスト（医療機関確認用）drawn by the hospital's IT staff from the notice:
one sheet, 項番 | チェック項目 (merged over device sub-rows) | 対象 | 1回目 回答/確認日 | 目標日 | 2回目 回答/確認日 | 備考.
Not-applicable device sub-rows are greyed and left empty. Dates are Excel date cells. A small summary
with a COUNTIF formula (no cached value, openpyxl save) sits below the table."""
import sys, json, os, datetime as dt
sys.path.insert(0, "/tmp/w36-clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w36-a-device-subrows-date-cells"
FACILITY = "医療法人 瀬戸内会 玉野みなと病院"
d = lambda s: dt.datetime.strptime(s, "%Y-%m-%d")

SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
# blocks: (heading or None, [(itemNo, item, [ (target-label, answers or None) ])])
# answers: (a1, d1, target, a2, d2, remarks)
T = lambda a1, d1, tgt=None, a2=None, d2=None, rem="": (a1, d1, tgt, a2, d2, rem)
BLOCKS = [
 ("前提", None, [
   ("前提", "医療情報システムを導入、運用している", [(None, T("はい", "2024-10-01"))]),
 ]),
 ("1　体制構築", "体制構築", [
   ("1-(1)", "医療情報システム安全管理責任者を設置している", [(None, T("はい", "2024-10-01", rem="事務長を任命（R6.4.1付）"))]),
 ]),
 ("2　医療情報システムの管理・運用", None, [
   ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    [("医療情報システム全般", T("はい", "2024-10-02", rem="機器管理台帳（Excel）で管理"))]),
   ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    [("医療情報システム全般", T("はい", "2024-10-02"))]),
   ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    [("医療情報システム全般", T("いいえ", "2024-10-02", "2024-12-27", "はい", "2025-01-10", "電子カルテ・PACS事業者へ提出依頼（10/7）"))]),
   ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    [(SV, T("はい", "2024-10-03")), (PC, T("はい", "2024-10-03")), (NW, None)]),
   ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
    [(SV, T("はい", "2024-10-03")), (PC, T("いいえ", "2024-10-03", "2024-11-29", "はい", "2024-12-02", "退職者アカウント3件を削除")), (NW, None)]),
   ("2-(6)", "アクセスログを管理している",
    [(SV, T("いいえ", "2024-10-03", "2025-03-31", "いいえ", "2025-02-14", "ログ保管サーバを3月導入予定")), (PC, None), (NW, None)]),
   ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    [(SV, T("はい", "2024-10-03")), (PC, T("いいえ", "2024-10-03", "2025-01-31", "はい", "2025-02-14", "電子カルテ端末のPWポリシー変更")), (NW, T("はい", "2024-10-03"))]),
   ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    [(SV, T("はい", "2024-10-03")), (PC, T("はい", "2024-10-03")), (NW, T("はい", "2024-10-03", rem="UTM・ルータは保守業者が四半期毎に確認"))]),
   ("2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    [(SV, T("はい", "2024-10-03")), (PC, T("はい", "2024-10-03")), (NW, None)]),
   ("2-(10)", "接続元制限を実施している",
    [(SV, None), (PC, None), (NW, T("はい", "2024-10-03"))]),
 ]),
 ("3　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
   ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    [(None, T("はい", "2024-10-03"))]),
   ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    [(None, T("はい", "2024-10-03"))]),
   ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
    [(None, T("いいえ", "2024-10-03", "2025-03-31", "はい", "2025-03-14", "3/13 運営会議で承認"))]),
 ]),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="BFBFBF")

wb = Workbook()
ws = wb.active
ws.title = "医療機関確認用"
ws.sheet_view.showGridLines = False
for k, v in {"A": 2, "B": 7, "C": 46, "D": 15, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 30}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B2:J2"); ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:J3"); ws["B3"] = "医療機関確認用（令和6年度版）"
ws["B3"].font = Font(size=12, bold=True); ws["B3"].alignment = Alignment(horizontal="center")
ws["C5"] = "医療機関名"; ws["C5"].alignment = Alignment(horizontal="right"); ws["C5"].font = Font(bold=True)
ws.merge_cells("D5:G5"); ws["D5"] = FACILITY
for c in "DEFG":
    ws[f"{c}5"].border = Border(bottom=thin)
ws.merge_cells("B6:J6")
ws["B6"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。1回目の確認で「いいえ」の場合は目標日を記入し、事業者と協力して対応してください。"
ws["B6"].font = Font(size=9); ws["B6"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[6].height = 26

ws.merge_cells("B8:D9"); ws["B8"] = "チェック項目"
ws.merge_cells("E8:F8"); ws["E8"] = "1回目"
ws.merge_cells("G8:G9"); ws["G8"] = "目標日"
ws.merge_cells("H8:I8"); ws["H8"] = "2回目"
ws.merge_cells("J8:J9"); ws["J8"] = "備考"
ws["E9"] = "はい/いいえ"; ws["F9"] = "確認日"; ws["H9"] = "はい/いいえ"; ws["I9"] = "確認日"
for r in (8, 9):
    for c in "BCDEFGHIJ":
        x = ws[f"{c}{r}"]; x.border = B; x.alignment = center
        x.fill = PatternFill("solid", fgColor="FFF2CC"); x.font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 10
first_row = None
for heading, section_name, items in BLOCKS:
    if heading != "前提":
        ws.merge_cells(f"B{r}:J{r}"); ws[f"B{r}"] = heading
        ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].fill = PatternFill("solid", fgColor="E2EFDA")
        for c in "BCDEFGHIJ":
            ws[f"{c}{r}"].border = B
        r += 1
    for no, item, subs in items:
        top = r
        for target, ans in subs:
            if first_row is None:
                first_row = r
            ws[f"B{r}"] = no if r == top else None
            if r == top:
                ws[f"C{r}"] = item
            if target:
                ws[f"D{r}"] = target
            for c in "BCDEFGHIJ":
                ws[f"{c}{r}"].border = B
            ws[f"B{r}"].alignment = center; ws[f"C{r}"].alignment = wrap; ws[f"D{r}"].alignment = center
            ws[f"J{r}"].alignment = wrap; ws[f"J{r}"].font = Font(size=9)
            if ans is None:
                for c in "EFGHIJ":
                    ws[f"{c}{r}"].fill = grey
            else:
                a1, d1, tgt, a2, d2, rem = ans
                ws[f"E{r}"] = a1; ws[f"F{r}"] = d(d1)
                if tgt: ws[f"G{r}"] = d(tgt)
                if a2: ws[f"H{r}"] = a2
                if d2: ws[f"I{r}"] = d(d2)
                if rem: ws[f"J{r}"] = rem
                for c in "EH":
                    ws[f"{c}{r}"].alignment = center
                for c in "FGI":
                    ws[f"{c}{r}"].number_format = "m/d"; ws[f"{c}{r}"].alignment = center
                sec = "前提" if no == "前提" else (target if target else section_name)
                e = {"section": sec, "item": item}
                if no != "前提":
                    e["itemNo"] = no
                e.update({"firstAnswer": a1, "firstDate": d1})
                if tgt: e["targetDate"] = tgt
                if a2: e["secondAnswer"] = a2
                if d2: e["secondDate"] = d2
                if rem: e["remarks"] = rem
                entries.append(e)
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > top:
            ws.merge_cells(f"B{top}:B{r-1}"); ws.merge_cells(f"C{top}:C{r-1}")
last_row = r - 1
dv.add(f"E{first_row}:E{last_row}"); dv.add(f"H{first_row}:H{last_row}")

r += 1
ws[f"C{r}"] = "（集計）1回目「いいえ」の項目数"; ws[f"C{r}"].alignment = Alignment(horizontal="right")
ws[f"D{r}"] = f'=COUNTIF(E{first_row}:E{last_row},"いいえ")'; ws[f"D{r}"].border = B
r += 1
ws[f"C{r}"] = "（集計）2回目「いいえ」の項目数"; ws[f"C{r}"].alignment = Alignment(horizontal="right")
ws[f"D{r}"] = f'=COUNTIF(H{first_row}:H{last_row},"いいえ")'; ws[f"D{r}"].border = B

ws.freeze_panes = "E10"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "8:9"

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [],
 "notes": ("Device-class items (2-(4)…2-(10)) are one merged item cell over sub-rows サーバ / 端末PC / ネットワーク機器; "
           "not-applicable sub-rows are greyed and empty (no entry). 2-(1)…2-(3) carry 対象 「医療情報システム全般」 (used as section); "
           "1-(1) and 3-x use the block heading (体制構築 / インシデント発生に備えた対応) as section. Item numbers 2-(4)…2-(10) are this "
           "workbook's own numbering. All dates are Excel date cells shown as m/d. 2回目 filled only for items that were いいえ at 1回目. "
           "Two COUNTIF summary cells below the table were saved by openpyxl without cached values; they are not fields."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out, "rows", first_row, last_row)
