#!/usr/bin/python3
# Generator for clm-w48-a-print-style-answer-date-in-cell.xlsx
# Run with: PYTHONPATH=/tmp/clx_w48_py /usr/bin/python3 THIS.py   (openpyxl), then re-saved by LibreOffice.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w48-a-print-style-answer-date-in-cell"
SHEET = "チェックリスト"
FACILITY = "医療法人 緑風会 吉備高原中央病院"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
TPL_ANS = "はい・いいえ\n(　/　)"
TPL_DATE = "(　/　)"

# (heading, item text, 1st cell, target cell, 2nd cell, remarks, canonical)
ROWS = [
    ("○パスワードを強固なものに変更し、使い回しをしない", None),
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/8)", TPL_DATE, TPL_ANS, "VPN装置の管理者パスワード変更済",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい\n(10/8)", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(１０/８)", TPL_DATE, TPL_ANS, "10/1 院内メールで全職員に周知",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("○IoT 機器を含む情報資産の通信制御を確認する", None),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/9)", TPL_DATE, TPL_ANS, "電子カルテ・PACS・検査システム各社と確認",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ\n(10/9)", "(12/20)", "はい\n(12/17)", "保守用回線の接続元IP制限を設定予定\n→12/17 設定完了",
     dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-17")),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい\n(10/9)", TPL_DATE, TPL_ANS, "UTMログを月1回確認",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", None),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "いいえ\n(10/9)", "(1/31)", "はい\n(1/24)", "ルータ・UTMのファームウェア更新を保守業者に依頼",
     dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2025-01-31",
          secondAnswer="はい", secondDate="2025-01-24")),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/9)", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    gray = PatternFill("solid", fgColor="D9D9D9")
    wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.column_dimensions["A"].width = 2     # spacer
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 13
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 13
    ws.column_dimensions["F"].width = 26
    ws.column_dimensions["G"].width = 2     # spacer

    ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
    ws["F3"] = "医療機関確認用"; ws["F3"].border = box; ws["F3"].alignment = wrap_c
    ws["B5"] = "医療機関名"; ws["B5"].alignment = Alignment(horizontal="right")
    ws.merge_cells("C5:F5"); ws["C5"] = FACILITY
    for c in "CDEF":
        ws[f"{c}5"].border = Border(bottom=thin)
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = n; ws[f"B{r}"].alignment = wrap_l
        ws[f"B{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
        r += 1
    # header rows 12-13
    ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
    ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
    ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
    ws.merge_cells("F12:F13"); ws["F12"] = "備考"
    for row in (12, 13):
        for c in "BCDEF":
            ws[f"{c}{row}"].border = box; ws[f"{c}{row}"].alignment = wrap_c
            ws[f"{c}{row}"].fill = gray; ws[f"{c}{row}"].font = Font(bold=True)
    r = 14
    entries = []
    cellmap = []
    for row in ROWS:
        if row[1] is None:
            ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = row[0]
            ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].alignment = wrap_l
            for c in "BCDEF":
                ws[f"{c}{r}"].border = box
            ws.row_dimensions[r].height = 18
        else:
            head, item, a1, tgt, a2, rem, canon = row
            ws[f"B{r}"] = item; ws[f"C{r}"] = a1; ws[f"D{r}"] = tgt; ws[f"E{r}"] = a2
            if rem:
                ws[f"F{r}"] = rem
            for c in "BCDEF":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].alignment = wrap_l if c in "BF" else wrap_c
                ws[f"{c}{r}"].font = Font(size=10)
            ws.row_dimensions[r].height = 48
            e = {"section": head, "item": item}
            e.update(canon)
            if rem:
                e["remarks"] = rem
            entries.append(e)
            cellmap.append(r)
        r += 1
    ws.print_area = "A1:G%d" % (r - 1)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.save(path)
    return entries, cellmap


if __name__ == "__main__":
    out = os.path.join(HERE, NAME + ".xlsx")
    tmpd = tempfile.mkdtemp(prefix="clm_w48a_")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    entries, _ = build(raw)
    # re-save with LibreOffice, as the hospital's PC did
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, timeout=180)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), out)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Okayama 最低限の措置編, print layout. Each answer cell holds answer + year-less date with a line break "
                  "(e.g. 'はい\\n(10/8)'); year-less dates on this R6 form: Oct-Dec = 2024, Jan-Mar = 2025. One date is "
                  "full-width ('(１０/８)'). Cells the filler did not use still hold the template placeholder "
                  "'はい・いいえ\\n(　/　)' or '(　/　)' = blank. Section = the heading row text (written with ○ in the "
                  "workbook, given here with the catalogue's 〇). Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("wrote", out)
