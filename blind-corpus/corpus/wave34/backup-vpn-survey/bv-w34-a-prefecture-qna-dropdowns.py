# Generator for bv-w34-a-prefecture-qna-dropdowns.xlsx
# Role: prefecture office (医療政策課) drew a one-sheet questionnaire No.|設問|回答|備考 with はい/いいえ
# dropdowns fed from a hidden list sheet, Q9 as a small maker/model/count table with a SUM total
# (openpyxl formula, no cached value). A hospital's IT clerk filled it in completely.
import sys, os
sys.path.insert(0, "/tmp/bv_lds_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, PatternFill, Font
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave34/backup-vpn-survey"
NAME = "bv-w34-a-prefecture-qna-dropdowns"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="D9E1F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

for c, w in zip("ABCDEF", [7, 58, 20, 18, 8, 28]):
    ws.column_dimensions[c].width = w
ws.merge_cells("A1:F1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "千葉県健康福祉部医療整備課"
ws["A3"] = "医療機関名："
ws["B3"] = "社会医療法人 海星会 海星総合病院"
ws.merge_cells("A4:F4")
ws["A4"] = ("※回答はプルダウンから「はい」「いいえ」を選択してください。設問3で「いいえ」の場合は設問7まで、"
            "設問8で「いいえ」の場合は以降の設問は回答不要です。")
ws["A4"].alignment = wrap
ws.row_dimensions[4].height = 30

hdr = ["No.", "設問", "回答", "", "", "備考"]
ws.merge_cells("C6:E6")
for c, h in zip("ABCDEF", hdr):
    if h:
        ws[f"{c}6"] = h
for c in "ABCDEF":
    ws[f"{c}6"].fill = HDR; ws[f"{c}6"].border = B; ws[f"{c}6"].alignment = center

r = 7
def qrow(no, text, ans, note=None, height=30):
    global r
    ws[f"A{r}"] = no; ws[f"B{r}"] = text
    ws.merge_cells(f"C{r}:E{r}")
    ws[f"C{r}"] = ans
    ws[f"F{r}"] = note
    for c in "ABCDEF":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = center if c in "AC" else wrap
    ws[f"C{r}"].fill = ANS
    ws.row_dimensions[r].height = height
    r += 1
    return r - 1

# Q1 (3 sub rows)
ws.merge_cells("A7:A9")
q1 = [("回答者の情報　氏名", "渡辺 恵子"), ("回答者の情報　所属", "経営企画部 情報システム課"),
      ("回答者の情報　連絡先", "043-227-4410（直通）\nwatanabe-k@kaisei-sogo.jp")]
for i, (t, v) in enumerate(q1):
    rr = 7 + i
    ws[f"B{rr}"] = t
    ws.merge_cells(f"C{rr}:E{rr}")
    ws[f"C{rr}"] = v
    for c in "ABCDEF":
        ws[f"{c}{rr}"].border = B; ws[f"{c}{rr}"].alignment = wrap
    ws[f"C{rr}"].fill = ANS
ws["A7"] = "Q1"; ws["A7"].alignment = center
ws.row_dimensions[9].height = 32
r = 10
yn_cells = []
yn_cells.append(qrow("Q2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"))
yn_cells.append(qrow("Q3", "電子カルテシステムを使用しているか", "はい"))
yn_cells.append(qrow("Q4", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい"))
yn_cells.append(qrow("Q5", "バックアップデータは世代管理しているか", "はい", "日次・7世代"))
yn_cells.append(qrow("Q6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ", "院内サーバ室のNASのみ。遠隔保管は検討中", 44))
yn_cells.append(qrow("Q7", "バックアップデータの漏洩対策（暗号化等）を講じているか", "はい"))
yn_cells.append(qrow("Q8", "VPN装置（リモートゲートウェイ装置）が存在するか", "はい"))

# Q9 table
q9 = r
ws.merge_cells(f"A{q9}:A{q9+4}")
ws.merge_cells(f"B{q9}:B{q9+4}")
ws[f"A{q9}"] = "Q9"; ws[f"A{q9}"].alignment = center
ws[f"B{q9}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（行が足りない場合は追加してください）"
ws[f"B{q9}"].alignment = wrap
ws[f"C{q9}"] = "メーカー名"; ws[f"D{q9}"] = "型番"; ws[f"E{q9}"] = "台数"
for c in "CDE":
    ws[f"{c}{q9}"].fill = HDR; ws[f"{c}{q9}"].alignment = center
devs = [("Fortinet", "FortiGate 60F", 1), ("ヤマハ", "RTX1210", 2), (None, None, None)]
for i, (m, mo, n) in enumerate(devs):
    rr = q9 + 1 + i
    ws[f"C{rr}"] = m; ws[f"D{rr}"] = mo; ws[f"E{rr}"] = n
    for c in "CDE":
        ws[f"{c}{rr}"].fill = ANS
ws[f"D{q9+4}"] = "合計"
ws[f"E{q9+4}"] = f"=SUM(E{q9+1}:E{q9+3})"
ws[f"F{q9+1}"] = "RTX1210は電子カルテ保守用と検査システム保守用"
for rr in range(q9, q9 + 5):
    for c in "ABCDEF":
        ws[f"{c}{rr}"].border = B
r = q9 + 5
yn_cells.append(qrow("Q10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"))
yn_cells.append(qrow("Q11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"))
yn_cells.append(qrow("Q12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは取得しているが定期的な分析は未実施"))
yn_cells.append(qrow("Q13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"))
yn_cells.append(qrow("Q14-1", "セキュリティ責任者を設置しているか", "はい"))
yn_cells.append(qrow("Q14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ"))

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for rr in yn_cells:
    dv.add(f"C{rr}")
ws[f"A{r+1}"] = "ご協力ありがとうございました。回答票は県医療整備課あてメールにてご提出ください。"
ws.print_area = f"A1:F{r+1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("written; Q9 header row", q9)
