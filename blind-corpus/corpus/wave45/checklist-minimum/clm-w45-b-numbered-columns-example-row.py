#!/usr/bin/python3
# Generator for clm-w45-b-numbered-columns-example-row.xlsx
# Role: hospital 情報システム室 staff who re-drew the Okayama 最低限の措置編 checklist as a spreadsheet
# (answer and date in separate columns, a labelled 記入例 row, 記入要領 sheet), then re-saved it in LibreOffice.
import sys, os, shutil, subprocess, tempfile, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w45-b-numbered-columns-example-row.xlsx"
OUT = os.path.join(HERE, NAME)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】チェックリスト（最低限の措置編）",
    "",
    "1. 「チェック表」シートの各項目について確認し、1回目の回答欄に「はい」または「いいえ」を選択してください。",
    "2. 確認日は 2024/10/1 のように入力してください。",
    "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を記入してください。",
    "4. 目標日までに対応した項目は、2回目の回答と確認日を記入してください。",
    "5. 8行目の記入例は参考です（記入例の行は削除しなくて構いません）。",
    "",
    "参考：令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
    "　　　「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェック表")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
hdr = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="F2F2F2")
widths = {"A": 7, "B": 20, "C": 54, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）"
ws["A1"].font = Font(bold=True, size=13)
ws["I1"] = "医療機関確認用"
ws["I1"].alignment = Alignment(horizontal="right")
ws["B3"] = "医療機関名"
ws["B3"].fill = hdr
ws["B3"].border = box
ws.merge_cells("C3:E3")
ws["C3"] = "医療法人 高梁川会 総社西病院"
for c in ("C3", "D3", "E3"):
    ws[c].border = box

def h(cell, text):
    ws[cell] = text
    ws[cell].alignment = center
    ws[cell].font = Font(bold=True)
    ws[cell].fill = hdr

for rng, text in (("A6:A7", "No."), ("B6:B7", "区分"), ("C6:C7", "チェック項目"),
                  ("D6:E6", "1回目"), ("F6:F7", "目標日"), ("G6:H6", "2回目"), ("I6:I7", "備考")):
    ws.merge_cells(rng)
    h(rng.split(":")[0], text)
h("D7", "回答"); h("E7", "確認日"); h("G7", "回答"); h("H7", "確認日")
for r in (6, 7):
    for col in "ABCDEFGHI":
        ws[f"{col}{r}"].border = box

D = dt.date
# 記入例 row (labelled; to be ignored)
example = ["記入例", "（例）", "（例）〇〇について確認している。", "いいえ", D(2024, 10, 1), D(2024, 11, 30), "はい", D(2024, 11, 20), "記入例（この行は集計対象外）"]
for i, v in enumerate(example):
    c = ws.cell(row=8, column=i + 1, value=v)
    c.fill = ex
    c.font = Font(italic=True, color="7F7F7F")
    c.border = box
    c.alignment = center if i not in (2, 8) else wrap
    if isinstance(v, dt.date):
        c.number_format = "yyyy/m/d"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
items = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
d1 = D(2024, 11, 6)
# (answer1, date1, target, answer2, date2, remarks)
fill = [
    ("はい", d1, None, None, None, None),
    ("いいえ", d1, D(2024, 12, 20), "はい", D(2024, 12, 18), "VPN・UTM・無線LAN管理画面のパスワードを機器ごとに変更"),
    ("はい", d1, None, None, None, None),
    ("はい", d1, None, None, None, None),
    # PLANTED: 2回目確認日 2024/10/30 is before the 1回目 date 2024/11/6
    ("いいえ", d1, D(2025, 1, 31), "はい", D(2024, 10, 30), "保守用リモート接続をIP制限"),
    # PLANTED: いいえ but 目標日 left blank
    ("いいえ", d1, None, None, None, "ログ保存期間を業者に確認中"),
    ("はい", d1, None, None, None, "保守契約で四半期ごとに確認"),
    ("はい", d1, None, None, None, None),
]
for n, (text, f) in enumerate(zip(items, fill)):
    r = 9 + n
    vals = [n + 1, None, text, *f]
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v)
        c.border = box
        c.alignment = wrap if i in (2, 8) else center
        if isinstance(v, dt.date):
            c.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 45
for rng, text in (("B9:B11", H1), ("B12:B14", H2), ("B15:B16", H3)):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
    c.alignment = wrap

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D8:D16")
dv.add("G8:G16")

ws["C18"] = "「いいえ」の件数（1回目）"
ws["C18"].alignment = Alignment(horizontal="right")
ws["D18"] = '=COUNTIF(D9:D16,"いいえ")'
ws.freeze_panes = "D9"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.active = 1

tmpdir = tempfile.mkdtemp(prefix="clm_b_")
raw = os.path.join(tmpdir, "raw", NAME)
os.makedirs(os.path.dirname(raw))
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), OUT)
shutil.rmtree(tmpdir)
print("saved (LibreOffice re-save)", OUT)

# ---- expected.json ----
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import json
H1="パスワードを強固なものに変更し、使い回しをしない"
H2="IoT 機器を含む情報資産の通信制御を確認する"
H3="ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I=[
"システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
"複数の機器や外部サービス等で、同一のパスワードを設定していない。",
"利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
"関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
"ネットワーク接続点へのアクセス制御を適切に実施している。",
"各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
"すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
"セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
sec=[H1,H1,H1,H2,H2,H2,H3,H3]
e=[]
d1="2024-11-06"
def ent(i, **kw):
    d={"section":sec[i],"item":I[i],"itemNo":str(i+1)}; d.update(kw); e.append(d)
ent(0,firstAnswer="はい",firstDate=d1)
ent(1,firstAnswer="いいえ",firstDate=d1,targetDate="2024-12-20",secondAnswer="はい",secondDate="2024-12-18",remarks="VPN・UTM・無線LAN管理画面のパスワードを機器ごとに変更")
ent(2,firstAnswer="はい",firstDate=d1)
ent(3,firstAnswer="はい",firstDate=d1)
ent(4,firstAnswer="いいえ",firstDate=d1,targetDate="2025-01-31",secondAnswer="はい",secondDate="2024-10-30",remarks="保守用リモート接続をIP制限")
ent(5,firstAnswer="いいえ",firstDate=d1,remarks="ログ保存期間を業者に確認中")
ent(6,firstAnswer="はい",firstDate=d1,remarks="保守契約で四半期ごとに確認")
ent(7,firstAnswer="はい",firstDate=d1)
out={"form":"checklist-minimum","version":"R6","file":"clm-w45-b-numbered-columns-example-row.xlsx",
 "values":{"facilityName":"医療法人 高梁川会 総社西病院","entries":e},
 "planted":[
  {"cells":["チェック表!H13"],"paths":["entries[4].secondDate"],
   "why":"2回目確認日 2024-10-30 is before the 1回目確認日 2024-11-06 (2回目 date must not be before 1回目)"},
  {"cells":["チェック表!F14"],"paths":["entries[5].targetDate"],
   "why":"1回目 is いいえ but 目標日 is blank (いいえ ⇒ 目標日 required)"}
 ],
 "notes":"Workbook re-saved by LibreOffice. Sheet 記入要領 is instructions only. Row 8 on チェック表 is a correctly labelled 記入例 row (A8 '記入例') and is not data. Dates are Excel date cells. Answers はい/いいえ chosen from a dropdown. The 区分 column holds the ○ heading in vertically merged cells (B9:B11, B12:B14, B15:B16); section is given without the leading ○. itemNo is the No. column (1-8). D18 is a COUNTIF formula (cached 3), not a form field."}
json.dump(out, open("clm-w45-b-numbered-columns-example-row.expected.json","w"), ensure_ascii=False, indent=2)
