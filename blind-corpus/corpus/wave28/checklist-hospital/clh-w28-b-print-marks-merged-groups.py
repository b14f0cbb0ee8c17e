#!/usr/bin/python3
"""clh-w28-b: print-style 医療機関確認用 checklist drawn by a hospital's 事務部.

Two sheets: 記入要領 (instructions) and the checklist.  区分 as vertically merged cells, abbreviated item
wording (no numbers), ○ marks under はい / いいえ columns, blank spacer columns, dates typed as 和暦 text
(R6.6.24).  Saved by openpyxl, then re-saved by LibreOffice.  Two planted problems.
"""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w28-b-print-marks-merged-groups"
SHEET = "チェックリスト（医療機関）"
FACILITY = "医療法人社団 青葉会 みなと台病院"

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
STOP = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# groups: (区分 label in sheet, section value, [(short text, catalogue item, fill)])
# fill = (first, firstDate text, target text, second, secondDate text, remarks)
# canonical dates alongside: (firstDate, targetDate, secondDate)
R = "R6.6.24"
GROUPS = [
    ("前提", "前提", [
        ("医療情報システムを導入・運用している", "医療情報システムを導入、運用している",
         ("はい", "令和6年6月24日", None, None, None, None), ("2024-06-24", None, None)),
    ]),
    ("1\n体制構築", "体制構築", [
        ("医療情報システム安全管理責任者の設置", "医療情報システム安全管理責任者を設置している",
         ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
    ]),
    ("2\nシステム全般", "システム全般", [
        ("サーバ・端末PC・NW機器の台帳管理", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("リモートメンテナンス（保守）利用機器の有無を事業者に確認",
         "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         ("はい", R, None, None, None, "保守VPN 3系統\n（電カル・PACS・医事）"), ("2024-06-24", None, None)),
        ("事業者からMDS/SDSの提出を受けた",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         ("いいえ", R, "R6.9.30", "はい", "R6.9.27", "2社分未受領→督促"), ("2024-06-24", "2024-09-30", "2024-09-27")),
    ]),
    ("サーバ", "サーバ", [
        ("職種・業務別のアクセス権限設定", ACCESS, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("不要アカウント（退職者等）の削除", ACCOUNT, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("アクセスログの管理", LOG, ("いいえ", R, "R6.12.27", "はい", "R6.12.20", "ログ保管サーバ導入"),
         ("2024-06-24", "2024-12-27", "2024-12-20")),
        ("セキュリティパッチの適用", PATCH, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("不要なソフト・サービスの停止", STOP, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
    ]),
    ("端末PC", "端末PC", [
        ("職種・業務別のアクセス権限設定", ACCESS, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        # planted: いいえ without 目標日
        ("不要アカウント（退職者等）の削除", ACCOUNT, ("いいえ", R, None, None, None, "病棟の共用IDの整理が必要"),
         ("2024-06-24", None, None)),
        ("セキュリティパッチの適用", PATCH, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("不要なソフト・サービスの停止", STOP, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
    ]),
    ("ネットワーク機器", "ネットワーク機器", [
        ("セキュリティパッチ（ファームウェア）の適用", PATCH, ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        # planted: 2回目 date before 1回目
        ("接続元制限", SRC, ("いいえ", R, "R6.10.31", "はい", "R6.6.18", "保守回線をIP制限"),
         ("2024-06-24", "2024-10-31", "2024-06-18")),
    ]),
    ("3\nインシデント対応", "インシデント対応", [
        ("連絡体制図（院内・事業者・厚労省・警察等）",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("診療継続に必要な情報の検討、バックアップ実施・復旧手順の確認",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         ("はい", R, None, None, None, None), ("2024-06-24", None, None)),
        ("サイバー攻撃を想定したBCPの策定", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         ("いいえ", R, "R7.3.31", None, None, "策定中（R7.2 委員会承認予定）"), ("2024-06-24", "2025-03-31", None)),
    ]),
]

thin = Side(style="thin")
BD = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
HDR = PatternFill("solid", fgColor="F2F2F2")

# columns
COL = dict(sec=1, item=2, sp1=3, y1=4, n1=5, d1=6, tg=7, y2=8, n2=9, d2=10, sp2=11, rem=12)


def build():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    lines = [
        "【記入要領】",
        "1. 各項目について確認し、1回目の「はい」「いいえ」いずれかの欄に○を付け、確認日を記入してください（例：R6.6.24）。",
        "2. 1回目で「いいえ」の項目は、実施可能な直近の目標日を記入してください。",
        "3. 目標日までに対応し、対応後に再度確認して、2回目の欄に○と確認日を記入してください。",
        "4. 前提の項目が「いいえ」の場合、以降の項目の記入は不要です。",
        "5. 本チェックリストは立入検査時に確認します。",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True)
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet(SHEET)
    wb.active = 1
    for k, v in dict(A=12, B=40, C=1.5, D=5, E=5, F=10, G=10, H=5, I=5, J=10, K=1.5, L=26).items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）【医療機関確認用】"
    ws["A1"].font = Font(size=13, bold=True)
    ws.merge_cells("A1:L1")
    ws["A3"] = "医療機関名：" + FACILITY
    ws.merge_cells("A3:G3")
    ws["A3"].font = Font(size=11, bold=True)
    ws["A3"].border = Border(bottom=thin)

    # header rows 5-6
    ws["A5"] = "区分"; ws.merge_cells("A5:A6")
    ws["B5"] = "確認項目"; ws.merge_cells("B5:B6")
    ws["D5"] = "1回目"; ws.merge_cells("D5:F5")
    ws["G5"] = "目標日"; ws.merge_cells("G5:G6")
    ws["H5"] = "2回目"; ws.merge_cells("H5:J5")
    ws["L5"] = "備考"; ws.merge_cells("L5:L6")
    ws["D6"] = "はい"; ws["E6"] = "いいえ"; ws["F6"] = "確認日"
    ws["H6"] = "はい"; ws["I6"] = "いいえ"; ws["J6"] = "確認日"
    for row in ws.iter_rows(min_row=5, max_row=6, min_col=1, max_col=12):
        for c in row:
            if c.column in (COL["sp1"], COL["sp2"]):
                continue
            c.border = BD; c.alignment = C; c.font = Font(bold=True); c.fill = HDR

    r = 7
    entries = []
    cellmap = {}
    mark_count = 0
    for label, section, items in GROUPS:
        top = r
        for short, full, (a1, d1, tg, a2, d2, rem), (cd1, ctg, cd2) in items:
            ws.cell(r, COL["item"], short).alignment = L
            mark_count += 1
            mark = "〇" if mark_count == 3 else "○"
            ws.cell(r, COL["y1"] if a1 == "はい" else COL["n1"], mark)
            ws.cell(r, COL["d1"], d1)
            if tg:
                ws.cell(r, COL["tg"], tg)
            if a2:
                ws.cell(r, COL["y2"] if a2 == "はい" else COL["n2"], "○")
            if d2:
                ws.cell(r, COL["d2"], d2)
            if rem:
                ws.cell(r, COL["rem"], rem)
            for col in range(1, 13):
                if col in (COL["sp1"], COL["sp2"]):
                    continue
                c = ws.cell(r, col)
                c.border = BD
                if col not in (COL["item"], COL["rem"], COL["sec"]):
                    c.alignment = C
                elif col == COL["rem"]:
                    c.alignment = L
            ws.row_dimensions[r].height = 30
            e = {"section": section, "item": full, "firstAnswer": a1, "firstDate": cd1}
            if ctg: e["targetDate"] = ctg
            if a2: e["secondAnswer"] = a2
            if cd2: e["secondDate"] = cd2
            if rem: e["remarks"] = rem
            cellmap[(section, short)] = (len(entries), r)
            entries.append(e)
            r += 1
        ws.cell(top, COL["sec"], label)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(top, COL["sec"]).alignment = C
        ws.cell(top, COL["sec"]).fill = HDR

    ws.cell(r + 1, 1, "※「いいえ」の項目は事業者と協力して目標日までに対応すること。").font = Font(size=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:L{r + 1}"

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    out = os.path.join(tmp, "lo"); os.makedirs(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    i1, r1 = cellmap[("端末PC", "不要アカウント（退職者等）の削除")]
    i2, r2 = cellmap[("ネットワーク機器", "接続元制限")]
    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!G{r1}"], "paths": [f"entries[{i1}].targetDate"],
             "why": "1回目「いいえ」（端末PC・不要アカウント削除）なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
            {"cells": [f"{SHEET}!J{r2}", f"{SHEET}!F{r2}"], "paths": [f"entries[{i2}].secondDate"],
             "why": "2回目確認日 R6.6.18 (2024-06-18) が1回目確認日 R6.6.24 (2024-06-24) より前"},
        ],
        "notes": ("Sheet 記入要領 is instructions only. 区分 is a vertically merged column (labels '1\\n体制構築', "
                  "'2\\nシステム全般', 'サーバ', '端末PC', 'ネットワーク機器', '3\\nインシデント対応'); section = that label "
                  "without its number. Item wording is abbreviated in the sheet; item = the catalogue wording. No item "
                  "numbers shown, so no itemNo. Answers are ○ marks under はい / いいえ (one mark is 〇 U+3007). All dates "
                  "are text: 令和6年6月24日 / R6.m.d. Columns C and K are blank spacer columns. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
