#!/usr/bin/python3
# Generator for clh-w14-b-sheet-per-section.xlsx (checklist-hospital, MHLW 令和6年度版 医療機関確認用)
# Role: 事務長 of a small hospital splitting the checklist into one sheet per section (表紙 + 3 sheets),
# item number typed in the same cell as the item text ("1-(1) …"), device classes as 【サーバ】 sub-heading
# rows with un-numbered items, answers ○/× (legend ○＝はい ×＝いいえ), dates typed as text in several
# styles (2024/8/5, R6.11.30, year-less 12/2), a correctly labelled 記入例 row, a hidden 選択肢 sheet.
# Two planted problems.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/checklist-hospital"
NAME = "clh-w14-b-sheet-per-section"
FACILITY = "医療法人 清流会 川辺記念病院"
MARK = {"はい": "○", "いいえ": "×"}

# each answer: (a1, d1_iso or None, d1_text, tgt_iso, tgt_text, a2, d2_iso, d2_text, remarks)
def A(a1, d1, t1, tg=None, tgt=None, a2=None, d2=None, t2=None, rem=None):
    return (a1, d1, t1, tg, tgt, a2, d2, t2, rem)
F1 = ("2024-08-05", "2024/8/5")
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SOFT = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

SHEETS = [
  ("前提・1体制", "前提／1 体制構築", [
    ("SUB", "前提", "前提"),
    ("ITEM", None, "医療情報システムを導入、運用している", A("はい", *F1)),
    ("SUB", "1 体制構築", "体制構築"),
    ("ITEM", "1-(1)", "医療情報システム安全管理責任者を設置している", A("はい", *F1, rem="事務長が兼務")),
  ]),
  ("2管理・運用", "2 医療情報システムの管理・運用", [
    ("SUB", "【医療情報システム全般】", "医療情報システム全般"),
    ("ITEM", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
        A("いいえ", *F1, "2024-11-30", "R6.11.30", "はい", "2024-12-02", "12/2", "台帳を新規作成（Excel）")),
    ("ITEM", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", A("はい", *F1)),
    ("ITEM", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
        A("はい", "2024-08-19", "2024/8/19", rem="電子カルテ業者・レセコン業者から受領")),
    ("SUB", "【サーバ】", "サーバ"),
    ("ITEM", None, ACC, A("はい", *F1)),
    ("ITEM", None, ACCT, A("はい", *F1)),
    ("ITEM", None, LOG, A("はい", *F1, rem="電子カルテのログは業者が保管")),
    ("ITEM", None, PW, A("いいえ", *F1, "2024-10-31", "R6.10.31", "はい", "2024-10-28", "10/28")),
    ("ITEM", None, PATCH, A("はい", *F1)),
    ("ITEM", None, SOFT, A("はい", *F1)),
    ("SUB", "【端末PC】", "端末PC"),
    ("ITEM", None, ACC, A("はい", *F1)),
    ("ITEM", None, ACCT, A("はい", *F1)),
    ("ITEM", None, PW, A("はい", *F1)),
    ("ITEM", None, PATCH, A("いいえ", *F1, "2025-06-30", "R7.6.30", rem="Windows10端末の入替えと同時に対応予定")),  # PLANTED
    ("ITEM", None, SOFT, A("はい", *F1)),
    ("SUB", "【ネットワーク機器】", "ネットワーク機器"),
    ("ITEM", None, PW, A("はい", *F1)),
    ("ITEM", None, PATCH, A("はい", "2024-08-19", "2024/8/19", rem="保守業者に確認（ルータ・UTM）")),
    ("ITEM", None, SRC, A("はい", "2024-08-19", "2024/8/19")),
  ]),
  ("3インシデント", "3 インシデント発生に備えた対応", [
    ("SUB", None, "インシデント発生に備えた対応"),
    ("ITEM", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", A("はい", *F1)),
    ("ITEM", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
        A("はい", None, None, rem="外付けHDDへ日次バックアップ\n復旧手順は業者マニュアル")),  # PLANTED: date missing
    ("ITEM", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
        A("いいえ", *F1, "2025-03-31", "R7.3.31", "はい", "2025-03-10", "3/10", "厚労省「確認表」を用いて策定")),
  ]),
]

wb = Workbook()
cov = wb.active; cov.title = "表紙"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="E2EFDA"); sfill = PatternFill("solid", fgColor="F2F2F2"); exfill = PatternFill("solid", fgColor="FFF2CC")
def al(c, h="center"):
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)

cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; cov["B2"].font = Font(size=16, bold=True)
cov["B3"] = "令和6年度版　（医療機関確認用）"; cov["B3"].font = Font(size=12)
cov["B5"] = "医療機関名：" + FACILITY; cov["B5"].font = Font(size=12, underline="single")
cov["B6"] = "担当：事務部　藤井（内線 205）"
for i, t in enumerate([
    "＜記入方法＞",
    "・各シートの「1回目」欄に、はいの場合は「○」、いいえの場合は「×」を入力し、確認日を記入する。",
    "・「×」の場合は目標日を記入し、対応後に「2回目」欄に記入する。",
    "・「前提」が×の場合は以降のシートの記入は不要。",
    "・各シート先頭の黄色の行は記入例（そのまま残して構いません）。",
    "＜シート＞　前提・1体制 ／ 2管理・運用 ／ 3インシデント",
], start=8):
    cov.cell(i, 2, t)
cov.column_dimensions["B"].width = 90

opt = wb.create_sheet("選択肢"); opt["A1"] = "○"; opt["A2"] = "×"; opt.sheet_state = "hidden"

entries = []; where = {}
for sname, title, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in dict(A=60, B=7, C=12, D=12, E=7, F=12, G=30).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title; ws["A1"].font = Font(size=13, bold=True)
    ws["G1"] = "○＝はい　×＝いいえ"; al(ws["G1"], "right")
    ws.merge_cells("A3:A4"); ws["A3"] = "チェック項目"
    ws.merge_cells("B3:C3"); ws["B3"] = "1回目"
    ws.merge_cells("D3:D4"); ws["D3"] = "目標日"
    ws.merge_cells("E3:F3"); ws["E3"] = "2回目"
    ws.merge_cells("G3:G4"); ws["G3"] = "備考"
    for col, t in zip("BCEF", ["○/×", "確認日", "○/×", "確認日"]):
        ws[f"{col}4"] = t
    for rr in (3, 4):
        for col in "ABCDEFG":
            c = ws[f"{col}{rr}"]; c.border = box; c.fill = hfill; c.font = Font(bold=True); al(c)
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True); ws.add_data_validation(dv)
    r = 5
    if sname == "前提・1体制":
        ex = ["記入例）○○○○を行っている", "○", "2024/6/3", "", "", "", "記入例"]
        for col, v in zip("ABCDEFG", ex):
            c = ws[f"{col}{r}"]; c.value = v if v else None; c.fill = exfill; c.border = box; c.font = Font(color="7F7F7F", italic=True)
            al(c, "left" if col in "AG" else "center")
        r += 1
    section = None
    for row in rows:
        if row[0] == "SUB":
            section = row[2]
            if row[1]:
                ws.merge_cells(f"A{r}:G{r}"); ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
                for col in "ABCDEFG":
                    ws[f"{col}{r}"].fill = sfill; ws[f"{col}{r}"].border = box
                r += 1
            continue
        _, no, item, (a1, d1, t1, tg, tgt, a2, d2, t2, rem) = row
        ws[f"A{r}"] = (no + " " + item) if no else ("・" + item)
        ws[f"B{r}"] = MARK[a1]
        if t1: ws[f"C{r}"] = t1
        if tgt: ws[f"D{r}"] = tgt
        if a2: ws[f"E{r}"] = MARK[a2]
        if t2: ws[f"F{r}"] = t2
        if rem: ws[f"G{r}"] = rem
        for col in "ABCDEFG":
            c = ws[f"{col}{r}"]; c.border = box; al(c, "left" if col in "AG" else "center")
            if col in "CDF": c.number_format = "@"
        dv.add(f"B{r}"); dv.add(f"E{r}")
        ws.row_dimensions[r].height = 36
        e = {"section": section, "item": item}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1
        if d1: e["firstDate"] = d1
        if tg: e["targetDate"] = tg
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2
        if rem: e["remarks"] = rem
        where[(sname, item, section)] = (len(entries), r)
        entries.append(e)
        r += 1
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:4"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

i1, r1 = where[("2管理・運用", PATCH, "端末PC")]
i2, r2 = where[("3インシデント", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "インシデント発生に備えた対応")]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"2管理・運用!D{r1}"], "paths": [f"entries[{i1}].targetDate"],
         "why": "目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year (令和6年度, ends 2025-03-31)"},
        {"cells": [f"3インシデント!C{r2}"], "paths": [f"entries[{i2}].firstDate"],
         "why": "1回目 answered ○ (はい) but its 確認日 is blank; every item needs a 1回目 answer and date"},
    ],
    "notes": ("One sheet per section after a 表紙 sheet (facilityName is in 表紙!B5 as '医療機関名：…', value after the colon). "
              "Hidden sheet 選択肢 is the drop-down list. Answers are ○ = はい, × = いいえ. All dates are text cells: "
              "'2024/8/5', 和暦 'R6.11.30', and year-less '12/2', '10/28', '3/10' (R6 form: Oct–Dec = 2024, Jan–Mar = 2025). "
              "Item numbers are typed in the same cell as the item text ('1-(1) 医療…'); device-class items are prefixed '・' and "
              "carry no number (no itemNo). Section = the sub-heading row the item sits under without brackets/numbers "
              "(前提, 体制構築, 医療情報システム全般, サーバ, 端末PC, ネットワーク機器); sheet 3インシデント has no sub-heading row, "
              "its section is the sheet title '3 インシデント発生に備えた対応' without the number. The yellow row 5 on sheet "
              "前提・1体制 is a correctly labelled 記入例 row and must be ignored. 表紙!B6 (担当) is not a key field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", len(entries), (i1, r1), (i2, r2))
