# Generator for clv-w41-b-okayama-style-inline-dates.xlsx
# Vendor-side checklist (事業者確認用, R6) drawn in the prefecture's "はい・いいえ (/)" print style:
# answer and year-less date in one cell, untouched template text left in unused cells, header as
# 「項目：値」 cells, a 記入要領 sheet in front. Two planted problems.
import sys, os, json, datetime
sys.path.insert(0, "/tmp/clvins_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w41-b-okayama-style-inline-dates"

VENDOR = "有限会社ビーツーシステム"
SYSTEM = "医事会計システム（レセプトコンピュータ） ReceptPro 7"
HOSPITAL = "社会医療法人 陽光会 吉備高原中央病院"
SHEET = "チェックリスト"

ITEMS = [
    ("体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している"),
    ("医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"),
    ("医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した"),
    ("医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"),
    ("サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"),
    ("サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している"),
    ("サーバ", "アクセスログを管理している"),
    ("サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"),
    ("端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"),
    ("端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している"),
    ("端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"),
    ("ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("ネットワーク機器", "接続元制限を実施している"),
    ("インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある"),
    ("インシデント発生に備えた対応", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している"),
]
HEADS = {
    "体制構築": "○体制構築",
    "医療情報システムの管理・運用": "○医療情報システムの管理・運用",
    "サーバ": "　◆サーバ",
    "端末PC": "　◆端末PC",
    "ネットワーク機器": "　◆ネットワーク機器",
    "インシデント発生に備えた対応": "○インシデント発生に備えた対応",
}
BLANK_ANS = "はい・いいえ (/)"
BLANK_DATE = "(/)"

# per item: (cell text 1回目, cell text 目標日, cell text 2回目, 備考, canonical dict)
def c(first, fdate, target=None, second=None, sdate=None, rem=None):
    return (first, fdate, target, second, sdate, rem)

ROWS = [
    ("はい (10/15)", BLANK_DATE, BLANK_ANS, "責任者：技術部 部長", c("はい", "2024-10-15", rem="責任者：技術部 部長")),
    ("はい (10/15)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-15")),
    ("はい (10/15)", BLANK_DATE, BLANK_ANS, "リモート保守なし（オンサイト対応のみ）と報告済 ",
     c("はい", "2024-10-15", rem="リモート保守なし（オンサイト対応のみ）と報告済 ")),
    # planted: 2回目 date (10/2) is before the 1回目 date (10/15)
    ("いいえ (10/15)", "(11/29)", "はい (10/2)", "MDS/SDSを作成し提出",
     c("いいえ", "2024-10-15", "2024-11-29", "はい", "2024-10-02", "MDS/SDSを作成し提出")),
    ("はい（10/15）", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-15")),
    ("はい（10/15）", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-15")),
    ("いいえ（10/15）", "（12/27）", BLANK_ANS, "ログ保存期間を延長予定",
     c("いいえ", "2024-10-15", "2024-12-27", rem="ログ保存期間を延長予定")),
    ("はい（10/15）", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-15")),
    ("はい（10/15）", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-15")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-16")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-16")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "Windows Update 月次適用", c("はい", "2024-10-16", rem="Windows Update 月次適用")),
    ("はい\n(10/16)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-16")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-16")),
    # planted: いいえ but 目標日 left as the template's "(/)"
    ("いいえ (10/16)", BLANK_DATE, BLANK_ANS, "ルータ設定変更は病院側NW業者と調整中",
     c("いいえ", "2024-10-16", rem="ルータ設定変更は病院側NW業者と調整中")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "", c("はい", "2024-10-16")),
    ("はい (10/16)", BLANK_DATE, BLANK_ANS, "日次バックアップ・復旧手順書あり", c("はい", "2024-10-16", rem="日次バックアップ・復旧手順書あり")),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    g = wb.active
    g.title = "記入要領"
    notes = [
        "チェックリスト（事業者確認用）記入要領",
        "",
        "１．医療機関のネットワークを構成する医療情報システムの委託事業者ごと（又はシステムごと）に1枚作成してください。",
        "２．各項目について確認を行い、「はい・いいえ」のいずれかを残して（不要な方を消して）ください。",
        "３．（／）には確認した日付を記入してください。",
        "４．1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
        "５．対応後に2回目の確認を行い、結果と日付を記入してください。",
        "６．記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    ]
    g.column_dimensions["A"].width = 110
    for i, t in enumerate(notes, 1):
        g.cell(i, 1, t)
    g["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    for k, v in {"A": 62, "B": 17, "C": 11, "D": 17, "E": 30}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(bold=True, size=13)
    ws["E1"] = "事業者確認用"
    ws["E1"].font = Font(bold=True)
    ws["E1"].border = B
    ws["E1"].alignment = CEN
    ws.merge_cells("A3:E3"); ws["A3"] = "事業者名：" + VENDOR
    ws.merge_cells("A4:E4"); ws["A4"] = "対象システム：" + SYSTEM
    ws.merge_cells("A5:E5"); ws["A5"] = "提出先医療機関名：" + HOSPITAL
    ws.merge_cells("A6:E6")
    ws["A6"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。立入検査時、本チェックリストを確認します。"
    ws["A6"].font = Font(size=9)

    ws.merge_cells("A8:A9"); ws["A8"] = "チェック項目"
    ws.merge_cells("B8:D8"); ws["B8"] = "確認結果（日付）"
    ws["B9"] = "1回目"; ws["C9"] = "目標日"; ws["D9"] = "2回目"
    ws.merge_cells("E8:E9"); ws["E8"] = "備考"
    for r in (8, 9):
        for col in range(1, 6):
            ws.cell(r, col).border = B
            ws.cell(r, col).alignment = CEN
            ws.cell(r, col).fill = PatternFill("solid", fgColor="FFF2CC")

    r = 10
    cur = None
    entries = []
    cellmap = {}
    for i, ((sec, text), (a, t, s, rem, canon)) in enumerate(zip(ITEMS, ROWS)):
        if sec != cur:
            ws.cell(r, 1, HEADS[sec]).font = Font(bold=True)
            for col in range(1, 6):
                ws.cell(r, col).border = B
            cur = sec
            r += 1
        ws.cell(r, 1, text).alignment = WRAP
        ws.cell(r, 2, a).alignment = CEN
        ws.cell(r, 3, t).alignment = CEN
        ws.cell(r, 4, s).alignment = CEN
        ws.cell(r, 5, rem if rem else None).alignment = WRAP
        for col in range(1, 6):
            ws.cell(r, col).border = B
        ws.row_dimensions[r].height = 32
        first, fdate, target, second, sdate, rm = canon
        e = {"section": sec, "item": text, "firstAnswer": first, "firstDate": fdate}
        if target:
            e["targetDate"] = target
        if second:
            e["secondAnswer"] = second
            e["secondDate"] = sdate
        if rm:
            e["remarks"] = rm
        entries.append(e)
        cellmap[i] = r
        r += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.active = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    planted = [
        {"cells": [f"{SHEET}!D{cellmap[3]}", f"{SHEET}!B{cellmap[3]}"],
         "paths": ["entries[3].secondDate"],
         "why": "2-(3) MDS/SDS: 2回目確認日 10/2 is before the 1回目確認日 10/15 (2回目 date must not precede 1回目)"},
        {"cells": [f"{SHEET}!C{cellmap[14]}"],
         "paths": ["entries[14].targetDate"],
         "why": "ネットワーク機器 接続元制限: 1回目 いいえ but 目標日 left as the template's '(/)' (いいえ requires a 目標日)"},
    ]
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
        "planted": planted,
        "notes": ("Answer and year-less date share one cell, e.g. 'はい (10/15)' = はい on 2024-10-15; untouched template "
                  "text 'はい・いいえ (/)' and '(/)' means blank. Header is 「項目：値」 in one cell. No item numbers shown, so no itemNo. "
                  "Item wording is my parallel reconstruction of the vendor checklist (same as workbook a). "
                  "Section heading rows (○…, ◆…) are not entries; section keys are heading texts without the marks. "
                  "One remark has a trailing space on purpose. First sheet 記入要領 is instructions only."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
