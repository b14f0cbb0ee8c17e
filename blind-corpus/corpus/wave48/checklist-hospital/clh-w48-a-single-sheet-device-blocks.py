#!/usr/bin/python3
# Generator for clh-w48-a-single-sheet-device-blocks.xlsx
# Run with: PYTHONPATH=/tmp/clx_w48_py /usr/bin/python3 THIS.py
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w48-a-single-sheet-device-blocks"
SHEET = "医療機関確認用"
FACILITY = "社会医療法人 讃志会 まんのう中央病院"
D = dt.date

I_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
I_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"

d1a = D(2024, 6, 17)   # first check, general items
d1b = D(2024, 6, 24)   # first check, device items (with the vendor)

# ("H", label) heading row; ("B", label) device sub-heading;
# ("I", section, no, class-cell, item, a1, d1, target, a2, d2, remarks)
ROWS = [
    ("I", "前提", "前提", "", "医療情報システムを導入、運用している", "はい", d1a, None, None, None, "電子カルテ、オーダリング、PACS、医事会計"),
    ("H", "1　体制構築"),
    ("I", S1, "1-(1)", "", "医療情報システム安全管理責任者を設置している", "はい", d1a, None, None, None, "事務部長を任命（令和5年4月）"),
    ("H", "2　医療情報システムの管理・運用"),
    ("I", S2, "2-(1)", "", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1a, None, None, None, "機器管理台帳（Excel）で管理"),
    ("I", S2, "2-(2)", "", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", d1a, None, None, None, "電子カルテ・PACSでリモート保守あり"),
    ("I", S2, "2-(3)", "", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", d1a, D(2024, 9, 30), "はい", D(2024, 9, 24), "電子カルテベンダーに提出依頼\n9/24 受領"),
    ("B", "サーバ"),
    ("I", "サーバ", "", "サーバ", I_ACL, "はい", d1b, None, None, None, None),
    ("I", "サーバ", "", "サーバ", I_ACC, "はい", d1b, None, None, None, "退職者アカウントは月末に削除"),
    ("I", "サーバ", "", "サーバ", I_LOG, "はい", d1b, None, None, None, None),
    ("I", "サーバ", "", "サーバ", I_PW, "はい", d1b, None, None, None, None),
    ("I", "サーバ", "", "サーバ", I_PATCH, "はい", d1b, None, None, None, "保守契約により四半期ごと"),
    ("I", "サーバ", "", "サーバ", I_BG, "はい", d1b, None, None, None, None),
    ("B", "端末PC"),
    ("I", "端末PC", "", "端末PC", I_ACL, "はい", d1b, None, None, None, None),
    ("I", "端末PC", "", "端末PC", I_ACC, "はい", d1b, None, None, None, None),
    ("I", "端末PC", "", "端末PC", I_PW, "いいえ", d1b, D(2024, 10, 31), "はい", D(2024, 10, 28), "共用ログインを個人IDに変更"),
    ("I", "端末PC", "", "端末PC", I_PATCH, "はい", d1b, None, None, None, None),
    ("I", "端末PC", "", "端末PC", I_BG, "いいえ", d1b, D(2024, 12, 27), "はい", D(2024, 12, 20), "不要な常駐ソフトをベンダーと確認のうえ停止"),
    ("B", "ネットワーク機器"),
    ("I", "ネットワーク機器", "", "ネットワーク機器", I_PW, "はい", d1b, None, None, None, "初期パスワードから変更済"),
    ("I", "ネットワーク機器", "", "ネットワーク機器", I_PATCH, "はい", d1b, None, None, None, None),
    ("I", "ネットワーク機器", "", "ネットワーク機器", I_SRC, "はい", d1b, None, None, None, "VPN装置は保守業者のIPのみ許可"),
    ("H", "3　インシデント発生に備えた対応"),
    ("I", S3, "3-(1)", "", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", d1a, None, None, None, None),
    ("I", S3, "3-(2)", "", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", d1a, None, None, None, "バックアップは日次、復旧手順書あり"),
    ("I", S3, "3-(3)", "", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", d1a, D(2025, 3, 31), "はい", D(2025, 3, 14), "BCP策定の確認表を用いて作成中\n→3/14 院内会議で承認"),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = PatternFill("solid", fgColor="FFF2CC")
    sec = PatternFill("solid", fgColor="E2EFDA")
    sub = PatternFill("solid", fgColor="F2F2F2")
    cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lef = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for k, v in dict(A=7, B=13, C=56, D=8, E=12, F=12, G=8, H=12, I=30).items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3"); ws["C3"] = FACILITY
    for c in "ABCDE":
        ws[f"{c}3"].border = box
    ws["A4"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。"
    ws["A5"] = "※1回目の確認で「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行ってください。"
    for a in ("A4", "A5"):
        ws[a].font = Font(size=9)

    ws.merge_cells("A7:A8"); ws["A7"] = "No."
    ws.merge_cells("B7:B8"); ws["B7"] = "区分"
    ws.merge_cells("C7:C8"); ws["C7"] = "チェック項目"
    ws.merge_cells("D7:E7"); ws["D7"] = "1回目"
    ws["D8"] = "回答"; ws["E8"] = "確認日"
    ws.merge_cells("F7:F8"); ws["F7"] = "目標日"
    ws.merge_cells("G7:H7"); ws["G7"] = "2回目"
    ws["G8"] = "回答"; ws["H8"] = "確認日"
    ws.merge_cells("I7:I8"); ws["I7"] = "備考"
    for r in (7, 8):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = cen
            ws[f"{c}{r}"].fill = hdr; ws[f"{c}{r}"].font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = 9
    first = r
    entries = []
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:I{r}"); ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True); ws[f"A{r}"].fill = sec
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].border = box
        elif row[0] == "B":
            ws.merge_cells(f"B{r}:I{r}"); ws[f"B{r}"] = "【" + row[1] + "】"
            ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].fill = sub
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].border = box
        else:
            _, section, no, cls, item, a1, d1, tgt, a2, d2, rem = row
            vals = dict(A=no, B=cls, C=item, D=a1, E=d1, F=tgt, G=a2, H=d2, I=rem)
            for c, v in vals.items():
                cell = ws[f"{c}{r}"]
                if v not in (None, ""):
                    cell.value = v
                cell.border = box
                cell.alignment = lef if c in "CI" else cen
                cell.font = Font(size=10)
                if c in "EFH":
                    cell.number_format = "yyyy/mm/dd"
            dv.add(f"D{r}"); dv.add(f"G{r}")
            ws.row_dimensions[r].height = 36
            e = {"section": section, "item": item}
            if no and no != "前提":
                e["itemNo"] = no
            e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
            if tgt: e["targetDate"] = tgt.isoformat()
            if a2: e["secondAnswer"] = a2
            if d2: e["secondDate"] = d2.isoformat()
            if rem: e["remarks"] = rem
            entries.append(e)
        r += 1
    last = r - 1
    r += 1
    # small tally the office asked for (formula, no cached value since saved by openpyxl)
    ws[f"C{r}"] = "1回目「いいえ」の項目数"; ws[f"C{r}"].alignment = Alignment(horizontal="right")
    ws[f"D{r}"] = f'=COUNTIF(D{first}:D{last},"いいえ")'
    ws[f"C{r+1}"] = "2回目「いいえ」の項目数"; ws[f"C{r+1}"].alignment = Alignment(horizontal="right")
    ws[f"D{r+1}"] = f'=COUNTIF(G{first}:G{last},"いいえ")'
    ws.freeze_panes = "D9"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    return entries


if __name__ == "__main__":
    out = os.path.join(HERE, NAME + ".xlsx")
    entries = build(out)
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet. Items of section 2 per device class are in sub-blocks 【サーバ】【端末PC】【ネットワーク機器】 "
                  "with the class repeated in column B (区分) and no item number; their section = the device class. "
                  "Other sections: heading text without its number ('体制構築', '医療情報システムの管理・運用', "
                  "'インシデント発生に備えた対応'); 前提 row first. Device-class applicability follows the seed article "
                  "(サーバ 5 items, 端末PC 4, ネットワーク機器 patch + 接続元制限) plus the catalogue's password item for all "
                  "three classes. Answers from a はい/いいえ drop-down; dates are Excel date cells. Two COUNTIF tally "
                  "formulas below the table have no cached value (saved by openpyxl) and are not form fields."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("wrote", out)
