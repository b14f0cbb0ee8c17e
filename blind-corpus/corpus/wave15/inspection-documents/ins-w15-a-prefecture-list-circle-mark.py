#!/usr/bin/python3
"""ins-w15-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture would hand it out.

Role: Okayama prefecture's 医療推進課 turned the 別紙1 table into an Excel sheet (title block,
label-left header, the seed's 書類の名称 / 提出にあたっての注意点 columns, a 提出 column and 備考);
a hospital's 医事課 clerk filled it: ○ for documents handed in, 「未作成」 for the one not made.
Saved by openpyxl, then re-saved by LibreOffice. No planted problem.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w15-a-prefecture-list-circle-mark"
SHEET = "別紙1"

FACILITY = "社会医療法人 吉備高原記念病院"
SUBMITTED = dt.date(2024, 11, 12)

DOCS = [
    ("チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、"
     "チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」"
     "（以下「マニュアル」という。）を参照してください。",
     "○", "SUBMITTED", None),
    ("チェックリスト（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）"
     "の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
     "○", "SUBMITTED", "3社分（電子カルテ、医事会計、PACS）"),
    ("チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け、事務連絡「医療機関等における"
     "サイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
     "○", "SUBMITTED", None),
    ("機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。"
     "台帳の書式については、マニュアル2-(1)を参照してください。",
     "○", "SUBMITTED", None),
    ("インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。"
     "連絡体制図の書式については、マニュアル3-(1)を参照してください。",
     "○", "SUBMITTED", None),
    ("ネットワーク構成図及びシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関する"
     "ガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
     "未作成", "NOT_CREATED", "令和7年度に事業者と作成予定"),
    ("サイバー攻撃を想定した事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け、厚生労働省医政局"
     "特定医薬品開発支援・医療情報担当参事官室事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
     "○", "SUBMITTED", "令和6年9月策定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GF = PatternFill("solid", fgColor="DDEBF7")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = Alignment(vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for col, w in zip("ABCDEF", [2, 6, 30, 70, 10, 28]):
        ws.column_dimensions[col].width = w

    ws["F1"] = "別紙1"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める"
    ws["B3"] = "サイバーセキュリティ対策関連書類一覧"
    for a in ("B2", "B3"):
        ws[a].font = Font(bold=True, size=13)
    ws.merge_cells("B2:F2")
    ws.merge_cells("B3:F3")
    ws["B2"].alignment = ws["B3"].alignment = Alignment(horizontal="center")

    ws["B5"] = "医療機関名"
    ws.merge_cells("B5:C5")
    ws["D5"] = FACILITY
    ws["B6"] = "提出日"
    ws.merge_cells("B6:C6")
    ws["D6"] = SUBMITTED
    ws["D6"].number_format = '[$-411]ggge"年"m"月"d"日"'
    ws["D6"].alignment = Alignment(horizontal="left")
    for r in (5, 6):
        ws.cell(r, 2).fill = GF
        for c in (2, 3, 4):
            ws.cell(r, c).border = B

    ws["B8"] = "※「提出」欄には、提出する書類に○を、作成していない書類には「未作成」と記入してください。"
    ws["B9"] = "※ 書類は立入検査の際に保健所へ提出してください（提出は任意）。"
    for r in (8, 9):
        ws.cell(r, 2).font = Font(size=9)

    hr = 11
    for c, t in zip(range(2, 7), ["番号", "書類の名称", "提出にあたっての注意点", "提出", "備考"]):
        cell = ws.cell(hr, c, t)
        cell.fill = GF
        cell.font = Font(bold=True)
        cell.alignment = C
        cell.border = B

    docs = []
    r = hr + 1
    for i, (name, note, mark, canon, rem) in enumerate(DOCS, 1):
        ws.cell(r, 2, i).alignment = C
        ws.cell(r, 3, name).alignment = W
        ws.cell(r, 4, note).alignment = W
        ws.cell(r, 4).font = Font(size=9)
        ws.cell(r, 5, mark).alignment = C
        if rem:
            ws.cell(r, 6, rem).alignment = W
        for c in range(2, 7):
            ws.cell(r, c).border = B
        ws.row_dimensions[r].height = 62
        d = {"kind": str(i), "submission": canon}
        if rem:
            d["remarks"] = rem
        docs.append(d)
        r += 1

    ws.cell(r + 1, 2, "（問い合わせ先）岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）").font = Font(size=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd)

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED.isoformat(),
            "documents": docs,
        },
        "planted": [],
        "notes": ("Prefecture-style 別紙1 sheet, re-saved by LibreOffice. 提出日 is an Excel date cell shown in 和暦 "
                  "format. 提出 column: ○ = SUBMITTED, 「未作成」 = NOT_CREATED. The 提出にあたっての注意点 column is "
                  "the prefecture's printed guidance, not a filled value. The form asks for no file names."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
