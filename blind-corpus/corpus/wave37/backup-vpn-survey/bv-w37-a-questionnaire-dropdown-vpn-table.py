#!/usr/bin/python3
"""bv-w37-a: バックアップデータ及びリモートゲートウェイ装置に係る調査 — questionnaire layout
(No. | 設問 | 回答 | 補足) on one sheet, はい/いいえ drop-downs, Q1 as three sub-rows, Q9 as a second table
(メーカー名 / 型番 / 台数 with a SUM total saved without cached value), Q14 as two sub-rows.
Filled completely and correctly by a hospital's information-systems staff. No planted problem.
Run: /usr/bin/python3 bv-w37-a-questionnaire-dropdown-vpn-table.py"""
import os
import sys

sys.path.insert(0, "/tmp/bv_lds_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w37-a-questionnaire-dropdown-vpn-table"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FFF2CC")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def c(ws, ref, v, fill=None, bold=False, align=WRAP):
    x = ws[ref]
    x.value = v
    x.border = BOX
    x.alignment = align
    if fill:
        x.fill = fill
    if bold:
        x.font = Font(bold=True)
    return x


wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [7, 62, 16, 30, 4]):
    ws.column_dimensions[col].width = w

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = ("※回答要領を必ず確認のうえ、回答欄のプルダウンから「はい」「いいえ」を選択してください。"
            "技術的な事項はシステム設置事業者・保守事業者にも照会してください。")
ws["A3"] = ("※設問3で「いいえ」の場合は設問7まで回答不要、設問8で「いいえ」の場合は以降の設問は回答不要です。")
ws["A2"].alignment = ws["A3"].alignment = Alignment(wrap_text=False)
ws["A5"] = "医療機関名"
ws["B5"] = "社会医療法人 丸亀協立会 丸亀中央病院"
ws["C5"] = "作成日"
ws["D5"] = "=TODAY()"  # formula saved by openpyxl, no cached value
ws["D5"].number_format = "yyyy/m/d"
for ref in ("A5", "C5"):
    ws[ref].font = Font(bold=True)

for col, h in zip("ABCD", ["No.", "設問", "回答", "補足・備考"]):
    c(ws, f"{col}7", h, fill=HEAD, bold=True, align=CENTER)

r = 8
ws.merge_cells(f"A{r}:D{r}")
c(ws, f"A{r}", "【電子カルテシステムのバックアップに係る質問関係】", fill=SEC, bold=True)
r += 1

rows = [
    ("1-1", "回答者の情報：氏名", "宮武 亮", "text"),
    ("1-2", "回答者の情報：所属", "事務部 医療情報管理室", "text"),
    ("1-3", "回答者の情報：連絡先", "0877-46-2215", "text"),
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "yn"),
    ("3", "電子カルテシステムを使用しているか", "はい", "yn"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "yn"),
    ("5", "バックアップデータは世代管理しているか", "はい", "yn"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "いいえ", "yn"),
    ("7", "バックアップデータの漏洩対策を講じているか", "はい", "yn"),
]
yn_cells = []
remarks = {"5": "日次バックアップ 7世代", "6": "サーバ室内のNASのみ。遠隔保管を検討中", "7": "NAS暗号化（AES256）"}
for no, q, a, kind in rows:
    c(ws, f"A{r}", no, align=CENTER)
    c(ws, f"B{r}", q)
    c(ws, f"C{r}", a, fill=ANS, align=CENTER if kind == "yn" else WRAP)
    c(ws, f"D{r}", remarks.get(no))
    if kind == "yn":
        yn_cells.append(f"C{r}")
    r += 1

ws.merge_cells(f"A{r}:D{r}")
c(ws, f"A{r}", "【リモートゲートウェイ装置（VPN装置）に係る質問関係】　※院内のサーバ室等を確認のうえ回答してください",
  fill=SEC, bold=True)
r += 1
c(ws, f"A{r}", "8", align=CENTER)
c(ws, f"B{r}", "VPN装置が存在するか")
c(ws, f"C{r}", "はい", fill=ANS, align=CENTER)
c(ws, f"D{r}", None)
yn_cells.append(f"C{r}")
r += 1
c(ws, f"A{r}", "9", align=CENTER)
ws.merge_cells(f"B{r}:D{r}")
c(ws, f"B{r}", "VPN装置のメーカー名、型番、台数を全て記載すること（下表に1機種1行で記入。行が足りない場合は追加してください）")
r += 1
q9_head = r
for col, h in zip("BCD", ["メーカー名", "型番", "台数"]):
    c(ws, f"{col}{r}", h, fill=HEAD, bold=True, align=CENTER)
c(ws, f"A{r}", None)
r += 1
vpn = [("フォーティネット", "FortiGate 60F", 1), ("ヤマハ", "RTX1220", 2), ("NEC", "UNIVERGE IX2106", 1)]
first = r
for k in range(5):
    c(ws, f"A{r}", f"9-{k + 1}", align=CENTER)
    m, mo, n = vpn[k] if k < len(vpn) else (None, None, None)
    c(ws, f"B{r}", m, fill=ANS)
    c(ws, f"C{r}", mo, fill=ANS)
    c(ws, f"D{r}", n, fill=ANS, align=CENTER)
    r += 1
c(ws, f"A{r}", None)
c(ws, f"B{r}", None)
c(ws, f"C{r}", "合計台数", bold=True, align=CENTER)
c(ws, f"D{r}", f"=SUM(D{first}:D{r - 1})", align=CENTER)  # no cached value
r += 1

rows2 = [
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい",
     "保守業者が四半期ごとに確認"),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは取得しているが定期的な分析は未実施"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", None),
    ("14-1", "セキュリティ責任者を設置しているか", "はい", None),
    ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報管理室長が兼務"),
]
for no, q, a, rem in rows2:
    c(ws, f"A{r}", no, align=CENTER)
    c(ws, f"B{r}", q)
    c(ws, f"C{r}", a, fill=ANS, align=CENTER)
    c(ws, f"D{r}", rem)
    yn_cells.append(f"C{r}")
    r += 1

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for ref in yn_cells:
    dv.add(ref)
for rr in range(8, r):
    ws.row_dimensions[rr].height = 30
ws.print_title_rows = "7:7"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out, "q9 header row", q9_head)
