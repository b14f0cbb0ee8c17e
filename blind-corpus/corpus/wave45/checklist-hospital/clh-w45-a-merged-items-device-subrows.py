#!/usr/bin/python3
# Generator for clh-w45-a-merged-items-device-subrows.xlsx
# Role: prefecture 医務課 draws the R6 医療機関確認用 checklist as one print sheet: numbered items, item text merged
# over one sub-row per device class (対象機器 column), answers はい/いいえ, dates as Excel date cells shown in 和暦.
# Filled by the hospital's 情報システム課.
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clh-w45-a-merged-items-device-subrows.xlsx")
D = dt.date
WAREKI = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'

wb = Workbook()
ws = wb.active
ws.title = "医療機関確認用"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
hdr = PatternFill("solid", fgColor="E2EFDA")
sec = PatternFill("solid", fgColor="F2F2F2")
for k, v in {"A": 1.5, "B": 7, "C": 46, "D": 13, "E": 8, "F": 16, "G": 16, "H": 8, "I": 16, "J": 26, "K": 1.5}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")
ws["J2"] = "【医療機関確認用】"
ws["J2"].alignment = Alignment(horizontal="right")
ws["J2"].font = Font(bold=True)
ws["B4"] = "医療機関名"
ws.merge_cells("B4:C4")
ws["B4"].fill = hdr
ws.merge_cells("D4:G4")
ws["D4"] = "社会医療法人 青葉会 青葉台総合病院"
for c in ("B4", "C4", "D4", "E4", "F4", "G4"):
    ws[c].border = box
ws.merge_cells("B5:J5")
ws["B5"] = "※ 1回目の確認で「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行ってください。前提が「いいえ」の場合、以降の記入は不要です。"
ws["B5"].font = Font(size=9)
ws.merge_cells("B6:J6")
ws["B6"] = "※ 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"
ws["B6"].font = Font(size=9)

def H(rng, text):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
    c.alignment = center
    c.font = Font(bold=True)
    c.fill = hdr
for rng, t in (("B8:B9", "番号"), ("C8:C9", "確認項目"), ("D8:D9", "対象機器"), ("E8:F8", "1回目"),
               ("G8:G9", "目標日"), ("H8:I8", "2回目"), ("J8:J9", "備考")):
    H(rng, t)
for cell, t in (("E9", "はい・いいえ"), ("F9", "確認日"), ("H9", "はい・いいえ"), ("I9", "確認日")):
    ws[cell] = t; ws[cell].alignment = center; ws[cell].font = Font(bold=True, size=9); ws[cell].fill = hdr
for r in (8, 9):
    for col in "BCDEFGHIJ":
        ws[f"{col}{r}"].border = box

d1 = D(2024, 11, 12)
d3 = D(2024, 11, 14)
# structure: ("S", heading) or ("I", no, text, [(device, a1, date1, target, a2, date2, remarks), ...])
rows = [
    ("I", "前提", "医療情報システムを導入、運用している", [(None, "はい", d1, None, None, None, None)]),
    ("S", "1　体制構築"),
    ("I", "1-(1)", "医療情報システム安全管理責任者を設置している",
     [(None, "はい", d1, None, None, None, "情報システム課長を任命済")]),
    ("S", "2　医療情報システムの管理・運用"),
    ("I", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", [(None, "はい", d1, None, None, None, None)]),
    ("I", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     [(None, "はい", d1, None, None, None, "電子カルテ・PACS・検体検査の3系統で利用あり")]),
    ("I", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     [(None, "いいえ", d1, D(2025, 1, 31), "はい", D(2025, 1, 24), "2社中1社未提出→1/24受領")]),
    ("I", "2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     [("サーバ", "はい", d1, None, None, None, None), ("端末PC", "はい", d1, None, None, None, None)]),
    ("I", "2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     [("サーバ", "はい", d1, None, None, None, None),
      ("端末PC", "いいえ", d1, D(2024, 12, 27), "はい", D(2024, 12, 20), "退職者アカウントの棚卸しを実施")]),
    ("I", "2-(6)", "アクセスログを管理している", [("サーバ", "はい", d1, None, None, None, None)]),
    ("I", "2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     [("サーバ", "はい", d1, None, None, None, None),
      ("端末PC", "いいえ", d1, D(2025, 3, 31), None, None, "電子カルテ端末の更新時に設定変更予定"),
      ("ネットワーク機器", "はい", d1, None, None, None, None)]),
    ("I", "2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     [("サーバ", "はい", d1, None, None, None, None), ("端末PC", "はい", d1, None, None, None, None),
      ("ネットワーク機器", "はい", d1, None, None, None, None)]),
    ("I", "2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     [("サーバ", "はい", d1, None, None, None, None), ("端末PC", "はい", d1, None, None, None, None)]),
    ("I", "2-(10)", "接続元制限を実施している",
     [("ネットワーク機器", "いいえ", d1, D(2025, 2, 28), "はい", D(2025, 2, 21), "保守VPNの接続元IPを限定")]),
    ("S", "3　インシデント発生に備えた対応"),
    ("I", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     [(None, "はい", d3, None, None, None, None)]),
    ("I", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     [(None, "はい", d3, None, None, None, None)]),
    ("I", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     [(None, "いいえ", d3, D(2025, 3, 31), None, None, "BCP（サイバー攻撃編）を策定中")]),
]
r = 10
for row in rows:
    if row[0] == "S":
        ws.merge_cells(f"B{r}:J{r}")
        ws[f"B{r}"] = row[1]
        ws[f"B{r}"].font = Font(bold=True)
        ws[f"B{r}"].fill = sec
        for col in "BCDEFGHIJ":
            ws[f"{col}{r}"].border = box
        r += 1
        continue
    _, no, text, subs = row
    start = r
    for dev, a1, t1, tg, a2, t2, rem in subs:
        vals = {"D": dev if dev else "－", "E": a1, "F": t1, "G": tg, "H": a2, "I": t2, "J": rem}
        for col, v in vals.items():
            c = ws[f"{col}{r}"]
            c.value = v
            c.alignment = wrap if col == "J" else center
            if isinstance(v, dt.date):
                c.number_format = WAREKI
        for col in "BCDEFGHIJ":
            ws[f"{col}{r}"].border = box
        ws.row_dimensions[r].height = 30
        r += 1
    ws[f"B{start}"] = no
    ws[f"C{start}"] = text
    if r - 1 > start:
        ws.merge_cells(f"B{start}:B{r-1}")
        ws.merge_cells(f"C{start}:C{r-1}")
    ws[f"B{start}"].alignment = center
    ws[f"C{start}"].alignment = wrap

ws.print_area = f"A1:K{r}"
ws.print_title_rows = "8:9"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(OUT)
print("saved", OUT, "last row", r - 1)

# ---- expected.json (values as meant, canonical) ----
import json
SECTION_OF = {"1　体制構築": "体制構築", "2　医療情報システムの管理・運用": "医療情報システムの管理・運用",
              "3　インシデント発生に備えた対応": "インシデント発生に備えた対応"}
entries = []
cur = None
for row in rows:
    if row[0] == "S":
        cur = SECTION_OF[row[1]]
        continue
    _, no, text, subs = row
    for dev, a1, t1, tg, a2, t2, rem in subs:
        e = {"section": "前提" if no == "前提" else (dev or cur), "item": text}
        if no != "前提":
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = t1.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if t2: e["secondDate"] = t2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
exp = {
    "form": "checklist-hospital", "version": "R6", "file": os.path.basename(OUT),
    "values": {"facilityName": "社会医療法人 青葉会 青葉台総合病院", "entries": entries},
    "planted": [],
    "notes": ("One sheet 医療機関確認用. Items whose text applies to several device classes have the number and text "
              "merged vertically over one sub-row per class (column D 対象機器); '－' in D means no device class. "
              "section = device class for those sub-rows, else the heading text without its number "
              "(体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応); 前提 row has section 前提 and no itemNo. "
              "Numbers 2-(4)…2-(10) are this workbook's own numbering (order reconstructed). Which device classes each "
              "item covers follows the seed article (password item put under all three classes from the catalogue). "
              "Dates are Excel date cells displayed in 和暦 (令和6年11月12日). 2回目 left blank on いいえ rows still pending "
              "(2-(7) 端末PC and 3-(3), target 2025-03-31) – not a problem."),
}
json.dump(exp, open(OUT.replace(".xlsx", ".expected.json"), "w"), ensure_ascii=False, indent=2)
print("expected written,", len(entries), "entries")
