# Generator for clv-w6-b-sheet-per-class.xlsx (checklist-vendor, R6) -- 2 planted problems.
# Role: 医療情報管理室 of an Okayama hospital made one workbook per contracted vendor (表紙 + a sheet per section /
# device class, ● marks in はい/いいえ columns, 和暦 text dates) and sent it to the vendor; the vendor's SE filled it.
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w6-b-sheet-per-class"

VENDOR = "西日本ヘルスケアシステムズ株式会社 岡山支店"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSPITAL = "医療法人 緑樹会 総社みどり病院"

ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def wareki(iso, full=False):
    y, m, d = map(int, iso.split("-"))
    s = f"令和{y-2018}年{m}月{d}日"
    return s.translate(FW) if full else s

# Each sheet: (sheet name, title, show No. column, [blocks]) ; block = (heading row text or None, section, [rows])
# row = (itemNo, item, first, firstDate, target, second, secondDate, remarks)
SHEETS = [
    ("1・2共通", "１ 体制構築 ／ ２ 医療情報システム全般", True, [
        ("1 体制構築", "体制構築", [
            ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", "2024-11-05", None, None, None, "岡山支店長を管理責任者として選任"),
        ]),
        ("2 医療情報システム全般", "医療情報システム全般", [
            ("2-(1)", "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している", "はい", "2024-11-05", None, None, None, None),
            ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", "2024-11-05", None, None, None, "リモート保守なし（オンサイト保守のみ）と報告"),
            ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", "2024-11-05", None, None, None, None),
        ]),
    ]),
    ("サーバ", "サーバ", False, [
        (None, "サーバ", [
            (None, ACL, "はい", "2024-11-06", None, None, None, None),
            (None, ACC, "いいえ", "2024-11-06", "2024-12-20", "はい", "2024-12-19", "旧職員アカウント14件を12/19に削除"),
            (None, LOG, None, "2024-11-06", None, None, None, None),          # PLANT: 1回目 answer missing
            (None, PWD, "はい", "2024-11-06", None, None, None, None),
            (None, PAT, "はい", "2024-11-06", None, None, None, None),
            (None, SVC, "はい", "2024-11-06", None, None, None, None),
        ]),
    ]),
    ("端末PC", "端末PC", False, [
        (None, "端末PC", [
            (None, ACL, "はい", "2024-11-07", None, None, None, None),
            (None, ACC, "はい", "2024-11-07", None, None, None, None),
            (None, PWD, "はい", "2024-11-07", None, None, None, None),
            (None, PAT, "いいえ", "2024-11-07", "2025-06-30", None, None, "Windows10端末の入替に合わせて対応予定"),  # PLANT: 目標日 outside FY R6
            (None, SVC, "はい", "2024-11-07", None, None, None, None),
        ]),
    ]),
    ("NW機器", "ネットワーク機器", False, [
        (None, "ネットワーク機器", [
            (None, PAT, "はい", "2024-11-07", None, None, None, None),
            (None, SRC, "はい", "2024-11-07", None, None, None, "UTMで保守端末以外からの管理画面接続を遮断"),
        ]),
    ]),
    ("3インシデント", "３ インシデント発生に備えた対応", True, [
        ("3 インシデント発生に備えた対応", "インシデント発生に備えた対応", [
            ("3-(1)", "医療機関と協働し、インシデント発生時における医療機関、事業者及び外部関係機関（厚生労働省、警察等）への連絡体制図を整備している", "はい", "2024-11-08", None, None, None, None),
            ("3-(2)", "医療機関と協働し、インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "いいえ", "2024-11-08", "2025-02-28", "はい", "2025-02-21", "2/21 復旧訓練を実施し手順を確認"),
        ]),
    ]),
]

thin = Side(style="thin"); dotted = Side(style="dotted")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
cv = wb.active; cv.title = "表紙"
cv.column_dimensions["A"].width = 3
cv.column_dimensions["B"].width = 70
cv.column_dimensions["C"].width = 3
cv.column_dimensions["D"].width = 30
cv["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cv["B2"].font = Font(bold=True, size=14)
cv["B3"] = "（事業者確認用）　令和6年度版"
cv["B3"].font = Font(size=12)
cv["B5"] = f"事業者名：{VENDOR}"
cv["B6"] = f"対象システム：{SYSTEM}"
cv["B7"] = f"提出先医療機関名：{HOSPITAL}"
for r in (5, 6, 7):
    cv[f"B{r}"].border = Border(bottom=dotted)
    cv.row_dimensions[r].height = 22
cv["B9"] = "※ 事業者ごと又はシステムごとに1部作成してください。"
cv["B10"] = "※ 各シートの「はい」「いいえ」いずれかの欄に●を付け、確認日を和暦で記入してください。"
cv["B11"] = "※ 1回目で「いいえ」の場合は目標日を記入し、対応後に2回目の確認結果を記入してください。"
# second small table on the cover: sheet index (not a form field)
cv["B13"] = "シート一覧"; cv["B13"].font = Font(bold=True)
cv["D13"] = "内容"; cv["D13"].font = Font(bold=True)
for i, (sn, title, _, _) in enumerate(SHEETS):
    cv.cell(row=14 + i, column=2, value=sn)
    cv.cell(row=14 + i, column=4, value=title)
    for c in (2, 4):
        cv.cell(row=14 + i, column=c).border = B
cv["B21"] = "記入担当：西日本ヘルスケアシステムズ(株) 岡山支店 技術課　吉備 拓也　TEL 086-000-1234"
cv["B21"].font = Font(size=9)

entries = []
cellpos = {}   # entry index -> (sheet, row, has_no_col)
for sn, title, show_no, blocks in SHEETS:
    ws = wb.create_sheet(sn)
    off = 1 if show_no else 0
    cols = (["No."] if show_no else []) + ["確認項目", "はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日", "備考"]
    widths = ([8] if show_no else []) + [58, 6, 6, 16, 16, 6, 6, 16, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ncol = len(cols)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=12)
    # two-row header (rows 3-4)
    c0 = 1 + off  # 確認項目 column
    if show_no:
        ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1); ws.cell(row=3, column=1, value="No.")
    ws.merge_cells(start_row=3, start_column=c0, end_row=4, end_column=c0); ws.cell(row=3, column=c0, value="確認項目")
    ws.merge_cells(start_row=3, start_column=c0 + 1, end_row=3, end_column=c0 + 3); ws.cell(row=3, column=c0 + 1, value="1回目")
    ws.merge_cells(start_row=3, start_column=c0 + 4, end_row=4, end_column=c0 + 4); ws.cell(row=3, column=c0 + 4, value="目標日")
    ws.merge_cells(start_row=3, start_column=c0 + 5, end_row=3, end_column=c0 + 7); ws.cell(row=3, column=c0 + 5, value="2回目")
    ws.merge_cells(start_row=3, start_column=c0 + 8, end_row=4, end_column=c0 + 8); ws.cell(row=3, column=c0 + 8, value="備考")
    for j, t in zip((1, 2, 3), ("はい", "いいえ", "確認日")):
        ws.cell(row=4, column=c0 + j, value=t)
        ws.cell(row=4, column=c0 + 4 + j, value=t)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c); cell.border = B; cell.alignment = center; cell.fill = hfill
    r = 5
    for heading, sec, rows in blocks:
        if heading:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).border = B
            r += 1
        for (no, item, fa, fd, tg, sa, sd, rem) in rows:
            if show_no and no:
                ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=c0, value=item)
            if fa:
                ws.cell(row=r, column=c0 + (1 if fa == "はい" else 2), value="●")
            if fd:
                ws.cell(row=r, column=c0 + 3, value=wareki(fd))
            if tg:
                ws.cell(row=r, column=c0 + 4, value=wareki(tg))
            if sa:
                ws.cell(row=r, column=c0 + (5 if sa == "はい" else 6), value="●")
                ws.cell(row=r, column=c0 + 7, value=wareki(sd, full=True))
            if rem:
                ws.cell(row=r, column=c0 + 8, value=rem)
            for c in range(1, ncol + 1):
                cell = ws.cell(row=r, column=c); cell.border = B
                cell.alignment = wrap if c in (c0, c0 + 8) else center
            ws.row_dimensions[r].height = 36
            e = {"section": sec}
            if no: e["itemNo"] = no
            e["item"] = item
            if fa: e["firstAnswer"] = fa
            if fd: e["firstDate"] = fd
            if tg: e["targetDate"] = tg
            if sa: e["secondAnswer"] = sa; e["secondDate"] = sd
            if rem: e["remarks"] = rem
            cellpos[len(entries)] = (sn, r, c0)
            entries.append(e)
            r += 1
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = f"{sn}　&P / &N"

raw = os.path.join(HERE, NAME + ".xlsx")
wb.save(raw)
tmp = os.path.join(HERE, "_lo_tmp")
os.makedirs(tmp, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(tmp, NAME + ".xlsx"), raw)
shutil.rmtree(tmp)

def col(n): return chr(64 + n)
# locate planted entries
i_log = next(i for i, e in enumerate(entries) if e["section"] == "サーバ" and e["item"] == LOG)
i_pat = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == PAT)
sn1, r1, c01 = cellpos[i_log]
sn2, r2, c02 = cellpos[i_pat]
planted = [
    {"cells": [f"{sn1}!{col(c01 + 1)}{r1}", f"{sn1}!{col(c01 + 2)}{r1}"], "paths": [f"entries[{i_log}].firstAnswer"],
     "why": "サーバ「アクセスログを管理している」: 1回目の確認日は記入されているが、はい／いいえのどちらにも●がない（1回目の回答が未記入）。全項目に1回目の回答と確認日が必要。"},
    {"cells": [f"{sn2}!{col(c02 + 4)}{r2}"], "paths": [f"entries[{i_pat}].targetDate"],
     "why": "端末PC「セキュリティパッチ…を適用している」: 1回目「いいえ」の目標日が令和7年6月30日 (2025-06-30) で、令和6年度（2025-03-31まで）を超えている。目標日は様式の年度内でなければならない。"},
]
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": planted,
    "notes": ("Header fields on sheet 表紙 with label and value in one cell ('事業者名：…', '対象システム：…', '提出先医療機関名：…'); "
              "the sheet list table and 記入担当 line on 表紙 are not form fields. One sheet per section / device class, in order "
              "1・2共通, サーバ, 端末PC, NW機器 (section ネットワーク機器), 3インシデント; entries follow that sheet order. Answers are ● in "
              "separate はい / いいえ columns. Dates are 和暦 text ('令和6年11月5日'); 2回目 dates use full-width digits ('令和６年１２月１９日'). "
              "Item numbers only on 1・2共通 and 3インシデント sheets; device-class rows have no number (itemNo omitted). Section names "
              "体制構築 / 医療情報システム全般 / インシデント発生に備えた対応 and the vendor-side wording of 2-(1), 2-(2), 3-(1), 3-(2) are this "
              "office's reconstruction. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), planted[0]["cells"], planted[1]["cells"], i_log, i_pat)
