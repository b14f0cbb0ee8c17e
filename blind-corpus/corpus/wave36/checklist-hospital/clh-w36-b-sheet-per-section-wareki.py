#!/usr/bin/python3
"""clh-w36-b: チェックリスト（医療機関確認用）R6 redrawn by a 保健所 as a questionnaire with a sheet per
section (記入要領 / 基本情報・前提 / 1 体制構築 / 2 システム管理 / 3 インシデント対応). Each table:
No. | 対象 | 確認項目 (abbreviated) | 1回目 回答 | 1回目 確認日 | 目標日 | 2回目 回答 | 2回目 確認日 | 備考.
Section 2 sheet starts with a correctly labelled 記入例 row. Dates typed as 和暦 text."""
import sys, json, os
sys.path.insert(0, "/tmp/w36-clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w36-b-sheet-per-section-wareki"
FACILITY = "医療法人 吉井川会 備前ひがし病院"

SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
FULL = {
 "P": "医療情報システムを導入、運用している",
 "1-(1)": "医療情報システム安全管理責任者を設置している",
 "2-(1)": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-(2)": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
 "2-(3)": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
 "2-(4)": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "2-(5)": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "2-(6)": "アクセスログを管理している",
 "2-(7)": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
 "2-(8)": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "2-(9)": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "2-(10)": "接続元制限を実施している",
 "3-(1)": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
 "3-(2)": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
 "3-(3)": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
SHORT = {
 "P": "医療情報システムを導入・運用しているか",
 "1-(1)": "医療情報システム安全管理責任者の設置",
 "2-(1)": "サーバ・端末PC・NW機器の台帳管理",
 "2-(2)": "リモートメンテナンス（保守）利用機器の有無を事業者に確認",
 "2-(3)": "事業者からMDS/SDS（医療情報セキュリティ開示書）の提出",
 "2-(4)": "アクセス利用権限の設定（職種・担当業務別の情報区分毎）",
 "2-(5)": "不要アカウント（退職者・未使用等）の削除",
 "2-(6)": "アクセスログの管理",
 "2-(7)": "パスワード（英数字・記号混在8文字以上、定期変更）",
 "2-(8)": "セキュリティパッチ（最新FW・更新プログラム）の適用",
 "2-(9)": "バックグラウンドの不要ソフト・サービスの停止",
 "2-(10)": "接続元制限の実施",
 "3-(1)": "インシデント時の連絡体制図（院内・事業者・厚労省・警察等）",
 "3-(2)": "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認",
 "3-(3)": "サイバー攻撃を想定したBCPの策定",
}
# row: (key, target/section shown, a1, d1 text, d1 iso, tgt text, tgt iso, a2, d2 text, d2 iso, remarks)
def R(k, tg, a1, d1, i1, tt=None, ti=None, a2=None, d2=None, i2=None, rem=""):
    return (k, tg, a1, d1, i1, tt, ti, a2, d2, i2, rem)

SHEETS = [
 ("基本情報・前提", "前提", [
   R("P", "", "はい", "R6.10.8", "2024-10-08"),
 ]),
 ("1 体制構築", "体制構築", [
   # PLANTED: 目標日 R7.6.30 is outside the R6 fiscal year (ends 2025-03-31)
   R("1-(1)", "", "いいえ", "R6.10.8", "2024-10-08", "R7.6.30", "2025-06-30", rem="次回理事会（6月）で任命予定"),
 ]),
 ("2 システム管理", None, [
   R("2-(1)", "全般", "はい", "R6.10.8", "2024-10-08"),
   R("2-(2)", "全般", "はい", "R6.10.8", "2024-10-08", rem="電子カルテ・検査システムでリモート保守あり（事業者確認済）"),
   R("2-(3)", "全般", "はい ", "R6.10.9", "2024-10-09"),
   R("2-(4)", SV, "はい", "R6.10.9", "2024-10-09"),
   R("2-(4)", PC, "はい", "R6.10.9", "2024-10-09"),
   R("2-(5)", SV, "はい", "R6.10.9", "2024-10-09"),
   # PLANTED: 1回目 answered but the 確認日 left blank
   R("2-(5)", PC, "はい", None, None),
   R("2-(6)", SV, "いいえ", "R6.10.9", "2024-10-09", "令和7年1月31日", "2025-01-31", "はい", "R7.1.28", "2025-01-28", "ログサーバ導入・保存1年"),
   R("2-(7)", SV, "はい", "R6.10.10", "2024-10-10"),
   R("2-(7)", PC, "はい", "R6.10.10", "2024-10-10"),
   R("2-(7)", NW, "いいえ", "R6.10.10", "2024-10-10", "令和6年12月20日", "2024-12-20", "はい", "R6.12.19", "2024-12-19", "ルータ初期PWを変更（業者作業）"),
   R("2-(8)", SV, "はい", "R6.10.10", "2024-10-10"),
   R("2-(8)", PC, "はい", "R6.10.10", "2024-10-10"),
   R("2-(8)", NW, "はい", "R6.10.10", "2024-10-10"),
   R("2-(9)", SV, "はい", "R6.10.10", "2024-10-10"),
   R("2-(9)", PC, "いいえ", "R6.10.10", "2024-10-10", "令和7年3月31日", "2025-03-31", "いいえ", "R7.2.20", "2025-02-20", "業務端末の常駐ソフト整理中\n（3月末完了見込み）"),
   R("2-(10)", NW, "はい", "R6.10.10", "2024-10-10"),
 ]),
 ("3 インシデント対応", "インシデント発生に備えた対応", [
   R("3-(1)", "", "はい", "R6.10.10", "2024-10-10"),
   R("3-(2)", "", "はい", "R6.10.10", "2024-10-10"),
   R("3-(3)", "", "いいえ", "R6.10.10", "2024-10-10", "令和7年3月31日", "2025-03-31", "はい", "R7.3.21", "2025-03-21", "BCP（サイバー攻撃編）策定済"),
 ]),
]
TITLES = {"基本情報・前提": "前提", "1 体制構築": "1　体制構築",
          "2 システム管理": "2　医療情報システムの管理・運用", "3 インシデント対応": "3　インシデント発生に備えた対応"}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
HDR = ["No.", "対象", "確認項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
W = [8, 14, 44, 8, 11, 15, 8, 11, 30]
COLS = "ABCDEFGHI"

wb = Workbook()
g = wb.active; g.title = "記入要領"
g.column_dimensions["A"].width = 110
for i, t in enumerate([
  "チェックリスト（医療機関確認用）令和6年度版　記入要領",
  "",
  "・厚生労働省「医療機関におけるサイバーセキュリティ対策チェックリスト」（令和6年5月13日 医政参発0513第6号）の項目を、入力しやすいよう分野ごとのシートに分けたものです。",
  "・記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
  "・「基本情報・前提」シートの前提が「いいえ」の場合、以降のシートの記入は不要です。",
  "・回答欄には「はい」又は「いいえ」を、確認日欄には確認した日付（例：R6.10.1）を記入してください。",
  "・1回目で「いいえ」の場合は、本年度内（令和7年3月31日まで）の目標日を記入し、対応後に2回目の確認を行ってください。",
  "・2 システム管理シートの「記入例」行は消さずにそのままで結構です（集計対象外）。",
], 1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True, size=12)

entries = []
index_of = {}
for sname, section, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for c, w in zip(COLS, W):
        ws.column_dimensions[c].width = w
    r = 1
    if sname == "基本情報・前提":
        ws.merge_cells("A1:I1"); ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A3:E3"); ws["A3"] = "医療機関名：" + FACILITY
        ws["A3"].font = Font(size=12)
        ws.merge_cells("A4:I4"); ws["A4"] = "※前提が「いいえ」の場合、1～3の各シートの記入は不要です。"
        ws["A4"].font = Font(size=9)
        r = 6
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, TITLES[sname]).font = Font(bold=True, size=12)
    r += 1
    for c, h in zip(COLS, HDR):
        x = ws[f"{c}{r}"]; x.value = h; x.border = B; x.alignment = center
        x.fill = PatternFill("solid", fgColor="D9E1F2"); x.font = Font(bold=True, size=10)
    ws.row_dimensions[r].height = 30
    r += 1
    if sname == "2 システム管理":
        ex = ["記入例", "サーバ", "（例）アクセスログの管理", "はい", "R6.10.1", "", "", "", "（例）ログ保存期間1年"]
        for c, v in zip(COLS, ex):
            x = ws[f"{c}{r}"]; x.value = v or None; x.border = B
            x.font = Font(italic=True, color="808080", size=9); x.alignment = center
            x.fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
    for (k, tg, a1, d1, i1, tt, ti, a2, d2, i2, rem) in rows:
        vals = ["前提" if k == "P" else k, tg or None, SHORT[k], a1, d1, tt, a2, d2, rem or None]
        for c, v in zip(COLS, vals):
            x = ws[f"{c}{r}"]; x.value = v; x.border = B; x.alignment = center
        ws[f"C{r}"].alignment = wrap; ws[f"I{r}"].alignment = wrap; ws[f"I{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 30
        if k == "P":
            sec = "前提"
        elif tg == "全般":
            sec = "医療情報システム全般"
        elif tg:
            sec = tg
        else:
            sec = section
        e = {"section": sec, "item": FULL[k]}
        if k != "P":
            e["itemNo"] = k
        e["firstAnswer"] = a1.strip()
        if i1: e["firstDate"] = i1
        if ti: e["targetDate"] = ti
        if a2: e["secondAnswer"] = a2
        if i2: e["secondDate"] = i2
        if rem: e["remarks"] = rem
        index_of[(sname, r)] = len(entries)
        entries.append(e)
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

def find(sname, col, key, tg):
    ws = wb[sname]
    for row in range(1, ws.max_row + 1):
        if ws[f"A{row}"].value == key and (ws[f"B{row}"].value or "") == tg:
            return row
r11 = find("1 体制構築", "F", "1-(1)", "")
r25 = find("2 システム管理", "E", "2-(5)", PC)
exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [
  {"cells": [f"1 体制構築!F{r11}"], "paths": [f"entries[{index_of[('1 体制構築', r11)]}].targetDate"],
   "why": "目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year 令和6年度 (must be by 2025-03-31)"},
  {"cells": [f"2 システム管理!E{r25}"], "paths": [f"entries[{index_of[('2 システム管理', r25)]}].firstDate"],
   "why": "1回目 answered はい but the 1回目 確認日 is blank (every item needs a 1回目 answer and date)"},
 ],
 "notes": ("Sheet per section; 記入要領 sheet is instructions only. The 記入例 row on 「2 システム管理」 (row 3) is a labelled "
           "example and is not an entry. Item texts are abbreviated in the sheet; item values are the catalogue's full wording. "
           "対象 「全般」 on 2-(1)…2-(3) = section 医療情報システム全般; 1-(1) and 3-x use the sheet heading as section. "
           "Item numbers 2-(4)…2-(10) are this workbook's own numbering. Dates are 和暦 text (R6.10.8, 令和7年1月31日). "
           "2-(3) answer cell is 「はい 」 with a trailing space. 2回目 filled only for items that were いいえ at 1回目."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out, exp["planted"])
