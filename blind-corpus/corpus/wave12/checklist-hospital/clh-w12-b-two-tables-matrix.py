# Generator for clh-w12-b-two-tables-matrix.xlsx
# Role: a municipal hospital's 医事課 person laid the 医療機関確認用 checklist out on one A3 sheet as two
# tables: (1) the general items (前提, 1, 2-(1)-(3), 3) and below it (2) the device items as a matrix, one row per
# check and one column group per device class (サーバ / 端末PC / ネットワーク機器), "－" where a check does
# not apply. Answers are ○ / × picked from a hidden list sheet; dates are Excel date cells shown in 和暦
# (令和6年10月3日) through a number format. 医療機関名 is typed in the same cell as its label.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter as L

OUT = "/work/blind/wave12/checklist-hospital"
NAME = "clh-w12-b-two-tables-matrix"
SHEET = "R6チェックリスト"
FACILITY = "みなと市立みなと市民病院"
D = dt.date
WAREKI = '[$-411]ggge"年"m"月"d"日";@'
MARK = {"はい": "○", "いいえ": "×"}

F1 = D(2024, 10, 3)
F2 = D(2024, 10, 7)
S2 = D(2025, 2, 10)

# table 1: (section shown, No., item, fa, fd, target, sa, sd, remarks)
T1 = [
    ("前提", "－", "医療情報システムを導入、運用している", "はい", F1, None, None, None, None),
    ("体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", F1, None, "はい", S2, "医療情報部長（副院長兼務）"),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, "はい", S2, None),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", F1, None, "はい", S2, None),
    ("医療情報システム全般", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", F1, D(2024, 12, 27), "はい", S2, "5社中2社未提出→12月に全社分受領"),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", F1, None, "はい", S2, None),
    ("インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", F1, None, "はい", S2, "バックアップはLTO＋オフラインNAS"),
    ("インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", F1, D(2025, 3, 14), "いいえ", S2, "策定中（3/14 院内委員会で承認予定）"),
]

CLASSES = ["サーバ", "端末PC", "ネットワーク機器"]
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
STOP = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
OK = ("はい", F2, None, "はい", S2)
# table 2: (item shown, canonical item, {class: (fa, fd, target, sa, sd) or None for －})
T2 = [
    ("アクセス利用権限の設定\n（利用者の職種・担当業務別の情報区分毎）", ACC, {"サーバ": OK, "端末PC": OK, "ネットワーク機器": None}),
    ("不要なアカウントの削除\n（退職者や使用していないアカウント等）", DEL, {"サーバ": OK, "端末PC": OK, "ネットワーク機器": None}),
    ("アクセスログの管理", LOG, {"サーバ": ("いいえ", F2, D(2024, 12, 27), "はい", S2), "端末PC": None, "ネットワーク機器": None}),
    ("セキュリティパッチの適用\n（最新ファームウェアや更新プログラム）", PATCH, {"サーバ": OK, "端末PC": OK, "ネットワーク機器": OK}),
    ("不要なソフトウェア・サービスの停止\n（バックグラウンドで動作しているもの）", STOP,
     {"サーバ": OK, "端末PC": ("いいえ", F2, D(2025, 1, 31), "はい", S2), "ネットワーク機器": None}),
    ("接続元制限の実施", SRC, {"サーバ": None, "端末PC": None, "ネットワーク機器": OK}),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    lst = wb.create_sheet("選択肢")
    lst["A1"] = "○"; lst["A2"] = "×"
    lst.sheet_state = "hidden"

    thin = Side(style="thin")
    med = Side(style="medium")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    gray = PatternFill("solid", fgColor="D9D9D9")
    hdr = PatternFill("solid", fgColor="FCE4D6")

    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 7
    ws.column_dimensions["C"].width = 40
    for i in range(4, 19):
        ws.column_dimensions[L(i)].width = 8.5 if (i - 4) % 5 in (0, 3) else 13

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト【医療機関確認用】（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:H3")
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=12, bold=True)
    ws["A3"].border = Border(bottom=med)
    ws["A4"] = "（回答欄は ○＝はい、×＝いいえ を選択。確認日・目標日は日付で入力すると和暦で表示されます）"
    ws["A4"].font = Font(size=9, color="555555")

    # ---- table 1 ----
    ws["A6"] = "【1】共通項目"
    ws["A6"].font = Font(bold=True)
    heads = ["区分", "No.", "チェック項目", "1回目\n(○/×)", "確認日", "目標日", "2回目\n(○/×)", "確認日", "備考"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True, size=10)
    ws.merge_cells(start_row=7, start_column=9, end_row=7, end_column=13)
    r = 8
    t1_first = r
    for sec, no, item, fa, fd, tg, sa, sd, rem in T1:
        vals = [sec, no, item, MARK.get(fa), fd, tg, MARK.get(sa), sd, rem]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = left if i in (1, 3, 9) else center
            if isinstance(v, dt.date):
                c.number_format = WAREKI
        ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=13)
        for col in range(9, 14):
            ws.cell(row=r, column=col).border = box
        ws.row_dimensions[r].height = 34
        r += 1
    t1_last = r - 1
    # merge 区分 runs
    start = t1_first
    for i in range(1, len(T1) + 1):
        if i == len(T1) or T1[i][0] != T1[i - 1][0]:
            if t1_first + i - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=t1_first + i - 1, end_column=1)
            start = t1_first + i

    # ---- table 2 ----
    r = t1_last + 3
    t2_title = r
    ws.cell(row=r, column=1, value="【2】機器別の項目（2 医療情報システムの管理・運用）　※該当しない欄は「－」").font = Font(bold=True)
    h1 = r + 1
    h2 = r + 2
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=3)
    ws.cell(row=h1, column=1, value="チェック項目")
    sub = ["1回目\n(○/×)", "確認日", "目標日", "2回目\n(○/×)", "確認日"]
    for k, cls in enumerate(CLASSES):
        c0 = 4 + 5 * k
        ws.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + 4)
        ws.cell(row=h1, column=c0, value=cls)
        for j, s in enumerate(sub):
            ws.cell(row=h2, column=c0 + j, value=s)
    for rr in (h1, h2):
        for col in range(1, 19):
            c = ws.cell(row=rr, column=col)
            c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True, size=10)
    r = h2 + 1
    t2_first = r
    for shown, _canon, per in T2:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=1, value=shown).alignment = left
        for col in range(1, 4):
            ws.cell(row=r, column=col).border = box
        for k, cls in enumerate(CLASSES):
            c0 = 4 + 5 * k
            v = per[cls]
            for j in range(5):
                c = ws.cell(row=r, column=c0 + j)
                c.border = box; c.alignment = center
                if v is None:
                    c.fill = gray
                    if j == 0:
                        c.value = "－"
                else:
                    x = v[j]
                    if j in (0, 3):
                        c.value = MARK.get(x)
                    else:
                        c.value = x
                        if isinstance(x, dt.date):
                            c.number_format = WAREKI
        ws.row_dimensions[r].height = 34
        r += 1
    t2_last = r - 1

    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{t1_first}:D{t1_last}")
    dv.add(f"G{t1_first}:G{t1_last}")
    for k in range(3):
        c0 = 4 + 5 * k
        dv.add(f"{L(c0)}{t2_first}:{L(c0)}{t2_last}")
        dv.add(f"{L(c0 + 3)}{t2_first}:{L(c0 + 3)}{t2_last}")

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1
    ws.print_area = f"A1:R{t2_last}"
    wb.save(path)
    return t1_first, t2_first


def expected():
    entries = []
    for sec, no, item, fa, fd, tg, sa, sd, rem in T1:
        e = {"section": sec, "item": item}
        if no != "－":
            e["itemNo"] = no
        e["firstAnswer"] = fa; e["firstDate"] = fd.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = sd.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
    for shown, canon, per in T2:
        for cls in CLASSES:
            v = per[cls]
            if v is None:
                continue
            fa, fd, tg, sa, sd = v
            e = {"section": cls, "item": canon, "firstAnswer": fa, "firstDate": fd.isoformat()}
            if tg: e["targetDate"] = tg.isoformat()
            if sa: e["secondAnswer"] = sa
            if sd: e["secondDate"] = sd.isoformat()
            entries.append(e)
    return {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Two tables on one sheet 'R6チェックリスト'; hidden sheet '選択肢' holds the drop-down list (○, ×). "
                  "Table 1 (rows 8-15): 前提, 1-(1), 2-(1)-(3), 3-(1)-(3) — section 3 comes before the device items. "
                  "Table 2 (below): device checks as a matrix, rows = checks (short labels with the rest of the wording "
                  "in brackets on a second line), column groups サーバ / 端末PC / ネットワーク機器, each 1回目 | 確認日 | "
                  "目標日 | 2回目 | 確認日; grey '－' groups = not applicable, no entry. Entries list table 1 first, then "
                  "table 2 row by row and, within a row, class left to right (サーバ, 端末PC, ネットワーク機器). "
                  "○ = はい, × = いいえ. Dates are Excel date cells displayed in 和暦 (令和6年10月3日) via number format. "
                  "医療機関名 shares cell A3 with its label ('医療機関名：…'). The 前提 row's No. cell holds '－' (no number; "
                  "itemNo omitted). The 前提 row has no 2回目. Table 2 has no 備考 column. No planted problem."),
    }


if __name__ == "__main__":
    build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("ok")
