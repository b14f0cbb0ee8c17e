# Generator for clh-w12-a-dropdown-excel-dates.xlsx
# Role: a hospital's 事務部 情報管理課 drew its own 医療機関確認用 checklist (令和6年度版) as one list:
# merged 大項目 column, No. only where the notice numbers the item, a 対象 column for the device class,
# はい/いいえ drop-downs, real Excel date cells shown as m/d, and a いいえ-count formula at the bottom
# (saved by openpyxl, so the formulas have no cached value).
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/checklist-hospital"
NAME = "clh-w12-a-dropdown-excel-dates"
SHEET = "医療機関確認用"
FACILITY = "医療法人 青葉会 青葉台記念病院"
D = dt.date

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
STOP = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# (大項目 shown, No., 対象 shown (section), text shown, canonical item, 1st ans, 1st date, target, 2nd ans, 2nd date, remarks)
F1 = D(2024, 10, 15)
F2 = D(2024, 10, 17)
ROWS = [
    ("前提", None, None, "医療情報システムを導入、運用している\n（「いいえ」の場合は以降の回答は不要です）",
     "医療情報システムを導入、運用している", "はい", F1, None, None, None, None),
    ("1 体制構築", "1-(1)", None, "医療情報システム安全管理責任者を設置している",
     "医療情報システム安全管理責任者を設置している", "はい", F1, None, None, None, "事務部長を任命（R6.4.1）"),
    ("2 医療情報システムの管理・運用", "2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, None, None, None),
    ("2 医療情報システムの管理・運用", "2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", F1, None, None, None,
     "電子カルテ・PACS・検体検査の3社に確認"),
    ("2 医療情報システムの管理・運用", "2-(3)", "医療情報システム全般",
     "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", F1, D(2024, 12, 27), "はい", D(2024, 12, 16), "PACS事業者のSDS未提出→12/16受領"),
    ("2 医療情報システムの管理・運用", None, "サーバ", ACC, ACC, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "サーバ", DEL, DEL, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "サーバ", LOG, LOG, "いいえ", F2, D(2025, 1, 31), "はい", D(2025, 1, 29),
     "ログ保存期間を1年に延長し月次で確認"),
    ("2 医療情報システムの管理・運用", None, "サーバ", PW, PW, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "サーバ", PATCH, PATCH, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "サーバ", STOP, STOP, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "端末PC", ACC, ACC, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "端末PC", DEL, DEL, "いいえ", F2, D(2024, 11, 29), "はい", D(2024, 11, 22),
     "退職者アカウント12件を削除"),
    ("2 医療情報システムの管理・運用", None, "端末PC", PW, PW, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "端末PC", PATCH, PATCH, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "端末PC", STOP, STOP, "いいえ", F2, D(2024, 10, 1), None, None,
     "常駐ソフトの棚卸し中"),                                  # planted: 目標日 before 1回目 date
    ("2 医療情報システムの管理・運用", None, "ネットワーク機器", PATCH, PATCH, "はい", F2, None, None, None, None),
    ("2 医療情報システムの管理・運用", None, "ネットワーク機器", SRC, SRC, "はい", None, None, None, None,
     "保守用VPNは事業者IPのみ許可"),                           # planted: 1回目 date missing
    ("3 インシデント発生に備えた対応", "3-(1)", None,
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", F1, None, None, None, None),
    ("3 インシデント発生に備えた対応", "3-(2)", None,
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", F1, None, None, None, None),
    ("3 インシデント発生に備えた対応", "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", F1, D(2025, 3, 31), "いいえ", D(2025, 2, 14), "BCP（サイバー攻撃編）を作成中"),
]
FIRST_ROW = 8


def section_of(row):
    big, no, target = row[0], row[1], row[2]
    if big == "前提":
        return "前提"
    if target:
        return target
    return big.split(" ", 1)[1]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for k, v in {"A": 16, "B": 7, "C": 12, "D": 52, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 30}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　令和6年度版"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名"; ws["A3"].fill = PatternFill("solid", fgColor="F2F2F2")
    ws.merge_cells("B3:D3"); ws["B3"] = FACILITY
    ws["A4"] = "記入者"; ws["A4"].fill = PatternFill("solid", fgColor="F2F2F2")
    ws.merge_cells("B4:D4"); ws["B4"] = "事務部 情報管理課　佐々木 里美"
    for rr in (3, 4):
        for col in range(1, 5):
            ws.cell(row=rr, column=col).border = box

    hdr = PatternFill("solid", fgColor="E2EFDA")
    ws.merge_cells("A6:A7"); ws["A6"] = "大項目"
    ws.merge_cells("B6:B7"); ws["B6"] = "No."
    ws.merge_cells("C6:C7"); ws["C6"] = "対象"
    ws.merge_cells("D6:D7"); ws["D6"] = "チェック項目"
    ws.merge_cells("E6:F6"); ws["E6"] = "1回目"
    ws["E7"] = "はい/いいえ"; ws["F7"] = "確認日"
    ws.merge_cells("G6:G7"); ws["G6"] = "目標日"
    ws.merge_cells("H6:I6"); ws["H6"] = "2回目"
    ws["H7"] = "はい/いいえ"; ws["I7"] = "確認日"
    ws.merge_cells("J6:J7"); ws["J6"] = "備考"
    for row in ws["A6:J7"]:
        for c in row:
            c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True, size=10)

    r = FIRST_ROW
    for row in ROWS:
        big, no, tgt, shown, _c, fa, fd, tg, sa, sd, rem = row
        vals = [big, no, tgt, shown, fa, fd, tg, sa, sd, rem]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = left if i in (1, 4, 10) else center
            if isinstance(v, dt.date):
                c.number_format = "m/d"
        ws.row_dimensions[r].height = 32
        r += 1
    last = r - 1
    # merge 大項目 and 対象 runs
    def merge_runs(col_idx):
        start = FIRST_ROW
        for i in range(1, len(ROWS) + 1):
            cur = ROWS[i][col_idx] if i < len(ROWS) else object()
            prev = ROWS[i - 1][col_idx]
            if cur != prev:
                end = FIRST_ROW + i - 1
                if end > start and prev is not None:
                    ws.merge_cells(start_row=start, start_column=col_idx + 1, end_row=end, end_column=col_idx + 1)
                start = FIRST_ROW + i
    merge_runs(0)
    merge_runs(2)
    ws.cell(row=FIRST_ROW, column=1).fill = PatternFill("solid", fgColor="FFF2CC")

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E{FIRST_ROW}:E{last}")
    dv.add(f"H{FIRST_ROW}:H{last}")
    dvd = DataValidation(type="date", operator="between", formula1="45383", formula2="45747", allow_blank=True)
    ws.add_data_validation(dvd)
    dvd.add(f"F{FIRST_ROW}:G{last}")
    dvd.add(f"I{FIRST_ROW}:I{last}")

    s = last + 2
    ws.cell(row=s, column=3, value="集計")
    ws.cell(row=s, column=4, value="1回目「いいえ」の件数")
    ws.cell(row=s, column=5, value=f'=COUNTIF(E{FIRST_ROW}:E{last},"いいえ")')
    ws.cell(row=s + 1, column=4, value="1回目 未回答の件数")
    ws.cell(row=s + 1, column=5, value=f"=COUNTBLANK(E{FIRST_ROW}:E{last})")
    ws.cell(row=s + 2, column=4, value="2回目「いいえ」の件数")
    ws.cell(row=s + 2, column=5, value=f'=COUNTIF(H{FIRST_ROW}:H{last},"いいえ")')
    for rr in range(s, s + 3):
        for col in (4, 5):
            ws.cell(row=rr, column=col).border = box
    ws.freeze_panes = "E8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "6:7"
    wb.save(path)


def expected():
    entries = []
    for row in ROWS:
        big, no, tgt, shown, canon, fa, fd, tg, sa, sd, rem = row
        e = {"section": section_of(row), "item": canon}
        if no:
            e["itemNo"] = no
        if fa:
            e["firstAnswer"] = fa
        if fd:
            e["firstDate"] = fd.isoformat()
        if tg:
            e["targetDate"] = tg.isoformat()
        if sa:
            e["secondAnswer"] = sa
        if sd:
            e["secondDate"] = sd.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    def find(sec, item):
        for i, row in enumerate(ROWS):
            if row[2] == sec and row[4] == item:
                return i
        raise KeyError
    i1 = find("端末PC", STOP)
    i2 = find("ネットワーク機器", SRC)
    planted = [
        {"cells": [f"{SHEET}!G{FIRST_ROW + i1}", f"{SHEET}!F{FIRST_ROW + i1}"], "paths": [f"entries[{i1}].targetDate"],
         "why": "端末PC 不要なソフトウェア停止: 1回目「いいえ」(2024-10-17) but 目標日 2024-10-01 is before the 1回目 date (目標日 must come after it)"},
        {"cells": [f"{SHEET}!F{FIRST_ROW + i2}"], "paths": [f"entries[{i2}].firstDate"],
         "why": "ネットワーク機器 接続元制限: 1回目「はい」but the 確認日 is blank — every item needs a 1回目 answer and date"},
    ]
    return {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("One sheet, one row per item (device items repeated per class). Dates are real Excel date cells "
                  "formatted m/d (year not shown on screen). 大項目 (A) and 対象 (C) are merged runs; section is the "
                  "対象 value when present (医療情報システム全般 / サーバ / 端末PC / ネットワーク機器), else the 大項目 text "
                  "without its number (体制構築, インシデント発生に備えた対応), and 前提 for the 前提 row. No. is shown only "
                  "for 1-(1), 2-(1)-(3), 3-(1)-(3); device rows have no No. (itemNo omitted). The 前提 row's text carries a "
                  "bracket note on a second line; item gives the bare wording. Rows below the table (集計) hold COUNTIF/"
                  "COUNTBLANK formulas with no cached values (openpyxl save) — not form data. 記入者 (B4) is not a key. "
                  "No header 確認日 field (R6 layout)."),
    }


if __name__ == "__main__":
    build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("ok")
