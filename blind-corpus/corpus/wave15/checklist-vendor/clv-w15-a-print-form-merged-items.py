#!/usr/bin/python3
"""clv-w15-a: vendor checklist (事業者確認用, R6) drawn as a print-style single sheet.

Role: the vendor's SE fills the checklist for one hospital on a print form with a title
block, label-left header, two-row table header, device-class sub-rows with the item text
merged vertically. Dates are real Excel date cells. No planted problem.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w15-a-print-form-merged-items"
D = dt.date

VENDOR = "株式会社メディテック岡山"
SYSTEM = "電子カルテシステム（MediStation Ver.8）"
HOSPITAL = "社会医療法人 吉備高原記念病院"

# (itemNo or None, section heading, device class or None, item text, answers)
# answers: (first, firstDate, target, second, secondDate, remarks)
R1 = D(2024, 10, 8)
ROWS = [
    ("1-(1)", "体制構築", None,
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     ("はい", R1, None, None, None, "品質保証部 部長が兼任")),
    ("2-(1)", "医療情報システムの管理・運用", None,
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     ("はい", R1, None, None, None, None)),
    ("2-(2)", "医療情報システムの管理・運用", None,
     "リモートメンテナンス（保守）を利用している機器の有無を確認した。",
     ("はい", R1, None, None, None, "保守用VPNルータ1台")),
    ("2-(3)", "医療情報システムの管理・運用", None,
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     ("いいえ", R1, D(2024, 11, 15), "はい", D(2024, 11, 12), "SDS第2版を11/12提出")),
]
DEV = [
    ("サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     ("はい", R1, None, None, None, None)),
    ("サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     ("はい", R1, None, None, None, "年2回棚卸し")),
    ("サーバ", "アクセスログを管理している。",
     ("はい", R1, None, None, None, None)),
    ("サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     ("はい", R1, None, None, None, "定期保守時に適用")),
    ("サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     ("はい", R1, None, None, None, None)),
    ("端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     ("はい", R1, None, None, None, None)),
    ("端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     ("はい", R1, None, None, None, None)),
    ("端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     ("はい", R1, None, None, None, "WSUSで月次配信")),
    ("端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     ("いいえ", R1, D(2024, 12, 20), "はい", D(2024, 12, 17), "不要サービス停止済")),
    ("ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     ("はい", R1, None, None, None, None)),
    ("ネットワーク機器", "接続元制限を実施している。",
     ("いいえ", R1, D(2025, 1, 31), None, None, "保守VPNの接続元IP制限を設定予定")),
]
ROWS3 = [
    ("3-(1)", "インシデント発生に備えた対応", None,
     "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）への連絡体制図がある。",
     ("はい", R1, None, None, None, None)),
    ("3-(2)", "インシデント発生に備えた対応", None,
     "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
     ("はい", R1, None, None, None, "日次バックアップ、復旧手順書あり")),
]

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CTR = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト（事業者確認用）"
    widths = {"A": 7, "B": 44, "C": 14, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "令和６年度版"
    ws["A2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = ("※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入してください。"
                "目標日までに対応した後、2回目の確認を行ってください。")
    ws.merge_cells("A3:I3")
    ws["A4"] = "※ 医療機関ごと、システムごとに作成し、医療機関へ提出してください。"
    ws.merge_cells("A4:I4")
    for r in (3, 4):
        ws.cell(r, 1).font = Font(size=9)

    hdr = [(6, "事業者名", VENDOR), (7, "対象システム", SYSTEM), (8, "提出先医療機関名", HOSPITAL)]
    for r, lab, val in hdr:
        ws.cell(r, 1, lab)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1).fill = HFILL
        ws.cell(r, 3, val)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        box(ws, f"A{r}:G{r}")

    # two-row header at rows 10-11
    h1, h2 = 10, 11
    ws.cell(h1, 1, "No.")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    ws.cell(h1, 2, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 3, "対象")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=3)
    ws.cell(h1, 4, "1回目")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=5)
    ws.cell(h2, 4, "はい/いいえ")
    ws.cell(h2, 5, "確認日")
    ws.cell(h1, 6, "目標日")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h2, end_column=6)
    ws.cell(h1, 7, "2回目")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=8)
    ws.cell(h2, 7, "はい/いいえ")
    ws.cell(h2, 8, "確認日")
    ws.cell(h1, 9, "備考")
    ws.merge_cells(start_row=h1, start_column=9, end_row=h2, end_column=9)
    for r in (h1, h2):
        for c in range(1, 10):
            ws.cell(r, c).fill = HFILL
            ws.cell(r, c).alignment = CTR
            ws.cell(r, c).font = Font(bold=True, size=10)
    box(ws, f"A{h1}:I{h2}")

    entries = []
    r = h2 + 1

    def put_answers(r, ans):
        first, fd, tgt, sec, sd, rem = ans
        ws.cell(r, 4, first).alignment = CTR
        if fd:
            ws.cell(r, 5, fd).number_format = "yyyy/m/d"
        if tgt:
            ws.cell(r, 6, tgt).number_format = "yyyy/m/d"
        if sec:
            ws.cell(r, 7, sec).alignment = CTR
        if sd:
            ws.cell(r, 8, sd).number_format = "yyyy/m/d"
        if rem:
            ws.cell(r, 9, rem).alignment = WRAP

    def entry(section, item, no, ans):
        first, fd, tgt, sec, sd, rem = ans
        e = {"section": section, "item": item.rstrip("。")}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first
        e["firstDate"] = fd.isoformat()
        if tgt:
            e["targetDate"] = tgt.isoformat()
        if sec:
            e["secondAnswer"] = sec
        if sd:
            e["secondDate"] = sd.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)

    def section_row(r, text):
        ws.cell(r, 1, text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(r, c).fill = SFILL
        box(ws, f"A{r}:I{r}")

    section_row(r, "１．体制構築"); r += 1
    no, sec, _, item, ans = ROWS[0]
    ws.cell(r, 1, no).alignment = CTR
    ws.cell(r, 2, item).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    put_answers(r, ans); entry(sec, item, no, ans)
    ws.row_dimensions[r].height = 30
    box(ws, f"A{r}:I{r}"); r += 1

    section_row(r, "２．医療情報システムの管理・運用"); r += 1
    for no, sec, _, item, ans in ROWS[1:]:
        ws.cell(r, 1, no).alignment = CTR
        ws.cell(r, 2, item).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put_answers(r, ans); entry(sec, item, no, ans)
        ws.row_dimensions[r].height = 30
        box(ws, f"A{r}:I{r}"); r += 1

    # device-class rows: the item text merged vertically when the same item spans classes
    ws.cell(r, 1, "医療情報システム全般（サーバ・端末PC・ネットワーク機器）について").font = Font(bold=True, size=10)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    box(ws, f"A{r}:I{r}"); r += 1
    order = [
        "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
        "退職者や使用していないアカウント等、不要なアカウントを削除している。",
        "アクセスログを管理している。",
        "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
        "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
        "接続元制限を実施している。",
    ]
    classes = ["サーバ", "端末PC", "ネットワーク機器"]
    dev = {(c, i): a for c, i, a in DEV}
    for item in order:
        start = r
        for cls in classes:
            if (cls, item) not in dev:
                continue
            ans = dev[(cls, item)]
            ws.cell(r, 3, cls).alignment = CTR
            put_answers(r, ans)
            box(ws, f"A{r}:I{r}")
            r += 1
        ws.cell(start, 2, item).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    # entries in workbook order
    for item in order:
        for cls in classes:
            if (cls, item) in dev:
                entry(cls, item, None, dev[(cls, item)])

    section_row(r, "３．インシデント発生に備えた対応"); r += 1
    for no, sec, _, item, ans in ROWS3:
        ws.cell(r, 1, no).alignment = CTR
        ws.cell(r, 2, item).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put_answers(r, ans); entry(sec, item, no, ans)
        ws.row_dimensions[r].height = 45
        box(ws, f"A{r}:I{r}"); r += 1

    r += 1
    ws.cell(r, 1, "記入者：品質保証部　岡田 修一　TEL 086-200-3141")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "10:11"

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSPITAL,
            "entries": entries,
        },
        "planted": [],
        "notes": ("Single print-style sheet. Item wording: 1-(1) and 2-(3) follow the seed/catalogue; the other "
                  "vendor-side items are my parallel reconstruction of the hospital items. Device-class rows "
                  "(サーバ/端末PC/ネットワーク機器) carry no item number; the item text is merged vertically over "
                  "its class rows (column B) and the class is in column C. Section rows (１．体制構築 etc.) and "
                  "the 'in general' heading row are not entries. Item texts end with 。 in the sheet; expected gives them without it. Dates are Excel date cells. The 記入者 line "
                  "below the table is not a field."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
