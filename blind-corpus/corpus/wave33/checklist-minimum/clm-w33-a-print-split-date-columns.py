#!/usr/bin/env python3
"""clm-w33-a: 最低限の措置編, print-style table with answer and date split into own columns,
Excel date cells, numbered items, LibreOffice re-save. No planted problem.
Run: PYTHONPATH=/tmp/clpy /usr/bin/python3 THIS.py"""
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w33-a-print-split-date-columns"
D = dt.date
FACILITY = "医療法人 清風会 高梁川記念病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (heading, item, first, firstDate, target, second, secondDate, remarks)
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "いいえ", D(2024, 10, 8), D(2024, 11, 30), "はい", D(2024, 11, 22), "保守業者に依頼しVPN装置の管理者ID・パスワードを変更"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 10, 8), D(2024, 12, 27), "はい", D(2024, 12, 19), None),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 10, 8), None, None, None, "全職員研修（9/26）及び院内掲示で周知"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 10, 10), None, None, None, "電子カルテベンダー・NW保守業者と確認\n地域医療連携ネットワークの接続点を含む"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 10, 10), None, None, None, None),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", D(2024, 10, 10), D(2025, 3, 31), None, None, "ログの保存は実施済。定期的な確認は未実施のため月次確認の手順を作成中"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 10, 10), None, None, None, None),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", D(2024, 10, 8), None, None, None, "定義ファイル自動更新を確認"),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
pale = PatternFill("solid", fgColor="F2F2F2")

for col, w in zip("ABCDEFGHIJ", [2, 5, 58, 8, 12, 12, 8, 12, 30, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:I1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("B2:I2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws.merge_cells("B3:I3"); ws["B3"] = "医療機関確認用"
for r, sz in ((1, 14), (2, 12), (3, 11)):
    ws.cell(r, 2).font = Font(bold=True, size=sz)
    ws.cell(r, 2).alignment = Alignment(horizontal="center")

ws.merge_cells("B5:C5"); ws["B5"] = "医療機関名"
ws["B5"].alignment = center; ws["B5"].fill = grey
ws.merge_cells("D5:I5"); ws["D5"] = FACILITY
ws["D5"].alignment = wrap
for c in range(2, 10):
    ws.cell(5, c).border = box

notes = [
    "※ このチェックリストは、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」で示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 7 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    ws.cell(r, 2, t).alignment = wrap
    ws.cell(r, 2).font = Font(size=9)
    ws.row_dimensions[r].height = 26 if i == 0 else 14

# two-row header
h = 12
ws.merge_cells(start_row=h, start_column=2, end_row=h + 1, end_column=2); ws.cell(h, 2, "No.")
ws.merge_cells(start_row=h, start_column=3, end_row=h + 1, end_column=3); ws.cell(h, 3, "チェック項目")
ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=8); ws.cell(h, 4, "確認結果（日付）")
ws.merge_cells(start_row=h, start_column=9, end_row=h + 1, end_column=9); ws.cell(h, 9, "備考")
for c, t in zip(range(4, 9), ["1回目", "確認日", "目標日", "2回目", "確認日"]):
    ws.cell(h + 1, c, t)
for r in (h, h + 1):
    for c in range(2, 10):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center
        ws.cell(r, c).fill = grey; ws.cell(r, c).font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = h + 2
entries = []
last_head = None
no = 0
for head, item, fa, fd, td, sa, sd, rem in ITEMS:
    if head != last_head:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(r, 2, "○" + head).font = Font(bold=True)
        ws.cell(r, 2).fill = pale
        for c in range(2, 10):
            ws.cell(r, c).border = box
        r += 1
        last_head = head
    no += 1
    vals = [no, item, fa, fd, td, sa, sd, rem]
    for c, v in zip(range(2, 10), vals):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = wrap if c in (3, 9) else center
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = "yyyy/m/d"
    dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    ws.row_dimensions[r].height = 45
    e = {"section": head, "item": item, "itemNo": str(no), "firstAnswer": fa, "firstDate": fd.isoformat()}
    if td: e["targetDate"] = td.isoformat()
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"B1:I{r - 1}"

tmp = tempfile.mkdtemp(prefix="clm_a_")
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/clm_lo_profile_a", "--headless",
                "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "Okayama 最低限の措置編. Answer and date are split into separate columns (1回目 / 確認日 / 目標日 / 2回目 / 確認日); "
             "dates are Excel date cells. 'section' is the ○ heading text without the leading ○ mark. "
             "itemNo is the running No. 1-8 shown in column B. 2回目 is filled only for items that were いいえ at the 1回目 check "
             "(item 6 not yet re-checked). Workbook re-saved by LibreOffice.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)
