#!/usr/bin/python3
# Generator for clh-w14-a-device-subrows-wareki.xlsx (checklist-hospital, MHLW 令和6年度版 医療機関確認用)
# Role: hospital 情報システム課 who built the hospital's own checklist from the notice/news item list:
# one sheet, numbered items, device-class items as one merged item cell over three sub-rows
# (サーバ / 端末PC / ネットワーク機器) with the non-applicable sub-rows greyed and struck through;
# はい/いいえ from a drop-down; all dates real Excel dates shown in 和暦 (令和6年7月22日); a COUNTIF
# total without cached value.  No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/checklist-hospital"
NAME = "clh-w14-a-device-subrows-wareki"
SHEET = "医療機関確認用"
FACILITY = "社会医療法人 若葉会 みなと中央病院"
WAREKI = '[$-411]ggge"年"m"月"d"日";@'
D = dt.date
C1 = D(2024, 7, 22)   # 1st check day for most items

# blocks: ("H", heading) / ("I", no, item, section, answers) / ("M", no, item, [(device, answers or None)])
# answers: (a1, d1, target, a2, d2, remarks)
SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
BLOCKS = [
    ("I", "前提", "医療情報システムを導入、運用している", "前提", ("はい", C1, None, None, None, "電子カルテ・オーダリング・PACS・レセコン")),
    ("H", "1　" + SEC1),
    ("I", "1-(1)", "医療情報システム安全管理責任者を設置している", SEC1, ("はい", C1, None, None, None, "情報システム課長（R6.4.1 任命）")),
    ("H", "2　" + SEC2),
    ("I", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC2, ("はい", C1, None, None, None, None)),
    ("I", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", SEC2, ("はい", D(2024, 7, 26), None, None, None, "電子カルテ・PACS・検体検査の3社")),
    ("I", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", SEC2,
     ("いいえ", C1, D(2024, 9, 30), "はい", D(2024, 9, 20), "3社中1社未提出→9月に受領")),
    ("M", "2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     [("サーバ", ("はい", C1, None, None, None, None)), ("端末PC", ("はい", C1, None, None, None, None)), ("ネットワーク機器", None)]),
    ("M", "2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     [("サーバ", ("はい", C1, None, None, None, "毎月 人事異動一覧と突合")), ("端末PC", ("はい", C1, None, None, None, None)), ("ネットワーク機器", None)]),
    ("M", "2-(6)", "アクセスログを管理している",
     [("サーバ", ("はい", C1, None, None, None, None)), ("端末PC", None), ("ネットワーク機器", None)]),
    ("M", "2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     [("サーバ", ("いいえ", C1, D(2024, 12, 27), "はい", D(2024, 12, 20), "管理者PWを12桁に変更、\n変更周期を規程化")),
      ("端末PC", ("はい", C1, None, None, None, None)),
      ("ネットワーク機器", ("はい", D(2024, 7, 26), None, None, None, "保守業者に確認"))]),
    ("M", "2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     [("サーバ", ("はい", C1, None, None, None, None)), ("端末PC", ("はい", C1, None, None, None, "WSUSで配信")),
      ("ネットワーク機器", ("はい", D(2024, 7, 26), None, None, None, None))]),
    ("M", "2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     [("サーバ", ("はい", C1, None, None, None, None)),
      ("端末PC", ("いいえ", C1, D(2024, 11, 29), "はい", D(2024, 11, 22), "不要常駐ソフトを削除（全86台）")),
      ("ネットワーク機器", None)]),
    ("M", "2-(10)", "接続元制限を実施している",
     [("サーバ", None), ("端末PC", None), ("ネットワーク機器", ("はい", D(2024, 7, 26), None, None, None, "VPN装置は保守業者IPのみ許可"))]),
    ("H", "3　" + SEC3),
    ("I", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", SEC3, ("はい", C1, None, None, None, None)),
    ("I", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", SEC3,
     ("はい", C1, None, None, None, "オフラインバックアップ（週1）")),
    ("I", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", SEC3,
     ("いいえ", C1, D(2025, 3, 31), "はい", D(2025, 3, 14), "R7.3 医療安全委員会で承認")),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
strike = Border(left=thin, right=thin, top=thin, bottom=thin, diagonal=thin, diagonalDown=True)
gray = PatternFill("solid", fgColor="BFBFBF"); head = PatternFill("solid", fgColor="FCE4D6"); sec = PatternFill("solid", fgColor="EDEDED")
widths = dict(A=7, B=46, C=14, D=8, E=17, F=17, G=8, H=17, I=30)
for k, v in widths.items():
    ws.column_dimensions[k].width = v
def al(c, h="center"):
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=14)
ws["A3"] = "医療機関名"; ws.merge_cells("B3:C3"); ws["B3"] = FACILITY
ws["E3"] = "記入者"; ws.merge_cells("F3:G3"); ws["F3"] = "情報システム課　山本"
for c in ("A3", "B3", "C3", "E3", "F3", "G3"):
    ws[c].border = box
ws["A3"].fill = head; ws["E3"].fill = head
ws["A5"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。"
ws["A6"] = "※1回目で「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行ってください。（網掛け斜線の欄は対象外）"
for c in ("A5", "A6"):
    ws[c].font = Font(size=9)

# header rows 8-9
for rng, t in [("A8:A9", "番号"), ("B8:B9", "チェック項目"), ("C8:C9", "対象"), ("D8:E8", "1回目"), ("F8:F9", "目標日"),
               ("G8:H8", "2回目"), ("I8:I9", "備考")]:
    ws.merge_cells(rng); ws[rng[:2]].value = t
for col, t in zip("DEGH", ["はい/いいえ", "確認日", "はい/いいえ", "確認日"]):
    ws[f"{col}9"] = t
for rr in (8, 9):
    for col in "ABCDEFGHI":
        c = ws[f"{col}{rr}"]; c.border = box; c.fill = head; c.font = Font(bold=True, size=9); al(c)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 10
def write_answers(r, ans):
    a1, d1, tg, a2, d2, rem = ans
    ws[f"D{r}"] = a1
    ws[f"E{r}"] = d1; ws[f"E{r}"].number_format = WAREKI
    if tg: ws[f"F{r}"] = tg; ws[f"F{r}"].number_format = WAREKI
    if a2: ws[f"G{r}"] = a2
    if d2: ws[f"H{r}"] = d2; ws[f"H{r}"].number_format = WAREKI
    if rem: ws[f"I{r}"] = rem
    dv.add(f"D{r}"); dv.add(f"G{r}")
def entry(section, item, no, ans):
    a1, d1, tg, a2, d2, rem = ans
    e = {"section": section, "item": item, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    return e

for b in BLOCKS:
    if b[0] == "H":
        ws.merge_cells(f"A{r}:I{r}"); ws[f"A{r}"] = b[1]; ws[f"A{r}"].font = Font(bold=True)
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].fill = sec; ws[f"{col}{r}"].border = box
        r += 1; continue
    if b[0] == "I":
        _, no, item, section, ans = b
        ws[f"A{r}"] = no; ws[f"B{r}"] = item
        write_answers(r, ans)
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].border = box; al(ws[f"{col}{r}"], "left" if col in "BI" else "center")
        ws.row_dimensions[r].height = 40 if len(item) > 40 else 28
        entries.append(entry(section, item, no, ans)); r += 1; continue
    _, no, item, subs = b
    top = r
    for dev, ans in subs:
        ws[f"C{r}"] = dev
        if ans:
            write_answers(r, ans)
            entries.append(entry(dev, item, no, ans))
        for col in "ABCDEFGHI":
            c = ws[f"{col}{r}"]; c.border = box; al(c, "left" if col in "BI" else "center")
            if ans is None and col in "DEFGHI":
                c.fill = gray; c.border = strike
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{top}:A{r-1}"); ws[f"A{top}"] = no
    ws.merge_cells(f"B{top}:B{r-1}"); ws[f"B{top}"] = item
    al(ws[f"A{top}"]); al(ws[f"B{top}"], "left")

last = r - 1
ws[f"B{r+1}"] = "1回目「いいえ」件数"; ws[f"D{r+1}"] = f'=COUNTIF(D10:D{last},"いいえ")'
ws[f"B{r+2}"] = "2回目「いいえ」件数"; ws[f"D{r+2}"] = f'=COUNTIF(G10:G{last},"いいえ")'
ws.print_title_rows = "8:9"
ws.print_area = f"A1:I{r+2}"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "C10"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("R6 form, so no 確認日 header field. Items 2-(4)–2-(10) are one merged item cell (columns A:B) over three "
              "sub-rows 対象 = サーバ / 端末PC / ネットワーク機器; each answered sub-row is one entry with section = that device "
              "class and the merged item number/text. Sub-rows not applicable to a device class are grey with a diagonal "
              "line and have no answer (no entry; they are not missing answers). Numbers 2-(4)–2-(10) are this hospital's own "
              "numbering. Other sections are the heading rows without their leading number ('1　体制構築' -> 体制構築). All dates "
              "are Excel date cells displayed as 和暦 (令和6年7月22日). '記入者' in F3 is not a key field. The two COUNTIF totals "
              "under the table are formulas saved by openpyxl without cached values (not fields)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", len(entries), "last row", last)
