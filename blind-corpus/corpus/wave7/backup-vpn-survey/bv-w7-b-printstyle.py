#!/usr/bin/python3
# Generator for bv-w7-b-printstyle.xlsx (backup-vpn-survey, clean workbook)
# Role: IT staff of an Ehime hospital who typed the MHLW 回答要領 into a print-style sheet of their own
# (bordered blocks, blank spacer columns A/C/E, question numbers as （１）, answer cells pre-filled
# 「はい・いいえ」 where the unwanted option was deleted, a few ○/× and answers with a note in brackets,
# Q1 as 「項目：値」 lines in one cell, Q9 as one free-text cell with line breaks, Q14 split in two rows).
# Re-saved by LibreOffice.
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w7-b-printstyle"

med = Side(style="medium")
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
QFILL = PatternFill("solid", fgColor="DEEAF6")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in {"A": 2, "B": 7, "C": 1.5, "D": 58, "E": 1.5, "F": 44, "G": 2}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査（回答）"
ws["B1"].font = Font(bold=True, size=12)
ws["B2"] = "病院名：社会医療法人 石鎚会 松山ほしの病院　　回答日：R6.11.5"
ws["B3"] = "※回答要領に従い記入。VPN装置の有無は保守ベンダ（電子カルテ・PACS・医事）へ照会済み。"

blocks = [
    ("【電子カルテシステムのバックアップに係る質問関係】", None),
    ("（１）", "回答者の情報（氏名、所属、連絡先）",
     "氏名：村上 翔太\n所属：情報管理課 システム係\n連絡先：089-946-1120"),
    ("（２）", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"),
    ("（３）", "電子カルテシステムを使用しているか（いいえの場合、（７）まで回答不要）", "はい"),
    ("（４）", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテスト）", "はい（月1回リストア試験）"),
    ("（５）", "バックアップデータは世代管理しているか", "はい　※7世代"),
    ("（６）", "サイバー攻撃による汚損や破壊、火災や自然災害による消失等、同時災害を回避する方法で管理しているか", "はい"),
    ("（７）", "バックアップデータの漏洩対策を講じているか", "いいえ"),
    ("【リモートゲートウェイ装置に係る質問関係】", None),
    ("（８）", "VPN装置が存在するか（いいえの場合、以降回答不要）", "はい"),
    ("（９）", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）",
     "ヤマハ RTX1220 × 1台（電子カルテ保守用）\nNEC UNIVERGE IX2235 × 1台（PACS保守用）\nSonicWall TZ370 × 2台（医事会計・検査システム保守用）"),
    ("（１０）", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"),
    ("（１１）", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "○"),
    ("（１２）", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ（今年度中に対応予定）"),
    ("（１３）", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "×"),
    ("（１４）", "セキュリティ責任者を設置しているか", "はい"),
    ("", "　└ セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい"),
]
r = 5
ws.cell(row=r, column=2, value="No.").font = Font(bold=True)
ws.cell(row=r, column=4, value="設問").font = Font(bold=True)
ws.cell(row=r, column=6, value="回答（「はい・いいえ」の不要な方を消す）").font = Font(bold=True)
for b in blocks:
    r += 2  # blank spacer row between blocks (print style)
    if b[1] is None:
        c = ws.cell(row=r, column=2, value=b[0])
        c.font = Font(bold=True)
        continue
    no, q, a = b
    ws.cell(row=r, column=2, value=no or None).alignment = WRAP
    cq = ws.cell(row=r, column=4, value=q)
    cq.alignment = WRAP
    cq.fill = QFILL
    ca = ws.cell(row=r, column=6, value=a)
    ca.alignment = WRAP
    for col in (2, 4, 6):
        ws.cell(row=r, column=col).border = BOX
    nl = a.count("\n") + 1
    ws.row_dimensions[r].height = max(32, 18 * nl)
last = r
ws.print_area = f"A1:G{last}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmpdir, "profile"), "--headless",
                "--convert-to", "xlsx", "--outdir", outdir, raw], check=True)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
