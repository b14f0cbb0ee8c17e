# -*- coding: utf-8 -*-
"""Generator for lds-w38-b-transposed-lines-mark-consent.xlsx (別紙2-1 as re-drawn by a hospital IT person:
lines table transposed, consent by check mark, 項目：値 cells; re-saved by LibreOffice).
Planted: 固定IP line with a private address; password list left filled in.
Run: PYTHONPATH=/tmp/w38lib /usr/bin/python3 lds-w38-b-transposed-lines-mark-consent.py"""
import os, sys, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/w38lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w38-b-transposed-lines-mark-consent.xlsx"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
EXF = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()
# ------------------------------------------------------------ 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 110
notes = [
    "医療機関記入依頼書（回線・機器情報等記入）　記入要領",
    "",
    "１．①基本情報、②回線・機器情報、③調査端末情報、④設置場所の各シートにご記入ください（（*）は必須）。",
    "２．②回線・機器情報は、1列に1回線ずつ縦方向にご記入ください。「記入例」の列は消さずに残してください。",
    "３．電子カルテシステムに接続するすべての回線（ベンダのリモート保守回線を含む）が対象です。音声回線は対象外です。",
    "４．脆弱性診断はインターネット接続のある回線が対象です。閉域網に接続された回線は対象外です。",
    "５．グローバルIPアドレスが動的の場合は、脆弱性診断当日にアドレスを確認し、当日記入欄にご記入ください。",
    "６．③調査端末は、電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台を選定してください。",
    "７．④設置場所には平面図またはフロア図を貼り付け、回線終端装置と調査端末の位置を示してください。",
    "８．ID・パスワード一覧は当日の準備用です。事務局への提出は不要です。",
]
for i, t in enumerate(notes, start=1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=13)

# ------------------------------------------------------------ ①基本情報
ws = wb.create_sheet("①基本情報")
for k, v in {"A": 3, "B": 26, "C": 26, "D": 22, "E": 36}.items():
    ws.column_dimensions[k].width = v
ws["B1"] = "①基本情報"
ws["B1"].font = Font(bold=True, size=14)
ws["B3"] = "１．本施策の同意確認（別紙7 規約・別紙8 注意事項をご確認のうえ、該当する方に✓）"
ws["B4"] = "✓"
ws["C4"] = "同意する"
ws["E4"] = "同意しない"
box(ws, "B4:E4")
ws["B4"].alignment = Alignment(horizontal="right")
ws["D4"].alignment = Alignment(horizontal="right")

ws["B6"] = "２．医療機関情報"
ws["B7"] = "医療機関名"
ws["D7"] = "医療機関名（かな）"
ws["B8"] = "医療法人 青葉会 青葉台ひまわり病院"
ws["D8"] = "いりょうほうじん あおばかい あおばだいひまわりびょういん"
ws.merge_cells("B8:C8")
ws.merge_cells("D8:E8")
box(ws, "B7:E8")
for c in ("B7", "D7"):
    ws[c].fill = GRAY
ws["B9"] = "〒981-0931"
ws["B10"] = "住所：宮城県仙台市青葉区北山三丁目5番12号"
ws["D10"] = "（かな）：みやぎけんせんだいしあおばくきたやまさんちょうめ5ばん12ごう"
ws["B11"] = "ビル名：ひまわりメディカルプラザ"
ws["D11"] = "（かな）：ひまわりめでぃかるぷらざ"
ws["B12"] = "病床数：58床"
for r in (10, 11):
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:E{r}")
box(ws, "B9:E12")

ws["B14"] = "３．担当者（4名まで）"
hdr = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
ws["A15"] = "No."
for k, v in enumerate(hdr):
    ws.cell(row=15, column=2 + k, value=v)
contacts = [
    ("事務部 情報システム担当（事務長補佐）", "菅原 拓也", "022-273-5160", "sugawara@aobadai-himawari.or.jp"),
    ("事務部 医事課 主任", "阿部 さやか", "022-273-5161", "s-abe@aobadai-himawari.or.jp"),
    ("看護部 副看護部長", "千葉 恵子", "022-273-5100", "k-chiba@aobadai-himawari.or.jp"),
]
for i in range(4):
    ws.cell(row=16 + i, column=1, value=i + 1)
    if i < len(contacts):
        for k, v in enumerate(contacts[i]):
            ws.cell(row=16 + i, column=2 + k, value=v)
box(ws, "A15:E19")
for c in ws["A15:E15"][0]:
    c.fill = GRAY

ws["B21"] = "４．申込内容の確認"
ws["B22"] = "確認者名（フルネームで署名）"
ws["C22"] = "菅原 拓也"
box(ws, "B22:C22")
ws["B22"].fill = GRAY

# ------------------------------------------------------------ ②回線・機器情報 (transposed)
ws = wb.create_sheet("②回線・機器情報")
for k, v in {"A": 14, "B": 30, "C": 24, "D": 30, "E": 30, "F": 30}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "②回線・機器情報"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "（*）は必須。1列に1回線ずつご記入ください。"
rows = [
    ("調査希望", "技術バージョン確認 (*)"),
    ("", "脆弱性診断 (*)"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("", "用途・システム名 (*)"),
    ("回線情報", "回線名"),
    ("", "回線の種類"),
    ("", "回線事業者"),
    ("", "回線サービス名"),
    ("", "回線ID"),
    ("グローバルIP", "通信形態 (*)"),
    ("", "グローバルIP利用 (*)"),
    ("", "固定IP/動的IP (*)"),
    ("", "グローバルIPアドレス (*)"),
    ("", "FQDN"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("", "グローバルIPアドレス"),
    ("プロバイダ", "プロバイダ名"),
    ("", "プロバイダ品目"),
    ("回線終端装置", "回線終端装置設置場所 (*)"),
    ("接続装置\n(ルータ/UTM/FW)", "メーカー"),
    ("", "機種名"),
    ("", "ファームウェアバージョン"),
]
cols = {
    "記入例": ["調査希望あり", "調査希望あり", "有", "電子カルテ", "○○保守回線", "光回線", "NTT東日本", "フレッツ 光ネクスト",
            "CAF0000000000", "インターネットVPN", "有", "固定IP", "121.119.249.222", "example.xxx", "入力不要", "",
            "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 1番ラック", "○○社", "XX-1000", "Ver.X.X"],
    "回線1": ["調査希望あり", "調査希望あり", "有", "電子カルテ（ベンダリモート保守）", "電カル保守VPN", "光回線", "NTT東日本",
            "フレッツ 光クロス", "CAF2291047735", "インターネットVPN", "有", "固定IP", "210.148.93.36", "", "入力不要", "",
            "OCN", "OCN光 固定IP", "3F サーバ室（ラック下段）", "ヤマハ", "RTX830", "Rev.15.02.30"],
    "回線2": ["調査希望あり", "調査希望あり", "有", "検体検査（外注検査結果受信）", "検査結果受信回線", "光回線", "NTT東日本",
            "フレッツ 光ネクスト マンションタイプ", "CAF8840273316", "インターネット", "有", "固定IP", "192.168.0.254", "",
            "入力不要", "", "So-net", "So-net 固定IPサービス", "2F 検査室 壁面棚", "NEC", "UNIVERGE IX2106", "10.2.42"],
    "回線3": ["調査希望あり", "調査希望なし", "有", "医事会計システム保守", "医事保守回線", "光回線", "NTT東日本",
            "フレッツ 光ネクスト マンションタイプ", "CAF3317562098", "インターネットVPN", "有", "動的IP", "60.115.22.187", "",
            "入力不要", "", "BIGLOBE", "ビッグローブ光", "1F 医事課 カウンター下", "ヤマハ", "NVR510", "Rev.15.01.24"],
}
ws["A4"] = "区分"
ws["B4"] = "項目"
for k, name in enumerate(cols):
    ws.cell(row=4, column=3 + k, value=name)
for i, (grp, item) in enumerate(rows):
    r = 5 + i
    ws.cell(row=r, column=1, value=grp or None)
    ws.cell(row=r, column=2, value=item)
    for k, name in enumerate(cols):
        v = cols[name][i]
        ws.cell(row=r, column=3 + k, value=v or None)
last = 4 + len(rows)
box(ws, f"A4:F{last}")
for c in ws["A4:F4"][0]:
    c.fill = GRAY
    c.font = Font(bold=True)
for r in range(5, last + 1):
    ws[f"C{r}"].fill = EXF
    ws[f"A{r}"].fill = GRAY
    ws[f"B{r}"].fill = GRAY

p0 = last + 3
ws.cell(row=p0, column=1, value="■接続装置のポート情報")
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, v in enumerate(phdr):
    ws.cell(row=p0 + 1, column=1 + k, value=v)
ports = [
    ["回線1", "RTX830", "LAN1", "電子カルテサーバ", "10.10.0.10", "443", "HTTPS", "接続あり"],
    ["回線2", "UNIVERGE IX2106", "GE1", "検体検査システムサーバ", "10.10.0.30", "21", "FTP", "接続あり"],
    ["回線3", "NVR510", "LAN1", "医事会計サーバ", "10.10.0.20", "3389", "RDP", "接続あり"],
]
for i, p in enumerate(ports):
    for k, v in enumerate(p):
        ws.cell(row=p0 + 2 + i, column=1 + k, value=v)
box(ws, f"A{p0 + 1}:H{p0 + 1 + len(ports)}")
for c in ws[f"A{p0 + 1}:H{p0 + 1}"][0]:
    c.fill = GRAY
for col in "GH":
    ws.column_dimensions[col].width = 14

# ------------------------------------------------------------ ③調査端末情報
ws = wb.create_sheet("③調査端末情報")
ws["A1"] = "③調査端末情報（5台）"
ws["A1"].font = Font(bold=True, size=14)
thdr = ["No.", "設置場所 (*)", "システム種別 (*)", "利用形態 (*)\n(単体／仮想デスクトップ)", "端末ホスト名 (*)",
        "IPアドレス (*)\n(例 192.168.1.131/24)", "仮想デスクトップ\n端末ホスト名", "仮想デスクトップ\nIPアドレス",
        "セキュリティ対策製品", "備考（端末操作可能時間など）"]
for k, v in enumerate(thdr):
    ws.cell(row=3, column=1 + k, value=v)
trows = [
    ["記入例", "2F ○○○室", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "", "", "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    [1, "2F 病棟ナースステーション", "電子カルテ", "単体", "HMW-EMR-01", "10.10.1.21/24", "", "", "ESET Endpoint Security",
     "操作可能時間：14:00～16:00\n病棟師長の立会いが必要"],
    [2, "1F 外来 第2診察室", "電子カルテ", "単体", "HMW-EMR-07", "10.10.1.27/24", "", "", "ESET Endpoint Security", "外来終了後（15時以降）"],
    [3, "1F 医事課 受付", "医事会計", "単体", "IJI-01", "10.10.2.11/24", "", "", "ESET Endpoint Security", ""],
    [4, "3F リハビリテーション室", "リハビリ支援システム", "単体", "REHA-PC1", "10.10.3.31/24", "", "", "Microsoft Defender", ""],
    [5, "1F 薬剤科", "薬剤部門システム", "仮想デスクトップ", "TC-YAKU-01", "10.10.4.41/24", "VDI-YAKU-01", "10.20.0.41/24",
     "Microsoft Defender", ""],
]
for i, t in enumerate(trows):
    for k, v in enumerate(t):
        ws.cell(row=4 + i, column=1 + k, value=v if v != "" else None)
box(ws, "A3:J9")
for c in ws["A3:J3"][0]:
    c.fill = GRAY
    c.font = Font(bold=True)
for c in ws["A4:J4"][0]:
    c.fill = EXF
for k, v in {"A": 7, "B": 24, "C": 18, "D": 18, "E": 15, "F": 20, "G": 16, "H": 16, "I": 22, "J": 30}.items():
    ws.column_dimensions[k].width = v
ws.row_dimensions[3].height = 45

# ------------------------------------------------------------ ④設置場所
ws = wb.create_sheet("④設置場所")
ws["A1"] = "④設置場所（フロア図）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "回線終端装置（ONU）と調査端末の位置を吹き出しで示しています。"
font = ImageFont.truetype(FONT, 18, index=0)
small = ImageFont.truetype(FONT, 14, index=0)
img = Image.new("RGB", (820, 560), "white")
dr = ImageDraw.Draw(img)
dr.text((16, 8), "ひまわりメディカルプラザ 1F〜3F（青葉台ひまわり病院）", fill="black", font=font)
plan = [
    ("3F", 40, [("サーバ室", 20, 260), ("リハビリテーション室", 280, 800)]),
    ("2F", 210, [("検査室", 20, 260), ("病棟NS", 280, 520), ("病室", 540, 800)]),
    ("1F", 380, [("医事課・受付", 20, 260), ("外来診察室", 280, 520), ("薬剤科", 540, 800)]),
]
for fl, y, rooms in plan:
    dr.text((20, y), fl, fill="darkgreen", font=font)
    for name, x0, x1 in rooms:
        dr.rectangle([x0, y + 28, x1, y + 160], outline="black", width=2)
        dr.text((x0 + 8, y + 32), name, fill="black", font=small)
marks = [("回線1 ONU", 40, 120), ("No.4", 420, 120), ("回線2 ONU", 40, 290), ("No.1", 330, 290),
         ("回線3 ONU", 40, 460), ("No.3", 150, 500), ("No.2", 330, 460), ("No.5", 590, 460)]
for label, x, y in marks:
    dr.ellipse([x, y, x + 104, y + 30], fill="#E2F0D9", outline="green", width=2)
    dr.text((x + 14, y + 5), label, fill="black", font=small)
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "floor.png")
img.save(png)
ws.add_image(XLImage(png), "A4")

# ------------------------------------------------------------ ID・パスワード一覧 (提出不要 but left in, filled)
ws = wb.create_sheet("ID・パスワード一覧（提出不要）")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "■ 回線に紐づく装置（ルータ/UTM/FW）"
for k, v in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(row=4, column=1 + k, value=v or None)
creds = [("回線1", "ヤマハ", "RTX830", "admin", "Hmw#rtx830-2019", "Hmw#adm830"),
         ("回線2", "NEC", "UNIVERGE IX2106", "ixadmin", "Kensa2106!", ""),
         ("回線3", "ヤマハ", "NVR510", "admin", "Iji-nvr510", "Iji-nvr510en")]
for i, c in enumerate(creds):
    for k, v in enumerate(c):
        ws.cell(row=5 + i, column=1 + k, value=v or None)
ws["A10"] = "■ 調査端末"
for k, v in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(row=11, column=1 + k, value=v or None)
tcreds = [("端末1", "HMW-EMR-01", "10.10.1.21/24", "emruser01", "Himawari2024"),
          ("端末2", "HMW-EMR-07", "10.10.1.27/24", "emruser07", "Himawari2024"),
          ("端末3", "IJI-01", "10.10.2.11/24", "iji", "iji0101"),
          ("端末4", "REHA-PC1", "10.10.3.31/24", "reha", "reha3131"),
          ("端末5", "TC-YAKU-01", "10.10.4.41/24", "yaku", "yaku4141")]
for i, c in enumerate(tcreds):
    for k, v in enumerate(c):
        ws.cell(row=12 + i, column=1 + k, value=v)
box(ws, "A4:F7")
box(ws, "A11:E16")
for k, v in {"A": 8, "B": 16, "C": 18, "D": 20, "E": 20, "F": 24}.items():
    ws.column_dimensions[k].width = v

wb.active = 1
raw = os.path.join(tmp, NAME)
wb.save(raw)
# re-save with LibreOffice (as the hospital PC did)
conv = os.path.join(tmp, "lo")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME), os.path.join(OUT, NAME))
print("saved", NAME)
