#!/usr/bin/env python3
"""Generator for lds-w45-a-official-multisheet-dropdowns.xlsx

Role: the hospital's 情報システム担当 filling the secretariat's 別紙2-1 as distributed:
one sheet per section with the official sheet names, two-row headers, 記入例 rows,
drop-down lists fed from a hidden list sheet, a pasted floor plan and an (empty,
提出不要) password list. Saved by openpyxl; callout cells are formulas without cached values.

Run:  PYTHONPATH=<dir with openpyxl+Pillow> /usr/bin/python3 THIS.py
"""
import io
import os

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w45-a-official-multisheet-dropdowns"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------------------------------------------------------- hidden list sheet
lst = wb.active
lst.title = "リスト"
lists = {
    "A": ["同意する", "同意しない"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["電子カルテ", "医事", "オンライン資格確認", "PACS", "検査", "放射線", "薬剤", "リモート保守", "その他"],
    "E": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "F": ["固定IP", "動的IP"],
    "G": ["確認済み", "入力不要"],
    "H": ["単体", "仮想デスクトップ"],
    "I": ["接続あり", "接続なし"],
}
for col, items in lists.items():
    for i, v in enumerate(items, start=1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"


def dv(ws, col_letter_in_list, n, rng):
    d = DataValidation(type="list", formula1=f"=リスト!${col_letter_in_list}$1:${col_letter_in_list}${n}",
                       allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(d)
    d.add(rng)


# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート", 0)
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGH", [22, 16, 18, 12, 34, 8, 40, 4]):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "※黄色の欄はすべてご記入ください。プルダウンのある欄はリストから選択してください。"

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:F4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
box(ws, "A4:G4")
ws["A4"].fill = HEAD
ws["G4"].fill = REQ
ws.row_dimensions[4].height = 36
dv(ws, "A", 2, "G4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:E7")
ws["B7"] = "社会医療法人 瀬戸内会 屋島中央病院"
ws["F7"] = "(かな)"
ws["G7"] = "しゃかいいりょうほうじん せとうちかい やしまちゅうおうびょういん"
ws.merge_cells("A8:A9")
ws["A8"] = "住所"
ws["B8"] = "〒"
ws["C8"] = "761-0113"
ws["D8"] = "住所"
ws["E8"] = "香川県高松市屋島西町2456番地1"
ws["F8"] = "(かな)"
ws["G8"] = "かがわけんたかまつしやしまにしまち2456ばんち1"
ws["D9"] = "ビル名"
ws["E9"] = "屋島中央病院 本館"
ws["F9"] = "(かな)"
ws["G9"] = "やしまちゅうおうびょういん ほんかん"
ws["A10"] = "病床数"
ws["B10"] = 199
ws["C10"] = "床"
box(ws, "A7:G10")
for c in ("A7", "A8", "A10", "B8", "D8", "D9", "F7", "F8", "F9"):
    ws[c].fill = HEAD
for c in ("B7", "G7", "C8", "E8", "G8", "E9", "G9", "B10"):
    ws[c].fill = REQ

ws["A12"] = "■担当者情報（4名まで記入できます）"
ws["A12"].font = Font(bold=True)
for col, h in zip("ABCDE", ["", "所属・役職", "担当者名", "連絡先（電話番号）", "連絡先（メールアドレス）"]):
    ws[f"{col}13"] = h
contacts = [
    ("担当者1", "医療情報管理室 室長", "三好 健太", "087-841-2210", "miyoshi.k@yashima-chuo.example.jp"),
    ("担当者2", "医療情報管理室 主任", "大西 さやか", "087-841-2211", "onishi.s@yashima-chuo.example.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for i, row in enumerate(contacts, start=14):
    for col, v in zip("ABCDE", row):
        if v is not None:
            ws[f"{col}{i}"] = v
box(ws, "A13:E17")
box(ws, "A13:E13", fill=HEAD, align=CENTER)
for r in range(14, 18):
    ws[f"A{r}"].fill = HEAD

ws["A19"] = "■申込内容の確認"
ws["A19"].font = Font(bold=True)
ws["A20"] = "記入内容に不備がないことを確認のうえ、担当者の署名をフルネームでご記入ください。"
ws.merge_cells("A21:B21")
ws["A21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("C21:E21")
ws["C21"] = "三好 健太"
box(ws, "A21:E21")
ws["A21"].fill = HEAD
ws["C21"].fill = REQ

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート", 1)
ws.sheet_view.showGridLines = False
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = ("(*)は必須項目です。電子カルテシステムに接続する回線を1回線につき1行でご記入ください"
            "（音声回線は対象外）。記入例の行は編集しないでください。")

groups = [  # (first col, last col, group label or None)
    ("B", "C", "調査希望"),
    ("F", "G", "回線情報"),
    ("H", "K", "回線と紐付くグローバルIPアドレス"),
    ("L", "M", "脆弱性診断当日記入欄"),
    ("O", "P", "プロバイダ情報"),
    ("Q", "S", "回線事業者情報"),
    ("T", "T", "回線終端装置(ONU/モデム)情報"),
    ("U", "W", "接続機器(ルータ/UTM/FW)情報"),
]
sub = {
    "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "F": "回線の種類", "G": "回線名",
    "H": "通信形態 (*)", "I": "グローバルIP利用 (*)", "J": "固定IP/動的IP (*)", "K": "グローバルIPアドレス (*)",
    "L": "グローバルIP確認", "M": "グローバルIPアドレス",
    "O": "プロバイダ名", "P": "プロバイダ品目",
    "Q": "回線事業者", "R": "回線サービス名", "S": "回線ID",
    "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
single = {"D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)", "N": "FQDN"}
for first, last, label in groups:
    ws[f"{first}4"] = label
    if first != last:
        ws.merge_cells(f"{first}4:{last}4")
for col, label in sub.items():
    ws[f"{col}5"] = label
for col, label in single.items():
    ws[f"{col}4"] = label
    ws.merge_cells(f"{col}4:{col}5")
ws.merge_cells("A4:A5")
widths = dict(A=8, B=14, C=14, D=18, E=18, F=12, G=16, H=16, I=11, J=11, K=17, L=12, M=17, N=24,
              O=12, P=24, Q=12, R=24, S=16, T=28, U=12, V=14, W=16)
for col, w in widths.items():
    ws.column_dimensions[col].width = w
ws.row_dimensions[4].height = 30
ws.row_dimensions[5].height = 45

line_cols = list("BCDEFGHIJKLMNOPQRSTUVW")
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ保守回線", "インターネットVPN",
           "あり", "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本",
           "Bフレッツサービス", "NTT東日本", "フレッツ 光ネクスト", "CAF0000000000",
           "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XX-1000", "Ver.1.0.0"]
lines = [
    ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ リモート保守回線",
     "インターネットVPN", "あり", "固定IP", "118.238.45.17", "入力不要", None, "emr-vpn.yashima-chuo.example.jp",
     "OCN", "OCN光 IPoE 固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2102345678",
     "本館 3F サーバー室 1番ラック 上段", "ヤマハ", "RTX1300", "Rev.23.00.08"],
    ["調査希望あり", "調査希望なし", "あり", "オンライン資格確認", "光回線", "オン資 閉域網回線",
     "閉域網", "なし", None, None, "入力不要", None, None,
     None, None, "NTT西日本", "フレッツ 光ネクスト", "CAF2109876541",
     "本館 1F 医事課 事務室奥 ラック", "富士通", "Si-R G121", "V20.57"],
    ["調査希望なし", "調査希望あり", "あり", "PACS", "光回線", "画像保守回線",
     "インターネット", "あり", "動的IP", None, "確認済み", "61.205.112.34", None,
     "So-net", "So-net 光 プラス", "NTT西日本", "フレッツ光クロス", "CAF2105550123",
     "本館 B1F 放射線科 機械室", "NEC", "UNIVERGE IX2215", "10.2.16"],
]
ws["A6"] = "記入例"
for col, v in zip(line_cols, example):
    ws[f"{col}6"] = v
for i, vals in enumerate(lines):
    r = 7 + i
    ws[f"A{r}"] = f"回線{i + 1}"
    for col, v in zip(line_cols, vals):
        if v is not None:
            ws[f"{col}{r}"] = v
ws["A10"] = "回線4"
ws["A11"] = "回線5"
box(ws, "A4:W11")
box(ws, "A4:W5", fill=HEAD, align=CENTER, bold=True)
box(ws, "A6:W6", fill=EX)
for r in range(7, 12):
    ws[f"A{r}"].fill = HEAD
ws.freeze_panes = "B6"
dv(ws, "B", 2, "B7:C11")
dv(ws, "C", 2, "D7:D11")
dv(ws, "D", 9, "E7:E11")
dv(ws, "E", 5, "H7:H11")
dv(ws, "C", 2, "I7:I11")
dv(ws, "F", 2, "J7:J11")
dv(ws, "G", 2, "L7:L11")

ws["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A14"].font = Font(bold=True)
port_head = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
port_cols = list("ABCDEFGH")
for col, h in zip(port_cols, port_head):
    ws[f"{col}15"] = h
ports = [
    ["回線1", "ヤマハ RTX1300", "LAN1", "電子カルテサーバ", "192.168.10.5", 443, "HTTPS", "接続あり"],
    ["回線1", "ヤマハ RTX1300", "LAN2", "保守用端末", "192.168.10.250", 3389, "RDP", "接続あり"],
    ["回線2", "富士通 Si-R G121", "LAN1", "オン資端末", "192.168.40.21", 443, "HTTPS", "接続あり"],
    ["回線3", "NEC UNIVERGE IX2215", "GE1", "PACSサーバ", "192.168.30.10", 104, "DICOM", "接続あり"],
]
for i, vals in enumerate(ports):
    for col, v in zip(port_cols, vals):
        ws[f"{col}{16 + i}"] = v
box(ws, "A15:H19")
box(ws, "A15:H15", fill=HEAD, align=CENTER, bold=True)
dv(ws, "I", 2, "H16:H25")

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート", 2)
ws.sheet_view.showGridLines = False
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = ("電子カルテシステムと接続のある端末を5台ご記入ください（電子カルテ端末から1台、"
            "その他主要な部門システムから1台ずつを推奨）。")
for col, w in zip("ABCDEFGHIJ", [8, 14, 16, 18, 20, 24, 18, 20, 24, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("A4:A5")
ws["A4"] = "No."
ws.merge_cells("B4:B5")
ws["B4"] = "システム種別 (*)"
ws.merge_cells("C4:C5")
ws["C4"] = "シングル利用 (*)"
ws.merge_cells("D4:F4")
ws["D4"] = "シンクラ端末/FAT端末"
ws["D5"] = "端末ホスト名 (*)"
ws["E5"] = "IPアドレス (*)"
ws["F5"] = "設置場所 (*)"
ws.merge_cells("G4:H4")
ws["G4"] = "仮想デスクトップ"
ws["G5"] = "端末ホスト名"
ws["H5"] = "IPアドレス"
ws.merge_cells("I4:I5")
ws["I4"] = "セキュリティ対策製品"
ws.merge_cells("J4:J5")
ws["J4"] = "備考"
term_cols = list("BCDEFGHIJ")
ws["A6"] = "記入例"
for col, v in zip(term_cols, ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None,
                              "Microsoft Defender", "端末操作可能時間：12:00-13:00"]):
    if v is not None:
        ws[f"{col}6"] = v
terminals = [
    ["電子カルテ", "単体", "YC-EMR-PC015", "192.168.10.115/24", "本館 2F 外来受付", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["医事会計", "単体", "YC-IJI-PC003", "192.168.40.103/24", "本館 1F 医事課", None, None,
     "Trend Micro Apex One", "月末・月初（レセプト期間）は操作不可"],
    ["PACS", "単体", "YC-RAD-WS02", "192.168.30.52/24", "本館 B1F 放射線科 読影室", None, None,
     "ESET Endpoint Security", None],
    ["検査", "単体", "YC-LAB-PC01", "192.168.50.11/24", "本館 2F 検査科", None, None,
     "Microsoft Defender", "端末操作可能時間：14:00-16:00"],
    ["電子カルテ", "仮想デスクトップ", "YC-TC-0231", "192.168.20.31/24", "東館 3F ナースステーション",
     "VDI-EMR-031", "172.16.5.31/24", "Trend Micro Apex One", "病棟のため看護師長の立会い必須"],
]
for i, vals in enumerate(terminals):
    r = 7 + i
    ws[f"A{r}"] = f"No.{i + 1}"
    for col, v in zip(term_cols, vals):
        if v is not None:
            ws[f"{col}{r}"] = v
box(ws, "A4:J11")
box(ws, "A4:J5", fill=HEAD, align=CENTER, bold=True)
box(ws, "A6:J6", fill=EX)
dv(ws, "H", 2, "C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート", 3)
ws.sheet_view.showGridLines = False
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "平面図（またはフロア図）の画像を貼り付け、吹き出しを回線終端装置・調査端末の設置位置に配置してください。"

img = Image.new("RGB", (900, 720), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18, index=0)
fs = ImageFont.truetype(FONT, 14, index=0)
d.text((20, 10), "屋島中央病院 平面図（本館1F・2F・3F・B1F／東館3F 抜粋）", font=f, fill="black")
rooms = [
    ((20, 50, 430, 290), "本館1F"), ((40, 90, 200, 180), "医事課"), ((220, 90, 410, 180), "外来待合"),
    ((470, 50, 880, 290), "本館2F"), ((490, 90, 650, 180), "外来受付"), ((670, 90, 860, 180), "検査科"),
    ((20, 310, 430, 540), "本館3F"), ((40, 350, 220, 450), "サーバー室"),
    ((470, 310, 880, 540), "本館B1F"), ((490, 350, 700, 450), "放射線科 読影室/機械室"),
    ((20, 560, 430, 710), "東館3F"), ((40, 600, 250, 690), "ナースステーション"),
]
for (x0, y0, x1, y1), label in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=2)
    d.text((x0 + 6, y0 + 4), label, font=fs, fill="black")
for (x, y), t in [((120, 160), "回線2 ONU"), ((560, 160), "No.1"), ((760, 160), "No.4"), ((110, 430), "回線1 ONU"),
                  ((580, 430), "回線3 ONU / No.3"), ((120, 140), "No.2"), ((140, 660), "No.5")]:
    d.ellipse((x - 6, y - 6, x + 6, y + 6), fill="red")
    d.text((x + 10, y - 10), t, font=fs, fill="red")
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xl_img = XLImage(buf)
xl_img.anchor = "B4"
ws.add_image(xl_img)
# callout cells: formulas referring to the line / terminal sheets (no cached values)
ws["P4"] = "吹き出し（自動表示）"
ws["P4"].font = Font(bold=True)
callouts = [
    '="回線1："&\'回線・機器情報記入シート\'!T7',
    '="回線2："&\'回線・機器情報記入シート\'!T8',
    '="回線3："&\'回線・機器情報記入シート\'!T9',
    '="No.1 "&\'調査端末情報記入シート\'!D7&"／"&\'調査端末情報記入シート\'!F7',
    '="No.2 "&\'調査端末情報記入シート\'!D8&"／"&\'調査端末情報記入シート\'!F8',
    '="No.3 "&\'調査端末情報記入シート\'!D9&"／"&\'調査端末情報記入シート\'!F9',
    '="No.4 "&\'調査端末情報記入シート\'!D10&"／"&\'調査端末情報記入シート\'!F10',
    '="No.5 "&\'調査端末情報記入シート\'!D11&"／"&\'調査端末情報記入シート\'!F11',
]
for i, fm in enumerate(callouts):
    ws[f"P{5 + i}"] = fm
ws.column_dimensions["P"].width = 50

# ---------------------------------------------------------------- password list (提出不要, left empty)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト", 4)
ws.sheet_view.showGridLines = False
ws["A1"] = "アカウント(ログインID)・パスワードリスト"
ws["A1"].font = Font(size=14, bold=True)
ws["F1"] = "提出不要"
ws["F1"].font = Font(size=14, bold=True, color="FF0000")
ws["A2"] = "※本シートは当日までの情報整理用です。事務局への提出は不要です。"
ws["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード",
                             "特権(enable)モード パスワード"]):
    ws[f"{col}5"] = h
for i, (mk, md) in enumerate([("ヤマハ", "RTX1300"), ("富士通", "Si-R G121"), ("NEC", "UNIVERGE IX2215")]):
    ws[f"A{6 + i}"] = f"回線{i + 1}"
    ws[f"B{6 + i}"] = mk
    ws[f"C{6 + i}"] = md
box(ws, "A5:F10")
box(ws, "A5:F5", fill=HEAD, align=CENTER, bold=True)
ws["A12"] = "■調査端末(シンクラ端末/FAT端末)"
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws[f"{col}13"] = h
for i, t in enumerate(terminals):
    ws[f"A{14 + i}"] = f"端末{i + 1}"
    ws[f"B{14 + i}"] = t[2]
    ws[f"C{14 + i}"] = t[3]
box(ws, "A13:E18")
box(ws, "A13:E13", fill=HEAD, align=CENTER, bold=True)
ws["A20"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [10, 16, 20, 22, 18, 26]):
    ws.column_dimensions[col].width = w

wb.active = 0
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out)
