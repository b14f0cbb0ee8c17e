#!/usr/bin/python3
# clv-w2-c-lis-radio-marks: 事業者確認用 checklist made by a lab-system (LIS) vendor's QA department.
# Header as a small horizontal table (labels above values). Answer cells use a drop-down whose options come
# from a hidden sheet 「選択肢」: '●はい　○いいえ' / '○はい　●いいえ' (● = the chosen option). Dates are
# Excel date cells. Section rows with full-width numbers (１．体制構築), device rows under ■サーバ etc.
# Planted: (1) 2-(3) いいえ with 目標日 2025-04-30, after the end of 令和6年度 (2025-03-31);
#          (2) サーバ セキュリティパッチ row answered but 1回目 確認日 left blank.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clv-w2-c-lis-radio-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト"
VENDOR = "株式会社ラボネクスト"
SYSTEM = "臨床検査システム（LIS）"
HOSPITAL = "医療法人さくら会 さくら記念病院"
OPT = {"はい": "●はい　○いいえ", "いいえ": "○はい　●いいえ"}

A = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
B = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C = "アクセスログを管理している"
D = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
E = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
G = "接続元制限を実施している"


def y(d, rem=None):
    return ("はい", d, None, None, None, rem)


d2 = "2024-09-02"
d3 = "2024-09-03"
# ("H", heading, section) | (section, itemNo, item, answers, tag)
ROWS = [
    ("H", "１．体制構築"),
    ("体制構築", "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", y(d2, "品質保証部長"), None),
    ("H", "２．医療情報システムの管理・運用"),
    ("医療情報システムの管理・運用", "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", y(d2), None),
    ("医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を実施している機器の有無を医療機関に報告した", y(d2, "リモート保守なし（オンサイト保守のみ）と報告"), None),
    ("医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     ("いいえ", d2, "2025-04-30", None, None, "SDSを社内で作成中"), "fy"),
    ("H", "■サーバ"),
    ("サーバ", None, A, y(d3), None), ("サーバ", None, B, y(d3), None), ("サーバ", None, C, y(d3), None),
    ("サーバ", None, D, y(d3), None), ("サーバ", None, E, ("はい", None, None, None, None, None), "nodate"),
    ("サーバ", None, F, y(d3), None),
    ("H", "■端末PC"),
    ("端末PC", None, A, y(d3), None), ("端末PC", None, B, y(d3), None), ("端末PC", None, D, y(d3), None),
    ("端末PC", None, E, ("いいえ", d3, "2024-12-20", "はい", "2024-12-18", "検査室端末2台のOS更新"), None),
    ("端末PC", None, F, y(d3), None),
    ("H", "■ネットワーク機器"),
    ("ネットワーク機器", None, D, y(d3), None), ("ネットワーク機器", None, E, y(d3), None), ("ネットワーク機器", None, G, y(d3), None),
    ("H", "３．インシデント発生に備えた対応"),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", y(d3), None),
    ("インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している", y(d3), None),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    opt = wb.create_sheet("選択肢")
    opt["A1"] = OPT["はい"]
    opt["A2"] = OPT["いいえ"]
    opt.sheet_state = "hidden"

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", (8, 54, 17, 12, 12, 17, 12, 28)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　事業者確認用（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=13)
    labels = [("事業者名", VENDOR, "A", "B"), ("対象システム", SYSTEM, "C", "E"), ("提出先医療機関名", HOSPITAL, "F", "H")]
    for lab, val, c1, c2 in labels:
        ws.merge_cells(f"{c1}3:{c2}3")
        ws.merge_cells(f"{c1}4:{c2}4")
        ws[f"{c1}3"] = lab
        ws[f"{c1}3"].font = Font(bold=True, size=9)
        ws[f"{c1}3"].fill = PatternFill("solid", fgColor="EDEDED")
        ws[f"{c1}4"] = val
        ws[f"{c1}4"].font = Font(size=11)
    for rr in (3, 4):
        for c in range(1, 9):
            ws.cell(rr, c).border = box

    hr = 6
    hdr = ["項番", "チェック項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(hr, c, t)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)

    entries, planted = [], []
    r = hr + 1
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="DEEBF7")
            r += 1
            continue
        sec, no, item, (a1, d1, tg, a2, dd2, rem), tag = row
        vals = [no, item, OPT[a1], dt.date.fromisoformat(d1) if d1 else None,
                dt.date.fromisoformat(tg) if tg else None, OPT[a2] if a2 else None,
                dt.date.fromisoformat(dd2) if dd2 else None, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (2, 8) else center
            if c in (4, 5, 7):
                cell.number_format = "yyyy/m/d"
        dv.add(f"C{r}")
        dv.add(f"F{r}")
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        if d1:
            e["firstDate"] = d1
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = dd2
        if rem:
            e["remarks"] = rem
        idx = len(entries)
        entries.append(e)
        if tag == "fy":
            planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "目標日 2025/4/30 が令和6年度（2025/3/31まで）の範囲外"})
        if tag == "nodate":
            planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{idx}].firstDate"],
                            "why": "サーバのセキュリティパッチ：1回目の回答はあるが確認日が未記入"})
        r += 1

    ws.freeze_panes = f"A{hr + 1}"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": planted,
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Header is a 3-column table with labels in row 3 and values in row 4. Answer cells hold "
                 "'●はい　○いいえ' (= はい) or '○はい　●いいえ' (= いいえ): ● marks the chosen option; the list comes "
                 "from the hidden sheet 選択肢 (not data). Section rows '１．体制構築' (full-width number, dropped in "
                 "'section') and '■サーバ' etc. (section = device class). Device rows have no 項番. Dates are Excel "
                 "date cells. Vendor items other than 1-(1)/2-(3) use my parallel wording of the hospital items.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
