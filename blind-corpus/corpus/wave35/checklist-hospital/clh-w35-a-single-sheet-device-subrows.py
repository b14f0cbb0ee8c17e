#!/usr/bin/python3
"""clh-w35-a: MHLW 令和6年度版 チェックリスト（医療機関確認用）, one sheet, drawn by a prefecture office.

Item-major grid: No. | チェック項目 (merged over its device-class sub-rows) | 対象 | 1回目 回答 | 確認日 |
目標日 | 2回目 回答 | 確認日 | 備考.  Section heading rows 前提 / 1 / 2 / 3.  はい/いいえ typed,
dates as Excel date cells, a summary formula left without a cached value (openpyxl save).
Filled completely and correctly.
Run:  PYTHONPATH=/tmp/clw-py /usr/bin/python3 THIS.py
"""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w35-a-single-sheet-device-subrows"
SHEET = "医療機関確認用"
FACILITY = "医療法人 明和会 ひまわり台病院"

SEC1 = "体制構築"
SEC2 = "医療情報システムの管理・運用"
SEC3 = "インシデント発生に備えた対応"
SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"

# blocks: (heading row text or None, [(itemNo, item, [targets])])
BLOCKS = [
    ("前提", "前提", [(None, "医療情報システムを導入、運用している", [None])]),
    ("1 " + SEC1, SEC1, [("1-(1)", "医療情報システム安全管理責任者を設置している", [None])]),
    ("2 " + SEC2, SEC2, [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", [None]),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", [None]),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", [None]),
        ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", [SV, PC]),
        ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している", [SV, PC]),
        ("2-(6)", "アクセスログを管理している", [SV]),
        ("2-(7)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", [SV, PC, NW]),
        ("2-(8)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", [SV, PC]),
        ("2-(9)", "接続元制限を実施している", [NW]),
    ]),
    ("3 " + SEC3, SEC3, [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", [None]),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", [None]),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", [None]),
    ]),
]
D1 = dt.datetime(2024, 7, 10)
# answers keyed by (itemNo or '前提', target): (1回目, 目標日, 2回目, 2回目日, 備考)
ANS = {
    ("前提", None): ("はい", None, None, None, None),
    ("1-(1)", None): ("はい", None, None, None, "情報システム管理室長"),
    ("2-(1)", None): ("はい", None, None, None, None),
    ("2-(2)", None): ("はい", None, None, None, "電子カルテ・PACS・検体検査の3社が利用"),
    ("2-(3)", None): ("いいえ", dt.datetime(2024, 10, 31), "はい", dt.datetime(2024, 10, 25), "3社分受領済"),
    ("2-(4)", SV): ("はい", None, None, None, None),
    ("2-(4)", PC): ("はい", None, None, None, None),
    ("2-(5)", SV): ("いいえ", dt.datetime(2024, 9, 30), "はい", dt.datetime(2024, 9, 20), "退職者アカウント棚卸し実施"),
    ("2-(5)", PC): ("いいえ", dt.datetime(2024, 9, 30), "はい", dt.datetime(2024, 9, 20), None),
    ("2-(6)", SV): ("はい", None, None, None, None),
    ("2-(7)", SV): ("はい", None, None, None, None),
    ("2-(7)", PC): ("はい", None, None, None, None),
    ("2-(7)", NW): ("いいえ", dt.datetime(2024, 12, 27), "はい", dt.datetime(2024, 12, 12), "UTMファームウェア更新（保守業者）"),
    ("2-(8)", SV): ("はい", None, None, None, None),
    ("2-(8)", PC): ("はい", None, None, None, None),
    ("2-(9)", NW): ("はい", None, None, None, None),
    ("3-(1)", None): ("はい", None, None, None, None),
    ("3-(2)", None): ("はい", None, None, None, None),
    ("3-(3)", None): ("いいえ", dt.datetime(2025, 3, 31), None, None, "BCP策定の確認表を用いて作成中"),
}

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")


def iso(d):
    return d.strftime("%Y-%m-%d") if d else None


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in dict(A=7, B=52, C=14, D=8, E=11, F=11, G=8, H=11, I=30).items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:I1")
    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "医療機関名"
    ws.merge_cells("B3:C3")
    ws["B3"] = FACILITY
    for c in ("A3", "B3", "C3"):
        ws[c].border = box
    ws["A3"].fill = PatternFill("solid", fgColor="D9D9D9")
    ws["E3"] = "いいえ（1回目）"
    ws.merge_cells("E3:F3")
    ws["G3"] = '=COUNTIF(D7:D40,"いいえ")'
    ws["G3"].border = box
    ws.merge_cells("A4:I4")
    ws["A4"] = ("※前提が「いいえ」の場合、以降の項目の記入は不要です。※1回目で「いいえ」の項目は目標日を記入し、"
                "対応後に2回目の確認を行ってください。")
    ws["A4"].font = Font(size=9)

    h1, h2 = 5, 6
    for c, t in enumerate(["No.", "チェック項目", "対象", "1回目", None, "目標日", "2回目", None, "備考"], 1):
        if t:
            ws.cell(h1, c, t)
    for c in (1, 2, 3, 6, 9):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.merge_cells("D5:E5")
    ws.merge_cells("G5:H5")
    for c, t in ((4, "はい/いいえ"), (5, "確認日"), (7, "はい/いいえ"), (8, "確認日")):
        ws.cell(h2, c, t)
    for rr in (h1, h2):
        for cc in range(1, 10):
            cell = ws.cell(rr, cc)
            cell.border = box
            cell.alignment = center
            cell.font = Font(bold=True, size=9 if rr == h2 else 10)
            cell.fill = PatternFill("solid", fgColor="BDD7EE")

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    entries = []
    r = 7
    for heading, secname, items in BLOCKS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, heading).font = Font(bold=True)
        for cc in range(1, 10):
            ws.cell(r, cc).fill = PatternFill("solid", fgColor="F2F2F2")
            ws.cell(r, cc).border = box
        r += 1
        for no, item, targets in items:
            top = r
            for tg in targets:
                key = (no or "前提", tg)
                a1, tdate, a2, d2, rem = ANS[key]
                ws.cell(r, 3, tg if tg else "－")
                ws.cell(r, 4, a1)
                ws.cell(r, 5, D1)
                if tdate:
                    ws.cell(r, 6, tdate)
                if a2:
                    ws.cell(r, 7, a2)
                if d2:
                    ws.cell(r, 8, d2)
                if rem:
                    ws.cell(r, 9, rem)
                for cc in range(1, 10):
                    cell = ws.cell(r, cc)
                    cell.border = box
                    cell.alignment = wrap if cc in (2, 9) else center
                    if cc in (5, 6, 8):
                        cell.number_format = "yyyy/mm/dd"
                dv.add(ws.cell(r, 4))
                dv.add(ws.cell(r, 7))
                ws.row_dimensions[r].height = 30
                e = dict(section=tg if tg else secname, item=item)
                if no:
                    e["itemNo"] = no
                e.update(firstAnswer=a1, firstDate=iso(D1))
                if tdate:
                    e["targetDate"] = iso(tdate)
                if a2:
                    e["secondAnswer"] = a2
                if d2:
                    e["secondDate"] = iso(d2)
                if rem:
                    e["remarks"] = rem
                entries.append(e)
                r += 1
            if no:
                ws.cell(top, 1, no)
            ws.cell(top, 2, item)
            if len(targets) > 1:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "D7"
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One row per item and device class (対象 column); item text and No. merged over the device-class "
                  "sub-rows, so the text sits only in the first sub-row. section = the device class for section-2 "
                  "device items, otherwise the heading text (前提 / 体制構築 / 医療情報システムの管理・運用 / "
                  "インシデント発生に備えた対応); 対象 '－' means no device class. itemNo 2-(4)..2-(9) are this "
                  "workbook's own numbering. Device-class item sets follow the 2024 news article (seed 004), so "
                  "no password item. G3 is =COUNTIF(...) saved by openpyxl with no cached value; not a field. "
                  "No overall 確認日 header (R6)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
