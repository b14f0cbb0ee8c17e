# Generator: clh-w39-b-sheet-per-section-marks.xlsx  (checklist-hospital R6, 2 planted problems)
# Hospital IT office's own workbook: a cover sheet, then one sheet per section; answers are ● marks in はい / いいえ
# columns; dates typed as 和暦 text (R6.8.5 / 令和6年8月5日); device items grouped under 【サーバ】【端末PC】【ネットワーク機器】
# header rows without numbers; cover has an =TODAY() formula with no cached value (openpyxl save).
import sys, os, json
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w39-b-sheet-per-section-marks"
FACILITY = "社会医療法人 白川会 みなみ野総合病院"
MARK = "●"

def iso(t):
    """R6.8.5 / R7.3.31 / 令和6年8月5日 -> ISO"""
    if t is None:
        return None
    t = t.replace("令和", "R").replace("年", ".").replace("月", ".").replace("日", "")
    y, m, d = t[1:].split(".")
    return "%04d-%02d-%02d" % (2018 + int(y), int(m), int(d))

# row: (no, item, a1, d1, target, a2, d2, remarks)   a1/a2: "はい"/"いいえ"/None
SHEETS = [
    ("1_体制・全般", "１．体制構築・医療情報システム全般", [
        ("sub", "■前提"),
        ("row", "前提", None, "医療情報システムを導入、運用している", "はい", "R6.8.5", None, None, None, None),
        ("sub", "■体制構築"),
        ("row", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", "R6.8.5", None, None, None, "医療情報管理室長を任命"),
        ("sub", "■医療情報システム全般"),
        ("row", "医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         "いいえ", "R6.8.5", "R6.10.31", "はい", "R6.10.28", "機器台帳をExcelで新規作成"),
        ("row", "医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         "はい", "R6.8.5", None, None, None, "電子カルテ・PACS・検査システムの3社に確認"),
        ("row", "医療情報システム全般", "2-(3)",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "いいえ", "R6.8.5", "R6.11.29", "はい", "R6.11.22", None),
    ]),
    ("2_機器別", "２．医療情報システムの管理・運用（機器別）", [
        ("sub", "【サーバ】"),
        ("row", "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "R6.8.6", None, None, None, None),
        ("row", "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", "R6.8.6", None, None, None, None),
        ("row", "サーバ", None, "アクセスログを管理している", "いいえ", "R6.8.6", "R7.6.30", None, None,
         "ログ管理ツール導入予定（次年度予算）"),                                   # PLANT 1: 目標日 outside R6
        ("row", "サーバ", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "はい", "R6.8.6", None, None, None, None),
        ("row", "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "R6.8.6", None, None, None, None),
        ("row", "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "R6.8.6", None, None, None, None),
        ("sub", "【端末PC】"),
        ("row", "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "R6.8.6", None, None, None, None),
        ("row", "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
         "いいえ", "R6.8.6", "R6.9.30", "はい", "R6.9.27", "人事異動・退職者分を削除"),
        ("row", "端末PC", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
         None, "R6.8.6", None, None, None, None),                                   # PLANT 2: no はい/いいえ mark
        ("row", "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "R6.8.6", None, None, None, "WSUSで配信"),
        ("row", "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "R6.8.6", None, None, None, None),
        ("sub", "【ネットワーク機器】"),
        ("row", "ネットワーク機器", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "はい", "R6.8.7", None, None, None, None),
        ("row", "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
         "いいえ", "R6.8.7", "R6.12.27", "はい", "R6.12.20", "UTMファームウェア更新（保守業者）"),
        ("row", "ネットワーク機器", None, "接続元制限を実施している", "はい", "R6.8.7", None, None, None, None),
    ]),
    ("3_インシデント", "３．インシデント発生に備えた対応", [
        ("row", "インシデント発生に備えた対応", "3-(1)",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "令和6年8月5日", None, None, None, None),
        ("row", "インシデント発生に備えた対応", "3-(2)",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", "令和6年8月5日", None, None, None, None),
        ("row", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "いいえ", "令和6年8月5日", "令和7年3月31日", None, None, "BCP案作成中"),
    ]),
]

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")

cov = wb.active
cov.title = "表紙"
cov.column_dimensions["A"].width = 16; cov.column_dimensions["B"].width = 60
cov["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
cov["A1"].font = Font(size=14, bold=True)
cov["A3"] = "医療機関名：" + FACILITY
cov["A4"] = "担当部署：医療情報管理室"
cov["A5"] = "出力日"; cov["B5"] = "=TODAY()"; cov["B5"].number_format = "yyyy/m/d"; cov["B5"].alignment = Alignment(horizontal="left")
cov["A7"] = "シート構成"
cov["A8"] = "1_体制・全般"; cov["B8"] = "前提、1-(1)、2-(1)～2-(3)"
cov["A9"] = "2_機器別"; cov["B9"] = "サーバ／端末PC／ネットワーク機器ごとの確認項目"
cov["A10"] = "3_インシデント"; cov["B10"] = "3-(1)～3-(3)"
cov["A12"] = "※ 該当する欄に●を付け、確認日を和暦（例：R6.8.5）で記入。「いいえ」は目標日を記入すること。"

entries = []
rowref = {}
for sname, title, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for col, w in zip("ABCDEFGHIJ", [8, 56, 6, 6, 12, 12, 6, 6, 12, 28]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:J1"); ws["A1"] = title; ws["A1"].font = Font(size=12, bold=True)
    ws.merge_cells("A3:A4"); ws["A3"] = "No."
    ws.merge_cells("B3:B4"); ws["B3"] = "チェック項目"
    ws.merge_cells("C3:E3"); ws["C3"] = "1回目"
    ws["C4"] = "はい"; ws["D4"] = "いいえ"; ws["E4"] = "確認日"
    ws.merge_cells("F3:F4"); ws["F3"] = "目標日"
    ws.merge_cells("G3:I3"); ws["G3"] = "2回目"
    ws["G4"] = "はい"; ws["H4"] = "いいえ"; ws["I4"] = "確認日"
    ws.merge_cells("J3:J4"); ws["J3"] = "備考"
    for r in (3, 4):
        for c in "ABCDEFGHIJ":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center; ws[f"{c}{r}"].fill = hdr
    ws.freeze_panes = "C5"
    r = 5
    for b in rows:
        if b[0] == "sub":
            ws.merge_cells(f"A{r}:J{r}"); ws[f"A{r}"] = b[1]; ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDEFGHIJ":
                ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, sec, no, item, a1, d1, tg, a2, d2, rem = b
        vals = {"A": no, "B": item,
                "C": MARK if a1 == "はい" else None, "D": MARK if a1 == "いいえ" else None, "E": d1,
                "F": tg, "G": MARK if a2 == "はい" else None, "H": MARK if a2 == "いいえ" else None, "I": d2, "J": rem}
        for c in "ABCDEFGHIJ":
            if vals[c] is not None:
                ws[f"{c}{r}"] = vals[c]
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "BJ" else center
        ws.row_dimensions[r].height = 32
        e = {"section": sec, "item": item}
        if no: e["itemNo"] = no
        if a1: e["firstAnswer"] = a1
        e["firstDate"] = iso(d1)
        if tg: e["targetDate"] = iso(tg)
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = iso(d2)
        if rem: e["remarks"] = rem
        rowref[(sname, sec, item)] = (len(entries), r)
        entries.append(e)
        r += 1
    ws.page_setup.orientation = "landscape"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

i1, r1 = rowref[("2_機器別", "サーバ", "アクセスログを管理している")]
i2, r2 = rowref[("2_機器別", "端末PC", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している")]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"2_機器別!F{r1}"], "paths": [f"entries[{i1}].targetDate"],
         "why": "1回目「いいえ」の目標日が R7.6.30（2025-06-30）で、令和6年度（2025-03-31まで）の範囲外"},
        {"cells": [f"2_機器別!C{r2}", f"2_機器別!D{r2}"], "paths": [f"entries[{i2}].firstAnswer"],
         "why": "1回目の確認日（R6.8.6）はあるが、はい／いいえのどちらにも●がない（1回目の回答漏れ）"},
    ],
    "notes": ("Answers are ● marks in the はい or いいえ column. Dates are text: 'R6.8.5' style on sheets 1 and 2, "
              "'令和6年8月5日' on sheet 3. Device-class items on sheet 2_機器別 carry no number; the device class "
              "(【サーバ】 etc.) is the section. Other sections are the ■ sub-heading texts (前提, 体制構築, "
              "医療情報システム全般) and the sheet-3 title without its number. 表紙!B5 is =TODAY() saved by openpyxl "
              "without a cached value (出力日, not a form field). The 端末PC password entry has a 1回目 date but no "
              "answer on purpose (planted)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", rowref[("2_機器別", "サーバ", "アクセスログを管理している")], (i2, r2), len(entries))
