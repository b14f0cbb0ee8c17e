#!/usr/bin/python3
"""Generator for bv-w30-b-two-section-sheets-circle-marks.xlsx (blind wave 30, form backup-vpn-survey).

A print-style version, laid out the way a hospital would draw it for its own records: one sheet for each section of the guide
(問１～問７ backup, 問８～問１４ VPN装置). A blank spacer column sits at A. Questions are numbered 問１… in full-width.
Each yes/no question has two answer columns 「はい」「いいえ」, and the filler puts ○ in one of them. 問１ uses
`項目：値` cells. 問９ is one free-text cell with a line break. 問１４ has two sub-questions (1)(2).
Saved by openpyxl, then re-saved by LibreOffice.

Planted: 問１１ has no mark in either column (a required answer is missing, because 問８ is はい); 問１４(2)
(別に配置) has no mark either.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/bvlds_py")
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w30-b-two-section-sheets-circle-marks"
S1 = "問1-7バックアップ"
S2 = "問8-14VPN装置"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def setup(ws, title, section):
    for col, w in zip("ABCDEFG", [2, 7, 58, 2, 8, 8, 2]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("B1:F1")
    ws["B1"] = title
    ws["B1"].font = Font(bold=True, size=12)
    ws["B1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    ws["B3"] = section
    ws["B3"].font = Font(bold=True)
    ws["B4"] = "該当する欄に「○」を記入してください。"
    ws["B4"].font = Font(size=9)
    for ref, t in (("B5", "番号"), ("C5", "設　問"), ("E5", "はい"), ("F5", "いいえ")):
        ws[ref] = t
        ws[ref].fill = GREY
        ws[ref].alignment = CENTER
        ws[ref].border = BOX
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True


def yn_row(ws, r, no, q, mark):
    ws.cell(r, 2, no).alignment = CENTER
    ws.cell(r, 3, q).alignment = WRAP
    if mark == "はい":
        ws.cell(r, 5, "○")
    elif mark == "いいえ":
        ws.cell(r, 6, "○")
    for col in (2, 3, 5, 6):
        ws.cell(r, col).border = BOX
    ws.cell(r, 5).alignment = CENTER
    ws.cell(r, 6).alignment = CENTER
    ws.row_dimensions[r].height = 34


def build(path):
    wb = Workbook()
    title = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査　回答票"

    ws = wb.active
    ws.title = S1
    setup(ws, title, "【電子カルテシステムのバックアップに係る質問関係】")
    # 問１ as 項目：値 cells
    ws.merge_cells("B6:B8")
    ws["B6"] = "問１"
    ws["B6"].alignment = CENTER
    q1 = ["氏名：西村 孝", "所属：医療情報管理室", "連絡先：087-851-2210 / it-kanri@takamatsukita-hp.jp"]
    for i, t in enumerate(q1):
        r = 6 + i
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(r, 3, t)
        for col in range(2, 7):
            ws.cell(r, col).border = BOX
    ws["C5"] = "設　問　（問１は回答者の情報：氏名・所属・連絡先）"
    rows = [
        ("問２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"),
        ("問３", "電子カルテシステムを使用しているか\n（使用していない場合は問７まで回答不要）", "はい"),
        ("問４", "診療行為を停止させないためのバックアップデータは作成しているか", "はい"),
        ("問５", "バックアップデータは世代管理しているか", "はい"),
        ("問６", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい"),
        ("問７", "バックアップデータの漏洩対策を講じているか", "いいえ"),
    ]
    for i, (no, q, a) in enumerate(rows):
        yn_row(ws, 9 + i, no, q, a)

    w2 = wb.create_sheet(S2)
    setup(w2, title, "【リモートゲートウェイ装置（VPN装置）に係る質問関係】")
    yn_row(w2, 6, "問８", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "はい")
    w2["B7"] = "問９"
    w2["B7"].alignment = CENTER
    w2["C7"] = "VPN装置のメーカー名、型番、台数を全て記載すること"
    w2.merge_cells("C7:F7")
    w2.merge_cells("B7:B8")
    w2.merge_cells("C8:F8")
    w2["C8"] = "FortiGate 60F（フォーティネット）　2台\nUNIVERGE IX2215（NEC）　1台"
    w2["C8"].alignment = Alignment(wrap_text=True, vertical="top")
    w2.row_dimensions[8].height = 48
    for r in (7, 8):
        for col in range(2, 7):
            w2.cell(r, col).border = BOX
    rows2 = [
        ("問１０", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"),
        ("問１１", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None),
        ("問１２", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ"),
        ("問１３", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい"),
        ("問１４(1)", "セキュリティ責任者を設置しているか", "はい"),
        ("問１４(2)", "セキュリティ責任者を、医療情報システムの責任者とは別に配置しているか", None),
    ]
    for i, (no, q, a) in enumerate(rows2):
        yn_row(w2, 9 + i, no, q, a)
    w2["B16"] = "ご協力ありがとうございました。"
    w2["B16"].font = Font(size=9)

    wb.save(path)


def main():
    out = os.path.join(HERE, NAME + ".xlsx")
    tmpd = tempfile.mkdtemp(prefix="bvb_")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    build(raw)
    outdir = os.path.join(tmpd, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd)
    print("saved", out)


if __name__ == "__main__":
    main()
