#!/usr/bin/python3
"""Generator for clh-w8-a-wareki.xlsx (checklist-hospital, R6, 医療機関確認用) — CLEAN.

Role: 医療情報管理室 of a hospital in 仙台市 (宮城県) who typed the MHLW 令和6年度版 checklist into
Excel from the notice: a 記入要領 sheet first, then one row per item with numbered section rows and
device-class sub-heading rows (items under サーバ / 端末PC / ネットワーク機器 repeated, no numbers),
はい/いいえ in their own column (drop-down), dates typed as 和暦 text (R6.10.7 in 1回目/目標日,
令和X年X月X日 in 2回目), a 印刷日 =TODAY() formula (no cached value) in the title block,
line breaks in some 備考 cells.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave8/checklist-hospital"
NAME = "clh-w8-a-wareki"
FACILITY = "社会医療法人 青葉会 青葉台総合病院"

DEV = [
    ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"),
    ("退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している"),
    ("アクセスログを管理している", "アクセスログを管理している"),
    ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "パスワードは英数字・記号混在の8文字以上とし、定期的に変更している"),
    ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"),
    ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"),
]
NW_ONLY = ("接続元制限を実施している", "接続元制限を実施している")

# wareki helpers --------------------------------------------------------------


def r_short(iso):
    y, m, d = map(int, iso.split("-"))
    return "R%d.%d.%d" % (y - 2018, m, d)


def r_long(iso):
    y, m, d = map(int, iso.split("-"))
    return "令和%d年%d月%d日" % (y - 2018, m, d)


# rows: ("sec", display heading, canonical section) or
#       ("item", itemNo or None, canonical item, displayed item, answers dict)
def A(first, d1, tgt=None, second=None, d2=None, rem=None):
    e = {"firstAnswer": first, "firstDate": d1}
    if tgt:
        e["targetDate"] = tgt
    if second:
        e["secondAnswer"] = second
        e["secondDate"] = d2
    if rem:
        e["remarks"] = rem
    return e


D1 = "2024-10-07"
D2 = "2024-10-08"

ROWS = [
    ("sec", "前提", "前提"),
    ("item", None, "医療情報システムを導入、運用している", "医療情報システムを導入、運用している",
     A("はい", D1)),
    ("sec", "１．体制構築", "体制構築"),
    ("item", "1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
     A("はい", D1, rem="医療情報管理室長を任命（R5.4.1）")),
    ("sec", "２．医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("item", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", A("はい", D1)),
    ("item", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     A("はい", D1, rem="電子カルテ・PACS・検査システムの3社")),
    ("item", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "事業者からMDS/SDS（製造業者/サービス事業者による医療情報セキュリティ開示書）を提出してもらう",
     A("いいえ", D1, "2024-12-27", "はい", "2024-12-13", "12/13 全事業者分受領")),
]

DEV_ANS = {
    "サーバ": [A("はい", D2), A("はい", D2), A("はい", D2), A("はい", D2), A("はい", D2), A("はい", D2)],
    "端末PC": [A("はい", D2), A("いいえ", D2, "2024-11-29", "はい", "2024-11-22", "退職者アカウント12件を削除"),
              A("はい", D2),
              A("いいえ", D2, "2025-03-31", rem="パスワードポリシー改定を検討中\n（情報システム委員会で審議）"),
              A("はい", D2), A("はい", D2)],
    "ネットワーク機器": [A("はい", D2), A("はい", D2), A("はい", D2), A("はい", D2),
                  A("はい", D2, rem="UTM・L3スイッチは保守業者が四半期ごとに適用"), A("はい", D2)],
}
for cls in ("サーバ", "端末PC", "ネットワーク機器"):
    ROWS.append(("sec", "　【%s】" % cls, cls))
    for (canon, disp), ans in zip(DEV, DEV_ANS[cls]):
        ROWS.append(("item", None, canon, disp, ans))
    if cls == "ネットワーク機器":
        ROWS.append(("item", None, NW_ONLY[0], NW_ONLY[1], A("はい", D2, rem="保守用VPNは接続元IPを限定")))

ROWS += [
    ("sec", "３．インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     A("はい", D1)),
    ("item", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     A("はい", D1)),
    ("item", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     A("いいえ", D1, "2025-03-31", "はい", "2025-03-24", "3/24 BCP（サイバー攻撃編）を運営会議で承認")),
]


def main():
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    lines = [
        "【記入要領】",
        "1. 各項目について確認し、1回目の欄に「はい」または「いいえ」を選択し、確認日を記入してください。",
        "2. 日付は和暦で記入してください（例：R6.10.1）。",
        "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を記入してください（令和6年度内）。",
        "4. 目標日までに対応した項目は、2回目の欄に回答と確認日を記入してください。",
        "5. 前提が「いいえ」の場合、以降の項目の記入は不要です。",
        "6. 立入検査時に本チェックリストを確認します。",
    ]
    for i, t in enumerate(lines, start=1):
        guide.cell(row=i, column=1, value=t).font = Font(name="游ゴシック", size=11, bold=(i == 1))
    guide.column_dimensions["A"].width = 100

    ws = wb.create_sheet("チェックリスト")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name="游ゴシック", size=10)
    fb = Font(name="游ゴシック", size=10, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    hdr_fill = PatternFill("solid", fgColor="FCE4D6")
    sec_fill = PatternFill("solid", fgColor="FFF2CC")
    sub_fill = PatternFill("solid", fgColor="F2F2F2")

    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(name="游ゴシック", size=13, bold=True)
    ws["G2"] = "印刷日"
    ws["H2"] = "=TODAY()"
    ws["H2"].number_format = "yyyy/m/d"
    ws["A3"] = "医療機関名"
    ws["A3"].font = fb
    ws.merge_cells("A3:B3")
    ws["C3"] = FACILITY
    ws.merge_cells("C3:F3")
    for c in ("A3", "B3", "C3", "D3", "E3", "F3"):
        ws[c].border = box

    head = ["No.", "確認項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
    hr = 5
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = fb
        c.fill = hdr_fill
        c.border = box
        c.alignment = center
    ws.row_dimensions[hr].height = 30
    for col, w in zip("ABCDEFGH", [7, 60, 8, 11, 11, 8, 16, 34]):
        ws.column_dimensions[col].width = w

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    r = hr + 1
    section = None
    for row in ROWS:
        if row[0] == "sec":
            _, disp, section = row
            ws.cell(row=r, column=1, value=disp)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            fill = sub_fill if disp.startswith("　") else sec_fill
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = fill
                ws.cell(row=r, column=cc).border = box
            ws.cell(row=r, column=1).font = fb
            r += 1
            continue
        _, no, canon, disp, ans = row
        if no:
            ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=disp)
        ws.cell(row=r, column=3, value=ans["firstAnswer"])
        ws.cell(row=r, column=4, value=r_short(ans["firstDate"]))
        if "targetDate" in ans:
            ws.cell(row=r, column=5, value=r_short(ans["targetDate"]))
        if "secondAnswer" in ans:
            ws.cell(row=r, column=6, value=ans["secondAnswer"])
            ws.cell(row=r, column=7, value=r_long(ans["secondDate"]))
        if "remarks" in ans:
            ws.cell(row=r, column=8, value=ans["remarks"])
        dv.add("C%d" % r)
        dv.add("F%d" % r)
        for cc in range(1, 9):
            c = ws.cell(row=r, column=cc)
            c.border = box
            c.font = f
            c.alignment = wrap if cc in (2, 8) else center
        ws.row_dimensions[r].height = 32 if "\n" not in ans.get("remarks", "") else 40
        e = {"section": section, "item": canon}
        if no:
            e["itemNo"] = no
        e.update(ans)
        entries.append(e)
        r += 1

    ws.freeze_panes = "C6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.active = 1

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "Clean. Dates are text in 和暦: 'R6.10.7' (1回目/目標日) and '令和6年12月13日' (2回目). "
                 "H2 holds =TODAY() (印刷日, saved by openpyxl, no cached value) — not a form field. "
                 "Section rows: numbered headings '１．体制構築' etc. (section given without the number), device "
                 "sub-headings '【サーバ】' etc. (section = device class). Device-class items carry no number; the "
                 "6 catalogue items are repeated under each class and 接続元制限 only under ネットワーク機器. Some "
                 "items slightly reworded in the workbook (password item, 2-(3)); item = catalogue wording. "
                 "Remark of 端末PC password item contains a line break. 記入要領 sheet is instructions only.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
