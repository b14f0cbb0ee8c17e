# Generator for clh-w17-a-mhlw-style-section-rows.xlsx
# Role: hospital 医療情報室 person who typed the MHLW R6 checklist (医療機関確認用) into Excel:
# one sheet, section heading rows, separate answer/date columns, Excel date cells,
# a COUNTIF summary; re-saved through LibreOffice.
import json, os, subprocess, shutil, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/checklist-hospital"
NAME = "clh-w17-a-mhlw-style-section-rows"
FAC = "社会医療法人 青葉会 青葉台総合病院"
SHEET = "チェックリスト（医療機関確認用）"
D = dt.datetime

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# layout rows: ("H", heading text shown, section key) or ("I", no, item, section, fill)
# fill = (a1, d1, target, a2, d2, remarks)
J16, J18 = D(2024, 7, 16), D(2024, 7, 18)
ROWS = [
 ("I", "前提", "医療情報システムを導入、運用している", "前提", ("はい", J16, None, None, None, None)),
 ("N", "※前提が「いいえ」の場合、以下の項目の記入は不要です。"),
 ("H", "1　体制構築"),
 ("I", "1-(1)", "医療情報システム安全管理責任者を設置している", "体制構築", ("はい", J16, None, None, None, "医療情報室長を任命（R6.4.1）")),
 ("H", "2　医療情報システムの管理・運用"),
 ("I", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "医療情報システムの管理・運用", ("はい", J16, None, None, None, None)),
 ("I", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "医療情報システムの管理・運用", ("はい", J16, None, None, None, "電子カルテ・PACS・検査システムの3社に確認")),
 ("I", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "医療情報システムの管理・運用",
  ("いいえ", J16, D(2024, 10, 31), "はい", D(2024, 10, 25), "電子カルテ・PACSは受領済。\n部門システム1社は10月に受領")),
 ("S", "サーバ"),
 ("I", None, ACC, "サーバ", ("はい", J18, None, None, None, None)),
 ("I", None, ACT, "サーバ", ("はい", J18, None, None, None, None)),
 ("I", None, LOG, "サーバ", ("いいえ", J18, D(2024, 12, 27), "はい", D(2024, 12, 20), "ログ保管期間を事業者と調整")),
 ("I", None, PAT, "サーバ", ("はい", J18, None, None, None, None)),
 ("I", None, BGS, "サーバ", ("はい", J18, None, None, None, None)),
 ("S", "端末PC"),
 ("I", None, ACC, "端末PC", ("はい", J18, None, None, None, None)),
 ("I", None, ACT, "端末PC", ("はい", J18, None, None, None, "退職者アカウントは月次で削除")),
 ("I", None, PAT, "端末PC", ("はい", J18, None, None, None, None)),
 ("I", None, BGS, "端末PC", ("はい", J18, None, None, None, None)),
 ("S", "ネットワーク機器"),
 ("I", None, PAT, "ネットワーク機器", ("はい", J18, None, None, None, None)),
 ("I", None, SRC, "ネットワーク機器", ("はい", J18, None, None, None, None)),
 ("H", "3　インシデント発生に備えた対応"),
 ("I", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "インシデント発生に備えた対応", ("はい", J16, None, None, None, None)),
 ("I", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "インシデント発生に備えた対応", ("はい", J16, None, None, None, None)),
 ("I", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "インシデント発生に備えた対応",
  ("いいえ", J16, D(2025, 3, 31), None, None, "BCP確認表を用いて策定中")),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
for k, v in dict(A=8, B=60, C=10, D=12, E=12, F=10, G=12, H=30).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:H1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A2:H2"); ws["A2"] = "医療機関確認用"; ws["A2"].font = Font(bold=True)
ws["A4"] = "医療機関名"; ws.merge_cells("B4:D4"); ws["B4"] = FAC
for c in ("A4", "B4", "C4", "D4"):
    ws[c].border = box
ws.merge_cells("A5:H5")
ws["A5"] = "※1回目の確認で「いいえ」の場合は目標日を記入し、目標日までに対応のうえ2回目の確認結果を記入してください。"
ws["A5"].font = Font(size=9)
# header rows 7-8
ws.merge_cells("A7:A8"); ws["A7"] = "項番"
ws.merge_cells("B7:B8"); ws["B7"] = "チェック項目"
ws.merge_cells("C7:D7"); ws["C7"] = "1回目"
ws["C8"] = "確認結果"; ws["D8"] = "確認日"
ws.merge_cells("E7:E8"); ws["E7"] = "目標日"
ws.merge_cells("F7:G7"); ws["F7"] = "2回目"
ws["F8"] = "確認結果"; ws["G8"] = "確認日"
ws.merge_cells("H7:H8"); ws["H7"] = "備考"
hf = PatternFill("solid", fgColor="DDEBF7")
for row in (7, 8):
    for col in "ABCDEFGH":
        c = ws[f"{col}{row}"]; c.border = box; c.alignment = center; c.fill = hf; c.font = Font(bold=True)
r = 9
entries = []
first_item_row = r
for row in ROWS:
    kind = row[0]
    if kind == "N":
        ws.merge_cells(f"A{r}:H{r}"); ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(size=9)
    elif kind == "H":
        ws.merge_cells(f"A{r}:H{r}"); ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].border = box
    elif kind == "S":
        ws.merge_cells(f"B{r}:H{r}"); ws[f"B{r}"] = row[1]; ws[f"B{r}"].font = Font(bold=True, underline="single")
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].border = box
    else:
        _, no, item, sec, (a1, d1, tg, a2, d2, rem) = row
        vals = dict(A=no, B=item, C=a1, D=d1, E=tg, F=a2, G=d2, H=rem)
        for col in "ABCDEFGH":
            c = ws[f"{col}{r}"]
            if vals[col] is not None:
                c.value = vals[col]
            c.border = box
            c.alignment = wrap if col in "BH" else center
            if col in "DEG":
                c.number_format = "yyyy/mm/dd"
        ws.row_dimensions[r].height = 32
        e = dict(section=sec, item=item)
        if no and no != "前提":
            e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = d1.strftime("%Y-%m-%d")
        if tg: e["targetDate"] = tg.strftime("%Y-%m-%d")
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
        if rem: e["remarks"] = rem
        entries.append(e)
    r += 1
last = r - 1
r += 1
ws[f"G{r}"] = "「いいえ」件数"; ws[f"H{r}"] = f'=COUNTIF(C{first_item_row}:C{last},"いいえ")'
ws[f"G{r+1}"] = "未対応件数"; ws[f"H{r+1}"] = f'=COUNTIF(C{first_item_row}:C{last},"いいえ")-COUNTIF(F{first_item_row}:F{last},"はい")'
ws.print_area = f"A1:H{r+1}"
ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [],
 "notes": ("One sheet; section heading rows (1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデント発生に備えた対応) "
           "and device-class sub-heading rows (サーバ / 端末PC / ネットワーク機器); section is the heading text without "
           "its number, or the device class. Device-class items carry no item number. 前提 row has 項番 '前提' (no itemNo). "
           "Dates are Excel date cells. Two formula cells below the table (いいえ件数, 未対応件数) are a summary, not fields. "
           "Re-saved by LibreOffice. R6 device items follow the seed 004 article (no password item)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")
