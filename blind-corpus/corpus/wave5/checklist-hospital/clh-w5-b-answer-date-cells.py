# -*- coding: utf-8 -*-
"""clh-w5-b-answer-date-cells: checklist-hospital (医療機関確認用) R6, one sheet transcribed from the paper form.
Drawn by a small hospital's 医事課 clerk who typed the printed checklist into Excel: header labels ABOVE their values,
a separate 前提 box above the main table, section/device class as vertically merged cells on the left,
a correctly labelled 記入例 row (to be ignored), and every answer written as on paper — answer and date in ONE cell
(`はい (10/15)`, `いいえ（１０/１５）`, `(12/27)`), year-less dates, a line break and a trailing space in some cells.
Saved by openpyxl. No planted problem.
Run: /usr/bin/python3 clh-w5-b-answer-date-cells.py
"""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w5-b-answer-date-cells"
SHEET = "チェックリスト（医療機関確認用）"

FACILITY = "医療法人 清和会 しらさぎ病院"
CHECKED = dt.date(2024, 10, 16)

def ymd(md):
    """year-less m/d on the R6 form: Apr–Dec = 2024, Jan–Mar = 2025"""
    m, d = md
    return dt.date(2024 if m >= 4 else 2025, m, d).isoformat()

S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# each row: (section, shown group label, itemNo, item, first cell text, (ans, (m,d)), target text, (m,d),
#            second cell text, (ans,(m,d)), remarks)
def R(sec, no, item, c1, a1, c2=None, t=None, c3=None, a2=None, rem=None):
    return dict(sec=sec, no=no, item=item, c1=c1, a1=a1, c2=c2, t=t, c3=c3, a2=a2, rem=rem)

pre = R("前提", None, "医療情報システムを導入、運用している", "はい (10/15)", ("はい", (10, 15)))

groups = [
    ("１．体制構築", [
        R(S1, "1-(1)", "医療情報システム安全管理責任者を設置している", "はい (10/15)", ("はい", (10, 15)),
          rem="事務長を選任（R6.4.1付）"),
    ]),
    ("２．医療情報システムの管理・運用", [
        R(S2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ（１０/１５）", ("いいえ", (10, 15)),
          "(12/27)", (12, 27), "はい (12/20)", ("はい", (12, 20)), "機器管理台帳を新規作成\n（事業者と共同で作成）"),
        R(S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい (10/15)", ("はい", (10, 15)),
          rem="電子カルテ、PACS、検体検査システム"),
        R(S2, "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
          "いいえ (10/15)", ("いいえ", (10, 15)), "(1/31)", (1, 31), "はい (1/22)", ("はい", (1, 22))),
    ]),
    ("サーバ", [
        R("サーバ", None, ACL, "はい (10/16)", ("はい", (10, 16))),
        R("サーバ", None, ACC, "いいえ (10/16)", ("いいえ", (10, 16)), "(11/29)", (11, 29), "はい\n(11/26)", ("はい", (11, 26))),
        R("サーバ", None, LOG, "はい (10/16) ", ("はい", (10, 16))),
        R("サーバ", None, PWD, "いいえ (10/16)", ("いいえ", (10, 16)), "(2/28)", (2, 28), "はい (2/25)", ("はい", (2, 25)),
          "一部システムで桁数設定不可\n→ 事業者の改修で対応"),
        R("サーバ", None, PAT, "はい (10/16)", ("はい", (10, 16))),
        R("サーバ", None, SVC, "はい (10/16)", ("はい", (10, 16))),
    ]),
    ("端末PC", [
        R("端末PC", None, ACL, "はい (10/16)", ("はい", (10, 16))),
        R("端末PC", None, ACC, "はい (10/16)", ("はい", (10, 16))),
        R("端末PC", None, PWD, "いいえ (10/16)", ("いいえ", (10, 16)), "(3/31)", (3, 31), rem="電子カルテ端末のログインPW変更を周知中"),
        R("端末PC", None, PAT, "はい (10/16)", ("はい", (10, 16))),
        R("端末PC", None, SVC, "はい (10/16)", ("はい", (10, 16))),
    ]),
    ("ネットワーク機器", [
        R("ネットワーク機器", None, PAT, "はい (10/16)", ("はい", (10, 16)), rem="UTM・ルータとも最新FW（9月更新）"),
        R("ネットワーク機器", None, SRC, "はい (10/16)", ("はい", (10, 16))),
    ]),
    ("３．インシデント発生に備えた対応", [
        R(S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
          "はい (10/15)", ("はい", (10, 15))),
        R(S3, "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
          "はい (10/15)", ("はい", (10, 15))),
        R(S3, "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ (10/15)", ("いいえ", (10, 15)),
          "(3/31)", (3, 31), rem="厚労省「BCP策定の確認表」を基に策定中"),
    ]),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
lab_fill = PatternFill("solid", fgColor="FFF2CC")
ex_fill = PatternFill("solid", fgColor="EDEDED")
for c, w in zip("ABCDEFGH", (2, 16, 7, 56, 15, 11, 15, 30)):
    ws.column_dimensions[c].width = w

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和６年度版）　医療機関確認用"
ws["B1"].font = Font(size=13, bold=True)

# header: labels above values
for rng, lab in (("B3:D3", "医療機関名"), ("E3:F3", "確認日"), ("G3:H3", "記入者（所属・氏名）")):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]; c.value = lab; c.fill = lab_fill; c.alignment = ctr
for rng in ("B4:D4", "E4:F4", "G4:H4"):
    ws.merge_cells(rng)
ws["B4"] = FACILITY
ws["E4"] = CHECKED; ws["E4"].number_format = '[$-411]ggge"年"m"月"d"日"'; ws["E4"].alignment = ctr
ws["G4"] = "事務部 医事課　白石 真由美"
for r in (3, 4):
    for c in range(2, 9):
        ws.cell(r, c).border = B

notes = ["※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
         "※ 「はい・いいえ」のどちらかを残し、（　/　）に確認した日付を記入してください。立入検査時、本チェックリストを確認します。"]
for i, t in enumerate(notes):
    ws.cell(6 + i, 2, t).font = Font(size=9)

def put_answers(r, d):
    ws.cell(r, 5, d["c1"]).alignment = ctr
    if d["c2"]: ws.cell(r, 6, d["c2"]).alignment = ctr
    if d["c3"]: ws.cell(r, 7, d["c3"]).alignment = ctr
    if d["rem"]: ws.cell(r, 8, d["rem"]).alignment = wrap
    for c in range(2, 9):
        ws.cell(r, c).border = B

def entry(d):
    e = {"section": d["sec"], "item": d["item"]}
    if d["no"]: e["itemNo"] = d["no"]
    e["firstAnswer"] = d["a1"][0]; e["firstDate"] = ymd(d["a1"][1])
    if d["t"]: e["targetDate"] = ymd(d["t"])
    if d["a2"]: e["secondAnswer"] = d["a2"][0]; e["secondDate"] = ymd(d["a2"][1])
    if d["rem"]: e["remarks"] = d["rem"]
    return e

entries = []
# 前提 box (rows 9-10)
for c, h in zip(range(2, 9), ("区分", "", "確認項目", "1回目", "目標日", "2回目", "備考")):
    cell = ws.cell(9, c, h or None); cell.fill = lab_fill; cell.alignment = ctr; cell.border = B
ws.merge_cells("B9:C9"); ws.merge_cells("B10:C10")
ws["B10"] = "前提"; ws["B10"].alignment = ctr
ws["D10"] = pre["item"]; ws["D10"].alignment = wrap
put_answers(10, pre)
ws["B11"] = "※ 前提が「いいえ」の場合、以下の項目の記入は不要です。"; ws["B11"].font = Font(size=9)
entries.append(entry(pre))

# main table header rows 13-14
ws.merge_cells("B13:B14"); ws["B13"] = "区分"
ws.merge_cells("C13:C14"); ws["C13"] = "No."
ws.merge_cells("D13:D14"); ws["D13"] = "チェック項目"
ws.merge_cells("E13:G13"); ws["E13"] = "確認結果（日付）"
ws["E14"] = "1回目"; ws["F14"] = "目標日"; ws["G14"] = "2回目"
ws.merge_cells("H13:H14"); ws["H13"] = "備考"
for r in (13, 14):
    for c in range(2, 9):
        cell = ws.cell(r, c); cell.fill = lab_fill; cell.alignment = ctr; cell.border = B; cell.font = Font(bold=True)

# 記入例 row 15 (correctly labelled, must be ignored)
ex = dict(c1="いいえ (4/1)", c2="(6/30)", c3="はい (6/28)", rem="（例）事業者と日程調整中")
ws["B15"] = "記入例"; ws["C15"] = "-"; ws["D15"] = "（例）〇〇〇〇を実施している"
put_answers(15, ex)
for c in range(2, 9):
    ws.cell(15, c).fill = ex_fill; ws.cell(15, c).font = Font(italic=True, color="808080")
ws["B15"].alignment = ctr

r = 16
rows_of = [10]
for label, items in groups:
    start = r
    for d in items:
        if d["no"]: ws.cell(r, 3, d["no"]).alignment = ctr
        ws.cell(r, 4, d["item"]).alignment = wrap
        put_answers(r, d)
        ws.row_dimensions[r].height = 32
        entries.append(entry(d)); rows_of.append(r)
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(start, 2, label).alignment = ctr

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "checkedOn": CHECKED.isoformat(), "entries": entries},
    "planted": [],
    "notes": ("Complete and correct; no planted problem. Answer and date share one cell as on the paper form: "
              "`はい (10/15)`, `いいえ（１０/１５）` (full-width digits, E17), `はい\\n(11/26)` (line break, G21), "
              "`はい (10/16) ` (trailing space, E22); 目標日 as `(12/27)`. Year-less dates on the R6 form: Apr–Dec = 2024, "
              "Jan–Mar = 2025. Row 15 is a correctly labelled 記入例 row and is not an entry. The 前提 item sits in its own "
              "box above the main table (row 10) and is entries[0]. section for numbered items is the merged 区分 label "
              "without its number (１．体制構築 → 体制構築 etc.); device-class items carry no item number. 確認日 (E4) is an "
              "Excel date cell shown in 和暦 (令和6年10月16日). 記入者 (G4) has no key. Item order of section 2 device "
              "items follows the catalogue list (password item included for サーバ and 端末PC; ネットワーク機器 has only "
              "パッチ and 接続元制限)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(rows_of)
