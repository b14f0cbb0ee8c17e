#!/usr/bin/python3
# Generator for bv-w43-a-questionnaire-table-vpn-rows.xlsx
# Role: a prefecture health-policy office (Okayama) turning the MHLW 回答要領 into one questionnaire sheet
# (No. | 区分 | 設問 | 回答 | 備考, pull-down はい/いいえ), Q9 as a small maker/model/count table with a SUM total
# (formula, no cached value), plus a 記入要領 sheet; filled by the information-management section of a hospital.
# Run: PYTHONPATH=/tmp/h43lib /usr/bin/python3 THIS.py
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w43-a-questionnaire-table-vpn-rows"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "回答票"
    for k, v in dict(A=6, B=16, C=62, D=16, E=12, F=24).items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:F1")
    ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2")
    ws["A2"] = ("※回答要領（「記入要領」シート）を必ずご確認のうえ、回答欄のプルダウンから「はい」「いいえ」を選択してください。"
                "技術的な内容はシステム設置事業者・保守事業者にもご照会ください。")
    ws.merge_cells("A3:F3")
    ws["A3"] = "※設問3で「いいえ」の場合は設問4～7、設問8で「いいえ」の場合は設問9以降の回答は不要です。"
    for r in (2, 3):
        ws[f"A{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 30
    ws["A5"] = "医療機関名"
    ws.merge_cells("A5:B5")
    ws.merge_cells("C5:D5")
    ws["C5"] = "医療法人 旭水会 旭東中央病院"
    box(ws, "A5:D5")
    ws["A5"].fill = HEAD
    ws["E5"] = "提出期限：9月13日（金）"

    hdr = ["No.", "区分", "設問", "回答", "", "備考"]
    for j, h in enumerate(hdr):
        ws.cell(row=7, column=1 + j, value=h)
    ws.merge_cells("D7:E7")
    box(ws, "A7:F7", fill=HEAD, align=CENTER)

    r = 8
    # Q1: respondent (three sub-rows)
    ws.merge_cells(f"A{r}:A{r + 2}")
    ws[f"A{r}"] = 1
    ws.merge_cells(f"B{r}:B{r + 2}")
    ws[f"B{r}"] = "回答者の情報"
    subs = [("氏名", "藤原 直樹"), ("所属", "事務部 情報管理課"), ("連絡先（電話番号）", "086-272-3311（内線305）")]
    for i, (lab, val) in enumerate(subs):
        ws[f"C{r + i}"] = lab
        ws.merge_cells(f"D{r + i}:E{r + i}")
        ws[f"D{r + i}"] = val
        ws[f"D{r + i}"].fill = ANS
    box(ws, f"A{r}:F{r + 2}")
    for i in range(3):
        ws[f"D{r + i}"].fill = ANS
    r += 3

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    def q(no, section, text, answer, note=None):
        nonlocal r
        ws[f"A{r}"] = no
        ws[f"B{r}"] = section
        ws[f"C{r}"] = text
        ws.merge_cells(f"D{r}:E{r}")
        if answer is not None:
            ws[f"D{r}"] = answer
        if note:
            ws[f"F{r}"] = note
        box(ws, f"A{r}:F{r}")
        ws[f"D{r}"].fill = ANS
        ws[f"D{r}"].alignment = CENTER
        ws[f"A{r}"].alignment = CENTER
        dv.add(f"D{r}")
        ws.row_dimensions[r].height = 36
        r += 1

    q(2, "バックアップ", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
    q(3, "バックアップ", "電子カルテシステムを使用しているか（「いいえ」の場合は設問7まで回答不要）", "はい")
    q(4, "バックアップ", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストを行っているか", "はい")
    q(5, "バックアップ", "バックアップデータは世代管理しているか", "はい", "日次・7世代")
    q(6, "バックアップ", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等"
                     "同時災害を回避する方法で管理しているか", "いいえ", "R7年度にオフライン保管を検討中")
    q(7, "バックアップ", "バックアップデータの漏洩対策（暗号化や秘密分散管理等）を講じているか", "はい")
    q(8, "VPN装置", "VPN装置（リモートゲートウェイ装置）が存在するか（「いいえ」の場合は以降の設問は回答不要）", "はい")

    # Q9 as a small table
    q9 = r
    ws[f"A{r}"] = 9
    ws[f"B{r}"] = "VPN装置"
    ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式：下表に1機種1行で記入）"
    ws.merge_cells(f"D{r}:F{r}")
    box(ws, f"A{r}:F{r}")
    r += 1
    ws[f"C{r}"] = "メーカー名"
    ws[f"D{r}"] = "型番"
    ws[f"E{r}"] = "台数"
    ws[f"F{r}"] = "用途（任意）"
    box(ws, f"C{r}:F{r}", fill=HEAD, align=CENTER)
    r += 1
    first = r
    vpn = [("シスコシステムズ", "ISR1100-4G", 1, "電子カルテ保守（ベンダ設置）"),
           ("ヤマハ", "RTX830", 2, "PACS・検査システム保守"),
           (None, None, None, None)]
    for mk, md, n, use in vpn:
        if mk:
            ws[f"C{r}"] = mk
            ws[f"D{r}"] = md
            ws[f"E{r}"] = n
            ws[f"F{r}"] = use
        box(ws, f"C{r}:F{r}")
        for c in "CDE":
            ws[f"{c}{r}"].fill = ANS
        r += 1
    ws[f"D{r}"] = "合計台数"
    ws[f"E{r}"] = f"=SUM(E{first}:E{r - 1})"
    box(ws, f"D{r}:E{r}")
    ws.merge_cells(f"A{q9}:A{r}")
    ws.merge_cells(f"B{q9}:B{r}")
    r += 1

    q(10, "VPN装置", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
      "はい")
    q(11, "VPN装置", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
    q(12, "VPN装置", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ")
    q(13, "緊急対応", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
    q(14, "体制", "(1) セキュリティ責任者を設置しているか", "はい")
    q(None, "体制", "(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報管理課長が兼務")
    ws.merge_cells(f"A{r - 2}:A{r - 1}")
    ws[f"A{r + 1}"] = "ご協力ありがとうございました。回答票は電子メールにてご提出ください。"
    ws.print_title_rows = "7:7"

    # 記入要領 sheet
    g = wb.create_sheet("記入要領")
    g.column_dimensions["A"].width = 8
    g.column_dimensions["B"].width = 110
    guide = [
        ("", "【記入要領】（厚生労働省「回答要領」より抜粋）"),
        ("1", "回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡する場合があります。"),
        ("2", "「医療情報システムの安全管理に関するガイドライン」及び同ガイドラインを基にしたチェックリスト、障害発生時の対応フローチャートを活用しているか。"),
        ("3", "診療録の記載・保存を電子カルテシステムで行っているか。使用していない場合は、7. まで回答不要です。"),
        ("4", "バックアップデータを作成し、診療に大きな支障がないよう復旧可能か定期的にテストを行っているか。"),
        ("5", "世代管理とは、最新のバックアップデータだけでなく、それ以前のデータも管理することです。"),
        ("6", "遠隔地のサーバに保管、世代ごとにオフラインで保存するなど、不測の事態に備えた保管方法をとっているか。"),
        ("7", "漏洩した場合でも解読できないような対策（暗号化や秘密分散管理等）を講じているか。"),
        ("8", "院内のサーバ室等を確認し、保守目的のVPN装置があるか。設置されていない場合は、以降の設問は回答不要です。"),
        ("9", "確認したVPN装置のメーカー名、型番、台数を全て記載してください。"),
        ("10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか。"),
        ("11", "アクセス元IPアドレスを保守業者等に制限しているか。"),
        ("12", "アクセスをログ等に記録し、定期的に（例えば年1回）分析・監査しているか。"),
        ("13", "緊急対応手順を整備し、医療情報システムの担当者と導入事業者が一体となって定期的に点検・訓練しているか。"),
        ("14", "セキュリティ責任者を職員として配置しているか。また、医療情報システムの責任者とは別に配置しているか。"),
    ]
    for i, (a, b) in enumerate(guide):
        g[f"A{i + 1}"] = a
        g[f"B{i + 1}"] = b
        g[f"B{i + 1}"].alignment = WRAP
    g["B1"].font = Font(bold=True)

    wb.active = 0
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
