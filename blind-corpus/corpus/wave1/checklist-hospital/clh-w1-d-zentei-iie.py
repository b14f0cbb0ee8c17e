#!/usr/bin/python3
# clh-w1-d-zentei-iie: R6 医療機関確認用 as a prefecture-style questionnaire (No. | 区分 | 確認項目 | 1回目回答 |
# 1回目確認日 | 目標日 | 2回目回答 | 2回目確認日 | 備考), with a 記入要領 sheet in front and a grey, clearly
# labelled 【記入例】 row above the data. The hospital has no 医療情報システム: 前提 = いいえ and nothing else is
# filled, which is correct per the catalogue. 和暦 text date. No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clh-w1-d-zentei-iie"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "回答"

ITEMS = [  # (No., 区分, text)
    ("前提", "前提", "医療情報システムを導入、運用している"),
    ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している"),
    ("2-(1)", "管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"),
    ("2-(2)", "管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"),
    ("2-(3)", "管理・運用", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"),
]
DEV = [
    ("サーバ", ["アクセス利用権限", "不要アカウント削除", "アクセスログ管理", "パスワード", "セキュリティパッチ", "不要ソフト・サービス停止"]),
    ("端末PC", ["アクセス利用権限", "不要アカウント削除", "パスワード", "セキュリティパッチ", "不要ソフト・サービス停止"]),
    ("ネットワーク機器", ["セキュリティパッチ", "接続元制限"]),
]
FULL = {
    "アクセス利用権限": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "不要アカウント削除": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "アクセスログ管理": "アクセスログを管理している",
    "パスワード": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    "セキュリティパッチ": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "不要ソフト・サービス停止": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "接続元制限": "接続元制限を実施している",
}
NUM = {"アクセス利用権限": "2-(4)", "不要アカウント削除": "2-(5)", "アクセスログ管理": "2-(6)", "パスワード": "2-(7)",
       "セキュリティパッチ": "2-(8)", "不要ソフト・サービス停止": "2-(9)", "接続元制限": "2-(10)"}
for dev, keys in DEV:
    for k in keys:
        ITEMS.append((NUM[k], dev, FULL[k]))
ITEMS += [
    ("3-(1)", "インシデント対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"),
    ("3-(2)", "インシデント対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"),
    ("3-(3)", "インシデント対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している"),
]

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用・令和6年度版）記入要領",
    "",
    "1 「回答」シートの各項目について、1回目の確認結果（はい／いいえ）と確認日を記入してください。",
    "2 「前提」の項目が「いいえ」（医療情報システムを導入していない）場合は、以降の項目の記入は不要です。",
    "3 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
    "4 目標日までに対応した項目は、2回目の確認結果と確認日を記入してください。",
    "5 【記入例】の行は参考です（回答には含めません）。",
    "6 立入検査の際に本チェックリストを確認します。",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGHI", (7, 14, 58, 10, 17, 17, 10, 17, 30)):
    ws.column_dimensions[col].width = w

ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）　回答票"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "病院名：医療法人 清流会 せせらぎ病院"
ws["A3"] = "※「前提」が「いいえ」の場合、No.1-(1)以降は記入不要"
ws["A3"].font = Font(size=9, color="C00000")

ws.merge_cells("A5:A6"); ws["A5"] = "No."
ws.merge_cells("B5:B6"); ws["B5"] = "区分"
ws.merge_cells("C5:C6"); ws["C5"] = "確認項目"
ws.merge_cells("D5:E5"); ws["D5"] = "1回目"
ws["D6"], ws["E6"] = "回答", "確認日"
ws.merge_cells("F5:F6"); ws["F5"] = "目標日"
ws.merge_cells("G5:H5"); ws["G5"] = "2回目"
ws["G6"], ws["H6"] = "回答", "確認日"
ws.merge_cells("I5:I6"); ws["I5"] = "備考"
for r in (5, 6):
    for col in "ABCDEFGHI":
        c = ws[f"{col}{r}"]
        c.border = B; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")

# 記入例 row (grey, must be ignored)
ex = ["【記入例】", "体制構築", "医療情報システム安全管理責任者を設置している", "いいえ", "令和6年10月1日",
      "令和6年12月20日", "はい", "令和6年12月10日", "（例）12月の運営会議で任命"]
for i, v in enumerate(ex, 1):
    c = ws.cell(row=7, column=i, value=v)
    c.font = Font(color="808080", italic=True)
    c.fill = PatternFill("solid", fgColor="EDEDED")
    c.border = B
    c.alignment = wrap if i in (3, 9) else center

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = 8
for no, kubun, text in ITEMS:
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=kubun)
    ws.cell(row=r, column=3, value=text)
    for col in range(1, 10):
        ws.cell(row=r, column=col).border = B
        ws.cell(row=r, column=col).alignment = wrap if col in (3, 9) else center
    dv.add(f"D{r}"); dv.add(f"G{r}")
    r += 1

# the filler's answers: only the 前提 row (row 8)
ws["D8"] = "いいえ"
ws["E8"] = "令和6年11月5日"
ws["I8"] = "紙カルテ運用。レセプトは外部の請求代行に委託（院内に医療情報システムなし）"
ws.cell(row=r + 1, column=1, value="記入者：事務長　高橋")
ws.freeze_panes = "D8"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": "医療法人 清流会 せせらぎ病院",
        "entries": [{
            "section": "前提",
            "item": "医療情報システムを導入、運用している",
            "firstAnswer": "いいえ",
            "firstDate": "2024-11-05",
            "remarks": "紙カルテ運用。レセプトは外部の請求代行に委託（院内に医療情報システムなし）",
        }],
    },
    "planted": [],
    "notes": ("No planted problem: 前提 = いいえ (令和6年11月5日, text cell) and every other item left blank, which "
              "the catalogue says is all that is needed. Row 7 is a grey, clearly labelled 【記入例】 row (いいえ / "
              "令和6年10月1日 / 目標日 令和6年12月20日 / 2回目 はい 令和6年12月10日) that must NOT be read as data. "
              "The 前提 row shows No. '前提' (no 項番, so itemNo omitted). A '記入要領' instructions sheet comes "
              "first; the answer sheet is '回答'. Facility name is label and value in one cell (A2 '病院名：…'). "
              "'記入者' line below the table is not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("ok")
