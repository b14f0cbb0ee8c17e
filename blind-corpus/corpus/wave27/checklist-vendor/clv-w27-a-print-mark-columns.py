# Generator for clv-w27-a-print-mark-columns.xlsx (checklist-vendor, R6, no planted problem)
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = "/work/blind/wave27/checklist-vendor"
NAME = "clv-w27-a-print-mark-columns"
D = dt.date
F = "ＭＳ Ｐゴシック"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

vendor = "株式会社ウエストメディカルシステムズ　岡山営業所"
system = "電子カルテシステム（MediNote EX Ver.5.2）及び同サーバ・院内端末"
hospital = "医療法人清風会　西大寺みどり病院"

# (itemNo, group label in col B, section (canonical), item text, 1st ans, 1st date, target, 2nd ans, 2nd date, remarks)
d1 = D(2024, 7, 16); d2 = D(2024, 7, 18)
rows = [
  ("H", "１　体制構築"),
  ("1-(1)", None, "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい", d1, None, None, None, "管理責任者：システム部 部長"),
  ("H", "２　医療情報システムの管理・運用"),
  ("2-(1)", None, "医療情報システムの管理・運用", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい", d1, None, None, None, None),
  ("2-(2)", None, "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "はい", d1, None, None, None, "リモート保守あり（SSL-VPN装置1台）"),
  ("2-(3)", None, "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "はい", d1, None, None, None, "SDS提出済"),
  ("", "サーバ", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", d1, None, None, None, None),
  ("", "サーバ", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", d1, None, None, None, None),
  ("", "サーバ", "サーバ", "アクセスログを管理している。", "いいえ", d1, D(2024, 10, 31), "はい", D(2024, 10, 24), "ログ保存期間を1年に延長"),
  ("", "サーバ", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", d1, None, None, None, None),
  ("", "サーバ", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", d1, None, None, None, None),
  ("", "端末PC", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", d1, None, None, None, None),
  ("", "端末PC", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", d1, None, None, None, None),
  ("", "端末PC", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", d1, None, None, None, "WSUSにて月次適用"),
  ("", "端末PC", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", d1, None, None, None, None),
  ("", "ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", d2, None, None, None, None),
  ("", "ネットワーク機器", "ネットワーク機器", "接続元制限を実施している。", "いいえ", d2, D(2024, 9, 30), "はい", D(2024, 9, 26), "保守用VPNの接続元IPを弊社拠点に限定"),
  ("H", "３　インシデントに備えた対応"),
  ("3-(1)", None, "インシデントに備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。", "はい", d1, None, None, None, None),
  ("3-(2)", None, "インシデントに備えた対応", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を医療機関と確認している。", "はい", d1, None, None, None, None),
]

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
notes = [
  "【記入要領】チェックリスト（事業者確認用）",
  "1. 本シートは、医療機関と契約している事業者（システムごと）が記入してください。",
  "2. 「1回目」欄は、確認結果の「はい」「いいえ」いずれかの欄に○を付け、確認日を記入してください。",
  "3. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に記入してください。",
  "4. 目標日までに対応した後、「2回目」欄に確認結果と確認日を記入してください。",
  "5. 記入例の行は参考です（記入例の行は削除しなくて構いません）。",
  "6. 記入後は提出先の医療機関へ提出してください。立入検査時に確認します。",
]
for i, t in enumerate(notes, 1):
    c = ins.cell(row=i * 2 - 1, column=1, value=t); c.font = Font(name=F, size=12 if i == 1 else 10.5, bold=(i == 1))
ins.column_dimensions["A"].width = 100

ws = wb.create_sheet("チェックリスト（事業者確認用）")
wb.active = 1
widths = {"A": 7, "B": 11, "C": 52, "D": 5.5, "E": 5.5, "F": 11, "G": 11, "H": 5.5, "I": 5.5, "J": 11, "K": 24}
for k, v in widths.items(): ws.column_dimensions[k].width = v

ws.merge_cells("A1:K1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(name=F, size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:K2"); ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].font = Font(name=F, size=12, bold=True); ws["A2"].alignment = Alignment(horizontal="center")

for r, (lab, val) in zip((4, 5, 6), (("事業者名", vendor), ("対象システム", system), ("提出先医療機関名", hospital))):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value=lab).fill = light
    ws.cell(row=r, column=3, value=val)
    for c in range(1, 8):
        ws.cell(row=r, column=c).border = box
        ws.cell(row=r, column=c).font = Font(name=F, size=10.5)
        ws.cell(row=r, column=c).alignment = Alignment(vertical="center")
ws["A8"] = "※ 確認結果の該当欄に○を付け、確認日を記入してください。「いいえ」の場合は目標日を記入してください。"
ws["A8"].font = Font(name=F, size=9)

# two-row header
hdr = [("A10:A11", "項番"), ("B10:B11", "区分"), ("C10:C11", "チェック項目"), ("D10:F10", "1回目"),
       ("G10:G11", "目標日"), ("H10:J10", "2回目"), ("K10:K11", "備考")]
for rng, t in hdr:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
for col, t in (("D", "はい"), ("E", "いいえ"), ("F", "確認日"), ("H", "はい"), ("I", "いいえ"), ("J", "確認日")):
    ws[f"{col}11"] = t
for r in (10, 11):
    for c in range(1, 12):
        cell = ws.cell(row=r, column=c); cell.border = box; cell.fill = gray
        cell.font = Font(name=F, size=10, bold=True); cell.alignment = center

def put_row(r, no, grp, item, a1, d_1, tgt, a2, d_2, rem, font_color=None):
    vals = {1: no or None, 2: grp, 3: item,
            4: "○" if a1 == "はい" else None, 5: "○" if a1 == "いいえ" else None, 6: d_1, 7: tgt,
            8: "○" if a2 == "はい" else None, 9: "○" if a2 == "いいえ" else None, 10: d_2, 11: rem}
    for c in range(1, 12):
        cell = ws.cell(row=r, column=c, value=vals[c]); cell.border = box
        cell.font = Font(name=F, size=10, color=font_color)
        cell.alignment = wrap if c in (3, 11) else center
        if c in (6, 7, 10) and vals[c] is not None: cell.number_format = "yyyy/m/d"

# labelled example row
put_row(12, "記入例", "サーバ", "（記入例）アクセスログを管理している。", "いいえ", D(2024, 6, 3), D(2024, 8, 31), "はい", D(2024, 8, 20), "（記入例）ログの保存設定を変更", font_color="808080")
for c in range(1, 12): ws.cell(row=12, column=c).fill = light

r = 13
entries = []
group_start = {}
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1, value=row[1]).font = Font(name=F, size=10.5, bold=True)
        for c in range(1, 12): ws.cell(row=r, column=c).border = box; ws.cell(row=r, column=c).fill = light
        r += 1; continue
    no, grp, sec, item, a1, d_1, tgt, a2, d_2, rem = row
    put_row(r, no, grp, item, a1, d_1, tgt, a2, d_2, rem)
    if grp: group_start.setdefault(grp, []).append(r)
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d_1.isoformat()
    if tgt: e["targetDate"] = tgt.isoformat()
    if a2: e["secondAnswer"] = a2; e["secondDate"] = d_2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    ws.row_dimensions[r].height = 30
    r += 1
# merge the device-class labels vertically
for grp, rs in group_start.items():
    ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    ws.cell(row=rs[0], column=2).alignment = center
ws.print_area = f"A1:K{r}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "D12"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
  "values": {"vendorName": vendor, "targetSystem": system, "hospitalName": hospital, "entries": entries},
  "planted": [],
  "notes": ("Answers are ○ marks in separate はい/いいえ columns; dates are Excel date cells. Row 12 is a labelled 記入例 row "
            "(must be ignored, not in entries). Device-class items carry no item number (itemNo omitted); their class label "
            "is a vertically merged cell in column B. Section for numbered items = the heading row text without its number. "
            "Vendor-side item wording is reconstructed (catalogue gives only 1-(1) and 2-(3) of the vendor form); "
            "no BCP item on the vendor form. 2回目 filled only for the two いいえ items.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))
