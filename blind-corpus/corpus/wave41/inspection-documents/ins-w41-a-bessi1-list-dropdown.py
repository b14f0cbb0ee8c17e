# Generator for ins-w41-a-bessi1-list-dropdown.xlsx
# 別紙1 サイバーセキュリティ対策関連書類一覧, drawn by the prefecture office as its own list:
# title block, label-left header (医療機関名 / 提出日 as 和暦 text), one row per document with the notice's
# 注意点 column kept, a dropdown 提出区分 column, ファイル名 and 備考. Filled completely, no planted problem.
import sys, os, json
sys.path.insert(0, "/tmp/clvins_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w41-a-bessi1-list-dropdown"
SHEET = "別紙1"

FACILITY = "特定医療法人 緑樹会 旭川みどり病院"
SUBMITTED_TEXT = "令和6年11月5日"
SUBMITTED_ISO = "2024-11-05"

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年度版のチェックリスト様式を使用。記入に当たってはマニュアルを参照。",
     "提出する", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。すべての医療情報システムの委託事業者に漏れなく記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
     "提出する", "02_チェックリスト_事業者確認用_3社分.pdf",
     "電子カルテ（ウエストメディカル）、医事会計（ビーツーシステム）、PACS（山陽画像システム）の3社分"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。",
     "提出する", "03_チェックリスト_最低限の措置編.xlsx", None),
    (4, "機器管理台帳",
     "サーバーやPC、ルータ等の機器を記載した台帳。書式はマニュアル2-(1)を参照。",
     "提出する", "04_機器管理台帳_2024年10月版.xlsx", None),
    (5, "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "提出する", "05_インシデント連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②を参照。",
     "提出する", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図と同一ファイル（2頁目）"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出。「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
     "未作成", None, "令和7年3月策定予定"),
]
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 5, "B": 30, "C": 44, "D": 13, "E": 34, "F": 34}.items():
        ws.column_dimensions[k].width = v
    ws["F1"] = "別紙1"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:F2")
    ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:F3")
    ws["A3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
    ws["A3"].alignment = Alignment(horizontal="center")

    ws.merge_cells("A5:B5"); ws["A5"] = "医療機関名"
    ws.merge_cells("C5:D5"); ws["C5"] = FACILITY
    ws.merge_cells("A6:B6"); ws["A6"] = "提出日"
    ws.merge_cells("C6:D6"); ws["C6"] = SUBMITTED_TEXT
    for r in (5, 6):
        for col in range(1, 5):
            ws.cell(r, col).border = B
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.cell(r, 1).font = Font(bold=True)

    ws.merge_cells("A8:F8")
    ws["A8"] = ("※「提出区分」欄はプルダウンから選択してください（提出する／未作成／作成済・提出しない）。"
                "6・7は作成していれば提出してください。書類は立入検査の際に保健所へ提出してください。")
    ws["A8"].alignment = WRAP
    ws["A8"].font = Font(size=9)
    ws.row_dimensions[8].height = 30

    heads = ["No.", "書類の名称", "提出にあたっての注意点", "提出区分", "ファイル名", "備考"]
    for i, h in enumerate(heads, 1):
        cell = ws.cell(10, i, h)
        cell.border = B
        cell.alignment = CEN
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")

    dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
    ws.add_data_validation(dv)
    docs = []
    r = 11
    for no, name, note, sub, fn, rem in DOCS:
        vals = [no, name, note, sub, fn, rem]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(r, i, v)
            cell.border = B
            cell.alignment = CEN if i in (1, 4) else WRAP
        ws.cell(r, 3).font = Font(size=9)
        dv.add(ws.cell(r, 4))
        ws.row_dimensions[r].height = 42
        d = {"kind": str(no), "submission": CANON[sub]}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        r += 1

    r += 1
    ws.cell(r, 1, "問い合わせ先：岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）")
    ws.cell(r, 1).font = Font(size=9)

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED_ISO,
            "documents": docs,
        },
        "planted": [],
        "notes": ("提出日 is text in 和暦 (令和6年11月5日). 提出区分 dropdown values: 提出する=SUBMITTED, 未作成=NOT_CREATED, "
                  "作成済・提出しない=NOT_SUBMITTED. Column C (提出にあたっての注意点) is printed form text, not a field. "
                  "Document 2 is one row covering three vendors' checklists (listed in 備考). 7 BCP 未作成 is allowed "
                  "(「作成していれば提出」)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
