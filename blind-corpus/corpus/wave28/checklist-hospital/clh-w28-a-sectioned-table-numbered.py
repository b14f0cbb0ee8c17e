#!/usr/bin/python3
"""clh-w28-a: hospital's own one-sheet version of the 令和6年度 医療機関確認用 checklist.

Title block, label-left 医療機関名, a No. column with the official numbers (1-(1), 2-(1)…, 3-(3));
section header rows, device-class sub-header rows (サーバ / 端末PC / ネットワーク機器) whose items carry no
number; answer columns 1回目 結果 | 確認日 | 目標日 | 2回目 結果 | 確認日 | 備考; Excel date cells.
Filled completely and correctly; saved by openpyxl.
"""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w28-a-sectioned-table-numbered"
SHEET = "チェックリスト"
FACILITY = "医療法人 桜ヶ丘会 桜ヶ丘中央病院"
D = dt.datetime

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
STOP = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# layout rows: ("H", header text) section header; ("S", sub header); ("I", no, section, item, fill)
# fill = (first, firstDate, target, second, secondDate, remarks)
F1 = D(2024, 7, 8)
ROWS = [
    ("H", "前提"),
    ("I", None, "前提", "医療情報システムを導入、運用している", ("はい", F1, None, None, None, None)),
    ("H", "1　体制構築"),
    ("I", "1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", ("はい", F1, None, None, None, "情報システム室長を任命（R5.4）")),
    ("H", "2　医療情報システムの管理・運用"),
    ("S", "医療情報システム全般"),
    ("I", "2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("いいえ", F1, D(2024, 10, 31), "はい", D(2024, 10, 25), "ベンダーと機器台帳を整備")),
    ("I", "2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     ("はい", F1, None, None, None, "電子カルテ・PACS・検査システムで利用あり")),
    ("I", "2-(3)", "医療情報システム全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", F1, D(2024, 12, 27), "はい", D(2024, 12, 10), "全委託事業者から受領")),
    ("S", "サーバ"),
    ("I", None, "サーバ", ACCESS, ("はい", F1, None, None, None, None)),
    ("I", None, "サーバ", ACCOUNT, ("いいえ", F1, D(2024, 9, 30), "はい", D(2024, 9, 20), "退職者アカウント12件を削除")),
    ("I", None, "サーバ", LOG, ("はい", F1, None, None, None, None)),
    ("I", None, "サーバ", PATCH, ("はい", F1, None, None, None, None)),
    ("I", None, "サーバ", STOP, ("はい", F1, None, None, None, None)),
    ("S", "端末PC"),
    ("I", None, "端末PC", ACCESS, ("はい", F1, None, None, None, None)),
    ("I", None, "端末PC", ACCOUNT, ("はい", F1, None, None, None, None)),
    ("I", None, "端末PC", PATCH, ("いいえ", F1, D(2025, 1, 31), "いいえ", D(2025, 1, 30), "Windows10端末の入替待ち\n（令和7年3月完了予定）")),
    ("I", None, "端末PC", STOP, ("はい", F1, None, None, None, None)),
    ("S", "ネットワーク機器"),
    ("I", None, "ネットワーク機器", PATCH, ("はい", F1, None, None, None, None)),
    ("I", None, "ネットワーク機器", SRC, ("はい", F1, None, None, None, None)),
    ("H", "3　インシデント発生に備えた対応"),
    ("I", "3-(1)", "インシデント発生に備えた対応",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     ("はい", F1, None, None, None, None)),
    ("I", "3-(2)", "インシデント発生に備えた対応",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", F1, None, None, None, None)),
    ("I", "3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", F1, D(2025, 3, 31), None, None, "サイバー攻撃編BCPを策定中")),
]

thin = Side(style="thin")
BD = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)


def iso(d):
    return d.strftime("%Y-%m-%d") if d else None


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in dict(A=7, B=58, C=8, D=12, E=12, F=8, G=12, H=30).items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["H1"] = "医療機関確認用"
    ws["H1"].border = BD; ws["H1"].alignment = C; ws["H1"].font = Font(bold=True)
    ws["A2"] = "※1回目の確認で「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行ってください。前提が「いいえ」の場合、以降の項目の記入は不要です。"
    ws["A2"].font = Font(size=9)
    ws["A4"] = "医療機関名"
    ws["A4"].border = BD; ws["A4"].fill = PatternFill("solid", fgColor="DDEBF7"); ws["A4"].alignment = C
    ws["B4"] = FACILITY
    ws["B4"].border = BD

    ws["A6"] = "No."; ws.merge_cells("A6:A7")
    ws["B6"] = "確認項目"; ws.merge_cells("B6:B7")
    ws["C6"] = "1回目"; ws.merge_cells("C6:D6")
    ws["E6"] = "目標日"; ws.merge_cells("E6:E7")
    ws["F6"] = "2回目"; ws.merge_cells("F6:G6")
    ws["H6"] = "備考"; ws.merge_cells("H6:H7")
    ws["C7"] = "結果"; ws["D7"] = "確認日"; ws["F7"] = "結果"; ws["G7"] = "確認日"
    for row in ws.iter_rows(min_row=6, max_row=7, min_col=1, max_col=8):
        for c in row:
            c.border = BD; c.alignment = C; c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = 8
    entries = []
    for spec in ROWS:
        kind = spec[0]
        if kind == "H":
            ws.cell(r, 1, spec[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
            for col in range(1, 9):
                ws.cell(r, col).border = BD
        elif kind == "S":
            ws.cell(r, 2, "【" + spec[1] + "】").font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(r, col).border = BD
        else:
            _, no, section, item, (a1, d1, tg, a2, d2, rem) = spec
            if no:
                ws.cell(r, 1, no)
            ws.cell(r, 2, item)
            for col, v in ((3, a1), (4, d1), (5, tg), (6, a2), (7, d2), (8, rem)):
                if v is not None:
                    c = ws.cell(r, col, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "yyyy/mm/dd"
            for col in range(1, 9):
                c = ws.cell(r, col)
                c.border = BD
                c.alignment = L if col in (2, 8) else C
            dv.add(f"C{r}"); dv.add(f"F{r}")
            ws.row_dimensions[r].height = 32
            e = {"section": section, "item": item}
            if no:
                e["itemNo"] = no
            e["firstAnswer"] = a1
            e["firstDate"] = iso(d1)
            if tg: e["targetDate"] = iso(tg)
            if a2: e["secondAnswer"] = a2
            if d2: e["secondDate"] = iso(d2)
            if rem: e["remarks"] = rem
            entries.append(e)
        r += 1

    ws.freeze_panes = "C8"
    ws.print_title_rows = "6:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet. Section header rows (前提 / 1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデント発生に備えた対応) "
                  "and sub-header rows 【医療情報システム全般】【サーバ】【端末PC】【ネットワーク機器】. section = the innermost "
                  "heading without its number/brackets. Device-class items have no number in the workbook, so no itemNo. "
                  "The 前提 row has no number. Device items per class follow the seed 004 list (no password row). "
                  "All dates are Excel date cells (yyyy/mm/dd); the whole first check was done on one day."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
