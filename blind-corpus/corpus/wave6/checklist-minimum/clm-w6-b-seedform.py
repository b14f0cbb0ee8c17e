# Generator for clm-w6-b-seedform.xlsx (checklist-minimum, R6) -- 2 planted problems.
# Role: 事務長 of a mid-size Okayama hospital who rebuilt the prefecture's 別添 sheet cell-for-cell
# (はい・いいえ (／) template kept in the cells) and filled it by overwriting the template text.
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w6-b-seedform"
SHEET = "チェックリスト"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
SECTIONS = [
    ("○パスワードを強固なものに変更し、使い回しをしない", H1, [
        "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
        "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
        "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    ]),
    ("○IoT 機器を含む情報資産の通信制御を確認する", H2, [
        "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
        "ネットワーク接続点へのアクセス制御を適切に実施している。",
        "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    ]),
    ("○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", H3, [
        "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
        "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
    ]),
]
# (first, firstDate, target, second, secondDate, remarks) -- ISO dates; written year-less in the sheet
ANS = [
    ("はい", "2024-10-08", None, None, None, None),
    ("はい", "2024-10-08", None, None, None, None),
    ("いいえ", "2024-10-08", "2024-11-15", "はい", "2024-11-14", "職員向け周知文を11/14に全部署へ配布"),
    ("はい", "2024-10-09", None, None, None, "閉域網（地域医療連携ネットワーク）を含め事業者と確認"),
    ("いいえ", "2024-10-09", None, None, None, "VPN装置の接続元IP制限を事業者と調整中"),   # PLANT: 目標日 missing
    ("はい", "2024-10-09", None, None, None, None),
    ("いいえ", "2024-10-09", "2024-11-30", "はい", "2024-10-02", "ルータ2台のファームウェア更新済"),  # PLANT: 2回目 10/2 before 1回目 10/9
    ("はい", "2024-10-10", None, None, None, None),
]
FACILITY = "社会医療法人 吉備高原会 きびの里病院"
TEMPLATE_ANS = "はい・いいえ\n(　／　)"
TEMPLATE_DATE = "(　／　)"

def md(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{m}/{d}"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

def build_sheet(ws, facility, rows_answers, example=False):
    for k, v in {"A": 62, "B": 14, "C": 11, "D": 14, "E": 28}.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:E1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"; ws["E3"].alignment = Alignment(horizontal="right"); ws["E3"].border = B
    ws["A5"] = "医療機関名"; ws["A5"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B5:E5"); ws["B5"] = facility
    for c in "BCDE":
        ws[f"{c}5"].border = Border(bottom=thin)
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(notes):
        r = 6 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1, value=t).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30 if i == 0 else 16
        ws.cell(row=r, column=1).font = Font(size=9)
    ws.merge_cells("A11:A12"); ws["A11"] = "チェック項目"
    ws.merge_cells("B11:D11"); ws["B11"] = "確認結果（日付）"
    ws["B12"] = "1回目"; ws["C12"] = "目標日"; ws["D12"] = "2回目"
    ws.merge_cells("E11:E12"); ws["E11"] = "備考"
    for r in (11, 12):
        for c in "ABCDE":
            ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = center
    row = 13; n = 0; pos = []
    for shown, canon, items in SECTIONS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        ws.cell(row=row, column=1, value=shown).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(row=row, column=c).border = B
        row += 1
        for text in items:
            a = rows_answers[n] if n < len(rows_answers) else None
            n += 1
            ws.cell(row=row, column=1, value=text).alignment = wrap
            if a:
                first, fd, tgt, second, sd, rem = a
                ws.cell(row=row, column=2, value=f"{first} ({md(fd)})")
                ws.cell(row=row, column=3, value=f"({md(tgt)})" if tgt else TEMPLATE_DATE)
                ws.cell(row=row, column=4, value=f"{second} ({md(sd)})" if second else TEMPLATE_ANS)
                if rem:
                    ws.cell(row=row, column=5, value=rem)
            else:
                ws.cell(row=row, column=2, value=TEMPLATE_ANS)
                ws.cell(row=row, column=3, value=TEMPLATE_DATE)
                ws.cell(row=row, column=4, value=TEMPLATE_ANS)
            for c in "BCD":
                ws[f"{c}{row}"].alignment = center
            ws[f"E{row}"].alignment = wrap
            for c in "ABCDE":
                ws[f"{c}{row}"].border = B
            ws.row_dimensions[row].height = 48
            pos.append((row, canon, text))
            row += 1
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1
    return pos, row

wb = Workbook()
ws = wb.active; ws.title = SHEET
pos, last = build_sheet(ws, FACILITY, ANS)
# line the filler added below the table
ws.cell(row=last + 1, column=1, value="記入者：事務長　真備 健司　／　確認：院長")
ws.cell(row=last + 2, column=1, value="（2回目確認は情報システム委託先と実施）")

ex = wb.create_sheet("記入例")
ex_ans = [
    ("はい", "2024-10-01", None, None, None, None),
    ("いいえ", "2024-10-01", "2024-11-01", "はい", "2024-10-25", "記入例：対応した内容を記入"),
]
build_sheet(ex, "記入例）○○病院", ex_ans)
ex["A3"] = "【記入例】このシートは記入例です。提出しないでください。"
ex["A3"].font = Font(bold=True, color="FF0000")

raw = os.path.join(HERE, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice
tmp = os.path.join(HERE, "_lo_tmp")
os.makedirs(tmp, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(tmp, NAME + ".xlsx"), raw)
shutil.rmtree(tmp)

entries = []
for (row, canon, text), (first, fd, tgt, second, sd, rem) in zip(pos, ANS):
    e = {"section": canon, "item": text, "firstAnswer": first, "firstDate": fd}
    if tgt: e["targetDate"] = tgt
    if second: e["secondAnswer"] = second; e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
r5 = pos[4][0]; r7 = pos[6][0]
planted = [
    {"cells": [f"{SHEET}!C{r5}"], "paths": ["entries[4].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの「(　／　)」のまま）。「いいえ」の場合は実施可能な直近の対応目標日の記入が必要。"},
    {"cells": [f"{SHEET}!D{r7}"], "paths": ["entries[6].secondDate"],
     "why": "2回目の確認日 10/2 (2024-10-02) が1回目の確認日 10/9 (2024-10-09) より前になっている（12/2 の書き誤りと思われる）。2回目の日付は1回目以降でなければならない。"},
]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Layout copies the prefecture's 別添 sheet: each answer cell held the template 'はい・いいえ\\n(　／　)' and the filler "
              "overwrote it with the chosen answer and a year-less date in one cell, e.g. 'はい (10/8)' (R6 form: 10/8 = 2024-10-08). "
              "目標日 cells read '(11/15)'. Cells still holding the untouched template text 'はい・いいえ\\n(　／　)' or '(　／　)' are blank answers. "
              "Sheet 記入例 is a correctly labelled example (facility '記入例）○○病院') and must be ignored. Section headings in the sheet use ○ (U+25CB); "
              "canonical section given as the catalogue heading. No item numbers are shown, so itemNo is omitted. The two lines below the table "
              "(記入者/確認) are not form fields. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", pos[4][0], pos[6][0])
