#!/usr/bin/python3
# Generator for clm-w10-b-merged-group-reiwa.xlsx
# Role: a prefecture official typed the Okayama 「最低限の措置」編 form into Excel (the pre-printed answer cells
# read 「はい・いいえ\n（　／　）」, the ○ heading is a vertically merged group label in column A, items numbered
# 1-1 … 3-2), added a 記入例 sheet; the hospital's office manager filled it by overwriting the pre-printed cell
# text with 「はい\n（R6.10.8）」 (answer and 和暦 date in one cell), leaving untouched template text where there
# was nothing to write, and added a small 記入者 table under the checklist. The file was then re-saved by
# LibreOffice. Planted: 2-1 いいえ without 目標日; 3-1 2回目 date before its 1回目 date.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/checklist-minimum"
NAME = "clm-w10-b-merged-group-reiwa"
SHEET = "チェックリスト"
EXSHEET = "記入例"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
GROUPS = [
    (H1, [("1-1", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
          ("1-2", "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
          ("1-3", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。")]),
    (H2, [("2-1", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
          ("2-2", "ネットワーク接続点へのアクセス制御を適切に実施している。"),
          ("2-3", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。")]),
    (H3, [("3-1", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
          ("3-2", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。")]),
]
BLANK_ANS = "はい・いいえ\n（　　／　　）"
BLANK_DATE = "（　　／　　）"

# (first, firstDate(y,m,d), target, second, secondDate, remarks)
ANS = {
    "1-1": ("はい", (2024, 10, 8), None, None, None, None),
    "1-2": ("いいえ", (2024, 10, 8), (2024, 11, 30), "はい", (2024, 11, 22), "ルータ・UTM・電子カルテ管理者IDのPWを個別化"),
    "1-3": ("はい", (2024, 10, 8), None, None, None, "職員研修（R6.9）で周知済"),
    "2-1": ("いいえ", (2024, 10, 9), None, None, None, "事業者に確認依頼中"),            # PLANTED: no 目標日
    "2-2": ("はい", (2024, 10, 9), None, None, None, None),
    "2-3": ("いいえ", (2024, 10, 9), (2025, 2, 28), None, None, "UTMのログ保存期間を延長予定"),
    "3-1": ("いいえ", (2024, 10, 9), (2024, 12, 20), "はい", (2024, 10, 2), "保守契約に年1回の更新確認を追加"),  # PLANTED: 2回目 < 1回目
    "3-2": ("はい", (2024, 10, 9), None, None, None, None),
}
FACILITY = "吉備中央記念病院"


def wa(d):
    y, m, dd = d
    return "R%d.%d.%d" % (y - 2018, m, dd)


def iso(d):
    return "%04d-%02d-%02d" % d


thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)


def draw(ws, answers, facility, title_note=None):
    for c, w in {"A": 16, "B": 5, "C": 50, "D": 13, "E": 13, "F": 13, "G": 24}.items():
        ws.column_dimensions[c].width = w
    for r, t, sz in [(1, "医療機関におけるサイバーセキュリティ対策チェックリスト", 14),
                     (2, "「サイバー攻撃リスク低減のための最低限の措置」編", 12)]:
        ws.merge_cells("A%d:G%d" % (r, r))
        ws["A%d" % r] = t
        ws["A%d" % r].font = Font(size=sz, bold=True)
        ws["A%d" % r].alignment = Alignment(horizontal="center")
    ws["G3"] = "医療機関確認用"
    ws["G3"].alignment = Alignment(horizontal="right")
    if title_note:
        ws["A3"] = title_note
        ws["A3"].font = Font(size=16, bold=True, color="FF0000")
    ws.merge_cells("A5:B5")
    ws["A5"] = "医療機関名"
    ws["A5"].alignment = center
    ws.merge_cells("C5:E5")
    ws["C5"] = facility
    for c in "ABCDE":
        ws[c + "5"].border = Border(bottom=thin)
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(notes):
        r = 6 + i
        ws.merge_cells("A%d:G%d" % (r, r))
        ws["A%d" % r] = t
        ws["A%d" % r].font = Font(size=9)
        ws["A%d" % r].alignment = left
    ws.row_dimensions[6].height = 26
    # header rows 11-12
    ws.merge_cells("A11:C12")
    ws["A11"] = "チェック項目"
    ws.merge_cells("D11:F11")
    ws["D11"] = "確認結果\n（日付）"
    ws["D12"], ws["E12"], ws["F12"] = "1回目", "目標日", "2回目"
    ws.merge_cells("G11:G12")
    ws["G11"] = "備考"
    for r in (11, 12):
        for c in "ABCDEFG":
            ws[c + str(r)].border = box
            ws[c + str(r)].alignment = center
            ws[c + str(r)].fill = PatternFill("solid", fgColor="E2EFDA")
    ws.row_dimensions[11].height = 30
    row = 13
    for head, items in GROUPS:
        start = row
        for no, text in items:
            ws["B%d" % row] = no
            ws["C%d" % row] = text
            a = answers.get(no)
            if a is None:
                ws["D%d" % row], ws["E%d" % row], ws["F%d" % row] = BLANK_ANS, BLANK_DATE, BLANK_ANS
            else:
                first, fd, td, second, sd, rem = a
                ws["D%d" % row] = "%s\n（%s）" % (first, wa(fd))
                ws["E%d" % row] = "（%s）" % wa(td) if td else BLANK_DATE
                ws["F%d" % row] = "%s\n（%s）" % (second, wa(sd)) if second else BLANK_ANS
                if rem:
                    ws["G%d" % row] = rem
            for c in "ABCDEFG":
                ws[c + str(row)].border = box
                ws[c + str(row)].alignment = left if c in "CG" else center
            ws.row_dimensions[row].height = 48
            row += 1
        ws.merge_cells("A%d:A%d" % (start, row - 1))
        ws["A%d" % start] = head
        ws["A%d" % start].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws["A%d" % start].font = Font(bold=True)
    return row


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    end = draw(ws, ANS, FACILITY)
    # small second table: who filled it in (not a form field)
    r = end + 1
    ws["A%d" % r] = "【記入者】"
    for i, (k, v) in enumerate([("所属・職名", "事務部　事務長"), ("氏名", "藤原　和子"), ("電話", "086-000-1234")]):
        ws["A%d" % (r + 1 + i)] = k
        ws.merge_cells("B%d:C%d" % (r + 1 + i, r + 1 + i))
        ws["B%d" % (r + 1 + i)] = v
        for c in "ABC":
            ws[c + str(r + 1 + i)].border = box
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1

    ex = wb.create_sheet(EXSHEET)
    sample = {
        "1-1": ("はい", (2024, 10, 1), None, None, None, None),
        "1-2": ("いいえ", (2024, 10, 1), (2024, 12, 1), "はい", (2024, 11, 20), "（例）共通パスワードを廃止"),
    }
    draw(ex, sample, "（例）岡山県立○○病院", title_note="記入例")
    ex["G14"] = "（例）2回目は対応後に記入"
    ex.sheet_properties.tabColor = "FF0000"

    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(src)
    # re-save with LibreOffice (LibreOffice's own styles)
    conv = os.path.join(tmpd, "conv")
    os.makedirs(conv)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmpd)


def expected():
    entries, planted = [], []
    row = 13
    idx = 0
    for head, items in GROUPS:
        for no, text in items:
            first, fd, td, second, sd, rem = ANS[no]
            e = {"section": head, "item": text, "itemNo": no, "firstAnswer": first, "firstDate": iso(fd)}
            if td:
                e["targetDate"] = iso(td)
            if second:
                e["secondAnswer"] = second
                e["secondDate"] = iso(sd)
            if rem:
                e["remarks"] = rem
            entries.append(e)
            if no == "2-1":
                planted.append({"cells": ["%s!E%d" % (SHEET, row)], "paths": ["entries[%d].targetDate" % idx],
                                "why": "1回目が「いいえ」(R6.10.9) なのに目標日が未記入（様式の「（　　／　　）」のまま）。"
                                       "「いいえ」の場合は実施可能な直近の対応目標日の記入が必要。"})
            if no == "3-1":
                planted.append({"cells": ["%s!F%d" % (SHEET, row), "%s!D%d" % (SHEET, row)],
                                "paths": ["entries[%d].secondDate" % idx],
                                "why": "2回目の確認日 R6.10.2 が1回目の確認日 R6.10.9 より前（2回目は1回目以降でなければならない）。"})
            idx += 1
            row += 1
    return {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Sheet 'チェックリスト' is the submission; sheet '記入例' (red tab, big red 記入例 in A3, facility "
                  "'（例）岡山県立○○病院') is the prefecture's example and must be ignored. Column A is the ○ heading, "
                  "merged vertically over its items (section = that text incl. the leading ○); B = item number 1-1…3-2; "
                  "C = item text (seed wording). Answer cells hold answer + 和暦 date in one cell with a line break, e.g. "
                  "'いいえ\\n（R6.10.9）'; 目標日 '（R6.11.30）'. Cells still showing the pre-printed template text "
                  "'はい・いいえ\\n（　　／　　）' or '（　　／　　）' are unanswered (2回目 not yet done / no target). "
                  "2-3 いいえ with a target date but no 2回目 yet is NOT a problem. The 【記入者】 table under the checklist "
                  "is not a form field. File re-saved by LibreOffice."),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
