#!/usr/bin/python3
"""clv-w28-a: vendor checklist (事業者確認用, 令和6年度版) drawn as a print-style sheet like the
MHLW paper form: answer and date share one cell ("はい\n（10/4）"), unused cells keep the printed
template text "はい・いいえ（　/　）".  Filled completely and correctly (no planted problem)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w28-a-print-style-answer-date-in-cell"
XLSX = NAME + ".xlsx"

VENDOR = "株式会社メディネット山陽"
SYSTEM = "電子カルテシステム（オーダリング・医事会計連携を含む）"
HOSPITAL = "医療法人 清和会 吉備高原記念病院"

# (section heading, item no shown or None, item text)
ITEMS = [
    ("体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。"),
    ("医療情報システムの管理・運用", "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。"),
    ("医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。"),
    ("医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
    ("サーバ", None, "アクセスログを管理している。"),
    ("サーバ", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
    ("端末PC", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
    ("ネットワーク機器", None, "接続元制限を実施している。"),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。"),
    ("インシデント発生に備えた対応", "3-(2)", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。"),
]
HEADINGS = {"体制構築": "１　体制構築",
            "医療情報システムの管理・運用": "２　医療情報システムの管理・運用",
            "インシデント発生に備えた対応": "３　インシデント発生に備えた対応"}
DEVICE = ("サーバ", "端末PC", "ネットワーク機器")

# answers per item index: (first answer, first date written, first date ISO,
#                          target written, target ISO, second answer, second written, second ISO, remarks)
FIRST_DAY = ("10/4", "2024-10-04")
ANS = {i: ("はい",) + FIRST_DAY for i in range(len(ITEMS))}
ANS[17] = ("はい", "10/7", "2024-10-07")
ANS[18] = ("はい", "10/7", "2024-10-07")
ANS[12] = ("いいえ",) + FIRST_DAY          # 端末PC password
ANS[16] = ("いいえ",) + FIRST_DAY          # NW 接続元制限
TARGET = {12: ("12/20", "2024-12-20"), 16: ("1/31", "2025-01-31")}
SECOND = {12: ("はい", "12/18", "2024-12-18"), 16: ("はい", "1/27", "2025-01-27")}
REMARKS = {
    2: "保守用VPN装置1台（サーバ室）あり。\n一覧を10/4に院内情報システム担当へ提出済",
    3: "MDS/SDS（2023年版様式）",
    12: "共用端末のパスワード規則を見直し中",
    16: "保守回線の接続元IPを当社保守センターに限定する設定を追加",
}

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "ＭＳ Ｐゴシック"
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="DDEBF7")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業者確認用"
    widths = {"A": 2, "B": 7, "C": 11, "D": 52, "E": 13, "F": 11, "G": 13, "H": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:H1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = Font(name=F, size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:H2")
    ws["B2"] = "事業者確認用（令和６年度版）"
    ws["B2"].font = Font(name=F, size=12, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")

    hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
    r = 4
    for lab, val in hdr:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, lab).font = Font(name=F, size=10, bold=True)
        ws.cell(r, 2).fill = GREY
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.cell(r, 4, val).font = Font(name=F, size=11)
        for c in range(2, 7):
            ws.cell(r, c).border = BOX
        r += 1

    notes = [
        "※ 医療機関と契約している事業者（システムごと）が記入し、医療機関へ提出してください。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 「はい・いいえ」は該当しない方を消し、（　/　）に確認日を記入してください。",
    ]
    for n in notes:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(r, 2, n).font = Font(name=F, size=9)
        r += 1
    r += 1

    top = r
    ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    ws.cell(top, 2, "項番")
    ws.merge_cells(start_row=top, start_column=3, end_row=top + 1, end_column=4)
    ws.cell(top, 3, "チェック項目")
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=7)
    ws.cell(top, 5, "確認結果（日付）")
    ws.cell(top + 1, 5, "1回目")
    ws.cell(top + 1, 6, "目標日")
    ws.cell(top + 1, 7, "2回目")
    ws.merge_cells(start_row=top, start_column=8, end_row=top + 1, end_column=8)
    ws.cell(top, 8, "備考")
    for rr in (top, top + 1):
        for c in range(2, 9):
            cell = ws.cell(rr, c)
            cell.border = BOX
            cell.fill = HEAD
            cell.font = Font(name=F, size=10, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
    r = top + 2

    entries = []
    cur_heading = None
    dev_start = {}
    row_of = {}
    for i, (sec, no, text) in enumerate(ITEMS):
        heading = HEADINGS.get(sec) if sec not in DEVICE else None
        if sec in DEVICE and cur_heading != "２　医療情報システムの管理・運用":
            heading = HEADINGS["医療情報システムの管理・運用"]
        if heading and heading != cur_heading:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 2, heading).font = Font(name=F, size=10, bold=True)
            for c in range(2, 9):
                ws.cell(r, c).fill = GREY
                ws.cell(r, c).border = BOX
            cur_heading = heading
            r += 1
        row_of[i] = r
        if sec in DEVICE:
            dev_start.setdefault(sec, [r, r])[1] = r
            ws.cell(r, 3, sec)
            ws.cell(r, 4, text)
        else:
            ws.cell(r, 2, no)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
            ws.cell(r, 3, text)
        a1, d1w, d1 = ANS[i]
        ws.cell(r, 5, f"{a1}\n（{d1w}）")
        if i in TARGET:
            ws.cell(r, 6, f"（{TARGET[i][0]}）")
        else:
            ws.cell(r, 6, "（　/　）")
        if i in SECOND:
            a2, d2w, d2 = SECOND[i]
            ws.cell(r, 7, f"{a2}\n（{d2w}）")
        else:
            ws.cell(r, 7, "はい・いいえ\n（　/　）")
        if i in REMARKS:
            ws.cell(r, 8, REMARKS[i])
        for c in range(2, 9):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = Font(name=F, size=10)
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if c in (2, 3, 5, 6, 7) and not (c == 3 and sec not in DEVICE) else "left")
        ws.row_dimensions[r].height = 36 if len(text) < 40 else 48
        e = {"section": sec, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1
        if i in TARGET:
            e["targetDate"] = TARGET[i][1]
        if i in SECOND:
            e["secondAnswer"] = SECOND[i][0]
            e["secondDate"] = SECOND[i][2]
        if i in REMARKS:
            e["remarks"] = REMARKS[i]
        entries.append(e)
        r += 1
    for sec, (s, t) in dev_start.items():
        ws.merge_cells(start_row=s, start_column=3, end_row=t, end_column=3)
        ws.cell(s, 3).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    r += 1
    ws.cell(r, 2, "※ 本チェックリストは医療機関の立入検査時に確認されます。").font = Font(name=F, size=9)

    ws.print_area = f"B1:H{r}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(os.path.join(HERE, XLSX))

    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": XLSX,
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL,
                   "entries": entries},
        "planted": [],
        "notes": ("Answer and date share one cell ('はい\\n（10/4）'); year-less dates on an R6 form "
                  "(10/4 = 2024-10-04, 1/31 = 2025-01-31). Unused 目標日 / 2回目 cells keep the printed "
                  "template text '（　/　）' / 'はい・いいえ\\n（　/　）' and are blank answers. Device-class "
                  "rows (サーバ/端末PC/ネットワーク機器) have no item number; their class is a vertically merged "
                  "cell in column C. Vendor item wording is the vendor-side parallel of the catalogue's "
                  "hospital items (only 1-(1) and 2-(3) are worded by the sources), so match items loosely."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
