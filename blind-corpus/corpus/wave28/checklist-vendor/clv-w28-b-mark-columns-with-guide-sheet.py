#!/usr/bin/python3
"""clv-w28-b: vendor checklist (事業者確認用, 令和6年度版) as a hospital IT section would hand it to a
vendor: a 記入要領 sheet first, then a flat table with one column per option (○ under はい / いいえ),
separate date columns, a labelled 記入例 row, header fields written as "項目：値" in one cell.
Two planted problems (see PLANTED)."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w28-b-mark-columns-with-guide-sheet"
XLSX = NAME + ".xlsx"
SHEET = "チェックリスト"

VENDOR = "西日本メディカルソリューションズ株式会社 岡山営業所"
SYSTEM = "PACS（医用画像管理システム）"
HOSPITAL = "社会医療法人 旭水会 津山みどり病院"

# (section, full catalogue-style wording (for expected.json), wording shown in this workbook)
ITEMS = [
    ("体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している"),
    ("医療情報システムの管理・運用", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "サーバ・端末PC・ネットワーク機器の台帳管理を行っている"),
    ("医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "リモートメンテナンス（保守）利用機器の有無を医療機関に報告した"),
    ("医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した"),
    ("サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "職種・担当業務別のアクセス利用権限を設定している"),
    ("サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者・未使用アカウント等、不要なアカウントを削除している"),
    ("サーバ", "アクセスログを管理している。", "アクセスログを管理している"),
    ("サーバ", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。",
     "パスワードは英数字・記号混在8文字以上とし、定期的に変更している"),
    ("サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用している"),
    ("サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "不要なソフトウェア・サービスを停止している"),
    ("端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "職種・担当業務別のアクセス利用権限を設定している"),
    ("端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者・未使用アカウント等、不要なアカウントを削除している"),
    ("端末PC", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。",
     "パスワードは英数字・記号混在8文字以上とし、定期的に変更している"),
    ("端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用している"),
    ("端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "不要なソフトウェア・サービスを停止している"),
    ("ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用している"),
    ("ネットワーク機器", "接続元制限を実施している。", "接続元制限を実施している"),
    ("インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
     "インシデント発生時の組織内・外部関係機関（医療機関、厚労省、警察等）への連絡体制図がある"),
    ("インシデント発生に備えた対応", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
     "診療継続に必要な情報を検討し、データ・システムのバックアップ実施と復旧手順を確認している"),
]

D1 = dt.date(2024, 10, 15)
# index -> dict of answers; default はい on D1
ROWS = {i: {"a1": "はい", "d1": D1} for i in range(len(ITEMS))}
ROWS[0]["d1"] = dt.date(2024, 10, 11)
# correct いいえ with target and second check
ROWS[11] = {"a1": "いいえ", "d1": D1, "t": ("令和6年12月27日", "2024-12-27"),
            "a2": "はい", "d2": dt.date(2024, 12, 20), "rem": "院内で退職者リストを受領後に削除"}
# PLANTED 1: いいえ but 目標日 left blank
ROWS[6] = {"a1": "いいえ", "d1": D1, "rem": "ログ保存期間を病院と協議中"}
# PLANTED 2: second check dated before the first check
ROWS[16] = {"a1": "いいえ", "d1": D1, "t": ("令和6年11月29日", "2024-11-29"),
            "a2": "はい", "d2": dt.date(2024, 10, 1), "rem": "VPN装置の接続元を保守センターIPに限定"}
ROWS[3]["rem"] = "PACSサーバ分をMDS/SDSとして提出済"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "游ゴシック"
HEAD = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="EDEDED")


def guide(wb):
    ws = wb.active
    ws.title = "記入要領"
    ws.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
        "",
        "1. 本チェックリストは、当院と保守契約を締結しているシステムごとに1部作成してください。",
        "2. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」いずれかの欄に○を記入し、確認日を記入してください。",
        "3. 1回目が「いいえ」の項目は、対応目標日を必ず記入してください（令和7年3月31日までの日付）。",
        "4. 対応後、2回目の確認結果と確認日を記入してください。",
        "5. 記入例の行は参考です（削除しなくて構いません）。",
        "6. 記入後、当院 情報システム室（内線 2150）までメールで返送してください。",
        "",
        "参考：令和6年5月13日付け 医政参発0513第6号（厚生労働省）",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t).font = Font(name=F, size=11, bold=(i == 1))
        ws.cell(i, 1).alignment = Alignment(wrap_text=True)


def main():
    wb = Workbook()
    guide(wb)
    ws = wb.create_sheet(SHEET)
    widths = [6, 16, 54, 6, 6, 12, 16, 6, 6, 12, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（事業者確認用）令和6年度"
    ws["A1"].font = Font(name=F, size=14, bold=True)
    ws["A3"] = f"事業者名：{VENDOR}"
    ws["A4"] = f"対象システム：{SYSTEM}"
    ws["A5"] = f"提出先医療機関名：{HOSPITAL}"
    for a in ("A3", "A4", "A5"):
        ws[a].font = Font(name=F, size=11)

    h1, h2 = 7, 8
    heads = {1: "No.", 2: "区分", 3: "確認項目", 11: "備考"}
    for c, t in heads.items():
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.cell(h1, c, t)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.cell(h1, 4, "1回目")
    ws.cell(h2, 4, "はい")
    ws.cell(h2, 5, "いいえ")
    ws.cell(h2, 6, "確認日")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h2, end_column=7)
    ws.cell(h1, 7, "目標日\n（いいえの場合）")
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=10)
    ws.cell(h1, 8, "2回目")
    ws.cell(h2, 8, "はい")
    ws.cell(h2, 9, "いいえ")
    ws.cell(h2, 10, "確認日")
    for rr in (h1, h2):
        for c in range(1, 12):
            cell = ws.cell(rr, c)
            cell.fill = HEAD
            cell.border = BOX
            cell.font = Font(name=F, size=10, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    # 記入例 row (correctly labelled, must be ignored)
    r = h2 + 1
    ex = ["記入例", "サーバ", "（例）アクセスログを管理している", None, "○", dt.date(2024, 10, 1),
          "令和6年11月30日", "○", None, dt.date(2024, 11, 25), "（例）ログ保存設定を変更"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(r, c, v)
        cell.fill = EX
        cell.border = BOX
        cell.font = Font(name=F, size=9, italic=True, color="7F7F7F")
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    r += 1

    entries = []
    row_of = {}
    for i, (sec, full, shown) in enumerate(ITEMS):
        d = ROWS[i]
        row_of[i] = r
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, sec)
        ws.cell(r, 3, shown)
        ws.cell(r, 4 if d["a1"] == "はい" else 5, "○")
        ws.cell(r, 6, d["d1"]).number_format = "yyyy/m/d"
        if "t" in d:
            ws.cell(r, 7, d["t"][0])
        if "a2" in d:
            ws.cell(r, 8 if d["a2"] == "はい" else 9, "○")
            ws.cell(r, 10, d["d2"]).number_format = "yyyy/m/d"
        if "rem" in d:
            ws.cell(r, 11, d["rem"])
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = Font(name=F, size=10)
            cell.alignment = Alignment(vertical="center", wrap_text=(c in (3, 11)),
                                       horizontal="center" if c in (1, 4, 5, 8, 9) else None)
        e = {"section": sec, "item": full, "firstAnswer": d["a1"], "firstDate": d["d1"].isoformat()}
        if "t" in d:
            e["targetDate"] = d["t"][1]
        if "a2" in d:
            e["secondAnswer"] = d["a2"]
            e["secondDate"] = d["d2"].isoformat()
        if "rem" in d:
            e["remarks"] = d["rem"]
        entries.append(e)
        r += 1

    ws.freeze_panes = "D9"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.active = 1
    wb.save(os.path.join(HERE, XLSX))

    planted = [
        {"cells": [f"{SHEET}!G{row_of[6]}"], "paths": ["entries[6].targetDate"],
         "why": "サーバ「アクセスログを管理している」は1回目いいえなのに目標日が空欄（いいえ⇒目標日必須）"},
        {"cells": [f"{SHEET}!J{row_of[16]}", f"{SHEET}!F{row_of[16]}"], "paths": ["entries[16].secondDate"],
         "why": "ネットワーク機器「接続元制限」の2回目確認日 2024-10-01 が1回目確認日 2024-10-15 より前"},
    ]
    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": XLSX,
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL,
                   "entries": entries},
        "planted": planted,
        "notes": ("Sheet 'チェックリスト' (second sheet, active; first sheet is 記入要領). Header fields are "
                  "'項目：値' in one cell (A3:A5). Answers are ○ in the はい or いいえ column; 1回目/2回目 dates are "
                  "Excel date cells, 目標日 is 和暦 text. Row 9 is a labelled 記入例 row and is not data. "
                  "Column A 'No.' is a plain running number (1–19), not an official item number, so itemNo is "
                  "omitted. Item texts are abbreviated in the workbook; 'item' gives the full wording. Vendor "
                  "item wording is the vendor-side parallel of the catalogue's hospital items, match loosely."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
