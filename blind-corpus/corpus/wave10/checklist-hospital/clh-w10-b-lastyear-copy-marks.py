#!/usr/bin/python3
# Generator for clh-w10-b-lastyear-copy-marks.xlsx
# Role: the 事務部 of a mid-size hospital keeps the MHLW checklist (医療機関確認用) as a questionnaire-style sheet
# (No. | 設問 | answers | 備考). This year they copied last year's sheet, renamed it "R6", changed the title to
# 令和６年度 and hid last year's sheet "R5". Answer cells carry the pre-printed 「はい　・　いいえ」 and the filler
# puts ● before the chosen word; dates are full-width 和暦 text (令和６年１１月１２日). Device items are one row
# per device class with the class in brackets after the item (…【サーバ】). A 記入要領 sheet comes first; a
# COUNTIF total under the table has no cached value (saved by openpyxl).
# Planted: 2-(2) answered but its 1回目 確認日 is empty; 3-(2) 目標日 (令和６年１０月３１日, last year's target
# with only the year changed) is before its 1回目 date.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/checklist-hospital"
NAME = "clh-w10-b-lastyear-copy-marks"
SHEET = "R6"
OLD = "R5"
FACILITY = "特定医療法人　白鷺会　しらさぎ病院"
S, P, N = "サーバ", "端末PC", "ネットワーク機器"

# rows: ("H", heading) or (no, item, device, answers); answers = (first, fdate, target, second, sdate, remarks)
# dates as (y, m, d)
def ok(d, rem=None):
    return ("はい", d, None, None, None, rem)

A12, A13, A14 = (2024, 11, 12), (2024, 11, 13), (2024, 11, 14)
ROWS = [
    ("前提", "医療情報システムを導入、運用している", None, ok(A12, "電子カルテ・医事会計・検査システム")),
    ("H", "１．体制構築"),
    ("1-(1)", "医療情報システム安全管理責任者を設置している", None, ok(A12, "事務部長（兼任）")),
    ("H", "２．医療情報システムの管理・運用"),
    ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", None, ok(A12)),
    ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", None,
     ("はい", None, None, None, None, "電子カルテベンダに確認（VPN 1台）")),          # PLANTED: no 1回目 date
    ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", None,
     ("いいえ", A12, (2025, 1, 31), "はい", (2025, 1, 27), "3社中1社未提出→R7.1受領")),
    ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", S, ok(A13)),
    ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", P, ok(A13)),
    ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している", S, ok(A13)),
    ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している", P, ok(A13, "退職者IDは翌月削除")),
    ("2-(6)", "アクセスログを管理している", S, ok(A13)),
    ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", S, ok(A13)),
    ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", P, ok(A13)),
    ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", N, ok(A13)),
    ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", S, ok(A13)),
    ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", P,
     ("いいえ", A13, (2024, 12, 27), "はい", (2024, 12, 25), "WindowsUpdate未適用端末12台→適用済")),
    ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", N, ok(A13)),
    ("2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", S, ok(A13)),
    ("2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", P, ok(A13)),
    ("2-(10)", "接続元制限を実施している", N, ok(A13)),
    ("H", "３．インシデント発生に備えた対応"),
    ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", None, ok(A14)),
    ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", None,
     ("いいえ", A14, (2024, 10, 31), None, None, "復旧手順書を作成中")),              # PLANTED: target < 1回目
    ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", None,
     ("いいえ", A14, (2025, 3, 31), None, None, "ひな形入手済、R7.3 策定予定")),
]

# last year's answers for the hidden R5 sheet (same rows; dates in 令和5年, a few answers/remarks differ)
R5_OVERRIDE = {
    "2-(3)": ("いいえ", (2023, 11, 13), (2024, 3, 29), "いいえ", (2024, 3, 25), "3社中2社未提出（次年度継続）"),
    "3-(2)": ("いいえ", (2023, 9, 20), (2023, 10, 31), "はい", (2023, 10, 27), "バックアップ復旧訓練を実施"),
    "3-(3)": ("いいえ", (2023, 9, 20), (2024, 3, 29), None, None, "未策定"),
    "2-(8)": ("はい", (2023, 11, 13), None, None, None, None),
}


def r5(a, no=None):
    if no in R5_OVERRIDE:
        return R5_OVERRIDE[no]
    first, fd, td, second, sd, rem = a
    shift = lambda d: (d[0] - 1, d[1], d[2]) if d else None
    return (first, shift(fd or A12), shift(td), second, shift(sd), rem)


Z = str.maketrans("0123456789", "０１２３４５６７８９")


def wareki(d):
    y, m, dd = d
    return ("令和%d年%d月%d日" % (y - 2018, m, dd)).translate(Z)


def iso(d):
    return "%04d-%02d-%02d" % d


def mark(ans):
    return "●はい　・　いいえ" if ans == "はい" else "はい　・　●いいえ"


TEMPLATE = "はい　・　いいえ"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)


def draw(ws, year_title, answer_fn):
    for c, w in zip("ABCDEFGH", [8, 58, 17, 19, 19, 17, 19, 28]):
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = year_title + "　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名"
    ws.merge_cells("B3:C3")
    ws["B3"] = FACILITY
    ws["A3"].border = box
    ws["B3"].border = box
    ws.merge_cells("A4:H4")
    ws["A4"] = "※回答欄は該当する方の前に●を付けてください。日付は和暦で記入。1回目「いいえ」の設問は目標日を記入。"
    ws["A4"].font = Font(size=9)
    heads = ["No.", "設問", "1回目\n回答", "1回目\n確認日", "目標日\n（「いいえ」の場合）", "2回目\n回答", "2回目\n確認日", "備考"]
    for c, t in zip("ABCDEFGH", heads):
        ws[c + "6"] = t
        ws[c + "6"].alignment = center
        ws[c + "6"].border = box
        ws[c + "6"].font = Font(bold=True, size=9)
        ws[c + "6"].fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[6].height = 32
    r = 7
    out = []
    section = None
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells("A%d:H%d" % (r, r))
            ws["A%d" % r] = row[1]
            ws["A%d" % r].font = Font(bold=True)
            ws["A%d" % r].fill = PatternFill("solid", fgColor="F2F2F2")
            section = row[1][2:]
            r += 1
            continue
        no, item, dev, a = row
        first, fd, td, second, sd, rem = answer_fn(a, no)
        ws["A%d" % r] = no
        if no == "前提":
            ws["B%d" % r] = item + "\n（「いいえ」の場合、以下の設問への回答は不要）"
        else:
            ws["B%d" % r] = item + ("【%s】" % dev if dev else "")
        ws["C%d" % r] = mark(first)
        if fd:
            ws["D%d" % r] = wareki(fd)
        if td:
            ws["E%d" % r] = wareki(td)
        ws["F%d" % r] = mark(second) if second else TEMPLATE
        if sd:
            ws["G%d" % r] = wareki(sd)
        if rem:
            ws["H%d" % r] = rem
        for c in "ABCDEFGH":
            ws["%s%d" % (c, r)].border = box
            ws["%s%d" % (c, r)].alignment = left if c in "BH" else center
        ws["H%d" % r].font = Font(size=9)
        ws.row_dimensions[r].height = 32
        out.append((r, no, item, dev, section if no != "前提" else "前提", (first, fd, td, second, sd, rem)))
        r += 1
    ws["B%d" % (r + 1)] = "1回目「はい」の数"
    ws["B%d" % (r + 1)].alignment = Alignment(horizontal="right")
    ws["C%d" % (r + 1)] = '=COUNTIF(C7:C%d,"●はい*")' % (r - 1)
    ws["B%d" % (r + 2)] = "1回目「いいえ」の数"
    ws["B%d" % (r + 2)].alignment = Alignment(horizontal="right")
    ws["C%d" % (r + 2)] = '=COUNTIF(C7:C%d,"*●いいえ")' % (r - 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return out


def build():
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】チェックリスト（医療機関確認用）",
        "1. 毎年度、前年度のシートをコピーして年度を書き換えて使用する（前年度シートは非表示にして保存）。",
        "2. 回答欄の「はい　・　いいえ」は該当する方の前に●を付ける。",
        "3. 確認日・目標日は和暦（例：令和６年１１月１日）で記入する。",
        "4. 1回目が「いいえ」の設問は、対応目標日を記入し、対応後に2回目の確認を行う。",
        "5. 「前提」が「いいえ」の場合、以下の設問への回答は不要。",
        "6. 立入検査時に保健所へ写しを提出する。",
        "担当：事務部 総務課（内線 215）",
    ]
    for i, t in enumerate(lines, start=1):
        guide["A%d" % i] = t
    guide["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    rows = draw(ws, "令和６年度", lambda a, no=None: a)
    old = wb.create_sheet(OLD)
    draw(old, "令和５年度", r5)
    old.sheet_state = "hidden"
    wb.active = 1
    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    return rows


def expected(rows):
    entries, planted = [], []
    for idx, (r, no, item, dev, section, a) in enumerate(rows):
        first, fd, td, second, sd, rem = a
        e = {"section": dev if dev else section, "item": item}
        if no != "前提":
            e["itemNo"] = no
        e["firstAnswer"] = first
        if fd:
            e["firstDate"] = iso(fd)
        if td:
            e["targetDate"] = iso(td)
        if second:
            e["secondAnswer"] = second
            e["secondDate"] = iso(sd)
        if rem:
            e["remarks"] = rem
        entries.append(e)
        if no == "2-(2)":
            planted.append({"cells": ["%s!D%d" % (SHEET, r)], "paths": ["entries[%d].firstDate" % idx],
                            "why": "1回目の回答（●はい）はあるが1回目の確認日が空欄。全項目に1回目の回答と確認日が必要"
                                   "（立入検査で確認される）。前年度シートからコピー後に日付を消したまま。"})
        if no == "3-(2)":
            planted.append({"cells": ["%s!E%d" % (SHEET, r), "%s!D%d" % (SHEET, r)],
                            "paths": ["entries[%d].targetDate" % idx],
                            "why": "1回目「いいえ」の目標日 令和６年１０月３１日 が1回目の確認日 令和６年１１月１４日 より前"
                                   "（前年度の目標日の年だけ書き換えたもの）。目標日は1回目の確認日より後でなければならない。"})
    return {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Sheets: '記入要領' (instructions, no data), 'R6' (the submission, active), 'R5' (HIDDEN: last year's "
                  "copy with 令和５年 dates and title 令和５年度 - must be ignored). Answers are marks: '●はい　・　いいえ' = はい, "
                  "'はい　・　●いいえ' = いいえ; an untouched 'はい　・　いいえ' in the 2回目 column means not yet answered "
                  "(omitted). Dates are full-width 和暦 text '令和６年１１月１２日'. Device items have the device class in "
                  "brackets after the item text ('…【サーバ】'); section = that device class, item = text without the bracket. "
                  "Other sections are the grey heading rows without their number ('１．体制構築' -> '体制構築'); the 前提 row "
                  "shows '前提' in the No. column (not an item number, so no itemNo) and its item cell has a second line "
                  "'（「いいえ」の場合、以下の設問への回答は不要）' that is a note, not part of the item. 3-(3) いいえ with a "
                  "target but no 2回目 yet is not a problem. Two COUNTIF totals under the table were saved by openpyxl "
                  "without cached values (not form fields)."),
    }


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(rows), f, ensure_ascii=False, indent=2)
