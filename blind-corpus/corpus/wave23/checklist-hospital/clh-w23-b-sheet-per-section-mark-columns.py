#!/usr/bin/python3
# Generator: clh-w23-b — MHLW R6 checklist (医療機関確認用) as a hospital's own Excel: a cover sheet (label above value),
# then one sheet per section; はい / いいえ as two columns with a ● mark; dates as 和暦 text (R6.7.8 / 令和6年7月10日);
# merged 区分 column on the section-2 sheet; a correctly labelled 記入例 row on the first data sheet.
# Planted: 1回目 確認日 missing (ネットワーク機器 接続元制限); 目標日 outside the fiscal year (BCP, R7.6.30).
import json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w23-b-sheet-per-section-mark-columns"
XLSX = NAME + ".xlsx"
FACILITY = "医療法人 青葉会 あおば記念病院"

IA = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
IB = "退職者や使用していないアカウント等、不要なアカウントを削除している"
IC = "アクセスログを管理している"
ID = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
IE = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
IF = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
IG = "接続元制限を実施している"

# written text (may be shortened) -> canonical catalogue wording
SHORT = {
    IE: "セキュリティパッチ（最新FW・更新プログラム）を適用している",
    IF: "バックグラウンドで動作する不要なソフト・サービスを停止している",
}

# sheets: (sheet name, title, [ (区分, item, a1, d1, tgt, a2, d2, remarks) ])
SHEETS = [
    ("前提・1 体制", "前提／1 体制構築　※前提が「いいえ」の場合は以降の記入不要", [
        ("前提", "医療情報システムを導入、運用している", "はい", "R6.7.8", None, None, None, None),
        ("体制構築", "医療情報システム安全管理責任者を設置している", "はい", "R6.7.8", None, None, None, "院長補佐（医療情報部長）"),
    ]),
    ("2 管理・運用", "2 医療情報システムの管理・運用", [
        ("医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", "R6.7.8", None, None, None, None),
        ("医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "いいえ", "R6.7.8",
         "R6.9.30", "はい", "R6.9.23", "電子カルテ・レセコン・PACSの各業者へ照会"),
        ("医療情報システム全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "はい", "R6.7.8", None, None, None, None),
        ("サーバ", IA, "はい", "R6.7.9", None, None, None, None),
        ("サーバ", IB, "いいえ", "R6.7.9", "R6.8.31", "はい", "R6.8.26", "退職者アカウント12件を削除"),
        ("サーバ", IC, "はい", "R6.7.9", None, None, None, None),
        ("サーバ", ID, "はい", "R6.7.9", None, None, None, None),
        ("サーバ", IE, "はい", "R6.7.9", None, None, None, None),
        ("サーバ", IF, "はい", "R6.7.9", None, None, None, None),
        ("端末PC", IA, "はい", "R6.7.9", None, None, None, None),
        ("端末PC", IB, "はい", "R6.7.9", None, None, None, None),
        ("端末PC", ID, "いいえ", "R6.7.9", "R7.3.31", None, None, "電子カルテ端末のPW定期変更を検討中"),
        ("端末PC", IE, "はい", "R6.7.9", None, None, None, None),
        ("端末PC", IF, "はい", "R6.7.9", None, None, None, None),
        ("ネットワーク機器", ID, "はい", "R6.7.9", None, None, None, None),
        ("ネットワーク機器", IE, "はい", "R6.7.9", None, None, None, None),
        ("ネットワーク機器", IG, "はい", None, None, None, None, None),   # planted: 1回目 確認日 missing
    ]),
    ("3 インシデント対応", "3 インシデント発生に備えた対応", [
        ("インシデント対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "令和6年7月10日", None, None, None, None),
        ("インシデント対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", "令和6年7月10日", None, None, None, None),
        ("インシデント対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", "令和6年7月10日", "R7.6.30",
         None, None, "確認表を使って策定中（法人本部と調整）"),   # planted: 目標日 outside R6
    ]),
]

def iso(s):
    m = re.fullmatch(r"R(\d+)\.(\d+)\.(\d+)", s) or re.fullmatch(r"令和(\d+)年(\d+)月(\d+)日", s)
    y, mo, d = (int(x) for x in m.groups())
    return f"{2018 + y:04d}-{mo:02d}-{d:02d}"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
leftwrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
font = Font(name="メイリオ", size=9)
bold = Font(name="メイリオ", size=9, bold=True)
hdrfill = PatternFill("solid", fgColor="FCE4D6")
exfill = PatternFill("solid", fgColor="EDEDED")
MARK = "●"

wb = Workbook()
cover = wb.active
cover.title = "表紙"
cover.column_dimensions["B"].width = 50
cover["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cover["B2"].font = Font(name="メイリオ", size=14, bold=True)
cover["B3"] = "（医療機関確認用・令和6年度版）"
cover["B3"].font = Font(name="メイリオ", size=11)
cover["B5"] = "医療機関名"
cover["B5"].font = bold
cover["B5"].fill = hdrfill
cover["B6"] = FACILITY
cover["B6"].font = Font(name="メイリオ", size=11)
cover["B8"] = "記入者（所属・氏名）"
cover["B8"].font = bold
cover["B8"].fill = hdrfill
cover["B9"] = "医療情報部　システム管理室　佐々木"
cover["B11"] = "記入方法：各シートの該当する欄に「●」を付け、確認日を和暦で記入（例：R6.7.8）。"
cover["B12"] = "　　　　　1回目が「いいえ」の項目は目標日を記入し、対応後に2回目を記入。"
for a in ("B5", "B6", "B8", "B9"):
    cover[a].border = box

entries = []
where = []   # (sheet, row) per entry
for sname, title, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in {"A": 14, "B": 52, "C": 5, "D": 6, "E": 12, "F": 12, "G": 5, "H": 6, "I": 12, "J": 28}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title
    ws["A1"].font = Font(name="メイリオ", size=12, bold=True)
    ws["A2"] = "医療機関名：" + FACILITY
    ws["A2"].font = font
    HR = 4
    ws.merge_cells(f"A{HR}:A{HR+1}"); ws[f"A{HR}"] = "区分"
    ws.merge_cells(f"B{HR}:B{HR+1}"); ws[f"B{HR}"] = "チェック項目"
    ws.merge_cells(f"C{HR}:E{HR}"); ws[f"C{HR}"] = "1回目"
    ws.merge_cells(f"F{HR}:F{HR+1}"); ws[f"F{HR}"] = "目標日"
    ws.merge_cells(f"G{HR}:I{HR}"); ws[f"G{HR}"] = "2回目"
    ws.merge_cells(f"J{HR}:J{HR+1}"); ws[f"J{HR}"] = "備考"
    for col, t in zip("CDEGHI", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
        ws[f"{col}{HR+1}"] = t
    for rr in (HR, HR + 1):
        for col in "ABCDEFGHIJ":
            c = ws[f"{col}{rr}"]
            c.font = bold; c.alignment = center; c.fill = hdrfill; c.border = box
    r = HR + 2
    if sname == "前提・1 体制":
        ex = {"A": "記入例", "B": "（例）○○○○を実施している", "C": MARK, "E": "R6.4.1", "J": "（例）担当：○○課"}
        for col in "ABCDEFGHIJ":
            c = ws[f"{col}{r}"]
            c.value = ex.get(col)
            c.fill = exfill; c.border = box
            c.font = Font(name="メイリオ", size=9, italic=True, color="7F7F7F")
            c.alignment = leftwrap if col in "BJ" else center
        r += 1
    first = r
    for kubun, item, a1, d1, tgt, a2, d2, rem in rows:
        vals = {"A": kubun, "B": SHORT.get(item, item),
                "C": MARK if a1 == "はい" else None, "D": MARK if a1 == "いいえ" else None, "E": d1,
                "F": tgt,
                "G": MARK if a2 == "はい" else None, "H": MARK if a2 == "いいえ" else None, "I": d2, "J": rem}
        for col, v in vals.items():
            c = ws[f"{col}{r}"]
            c.value = v
            c.font = font; c.border = box
            c.alignment = leftwrap if col in "ABJ" else center
        ws.row_dimensions[r].height = 30
        e = {"section": kubun, "item": item, "firstAnswer": a1}
        if d1: e["firstDate"] = iso(d1)
        if tgt: e["targetDate"] = iso(tgt)
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = iso(d2)
        if rem: e["remarks"] = rem
        entries.append(e)
        where.append((sname, r))
        r += 1
    last = r - 1
    # merge the 区分 column over runs of the same value
    start = first
    for i in range(first, last + 2):
        if i > last or ws[f"A{i}"].value != ws[f"A{start}"].value:
            if i - 1 > start:
                ws.merge_cells(f"A{start}:A{i-1}")
                ws[f"A{start}"].alignment = center
            start = i
    ws.freeze_panes = f"C{HR+2}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

wb.save(os.path.join(HERE, XLSX))

# planted indexes
i_conn = next(i for i, e in enumerate(entries) if e["section"] == "ネットワーク機器" and e["item"] == IG)
i_bcp = next(i for i, e in enumerate(entries) if "BCP" in e["item"])
s1, r1 = where[i_conn]
s2, r2 = where[i_bcp]
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": XLSX,
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{s1}!E{r1}"], "paths": [f"entries[{i_conn}].firstDate"],
         "why": "1回目は「はい」に●があるが確認日が空欄（すべての項目に1回目の回答と確認日が必要）"},
        {"cells": [f"{s2}!F{r2}"], "paths": [f"entries[{i_bcp}].targetDate"],
         "why": "目標日 R7.6.30（2025-06-30）が令和6年度（2025-03-31まで）を超えている"},
    ],
    "notes": ("Cover sheet '表紙' has 医療機関名 label above value (B5/B6); 記入者 is not a form key. One sheet per section. "
              "Answers are a ● in the はい or いいえ column of 1回目 / 2回目. Dates are text: R6.7.8 = 2024-07-08, "
              "令和6年7月10日 = 2024-07-10. Row 6 of '前提・1 体制' is a correctly labelled 記入例 row (grey, A='記入例') and is "
              "not an entry. The 区分 column (merged per run) gives section; 前提 row's 区分 is '前提'. No item numbers shown, "
              "so itemNo is omitted. Two device-class items are written abbreviated (パッチ, 不要ソフト停止); 'item' gives the "
              "catalogue wording."
              " Item set per device class is the drafter's reading of the catalogue/seed 004: サーバ = アクセス権限, 不要アカウント, アクセスログ, パスワード, パッチ, 不要ソフト停止; 端末PC = アクセス権限, 不要アカウント, パスワード, パッチ, 不要ソフト停止; ネットワーク機器 = パスワード, パッチ, 接続元制限."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(where, i_conn, i_bcp)
