#!/usr/bin/python3
# Generator for lds-w36-a-official-five-sheets.xlsx
# Role: hospital IT staff filling the secretariat's 別紙2-1 workbook (five official sheets + hidden list sheet).
# Run: PYTHONPATH=/tmp/w36lib /usr/bin/python3 lds-w36-a-official-five-sheets.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w36-a-official-five-sheets.xlsx"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


wb = Workbook()

# ---------------- hidden list sheet ----------------
ls = wb.active
ls.title = "リスト"
lists = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "臨床検査", "透析", "地域医療連携", "その他"],
}
for col, items in lists.items():
    for i, v in enumerate(items, start=1):
        ls[f"{col}{i}"] = v
ls.sheet_state = "hidden"

def dv(ws, col_letter, rng):
    n = len(lists[col_letter])
    d = DataValidation(type="list", formula1=f"=リスト!${col_letter}$1:${col_letter}${n}", allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)

# ---------------- 基本情報記入シート ----------------
ws = wb.create_sheet("基本情報記入シート", 0)
ws.column_dimensions["A"].width = 2
for col, w in zip("BCDEFGH", [20, 14, 30, 12, 30, 12, 34]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※黄色のセルは記入必須です。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["C4"].alignment = WRAP
ws["G4"] = "同意する"
ws["G4"].fill = REQ
ws.row_dimensions[4].height = 32
box(ws, "B4:G4")
dv(ws, "A", "G4")

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = "社会医療法人 杜の都会 杜の都記念病院"
ws["E7"] = "(かな)"
ws.merge_cells("F7:H7")
ws["F7"] = "しゃかいいりょうほうじん もりのみやこかい もりのみやこきねんびょういん"
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "981-3133"
ws["B9"] = ""
ws["C9"] = "住所"
ws["D9"] = "宮城県仙台市泉区泉中央四丁目12番3号"
ws["E9"] = "(かな)"
ws.merge_cells("F9:H9")
ws["F9"] = "みやぎけんせんだいしいずみくいずみちゅうおうよんちょうめ12ばん3ごう"
ws["C10"] = "ビル名"
ws["D10"] = "泉中央メディカルプラザ"
ws["E10"] = "(かな)"
ws.merge_cells("F10:H10")
ws["F10"] = "いずみちゅうおうめでぃかるぷらざ"
ws.merge_cells("B8:B10")
ws["B11"] = "病床数"
ws["C11"] = 199
ws["D11"] = "床"
for c in ["C7", "D8", "D9", "C11", "F7", "F9"]:
    ws[c].fill = REQ
box(ws, "B7:H11")

ws["B13"] = "■担当者情報（4名まで記入可）"
ws["B13"].font = Font(bold=True)
hdr = ["", "所属・役職", "", "氏名", "電話番号", "メールアドレス"]
ws["B14"] = "担当者"
ws["C14"] = "所属・役職"
ws.merge_cells("C14:D14")
ws["E14"] = "氏名"
ws["F14"] = "電話番号"
ws.merge_cells("G14:H14")
ws["G14"] = "メールアドレス"
for c in ws[14][1:8]:
    c.fill = HEAD
    c.alignment = CENTER
contacts = [
    ("経営企画部 情報システム課 課長", "千葉 雅人", "022-375-2811", "m-chiba@morinomiyako-hp.or.jp"),
    ("経営企画部 情報システム課 主任", "及川 さやか", "022-375-2811", "s-oikawa@morinomiyako-hp.or.jp"),
    ("事務部 総務課 係長", "阿部 拓也", "022-375-2800", "t-abe@morinomiyako-hp.or.jp"),
]
for i in range(4):
    r = 15 + i
    ws[f"B{r}"] = f"担当者{i+1}"
    ws.merge_cells(f"C{r}:D{r}")
    ws.merge_cells(f"G{r}:H{r}")
    if i < len(contacts):
        d, n, p, e = contacts[i]
        ws[f"C{r}"] = d
        ws[f"E{r}"] = n
        ws[f"F{r}"] = p
        ws[f"G{r}"] = e
box(ws, "B14:H18")

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:D21")
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("E21:F21")
ws["E21"] = "千葉 雅人"
ws["E21"].fill = REQ
box(ws, "B21:F21")
ws["B22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------- 回線・機器情報記入シート ----------------
wl = wb.create_sheet("回線・機器情報記入シート", 1)
wl["B1"] = "回線・機器情報記入シート"
wl["B1"].font = Font(bold=True, size=14)
wl["B2"] = "※(*)は記入必須項目です。閉域網に接続された回線は脆弱性診断の対象外です。動的IPの回線は脆弱性診断当日にグローバルIPアドレスを確認し記入してください。"
cols = [
    # (col, group, header, width)
    ("B", "", "", 8),
    ("C", "調査希望", "技術バージョン確認 (*)", 14),
    ("D", "調査希望", "脆弱性診断 (*)", 14),
    ("E", "", "電子カルテシステムと接続するネットワークとの接続 (*)", 16),
    ("F", "", "用途・システム名 (*)", 16),
    ("G", "回線情報", "回線の種類", 12),
    ("H", "回線情報", "回線名", 18),
    ("I", "回線情報", "回線事業者", 14),
    ("J", "回線情報", "回線サービス名", 22),
    ("K", "回線情報", "回線ID", 16),
    ("L", "回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16),
    ("M", "回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 10),
    ("N", "回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 10),
    ("O", "回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 16),
    ("P", "脆弱性診断当日記入欄", "グローバルIP確認", 11),
    ("Q", "脆弱性診断当日記入欄", "グローバルIPアドレス", 16),
    ("R", "", "FQDN", 22),
    ("S", "プロバイダ情報", "プロバイダ名", 12),
    ("T", "プロバイダ情報", "プロバイダ品目", 22),
    ("U", "回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 26),
    ("V", "接続装置(ルータ/UTM/FW)", "メーカー", 12),
    ("W", "接続装置(ルータ/UTM/FW)", "機種名", 14),
    ("X", "接続装置(ルータ/UTM/FW)", "ファームウェアバージョン", 16),
]
for col, grp, h, w in cols:
    wl.column_dimensions[col].width = w
    wl[f"{col}4"] = grp
    wl[f"{col}5"] = h
    for r in (4, 5):
        wl[f"{col}{r}"].fill = HEAD
        wl[f"{col}{r}"].alignment = CENTER
        wl[f"{col}{r}"].border = B
wl.column_dimensions["A"].width = 2
wl.row_dimensions[5].height = 58
# merge group headers
for a, b in [("C4", "D4"), ("G4", "K4"), ("L4", "O4"), ("P4", "Q4"), ("S4", "T4"), ("V4", "X4")]:
    wl.merge_cells(f"{a}:{b}")
for col in ["B", "E", "F", "R", "U"]:
    wl.merge_cells(f"{col}4:{col}5")
wl["B4"] = ""
wl["E4"] = "電子カルテシステムと接続するネットワークとの接続 (*)"
wl["F4"] = "用途・システム名 (*)"
wl["R4"] = "FQDN"
wl["U4"] = "回線終端装置設置場所 (*)"

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ保守回線",
           "NTT東日本", "フレッツ光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "本部棟 3F サーバー室 -1番ラック 3U", "ヤマハ", "RTX1210", "Rev.14.01.42"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテリモート保守回線",
     "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2153748061", "インターネットVPN", "あり", "固定IP",
     "153.156.72.41", "入力不要", None, "vpn01.morinomiyako-hp.or.jp", "OCN", "OCN光 IPoE 固定IP1",
     "本館1F サーバー室 2番ラック 上段", "ヤマハ", "RTX1300", "Rev.23.00.09"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS", "光回線", "画像システム保守回線",
     "NTT東日本", "フレッツ 光クロス", "CAF3380914275", "インターネットVPN", "あり", "動的IP",
     "126.36.201.77", "確認済み", "126.36.188.5", None, "So-net", "So-net 光 with フレッツ",
     "本館B1F 放射線科 機械室 壁面", "Fortinet", "FortiGate 40F", "v7.2.8"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "臨床検査", "光回線", "検査システム保守回線(閉域)",
     "NTT東日本", "フレッツ・VPN ワイド", "COP5521036698", "閉域網", "なし", None,
     None, "入力不要", None, None, None, None,
     "本館2F 検査科 サーバーラック", "NEC", "UNIVERGE IX2215", "Ver.10.7.22"],
]
r0 = 6
for i, row in enumerate([example] + lines):
    r = r0 + i
    for (col, _, _, _), v in zip(cols, row):
        c = wl[f"{col}{r}"]
        if v is not None:
            c.value = v
        c.border = B
        c.alignment = WRAP
        if i == 0:
            c.fill = EX
# empty rows 回線4..回線8
for k in range(4, 9):
    r = r0 + k
    wl[f"B{r}"] = f"回線{k}"
    for col, _, _, _ in cols:
        wl[f"{col}{r}"].border = B
dv(wl, "B", "C7:D13")
dv(wl, "C", "E7:E13")
dv(wl, "C", "M7:M13")
dv(wl, "E", "N7:N13")
dv(wl, "F", "P7:P13")

# second table: device port details
pr = 16
wl[f"B{pr}"] = "装置と接続する回線と機器の詳細（別紙2-2参考用）"
wl[f"B{pr}"].font = Font(bold=True)
ph = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pcols = ["B", "C", "D", "E", "F", "G", "H", "I"]
for col, h in zip(pcols, ph):
    c = wl[f"{col}{pr+1}"]
    c.value = h
    c.fill = HEAD
    c.alignment = CENTER
    c.border = B
ports = [
    ["回線1", "ヤマハ RTX1300", "LAN1", "電子カルテ保守中継サーバ", "192.168.10.20", 443, "HTTPS", "接続あり"],
    ["回線1", "ヤマハ RTX1300", "LAN2", "院内基幹スイッチ", "192.168.10.1", 22, "SSH", "接続あり"],
    ["回線1", "ヤマハ RTX1300", "LAN3", "（未使用）", "192.168.10.254", 23, "Telnet", "接続なし"],
    ["回線2", "Fortinet FortiGate 40F", "internal1", "PACSサーバ", "192.168.40.10", 104, "DICOM", "接続あり"],
    ["回線2", "Fortinet FortiGate 40F", "internal2", "PACS保守端末", "192.168.40.15", 3389, "RDP", "接続あり"],
]
for i, row in enumerate(ports):
    r = pr + 2 + i
    for col, v in zip(pcols, row):
        c = wl[f"{col}{r}"]
        c.value = v
        c.border = B
wl.freeze_panes = "C6"

# ---------------- 調査端末情報記入シート ----------------
wt = wb.create_sheet("調査端末情報記入シート", 2)
wt["B1"] = "調査端末情報記入シート"
wt["B1"].font = Font(bold=True, size=14)
wt["B2"] = "※電子カルテシステムと接続のある端末(Windows)を5台選定してください（電子カルテ端末1台＋主要部門システム端末を推奨）。"
tcols = [("B", "", "", 8), ("C", "", "システム種別 (*)", 14), ("D", "", "シングル利用 (*)", 14),
         ("E", "シンクル端末/FAT端末", "端末ホスト名 (*)", 16), ("F", "シンクル端末/FAT端末", "IPアドレス (*)", 18),
         ("G", "シンクル端末/FAT端末", "設置場所 (*)", 26), ("H", "仮想デスクトップ", "端末ホスト名", 16),
         ("I", "仮想デスクトップ", "IPアドレス", 18), ("J", "", "セキュリティ対策製品", 24), ("K", "", "備考", 30)]
wt.column_dimensions["A"].width = 2
for col, g, h, w in tcols:
    wt.column_dimensions[col].width = w
    wt[f"{col}4"] = g if g else h
    wt[f"{col}5"] = h
    for r in (4, 5):
        wt[f"{col}{r}"].fill = HEAD
        wt[f"{col}{r}"].alignment = CENTER
        wt[f"{col}{r}"].border = B
wt.merge_cells("E4:G4")
wt.merge_cells("H4:I4")
for col in ["B", "C", "D", "J", "K"]:
    wt.merge_cells(f"{col}4:{col}5")
wt["B4"] = ""
t_example = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
             "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-3E-NS01", "192.168.20.131/24", "本館3F 東病棟ナースステーション", None, None,
     "Microsoft Defender", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "EMR-TC-0107", "192.168.21.57/24", "本館1F 外来受付", "VDI-EMR-0107",
     "172.16.5.107/24", "Trend Micro Apex One", "病棟師長の立会い必須"],
    ["No.3", "医事", "単体", "IJI-PC02", "192.168.30.12/24", "本館1F 医事課", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "PACS", "単体", "PACS-VW01", "192.168.40.21/24", "本館B1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "読影業務のため 16:00以降を希望"],
    ["No.5", "臨床検査", "単体", "LAB-PC01", "192.168.50.11/24", "本館2F 検査科", None, None,
     "Microsoft Defender", None],
]
for i, row in enumerate([t_example] + terms):
    r = 6 + i
    for (col, _, _, _), v in zip(tcols, row):
        c = wt[f"{col}{r}"]
        if v is not None:
            c.value = v
        c.border = B
        c.alignment = WRAP
        if i == 0:
            c.fill = EX
dv(wt, "G", "D7:D11")

# ---------------- 設置場所記入シート ----------------
wp = wb.create_sheet("設置場所記入シート", 3)
wp["B1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください）"
wp["B1"].font = Font(bold=True, size=12)
img_path = "/tmp/w36work/lds-a-floor.png"
W, H = 1000, 640
im = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(im)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
d.text((20, 10), "杜の都記念病院 本館 フロア図（B1F・1F・2F・3F 抜粋）", fill="black", font=f)
floors = [("3F", 50), ("2F", 190), ("1F", 330), ("B1F", 470)]
for name, y in floors:
    d.rectangle([60, y, 960, y + 120], outline="black", width=3)
    d.text((20, y + 50), name, fill="black", font=f)
    for x in range(210, 960, 150):
        d.line([x, y, x, y + 120], fill="gray", width=1)
rooms = {"3F": ["東病棟NS", "病室301-305", "病室306-310", "西病棟NS", "談話室", "リネン"],
         "2F": ["検査科", "生理検査", "手術室", "中材", "透析室", "更衣室"],
         "1F": ["外来受付", "医事課", "サーバー室", "薬剤部", "救急外来", "総務課"],
         "B1F": ["放射線科 読影室", "CT室", "MRI室", "機械室", "倉庫", "電気室"]}
for name, y in floors:
    for k, rn in enumerate(rooms[name]):
        d.text((70 + k * 150, y + 50), rn, fill="black", font=fs)
im.save(img_path)
xi = XLImage(img_path)
xi.anchor = "B3"
wp.add_image(xi)
wp["R3"] = "吹き出し（回線・端末シートから自動表示）"
wp["R3"].font = Font(bold=True)
callouts = [
    ("R4", "='回線・機器情報記入シート'!B7&\"：\"&'回線・機器情報記入シート'!U7"),
    ("R5", "='回線・機器情報記入シート'!B8&\"：\"&'回線・機器情報記入シート'!U8"),
    ("R6", "='回線・機器情報記入シート'!B9&\"：\"&'回線・機器情報記入シート'!U9"),
    ("R7", "='調査端末情報記入シート'!B7&\"：\"&'調査端末情報記入シート'!E7&\" \"&'調査端末情報記入シート'!G7"),
    ("R8", "='調査端末情報記入シート'!B8&\"：\"&'調査端末情報記入シート'!E8&\" \"&'調査端末情報記入シート'!G8"),
    ("R9", "='調査端末情報記入シート'!B9&\"：\"&'調査端末情報記入シート'!E9&\" \"&'調査端末情報記入シート'!G9"),
    ("R10", "='調査端末情報記入シート'!B10&\"：\"&'調査端末情報記入シート'!E10&\" \"&'調査端末情報記入シート'!G10"),
    ("R11", "='調査端末情報記入シート'!B11&\"：\"&'調査端末情報記入シート'!E11&\" \"&'調査端末情報記入シート'!G11"),
]
for ref, fml in callouts:
    wp[ref] = fml
    wp[ref].border = B
wp.column_dimensions["R"].width = 50

# ---------------- アカウント(ログインID)・パスワードリスト ----------------
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト", 4)
wa["B1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wa["B1"].font = Font(bold=True, size=12, color="C00000")
wa["B2"] = "※本シートは事務局への提出は不要です。現地調査当日までに院内で情報を整理してください。"
wa["B4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
ah = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for col, h in zip("BCDEFG", ah):
    wa[f"{col}5"] = h
    wa[f"{col}5"].fill = HEAD
for i, (m, md) in enumerate([("ヤマハ", "RTX1300"), ("Fortinet", "FortiGate 40F"), ("NEC", "UNIVERGE IX2215")]):
    r = 6 + i
    wa[f"B{r}"] = f"回線{i+1}"
    wa[f"C{r}"] = m
    wa[f"D{r}"] = md
box(wa, "B5:G10")
wa["B12"] = "■調査端末(シングル端末/FAT端末)"
for col, h in zip("BCDEF", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa[f"{col}13"] = h
    wa[f"{col}13"].fill = HEAD
for i in range(5):
    r = 14 + i
    wa[f"B{r}"] = f"端末{i+1}"
box(wa, "B13:F18")
wa["B20"] = "備考(接続先情報など)"
for col, w in zip("BCDEFG", [10, 14, 18, 20, 16, 24]):
    wa.column_dimensions[col].width = w

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)
