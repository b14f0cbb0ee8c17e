# Generator for clm-w30-b-hospital-table-date-columns.xlsx
# Role: hospital IT person who re-typed the Okayama 「最低限の措置」編 checklist as a spreadsheet table
# (No. | 区分 | チェック項目 | 1回目 回答/確認日 | 目標日 | 2回目 回答/確認日 | 備考), with a 記入要領 sheet
# in front, dropdowns for はい/いいえ, Excel date cells and 和暦 text target dates; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w30-b-hospital-table-date-columns"
SHEET = "チェックリスト"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
D = dt.date

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

# canonical (seed) wording, the shorter wording typed in the sheet, answers
ITEMS = [
    (S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "システム運用担当者は、VPN装置等のID・パスワードについて強固な設定を行っている",
     ("はい", D(2024, 11, 5)), None, None, None),
    (S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器や外部サービス等で、同一のパスワードを設定していない",
     ("はい", D(2024, 11, 5)), None, None, None),
    (S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "類推されやすいパスワードを使用しないよう、すべての利用者に周知を徹底している",
     ("いいえ", D(2024, 11, 5)), ("令和6年12月27日", D(2024, 12, 27)), ("はい", D(2024, 12, 24)),
     "12/20 全職員向け情報セキュリティ研修で周知"),
    (S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "関係事業者と協力してすべてのネットワーク接続点を確認している（閉域網と認識されているネットワークの接続点の有無を含む）",
     ("はい", D(2024, 11, 6)), None, None, "電カル・PACS・医事会計の各ベンダーと確認"),
    (S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "ネットワーク接続点へのアクセス制御を適切に実施している",
     ("いいえ", D(2024, 11, 6)), None, None, "UTMの設定見直し中"),   # PLANTED: いいえ without 目標日
    (S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "各種システム・通信制御機器のログを記録・保存し、定期的にチェックして不正利用がないことを確認している",
     ("はい", D(2024, 11, 6)), None, None, None),
    (S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "すべてのネットワーク機器のバージョンアップ・パッチ適用・ファームウェア更新を適切な頻度で行っているか、事業者と連携して確認している",
     ("いいえ", D(2024, 11, 6)), ("令和7年1月31日", D(2025, 1, 31)), ("はい", D(2024, 10, 30)),  # PLANTED: 2回目 before 1回目
     "VPNルータのFW更新 保守業者作業"),
    (S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されているか等）を確認している",
     ("はい", D(2024, 11, 6)), None, None, None),
]


def build():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    ins.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】チェックリスト（最低限の措置編）",
        "",
        "1. 各項目について直ちに確認を行い、1回目の「回答」欄にプルダウンで「はい」「いいえ」を選択し、確認日を入力してください。",
        "2. 1回目が「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に記入してください。",
        "3. 目標日までに対応した項目は、2回目の回答と確認日を記入してください。",
        "4. 日付は 2024/11/5 のように入力してください。",
        "5. 立入検査時、本チェックリストを確認します（提出先：保健所）。",
        "",
        "参考：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
        "　　　「サイバー攻撃リスク低減のための最低限の措置」",
    ]
    for i, t in enumerate(lines, 1):
        ins[f"A{i}"] = t
        ins[f"A{i}"].alignment = Alignment(wrap_text=True)
    ins["A1"].font = Font(bold=True, size=13)

    ws = wb.create_sheet(SHEET)
    widths = {"A": 5, "B": 18, "C": 54, "D": 8, "E": 12, "F": 16, "G": 8, "H": 12, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:I1")
    ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用"
    ws["A1"].font = Font(bold=True, size=13)

    # labels above their values
    ws["B3"] = "医療機関名"
    ws.merge_cells("B4:C4")
    ws["B4"] = "津山みなみ病院"
    ws["E3"] = "記入者"
    ws.merge_cells("E4:F4")
    ws["E4"] = "情報システム室　岡本"
    for c in ("B3", "E3"):
        ws[c].font = Font(size=9, color="595959")
    for c in ("B4", "C4", "E4", "F4"):
        ws[c].border = Border(bottom=thin)
    ws["B4"].font = Font(size=12)

    h = 6
    hdr = [("A", "No."), ("B", "区分"), ("C", "チェック項目"), ("D", "1回目"), ("F", "目標日"),
           ("G", "2回目"), ("I", "備考")]
    for col, t in hdr:
        ws[f"{col}{h}"] = t
    ws.merge_cells(f"D{h}:E{h}")
    ws.merge_cells(f"G{h}:H{h}")
    for col in "ABCFI":
        ws.merge_cells(f"{col}{h}:{col}{h+1}")
    ws[f"D{h+1}"] = "回答"
    ws[f"E{h+1}"] = "確認日"
    ws[f"G{h+1}"] = "回答"
    ws[f"H{h+1}"] = "確認日"
    for rr in (h, h + 1):
        for col in "ABCDEFGHI":
            ws[f"{col}{rr}"].border = box
            ws[f"{col}{rr}"].alignment = center
            ws[f"{col}{rr}"].fill = PatternFill("solid", fgColor="DDEBF7")

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    rowof = []
    r = h + 2
    start = {}
    for i, (sec, canon, shown, first, target, second, rem) in enumerate(ITEMS, 1):
        start.setdefault(sec, [r, r])[1] = r
        ws[f"A{r}"] = i
        ws[f"B{r}"] = sec if start[sec][0] == r else None
        ws[f"C{r}"] = shown
        ws[f"D{r}"] = first[0]
        ws[f"E{r}"] = first[1]
        ws[f"E{r}"].number_format = "yyyy/m/d"
        if target:
            ws[f"F{r}"] = target[0]          # 和暦 text
        if second:
            ws[f"G{r}"] = second[0]
            ws[f"H{r}"] = second[1]
        ws[f"H{r}"].number_format = "yyyy/m/d"
        if rem:
            ws[f"I{r}"] = rem
        dv.add(f"D{r}")
        dv.add(f"G{r}")
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].border = box
            ws[f"{col}{r}"].alignment = center if col in "ADEFGH" else wrap
        ws.row_dimensions[r].height = 42
        e = {"section": sec, "item": canon, "itemNo": str(i),
             "firstAnswer": first[0], "firstDate": first[1].isoformat()}
        if target:
            e["targetDate"] = target[1].isoformat()
        if second:
            e["secondAnswer"] = second[0]
            e["secondDate"] = second[1].isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        rowof.append(r)
        r += 1
    for sec, (a, b) in start.items():
        if b > a:
            ws.merge_cells(f"B{a}:B{b}")
    ws.freeze_panes = f"D{h+2}"
    wb.active = 1

    tmpd = tempfile.mkdtemp(prefix="clmb-")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    # re-save with LibreOffice (cached styles, LibreOffice's own writer)
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmpd}/profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(HERE, NAME + ".xlsx")
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd, ignore_errors=True)

    r5, r7 = rowof[4], rowof[6]
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": "津山みなみ病院", "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!F{r5}"], "paths": ["entries[4].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（「いいえ」の場合は対応目標日の記入が必要）"},
            {"cells": [f"{SHEET}!H{r7}", f"{SHEET}!E{r7}"], "paths": ["entries[6].secondDate"],
             "why": "2回目の確認日 2024/10/30 が1回目の確認日 2024/11/6 より前（目標日 R7.1.31 の後の 2025/1/30 のつもりの入力ミス）"},
        ],
        "notes": ("Table re-typed by the hospital; sheet 記入要領 comes first (instructions only). 医療機関名 label above "
                  "value (B3/B4). 区分 column B holds the ○ heading text (without ○), merged over its items. Item wording "
                  "in column C is shortened; 'item' gives the seed wording. No. column 1-8 given as itemNo. 確認日 are "
                  "Excel date cells; 目標日 are 和暦 text (令和6年12月27日). Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
