#!/usr/bin/python3
"""ins-w1-a: 別紙1 as the prefecture would print it (No. | 書類の名称 | 提出にあたっての注意点 | 提出 | 備考),
医療機関名 / 提出日 label-left above the table, ○ in the 提出 column, 提出日 an Excel date cell.
Doc 7 (BCP) not made: 提出 blank, 備考 「未作成」 — allowed by 「作成していれば」. No planted problem."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "ins-w1-a-seed-table-maru"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = [
 ("チェックリスト (医療機関確認用)", "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。"),
 ("チェックリスト (事業者確認用)", "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム(電子カルテ、レセプトコンピューター、医療機器など)の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。(事業者ごと又はシステムごとにチェックリストを分けること)"),
 ("チェックリスト (最低限の措置編)", "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け、事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。"),
 ("機器管理台帳", "情報機器(サーバーやPC)、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。"),
 ("インシデント発生時の連絡体制図", "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。"),
 ("ネットワーク構成図及びシステム全体構成図", "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。"),
 ("サイバー攻撃を想定した事業継続計画(BCP)", "サイバー攻撃を想定した事業継続計画(BCP)を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の確認表」についてを参照してください。"),
]
FACILITY = "医療法人 旭水会 旭川みなみ病院"
SUBMITTED_ON = dt.date(2024, 10, 24)
FILL = [  # (提出 mark, 備考, submission)
 ("○", None, "SUBMITTED"),
 ("○", "3事業者分（電子カルテ、レセコン、PACS）を事業者ごとに添付", "SUBMITTED"),
 ("○", None, "SUBMITTED"),
 ("○", None, "SUBMITTED"),
 ("○", None, "SUBMITTED"),
 ("○", "ネットワーク構成図のみ（システム全体構成図と兼用）", "SUBMITTED"),
 (None, "未作成", "NOT_CREATED"),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "別紙1"
for k, v in {"A": 5, "B": 30, "C": 70, "D": 7, "E": 30}.items(): ws.column_dimensions[k].width = v
ws["E1"] = "別紙1"; ws["E1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws.merge_cells("A2:E2"); ws["A2"].font = Font(bold=True, size=12); ws["A2"].alignment = Alignment(horizontal="center")
ws["B4"] = "医療機関名"; ws["C4"] = FACILITY
ws["B5"] = "提出日"; ws["C5"] = SUBMITTED_ON; ws["C5"].number_format = "yyyy年m月d日"
ws["C5"].alignment = Alignment(horizontal="left")
for c in ("B4", "C4", "B5", "C5"): ws[c].border = box
for c in ("B4", "B5"): ws[c].fill = PatternFill("solid", fgColor="EDEDED")
h = 7
for c, t in enumerate(["", "書類の名称", "提出にあたっての注意点", "提出", "備考"], 1):
    x = ws.cell(h, c, t or None); x.border = box; x.alignment = Alignment(horizontal="center", vertical="center")
    x.fill = PatternFill("solid", fgColor="D9E1F2")
docs = []
for i, ((name, note), (mark, rem, sub)) in enumerate(zip(DOCS, FILL)):
    r = h + 1 + i
    ws.cell(r, 1, i + 1); ws.cell(r, 2, name); ws.cell(r, 3, note)
    if mark: ws.cell(r, 4, mark)
    if rem: ws.cell(r, 5, rem)
    for cc in range(1, 6):
        ws.cell(r, cc).border = box
        ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if cc in (1, 4) else None)
    ws.row_dimensions[r].height = 75
    d = {"kind": str(i + 1), "submission": sub}
    if rem: d["remarks"] = rem
    docs.append(d)
ws.cell(h + 9, 2, "※提出する書類の「提出」欄に○を記入してください。").font = Font(size=9)
ws.page_setup.orientation = "landscape"
wb.save(os.path.join(HERE, NAME + ".xlsx"))
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
       "planted": [],
       "notes": "○ in 提出 = SUBMITTED. Doc 7 has no ○ and 備考 「未作成」 -> NOT_CREATED; BCP is only to be submitted 「作成していれば」, "
                "so this is not a problem. 提出日 is an Excel date cell formatted yyyy年m月d日. No planted problem."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME)
