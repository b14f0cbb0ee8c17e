#!/usr/bin/python3
# Generator for bv-w14-a-mark-columns-example.xlsx (backup-vpn-survey, clean: no planted problem)
# Role: prefecture 医療政策課 staff who turned the MHLW 回答要領 into a printable 回答票 (No. | 設問 | はい | いいえ,
# answers marked with ○), with a separate, clearly labelled 記入例 sheet and a 回答要領 sheet; then filled by a
# hospital's 情報システム課 and re-saved with LibreOffice.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUTDIR = "/work/blind/wave14/backup-vpn-survey"
NAME = "bv-w14-a-mark-columns-example.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
SEC = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

QUESTIONS = {
    2: "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
    3: "電子カルテシステムを使用しているか",
    4: "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか",
    5: "バックアップデータは世代管理しているか",
    6: "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
    7: "バックアップデータの漏洩対策を講じているか",
    8: "VPN装置（リモートゲートウェイ装置）が存在するか",
    10: "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
    11: "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか",
    12: "VPN装置へのアクセス記録を定期的に分析・監査しているか",
    13: "詳細な緊急対応手順を整備し、定期的に訓練しているか",
}


def draw(ws, d, example=False):
    ws.sheet_view.showGridLines = False
    for col, w in zip("ABCDEF", [6, 40, 22, 9, 9, 22]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = ("【記入例】" if example else "") + "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
    ws["A1"].font = Font(bold=True, size=13, color="C00000" if example else "000000")
    ws["A1"].alignment = WRAP
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:D2")
    ws["A2"] = "医療機関名：" + d["hospital"]
    ws.merge_cells("E2:F2")
    ws["E2"] = "回答日：" + d["date"]
    ws.merge_cells("A3:F3")
    ws["A3"] = ("※該当する欄に「○」を記入してください。設問3で「いいえ」の場合は設問7まで回答不要、"
                "設問8で「いいえ」の場合は以降の設問は回答不要です。")
    ws["A3"].font = Font(size=9)
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 28
    for i, h in enumerate(["No.", "設問", "", "はい", "いいえ", "備考"]):
        ws.cell(5, 1 + i, h)
    ws.merge_cells("B5:C5")
    for c in range(1, 7):
        ws.cell(5, c).fill = HEAD
        ws.cell(5, c).alignment = CEN
        ws.cell(5, c).border = BOX
        ws.cell(5, c).font = Font(bold=True)

    def section(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, text).fill = SEC
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, 7):
            ws.cell(r, c).border = BOX

    section(6, "【電子カルテシステムのバックアップに係る質問関係】")
    # Q1
    ws.merge_cells("A7:A9")
    ws["A7"] = 1
    ws.merge_cells("B7:B9")
    ws["B7"] = "回答者の情報\n（後日、厚生労働省より連絡させていただく可能性があります）"
    for i, (lab, key) in enumerate([("氏名", "name"), ("所属", "dept"), ("連絡先", "contact")]):
        r = 7 + i
        ws.cell(r, 3, lab).fill = HEAD
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.cell(r, 4, d[key])
    row = 10

    def yn(r, no, text, ans, remark=None):
        ws.cell(r, 1, no)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, text)
        ws.cell(r, 4, "○" if ans == "はい" else None)
        ws.cell(r, 5, "○" if ans == "いいえ" else None)
        ws.cell(r, 6, remark)
        ws.row_dimensions[r].height = 32

    for q in range(2, 8):
        yn(row, q, QUESTIONS[q], d["q"][q])
        row += 1
    section(row, "【リモートゲートウェイ装置に係る質問関係】（院内のサーバ室等を確認のうえ回答）")
    row += 1
    yn(row, 8, QUESTIONS[8], d["q"][8])
    row += 1
    # Q9 as a small table
    q9 = row
    ws.merge_cells(start_row=q9, start_column=1, end_row=q9 + 3, end_column=1)
    ws.cell(q9, 1, 9)
    ws.merge_cells(start_row=q9, start_column=2, end_row=q9 + 3, end_column=2)
    ws.cell(q9, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
    ws.cell(q9, 3, "メーカー名").fill = HEAD
    ws.merge_cells(start_row=q9, start_column=4, end_row=q9, end_column=5)
    ws.cell(q9, 4, "型番").fill = HEAD
    ws.cell(q9, 6, "台数").fill = HEAD
    for i in range(3):
        r = q9 + 1 + i
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        if i < len(d["vpn"]):
            mk, md, n = d["vpn"][i]
            ws.cell(r, 3, mk)
            ws.cell(r, 4, md)
            ws.cell(r, 6, n).number_format = '0"台"'
    row = q9 + 4
    for q in range(10, 14):
        yn(row, q, QUESTIONS[q], d["q"][q])
        row += 1
    # Q14, two answers
    ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
    ws.cell(row, 1, 14)
    ws.merge_cells(start_row=row, start_column=2, end_row=row + 1, end_column=2)
    ws.cell(row, 2, "セキュリティ責任者を設置しているか")
    ws.cell(row, 3, "(1) セキュリティ責任者を職員として配置している")
    ws.cell(row + 1, 3, "(2) 医療情報システムの責任者とは別に配置している")
    for k, key in enumerate(("14a", "14b")):
        ws.cell(row + k, 4, "○" if d["q"][key] == "はい" else None)
        ws.cell(row + k, 5, "○" if d["q"][key] == "いいえ" else None)
        ws.row_dimensions[row + k].height = 32
    last = row + 1
    for r in range(7, last + 1):
        for c in range(1, 7):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = CEN if c in (1, 4, 5) else WRAP
    ws.print_area = f"A1:F{last}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    return last


wb = Workbook()
ans = wb.active
ans.title = "回答票"
real = {
    "hospital": "社会福祉法人 恵和会 やまびこ病院",
    "date": "令和6年6月14日",
    "name": "谷口 直樹", "dept": "事務部 情報システム課", "contact": "0857-22-1234（内線305）",
    "q": {2: "はい", 3: "はい", 4: "はい", 5: "はい", 6: "いいえ", 7: "はい", 8: "はい",
          10: "はい", 11: "はい", 12: "いいえ", 13: "いいえ", "14a": "はい", "14b": "いいえ"},
    "vpn": [("ヤマハ", "RTX1220", 1), ("Fortinet", "FortiGate-60F", 2)],
}
last = draw(ans, real)
ans.cell(last + 2, 1, "※記入例シートは参考です（提出時に削除不要）。")
ans.cell(last + 2, 1).font = Font(size=9)

ex = wb.create_sheet("記入例")
sample = {
    "hospital": "○○病院",
    "date": "令和6年○月○日",
    "name": "厚労 花子", "dept": "事務部 医療情報課", "contact": "03-XXXX-XXXX",
    "q": {2: "はい", 3: "はい", 4: "はい", 5: "はい", 6: "はい", 7: "はい", 8: "はい",
          10: "はい", 11: "はい", 12: "はい", 13: "はい", "14a": "はい", "14b": "はい"},
    "vpn": [("○○社", "XX-1000", 1)],
}
draw(ex, sample, example=True)
ex.sheet_properties.tabColor = "C00000"

guide = wb.create_sheet("回答要領")
guide.column_dimensions["A"].width = 120
lines = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査に係る回答要領（抜粋）",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・設問3：電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "・設問5：世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "・設問8：VPN装置が設置されていない場合は、以降の設問は回答不要となります。",
    "・設問9：VPN装置のメーカー名、型番、台数を全て記載してください。（記述方式）",
    "・設問14：セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for i, t in enumerate(lines):
    guide.cell(1 + i, 1, t).alignment = WRAP
guide["A1"].font = Font(bold=True)

tmp = tempfile.mkdtemp(prefix="bv_a_")
src = os.path.join(tmp, NAME)
wb.save(src)
outd = os.path.join(tmp, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copyfile(os.path.join(outd, NAME), os.path.join(OUTDIR, NAME))
shutil.rmtree(tmp)
print("saved", os.path.join(OUTDIR, NAME))
