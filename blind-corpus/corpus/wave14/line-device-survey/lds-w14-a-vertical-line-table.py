#!/usr/bin/python3
# Generator for lds-w14-a-vertical-line-table.xlsx (line-device-survey, clean: no planted problem)
# Role: hospital IT person who redrew 別紙2-1 for A4 printing: lines run across columns (vertical table),
# ports as a second table on the same sheet, floor plan with formula-driven callout texts, password list removed.
import io
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave14/line-device-survey/lds-w14-a-vertical-line-table.xlsx"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFG", [2, 22, 34, 2, 10, 44, 2]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "基本情報記入シート"
ws["B2"].font = Font(size=12, bold=True)

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:E4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F4"] = "同意する"
ws["B4"].fill = HEAD
ws["C4"].alignment = WRAP
ws.row_dimensions[4].height = 45
box(ws, "B4:F4")
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
rows = [
    (7, "医療機関名", "医療法人社団 青葉会 みどり台病院", "(かな)", "いりょうほうじんしゃだん あおばかい みどりだいびょういん"),
    (8, "〒", "769-0102", None, None),
    (9, "住所", "香川県高松市国分寺町国分2001番地", "(かな)", "かがわけんたかまつしこくぶんじちょうこくぶ2001ばんち"),
    (10, "ビル名", "本館", "(かな)", "ほんかん"),
    (11, "病床数", 199, None, None),
]
for r, lab, val, klab, kval in rows:
    ws.cell(r, 2, lab).fill = HEAD
    ws.cell(r, 3, val).alignment = WRAP
    if klab:
        ws.cell(r, 5, klab).fill = HEAD
        ws.cell(r, 6, kval).alignment = WRAP
    box(ws, f"B{r}:C{r}")
    box(ws, f"E{r}:F{r}")
ws["C11"].number_format = '0"床"'
ws["C8"].number_format = "@"

ws["B13"] = "■担当者情報（4名まで。1名以上は全項目ご記入ください）"
ws["B13"].font = Font(bold=True)
hdr = ["担当者", "所属・役職", "氏名", None, "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    if h:
        c = ws.cell(14, 2 + i, h)
        c.fill = HEAD
        c.alignment = CENTER
contacts = [
    ("担当者1", "情報システム室 主任", "三好 健太", "087-874-1111", "k-miyoshi@midoridai-hp.jp"),
    ("担当者2", "事務部 総務課長", "大西 由美", "087-874-1111（内線210）", "y-onishi@midoridai-hp.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for i, (n, dep, name, tel, mail) in enumerate(contacts):
    r = 15 + i
    ws.cell(r, 2, n).fill = HEAD
    ws.cell(r, 3, dep)
    ws.cell(r, 4, name)
    ws.cell(r, 5, tel)
    ws.cell(r, 6, mail)
    box(ws, f"B{r}:F{r}")
box(ws, "B14:F14")
# name column D is narrow on purpose (spacer style); widen a little for print
ws.column_dimensions["D"].width = 14
ws.column_dimensions["E"].width = 24

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws["B21"].fill = HEAD
ws["B21"].alignment = WRAP
ws.merge_cells("C21:D21")
ws["C21"] = "三好 健太"
box(ws, "B21:D21")
ws["B22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"
ws["B22"].font = Font(size=9)
ws.print_area = "A1:G22"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# ---------------------------------------------------------------- 回線・機器情報記入シート (vertical)
wl = wb.create_sheet("回線・機器情報記入シート")
wl.sheet_view.showGridLines = False
for col, w in zip("ABCDEF", [16, 34, 24, 26, 26, 26]):
    wl.column_dimensions[col].width = w
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(size=14, bold=True)
wl["A2"] = "※印刷の都合上、回線を列方向（縦置き）で記入しています。(*)は必須項目。記入例の列は参考です。"
wl["A2"].font = Font(size=9)
heads = ["区分", "項目", "記入例", "回線1", "回線2", "回線3"]
for i, h in enumerate(heads):
    c = wl.cell(4, 1 + i, h)
    c.fill = HEAD
    c.alignment = CENTER
    c.font = Font(bold=True)

items = [
    # (group, label, example, line1, line2, line3)
    ("調査希望", "技術バージョン確認 (*)", "調査希望あり", "調査希望あり", "調査希望なし", "調査希望あり"),
    (None, "脆弱性診断 (*)", "調査希望あり", "調査希望あり", "調査希望あり", "調査希望あり"),
    ("接続", "電子カルテシステムと接続するネットワークとの接続 (*)", "あり", "あり", "あり", "あり"),
    ("用途", "用途・システム名 (*)", "電子カルテ", "電子カルテ（リモート保守）", "地域医療連携ネットワーク", "放射線治療装置 保守"),
    ("回線", "回線名", "電子カルテ保守回線", "電子カルテ保守用VPN回線", "地域連携・インターネット回線", "リニアック保守回線"),
    (None, "回線の種類", "光回線", "光回線", "光回線", "光回線"),
    ("回線と紐付く\nグローバルIPアドレス", "通信形態 (*)", "インターネットVPN", "インターネットVPN", "インターネット", "インターネットVPN"),
    (None, "グローバルIP利用 (*)", "あり", "あり", "あり", "あり"),
    (None, "固定IP/動的IP (*)", "固定IP", "固定IP", "動的IP", "固定IP"),
    (None, "グローバルIPアドレス (*)", "121.119.249.222", "61.206.118.34", "14.8.120.77", "122.208.45.190"),
    ("脆弱性診断\n当日記入欄", "グローバルIP確認", "入力不要", "入力不要", "確認済み", "入力不要"),
    (None, "グローバルIPアドレス", "入力不要", None, "14.8.121.203", None),
    ("FQDN", "FQDN", "example.xxx", "rtx-hoshu.midoridai-hp.jp", None, None),
    ("プロバイダ情報", "プロバイダ名", "NTT東日本", "OCN", "BIGLOBE", "IIJ"),
    (None, "プロバイダ品目", "Bフレッツサービス", "OCN光 IPoE 固定IP1", "ビッグローブ光 ビジネスタイプ", "IIJインターネット FiberAccess/F"),
    ("回線事業者情報", "回線事業者", "NTT東日本", "NTT西日本", "NTT西日本", "NTT西日本"),
    (None, "回線サービス名", "フレッツ 光ネクスト", "フレッツ 光ネクスト ビジネスタイプ", "フレッツ 光クロス", "フレッツ 光ネクスト ビジネスタイプ"),
    (None, "回線ID", "CAF0000000000", "CAF2135678901", "COP2135678915", "CAF2135679022"),
    ("回線終端装置\n(ONU/モデム)情報", "回線終端装置設置場所 (*)", "本部棟 3F サーバー室 -1番ラック 3U",
     "本館 2F サーバー室 ラックA 上段", "本館 1F 医事課事務室 壁面", "地下1F 放射線治療室前 機械室"),
    ("接続機器\n(ルータ/UTM/FW)", "メーカー", "○○社", "ヤマハ", "Fortinet", "NEC"),
    (None, "機種名", "Router-01", "RTX1220", "FortiGate-60F", "UNIVERGE IX2215"),
    (None, "ファームウェアバージョン", "Ver.X.X.X", "Rev.15.04.05", "v7.2.8", "Ver.10.8.21"),
]
r0 = 5
group_start = None
for i, it in enumerate(items):
    r = r0 + i
    g, lab, ex, l1, l2, l3 = it
    if g is not None:
        wl.cell(r, 1, g)
    wl.cell(r, 2, lab)
    wl.cell(r, 3, ex).fill = EXAMPLE
    for j, v in enumerate((l1, l2, l3)):
        c = wl.cell(r, 4 + j, v)
        c.alignment = WRAP
        if "(*)" in lab:
            pass
    for cc in range(1, 7):
        wl.cell(r, cc).border = BOX
        wl.cell(r, cc).alignment = WRAP
    wl.cell(r, 1).fill = HEAD
    wl.cell(r, 2).fill = REQ if "(*)" in lab else HEAD
# merge group labels
groups = [(5, 6), (9, 10), (11, 14), (15, 16), (18, 19), (20, 22), (24, 26)]
for a, b in groups:
    wl.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
last = r0 + len(items) - 1  # 26

# dropdowns (list sheet)
wlist = wb.create_sheet("リスト")
lists = {
    "A": ["調査希望あり", "調査希望なし"],
    "B": ["あり", "なし"],
    "C": ["インターネット", "インターネットVPN", "閉域網", "その他"],
    "D": ["固定IP", "動的IP"],
    "E": ["確認済み", "入力不要"],
    "F": ["電子カルテ", "医事", "PACS", "検査", "リモート保守", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals):
        wlist[f"{col}{i + 1}"] = v
wlist.sheet_state = "hidden"
for rng, ref in [("D5:F6", "$A$1:$A$2"), ("D7:F7", "$B$1:$B$2"), ("D11:F11", "$C$1:$C$4"),
                 ("D12:F12", "$B$1:$B$2"), ("D13:F13", "$D$1:$D$2"), ("D15:F15", "$E$1:$E$2")]:
    d = DataValidation(type="list", formula1=f"リスト!{ref}", allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

# second table: ports
pr = last + 3  # 29
wl.cell(pr, 1, "■機器のポート情報（装置と接続する回線と機器の詳細／別紙2-2参考）").font = Font(bold=True)
phead = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for col, w in zip("GH", [14, 12]):
    wl.column_dimensions[col].width = w
for i, h in enumerate(phead):
    c = wl.cell(pr + 1, 1 + i, h)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = BOX
ports = [
    ("回線1", "RTX1220", "LAN1", "電子カルテサーバ（保守用）", "192.168.10.10", 22, "SSH", "接続あり"),
    ("回線2", "FortiGate-60F", "internal1", "地域連携ゲートウェイ", "192.168.20.5", 443, "HTTPS", "接続あり"),
    ("回線3", "UNIVERGE IX2215", "GE1", "治療計画装置", "172.16.5.21", 3389, "RDP", "接続あり"),
    ("回線3", "UNIVERGE IX2215", "GE2", "保守用端末", "172.16.5.22", 22, "SSH", "接続なし"),
]
for i, p in enumerate(ports):
    r = pr + 2 + i
    for j, v in enumerate(p):
        c = wl.cell(r, 1 + j, v)
        c.border = BOX
        c.alignment = WRAP
wl.print_area = f"A1:H{pr + 2 + len(ports)}"
wl.page_setup.orientation = "portrait"
wl.freeze_panes = "C5"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGHIJ", [8, 16, 16, 16, 20, 30, 16, 20, 28, 36]):
    wt.column_dimensions[col].width = w
wt["A1"] = "調査端末情報記入シート（WindowsOS端末 5台）"
wt["A1"].font = Font(size=14, bold=True)
wt.merge_cells("A3:A4")
wt.merge_cells("B3:B4")
wt.merge_cells("C3:C4")
wt.merge_cells("D3:F3")
wt.merge_cells("G3:H3")
wt.merge_cells("I3:I4")
wt.merge_cells("J3:J4")
wt["A3"] = "No."
wt["B3"] = "システム種別 (*)"
wt["C3"] = "シングル利用 (*)"
wt["D3"] = "シンクル端末/FAT端末"
wt["G3"] = "仮想デスクトップ"
wt["I3"] = "セキュリティ対策製品"
wt["J3"] = "備考"
wt["D4"] = "端末ホスト名 (*)"
wt["E4"] = "IPアドレス (*)"
wt["F4"] = "設置場所 (*)"
wt["G4"] = "端末ホスト名"
wt["H4"] = "IPアドレス"
for row in wt["A3:J4"]:
    for c in row:
        c.fill = HEAD
        c.alignment = CENTER
        c.border = BOX
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
    ("No.1", "電子カルテ", "単体", "MD-EMR-0101", "192.168.10.101/24", "本館 1F 外来診察室1", None, None, "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "MD-TC-0305", "192.168.10.155/24", "本館 3F 東病棟 ナースステーション", "VDI-EMR-035", "192.168.50.35/24", "Trend Micro Apex One", None),
    ("No.3", "医事会計", "単体", "MD-IJI-0002", "192.168.30.12/24", "本館 1F 医事課", None, None, "ESET PROTECT Essential", "月初（1日～10日）はレセプト業務のため操作不可"),
    ("No.4", "PACS", "単体", "MD-PACS-V01", "192.168.40.21/24", "本館 1F 放射線科 読影室", None, None, "Microsoft Defender for Endpoint", None),
    ("No.5", "検査", "単体", "MD-LAB-0001", "192.168.60.11/24", "本館 2F 検査室", None, None, "Trend Micro Apex One", "端末操作可能時間：14:00-16:00\n検査技師の立会い必須"),
]
for i, t in enumerate(terms):
    r = 5 + i
    for j, v in enumerate(t):
        c = wt.cell(r, 1 + j, v)
        c.border = BOX
        c.alignment = WRAP
        if i == 0:
            c.fill = EXAMPLE
    wt.row_dimensions[r].height = 32
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C6:C10")

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp.sheet_view.showGridLines = False
wp["A1"] = "設置場所記入シート（平面図／フロア図）"
wp["A1"].font = Font(size=14, bold=True)
wp["A2"] = "※調査対象の回線終端装置・調査対象端末の位置を平面図上に示してください。吹き出し文は回線・端末シートから自動表示（右欄）。"
wp["A2"].font = Font(size=9)

font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
f = ImageFont.truetype(font_path, 18)
fs = ImageFont.truetype(font_path, 14)
dr.rectangle([10, 10, 890, 550], outline="black", width=3)
dr.text((20, 15), "みどり台病院 本館 フロア図（1F・2F・3F・地下1F 抜粋）", fill="black", font=f)
rooms = [
    ([30, 60, 300, 220], "1F 医事課事務室"), ([310, 60, 600, 220], "1F 外来診察室1"),
    ([610, 60, 870, 220], "1F 放射線科 読影室"), ([30, 240, 300, 400], "2F サーバー室"),
    ([310, 240, 600, 400], "2F 検査室"), ([610, 240, 870, 400], "3F 東病棟 NS"),
    ([30, 420, 600, 540], "地下1F 放射線治療室前 機械室"),
]
for rect, name in rooms:
    dr.rectangle(rect, outline="black", width=2)
    dr.text((rect[0] + 8, rect[1] + 6), name, fill="black", font=fs)
marks = [((160, 180), "ONU 回線2"), ((70, 120), "No.3"), ((420, 150), "No.1"), ((720, 150), "No.4"), ((160, 330), "ONU 回線1"),
         ((430, 330), "No.5"), ((720, 330), "No.2"), ((330, 490), "ONU 回線3")]
for (x, y), t in marks:
    dr.ellipse([x - 8, y - 8, x + 8, y + 8], fill="red")
    dr.text((x + 12, y - 10), t, fill="red", font=fs)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A4"
wp.add_image(xi)

wp.column_dimensions["Q"].width = 60
wp["Q4"] = "吹き出し（自動表示）"
wp["Q4"].fill = HEAD
L = "'回線・機器情報記入シート'!"
T = "'調査端末情報記入シート'!"
for i, col in enumerate("DEF"):
    wp.cell(5 + i, 17, f'={L}{col}4&"："&{L}{col}8&" ／ 終端装置："&{L}{col}23')
for i in range(5):
    r = 6 + i
    wp.cell(8 + i, 17, f'={T}A{r}&"："&{T}D{r}&" ("&{T}E{r}&") "&{T}F{r}')

# keep the hidden list sheet last
wb._sheets.append(wb._sheets.pop(wb._sheets.index(wlist)))
wb.active = 0
wb.save(OUT)
print("saved", OUT)
