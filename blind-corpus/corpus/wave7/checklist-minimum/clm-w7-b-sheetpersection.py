#!/usr/bin/python3
# Generator for clm-w7-b-sheetpersection.xlsx  (checklist-minimum, R6, clean)
# The hospital's IT person rebuilt the Okayama 「最低限の措置」編 checklist in Excel: one sheet per
# ○ heading, items numbered 1-8 and shortened, ○ marks in separate はい / いいえ columns, dates as
# Excel date cells shown in 和暦. The file was then re-saved by LibreOffice.
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w7-b-sheetpersection"
D = dt.date

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
SHEETS = [("1 パスワード", H1), ("2 通信制御", H2), ("3 FW更新", H3)]
FULL = {
    1: "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    2: "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    3: "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    4: "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    5: "ネットワーク接続点へのアクセス制御を適切に実施している。",
    6: "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    7: "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    8: "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}
SHORT = {
    1: "VPN装置等のID・パスワードは強固な設定にしている（システム運用担当者）",
    2: "複数の機器・外部サービスで同じパスワードを設定していない",
    3: "類推されやすいパスワードを使わないよう、全利用者に周知している",
    4: "関係事業者と協力し、すべてのネットワーク接続点を確認している（閉域網の接続点の有無の確認を含む）",
    5: "ネットワーク接続点へのアクセス制御を適切に実施している",
    6: "各種システム・通信制御機器のログを記録・保存し、定期的に不正利用がないか確認している",
    7: "全ネットワーク機器のバージョンアップ・パッチ適用・ファームウェア更新を適切な頻度で行っているか、事業者と連携して確認している",
    8: "セキュリティ対策ソフトの稼働状況（定義ファイルが最新になっているか等）を確認している",
}
SEC = {1: H1, 2: H1, 3: H1, 4: H2, 5: H2, 6: H2, 7: H3, 8: H3}
# no: (first, firstDate, target, second, secondDate, remarks)
DATA = {
    1: ("はい", D(2024, 11, 12), None, None, None, None),
    2: ("いいえ", D(2024, 11, 12), D(2025, 1, 31), "はい", D(2025, 1, 20), "機器ごとに個別のパスワードへ変更済"),
    3: ("はい", D(2024, 11, 12), None, None, None, "年2回 院内研修で周知"),
    4: ("はい", D(2024, 11, 12), None, None, None, "保守業者2社と現地確認"),
    5: ("はい", D(2024, 11, 12), None, None, None, None),
    6: ("いいえ", D(2024, 11, 13), D(2025, 3, 31), None, None, "UTMログの月次確認を運用開始予定"),
    7: ("いいえ", D(2024, 11, 13), D(2025, 2, 28), "はい", D(2025, 2, 10), "ルータ・UTMのファームウェア更新済"),
    8: ("はい", D(2024, 11, 13), None, None, None, None),
}
FACILITY = "真庭高原病院"
WAREKI = '[$-411]ggge"年"m"月"d"日"'

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
wb.remove(wb.active)
expected_entries = []
first_sheet = SHEETS[0][0]
for sname, head in SHEETS:
    ws = wb.create_sheet(sname)
    ws["A1"] = "〇" + head
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "医療機関名"
    ws["A2"].font = Font(bold=True)
    if sname == first_sheet:
        ws["C2"] = FACILITY
    else:
        ws["C2"] = "='%s'!C2" % first_sheet
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:F2")
    ws["J2"] = "最低限の措置編（医療機関確認用）"
    ws["J2"].font = Font(size=9, color="666666")
    # header rows 4-5
    ws["A4"] = "No."; ws.merge_cells("A4:A5")
    ws["B4"] = "チェック項目"; ws.merge_cells("B4:B5")
    ws["C4"] = "1回目"; ws.merge_cells("C4:E4")
    ws["C5"] = "はい"; ws["D5"] = "いいえ"; ws["E5"] = "確認日"
    ws["F4"] = "目標日"; ws.merge_cells("F4:F5")
    ws["G4"] = "2回目"; ws.merge_cells("G4:I4")
    ws["G5"] = "はい"; ws["H5"] = "いいえ"; ws["I5"] = "確認日"
    ws["J4"] = "備考"; ws.merge_cells("J4:J5")
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = center
            cell.fill = hdrfill
            cell.font = Font(bold=True)
    widths = dict(A=5, B=52, C=6, D=6, E=17, F=17, G=6, H=6, I=17, J=30)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 6
    for no in sorted(n for n in SEC if SEC[n] == head):
        a1, d1, tg, a2, d2, rem = DATA[no]
        ws.cell(r, 1, no)
        ws.cell(r, 2, SHORT[no])
        ws.cell(r, 3 if a1 == "はい" else 4, "○")
        ws.cell(r, 5, d1)
        if tg:
            ws.cell(r, 6, tg)
        if a2:
            ws.cell(r, 7 if a2 == "はい" else 8, "○")
            ws.cell(r, 9, d2)
        if rem:
            ws.cell(r, 10, rem)
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = wrap if c in (2, 10) else center
            if c in (5, 6, 9):
                cell.number_format = WAREKI
        ws.row_dimensions[r].height = 36
        e = {"section": head, "item": FULL[no], "itemNo": str(no),
             "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg:
            e["targetDate"] = tg.isoformat()
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        expected_entries.append(e)
        r += 1
    ws.cell(r + 1, 1, "※ 該当する欄に「○」を記入。1回目が「いいえ」の場合は目標日を記入してください。")
    ws.cell(r + 1, 1).font = Font(size=9)
    ws.freeze_panes = "C6"
    ws.page_setup.orientation = "landscape"

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
# re-save through LibreOffice, as the office did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": expected_entries},
    "planted": [],
    "notes": ("Clean workbook. One sheet per ○ heading; section = heading text without the 〇 mark (the sheet's A1 shows it with 〇). "
              "Items numbered 1-8 across the sheets (itemNo '1'..'8'), wording shortened; item gives the seed wording. "
              "Answers are ○ marks in はい / いいえ columns; dates are Excel date cells displayed in 和暦 (令和6年11月12日). "
              "医療機関名 is typed on the first sheet; the other two sheets show it through a formula (='1 パスワード'!C2), "
              "cached by the LibreOffice re-save."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(expected, fp, ensure_ascii=False, indent=2)
print("wrote", NAME)
