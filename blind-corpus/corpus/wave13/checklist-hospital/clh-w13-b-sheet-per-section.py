#!/usr/bin/python3
# clh-w13-b: MHLW 令和6年度版 医療機関確認用 checklist kept by a hospital IT section as one sheet per
# section (前提・体制 / 全般 / サーバ / 端末PC / NW機器 / インシデント), with a 記入要領 sheet, a cover sheet
# ("医療機関名：…" in one cell, a COUNTIF summary formula without cached value), a hidden list sheet,
# answers as ○/× and dates as 和暦 text. No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave13/checklist-hospital"
NAME = "clh-w13-b-sheet-per-section"
FAC = "社会医療法人 清流会 みなみ川中央病院"

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

def wa(y, m, d, style):
    """和暦 text for a Gregorian date (R6 = 2024, R7 = 2025)."""
    r = y - 2018
    return f"R{r}.{m}.{d}" if style == "R" else f"令和{r}年{m}月{d}日"

# sheet -> (title, section heading, section canonical, rows)
# row: (itemNo shown, item as displayed, canonical item, a1 cell, d1 (y,m,d), target (y,m,d), a2 cell, d2, remarks)
SHEETS = [
 ("前提・体制", "前提 ／ 1 体制構築", None, [
   ("HEAD", "前提", "前提"),
   (None, "医療情報システムを導入、運用している", None, "○", (2024,10,21), None, None, None, None),
   ("HEAD", "1 体制構築", "体制構築"),
   ("1-(1)", "医療情報システム安全管理責任者を設置している", None, "○", (2024,10,21), None, None, None, "情報システム課長を任命（令和6年4月）"),
 ]),
 ("全般", "2 医療情報システムの管理・運用", None, [
   ("HEAD", "医療情報システム全般", "医療情報システム全般"),
   ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", None, "○", (2024,10,21), None, None, None, None),
   ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", None, "×", (2024,10,21), (2024,11,29), "○ ", (2024,11,26),
      "保守VPN利用機器：電子カルテサーバ、PACS\n事業者回答書を受領"),
   ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", None, "○", (2024,10,22), None, None, None, "3社分受領"),
 ]),
 ("サーバ", "2 医療情報システムの管理・運用", None, [
   ("HEAD", "サーバ", "サーバ"),
   (None, ACC, None, "○", (2024,10,22), None, None, None, None),
   (None, ACCT, None, "○", (2024,10,22), None, None, None, None),
   (None, LOG + "（※電子カルテサーバ・部門サーバ）", LOG, "〇", (2024,10,22), None, None, None, None),
   (None, PATCH, None, "×", (2024,10,22), (2025,1,31), "○", (2025,1,28), "PACSサーバのOSパッチ未適用分あり→適用済"),
   (None, BG, None, "○", (2024,10,22), None, None, None, None),
 ]),
 ("端末PC", "2 医療情報システムの管理・運用", None, [
   ("HEAD", "端末PC", "端末PC"),
   (None, ACC, None, "○", (2024,10,23), None, None, None, None),
   (None, ACCT, None, "○ ", (2024,10,23), None, None, None, None),
   (None, PATCH + "（※WSUSで一括適用）", PATCH, "○", (2024,10,23), None, None, None, None),
   (None, BG, None, "×", (2024,10,23), (2025,3,14), "○", (2025,3,10), "不要な常駐ソフトをアンインストール"),
 ]),
 ("NW機器", "2 医療情報システムの管理・運用", None, [
   ("HEAD", "ネットワーク機器", "ネットワーク機器"),
   (None, PATCH, None, "○", (2024,10,24), None, None, None, None),
   (None, SRC, None, "×", (2024,10,24), (2024,12,20), "○", (2024,12,18), "保守用VPNの接続元IPを事業者拠点に限定"),
 ]),
 ("インシデント", "3 インシデント発生に備えた対応", None, [
   ("HEAD", "インシデント発生に備えた対応", "インシデント発生に備えた対応"),
   ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", None, "○", (2024,10,24), None, None, None, None),
   ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", None, "○", (2024,10,24), None, None, None, None),
   ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", None, "×", (2024,10,24), (2025,3,31), "○", (2025,3,27),
      "サイバー攻撃を想定したBCPを\n3月の医療安全委員会で承認"),
 ]),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(wrap_text=True, vertical="center", horizontal="center")
hfill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
g = wb.active; g.title = "記入要領"
guide = [
 "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版・医療機関確認用）",
 "",
 "1. 区分ごとにシートを分けています（前提・体制／全般／サーバ／端末PC／NW機器／インシデント）。",
 "2. 回答欄は「○」＝はい、「×」＝いいえ を選択してください。",
 "3. 確認日・目標日は和暦で記入してください（例：R6.10.1 または 令和6年10月1日）。",
 "4. 1回目が「×」の項目は目標日を記入し、対応完了後に2回目欄を記入してください。",
 "5. 前提が「×」の場合、以降のシートの記入は不要です。",
 "6. 各項目の詳細はチェックリストマニュアル（医療機関・事業者向け）を参照。",
]
for i, t in enumerate(guide): g.cell(i + 1, 1, t)
g["A1"].font = Font(bold=True); g.column_dimensions["A"].width = 100

cv = wb.create_sheet("表紙")
cv.column_dimensions["A"].width = 70
cv["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"; cv["A1"].font = Font(bold=True, size=14)
cv["A3"] = "医療機関名：" + FAC
cv["A4"] = "記入担当：情報システム課　佐藤"
cv["A6"] = "1回目「×」の項目数"
cv["B6"] = "=COUNTIF('全般'!C:C,\"×\")+COUNTIF('サーバ'!C:C,\"×\")+COUNTIF('端末PC'!C:C,\"×\")+COUNTIF('NW機器'!C:C,\"×\")+COUNTIF('インシデント'!C:C,\"×\")"

lst = wb.create_sheet("list"); lst["A1"] = "○"; lst["A2"] = "×"

entries = []; where = []
for sname, title, _, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in dict(A=8, B=58, C=7, D=12, E=15, F=7, G=12, H=30).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=12)
    ws["H1"] = "※○：はい　×：いいえ"; ws["H1"].font = Font(size=9)
    heads = ("項番", "確認項目", "1回目", "1回目確認日", "目標日", "2回目", "2回目確認日", "備考")
    for c, t in enumerate(heads, 1):
        x = ws.cell(3, c, t); x.border = B; x.alignment = ctr; x.fill = hfill
    dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv); dv.add("C4:C20"); dv.add("F4:F20")
    r = 4; sec = None
    for row in rows:
        if row[0] == "HEAD":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, "■ " + row[1]).font = Font(bold=True)
            for c in range(1, 9): ws.cell(r, c).border = B
            sec = row[2]; r += 1; continue
        no, shown, canon, a1, d1, tg, a2, d2, rem = row
        if no: ws.cell(r, 1, no)
        ws.cell(r, 2, shown); ws.cell(r, 3, a1)
        ws.cell(r, 4, wa(*d1, "R"))
        if tg: ws.cell(r, 5, wa(*tg, "K"))
        if a2: ws.cell(r, 6, a2)
        if d2: ws.cell(r, 7, wa(*d2, "R"))
        if rem: ws.cell(r, 8, rem)
        for c in range(1, 9):
            ws.cell(r, c).border = B; ws.cell(r, c).alignment = wrap if c in (2, 8) else ctr
        ws.row_dimensions[r].height = 36
        ans = lambda s: {"○": "はい", "〇": "はい", "×": "いいえ"}[s.strip()]
        e = {"section": sec, "item": canon or shown}
        if no: e["itemNo"] = no
        e["firstAnswer"] = ans(a1); e["firstDate"] = "%04d-%02d-%02d" % d1
        if tg: e["targetDate"] = "%04d-%02d-%02d" % tg
        if a2: e["secondAnswer"] = ans(a2)
        if d2: e["secondDate"] = "%04d-%02d-%02d" % d2
        if rem: e["remarks"] = rem
        entries.append(e); where.append(f"{sname}!{r}")
        r += 1
lst.sheet_state = "hidden"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [],
 "notes": ("Sheets in order: 記入要領 (instructions only), 表紙 (A3 '医療機関名：…' label and value in one cell; B6 is a "
           "COUNTIF formula saved by openpyxl without a cached value, not a field), hidden 'list' (dropdown values), then one "
           "sheet per section: 前提・体制, 全般, サーバ, 端末PC, NW機器, インシデント. Entries follow sheet order then row order. "
           "Answers are ○ (はい) / × (いいえ); some cells have a trailing space ('○ ') and one uses the kanji zero '〇' "
           "(サーバ!C7). 確認日 are 和暦 text 'R6.10.21'; 目標日 are 和暦 text '令和6年11月29日'. section is the ■ heading "
           "row of the sheet (e.g. ■ 1 体制構築 -> 体制構築; sheet NW機器 -> ネットワーク機器). Two items carry a bracketed "
           "note after the catalogue wording ('（※電子カルテサーバ・部門サーバ）', '（※WSUSで一括適用）'); item gives the "
           "catalogue wording without the note. 前提 and device-class rows show no 項番, so itemNo is omitted. 3-(3) 目標日 is "
           "令和7年3月31日, the last day of the fiscal year (still inside it). Password item not on this sheet (R6 per-class "
           "list follows seed 004).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(where)
