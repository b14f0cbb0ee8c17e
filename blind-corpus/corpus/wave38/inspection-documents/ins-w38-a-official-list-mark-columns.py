#!/usr/bin/python3
"""ins-w38-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture would hand it out
(the notice's table with 書類の名称 / 提出にあたっての注意点), plus the columns a hospital fills:
○ in one of 提出する / 未作成 / 提出しない, file names, 備考. Header label-left with an Excel date.
Filled completely and correctly. No planted problem."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w38-a-official-list-mark-columns"
SHEET = "別紙1"

FACILITY = "医療法人社団 緑風会 みどり台病院"
SUBMITTED = dt.date(2024, 11, 12)

NOTES = {
    1: "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。",
    2: "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム*(電子カルテ、レセプトコンピューター、医療機器など)の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。(事業者ごと又はシステムごとにチェックリストを分けること)",
    3: "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け、事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
    4: "情報機器(サーバーやPC)、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
    5: "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
    6: "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
    7: "サイバー攻撃を想定した事業継続計画(BCP)を作成していれば提出してください。BCPについては、令和6年6月6日付け、厚生労働省医政局特定医薬品開発支援・医療情報担当参事官室事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の確認表」についてを参照してください。",
}
TITLES = {
    1: "チェックリスト（医療機関確認用）",
    2: "チェックリスト（事業者確認用）",
    3: "チェックリスト（最低限の措置編）",
    4: "機器管理台帳",
    5: "インシデント発生時の連絡体制図",
    6: "ネットワーク構成図及びシステム全体構成図",
    7: "サイバー攻撃を想定した事業継続計画（BCP）",
}
# kind -> (submission, fileName, remarks)
FILL = {
    1: ("SUBMITTED", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    2: ("SUBMITTED",
        "02-1_事業者確認用_電子カルテ（メディネット）.xlsx\n02-2_事業者確認用_レセコン（中国医事システム）.pdf\n02-3_事業者確認用_PACS（山陽メディカルイメージ）.pdf",
        "委託事業者3社分（電子カルテ・レセコン・PACS）"),
    3: ("SUBMITTED", "03_チェックリスト_最低限の措置編.xlsx", None),
    4: ("SUBMITTED", "04_機器管理台帳_2024年10月時点.xlsx", None),
    5: ("SUBMITTED", "05_インシデント連絡体制図.pdf", None),
    6: ("SUBMITTED", "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
    7: ("NOT_CREATED", None, "令和7年3月策定予定（確認表に基づき作成中）"),
}
MARK_COL = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="FFF2CC")
    head = PatternFill("solid", fgColor="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k, v in {"A": 5, "B": 24, "C": 62, "D": 7, "E": 7, "F": 7, "G": 40, "H": 26}.items():
        ws.column_dimensions[k].width = v

    ws["H1"] = "別紙1"
    ws["H1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:H2")
    ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(size=13, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 36

    # header: label left, value right (yellow = 記入欄)
    ws.merge_cells("A4:B4"); ws["A4"] = "医療機関名"
    ws.merge_cells("C4:D4"); ws["C4"] = FACILITY
    ws.merge_cells("A5:B5"); ws["A5"] = "提出日"
    ws.merge_cells("C5:D5"); ws["C5"] = SUBMITTED
    ws["C5"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C5"].alignment = Alignment(horizontal="left")
    for r in (4, 5):
        for c in range(1, 5):
            ws.cell(r, c).border = box
        ws.cell(r, 1).fill = head
        ws.cell(r, 3).fill = fill
    ws.merge_cells("F4:H5")
    ws["F4"] = "※提出する書類の該当欄に「○」を記入してください。\n※書類は立入検査の際に保健所へ提出してください。"
    ws["F4"].font = Font(size=9)
    ws["F4"].alignment = wrap

    # two-row table header
    ws.merge_cells("A7:A8"); ws["A7"] = "No."
    ws.merge_cells("B7:B8"); ws["B7"] = "書類の名称"
    ws.merge_cells("C7:C8"); ws["C7"] = "提出にあたっての注意点"
    ws.merge_cells("D7:F7"); ws["D7"] = "提出の有無（○）"
    ws["D8"], ws["E8"], ws["F8"] = "提出する", "未作成", "作成済・提出しない"
    ws.merge_cells("G7:G8"); ws["G7"] = "提出ファイル名"
    ws.merge_cells("H7:H8"); ws["H7"] = "備考"
    for r in (7, 8):
        for c in range(1, 9):
            ws.cell(r, c).border = box
            ws.cell(r, c).fill = head
            ws.cell(r, c).alignment = center
            ws.cell(r, c).font = Font(bold=True, size=9 if r == 8 else 11)
    ws.row_dimensions[8].height = 30

    rows = {}
    r = 9
    for k in range(1, 8):
        sub, fn, rem = FILL[k]
        ws.cell(r, 1, k)
        ws.cell(r, 2, TITLES[k])
        ws.cell(r, 3, NOTES[k])
        ws.cell(r, MARK_COL[sub], "○")
        ws.cell(r, 7, fn)
        ws.cell(r, 8, rem)
        for c in range(1, 9):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = center if c in (1, 4, 5, 6) else wrap
            if c >= 4:
                ws.cell(r, c).fill = fill
        ws.cell(r, 3).font = Font(size=9)
        ws.row_dimensions[r].height = 78
        rows[k] = r
        r += 1

    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(r + 1, 1, "*「医療情報システム」：レセコン、電子カルテ、オーダリングシステム等のほか、何らかの形で患者の情報を保有するコンピュータ、"
                      "遠隔で患者の情報を閲覧・取得するコンピュータや携帯端末、院内・院外ネットワークを含みます（ガイドライン第6.0版Q&A Q5）。")
    ws.cell(r + 1, 1).font = Font(size=8)
    ws.cell(r + 1, 1).alignment = wrap
    ws.row_dimensions[r + 1].height = 28
    ws.cell(r + 3, 1, "問い合わせ先　岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）").font = Font(size=9)

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:H{r+3}"
    path = os.path.join(OUT, NAME + ".xlsx")
    wb.save(path)
    return rows


def expected():
    docs = []
    for k in range(1, 8):
        sub, fn, rem = FILL[k]
        d = {"kind": str(k), "submission": sub}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
    return {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED.isoformat(),
            "documents": docs,
        },
        "planted": [],
        "notes": ("One sheet 別紙1; document rows 9-15 (No. 1-7 in column A). The choice is a ○ in one of D 提出する / "
                  "E 未作成 / F 作成済・提出しない. Column C is the prefecture's printed 注意点 text, not a hospital answer. "
                  "Several file names in one cell are separated by line breaks (kept as \\n). "
                  "提出日 is an Excel date cell shown as yyyy年m月d日. kind is given as a string '1'..'7'."),
    }


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print(rows)
