#!/usr/bin/env python3
"""Generator for lds-w45-b-one-sheet-transposed-lines.xlsx

Role: a small hospital's 情報システム係 who re-drew 別紙2-1 as ONE print-style sheet
(spacer column A, numbered sections １．…７．), with the line table TRANSPOSED
(items down, 記入例/回線1..4 across), 有/無 for yes/no, a レ mark beside 同意する,
`項目：値` cells for name/address, plus a floor-plan sheet (JPEG) and the password sheet
which they filled in (planted). Built with openpyxl, then re-saved by LibreOffice.

Run:  PYTHONPATH=<dir with openpyxl+Pillow> /usr/bin/python3 THIS.py
"""
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w45-b-one-sheet-transposed-lines"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
EX = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill


def section(ws, cell, text):
    ws[cell] = text
    ws[cell].font = Font(bold=True, size=12)


wb = Workbook()
ws = wb.active
ws.title = "回線・機器情報等記入"
ws.sheet_view.showGridLines = False
ws.column_dimensions["A"].width = 2
for col, w in zip("BCDEFGHIJK", [22, 24, 22, 24, 24, 22, 24, 16, 24, 26]):
    ws.column_dimensions[col].width = w

ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "記入日：R6.9.12　　（みどりが丘病院 事務部 情報システム係 作成）"

section(ws, "B4", "１．本施策の同意確認（別紙7 規約・別紙8 注意事項を確認のうえ、該当欄にレ印）")
ws["C5"] = "レ"
ws["D5"] = "同意する"
ws["F5"] = "同意しない"
for c in ("C5", "D5", "E5", "F5"):
    ws[c].border = BOX
    ws[c].alignment = CENTER

section(ws, "B7", "２．医療機関情報")
ws.merge_cells("B8:F8")
ws["B8"] = "医療機関名：医療法人 緑陽会 みどりが丘病院"
ws.merge_cells("B9:F9")
ws["B9"] = "（かな）：いりょうほうじん りょくようかい みどりがおかびょういん"
ws["B10"] = "〒"
ws["C10"] = "700-0013"
ws.merge_cells("B11:F11")
ws["B11"] = "住所：岡山県岡山市北区伊福町3丁目12-8 "
ws.merge_cells("B12:F12")
ws["B12"] = "（かな）：おかやまけんおかやましきたくいふくちょう3ちょうめ12-8"
ws.merge_cells("B13:F13")
ws["B13"] = "ビル名：みどりが丘メディカルビル"
ws.merge_cells("B14:F14")
ws["B14"] = "（かな）：みどりがおかめでぃかるびる"
ws["B15"] = "病床数"
ws["C15"] = "60"  # typed as text
ws["D15"] = "床"
box(ws, "B8:F15")

section(ws, "B17", "３．担当者情報（最大4名）")
for col, h in zip("BCDEF", ["No", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws[f"{col}18"] = h
contacts = [
    ["1", "事務部 情報システム係 係長", "岡田 真理子", "086-252-1234", "okada@midorigaoka-hp.example.jp"],
    ["2", "事務部 医事課", "石井 亮", "０８６－２５２－１２３５", "ishii@midorigaoka-hp.example.jp"],
    ["3", "株式会社メディ・ネット 岡山営業所（電子カルテ保守）", "森本 大輔", "086-805-4410",
     "d-morimoto@medi-net.example.co.jp"],
    ["4", None, None, None, None],
]
for i, vals in enumerate(contacts):
    for col, v in zip("BCDEF", vals):
        if v is not None:
            ws[f"{col}{19 + i}"] = v
box(ws, "B18:F22")
box(ws, "B18:F18", fill=GRAY, align=CENTER)

section(ws, "B24", "４．回線・機器情報（電子カルテに接続する回線を1列に1回線ずつ記入。(*)は必須）")
ws["B25"] = "項目"
ws.merge_cells("B25:C25")
for col, h in zip("DEFGH", ["記入例", "回線1", "回線2", "回線3", "回線4"]):
    ws[f"{col}25"] = h
items = [  # (group label, sub label)
    ("調査希望", "技術バージョン確認(*)"),
    (None, "脆弱性診断(*)"),
    ("電子カルテシステムと接続するネットワークとの接続(*)", None),
    ("用途・システム名(*)", None),
    ("回線の種類", None),
    ("回線名", None),
    ("通信形態(*)", None),
    ("グローバルIP利用(*)", None),
    ("固定IP/動的IP(*)", None),
    ("グローバルIPアドレス(*)", None),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    (None, "グローバルIPアドレス"),
    ("FQDN", None),
    ("プロバイダ名", None),
    ("プロバイダ品目", None),
    ("回線事業者", None),
    ("回線サービス名", None),
    ("回線ID", None),
    ("回線終端装置設置場所(*)", None),
    ("接続機器(ルータ/UTM/FW)", "メーカー"),
    (None, "機種名"),
    (None, "ファームウェアバージョン"),
]
first = 26
for i, (g, s) in enumerate(items):
    r = first + i
    if s is None:
        ws.merge_cells(f"B{r}:C{r}")
        ws[f"B{r}"] = g
    else:
        if g is not None:
            ws[f"B{r}"] = g
        ws[f"C{r}"] = s
# merge the group labels spanning sub rows
ws.merge_cells(f"B{first}:B{first + 1}")          # 調査希望
ws.merge_cells(f"B{first + 10}:B{first + 11}")    # 当日記入欄
ws.merge_cells(f"B{first + 19}:B{first + 21}")    # 接続機器

columns = {
    "D": ["調査希望あり", "調査希望あり", "有", "電子カルテ", "光回線", "電子カルテ保守回線", "インターネットVPN", "有",
          "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT西日本", "フレッツ光",
          "NTT西日本", "フレッツ 光ネクスト", "CAF0000000000", "2F サーバー室 ラック上段", "○○社", "XX-1000", "Ver.1.0"],
    "E": ["調査希望あり", "調査希望あり", "有", "電子カルテ（リモート保守）", "光回線", "電カル保守回線",
          "インターネットVPN", "有", "固定IP", "153.142.88.201", "入力不要", None, None, "BIGLOBE",
          "BIGLOBE光 固定IP1", "NTT西日本", "フレッツ光クロス", "CAF3101234567", "1F 事務室奥 サーバーラック",
          "Fortinet", "FortiGate 60F", "v7.2.8"],
    "F": ["調査希望あり", "調査希望あり", "有", "医事会計システム", "光回線", "医事保守回線",
          "インターネットVPN", "有", "固定IP", "192.168.1.1", "入力不要", None, None, "OCN",
          "OCN光 IPoE 固定IP", "NTT西日本", "フレッツ 光ネクスト", "CAF3109876543", "1F 医事課 カウンター下",
          "ヤマハ", "RTX1210", "Rev.14.01.42"],
    "G": ["調査希望あり", "調査希望なし", "有", "オンライン資格確認", "光回線", "オン資回線",
          "閉域網", "無", None, None, "入力不要", None, None, None,
          None, "NTT西日本", "フレッツ 光ネクスト", "CAF3105551212", "1F 事務室奥 サーバーラック",
          "NEC", "UNIVERGE IX2106", None],
    "H": ["調査希望なし", "調査希望なし", "有", "検体検査システム（外注検査 結果受信）", "モバイル回線(LTE)",
          "検査結果受信用", "インターネット", "有", "動的IP", None, "入力不要", None, None, "IIJ",
          "IIJモバイル タイプD", "NTTドコモ", "データ通信", None, "2F 検査室 検体受付カウンター",
          "NECプラットフォームズ", "Aterm MR10LN", None],
}
for col, vals in columns.items():
    for i, v in enumerate(vals):
        if v is not None:
            ws[f"{col}{first + i}"] = v
last = first + len(items) - 1
box(ws, f"B25:H{last}")
box(ws, "B25:H25", fill=GRAY, align=CENTER)
box(ws, f"D26:D{last}", fill=EX)
for r in range(first, last + 1):
    ws[f"B{r}"].fill = GRAY
    ws[f"C{r}"].fill = GRAY

pr = last + 2
section(ws, f"B{pr}", "５．ポート情報（装置と接続する回線と機器の詳細）")
ph = pr + 1
for col, h in zip("BCDEFGHI", ["回線", "機器", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]):
    ws[f"{col}{ph}"] = h
ports = [
    ["回線1", "FortiGate 60F", "port1", "電子カルテサーバ", "192.168.1.10", 22, "SSH", "接続あり"],
    ["回線2", "RTX1210", "LAN1", "医事会計サーバ", "192.168.2.20", 3389, "RDP", "接続あり"],
]
for i, vals in enumerate(ports):
    for col, v in zip("BCDEFGHI", vals):
        ws[f"{col}{ph + 1 + i}"] = v
box(ws, f"B{ph}:I{ph + 2}")
box(ws, f"B{ph}:I{ph}", fill=GRAY, align=CENTER)

tr = ph + 4
section(ws, f"B{tr}", "６．調査端末情報（電子カルテ系に接続する端末5台）")
th = tr + 1
thead = ["No", "システム種別(*)", "利用形態（単体/仮想デスクトップ）(*)", "端末ホスト名(*)", "IPアドレス(*)",
         "設置場所(*)", "仮想デスクトップ ホスト名", "仮想デスクトップ IPアドレス", "セキュリティ対策製品", "備考"]
for col, h in zip("BCDEFGHIJK", thead):
    ws[f"{col}{th}"] = h
trows = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender",
     "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "MG-EMR-01", "192.168.1.101/24", "2F ナースステーション", None, None,
     "ウイルスバスター コーポレートエディション", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "単体", "MG-EMR-07", "192.168.1.107/24", "1F 外来診察室2", None, None,
     "ウイルスバスター コーポレートエディション", None],
    ["No.3", "医事会計", "単体", "MG-IJI-02", "192.168.2.52/24", "1F 医事課", None, None,
     "Microsoft Defender", "月初10日間（レセプト）は不可"],
    ["No.4", "検査", "単体", "MG-LAB-01", "192.168.3.31/24", "2F 検査室", None, None,
     "Microsoft Defender", None],
    ["No.5", "放射線（PACS）", "単体", "MG-RAD-01", "192.168.4.11/24", "1F 放射線科 操作室", None, None,
     "ESET Endpoint Security", "撮影のない時間帯のみ"],
]
for i, vals in enumerate(trows):
    for col, v in zip("BCDEFGHIJK", vals):
        if v is not None:
            ws[f"{col}{th + 1 + i}"] = v
box(ws, f"B{th}:K{th + 6}")
box(ws, f"B{th}:K{th}", fill=GRAY, align=CENTER)
box(ws, f"B{th + 1}:K{th + 1}", fill=EX)

cr = th + 8
section(ws, f"B{cr}", "７．申込内容の確認")
ws.merge_cells(f"B{cr + 1}:D{cr + 1}")
ws[f"B{cr + 1}"] = "確認者名（医療機関のご担当者名・フルネーム）"
ws.merge_cells(f"E{cr + 1}:F{cr + 1}")
ws[f"E{cr + 1}"] = "岡田 真理子"
box(ws, f"B{cr + 1}:F{cr + 1}")
ws.print_area = f"A1:K{cr + 1}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

# ---------------------------------------------------------------- floor plan sheet (JPEG)
fp = wb.create_sheet("設置場所（平面図）")
fp["A1"] = "設置場所（平面図に回線終端装置・調査端末の位置を記入）"
fp["A1"].font = Font(bold=True, size=12)
img = Image.new("RGB", (820, 500), (250, 250, 245))
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18, index=0)
fs = ImageFont.truetype(FONT, 13, index=0)
d.text((16, 8), "みどりが丘病院 フロア図（1F / 2F）", font=f, fill="black")
for (x0, y0, x1, y1), t in [((16, 44, 400, 480), "1F"), ((420, 44, 804, 480), "2F"),
                            ((30, 80, 190, 200), "事務室（サーバーラック）"), ((210, 80, 390, 200), "医事課"),
                            ((30, 220, 190, 340), "外来診察室2"), ((210, 220, 390, 340), "放射線科 操作室"),
                            ((434, 80, 600, 200), "ナースステーション"), ((620, 80, 790, 200), "検査室")]:
    d.rectangle((x0, y0, x1, y1), outline="black", width=2)
    d.text((x0 + 5, y0 + 3), t, font=fs, fill="black")
for (x, y), t in [((60, 150), "回線1・回線3"), ((260, 170), "回線2 / No.3"), ((80, 300), "No.2"),
                  ((260, 300), "No.5"), ((480, 150), "No.1"), ((660, 150), "回線4 / No.4")]:
    d.rectangle((x - 5, y - 5, x + 5, y + 5), fill="blue")
    d.text((x + 8, y - 9), t, font=fs, fill="blue")
buf = io.BytesIO()
img.save(buf, format="JPEG", quality=85)
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
fp.add_image(xi)

# ---------------------------------------------------------------- password list (提出不要) - filled in
pw = wb.create_sheet("ID・PWリスト（提出不要）")
pw["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
pw["A1"].font = Font(bold=True, size=12, color="C00000")
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード",
                             "特権(enable)モード パスワード"]):
    pw[f"{col}3"] = h
pw["A4"] = "回線1"
pw["B4"] = "Fortinet"
pw["C4"] = "FortiGate 60F"
pw["D4"] = "admin"
pw["E4"] = "Mdr#2024fg"
pw["A5"] = "回線2"
pw["B5"] = "ヤマハ"
pw["C5"] = "RTX1210"
pw["A6"] = "回線3"
pw["B6"] = "NEC"
pw["C6"] = "UNIVERGE IX2106"
box(pw, "A3:F7")
for col, w in zip("ABCDEF", [8, 14, 18, 22, 18, 26]):
    pw.column_dimensions[col].width = w

tmpdir = tempfile.mkdtemp(prefix="lds_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = tempfile.mkdtemp(prefix="lds_b_lo_")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("saved (LibreOffice re-save)", os.path.join(HERE, NAME + ".xlsx"))
