# Generator for clm-w12-a-printform-onecell-answers.xlsx
# Role: Okayama prefecture official retyped the 最低限の措置編 checklist (PDF) into Excel for printing;
# a hospital 事務 person filled it by deleting the unchosen はい/いいえ and writing the year-less date in the
# same cell, then the file was re-saved with LibreOffice.
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave12/checklist-minimum"
NAME = "clm-w12-a-printform-onecell-answers"
TMP = os.path.join(OUT, "_tmp_" + NAME)

FACILITY = "医療法人社団 旭東会 旭東第一病院"
PLACE_ANS = "はい・いいえ\n(　　/　　)"
PLACE_DATE = "(　　/　　)"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (heading, item, first(ans, m/d), target m/d, second(ans, m/d), remarks)
ROWS = [
    ("H", H1),
    ("I", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     ("はい", "10/8"), None, None, None),
    ("I", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     ("いいえ", "10/8"), "11/30", ("はい", "11/28"),
     "VPN装置とUTM管理画面で同一パスワードを使用していたため、個別に変更"),
    ("I", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     ("はい", "10/8"), None, None, None),
    ("H", H2),
    ("I", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     ("はい", "10/10"), None, None, "保守業者（電子カルテ・PACS）と10/10に確認"),
    ("I", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     ("はい", "10/10"), None, None, None),
    ("I", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     ("いいえ", "10/10"), "1/31", ("はい", "1/24"), "UTMログを月1回確認する運用を開始"),
    ("H", H3),
    ("I", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     ("はい", "10/10"), None, None, None),
    ("I", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     ("はい", "10/8"), None, None, None),
]


def iso(md):
    m, d = (int(x) for x in md.split("/"))
    y = 2025 if m <= 3 else 2024
    return f"{y:04d}-{m:02d}-{d:02d}"


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト(最低限の措置)"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFG", (2, 54, 14, 11, 14, 30, 2)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("B2:F2"); ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:F3"); ws["B3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B3"].font = Font(size=12, bold=True); ws["B3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B4:F4"); ws["B4"] = "医療機関確認用"
    ws["B4"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B6:D6"); ws["B6"] = "医療機関名　" + FACILITY
    ws["B6"].font = Font(size=12, underline="single")
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 8
    for n in notes:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        c = ws.cell(row=r, column=2, value=n)
        c.alignment = left; c.font = Font(size=9)
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
        r += 1
    # header rows 13-14
    ws.merge_cells("B13:B14"); ws["B13"] = "チェック項目"
    ws.merge_cells("C13:E13"); ws["C13"] = "確認結果 (日付)"
    ws.merge_cells("F13:F14"); ws["F13"] = "備考"
    ws["C14"] = "1回目"; ws["D14"] = "目標日"; ws["E14"] = "2回目"
    for row in ws["B13:F14"]:
        for c in row:
            c.border = box; c.alignment = center; c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 15
    grey = PatternFill("solid", fgColor="EDEDED")
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            c = ws.cell(row=r, column=2, value="○" + row[1])
            c.font = Font(bold=True); c.fill = grey; c.alignment = left
            for col in range(2, 7):
                ws.cell(row=r, column=col).border = box
            ws.row_dimensions[r].height = 20
        else:
            _, _, item, first, target, second, rem = row
            ws.cell(row=r, column=2, value=item).alignment = left
            ws.cell(row=r, column=3, value=f"{first[0]}\n({first[1]})" if first else PLACE_ANS)
            ws.cell(row=r, column=4, value=f"({target})" if target else PLACE_DATE)
            ws.cell(row=r, column=5, value=f"{second[0]}\n({second[1]})" if second else PLACE_ANS)
            ws.cell(row=r, column=6, value=rem)
            for col in range(3, 6):
                ws.cell(row=r, column=col).alignment = center
            ws.cell(row=r, column=6).alignment = left
            for col in range(2, 7):
                ws.cell(row=r, column=col).border = box
            ws.row_dimensions[r].height = 48
        r += 1
    ws.print_area = f"B2:F{r-1}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.save(path)


def expected():
    entries = []
    for row in ROWS:
        if row[0] != "I":
            continue
        _, sec, item, first, target, second, rem = row
        e = {"section": sec, "item": item, "firstAnswer": first[0], "firstDate": iso(first[1])}
        if target:
            e["targetDate"] = iso(target)
        if second:
            e["secondAnswer"] = second[0]; e["secondDate"] = iso(second[1])
        if rem:
            e["remarks"] = rem
        entries.append(e)
    return {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Print-style sheet re-saved by LibreOffice. 医療機関名 shares one cell with its label "
                  "(B6 '医療機関名　…'). Answers and dates share one cell: the filler deleted the unchosen option "
                  "of 'はい・いいえ' and wrote a year-less date in brackets on a second line, e.g. 'いいえ\\n(10/8)'. "
                  "Cells still showing the untouched template 'はい・いいえ\\n(　　/　　)' or '(　　/　　)' are blank "
                  "(not answered) and are omitted. Year-less dates: Oct-Dec = 2024, Jan-Mar = 2025. "
                  "section is the ○ heading text without the leading ○ mark. No planted problem."),
    }


if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    raw = os.path.join(TMP, NAME + ".xlsx")
    build(raw)
    prof = os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(TMP)
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("ok")
