#!/usr/bin/python3
"""clm-w24-b: health-centre style questionnaire table for the 最低限の措置 checklist.
○ marks in はい / いいえ columns, separate date columns (Excel dates, some 和暦 text), a 記入要領 sheet,
a correctly labelled 記入例 row, label-above header. Built with openpyxl, then re-saved by LibreOffice.
Planted: a いいえ without 目標日; a 2回目 date before the 1回目 date."""
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w24-b-questionnaire-circle-marks"
FACILITY = "医療法人社団 旭水会 岡山旭川病院"

H_PW = "パスワードを強固なものに変更し、使い回しをしない"
H_IOT = "IoT 機器を含む情報資産の通信制御を確認する"
H_FW = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
D = dt.date
# (heading, canonical item, text shown, first ans, first date, target, second ans, second date, remarks)
ITEMS = [
    (H_PW, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "システム運用担当者は、VPN装置等のID・パスワードについて強固な設定を行っている",
     "はい", D(2024, 11, 5), None, None, None, None),
    (H_PW, "複数の機器や外部サービス等で、同一のパスワードを設定していない。", None,
     "いいえ", D(2024, 11, 5), D(2025, 1, 31), None, None, "ルーター・NASで共通PWあり\n変更作業を業者に依頼中"),
    (H_PW, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。", None,
     "はい", "R6.11.5", None, None, None, "全職員研修（10月）で周知"),
    (H_IOT, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。", None,
     "はい", D(2024, 11, 5), None, None, None, None),
    (H_IOT, "ネットワーク接続点へのアクセス制御を適切に実施している。", None,
     "はい", D(2024, 11, 5), None, None, None, None),
    (H_IOT, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。", None,
     "いいえ", D(2024, 11, 5), None, None, None, "ログ保存はしているが定期確認は未実施"),
    (H_FW, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。", None,
     "いいえ", D(2024, 11, 5), D(2024, 12, 20), "はい", D(2024, 10, 28), "UTMファームウェア更新済"),
    (H_FW, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。", None,
     "はい", "R6.11.5", None, None, None, "定義ファイル自動更新\n（管理コンソールで毎朝確認）"),
]

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "チェックリスト（最低限の措置編）記入要領",
    "",
    "1 「チェックリスト」シートの医療機関名欄に、正式名称を記入してください。",
    "2 各項目について確認を行い、1回目の「はい」「いいえ」いずれかの欄に○を記入し、確認日を記入してください。",
    "3 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください（令和7年3月31日まで）。",
    "4 「いいえ」の項目は対応後に2回目の確認を行い、結果と確認日を記入してください。",
    "5 記入例の行は参考です。そのまま残しておいて構いません。",
    "6 項目の内容は「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日事務連絡別添）を参照してください。",
    "7 本チェックリストは立入検査の際に保健所へ提出してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("チェックリスト")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
widths = dict(A=6, B=22, C=52, D=6, E=6, F=11, G=11, H=6, I=6, J=11, K=28)
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）"
ws["A1"].font = Font(bold=True, size=13)
ws["K2"] = "医療機関確認用"
ws["K2"].alignment = Alignment(horizontal="right")
ws["A4"] = "医療機関名"
ws["A4"].font = Font(bold=True)
ws.merge_cells("A5:E5")
ws["A5"] = FACILITY
for c in range(1, 6):
    ws.cell(5, c).border = box

# two-row header
hdr1 = {1: "No.", 2: "区分", 3: "確認項目", 4: "1回目", 7: "目標日", 8: "2回目", 11: "備考"}
for c, t in hdr1.items():
    ws.cell(7, c, t)
for a in ("A7:A8", "B7:B8", "C7:C8", "D7:F7", "G7:G8", "H7:J7", "K7:K8"):
    ws.merge_cells(a)
for c, t in {4: "はい", 5: "いいえ", 6: "確認日", 8: "はい", 9: "いいえ", 10: "確認日"}.items():
    ws.cell(8, c, t)
for rr in (7, 8):
    for c in range(1, 12):
        cell = ws.cell(rr, c)
        cell.border = box
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

# 記入例 row (correctly labelled, to be ignored)
ex = {1: "記入例", 2: "（例）", 3: "（例）○○について確認している。", 5: "○", 6: D(2024, 10, 1),
      7: D(2024, 11, 30), 8: "○", 10: D(2024, 11, 25), 11: "（例）業者に依頼し対応済み"}
for c in range(1, 12):
    cell = ws.cell(9, c, ex.get(c))
    cell.border = box
    cell.font = Font(italic=True, color="808080")
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if isinstance(ex.get(c), dt.date):
        cell.number_format = "yyyy/m/d"

def iso(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    if v == "R6.11.5":
        return "2024-11-05"
    raise ValueError(v)

entries = []
start = 10
for i, (head, item, shown, fa, fd, td, sa, sd, rem) in enumerate(ITEMS):
    r = start + i
    ws.cell(r, 1, i + 1)
    ws.cell(r, 2, head)
    ws.cell(r, 3, shown or item)
    ws.cell(r, 4 if fa == "はい" else 5, "○")
    ws.cell(r, 6, fd)
    if td:
        ws.cell(r, 7, td)
    if sa:
        ws.cell(r, 8 if sa == "はい" else 9, "○")
    if sd:
        ws.cell(r, 10, sd)
    if rem:
        ws.cell(r, 11, rem)
    for c in range(1, 12):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = Alignment(horizontal="left" if c in (2, 3, 11) else "center",
                                   vertical="center", wrap_text=True)
        if isinstance(cell.value, dt.date):
            cell.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 45
    e = {"section": head, "item": item, "itemNo": str(i + 1), "firstAnswer": fa, "firstDate": iso(fd)}
    if td:
        e["targetDate"] = iso(td)
    if sa:
        e["secondAnswer"] = sa
    if sd:
        e["secondDate"] = iso(sd)
    if rem:
        e["remarks"] = rem
    entries.append(e)
# merge the 区分 column per heading
ws.merge_cells("B10:B12")
ws.merge_cells("B13:B15")
ws.merge_cells("B16:B17")
ws.print_title_rows = "7:8"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": ["チェックリスト!G15"], "paths": ["entries[5].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日を記入）"},
        {"cells": ["チェックリスト!J16"], "paths": ["entries[6].secondDate"],
         "why": "2回目の確認日 2024-10-28 が1回目の確認日 2024-11-05 より前"},
    ],
    "notes": "Questionnaire layout: ○ in the はい or いいえ column = the answer. Row 9 is a correctly labelled 記入例 "
             "row and is not data. 区分 (column B) is merged per ○ heading; section is the heading without the ○ mark. "
             "Item 1's text is abbreviated in the cell; item is given in the seed wording. Dates are Excel date cells "
             "except two 1回目 dates typed as 和暦 text 'R6.11.5'. itemNo is the No. column (1-8). File re-saved by "
             "LibreOffice; 記入要領 sheet is instructions only.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)
