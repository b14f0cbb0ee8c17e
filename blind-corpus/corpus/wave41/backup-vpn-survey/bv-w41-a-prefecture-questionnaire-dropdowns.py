#!/usr/bin/python3
"""Generator for bv-w41-a-prefecture-questionnaire-dropdowns.xlsx

Role: a prefecture 医療政策課 that turned the MHLW answering guide into a one-sheet Excel
questionnaire (No. | 設問 | 回答 | 回答要領), with はい/いいえ dropdowns fed from a hidden sheet,
Q1 as three sub-rows, Q9 as a small maker/model/count table with a =SUM total (no cached value,
saved by openpyxl), Q14 as two sub-questions. Filled completely and correctly by a hospital's
information-systems section head. No planted problem.
"""
import os
import sys

sys.path.insert(0, "/tmp/w41pylib")

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w41-a-prefecture-questionnaire-dropdowns"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
ANS = PatternFill("solid", fgColor="FFF2CC")
SEC = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "回答票"
    for col, w in zip("ABCDEF", (6, 50, 18, 18, 10, 46)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※回答欄（黄色）の「はい」「いいえ」はプルダウンから選択してください。回答に当たっては「回答要領」を必ず確認してください。"
    ws["A3"] = "※技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用して回答してください。"

    hdr = ["No.", "設問", "回答", "", "", "回答要領（抜粋）"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h or None)
        c.fill = HEAD
        c.alignment = CENTER
    ws.merge_cells("C5:E5")

    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)

    r = 6
    # section heading
    ws.cell(row=r, column=1, value="【電子カルテシステムのバックアップに係る質問関係】").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).fill = SEC
    r += 1

    # Q1 three sub-rows
    q1 = [("回答者の情報　氏名", "佐々木 直樹"),
          ("回答者の情報　所属", "社会医療法人 恵愛会 さくら総合病院 情報システム課 課長"),
          ("回答者の情報　連絡先", "0263-48-1120")]
    ws.cell(row=r, column=1, value=1)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for k, (lab, val) in enumerate(q1):
        ws.cell(row=r + k, column=2, value=lab)
        ws.merge_cells(start_row=r + k, start_column=3, end_row=r + k, end_column=5)
        c = ws.cell(row=r + k, column=3, value=val)
        c.fill = ANS
    ws.cell(row=r, column=6, value="後日内容の確認のため、厚生労働省より回答者に連絡する場合があります。")
    ws.merge_cells(start_row=r, start_column=6, end_row=r + 2, end_column=6)
    r += 3

    def yn(no, text, ans, note=""):
        nonlocal r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        c = ws.cell(row=r, column=3, value=ans)
        c.fill = ANS
        c.alignment = CENTER
        dv.add(c.coordinate)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(row=r, column=6, value=note or None)
        r += 1

    yn(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
    yn(3, "電子カルテシステムを使用しているか", "はい", "使用していない場合は、7.まで回答不要")
    yn(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
    yn(5, "バックアップデータは世代管理しているか", "はい")
    yn(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
       "いいえ", "例：遠隔地のサーバに保管、世代ごとにオフラインで保存 など")
    yn(7, "バックアップデータの漏洩対策を講じているか", "はい", "例：暗号化や秘密分散管理 等")

    ws.cell(row=r, column=1, value="【リモートゲートウェイ装置に係る質問関係】").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).fill = SEC
    r += 1
    yn(8, "VPN装置が存在するか", "はい", "設置されていない場合は、以降の設問は回答不要")

    # Q9 sub-table
    ws.cell(row=r, column=1, value=9)
    ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
    for i, h in enumerate(["メーカー名", "型番", "台数"]):
        c = ws.cell(row=r, column=3 + i, value=h)
        c.fill = HEAD
        c.alignment = CENTER
    ws.cell(row=r, column=6, value="行が不足する場合は挿入してください。")
    q9_first = r
    devices = [("Fortinet", "FortiGate 60F", 1), ("ヤマハ", "RTX1210", 2), ("NEC", "UNIVERGE IX2106", 1), None, None]
    for k, dvc in enumerate(devices, start=1):
        rr = r + k
        ws.cell(row=rr, column=2, value=f"　({k})")
        if dvc:
            for i, v in enumerate(dvc):
                c = ws.cell(row=rr, column=3 + i, value=v)
                c.fill = ANS
        else:
            for i in range(3):
                ws.cell(row=rr, column=3 + i).fill = ANS
    rr = r + len(devices) + 1
    ws.cell(row=rr, column=2, value="　合計台数")
    ws.cell(row=rr, column=5, value=f"=SUM(E{r + 1}:E{r + len(devices)})")
    ws.merge_cells(start_row=q9_first, start_column=1, end_row=rr, end_column=1)
    ws.merge_cells(start_row=q9_first, start_column=6, end_row=rr, end_column=6)
    r = rr + 1

    yn(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
    yn(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
    yn(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "例えば年1回")
    yn(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
    # Q14 two sub-questions
    ws.cell(row=r, column=1, value=14)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(row=r, column=2, value="(1) セキュリティ責任者を設置しているか")
    c = ws.cell(row=r, column=3, value="はい")
    c.fill = ANS
    c.alignment = CENTER
    dv.add(c.coordinate)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(row=r + 1, column=2, value="(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか")
    c = ws.cell(row=r + 1, column=3, value="いいえ")
    c.fill = ANS
    c.alignment = CENTER
    dv.add(c.coordinate)
    ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=5)
    ws.cell(row=r, column=6, value="職員として配置しているか")
    r += 2

    for row in ws.iter_rows(min_row=5, max_row=r - 1, max_col=6):
        for cell in row:
            cell.border = BOX
            if cell.column in (2, 6):
                cell.alignment = WRAP
            if cell.column == 1:
                cell.alignment = CENTER
    ws.cell(row=r + 1, column=1, value="（提出先）○○県 健康福祉部 医療政策課　提出期限までにメールで提出してください。")
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    wl = wb.create_sheet("選択肢")
    wl["A1"] = "はい"
    wl["A2"] = "いいえ"
    wl.sheet_state = "hidden"

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    print("saved", out)


if __name__ == "__main__":
    main()
