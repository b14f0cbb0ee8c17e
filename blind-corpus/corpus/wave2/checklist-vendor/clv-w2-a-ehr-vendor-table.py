#!/usr/bin/python3
# clv-w2-a-ehr-vendor-table: 事業者確認用 checklist filled by an electronic-medical-record vendor.
# Bordered header block (事業者名 / 対象システム / 提出先医療機関名, label left), then one flat table:
# 項番 | 対象 | チェック項目 | 1回目 回答 | 確認日 | 目標日 | 2回目 回答 | 確認日 | 備考 with numbered section rows;
# per-device rows carry the device class in the 対象 column. Excel date cells. No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clv-w2-a-ehr-vendor-table"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "事業者確認用"
VENDOR = "株式会社メディカルシステムズ西日本"
SYSTEM = "電子カルテシステム（MegaChart Ver.7）"
HOSPITAL = "医療法人社団青葉会 青葉台中央病院"

A = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
B = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C = "アクセスログを管理している"
D = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
E = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
G = "接続元制限を実施している"
DEV = {"サーバ": [A, B, C, D, E, F], "端末PC": [A, B, D, E, F], "ネットワーク機器": [D, E, G]}


def y(d):
    return ("はい", d, None, None, None, None)


ROWS = [("H", "1. 体制構築"),
        ("体制構築", "1-(1)", None, "事業者内に医療情報システム等の提供に係る管理責任者を設置している", y("2024-06-10") [:5] + ("品質保証部 情報セキュリティ課長",)),
        ("H", "2. 医療情報システムの管理・運用"),
        ("医療情報システムの管理・運用", "2-(1)", None, "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", y("2024-06-10")),
        ("医療情報システムの管理・運用", "2-(2)", None, "リモートメンテナンス（保守）を実施している機器の有無を医療機関に報告した", y("2024-06-10")[:5] + ("保守用VPNルータ1台（サーバ室）",)),
        ("医療情報システムの管理・運用", "2-(3)", None, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
         ("いいえ", "2024-06-10", "2024-07-31", "はい", "2024-07-26", "MDS第2版を提出"))]
for dev, items in DEV.items():
    for it in items:
        ans = y("2024-06-11")
        if dev == "端末PC" and it == F:
            ans = ("いいえ", "2024-06-11", "2024-10-31", "はい", "2024-10-25", "不要な常駐ソフトを削除（全端末）")
        ROWS.append(("医療情報システムの管理・運用", None, dev, it, ans))
ROWS += [("H", "3. インシデント発生に備えた対応"),
         ("インシデント発生に備えた対応", "3-(1)", None, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", y("2024-06-11")),
         ("インシデント発生に備えた対応", "3-(2)", None, "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している", y("2024-06-11"))]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHI", (8, 14, 52, 8, 12, 12, 8, 12, 28)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:I1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）令和6年度版"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    for i, (lab, val) in enumerate((("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL))):
        r = 3 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, lab).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3, val)
        for c in range(1, 6):
            ws.cell(r, c).border = box

    hr = 7
    hdr = ["項番", "対象", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(hr, c, t)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    r = hr + 1
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        sec, no, dev, item, (a1, d1, tg, a2, d2, rem) = row
        vals = [no, dev, item, a1, dt.date.fromisoformat(d1), dt.date.fromisoformat(tg) if tg else None,
                a2, dt.date.fromisoformat(d2) if d2 else None, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (3, 9) else center
            if c in (5, 6, 8):
                cell.number_format = "yyyy/mm/dd"
        dv.add(f"D{r}")
        dv.add(f"G{r}")
        ws.row_dimensions[r].height = 30
        e = {"section": dev or sec, "item": item}
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
        "planted": [],
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Per-device rows sit under the '2. 医療情報システムの管理・運用' section row but carry the device class "
                 "in the 対象 column; for them section = the device class (サーバ / 端末PC / ネットワーク機器) and there "
                 "is no 項番. Numbered items: section = section-row text without the number. Vendor item wording: "
                 "1-(1) and 2-(3) follow the catalogue/seed; the other vendor items are my parallel reading of the "
                 "hospital items (no primary wording available). Excel date cells. No 確認日 header on this R6 form.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
