# -*- coding: utf-8 -*-
"""Generator for lds-w38-a-official-five-sheets.xlsx (別紙2-1, secretariat-style layout, filled correctly).
Run: PYTHONPATH=/tmp/w38lib /usr/bin/python3 lds-w38-a-official-five-sheets.py"""
import os, sys, tempfile
sys.path.insert(0, "/tmp/w38lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w38-a-official-five-sheets.xlsx"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="EDEDED")
INPUT = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill
            if align:
                c.alignment = align
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------------------------------------------------------- 選択肢 (hidden)
lst = wb.active
lst.title = "選択肢"
lists = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["電子カルテ", "医事", "PACS", "検査", "リモート保守", "オンライン資格確認", "地域医療連携", "その他"],
    "E": ["インターネット", "インターネットVPN", "閉域網", "モバイル"],
    "F": ["固定IP", "動的IP"],
    "G": ["確認済み", "入力不要"],
    "H": ["単体", "仮想デスクトップ"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, start=1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート", 0)
for col, w in {"A": 2, "B": 22, "C": 8, "D": 16, "E": 30, "F": 10, "G": 40}.items():
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※ 色付きのセルにご記入ください。（*）は必須項目です。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
box(ws, "B4:G4", align=WRAP)
ws["B4"].fill = HEAD
ws["G4"].fill = INPUT
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

ws["B6"] = "■ご客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:E7")
ws["C7"] = "社会医療法人 緑風会 みどり台中央病院"
ws["F7"] = "(かな)"
ws["G7"] = "しゃかいいりょうほうじん りょくふうかい みどりだいちゅうおうびょういん"
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "310-0841"
ws["E8"] = "茨城県水戸市緑台二丁目14番3号"
ws["F8"] = "(かな)"
ws["G8"] = "いばらきけんみとしみどりだいにちょうめ14ばん3ごう"
ws["B9"] = "ビル名"
ws.merge_cells("C9:E9")
ws["C9"] = "みどり台中央病院 本館"
ws["F9"] = "(かな)"
ws["G9"] = "みどりだいちゅうおうびょういん ほんかん"
ws["B10"] = "病床数"
ws["C10"] = 199
ws["D10"] = "床"
box(ws, "B7:G10", align=WRAP)
for r in range(7, 11):
    ws[f"B{r}"].fill = HEAD
for ref in ("C7", "G7", "D8", "E8", "G8", "C9", "G9", "C10"):
    ws[ref].fill = INPUT

ws["B12"] = "■担当者情報（4名まで）"
ws["B12"].font = Font(bold=True)
ws["B13"], ws["C13"], ws["E13"], ws["F13"], ws["G13"] = "担当者名", "所属・役職", "氏名", "電話番号", "メールアドレス"
ws.merge_cells("C13:D13")
contacts = [
    ("事務部 情報システム室 係長", "小松 大輔", "029-251-3380", "d-komatsu@midoridai-hp.jp"),
    ("事務部 総務課 課長", "石井 真理子", "029-251-3311", "m-ishii@midoridai-hp.jp"),
]
for i in range(4):
    r = 14 + i
    ws[f"B{r}"] = f"担当者{i + 1}"
    ws.merge_cells(f"C{r}:D{r}")
    if i < len(contacts):
        d, n, p, e = contacts[i]
        ws[f"C{r}"], ws[f"E{r}"], ws[f"F{r}"], ws[f"G{r}"] = d, n, p, e
box(ws, "B13:G17", align=WRAP)
for c in ws["B13:G13"][0]:
    c.fill = HEAD
ws.column_dimensions["F"].width = 16

ws["B19"] = "■申込内容の確認"
ws["B19"].font = Font(bold=True)
ws["B20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("C20:E20")
ws["C20"] = "小松 大輔"
box(ws, "B20:E20", align=WRAP)
ws["B20"].fill = HEAD
ws["B21"] = "※記入内容に不備がないかご確認のうえ、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート", 1)
ws["B1"] = "回線・機器情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※（*）は必須項目です。プルダウンに該当がない場合は直接ご記入ください。記入例の行は削除・変更しないでください。"
groups = [  # (first col, last col, group label or None, [sub labels])
    ("C", "D", "調査希望", ["技術バージョン確認 (*)", "脆弱性診断 (*)"]),
    ("E", "E", None, ["電子カルテシステムと接続するネットワークとの接続 (*)"]),
    ("F", "F", None, ["用途・システム名 (*)"]),
    ("G", "H", "回線情報", ["回線名", "回線の種類"]),
    ("I", "L", "回線と紐付くグローバルIPアドレス", ["通信形態 (*)", "グローバルIP利用 (*)", "固定IP/動的IP (*)", "グローバルIPアドレス (*)"]),
    ("M", "N", "脆弱性診断当日記入欄", ["グローバルIP確認", "グローバルIPアドレス"]),
    ("O", "O", None, ["FQDN"]),
    ("P", "Q", "プロバイダ情報", ["プロバイダ名", "プロバイダ品目"]),
    ("R", "T", "回線事業者情報", ["回線事業者", "回線サービス名", "回線ID"]),
    ("U", "U", "回線終端装置(ONU/モデム)情報", ["回線終端装置設置場所 (*)"]),
    ("V", "X", "接続装置(ルータ/UTM/FW)情報", ["メーカー", "機種名", "ファームウェアバージョン"]),
]
from openpyxl.utils import column_index_from_string as ci, get_column_letter as gl
for first, last, glabel, subs in groups:
    if glabel is None:
        ws.merge_cells(f"{first}4:{first}5")
        ws[f"{first}4"] = subs[0]
    else:
        if first != last:
            ws.merge_cells(f"{first}4:{last}4")
        ws[f"{first}4"] = glabel
        for k, s in enumerate(subs):
            ws[f"{gl(ci(first) + k)}5"] = s
ws.merge_cells("B4:B5")
box(ws, "B4:X5", fill=HEAD, align=CEN, bold=True)
for col in "CDEFIJKLU":
    ws[f"{col}5"].fill = REQ
    if ws[f"{col}4"].value and "(*)" in str(ws[f"{col}4"].value):
        ws[f"{col}4"].fill = REQ
ws.row_dimensions[4].height = 30
ws.row_dimensions[5].height = 48
widths = {"B": 8, "C": 13, "D": 13, "E": 16, "F": 22, "G": 16, "H": 10, "I": 16, "J": 10, "K": 10, "L": 16,
          "M": 11, "N": 16, "O": 20, "P": 12, "Q": 22, "R": 12, "S": 30, "T": 16, "U": 26, "V": 12, "W": 16, "X": 14}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "○○保守回線", "光回線", "インターネットVPN", "あり",
           "固定IP", "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XX-1000", "Ver.X.X.X"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "電子カルテ保守回線", "光回線",
     "インターネットVPN", "あり", "固定IP", "118.243.76.52", "入力不要", "", "vpn.midoridai-hp.jp", "OCN",
     "OCN光 IPoE 固定IP1", "NTT東日本", "フレッツ 光ネクスト ギガファミリー・スマートタイプ", "CAF6102384759",
     "本館 2F サーバ室 ラック1 上段", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像診断装置保守）", "放射線保守回線", "光回線",
     "インターネットVPN", "あり", "動的IP", "153.187.40.119", "確認済み", "153.187.40.119", "", "BIGLOBE",
     "ビッグローブ光", "NTT東日本", "フレッツ 光クロス", "CAF7730195264", "本館 B1F 放射線科 機械室", "ヤマハ",
     "RTX1220", "Rev.15.04.05"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "オンライン資格確認・レセプトオンライン請求", "オン資回線", "光回線",
     "インターネットVPN", "あり", "固定IP", "124.41.88.203", "入力不要", "", "", "ASAHIネット",
     "光 with フレッツ 固定IP", "NTT東日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF5518830426",
     "本館 1F 医事課 事務室奥ラック", "NEC", "UNIVERGE IX2215", "10.8.21"],
]

for k, v in enumerate(example):
    ws.cell(row=6, column=2 + k, value=v or None)
for i, line in enumerate(lines):
    for k, v in enumerate(line):
        ws.cell(row=7 + i, column=2 + k, value=v or None)
for i in range(3, 5):
    ws.cell(row=7 + i, column=2, value=f"回線{i + 1}")
box(ws, "B6:X11", align=WRAP)
for c in ws["B6:X6"][0]:
    c.fill = EX
for rng, lcol in (("C7:D11", "B"), ("E7:E11", "C"), ("I7:I11", "E"), ("J7:J11", "C"), ("K7:K11", "F"), ("M7:M11", "G")):
    d = DataValidation(type="list", formula1=f"=選択肢!${lcol}$1:${lcol}${len(lists[lcol])}", allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)

# second table: ports of the devices
ws["B14"] = "■装置と接続する回線と機器の詳細（ポート情報）"
ws["B14"].font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, v in enumerate(phdr):
    ws.cell(row=15, column=2 + k, value=v)
ports = [
    ["回線1", "FortiGate 60F", "internal1", "電子カルテ保守用中継サーバ", "192.168.10.20", 443, "HTTPS", "接続あり"],
    ["回線1", "FortiGate 60F", "internal2", "電子カルテDBサーバ", "192.168.10.11", 3389, "RDP", "接続あり"],
    ["回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.40.10", 22, "SSH", "接続あり"],
    ["回線3", "UNIVERGE IX2215", "GE1", "オンライン資格確認端末", "192.168.30.50", 443, "HTTPS", "接続あり"],
]
for i, p in enumerate(ports):
    for k, v in enumerate(p):
        ws.cell(row=16 + i, column=2 + k, value=v)
box(ws, "B15:I15", fill=HEAD, align=CEN, bold=True)
box(ws, "B16:I20", align=WRAP)
ws.freeze_panes = "C6"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート", 2)
ws["B1"] = "調査端末情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※ 電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台をご選定ください。"
ws.merge_cells("B4:B5"); ws["B4"] = "調査端末情報"
ws.merge_cells("C4:C5"); ws["C4"] = "システム種別 (*)"
ws.merge_cells("D4:D5"); ws["D4"] = "シングル利用 (*)"
ws.merge_cells("E4:G4"); ws["E4"] = "シンクラ端末/FAT端末"
ws["E5"], ws["F5"], ws["G5"] = "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)"
ws.merge_cells("H4:I4"); ws["H4"] = "仮想デスクトップ"
ws["H5"], ws["I5"] = "端末ホスト名", "IPアドレス"
ws.merge_cells("J4:J5"); ws["J4"] = "セキュリティ対策製品"
ws.merge_cells("K4:K5"); ws["K4"] = "備考"
box(ws, "B4:K5", fill=HEAD, align=CEN, bold=True)
for k, v in {"B": 10, "C": 14, "D": 14, "E": 16, "F": 18, "G": 26, "H": 16, "I": 18, "J": 24, "K": 30}.items():
    ws.column_dimensions[k].width = v
term_ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "", "", "Microsoft Defender",
           "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-N2F-01", "192.168.10.101/24", "本館 2F 南病棟 ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-OPD-0312", "192.168.10.152/24", "外来棟 1F 内科 第3診察室",
     "VDI-EMR-0312", "172.16.20.112/24", "Trend Micro Apex One", "午後は外来診療中のため不可"],
    ["No.3", "医事会計", "単体", "IJI-PC-03", "192.168.30.23/24", "本館 1F 医事課", "", "",
     "ESET Endpoint Security", ""],
    ["No.4", "PACS", "単体", "RAD-VIEW-01", "192.168.40.51/24", "本館 B1F 放射線科 読影室", "", "",
     "Trend Micro Apex One", ""],
    ["No.5", "臨床検査", "単体", "LAB-PC-02", "192.168.50.12/24", "本館 2F 臨床検査室", "", "",
     "Microsoft Defender", "平日 9:00-11:00 は検体処理のため操作不可"],
]
for k, v in enumerate(term_ex):
    ws.cell(row=6, column=2 + k, value=v or None)
for i, t in enumerate(terms):
    for k, v in enumerate(t):
        ws.cell(row=7 + i, column=2 + k, value=v or None)
box(ws, "B6:K11", align=WRAP)
for c in ws["B6:K6"][0]:
    c.fill = EX
d = DataValidation(type="list", formula1="=選択肢!$H$1:$H$2", allow_blank=True)
ws.add_data_validation(d)
d.add("D7:D11")

# ---------------------------------------------------------------- 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート", 3)
ws["B1"] = "設置場所記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※ 平面図またはフロア図の画像を貼り付け、回線終端装置・調査端末の吹き出しを設置場所に配置してください。"
callouts = [("回線1", lines[0][19]), ("回線2", lines[1][19]), ("回線3", lines[2][19])] + \
           [(t[0], f"{t[3]} / {t[5]}") for t in terms]
ws["N4"] = "吹き出し一覧（自動表示）"
ws["N4"].font = Font(bold=True)
for i, (a, b) in enumerate(callouts):
    ws.cell(row=5 + i, column=14, value=a)
    ws.cell(row=5 + i, column=15, value=b)
ws.column_dimensions["O"].width = 44

font = ImageFont.truetype(FONT, 18, index=0)
small = ImageFont.truetype(FONT, 14, index=0)
img = Image.new("RGB", (900, 620), "white")
dr = ImageDraw.Draw(img)
dr.text((20, 10), "みどり台中央病院 本館 フロア図（B1F / 1F / 2F）", fill="black", font=font)
floors = [("2F", 50), ("1F", 240), ("B1F", 430)]
rooms = {
    "2F": [("サーバ室", 20, 60, 180), ("南病棟NS", 200, 60, 380), ("臨床検査室", 400, 60, 600), ("病室", 620, 60, 860)],
    "1F": [("医事課", 20, 250, 220), ("外来 第3診察室", 240, 250, 480), ("待合", 500, 250, 860)],
    "B1F": [("放射線科 機械室", 20, 440, 260), ("読影室", 280, 440, 480), ("倉庫", 500, 440, 860)],
}
for fl, y in floors:
    dr.text((20, y + 2), fl, fill="blue", font=font)
    for name, x0, y0, x1 in rooms[fl]:
        dr.rectangle([x0, y0 + 30, x1, y0 + 170], outline="black", width=2)
        dr.text((x0 + 8, y0 + 36), name, fill="black", font=small)
marks = [("回線1 ONU", 60, 150), ("No.1", 250, 150), ("No.5", 450, 150), ("回線3 ONU", 60, 340), ("No.3", 90, 385),
         ("No.2", 300, 340), ("回線2 ONU", 60, 530), ("No.4", 320, 530)]
for label, x, y in marks:
    dr.rounded_rectangle([x, y, x + 110, y + 28], radius=8, fill="#FFF2CC", outline="red", width=2)
    dr.text((x + 6, y + 4), label, fill="red", font=small)
tmp = os.path.join(tempfile.mkdtemp(), "floor.png")
img.save(tmp)
pic = XLImage(tmp)
ws.add_image(pic, "B4")

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)
