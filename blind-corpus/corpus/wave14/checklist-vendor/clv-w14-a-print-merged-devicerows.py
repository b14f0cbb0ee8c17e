#!/usr/bin/python3
# Generator for clv-w14-a-print-merged-devicerows.xlsx
# Role: secretariat-style print layout of the vendor checklist (事業者確認用, 令和6年度版),
# filled by the vendor's SE. Answer and date in one cell ("はい（10/8）", year-less),
# device-class sub-rows under merged item numbers, header values in the label cell.
# No planted problem.
import json
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave14/checklist-vendor"
NAME = "clv-w14-a-print-merged-devicerows"

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
F = "ＭＳ Ｐゴシック"

VENDOR = "株式会社せとうちメディカルシステム"
SYSTEM = "電子カルテシステム（ハルカルテ V5）"
HOSP = "医療法人社団 旭川会 吉備中央病院"

# (kind, ...) rows.  kind "sec": section heading; kind "item": item with device sub-rows
# item: (itemNo, text, [(device_label_in_cell, section_canonical, first, target, second, remarks)])
I_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"
I_DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している。"
I_LOG = "アクセスログを管理している。"
I_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"
I_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"
I_SRC = "接続元制限を実施している。"

ROWS = [
    ("sec", "１　体制構築", "体制構築"),
    ("item", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     [("－", None, "はい（10/8）", "", "", "管理責任者：品質保証部長")]),
    ("sec", "２　医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("item", "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     [("－", None, "はい（10/8）", "", "", "")]),
    ("item", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     [("－", None, "はい（10/8）", "", "", "保守用VPNルータ1台（サーバ室）")]),
    ("item", "2-(3)", "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出した。",
     [("－", None, "いいえ（10/8）", "（11/29）", "はい（11/25）", "MDS/SDS（第2版）を11/25提出")]),
    ("item", "2-(4)", I_ACC,
     [("サーバ", "サーバ", "はい（10/8）", "", "", ""),
      ("端末PC", "端末PC", "はい（10/8）", "", "", "")]),
    ("item", "2-(5)", I_DEL,
     [("サーバ", "サーバ", "はい（10/8）", "", "", ""),
      ("端末PC", "端末PC", "はい(10/8)", "", "", "退職者アカウントは月次で棚卸")]),
    ("item", "2-(6)", I_LOG,
     [("サーバ", "サーバ", "はい（10/8）", "", "", "")]),
    ("item", "2-(7)", I_PAT,
     [("サーバ", "サーバ", "はい（10/8）", "", "", ""),
      ("端末PC", "端末PC", "いいえ（10/8）", "（12/20）", "はい（12/18）", "Windows更新プログラムを計画どおり適用"),
      ("ネットワーク機器", "ネットワーク機器", "はい（10/9）", "", "", "")]),
    ("item", "2-(8)", I_SVC,
     [("サーバ", "サーバ", "はい（10/8）", "", "", ""),
      ("端末PC", "端末PC", "はい（10/8）", "", "", "")]),
    ("item", "2-(9)", I_SRC,
     [("ネットワーク機器", "ネットワーク機器", "いいえ（10/9）", "（1/31）", "はい（1/28）",
       "保守回線のアクセス元を当社センターのIPに限定")]),
    ("sec", "３　インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
     [("－", None, "はい（10/8）", "", "", "")]),
    ("item", "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。",
     [("－", None, "はい（10/8）", "", "", "")]),
]


def md(s):
    """year-less m/d on an R6 form -> ISO date (Apr-Dec 2024, Jan-Mar 2025)."""
    import re
    m = re.search(r"(\d{1,2})/(\d{1,2})", s)
    if not m:
        return None
    mo, d = int(m.group(1)), int(m.group(2))
    y = 2025 if mo <= 3 else 2024
    return "%04d-%02d-%02d" % (y, mo, d)


def ans(s):
    if s.startswith("はい"):
        return "はい"
    if s.startswith("いいえ"):
        return "いいえ"
    return None


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業者確認用"
    widths = {"A": 2, "B": 7, "C": 46, "D": 10, "E": 14, "F": 11, "G": 14, "H": 26, "I": 2}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:H1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = Font(name=F, size=14, bold=True)
    ws["B1"].alignment = CENTER
    ws.merge_cells("B2:H2")
    ws["B2"] = "【事業者確認用】　令和６年度版"
    ws["B2"].font = Font(name=F, size=11, bold=True)
    ws["B2"].alignment = CENTER

    ws.merge_cells("B4:D4")
    ws["B4"] = "事業者名：" + VENDOR
    ws.merge_cells("E4:H4")
    ws["E4"] = "対象システム：" + SYSTEM
    ws.merge_cells("B5:H5")
    ws["B5"] = "提出先医療機関名：" + HOSP
    for c in ("B4", "E4", "B5"):
        ws[c].font = Font(name=F, size=11)
        ws[c].alignment = Alignment(vertical="center")
    for r in (4, 5):
        for col in "BCDEFGH":
            ws[f"{col}{r}"].border = Border(bottom=thin)

    ws.merge_cells("B6:H6")
    ws["B6"] = ("※ 確認結果は「はい」「いいえ」のいずれかを残し、括弧内に確認日（月/日）を記入してください。"
                "1回目の確認で「いいえ」の場合は、対応目標日を記入してください。")
    ws["B6"].font = Font(name=F, size=9)
    ws["B6"].alignment = WRAP
    ws.row_dimensions[6].height = 28

    # two-row header
    hdr_top = 8
    ws.merge_cells(start_row=hdr_top, start_column=2, end_row=hdr_top + 1, end_column=2)
    ws.merge_cells(start_row=hdr_top, start_column=3, end_row=hdr_top + 1, end_column=3)
    ws.merge_cells(start_row=hdr_top, start_column=4, end_row=hdr_top + 1, end_column=4)
    ws.merge_cells(start_row=hdr_top, start_column=5, end_row=hdr_top, end_column=7)
    ws.merge_cells(start_row=hdr_top, start_column=8, end_row=hdr_top + 1, end_column=8)
    ws.cell(hdr_top, 2, "番号")
    ws.cell(hdr_top, 3, "チェック項目")
    ws.cell(hdr_top, 4, "対象機器")
    ws.cell(hdr_top, 5, "確認結果（日付）")
    ws.cell(hdr_top, 8, "備考")
    ws.cell(hdr_top + 1, 5, "1回目")
    ws.cell(hdr_top + 1, 6, "目標日")
    ws.cell(hdr_top + 1, 7, "2回目")
    for r in (hdr_top, hdr_top + 1):
        for c in range(2, 9):
            cell = ws.cell(r, c)
            cell.fill = HEAD_FILL
            cell.border = BOX
            cell.alignment = CENTER
            cell.font = Font(name=F, size=10, bold=True)

    entries = []
    planted_cells = {}
    r = hdr_top + 2
    current_sec = None
    for row in ROWS:
        if row[0] == "sec":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 2, row[1]).font = Font(name=F, size=10, bold=True)
            for c in range(2, 9):
                ws.cell(r, c).fill = SEC_FILL
                ws.cell(r, c).border = BOX
            current_sec = row[2]
            r += 1
            continue
        _, no, text, subs = row
        n = len(subs)
        if n > 1:
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r + n - 1, end_column=3)
        ws.cell(r, 2, no).alignment = CENTER
        ws.cell(r, 3, text).alignment = WRAP
        for i, (dev, devsec, first, target, second, rem) in enumerate(subs):
            rr = r + i
            ws.cell(rr, 4, dev).alignment = CENTER
            ws.cell(rr, 5, first).alignment = CENTER
            ws.cell(rr, 6, target or None).alignment = CENTER
            ws.cell(rr, 7, second or None).alignment = CENTER
            ws.cell(rr, 8, rem or None).alignment = WRAP
            for c in range(2, 9):
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).font = Font(name=F, size=10)
            ws.row_dimensions[rr].height = 30 if n > 1 else 42
            e = {"section": devsec or current_sec, "item": text, "itemNo": no}
            e["firstAnswer"] = ans(first)
            e["firstDate"] = md(first)
            if target:
                e["targetDate"] = md(target)
            if second:
                e["secondAnswer"] = ans(second)
                e["secondDate"] = md(second)
            if rem:
                e["remarks"] = rem
            entries.append(e)
        r += n

    r += 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    ws.cell(r, 2, "記入者：株式会社せとうちメディカルシステム　岡山サポートセンター　SE 三宅").font = Font(name=F, size=9)
    ws.cell(r, 2).alignment = Alignment(horizontal="right")

    # choices hidden sheet + validation (the secretariat's template habit)
    lst = wb.create_sheet("リスト")
    for i, v in enumerate(["はい", "いいえ", "－"], start=1):
        lst.cell(i, 1, v)
    lst.sheet_state = "hidden"
    # (the template once had a drop-down on the answer cells; the filler types "はい（m/d）" instead,
    #  so the list is left unused on the hidden sheet)

    # instructions sheet
    ins = wb.create_sheet("記入要領")
    ins.column_dimensions["A"].width = 100
    notes = [
        "【記入要領】",
        "1. このチェックリストは、医療機関と契約している事業者（システムごと）が記入し、医療機関へ提出してください。",
        "2. 確認結果欄は「はい・いいえ」のいずれか不要な方を消し、括弧内に確認日を記入してください。",
        "3. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日までに対応した場合は、2回目欄に確認結果と確認日を記入してください。",
        "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    ]
    for i, t in enumerate(notes, start=1):
        ins.cell(i, 1, t).alignment = WRAP

    ws.print_area = f"A1:I{r}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{hdr_top}:{hdr_top+1}"
    wb.active = 0
    path = os.path.join(OUT, NAME + ".xlsx")
    wb.save(path)

    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSP,
            "entries": entries,
        },
        "planted": [],
        "notes": ("Header values share the cell with their label (事業者名：…). Each answer cell holds answer and "
                  "year-less date together, e.g. 'はい（10/8）' -> はい / 2024-10-08; '（1/31）' -> 2025-01-31. "
                  "Item numbers 2-(4)…2-(9) are merged over device-class sub-rows (column D 対象機器); each sub-row "
                  "is one entry whose section is the device class. Items with 対象機器 '－' take the section "
                  "heading row above (numbering prefix removed). Vendor item wording is my reconstruction of the "
                  "vendor-side items (no primary text in the seeds). Hidden sheet 'リスト' holds choices only; "
                  "sheet '記入要領' is instructions; the 記入者 line below the table is not a field."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
