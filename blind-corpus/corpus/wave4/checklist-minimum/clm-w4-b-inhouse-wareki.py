#!/usr/bin/python3
# A hospital IT person's own self-inspection table for the Okayama 最低限の措置編 checklist:
# separate columns for はい/いいえ (○ marks) and dates, 和暦 dates, abbreviated items, own numbering,
# sections in the hospital's own order, a memo sheet; saved by openpyxl and then re-saved by LibreOffice.
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w4-b-inhouse-wareki"
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "最低限の措置_自己点検"
MEMO = "メモ"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
WAREKI = '[$-411]ggge"年"m"月"d"日"'

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
FULL = {
 "p1": "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
 "p2": "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
 "p3": "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
 "n1": "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
 "n2": "ネットワーク接続点へのアクセス制御を適切に実施している。",
 "n3": "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
 "f1": "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
 "f2": "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}
SHORT = {
 "p1": "VPN装置等のID・PWを強固に設定（システム運用担当）",
 "p2": "複数機器・外部サービスで同一PWを使わない",
 "p3": "類推されやすいPWを使わないよう全利用者へ周知",
 "n1": "業者と協力し全NW接続点を確認（閉域網含む）",
 "n2": "NW接続点のアクセス制御",
 "n3": "システム・通信機器のログ記録保存と定期チェック",
 "f1": "全NW機器のVerUP・パッチ・FW更新を業者と確認",
 "f2": "セキュリティソフト稼働状況（定義ファイル）確認",
}
D = dt.date
# hospital order: passwords, then firmware, then communication control
# (key, section, 1st ans, 1st date (cell value, canonical), target (cell, canon), 2nd ans, 2nd date (cell, canon), remarks)
rows = [
 ("p1", S1, "はい", ("R6.10.7", "2024-10-07"), None, None, None, "VPN装置（保守用）の管理者PWを16桁に変更済"),
 ("p2", S1, "いいえ", ("R6.10.7", "2024-10-07"), ("令和6年11月30日", "2024-11-30"), "はい",
  (D(2024, 11, 26), "2024-11-26"), "部門システムごとに個別PWへ変更"),
 ("p3", S1, "はい", ("R6.10.7", "2024-10-07"), None, None, None, "院内掲示・朝礼で周知"),
 ("f1", S3, "いいえ", ("R6.10.9", "2024-10-09"), ("令和7年1月31日", "2025-01-31"), "はい",
  (D(2025, 1, 20), "2025-01-20"), "UTM・コアSWのファーム更新（業者作業）"),
 ("f2", S3, "はい", ("R6.10.9", "2024-10-09"), None, None, None, None),
 ("n1", S2, "はい", ("R6.10.9", "2024-10-09"), None, None, None, "NW構成図（R6.9更新版）で確認"),
 ("n2", S2, "はい", ("R6.10.9", "2024-10-09"), None, None, None, None),
 ("n3", S2, "いいえ", ("R6.10.9", "2024-10-09"), ("令和7年3月31日", "2025-03-31"), None, None,
  "UTMログの定期確認手順を作成中"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
widths = {"A": 5, "B": 18, "C": 40, "D": 6, "E": 6, "F": 12, "G": 17, "H": 6, "I": 6, "J": 17, "K": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "令和6年度　サイバー攻撃リスク低減のための最低限の措置　自己点検表（県チェックリスト転記用）"
ws["A1"].font = Font(size=13, bold=True)
FACILITY = "医療法人誠和会 西大寺みなと病院"
ws["A2"] = "医療機関名：" + FACILITY
ws["A2"].font = Font(size=11, bold=True)

H = 4
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
for c1, c2, text in [("A", "A", "No."), ("B", "B", "区分"), ("C", "C", "確認項目"),
                     ("G", "G", "目標日"), ("K", "K", "備考")]:
    ws.merge_cells(f"{c1}{H}:{c2}{H+1}")
    ws[f"{c1}{H}"] = text
ws.merge_cells(f"D{H}:F{H}"); ws[f"D{H}"] = "1回目"
ws.merge_cells(f"H{H}:J{H}"); ws[f"H{H}"] = "2回目"
for col, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{col}{H+1}"] = t
for rr in (H, H + 1):
    for cc in range(1, 12):
        c = ws.cell(rr, cc); c.border = box; c.alignment = center; c.fill = hdr_fill

r0 = H + 2
entries = []
sec_start = {}
for i, (key, sec, a1, d1, tgt, a2, d2, rem) in enumerate(rows):
    r = r0 + i
    ws.cell(r, 1, i + 1)
    sec_start.setdefault(sec, [r, r])[1] = r
    ws.cell(r, 3, SHORT[key]).alignment = wrap
    mark = "〇" if i == 5 else "○"   # one row typed with the kanji zero 〇 by IME
    ws.cell(r, 4 if a1 == "はい" else 5, mark)
    ws.cell(r, 6, d1[0])
    e = {"section": sec, "item": FULL[key], "itemNo": str(i + 1),
         "firstAnswer": a1, "firstDate": d1[1]}
    if tgt:
        ws.cell(r, 7, tgt[0]); e["targetDate"] = tgt[1]
    if a2:
        ws.cell(r, 8 if a2 == "はい" else 9, "○")
        c = ws.cell(r, 10, d2[0]); c.number_format = WAREKI
        e["secondAnswer"] = a2; e["secondDate"] = d2[1]
    if rem:
        ws.cell(r, 11, rem).alignment = wrap
        e["remarks"] = rem
    for cc in range(1, 12):
        c = ws.cell(r, cc); c.border = box
        if cc not in (3, 11):
            c.alignment = center
    ws.row_dimensions[r].height = 32
    entries.append(e)
for sec, (a, b) in sec_start.items():
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(a, 2, sec).alignment = center
ws.freeze_panes = f"D{r0}"

m = wb.create_sheet(MEMO)
m.column_dimensions["A"].width = 90
memo = [
 "【作業メモ】",
 "・県の様式（最低限の措置編）の8項目を院内用に並べ替え・短縮して管理。提出時は県様式へ転記する。",
 "・1回目で「いいえ」の項目は目標日を必ず記入（県様式の注記どおり）。目標日は年度内（R7.3.31まで）。",
 "・2回目は対応完了後に再確認して記入。",
 "・立入検査時に本表を確認される予定（保健所）。",
 "・ログ確認の手順書はUTM保守業者と調整中。",
]
for i, t in enumerate(memo, 1):
    m.cell(i, 1, t)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src"); os.mkdir(src)
out = os.path.join(tmp, "out"); os.mkdir(out)
p = os.path.join(src, NAME + ".xlsx")
wb.save(p)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, p],
               check=True, capture_output=True)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
  "form": "checklist-minimum",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": [],
  "notes": ("Hospital's own table, no planted problem. はい/いいえ answered by a ○ mark in the はい or いいえ column "
            "(row No.6 uses the kanji 〇 instead of ○). 1回目確認日 as text 'R6.10.7'; 目標日 as text '令和6年11月30日'; "
            "2回目確認日 as real Excel date cells displayed in 和暦 format. Items are abbreviated in the workbook; "
            "item gives the full seed wording. Sections appear in the hospital's order (パスワード, ファームウェア更新, "
            "通信制御), so entries follow that order; itemNo is the hospital's own running number 1-8 (not the "
            "prefecture's). section = the ○ heading text without the ○ mark (written in a merged 区分 cell). "
            "facilityName is written as '医療機関名：…' in one cell. Sheet 'メモ' is free memo, not form data. "
            "Re-saved by LibreOffice. Entry No.8 (log check) is いいえ with 目標日 2025-03-31 and no 2回目 yet, "
            "which is allowed (target within the fiscal year)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
