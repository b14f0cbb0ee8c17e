#!/usr/bin/python3
"""clh-w15-a: MHLW 令和6年度版 チェックリスト（医療機関確認用） drawn by a prefecture office as one sheet.

Layout: title block, label-left 医療機関名, ※ notes, two-row header (1回目 / 2回目 each split into 回答 and
確認日), a grey 記入例 row (correctly labelled, to be ignored), the 前提 row, numbered section heading rows,
the device-class items as a block with a vertically merged 区分 column (サーバ / 端末PC / ネットワーク機器).
Answers chosen from a はい/いいえ drop-down; dates are Excel date cells (yyyy/m/d). No planted problem.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w15-a-single-sheet-dropdowns"
OUT = os.path.join(HERE, NAME + ".xlsx")

D = dt.datetime
J10 = D(2024, 7, 10)
J11 = D(2024, 7, 11)

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# kinds: H = section heading; P = 前提; I = numbered item; K = device-class item
# (kind, no, class, text, a1, d1, target, a2, d2, remarks)
ROWS = [
    ("P", "前提", "", "医療情報システムを導入、運用している", "はい", J10, None, None, None, None),
    ("H", "1", "", "体制構築"),
    ("I", "1-(1)", "", "医療情報システム安全管理責任者を設置している", "はい", J10, None, None, None,
     "情報システム課長を任命（R5.4）"),
    ("H", "2", "", "医療情報システムの管理・運用"),
    ("I", "2-(1)", "", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", J10, None, None, None, None),
    ("I", "2-(2)", "", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", J10, None, None,
     None, "電子カルテ・PACSで保守VPN利用あり"),
    ("I", "2-(3)", "", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", J10, D(2024, 10, 31), "はい", D(2024, 10, 25), "主要3社分を受領"),
    ("K", "", "サーバ", ACCESS, "はい", J11, None, None, None, None),
    ("K", "", "サーバ", ACCOUNT, "はい", J11, None, None, None, None),
    ("K", "", "サーバ", LOG, "いいえ", J11, D(2024, 12, 27), "はい", D(2024, 12, 20), "ログ保管サーバ導入"),
    ("K", "", "サーバ", PATCH, "はい", J11, None, None, None, None),
    ("K", "", "サーバ", BG, "はい", J11, None, None, None, None),
    ("K", "", "端末PC", ACCESS, "はい", J11, None, None, None, None),
    ("K", "", "端末PC", ACCOUNT, "はい", J11, None, None, None, None),
    ("K", "", "端末PC", PATCH, "はい", J11, None, None, None, "WSUSで月次適用"),
    ("K", "", "端末PC", BG, "いいえ", J11, D(2025, 3, 31), None, None, "部門システム端末は\n業者回答待ち"),
    ("K", "", "ネットワーク機器", PATCH, "はい", J11, None, None, None, None),
    ("K", "", "ネットワーク機器", SRC, "はい", J11, None, None, None, None),
    ("H", "3", "", "インシデント発生に備えた対応"),
    ("I", "3-(1)", "", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", J10, None, None, None, None),
    ("I", "3-(2)", "", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの"
                       "実施と復旧手順を確認している", "はい", J10, None, None, None, None),
    ("I", "3-(3)", "", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", J10, D(2025, 2, 28),
     "はい", D(2025, 2, 14), "BCP（サイバー攻撃編）2/14 院内承認"),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト（医療機関確認用）"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    hdr = PatternFill("solid", fgColor="FCE4D6")
    sec = PatternFill("solid", fgColor="F2F2F2")
    ex = PatternFill("solid", fgColor="BFBFBF")

    widths = {"A": 8, "B": 12, "C": 56, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws["A2"] = "医療機関確認用（令和6年度版）"
    ws["A2"].alignment = Alignment(horizontal="center")

    ws.merge_cells("A4:B4")
    ws["A4"] = "医療機関名"
    ws["A4"].fill = hdr
    ws.merge_cells("C4:E4")
    ws["C4"] = "社会医療法人 青葉会 青葉台総合病院"
    for cc in range(1, 6):
        ws.cell(4, cc).border = box

    ws["A6"] = "※ 前提が「いいえ」の場合は、以下の項目の記入は不要です。"
    ws["A7"] = "※ 1回目の確認で「いいえ」の場合は目標日を記入し、目標日までに対応のうえ2回目の確認を行ってください。"
    for a in ("A6", "A7"):
        ws[a].font = Font(size=9)

    h = 9
    for col, label in ((1, "項番"), (2, "区分"), (3, "チェック項目"), (6, "目標日"), (9, "備考")):
        ws.merge_cells(start_row=h, start_column=col, end_row=h + 1, end_column=col)
        ws.cell(h, col, label)
    ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=5)
    ws.cell(h, 4, "1回目")
    ws.merge_cells(start_row=h, start_column=7, end_row=h, end_column=8)
    ws.cell(h, 7, "2回目")
    for col, label in ((4, "はい/いいえ"), (5, "確認日"), (7, "はい/いいえ"), (8, "確認日")):
        ws.cell(h + 1, col, label)
    for rr in (h, h + 1):
        for cc in range(1, 10):
            c = ws.cell(rr, cc)
            c.border = box
            c.alignment = center
            c.fill = hdr
            c.font = Font(bold=True)

    # 記入例 row — correctly labelled, must be ignored by a reader
    r = h + 2
    ex_vals = ["記入例", "", "（例）〇〇〇〇を行っている", "いいえ", D(2024, 6, 3), D(2024, 9, 30), "はい",
               D(2024, 9, 20), "（例）〇月〇日 業者対応完了"]
    for cc, v in enumerate(ex_vals, 1):
        c = ws.cell(r, cc, v if v != "" else None)
        c.fill = ex
        c.font = Font(italic=True, color="595959")
        c.border = box
        c.alignment = wrap if cc in (3, 9) else center
        if cc in (5, 6, 8):
            c.number_format = "yyyy/m/d"
    r += 1

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    first_dev = None
    for row in ROWS:
        kind = row[0]
        if kind == "H":
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.cell(r, 2, row[3])
            for cc in range(1, 10):
                ws.cell(r, cc).fill = sec
                ws.cell(r, cc).border = box
                ws.cell(r, cc).font = Font(bold=True)
            ws.cell(r, 1).alignment = center
            r += 1
            continue
        _, no, cls, text, a1, d1, tgt, a2, d2, rem = row
        ws.cell(r, 1, no or None)
        ws.cell(r, 2, cls or None)
        ws.cell(r, 3, text)
        ws.cell(r, 4, a1)
        ws.cell(r, 5, d1)
        if tgt:
            ws.cell(r, 6, tgt)
        if a2:
            ws.cell(r, 7, a2)
        if d2:
            ws.cell(r, 8, d2)
        if rem:
            ws.cell(r, 9, rem)
        dv.add("D%d" % r)
        dv.add("G%d" % r)
        for cc in range(1, 10):
            c = ws.cell(r, cc)
            c.border = box
            c.alignment = wrap if cc in (3, 9) else center
            if cc in (5, 6, 8):
                c.number_format = "yyyy/m/d"
        if kind == "P":
            ws.cell(r, 1).font = Font(bold=True)
        if kind == "K" and first_dev is None:
            first_dev = r
        ws.row_dimensions[r].height = 33
        r += 1

    # merge the 区分 column per device class
    rows = [i for i in range(first_dev, r) if ws.cell(i, 2).value]
    start = rows[0]
    for i in rows[1:] + [None]:
        if i is None or ws.cell(i, 2).value != ws.cell(start, 2).value:
            end = (i - 1) if i else rows[-1]
            if end > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
            start = i

    ws.freeze_panes = "D11"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(path)


if __name__ == "__main__":
    build(OUT)
    print(OUT)
