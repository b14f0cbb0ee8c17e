# Generator for clh-w30-a-print-grid-dropdown-dates.xlsx
# Role: prefecture medical-affairs office that drew the MHLW 令和6年度版 チェックリスト（医療機関確認用）
# as a print-style grid (spacer column A, 項番 | 区分 | チェック項目 | 1回目 回答・確認日 | 目標日 | 2回目 回答・確認日 | 備考),
# section title rows, device class merged down the 区分 column, dropdowns, Excel date cells, a 記入要領 sheet and a
# 「いいえ」件数 COUNTIF formula at the foot (saved by openpyxl: no cached value). Filled by the hospital's
# information-systems section.
# Run: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w30-a-print-grid-dropdown-dates"
SHEET = "チェックリスト"
FAC = "公益財団法人 湖東医療会 湖東中央病院"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
D = dt.date
F1 = D(2024, 7, 10)

T_PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
T_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"

Y = ("はい", F1)
# rows: ("T", title) section title row; ("I", section, itemNo, text, first, target, second, remarks)
ROWS = [
    ("T", "前提"),
    ("I", "前提", None, "医療情報システムを導入、運用している", Y, None, None, None),
    ("T", "1　体制構築"),
    ("I", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", Y, None, None, "事務部長を任命（R6.4.1付）"),
    ("T", "2　医療情報システムの管理・運用"),
    ("I", "医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", Y, None, None, "機器管理台帳 R6.6 更新"),
    ("I", "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", Y, None, None, None),
    ("I", "医療情報システムの管理・運用", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", F1), D(2024, 9, 30), ("はい", D(2024, 9, 19)), "電子カルテ・PACS事業者分 受領済"),
    ("I", "サーバ", None, T_PERM, Y, None, None, None),
    ("I", "サーバ", None, T_ACCT, ("いいえ", F1), D(2024, 8, 31), ("はい", D(2024, 8, 26)), "退職者ID 14件削除"),
    ("I", "サーバ", None, T_LOG, Y, None, None, None),
    ("I", "サーバ", None, T_PW, Y, None, None, None),
    ("I", "サーバ", None, T_PATCH, Y, None, None, None),
    ("I", "サーバ", None, T_SVC, Y, None, None, None),
    ("I", "端末PC", None, T_PERM, Y, None, None, None),
    ("I", "端末PC", None, T_ACCT, Y, None, None, None),
    ("I", "端末PC", None, T_PW, ("いいえ", F1), D(2024, 12, 27), ("はい", D(2024, 12, 20)),
     "8文字以上・90日ごと変更をADのポリシーで設定"),
    ("I", "端末PC", None, T_PATCH, Y, None, None, None),
    ("I", "端末PC", None, T_SVC, Y, None, None, None),
    ("I", "ネットワーク機器", None, T_PW, Y, None, None, None),
    ("I", "ネットワーク機器", None, T_PATCH, ("いいえ", F1), D(2024, 10, 31), ("はい", D(2024, 10, 25)),
     "VPNルータ ファームウェア更新（保守業者）"),
    ("I", "ネットワーク機器", None, T_SRC, Y, None, None, None),
    ("T", "3　インシデント発生に備えた対応"),
    ("I", "インシデント発生に備えた対応", "3-(1)",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", Y, None, None, None),
    ("I", "インシデント発生に備えた対応", "3-(2)",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     Y, None, None, None),
    ("I", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", F1), D(2025, 3, 31), None, "BCP（サイバー攻撃編）策定中"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    widths = {"A": 2, "B": 7, "C": 14, "D": 52, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    ws.merge_cells("B1:J1")
    ws["B1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("I2:J2")
    ws["I2"] = "【医療機関確認用】"
    ws["I2"].alignment = Alignment(horizontal="right")
    ws["I2"].font = Font(bold=True)

    ws.merge_cells("B4:C4")
    ws["B4"] = "医療機関名"
    ws.merge_cells("D4:G4")
    ws["D4"] = FAC
    for c in "BCDEFG":
        ws[f"{c}4"].border = box
    ws["B4"].fill = PatternFill("solid", fgColor="E7E6E6")
    ws["B4"].alignment = center
    ws["D4"].font = Font(size=12)

    ws.merge_cells("B5:J5")
    ws["B5"] = ("※「前提」が「いいえ」の場合、以降の項目の記入は不要です。1回目の確認で「いいえ」の項目は目標日を記入し、"
                "対応後に2回目の確認結果を記入してください。")
    ws["B5"].font = Font(size=9)
    ws["B5"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[5].height = 26

    h = 7
    top = {"B": "項番", "C": "区分", "D": "チェック項目", "E": "1回目", "G": "目標日", "H": "2回目", "J": "備考"}
    for k, v in top.items():
        ws[f"{k}{h}"] = v
    for k in "BCDGJ":
        ws.merge_cells(f"{k}{h}:{k}{h+1}")
    ws.merge_cells(f"E{h}:F{h}")
    ws.merge_cells(f"H{h}:I{h}")
    ws[f"E{h+1}"] = "はい/いいえ"
    ws[f"F{h+1}"] = "確認日"
    ws[f"H{h+1}"] = "はい/いいえ"
    ws[f"I{h+1}"] = "確認日"
    for rr in (h, h + 1):
        for c in "BCDEFGHIJ":
            ws[f"{c}{rr}"].border = box
            ws[f"{c}{rr}"].alignment = center
            ws[f"{c}{rr}"].fill = PatternFill("solid", fgColor="C6E0B4")
            ws[f"{c}{rr}"].font = Font(bold=True, size=10)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    r = h + 2
    first_data = r
    dev_span = {}
    for row in ROWS:
        if row[0] == "T":
            ws.merge_cells(f"B{r}:J{r}")
            ws[f"B{r}"] = row[1]
            ws[f"B{r}"].font = Font(bold=True)
            ws[f"B{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
            for c in "BCDEFGHIJ":
                ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, sec, no, text, first, target, second, rem = row
        if sec in ("サーバ", "端末PC", "ネットワーク機器"):
            span = dev_span.setdefault(sec, [r, r])
            span[1] = r
            if span[0] == r:
                ws[f"C{r}"] = sec
        else:
            ws[f"C{r}"] = None
        if no:
            ws[f"B{r}"] = no
        ws[f"D{r}"] = text
        ws[f"E{r}"] = first[0]
        ws[f"F{r}"] = first[1]
        if target:
            ws[f"G{r}"] = target
        if second:
            ws[f"H{r}"] = second[0]
            ws[f"I{r}"] = second[1]
        if rem:
            ws[f"J{r}"] = rem
        for c in "FGI":
            ws[f"{c}{r}"].number_format = "yyyy/m/d"
        dv.add(f"E{r}")
        dv.add(f"H{r}")
        for c in "BCDEFGHIJ":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "DJ" else center
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first[0]
        e["firstDate"] = first[1].isoformat()
        if target:
            e["targetDate"] = target.isoformat()
        if second:
            e["secondAnswer"] = second[0]
            e["secondDate"] = second[1].isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    last_data = r - 1
    for sec, (a, b) in dev_span.items():
        ws.merge_cells(f"C{a}:C{b}")
        ws[f"C{a}"].alignment = center
    # the device-class block sits under section 2 but has no 項番 of its own: mark it in column B
    a = min(v[0] for v in dev_span.values())
    b = max(v[1] for v in dev_span.values())
    ws.merge_cells(f"B{a}:B{b}")
    ws[f"B{a}"] = None
    ws[f"B{a}"].alignment = center

    r += 1
    ws[f"D{r}"] = "1回目「いいえ」の件数"
    ws[f"D{r}"].alignment = Alignment(horizontal="right")
    ws[f"E{r}"] = f'=COUNTIF(E{first_data}:E{last_data},"いいえ")'
    ws[f"E{r}"].border = box
    ws[f"E{r}"].alignment = center
    ws.freeze_panes = f"E{h+2}"

    ins = wb.create_sheet("記入要領")
    ins.column_dimensions["A"].width = 110
    txt = [
        "記入要領",
        "1 各項目について確認し、1回目欄に「はい」「いいえ」をプルダウンで選択し、確認日を入力してください（例：2024/7/10）。",
        "2 「いいえ」の項目は、対応の目標日を記入してください。目標日は令和6年度内としてください。",
        "3 目標日までに対応した項目は、2回目欄に確認結果と確認日を入力してください。",
        "4 サーバ・端末PC・ネットワーク機器の項目は、機器の区分ごとに確認してください。",
        "5 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
        "6 立入検査の際に保健所へ提出してください。",
    ]
    for i, t in enumerate(txt, 1):
        ins[f"A{i}"] = t
    ins["A1"].font = Font(bold=True, size=13)

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FAC, "entries": entries},
        "planted": [],
        "notes": ("Print-style grid, spacer column A. Section title rows (前提 / 1 体制構築 / 2 医療情報システムの管理・運用 / "
                  "3 インシデント発生に備えた対応) are headings, not entries; section for numbered items is the title "
                  "without its number. Device-class items carry no 項番; their class (サーバ/端末PC/ネットワーク機器) is "
                  "merged down column C and is their section. All dates are Excel date cells. Foot cell E" + str(r) +
                  " is a COUNTIF formula saved without a cached value (not a field). Sheet 記入要領 holds instructions "
                  "only. The password item is drawn for all three device classes (our reading of the catalogue)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
