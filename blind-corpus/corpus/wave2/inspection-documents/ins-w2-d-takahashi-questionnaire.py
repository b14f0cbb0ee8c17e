#!/usr/bin/python3
# Generator for ins-w2-d-takahashi-questionnaire.xlsx
# Role: the only office clerk of a 45-bed hospital in Takahashi city (Okayama), answering a questionnaire-style
# version of 別紙1 sent round by the 保健所: No. | 設問 | 回答 | 備考, answers given by DELETING the options not
# chosen from "はい・いいえ・未作成", a correctly labelled 記入例 row, 提出日 year-less "(1/15)", and a
# =COUNTIF total saved by openpyxl without a cached value.
# Planted problems (2): Q3 (最低限の措置編) left unanswered (options untouched);
# Q1's remark says the 令和5年度版 checklist form was used (the notice requires the 令和6年度版 form).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

NAME = "ins-w2-d-takahashi-questionnaire"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "別紙1（回答）"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="FFF2CC"); EXF = PatternFill("solid", fgColor="E7E6E6")
W = Alignment(wrap_text=True, vertical="center")

facility = "医療法人 成羽会 高梁川病院"
Q = ["チェックリスト（医療機関確認用）の写しを提出しますか。",
     "チェックリスト（事業者確認用）の写しを提出しますか。（委託事業者ごと又はシステムごと）",
     "チェックリスト（最低限の措置編）の写しを提出しますか。",
     "機器管理台帳の写しを提出しますか。",
     "インシデント発生時の連絡体制図の写しを提出しますか。",
     "ネットワーク構成図及びシステム全体構成図の写しを提出しますか。（作成している場合）",
     "サイバー攻撃を想定した事業継続計画（BCP）の写しを提出しますか。（作成している場合）"]
ANS_W = {"SUBMITTED": "はい", "NOT_SUBMITTED": "いいえ", "NOT_CREATED": "未作成", None: "はい・いいえ・未作成"}
documents = [
    {"kind": 1, "submission": "SUBMITTED", "remarks": "令和5年度版の様式で記入（R6年度版は未入手のため）"},
    {"kind": 2, "submission": "SUBMITTED", "remarks": "2社分（電子カルテ、医事）事業者ごとに作成"},
    {"kind": 3},  # unanswered (planted)
    {"kind": 4, "submission": "SUBMITTED"},
    {"kind": 5, "submission": "SUBMITTED"},
    {"kind": 6, "submission": "NOT_CREATED"},
    {"kind": 7, "submission": "NOT_CREATED", "remarks": "今年度中に作成予定"},
]


def main():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    ws["A1"] = "サイバーセキュリティ対策関連書類一覧（立入検査用）回答票"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "回答欄の「はい・いいえ・未作成」のうち該当しないものを消してください。（はい＝写しを提出する）"
    ws["A3"] = "医療機関名"; ws.merge_cells("B3:C3"); ws["B3"] = facility
    ws["A4"] = "提出日"; ws["B4"] = "(1/15)"
    for ref in ("A3", "A4", "B3", "C3", "B4"):
        ws[ref].border = B
    ws["A3"].fill = HF; ws["A4"].fill = HF
    for i, h in enumerate(["No.", "設問", "回答", "備考"]):
        c = ws.cell(row=6, column=1 + i, value=h); c.fill = HF; c.border = B; c.alignment = Alignment(horizontal="center")
    ex = ["記入例", "（例）〇〇の写しを提出しますか。", "はい", "記入例です（この行は回答ではありません）"]
    for i, v in enumerate(ex):
        c = ws.cell(row=7, column=1 + i, value=v); c.fill = EXF; c.border = B; c.font = Font(italic=True, color="7F7F7F")
    for n, d in enumerate(documents):
        r = 8 + n
        vals = [f"Q{n+1}", Q[n], ANS_W[d.get("submission")], d.get("remarks")]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + i, value=v); c.border = B; c.alignment = W
        ws.row_dimensions[r].height = 30
    ws["B16"] = "提出する書類の数（「はい」の数）"; ws["C16"] = '=COUNTIF(C8:C14,"はい")'
    ws["B16"].alignment = Alignment(horizontal="right")
    for col, w in zip("ABCD", [8, 62, 20, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
           "values": {"facilityName": facility, "submittedOn": "2025-01-15",
                      "documents": [{k: v for k, v in d.items()} for d in documents]},
           "planted": [
               {"cells": [f"{SHEET}!C10"], "paths": ["documents[2].submission"],
                "why": "Q3 (チェックリスト（最低限の措置編）) is unanswered: the options 'はい・いいえ・未作成' were left as printed, none chosen"},
               {"cells": [f"{SHEET}!D8"], "paths": ["documents[0].remarks"],
                "why": "the 医療機関確認用 checklist must be on the 令和6年度版 form (医政参発0513第6号); the remark says the 令和5年度版 form was used"},
           ],
           "notes": ("Questionnaire layout Q1-Q7 = documents 1-7 in order; row 7 is a correctly labelled 記入例 (ignore). "
                     "Answers made by deleting the options not chosen: はい = SUBMITTED, 未作成 = NOT_CREATED, いいえ = NOT_SUBMITTED. "
                     "Q3 still reads 'はい・いいえ・未作成' (no choice) -> no submission value. 提出日 written '(1/15)' on an R6 form "
                     "-> 2025-01-15. C16 is a COUNTIF formula with no cached value (not a field). No file-name column.")}
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
