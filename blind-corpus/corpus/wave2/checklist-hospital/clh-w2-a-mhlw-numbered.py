#!/usr/bin/python3
# clh-w2-a-mhlw-numbered: a plain one-sheet 医療機関確認用 checklist (令和6年度版) as a hospital would keep it:
# 項番 column (1-(1), 2-(1)… for numbered items, blank for the per-device rows), merged section rows,
# device-class sub-heading rows (サーバ / 端末PC / ネットワーク機器), drop-down はい/いいえ, Excel date cells.
# No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clh-w2-a-mhlw-numbered"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト"
FACILITY = "医療法人社団青葉会 青葉台中央病院"

A = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
B = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C = "アクセスログを管理している"
D = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
E = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
G = "接続元制限を実施している"

# layout rows: ("H", heading text shown, level) or ("I", section, itemNo, item, answers)
# answers = (a1, d1, target, a2, d2, remarks)
ROWS = [
    ("H", "前提", 1),
    ("I", "前提", None, "医療情報システムを導入、運用している", ("はい", "2024-06-17", None, None, None, None)),
    ("H", "1　体制構築", 1),
    ("I", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", ("はい", "2024-06-17", None, None, None, "情報システム室長を選任（R6.4.1付）")),
    ("H", "2　医療情報システムの管理・運用", 1),
    ("I", "医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", ("はい", "2024-06-17", None, None, None, None)),
    ("I", "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", ("はい", "2024-06-17", None, None, None, "電子カルテ・PACS・検査システムの3社に確認")),
    ("I", "医療情報システムの管理・運用", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", ("いいえ", "2024-06-17", "2024-09-30", "はい", "2024-09-24", "3社分受領済み")),
    ("H", "サーバ", 2),
    ("I", "サーバ", None, A, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "サーバ", None, B, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "サーバ", None, C, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "サーバ", None, D, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "サーバ", None, E, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "サーバ", None, F, ("はい", "2024-06-18", None, None, None, None)),
    ("H", "端末PC", 2),
    ("I", "端末PC", None, A, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "端末PC", None, B, ("いいえ", "2024-06-18", "2024-08-30", "はい", "2024-08-27", "退職者アカウント12件を削除")),
    ("I", "端末PC", None, D, ("いいえ", "2024-06-18", "2024-12-27", "はい", "2024-12-20", None)),
    ("I", "端末PC", None, E, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "端末PC", None, F, ("はい", "2024-06-18", None, None, None, None)),
    ("H", "ネットワーク機器", 2),
    ("I", "ネットワーク機器", None, D, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "ネットワーク機器", None, E, ("はい", "2024-06-18", None, None, None, None)),
    ("I", "ネットワーク機器", None, G, ("いいえ", "2024-06-18", "2025-01-31", "はい", "2025-01-28", "保守用VPNの接続元IPを事業者に限定")),
    ("H", "3　インシデント発生に備えた対応", 1),
    ("I", "インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", ("はい", "2024-06-19", None, None, None, None)),
    ("I", "インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", ("はい", "2024-06-19", None, None, None, None)),
    ("I", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", ("いいえ", "2024-06-19", "2025-03-31", None, None, "BCP策定中（総務課）")),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", (8, 60, 8, 12, 12, 8, 12, 30)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["H1"] = "医療機関確認用"
    ws["H1"].border = box
    ws["H1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "医療機関名"
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("B3:E3")
    ws["B3"] = FACILITY
    for c in range(1, 6):
        ws.cell(3, c).border = box
    ws["A4"] = "※前提が「いいえ」の場合、以降の項目は記入不要。1回目の確認で「いいえ」の場合は目標日を記入し、目標日以降に2回目の確認を行ってください。"
    ws["A4"].font = Font(size=9)

    r = 6
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "項番")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.cell(r, 2, "チェック項目")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, "1回目")
    ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5)
    ws.cell(r, 5, "目標日")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    ws.cell(r, 6, "2回目")
    ws.merge_cells(start_row=r, start_column=8, end_row=r + 1, end_column=8)
    ws.cell(r, 8, "備考")
    for c, t in ((3, "回答"), (4, "確認日"), (6, "回答"), (7, "確認日")):
        ws.cell(r + 1, c, t)
    for rr in (r, r + 1):
        for c in range(1, 9):
            cell = ws.cell(rr, c)
            cell.border = box
            cell.alignment = center
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="BDD7EE")

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 8
    entries = []
    for row in ROWS:
        if row[0] == "H":
            _, text, level = row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, text if level == 1 else "　　【" + text + "】")
            ws.cell(r, 1).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2" if level == 1 else "FFFFFF")
            r += 1
            continue
        _, sec, no, item, (a1, d1, tg, a2, d2, rem) = row
        vals = [no, item, a1, dt.date.fromisoformat(d1), dt.date.fromisoformat(tg) if tg else None,
                a2, dt.date.fromisoformat(d2) if d2 else None, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (2, 8) else center
            if c in (4, 5, 7):
                cell.number_format = "yyyy/m/d"
        dv.add(f"C{r}")
        dv.add(f"F{r}")
        ws.row_dimensions[r].height = 32
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e.update({"firstAnswer": a1, "firstDate": d1})
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1

    ws.freeze_panes = "A8"
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "6:7"
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "One sheet. Section rows '1　体制構築', '2　医療情報システムの管理・運用', '3　インシデント発生に備えた対応' "
                 "(section given without the leading number) and device sub-heading rows '【サーバ】' etc. (section = "
                 "device class). Per-device rows have no 項番, so itemNo is omitted for them; the 前提 row has no 項番 "
                 "either. All dates are Excel date cells. "
                 " 3-(3) BCP is いいえ with 目標日 2025-03-31 and no 2nd check yet (not an error). "
                 "No 確認日 header on this R6 form.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
