#!/usr/bin/python3
"""Generator for bv-w30-a-questionnaire-dropdown-device-table.xlsx (blind wave 30, form backup-vpn-survey).

A prefecture office's Excel version of the MHLW survey: one 回答様式 sheet in questionnaire layout
(No. | 設問 | 回答 | 備考), はい/いいえ drop-downs fed from a hidden 選択肢 sheet, Q1 split in three rows,
Q9 as a small メーカー名/型番/台数 table with a =SUM total (openpyxl: no cached value), Q14 in two rows,
plus a 記入要領 sheet. Filled completely and correctly (no planted problem).
"""
import os
import sys

sys.path.insert(0, "/tmp/bvlds_py")
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w30-a-questionnaire-dropdown-device-table"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
SEC = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "回答様式"
    for col, w in zip("ABCD", [7, 62, 24, 30]):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:D1")
    ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答様式"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 32
    ws.merge_cells("A2:D2")
    ws["A2"] = ("※回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。"
                "問3で「いいえ」の場合は問4～問7、問8で「いいえ」の場合は問9以降の回答は不要です。"
                "記入方法は「記入要領」シートをご確認ください。")
    ws["A2"].alignment = WRAP
    ws["A2"].font = Font(size=9)
    ws.row_dimensions[2].height = 40
    ws["A4"] = "医療機関名"
    ws["A4"].fill = HEAD
    ws.merge_cells("A4:B4")
    ws["C4"] = "一般財団法人吉備医療会 吉備中央病院"
    ws.merge_cells("C4:D4")
    for row in ws["A4:D4"]:
        for c in row:
            c.border = BOX

    for j, t in enumerate(["No.", "設問", "回答", "備考"], start=1):
        c = ws.cell(6, j, t)
        c.fill = HEAD
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BOX

    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True,
                        showErrorMessage=True, errorTitle="入力エラー", error="はい・いいえから選択してください")
    ws.add_data_validation(dv)

    r = 7
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "【電子カルテシステムのバックアップに係る質問関係】").fill = SEC
    r += 1
    # Q1 in three rows
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    ws.cell(r, 1, 1).alignment = CENTER
    q1 = [("回答者の情報　氏名", "岡田 真由美"), ("回答者の情報　所属", "総務課 情報システム係"),
          ("回答者の情報　連絡先", "086-245-3381（内線212）")]
    for i, (q, a) in enumerate(q1):
        ws.cell(r + i, 2, q)
        ws.cell(r + i, 3, a).fill = ANS
    ws.cell(r, 4, "後日、厚生労働省より確認の連絡をする場合があります")
    ws.merge_cells(start_row=r, start_column=4, end_row=r + 2, end_column=4)
    ws.cell(r, 4).alignment = WRAP
    r += 3

    yn = [
        (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None),
        (3, "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合、問7まで回答不要"),
        (4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", None),
        (5, "バックアップデータは世代管理しているか", "はい", None),
        (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
         "いいえ", "現在は院内サーバ室のNASのみ。遠隔保管を検討中"),
        (7, "バックアップデータの漏洩対策を講じているか", "はい", None),
    ]
    for no, q, a, note in yn:
        ws.cell(r, 1, no).alignment = CENTER
        ws.cell(r, 2, q).alignment = WRAP
        c = ws.cell(r, 3, a)
        c.fill = ANS
        c.alignment = CENTER
        dv.add(c.coordinate)
        if note:
            ws.cell(r, 4, note).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1

    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "【リモートゲートウェイ装置（VPN装置）に係る質問関係】").fill = SEC
    r += 1
    ws.cell(r, 1, 8).alignment = CENTER
    ws.cell(r, 2, "VPN装置が存在するか").alignment = WRAP
    c = ws.cell(r, 3, "はい")
    c.fill = ANS
    c.alignment = CENTER
    dv.add(c.coordinate)
    ws.cell(r, 4, "「いいえ」の場合、以降の設問は回答不要")
    r += 1

    # Q9 as a device table
    q9_top = r
    ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 1
    for j, t in zip((2, 3, 4), ("メーカー名", "型番", "台数")):
        c = ws.cell(r, j, t)
        c.fill = HEAD
        c.alignment = CENTER
    r += 1
    devs = [("FORTINET", "FortiGate 40F", 1), ("ヤマハ", "RTX1300", 2), ("シスコシステムズ", "C1111-4P", "1")]
    first_dev = r
    for mk, md, n in devs:
        ws.cell(r, 2, mk).fill = ANS
        ws.cell(r, 3, md).fill = ANS
        ws.cell(r, 4, n).fill = ANS
        r += 1
    ws.cell(r, 2, "（行が足りない場合は挿入してください）").font = Font(size=8, color="808080")
    ws.cell(r, 3, "合計台数")
    ws.cell(r, 4, f"=SUM(D{first_dev}:D{r - 1})")
    ws.merge_cells(start_row=q9_top, start_column=1, end_row=r, end_column=1)
    ws.cell(q9_top, 1, 9).alignment = CENTER
    r += 1

    yn2 = [
        (10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", None),
        (11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None),
        (12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは保守業者が保管。院内での分析は未実施"),
        (13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", None),
        ("14-1", "セキュリティ責任者を設置しているか", "はい", None),
        ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報システム責任者（情報システム係長）が兼務"),
    ]
    for no, q, a, note in yn2:
        ws.cell(r, 1, no).alignment = CENTER
        ws.cell(r, 2, q).alignment = WRAP
        c = ws.cell(r, 3, a)
        c.fill = ANS
        c.alignment = CENTER
        dv.add(c.coordinate)
        if note:
            ws.cell(r, 4, note).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
    for row in ws[f"A6:D{r - 1}"]:
        for c in row:
            c.border = BOX
    ws.print_area = f"A1:D{r - 1}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    # 記入要領
    wg = wb.create_sheet("記入要領")
    wg.column_dimensions["A"].width = 8
    wg.column_dimensions["B"].width = 100
    wg["A1"] = "回答要領（抜粋）"
    wg["A1"].font = Font(bold=True, size=12)
    guide = [
        ("1", "回答者の氏名、所属、連絡先を記載してください。後日内容の確認のため、厚生労働省より回答者に対し連絡をさせていただく可能性があります。"),
        ("2", "厚生労働省が定めている医療情報システムの安全管理に関するガイドライン、同ガイドラインを基にしたチェックリスト等を活用しているか回答を選択してください。"),
        ("3", "診療録の記載・保存を電子カルテシステムで行っているか回答を選択してください。使用していない場合は、7. まで回答不要となります。"),
        ("4", "バックアップデータを作成し、復旧が可能となるように定期的にテストを行っているか回答を選択してください。"),
        ("5", "世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。"),
        ("6", "遠隔地のサーバに保管、世代ごとにオフラインで保存するなど、不測の事態に備えた保管方法をとっているか回答を選択してください。"),
        ("7", "暗号化や秘密分散管理等、漏洩しても解読できないような対策を講じているか回答を選択してください。"),
        ("8", "システム設置業者や保守業者などに照会し、VPN装置が設置されているか回答を選択してください。設置されていない場合は、以降の設問は回答不要となります。"),
        ("9", "確認したVPN装置のメーカー名、型番、台数を全て記載してください。"),
        ("10", "NISCや厚生労働省の情報を基に、VPN装置のアップデートを適切に行っているか回答を選択してください。"),
        ("11", "VPN装置へのアクセス元IPアドレスを制限しているか、保守事業者等に照会し回答を選択してください。"),
        ("12", "VPN装置へのアクセスをログ等に記録し、定期的に（例えば年1回）分析・監査をしているか回答を選択してください。"),
        ("13", "緊急対応手順を整備し、医療情報システムの担当者と導入事業者が一体となって定期的に点検・訓練しているか回答を選択してください。"),
        ("14", "セキュリティ責任者を職員として配置しているか。また、医療情報システムの責任者とは別に配置しているか。回答を選択してください。"),
    ]
    for i, (n, t) in enumerate(guide):
        wg.cell(3 + i, 1, n)
        wg.cell(3 + i, 2, t).alignment = WRAP

    # hidden list sheet
    wl = wb.create_sheet("選択肢")
    wl["A1"] = "はい"
    wl["A2"] = "いいえ"
    wl.sheet_state = "hidden"

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    print("saved", out)


if __name__ == "__main__":
    main()
