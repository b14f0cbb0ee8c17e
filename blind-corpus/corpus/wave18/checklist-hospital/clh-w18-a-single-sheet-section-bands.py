#!/usr/bin/python3
"""clh-w18-a: MHLW 令和6年度版 医療機関確認用 checklist as a hospital IT office would type it up:
one sheet, section band rows (前提 / 1 / 2 / 3), an 対象 column merged per device class,
はい/いいえ typed (drop-down), dates as Excel date cells, a COUNTIF summary formula saved without a
cached value (openpyxl). Filled completely and correctly."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w18-a-single-sheet-section-bands"
SHEET = "チェックリスト（医療機関確認用）"
FACILITY = "社会医療法人 若葉会 若葉台総合病院"
D = dt.date

T_AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
T_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"

# rows: ("band", heading text, section canonical) or ("item", section, itemNo, device, text, fill)
# fill = (a1, d1, target, a2, d2, remarks)
S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
ROWS = [
    ("band", "前提", None),
    ("item", "前提", None, None, "医療情報システムを導入、運用している",
     ("はい", D(2024, 7, 16), None, None, None, "電子カルテ、医事会計、PACS、部門システム")),
    ("band", "1　" + S1, None),
    ("item", S1, "1-(1)", None, "医療情報システム安全管理責任者を設置している",
     ("はい", D(2024, 7, 16), None, None, None, "情報システム課長を任命（R6.4.1付）")),
    ("band", "2　" + S2, None),
    ("item", S2, "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("はい", D(2024, 7, 16), None, None, None, "機器管理台帳（Excel）")),
    ("item", S2, "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     ("はい", D(2024, 7, 16), None, None, None, "電子カルテ・PACS・検体検査の3社に確認")),
    ("item", S2, "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", D(2024, 7, 16), D(2024, 9, 30), "はい", D(2024, 10, 1), "PACS事業者分のみ未提出→9/27受領")),
    ("item", "サーバ", None, "サーバ", T_AUTH, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "サーバ", None, "サーバ", T_ACCT, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "サーバ", None, "サーバ", T_LOG, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "サーバ", None, "サーバ", T_PW,
     ("いいえ", D(2024, 7, 17), D(2024, 12, 27), "はい", D(2024, 12, 20), "管理者アカウントのPWを12桁に変更")),
    ("item", "サーバ", None, "サーバ", T_PATCH, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "サーバ", None, "サーバ", T_SVC, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "端末PC", None, "端末PC", T_AUTH, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "端末PC", None, "端末PC", T_ACCT, ("はい", D(2024, 7, 17), None, None, None, "退職者アカウントは毎月削除")),
    ("item", "端末PC", None, "端末PC", T_PW,
     ("いいえ", D(2024, 7, 17), D(2025, 3, 31), "いいえ", D(2025, 2, 14), "定期変更ルールを職員に周知中")),
    ("item", "端末PC", None, "端末PC", T_PATCH, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "端末PC", None, "端末PC", T_SVC, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "ネットワーク機器", None, "ネットワーク機器", T_PATCH, ("はい", D(2024, 7, 17), None, None, None, None)),
    ("item", "ネットワーク機器", None, "ネットワーク機器", T_SRC,
     ("いいえ", D(2024, 7, 17), D(2024, 11, 29), "はい", D(2024, 11, 26), "VPN装置の接続元IPを保守業者に限定")),
    ("band", "3　" + S3, None),
    ("item", S3, "3-(1)", None,
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     ("はい", D(2024, 7, 16), None, None, None, None)),
    ("item", S3, "3-(2)", None,
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", D(2024, 7, 16), None, None, None, None)),
    ("item", S3, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", D(2024, 7, 16), D(2025, 3, 31), "はい", D(2025, 3, 10), "BCP策定の確認表を用いて策定")),
]
FIRST = 8


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for k, v in dict(A=7, B=11, C=56, D=8, E=11, F=11, G=8, H=11, I=30).items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名"; ws["A3"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3"); ws["C3"] = FACILITY
    for c in "ABCDE":
        ws[f"{c}3"].border = box
    ws["G3"] = "「いいえ」の数"; ws.merge_cells("G3:H3")
    ws["I3"] = f'=COUNTIF(D{FIRST}:D{FIRST + len(ROWS)},"いいえ")'
    ws["A4"] = "※「いいえ」の場合は目標日を記入し、目標日以降に2回目の確認を行うこと。"
    ws["A4"].font = Font(size=9)

    hdr = PatternFill("solid", fgColor="D9E1F2")
    ws.merge_cells("A6:A7"); ws["A6"] = "番号"
    ws.merge_cells("B6:B7"); ws["B6"] = "対象"
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:E6"); ws["D6"] = "1回目"
    ws["D7"] = "はい/いいえ"; ws["E7"] = "確認日"
    ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
    ws.merge_cells("G6:H6"); ws["G6"] = "2回目"
    ws["G7"] = "はい/いいえ"; ws["H7"] = "確認日"
    ws.merge_cells("I6:I7"); ws["I6"] = "備考"
    for r in (6, 7):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = cc; ws[f"{c}{r}"].fill = hdr

    band = PatternFill("solid", fgColor="E2EFDA")
    r = FIRST
    dev_span = {}
    item_cells = []
    for row in ROWS:
        if row[0] == "band":
            ws.merge_cells(f"A{r}:I{r}")
            ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].fill = band; ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, sec, no, dev, text, (a1, d1, tg, a2, d2, rem) = row
        if no:
            ws[f"A{r}"] = no
        if dev:
            dev_span.setdefault(dev, [r, r])[1] = r
        ws[f"C{r}"] = text
        ws[f"D{r}"] = a1
        ws[f"E{r}"] = d1
        if tg:
            ws[f"F{r}"] = tg
        if a2:
            ws[f"G{r}"] = a2; ws[f"H{r}"] = d2
        if rem:
            ws[f"I{r}"] = rem
        for c in "EFH":
            ws[f"{c}{r}"].number_format = "yyyy/m/d"
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = lc if c in "CI" else cc
        ws.row_dimensions[r].height = 32
        item_cells.append(r)
        r += 1
    for dev, (s, e) in dev_span.items():
        ws[f"B{s}"] = dev
        ws.merge_cells(f"B{s}:B{e}")
        ws[f"B{s}"].alignment = cc
    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{FIRST}:D{r - 1}"); dv.add(f"G{FIRST}:G{r - 1}")
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "6:7"
    wb.save(path)
    return item_cells


def main():
    build(os.path.join(HERE, NAME + ".xlsx"))
    entries = []
    for row in ROWS:
        if row[0] != "item":
            continue
        _, sec, no, dev, text, (a1, d1, tg, a2, d2, rem) = row
        e = {"section": sec, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
        if tg:
            e["targetDate"] = tg.isoformat()
        if a2:
            e["secondAnswer"] = a2; e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet; band rows '前提', '1　体制構築', '2　医療情報システムの管理・運用', "
                  "'3　インシデント発生に備えた対応' (section given without the leading number). Device-class items "
                  "(サーバ 6, 端末PC 5, ネットワーク機器 2) sit under band 2 with the class in column B merged vertically; "
                  "their section is the device class and they show no item number. I3 holds a COUNTIF formula saved "
                  "by openpyxl without a cached value (not a field). Dates are Excel date cells. Remarks of 1-(1) "
                  "contain 'R6.4.1' as free text, not a date field."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
