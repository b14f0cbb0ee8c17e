#!/usr/bin/python3
"""Generator for bv-w41-b-circle-marks-print-style.xlsx

Role: a hospital's general-affairs clerk who typed the MHLW answering guide's questions into a
print-style sheet (spacer columns, borders, full-width numbering １．２．…), with two answer
columns はい | いいえ where a ○ is put in the chosen one, Q1 as 「項目：値」 cells, Q9 as one
free-text cell with line breaks, Q14 on two rows. Written by openpyxl, then re-saved by
LibreOffice (soffice --headless --convert-to xlsx).
Planted: Q3 いいえ (no EHR) yet Q4–Q7 answered; Q12 left unanswered although Q8 is はい.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/w41pylib")

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w41-b-circle-marks-print-style"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "調査票"
    for col, w in zip("ABCDEFGH", (2, 6, 62, 1.5, 8, 8, 1.5, 30)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("B1:H1")
    ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B1"].alignment = CENTER
    ws.merge_cells("B2:H2")
    ws["B2"] = "（該当する欄に○を記入）"
    ws["B2"].alignment = CENTER

    r = 4
    ws.cell(row=r, column=2, value="No.")
    ws.cell(row=r, column=3, value="設問")
    ws.cell(row=r, column=5, value="はい")
    ws.cell(row=r, column=6, value="いいえ")
    ws.cell(row=r, column=8, value="備考")
    for col in (2, 3, 5, 6, 8):
        c = ws.cell(row=r, column=col)
        c.fill = GRAY
        c.alignment = CENTER
        c.border = BOX
    r += 1

    def section(title):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        c = ws.cell(row=r, column=2, value=title)
        c.font = Font(bold=True)
        r += 1

    def q(no, text, mark=None, note=None):
        """mark: 'Y' -> ○ under はい, 'N' -> ○ under いいえ, None -> blank"""
        nonlocal r
        ws.cell(row=r, column=2, value=no).alignment = CENTER
        ws.cell(row=r, column=3, value=text).alignment = WRAP
        ws.cell(row=r, column=5, value="○" if mark == "Y" else None).alignment = CENTER
        ws.cell(row=r, column=6, value="○" if mark == "N" else None).alignment = CENTER
        ws.cell(row=r, column=8, value=note).alignment = WRAP
        for col in (2, 3, 5, 6, 8):
            ws.cell(row=r, column=col).border = BOX
        r += 1

    section("【電子カルテシステムのバックアップに係る質問関係】")
    # Q1 as label:value in one cell
    ws.cell(row=r, column=2, value="１．").alignment = CENTER
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=2)
    ws.cell(row=r, column=3, value="回答者の情報")
    q1 = ["氏名：海野 誠",
          "所属：医療法人 松風会 海浜中央病院 事務部 総務課 係長",
          "連絡先：0436-21-5580（総務課直通）"]
    for k, t in enumerate(q1, start=1):
        ws.merge_cells(start_row=r + k, start_column=3, end_row=r + k, end_column=8)
        ws.cell(row=r + k, column=3, value=t)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    for rr in range(r, r + 4):
        for col in range(2, 9):
            ws.cell(row=rr, column=col).border = BOX
    r += 4

    q("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "Y")
    q("３．", "電子カルテシステムを使用しているか", "N", "紙カルテ運用（医事会計・PACSのみ電子化）")
    q("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "Y", "医事会計システム分")
    q("５．", "バックアップデータは世代管理しているか", "Y")
    q("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "N")
    q("７．", "バックアップデータの漏洩対策を講じているか", "Y")

    section("【リモートゲートウェイ装置に係る質問関係】")
    q("８．", "VPN装置が存在するか", "Y", "保守業者に照会済み")
    # Q9 free text
    ws.cell(row=r, column=2, value="９．").alignment = CENTER
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    ws.cell(row=r, column=3, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
    ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=8)
    c = ws.cell(row=r + 1, column=3,
                value="ヤマハ　RTX830　1台（医事会計システム保守用）\nCisco　ISR1111-4P　1台（PACS保守用）")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r + 1].height = 40
    for rr in (r, r + 1):
        for col in range(2, 9):
            ws.cell(row=rr, column=col).border = BOX
    r += 2
    q("１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "Y")
    q("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "Y")
    q("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
    q("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "N")
    q("１４．", "セキュリティ責任者を設置しているか", "Y")
    q(None, "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "Y", "事務部長を責任者として配置")
    ws.merge_cells(start_row=r - 2, start_column=2, end_row=r - 1, end_column=2)

    ws.cell(row=r + 1, column=2, value="※３．で「いいえ」の場合は７．まで、８．で「いいえ」の場合は以降の設問は回答不要です。")
    ws.print_area = f"A1:H{r + 1}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="bvw41b-")
    raw = os.path.join(tmp, NAME + ".xlsx")
    build(raw)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmp)
    print("saved (LibreOffice re-save)", os.path.join(HERE, NAME + ".xlsx"))


if __name__ == "__main__":
    main()
