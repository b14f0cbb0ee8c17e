# Generator for clv-w41-a-mhlw-print-two-row-header.xlsx
# Vendor-side checklist (事業者確認用, R6), drawn as a print-style A4 sheet with a
# two-row merged header, numbered items and device-class sub-headings. Filled completely, no planted problem.
import sys, os, json, datetime
sys.path.insert(0, "/tmp/clvins_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w41-a-mhlw-print-two-row-header"
D = datetime.date

VENDOR = "株式会社ウエストメディカルソリューションズ"
SYSTEM = "電子カルテシステム（MediKarte NX Ver.5.2）"
HOSPITAL = "医療法人 清和会 西大寺みなと病院"

# (section heading shown, section key, itemNo shown or None, item text)
ITEMS = [
    ("体制構築", "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している"),
    ("医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"),
    ("医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した"),
    ("医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している"),
    ("サーバ", None, "アクセスログを管理している"),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している"),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("ネットワーク機器", None, "接続元制限を実施している"),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある"),
    ("インシデント発生に備えた対応", "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している"),
]

F1 = D(2024, 10, 8)
# answers: index -> (first, firstDate, target, second, secondDate, remarks)
ANS = {i: ("はい", F1, None, None, None, None) for i in range(len(ITEMS))}
ANS[0] = ("はい", F1, None, None, None, "管理責任者：医療システム事業部 品質保証課長")
ANS[2] = ("はい", F1, None, None, None, "VPN経由のリモート保守あり（DBサーバ、APサーバの2台）")
ANS[3] = ("いいえ", F1, D(2024, 12, 20), "はい", D(2024, 12, 16), "MDS/SDS 第2版を12/16に提出")
ANS[14] = ("はい", F1, None, None, None, "VPN装置で保守拠点のIPアドレスのみ許可")
ANS[15] = ("いいえ", F1, D(2025, 1, 31), "はい", D(2025, 1, 27), "院内連絡体制図と突合のうえ作成")

thin = Side(style="thin")
med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト（事業者確認用）"
    ws.sheet_view.showGridLines = False
    widths = {"A": 1.5, "B": 7, "C": 52, "D": 9, "E": 11.5, "F": 11.5, "G": 9, "H": 11.5, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:I1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:I2")
    ws["B2"] = "事業者確認用"
    ws["B2"].font = Font(size=12, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")

    hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
    r = 4
    for lab, val in hdr:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, lab).font = Font(bold=True)
        ws.cell(r, 2).fill = HFILL
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
        ws.cell(r, 4, val)
        for c in range(2, 10):
            ws.cell(r, c).border = B
        r += 1
    # the label sits in B (merged B:C); keep the label text in the first cell only
    ws["B8"] = "※ 確認結果は「はい」「いいえ」を選択し、確認日を記入してください。「いいえ」の場合は対応目標日を記入し、対応後に2回目の確認を行ってください。"
    ws.merge_cells("B8:I8")
    ws["B8"].alignment = WRAP
    ws["B8"].font = Font(size=9)
    ws.row_dimensions[8].height = 28

    # two-row header at rows 10-11
    h1, h2 = 10, 11
    ws.merge_cells("B10:B11"); ws["B10"] = "項番"
    ws.merge_cells("C10:C11"); ws["C10"] = "チェック項目"
    ws.merge_cells("D10:E10"); ws["D10"] = "1回目"
    ws["D11"] = "はい/いいえ"; ws["E11"] = "確認日"
    ws.merge_cells("F10:F11"); ws["F10"] = "目標日"
    ws.merge_cells("G10:H10"); ws["G10"] = "2回目"
    ws["G11"] = "はい/いいえ"; ws["H11"] = "確認日"
    ws.merge_cells("I10:I11"); ws["I10"] = "備考"
    for rr in (h1, h2):
        for c in range(2, 10):
            cell = ws.cell(rr, c)
            cell.border = B
            cell.fill = HFILL
            cell.alignment = CEN
            cell.font = Font(bold=True, size=10)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    heads = {
        "体制構築": "1　体制構築",
        "医療情報システムの管理・運用": "2　医療情報システムの管理・運用",
        "サーバ": "　【サーバ】",
        "端末PC": "　【端末PC】",
        "ネットワーク機器": "　【ネットワーク機器】",
        "インシデント発生に備えた対応": "3　インシデント発生に備えた対応",
    }
    r = 12
    cur = None
    entries = []
    for i, (sec, no, text) in enumerate(ITEMS):
        if sec != cur:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.cell(r, 2, heads[sec]).font = Font(bold=True)
            for c in range(2, 10):
                ws.cell(r, c).border = B
                ws.cell(r, c).fill = SFILL
            cur = sec
            r += 1
        a1, d1, tgt, a2, d2, rem = ANS[i]
        ws.cell(r, 2, no)
        ws.cell(r, 3, text)
        ws.cell(r, 4, a1)
        ws.cell(r, 5, d1)
        ws.cell(r, 6, tgt)
        ws.cell(r, 7, a2)
        ws.cell(r, 8, d2)
        ws.cell(r, 9, rem)
        for c in range(2, 10):
            cell = ws.cell(r, c)
            cell.border = B
            cell.alignment = CEN if c in (2, 4, 5, 6, 7, 8) else WRAP
            cell.font = Font(size=10)
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tgt:
            e["targetDate"] = tgt.isoformat()
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    last = r - 1
    # a small tally below the table (openpyxl formula, no cached value)
    r += 1
    ws.cell(r, 3, "1回目「はい」の項目数").alignment = Alignment(horizontal="right")
    ws.cell(r, 4, f'=COUNTIF(D13:D{last},"はい")')
    ws.cell(r + 1, 3, "1回目「いいえ」の項目数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 4, f'=COUNTIF(D13:D{last},"いいえ")')

    ws.print_area = f"A1:I{r+1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "10:11"

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

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
        "notes": ("Item wording of the vendor checklist is my own parallel reconstruction from the seed/catalogue "
                  "(1-(1), 2-(3) from the catalogue; device-class items as the seed news lists them); section keys are "
                  "the heading texts without their numbers. Device-class items carry no number in the workbook, so no itemNo. "
                  "Section heading rows (1 体制構築, 【サーバ】 …) are not entries. The tally below the table is a formula "
                  "saved by openpyxl without cached value, not a field."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
