#!/usr/bin/python3
"""clm-w42-a: Okayama 最低限の措置編 drawn as the printed form (answer + date in one cell), re-saved by LibreOffice."""
import sys, os, json, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w42-a-print-form-answer-date-in-cell"
SHEET = "チェックリスト"
FACILITY = "社会医療法人 清心会 西大寺みなと病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# per item: (first cell text, target cell text, second cell text, remarks) + canonical
BLANK_ANS = "はい・いいえ\n(　　/　　)"
BLANK_DATE = "(　　/　　)"
FILL = [
    ("はい\n(10/7)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    ("いいえ\n(10/7)", "(12/20)", "はい\n(12/16)", "UTM・VPN装置の管理者PWを\n機器ごとに個別の値へ変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-16")),
    ("はい\n(10/7)", BLANK_DATE, BLANK_ANS, "院内メール・朝礼で周知（10月）",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    ("はい\n(10/8)", BLANK_DATE, BLANK_ANS, "電子カルテ業者・レセコン業者と確認\n（閉域網含む）",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ\n(10/8)", "(1/31)", "はい\n(1/27)", "UTMログを月1回ベンダーと確認する運用を開始 ",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-27")),
    ("はい\n(10/8)", BLANK_DATE, BLANK_ANS, "保守契約で年2回確認",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("はい\n(10/7)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    ws.column_dimensions["A"].width = 58
    for c in "BCD": ws.column_dimensions[c].width = 13
    ws.column_dimensions["E"].width = 30
    ws.merge_cells("A1:E1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"; ws["E3"].border = B; ws["E3"].alignment = wrap_c
    ws["B5"] = "医療機関名"; ws["B5"].alignment = Alignment(horizontal="right")
    ws.merge_cells("C5:E5"); ws["C5"] = FACILITY
    for c in "CDE": ws[f"{c}5"].border = Border(bottom=thin)
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = n; ws[f"A{r}"].alignment = wrap_l
        ws[f"A{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
        r += 1
    r += 1  # row 12
    hr = r
    ws.merge_cells(f"A{hr}:A{hr+1}"); ws[f"A{hr}"] = "チェック項目"
    ws.merge_cells(f"B{hr}:D{hr}"); ws[f"B{hr}"] = "確認結果（日付）"
    ws[f"B{hr+1}"] = "1回目"; ws[f"C{hr+1}"] = "目標日"; ws[f"D{hr+1}"] = "2回目"
    ws.merge_cells(f"E{hr}:E{hr+1}"); ws[f"E{hr}"] = "備考"
    grey = PatternFill("solid", fgColor="D9D9D9")
    for rr in (hr, hr+1):
        for c in "ABCDE":
            ws[f"{c}{rr}"].border = B; ws[f"{c}{rr}"].alignment = wrap_c; ws[f"{c}{rr}"].fill = grey
    r = hr + 2
    expected_entries = []; cur = None; cells = {}
    for (head, text), (f1, tgt, f2, rem, canon) in zip(ITEMS, FILL):
        if head != cur:
            cur = head
            ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = "○" + head
            ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDE": ws[f"{c}{r}"].border = B
            r += 1
        ws[f"A{r}"] = text; ws[f"A{r}"].alignment = wrap_l
        ws[f"B{r}"] = f1; ws[f"C{r}"] = tgt; ws[f"D{r}"] = f2
        for c in "BCD": ws[f"{c}{r}"].alignment = wrap_c
        if rem:
            ws[f"E{r}"] = rem
        ws[f"E{r}"].alignment = wrap_l
        for c in "ABCDE": ws[f"{c}{r}"].border = B
        ws.row_dimensions[r].height = 48
        e = dict(section=head, item=text); e.update(canon)
        if rem: e["remarks"] = rem
        expected_entries.append(e); cells[len(expected_entries)-1] = r
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:E{r-1}"
    wb.save(path)
    return expected_entries

if __name__ == "__main__":
    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    entries = build(raw)
    outd = os.path.join(tmpd, "lo"); os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    exp = {
        "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Printed-form layout: each answer cell holds the chosen word with the other option deleted and a "
                  "year-less date below it, e.g. 'はい\\n(10/7)' (R6 form: Oct-Dec = 2024, Jan-Mar = 2025). Cells still "
                  "holding the untouched template text 'はい・いいえ\\n(　　/　　)' or '(　　/　　)' are blank. "
                  "section is given as the heading text without the leading ○ mark. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    shutil.rmtree(tmpd)
