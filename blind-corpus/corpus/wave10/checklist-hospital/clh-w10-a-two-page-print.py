#!/usr/bin/python3
# Generator for clh-w10-a-two-page-print.xlsx
# Role: the hospital's 医療情報管理室 staff typed the MHLW 令和6年度版 checklist (医療機関確認用) into one sheet laid
# out for two A4 pages: the title / 医療機関名 / two-row column header block is typed again (not print titles) at the
# top of page 2 with 「（2/2）」; column A is a merged group label (前提 / 体制構築 / 医療情報システムの管理・運用 /
# インシデント発生に備えた対応, the third one split over the page break with 「（続き）」); device items take one row
# per device class (column D) with the No. and item text merged over those rows. Answers typed はい / いいえ,
# dates are real Excel date cells shown as m/d. No planted problem.
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/checklist-hospital"
NAME = "clh-w10-a-two-page-print"
SHEET = "チェックリスト"
FACILITY = "医療法人 青葉会 青葉台中央病院"

S, P, N = "サーバ", "端末PC", "ネットワーク機器"
D = dt.date
# page 1 and page 2 blocks: (group label, [(no, item, [(device or None, answers)]) ...])
# answers: (first, firstDate, target, second, secondDate, remarks)
def ok(d, rem=None):
    return ("はい", d, None, None, None, rem)

PAGE1 = [
    ("前提", [(None, "医療情報システムを導入、運用している", [(None, ok(D(2024, 11, 5), "電子カルテ（R3導入）、医事会計、PACS"))])]),
    ("体制構築", [("1-(1)", "医療情報システム安全管理責任者を設置している",
                  [(None, ok(D(2024, 11, 5), "医療情報管理室長を指名（R6.4）"))])]),
    ("医療情報システムの管理・運用", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", [(None, ok(D(2024, 11, 5)))]),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         [(None, ok(D(2024, 11, 5), "電子カルテ・PACSの2社がリモート保守"))]),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         [(None, ("いいえ", D(2024, 11, 5), D(2024, 12, 27), "はい", D(2024, 12, 19), "PACS事業者分が未提出→12月受領"))]),
        ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
         [(S, ok(D(2024, 11, 6))), (P, ok(D(2024, 11, 6)))]),
        ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
         [(S, ok(D(2024, 11, 6), "人事異動時に月次で棚卸し")), (P, ok(D(2024, 11, 6)))]),
        ("2-(6)", "アクセスログを管理している", [(S, ok(D(2024, 11, 6)))]),
    ]),
]
PAGE2 = [
    ("医療情報システムの管理・運用（続き）", [
        ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
         [(S, ok(D(2024, 11, 6))),
          (P, ("いいえ", D(2024, 11, 6), D(2025, 1, 31), "はい", D(2025, 1, 29), "端末ログインPWを8文字以上・90日変更に設定変更")),
          (N, ok(D(2024, 11, 7)))]),
        ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
         [(S, ok(D(2024, 11, 7))), (P, ok(D(2024, 11, 7))), (N, ok(D(2024, 11, 7), "UTMファーム R6.10更新"))]),
        ("2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
         [(S, ok(D(2024, 11, 7))), (P, ok(D(2024, 11, 7)))]),
        ("2-(10)", "接続元制限を実施している",
         [(N, ("いいえ", D(2024, 11, 7), D(2025, 3, 14), "はい", D(2025, 3, 10), "リモート保守VPNの接続元IPを保守会社に限定"))]),
    ]),
    ("インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         [(None, ok(D(2024, 11, 8)))]),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         [(None, ok(D(2024, 11, 8), "オフラインバックアップ週1回"))]),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         [(None, ("いいえ", D(2024, 11, 8), D(2025, 3, 31), "はい", D(2025, 3, 27), "確認表を用いて策定、R7.3 運営会議で承認"))]),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)
COLS = "ABCDEFGHIJ"


def header(ws, r, page):
    ws.merge_cells("A%d:J%d" % (r, r))
    ws["A%d" % r] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　令和6年度版　（%d/2）" % page
    ws["A%d" % r].font = Font(size=13, bold=True)
    ws["A%d" % r].alignment = Alignment(horizontal="center")
    ws.merge_cells("A%d:B%d" % (r + 1, r + 1))
    ws["A%d" % (r + 1)] = "医療機関名"
    ws.merge_cells("C%d:D%d" % (r + 1, r + 1))
    ws["C%d" % (r + 1)] = FACILITY
    for c in "ABCD":
        ws["%s%d" % (c, r + 1)].border = box
    h = r + 3
    for rng, t in [("A%d:A%d", "区分"), ("B%d:B%d", "No."), ("C%d:C%d", "確認項目"), ("D%d:D%d", "対象機器"),
                   ("G%d:G%d", "目標日"), ("J%d:J%d", "備考")]:
        ws.merge_cells(rng % (h, h + 1))
        ws[rng.split(":")[0] % h] = t
    ws.merge_cells("E%d:F%d" % (h, h))
    ws["E%d" % h] = "1回目"
    ws.merge_cells("H%d:I%d" % (h, h))
    ws["H%d" % h] = "2回目"
    ws["E%d" % (h + 1)], ws["F%d" % (h + 1)] = "はい／いいえ", "確認日"
    ws["H%d" % (h + 1)], ws["I%d" % (h + 1)] = "はい／いいえ", "確認日"
    for rr in (h, h + 1):
        for c in COLS:
            cell = ws["%s%d" % (c, rr)]
            cell.border = box
            cell.alignment = center
            cell.font = Font(bold=True, size=9)
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
    return h + 2


def block(ws, r, groups, entries, cellmap):
    for glabel, items in groups:
        gstart = r
        for no, text, rows in items:
            istart = r
            for dev, a in rows:
                first, fd, td, second, sd, rem = a
                ws["D%d" % r] = dev if dev else "－"
                ws["E%d" % r] = first
                ws["F%d" % r] = fd
                ws["F%d" % r].number_format = 'm"/"d'
                if td:
                    ws["G%d" % r] = td
                    ws["G%d" % r].number_format = 'm"/"d'
                if second:
                    ws["H%d" % r] = second
                    ws["I%d" % r] = sd
                    ws["I%d" % r].number_format = 'm"/"d'
                if rem:
                    ws["J%d" % r] = rem
                for c in COLS:
                    ws["%s%d" % (c, r)].border = box
                    ws["%s%d" % (c, r)].alignment = left if c in "CJ" else center
                ws["J%d" % r].font = Font(size=8)
                ws.row_dimensions[r].height = 30
                section = dev if dev else glabel.replace("（続き）", "")
                e = {"section": section, "item": text}
                if no:
                    e["itemNo"] = no
                e["firstAnswer"] = first
                e["firstDate"] = fd.isoformat()
                if td:
                    e["targetDate"] = td.isoformat()
                if second:
                    e["secondAnswer"] = second
                    e["secondDate"] = sd.isoformat()
                if rem:
                    e["remarks"] = rem
                entries.append(e)
                cellmap.append(r)
                r += 1
            if no:
                ws["B%d" % istart] = no
            ws["C%d" % istart] = text
            if r - 1 > istart:
                ws.merge_cells("B%d:B%d" % (istart, r - 1))
                ws.merge_cells("C%d:C%d" % (istart, r - 1))
        ws["A%d" % gstart] = glabel
        ws["A%d" % gstart].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
        ws["A%d" % gstart].font = Font(bold=True, size=9)
        if r - 1 > gstart:
            ws.merge_cells("A%d:A%d" % (gstart, r - 1))
    return r


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for c, w in zip(COLS, [12, 7, 46, 13, 9, 8, 8, 9, 8, 30]):
        ws.column_dimensions[c].width = w
    entries, cellmap = [], []
    r = header(ws, 1, 1)
    r = block(ws, r, PAGE1, entries, cellmap)
    ws["A%d" % r] = "※1回目が「いいえ」の項目は目標日を記入し、対応後に2回目を確認する。　→ 次ページへ続く"
    ws["A%d" % r].font = Font(size=8)
    page1_end = r
    ws.row_breaks.append(Break(id=page1_end))
    r = header(ws, page1_end + 2, 2)
    r = block(ws, r, PAGE2, entries, cellmap)
    ws["A%d" % (r + 1)] = "※「前提」が「いいえ」の場合は以降の回答は不要。　記入：医療情報管理室"
    ws["A%d" % (r + 1)].font = Font(size=8)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 2
    ws.print_area = "A1:J%d" % (r + 1)
    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    return entries, cellmap


if __name__ == "__main__":
    entries, cellmap = build()
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet printed as two A4 pages. Rows 1-5 (title '（1/2）', 医療機関名, two-row column header) are "
                  "typed again at the top of page 2 ('（2/2）'); the repeated header and the repeated 医療機関名 are not "
                  "data rows. Column A = merged group label; the group 医療情報システムの管理・運用 continues on page 2 "
                  "as '医療情報システムの管理・運用（続き）'. Device items: one row per device class in column D (section = "
                  "that device class), No. and item text merged over those rows; non-device rows show '－' in D and "
                  "their section is the column-A group label (前提 for the 前提 row, which has no No.). Device "
                  "applicability and 2-(4)…2-(10) numbering are this workbook's own reconstruction. Dates are Excel "
                  "date cells displayed m/d. No planted problem."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
