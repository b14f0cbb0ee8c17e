#!/usr/bin/env python3
"""Generator: ins-w44-b-pref-template-mark-columns.xlsx (別紙1 as a prefecture would hand it out; 2 planted problems).
Print-style sheet with a blank spacer column, labels above values, 注意点 column, ○ marks in 提出 / 未作成 columns,
and a 記入要領 sheet. Run: PYTHONPATH=/tmp/w44pkgs /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave44/inspection-documents"
NAME = "ins-w44-b-pref-template-mark-columns"
SHEET = "別紙1"
FAC = "医療法人 白梅会 高梁白梅病院"
DATE_TEXT = "R7.4.8"           # planted: after the programme period (令和6年10月1日～令和7年3月31日)
DATE_CANON = "2025-04-08"

NOTES = {
 1: "令和6年5月13日付け医政参発0513第6号で示された令和6年度版のチェックリスト様式を使用。マニュアルを参照して記入。",
 2: "上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセコン、医療機器など）の委託事業者に記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
 3: "別添のチェックリスト様式を使用。「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日付け事務連絡別添）を参照。",
 4: "サーバーやPC、ルータ等の機器を記載した台帳。書式はマニュアル2-(1)を参照。",
 5: "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
 6: "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②を参照。",
 7: "作成していれば提出。「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
}
NAMES = {1: "チェックリスト\n（医療機関確認用）", 2: "チェックリスト\n（事業者確認用）", 3: "チェックリスト\n（最低限の措置編）",
         4: "機器管理台帳", 5: "インシデント発生時の連絡体制図", 6: "ネットワーク構成図及び\nシステム全体構成図",
         7: "サイバー攻撃を想定した\n事業継続計画（BCP）"}
# kind -> (提出 mark, 未作成 mark, 備考)
FILL = {
 1: ("○", None, None),
 2: ("○", None, "電子カルテ・レセコン・検査システムの3社分"),
 3: ("○", None, None),
 4: ("○", None, "紙台帳をExcelに移行済"),
 5: (None, None, None),          # planted: no answer at all
 6: ("○", None, "ネットワーク構成図のみ（全体構成図は作成中）"),
 7: (None, "〇", "策定中（R7.6完成予定）"),
}

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); med = Side(style="medium")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFG", [2, 6, 24, 58, 8, 8, 26]):
        ws.column_dimensions[col].width = w
    ws["G1"] = "別紙1"; ws["G1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:G2")
    ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
    ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = ctr; ws.row_dimensions[2].height = 36
    # labels above values
    ws.merge_cells("B4:D4"); ws["B4"] = "医療機関名"
    ws.merge_cells("B5:D5"); ws["B5"] = FAC
    ws.merge_cells("E4:G4"); ws["E4"] = "提出日"
    ws.merge_cells("E5:G5"); ws["E5"] = DATE_TEXT
    for r in (4, 5):
        for c in range(2, 8):
            ws.cell(r, c).border = B
    for a in ("B4", "E4"):
        ws[a].fill = PatternFill("solid", fgColor="FFF2CC"); ws[a].alignment = ctr
    ws["B5"].alignment = Alignment(horizontal="left", vertical="center"); ws["E5"].alignment = ctr
    ws.row_dimensions[5].height = 24
    ws.merge_cells("B6:G6")
    ws["B6"] = "※提出する書類は「提出」欄に○を、作成していない書類は「未作成」欄に○を記入してください。"
    ws["B6"].font = Font(size=9)
    hdr = ["番号", "書類の名称", "提出にあたっての注意点", "提出", "未作成", "備考"]
    for c, v in enumerate(hdr, 2):
        cell = ws.cell(8, c, v); cell.border = Border(left=thin, right=thin, top=med, bottom=med)
        cell.alignment = ctr; cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="D9E1F2")
    refs = {}
    for k in range(1, 8):
        r = 8 + k
        s, n, rm = FILL[k]
        vals = [k, NAMES[k], NOTES[k], s, n, rm]
        for c, v in enumerate(vals, 2):
            cell = ws.cell(r, c, v); cell.border = B
            cell.alignment = ctr if c in (2, 5, 6) else wrap
            if c == 4: cell.font = Font(size=8)
        ws.row_dimensions[r].height = 48
        refs[k] = r
    ws.print_area = "A1:G16"; ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    s2 = wb.create_sheet("記入要領")
    lines = ["【記入要領】",
             "1. 医療機関名は正式名称で記入してください。",
             "2. 提出日は保健所に書類を提出する日を記入してください。",
             "3. 各書類について「提出」又は「未作成」のいずれかの欄に○を記入してください。",
             "4. 番号6・7は作成している場合のみ提出してください。",
             "5. 事業者確認用チェックリストは、事業者ごと又はシステムごとに分けて提出してください。",
             "6. 実施時期：令和6年10月1日から令和7年3月31日まで（立入検査の際に保健所へ提出）。",
             "問い合わせ先：岡山県保健医療部医療推進課医事班"]
    for i, t in enumerate(lines, 1):
        s2.cell(i, 1, t)
    s2.column_dimensions["A"].width = 90
    wb.save(path)
    return refs

def expected(refs):
    docs = []
    for k in range(1, 8):
        s, n, rm = FILL[k]
        d = {"kind": str(k)}
        if s: d["submission"] = "SUBMITTED"
        elif n: d["submission"] = "NOT_CREATED"
        if rm: d["remarks"] = rm
        docs.append(d)
    planted = [
        {"cells": [f"{SHEET}!E{refs[5]}", f"{SHEET}!F{refs[5]}"], "paths": ["documents[4].submission"],
         "why": "5 インシデント発生時の連絡体制図: 「提出」「未作成」のどちらにも○がない（提出の有無が未回答）。5は必須の提出書類（6・7のような「作成していれば」ではない）"},
        {"cells": [f"{SHEET}!E5"], "paths": ["submittedOn"],
         "why": "提出日 R7.4.8 (2025-04-08) が実施要領の実施時期（令和6年10月1日～令和7年3月31日）の後"},
    ]
    return {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
            "values": {"facilityName": FAC, "submittedOn": DATE_CANON, "documents": docs},
            "planted": planted,
            "notes": ("Print-style 別紙1 with a blank spacer column A; labels above values (医療機関名 B4→B5, 提出日 E4→E5). "
                      "提出日 is text 'R7.4.8' (令和7年4月8日). Marks: ○ in E (提出) = SUBMITTED, ○/〇 in F (未作成) = "
                      "NOT_CREATED; row 15 (BCP) uses the ideographic zero 〇 (U+3007) as the mark. Column D is the "
                      "prefecture's 提出にあたっての注意点 text (template, not an answer). Document names contain line "
                      "breaks. documents[4] (kind 5) is listed with no submission because the row was left unmarked on "
                      "purpose (planted). No file-name column on this form. Sheet 記入要領 is instructions only.")}

if __name__ == "__main__":
    refs = build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(refs), f, ensure_ascii=False, indent=2)
