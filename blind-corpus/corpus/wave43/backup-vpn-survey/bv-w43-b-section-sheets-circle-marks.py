#!/usr/bin/python3
# Generator for bv-w43-b-section-sheets-circle-marks.xlsx
# Role: a hospital association secretariat re-typing the MHLW survey as a print-style form, one sheet per section
# (回答者情報 / バックアップ / VPN装置), question text above, はい/いいえ chosen by putting ○ in the box before the
# option, Q9 as one free-text box; filled by the office of a 120-bed psychiatric hospital (paper charts).
# Saved by openpyxl, then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/h43lib /usr/bin/python3 THIS.py   (needs openpyxl + soffice)
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w43-b-section-sheets-circle-marks"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
QFILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")


def setup(ws, title):
    ws.column_dimensions["A"].width = 2      # spacer
    ws.column_dimensions["B"].width = 4
    ws.column_dimensions["C"].width = 5      # mark box
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 5      # mark box
    ws.column_dimensions["F"].width = 10
    ws.column_dimensions["G"].width = 30
    ws.column_dimensions["H"].width = 30
    ws.column_dimensions["I"].width = 2      # spacer
    ws.merge_cells("B1:H1")
    ws["B1"] = title
    ws["B1"].font = Font(bold=True, size=12)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1


def question(ws, r, text, mark, sub=None):
    """question text on row r (merged B:H), options on row r+1; mark = 'はい' / 'いいえ' / None."""
    ws.merge_cells(f"B{r}:H{r}")
    ws[f"B{r}"] = text
    ws[f"B{r}"].alignment = WRAP
    ws[f"B{r}"].fill = QFILL
    ws.row_dimensions[r].height = 34 if len(text) > 45 else 20
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = BOX
    o = r + 1
    ws[f"D{o}"] = "はい"
    ws[f"F{o}"] = "いいえ"
    for c in "CE":
        ws[f"{c}{o}"].border = Border(left=med, right=med, top=med, bottom=med)
        ws[f"{c}{o}"].alignment = CENTER
    if mark == "はい":
        ws[f"C{o}"] = "○"
    elif mark == "いいえ":
        ws[f"E{o}"] = "○"
    if sub:
        ws.merge_cells(f"G{o}:H{o}")
        ws[f"G{o}"] = sub
        ws[f"G{o}"].font = Font(size=9, color="595959")
    return r + 3


def main():
    tmp = tempfile.mkdtemp(prefix="h43-bvb-")
    wb = Workbook()

    # ---- 回答者情報 ----
    ws = wb.active
    ws.title = "回答者情報"
    setup(ws, "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙")
    ws.merge_cells("B2:H2")
    ws["B2"] = "※該当する回答の□に「○」を記入してください。回答要領を確認のうえ、不明な点は保守事業者にご照会ください。"
    ws["B2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws.merge_cells("B4:H4")
    ws["B4"] = "１．回答者の情報（後日、厚生労働省から内容確認の連絡をする場合があります）"
    ws["B4"].font = Font(bold=True)
    info = ["医療機関名：医療法人 光風会 みどりの丘病院",
            "氏名：三好 洋平",
            "所属：事務部 医事課（システム担当）",
            "連絡先：0877-62-1180（代表）\nmiyoshi@midorinooka-hp.jp"]
    for i, t in enumerate(info):
        r = 5 + i
        ws.merge_cells(f"B{r}:H{r}")
        ws[f"B{r}"] = t
        ws[f"B{r}"].alignment = WRAP
        for c in "BCDEFGH":
            ws[f"{c}{r}"].border = BOX
    ws.row_dimensions[8].height = 32

    # ---- バックアップ (Q2-Q7) ----
    b = wb.create_sheet("バックアップ")
    setup(b, "【電子カルテシステムのバックアップに係る質問】")
    r = 3
    r = question(b, r, "２．医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ")
    r = question(b, r, "３．電子カルテシステムを使用しているか", "いいえ", "※「いいえ」の場合は７．まで回答不要")
    r = question(b, r, "４．診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "はい")
    r = question(b, r, "５．バックアップデータは世代管理しているか", "いいえ")
    r = question(b, r, "６．バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を"
                       "回避する方法で管理しているか", "いいえ")
    r = question(b, r, "７．バックアップデータの漏洩対策を講じているか", "いいえ")

    # ---- VPN装置 (Q8-Q14) ----
    v = wb.create_sheet("VPN装置")
    setup(v, "【リモートゲートウェイ装置（VPN装置）に係る質問】")
    v.merge_cells("B2:H2")
    v["B2"] = "※院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"
    r = 4
    r = question(v, r, "８．VPN装置が存在するか", "はい", "※「いいえ」の場合は以降の設問は回答不要")
    v.merge_cells(f"B{r}:H{r}")
    v[f"B{r}"] = "９．VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
    v[f"B{r}"].fill = QFILL
    for c in "BCDEFGH":
        v[f"{c}{r}"].border = BOX
    v.merge_cells(f"B{r + 1}:H{r + 3}")
    v[f"B{r + 1}"] = ("NEC　UNIVERGE IX2106　1台（レセコン保守用）\n"
                      "ヤマハ　RTX830　1台（臨床検査装置の保守用、業者設置）")
    v[f"B{r + 1}"].alignment = WRAP
    for rr in range(r + 1, r + 4):
        for c in "BCDEFGH":
            v[f"{c}{rr}"].border = BOX
    r += 5
    r = question(v, r, "１０．内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを"
                       "適切に行っているか", "はい")
    r = question(v, r, "１１．VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
    r = question(v, r, "１２．VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
    r = question(v, r, "１３．詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
    r = question(v, r, "１４．(1) セキュリティ責任者を設置しているか", "はい")
    r = question(v, r, "１４．(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")
    v.merge_cells(f"B{r}:H{r}")
    v[f"B{r}"] = "以上で質問は終わりです。ご協力ありがとうございました。"

    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(outdir, NAME + ".xlsx"), OUT)
    shutil.rmtree(tmp)
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
