#!/usr/bin/python3
# Generator for lds-w1-a-official-like.xlsx
# Role: programme secretariat draws 別紙2-1 as the briefing deck describes it (official sheet names, two-row
# headers with group headers, (*) marks, 記入例 rows, hidden list sheet with dropdowns, callout formulas on the
# 設置場所 sheet, a blank password sheet), then a hospital IT person (さぬき中央病院) fills it correctly.
import io
import os
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w1-a-official-like"

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="1F4E78")
SUB = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WHITE_B = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def floor_plan_png(path, title, rooms):
    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    try:
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 16)
        fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 22)
    except OSError:
        f = fb = ImageFont.load_default()
    d.rectangle([20, 50, 880, 540], outline="black", width=4)
    d.text((24, 12), title, fill="black", font=fb)
    for (x0, y0, x1, y1, label, mark) in rooms:
        d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        d.text((x0 + 8, y0 + 8), label, fill="black", font=f)
        if mark:
            cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
            d.ellipse([cx - 14, cy - 14, cx + 14, cy + 14], outline="red", width=3)
            d.text((cx + 18, cy - 8), mark, fill="red", font=f)
    # corridor
    d.rectangle([20, 270, 880, 320], fill="#EEEEEE", outline="black")
    d.text((400, 286), "CORRIDOR", fill="black", font=f)
    img.save(path)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def hdr(ws, cell, text, fill=HEAD, font=WHITE_B):
    c = ws[cell]
    c.value = text
    c.fill = fill
    c.font = font
    c.alignment = CENTER


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 26
ws.column_dimensions["D"].width = 26
ws.column_dimensions["E"].width = 18
ws.column_dimensions["F"].width = 34
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "基本情報記入シート"
ws["B2"].font = Font(bold=True, size=12)

ws["B4"] = "本施策の同意確認"
ws["B4"].fill = SUB
ws.merge_cells("C4:E4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["C4"].alignment = WRAP
ws.row_dimensions[4].height = 36
ws["F4"] = "同意する"
ws["F4"].fill = REQ
box(ws, "B4:F4")

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = BOLD
rows = [
    ("医療機関名", "医療法人社団 瀬戸内会 さぬき中央病院"),
    ("(かな)", "いりょうほうじんしゃだん せとうちかい さぬきちゅうおうびょういん"),
    ("住所", "〒７６０－００１７ 香川県高松市番町二丁目４番１１号"),
    ("(かな)", "かがわけんたかまつしばんちょうにちょうめ４ばん１１ごう"),
    ("ビル名", "番町メディカルビル"),
    ("(かな)", "ばんちょうめでぃかるびる"),
    ("病床数", 199),
]
r = 7
for label, val in rows:
    ws.cell(r, 2, label).fill = SUB
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    c = ws.cell(r, 3, val)
    c.alignment = Alignment(horizontal="left", vertical="center")
    if label == "病床数":
        c.number_format = '0"床"'
    r += 1
box(ws, "B7:F13")

ws["B15"] = "■ご担当者情報（複数名の場合は4名まで記入できます）"
ws["B15"].font = BOLD
for col, t in zip("BCDEF", ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    hdr(ws, f"{col}16", t, SUB, BOLD)
contacts = [
    ("担当者1", "情報システム課 課長", "三好 健一", "087-831-2245", "miyoshi-k@sanuki-chuo-hp.jp"),
    ("担当者2", "情報システム課 主任", "香西 真由美", "087-831-2245（内線512）", "kozai-m@sanuki-chuo-hp.jp"),
    ("担当者3", "", "", "", ""),
    ("担当者4", "", "", "", ""),
]
for i, rowv in enumerate(contacts):
    for j, v in enumerate(rowv):
        ws.cell(17 + i, 2 + j, v if v else None)
box(ws, "B16:F20")

ws["B22"] = "■申込内容の確認"
ws["B22"].font = BOLD
ws["B23"] = "確認者名(医療機関のご担当者名)"
ws["B23"].fill = SUB
ws["B23"].alignment = WRAP
ws.merge_cells("C23:D23")
ws["C23"] = "三好 健一"
box(ws, "B23:D23")
ws["B25"] = "※記入内容に不備がないかご確認のうえ、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- hidden list sheet
wl = wb.create_sheet("リスト")
lists = {
    "A": ["同意", "同意する"],
    "B": ["調査希望", "調査希望あり", "調査希望なし"],
    "C": ["有無", "あり", "なし"],
    "D": ["通信形態", "インターネット", "インターネットVPN", "閉域網", "モバイル", "その他"],
    "E": ["IP種別", "固定IP", "動的IP"],
    "F": ["当日確認", "確認済み", "入力不要"],
    "G": ["用途", "電子カルテ", "医事", "PACS", "検査", "リモート保守", "その他"],
    "H": ["シングル利用", "単体", "仮想デスクトップ"],
    "I": ["接続状況", "接続あり", "接続なし"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals):
        wl[f"{col}{i + 1}"] = v
wl.sheet_state = "hidden"

dv = DataValidation(type="list", formula1="=リスト!$A$2:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wsl = wb.create_sheet("回線・機器情報記入シート")
wsl["A1"] = "回線・機器情報記入シート"
wsl["A1"].font = Font(bold=True, size=14)
wsl["A2"] = ("(*)は必須項目です。電子カルテシステムに接続する全ての回線（保守用回線・閉域網・無線を含む）を1行ずつ"
             "ご記入ください。記入例の行は削除せずそのまま残してください。")
cols = [
    # (group, sub header)
    (None, ""),
    ("調査希望", "技術バージョン確認 (*)"),
    ("調査希望", "脆弱性診断 (*)"),
    (None, "電子カルテシステムと接続するネットワークとの接続 (*)"),
    (None, "用途・システム名 (*)"),
    (None, "通信形態 (*)"),
    (None, "グローバルIP利用 (*)"),
    (None, "固定IP/動的IP (*)"),
    (None, "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    (None, "FQDN"),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("回線情報", "回線名"),
    ("回線情報", "回線の種類"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)"),
    ("機器情報(ルータ/UTM/FW)", "メーカー"),
    ("機器情報(ルータ/UTM/FW)", "機種名"),
    ("機器情報(ルータ/UTM/FW)", "ファームウェアバージョン"),
]
H1, H2 = 4, 5
i = 0
while i < len(cols):
    grp, sub = cols[i]
    c = i + 1
    if grp is None:
        wsl.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        hdr(wsl, wsl.cell(H1, c).coordinate, sub)
        i += 1
        continue
    j = i
    while j < len(cols) and cols[j][0] == grp:
        j += 1
    wsl.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=j)
    hdr(wsl, wsl.cell(H1, c).coordinate, grp)
    for k in range(i, j):
        hdr(wsl, wsl.cell(H2, k + 1).coordinate, cols[k][1], SUB, BOLD)
    i = j
wsl.row_dimensions[H1].height = 22
wsl.row_dimensions[H2].height = 48
widths = [8, 14, 14, 18, 18, 18, 12, 12, 17, 12, 17, 24, 14, 26, 14, 28, 16, 20, 14, 30, 12, 16, 18]
for k, w in enumerate(widths):
    wsl.column_dimensions[wsl.cell(1, k + 1).column_letter].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "電子カルテ保守回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
     "153.142.37.18", "入力不要", "入力不要", None, "OCN", "OCN IPoE 固定IPアドレス(1個)", "NTT西日本",
     "フレッツ 光ネクスト ビジネスタイプ", "CAF2231840576", "電子カルテ保守用回線", "光回線",
     "本館 3F サーバー室 1番ラック 3U", "ヤマハ", "RTX1220", "Rev.15.04.24"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS", "インターネットVPN", "あり", "動的IP",
     "118.238.201.77", None, None, "pacs-gw.sanuki-chuo-hp.jp", "BIGLOBE", "ビッグローブ光 ビジネス", "NTT西日本",
     "フレッツ 光クロス", "CAF2231907713", "PACS遠隔読影回線", "光回線",
     "本館 2F 放射線科 機械室\nラック下段", "Fortinet", "FortiGate 60F", "FortiOS v7.2.8"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "医事", "閉域網", "なし", None,
     None, "入力不要", None, None, None, None, "NTT西日本",
     "フレッツ・VPN ワイド", "CAF2231122980", "オンライン請求・オン資回線", "光回線",
     "本館 1F 医事課 事務室奥 壁面ラック", "NEC", "UNIVERGE IX2106", "Ver.10.8.21"],
]
r = 6
for k, v in enumerate(example):
    c = wsl.cell(r, k + 1, v)
    c.fill = EX
    c.font = Font(color="808080", italic=True)
    c.alignment = WRAP
for n, ln in enumerate(lines):
    for k, v in enumerate(ln):
        c = wsl.cell(7 + n, k + 1, v)
        c.alignment = WRAP
for n in range(len(lines), 5):  # spare rows 回線4, 回線5 left empty
    wsl.cell(7 + n, 1, f"回線{n + 1}")
box(wsl, f"A4:W{7 + 4}")
for rr in range(6, 12):
    wsl.row_dimensions[rr].height = 32

dvs = {
    "B": "=リスト!$B$2:$B$3", "C": "=リスト!$B$2:$B$3", "D": "=リスト!$C$2:$C$3", "E": "=リスト!$G$2:$G$7",
    "F": "=リスト!$D$2:$D$6", "G": "=リスト!$C$2:$C$3", "H": "=リスト!$E$2:$E$3", "J": "=リスト!$F$2:$F$3",
}
for col, f in dvs.items():
    d = DataValidation(type="list", formula1=f, allow_blank=True, showErrorMessage=False)
    wsl.add_data_validation(d)
    d.add(f"{col}7:{col}11")

# port table
PR = 14
wsl.cell(PR, 1, "■装置と接続する回線と機器の詳細（機器のポート情報）").font = BOLD
pcols = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, t in enumerate(pcols):
    hdr(wsl, wsl.cell(PR + 1, k + 1).coordinate, t, SUB, BOLD)
ports = [
    ["回線1", "ヤマハ RTX1220", "LAN1", "CORE-SW01", "192.168.10.254", 443, "HTTPS", "接続あり"],
    ["回線1", "ヤマハ RTX1220", "LAN2", "EMR-SV01", "192.168.10.11", 3389, "RDP", "接続あり"],
    ["回線1", "ヤマハ RTX1220", "LAN3", None, None, None, None, "接続なし"],
    ["回線2", "Fortinet FortiGate 60F", "port1", "PACS-SV01", "192.168.20.10", 104, "DICOM", "接続あり"],
    ["回線2", "Fortinet FortiGate 60F", "port2", "PACS-VIEW01", "192.168.20.31", 443, "HTTPS", "接続あり"],
    ["回線3", "NEC UNIVERGE IX2106", "GE1", "IJI-SV01", "192.168.30.5", 443, "HTTPS", "接続あり"],
    ["回線3", "NEC UNIVERGE IX2106", "GE2", "ONS-PC01", "192.168.30.21", 443, "HTTPS", "接続あり"],
]
for n, p in enumerate(ports):
    for k, v in enumerate(p):
        wsl.cell(PR + 2 + n, k + 1, v)
box(wsl, f"A{PR + 1}:H{PR + 1 + len(ports)}")
dport = DataValidation(type="list", formula1="=リスト!$I$2:$I$3", allow_blank=True)
wsl.add_data_validation(dport)
dport.add(f"H{PR + 2}:H{PR + 20}")
wsl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wst = wb.create_sheet("調査端末情報記入シート")
wst["A1"] = "調査端末情報記入シート"
wst["A1"].font = Font(bold=True, size=14)
wst["A2"] = "調査端末情報（WindowsOSの端末を5台まで。電子カルテ端末から1台、主要な部門システムから1台ずつを推奨）"
tcols = [
    (None, ""), (None, "システム種別 (*)"), (None, "シングル利用 (*)"),
    ("シンクル端末/FAT端末", "端末ホスト名 (*)"), ("シンクル端末/FAT端末", "IPアドレス (*)"),
    ("シンクル端末/FAT端末", "設置場所 (*)"),
    ("仮想デスクトップ", "端末ホスト名"), ("仮想デスクトップ", "IPアドレス"),
    (None, "セキュリティ対策製品"), (None, "備考"),
]
i = 0
while i < len(tcols):
    grp, sub = tcols[i]
    c = i + 1
    if grp is None:
        wst.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        hdr(wst, wst.cell(4, c).coordinate, sub)
        i += 1
        continue
    j = i
    while j < len(tcols) and tcols[j][0] == grp:
        j += 1
    wst.merge_cells(start_row=4, start_column=c, end_row=4, end_column=j)
    hdr(wst, wst.cell(4, c).coordinate, grp)
    for k in range(i, j):
        hdr(wst, wst.cell(5, k + 1).coordinate, tcols[k][1], SUB, BOLD)
    i = j
for k, w in enumerate([8, 14, 16, 16, 18, 26, 16, 18, 24, 34]):
    wst.column_dimensions[wst.cell(1, k + 1).column_letter].width = w
texample = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
            "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    ["No.1", "電子カルテ", "単体", "EMR-PC001", "192.168.10.101/24", "本館 2F 医局", None, None,
     "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-3FNS-01", "192.168.10.151/24", "本館 3F ナースステーション",
     "VDI-EMR-021", "172.16.20.21/24", "Trend Micro Apex One", "夜勤帯（17:00以降）は操作不可\n操作時は病棟師長の立会い必須"],
    ["No.3", "医事", "単体", "IJI-PC003", "192.168.30.23/24", "本館 1F 医事課", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "PACS", "単体", "RAD-WS01", "192.168.20.41/24", "本館 B1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "読影中は不可。事前に放射線科へ連絡"],
    ["No.5", "検査", "単体", "LAB-PC01", "192.168.40.12/24", "本館 1F 検査室", None, None,
     "Microsoft Defender", "端末操作可能時間：14:00-16:00"],
]
for k, v in enumerate(texample):
    c = wst.cell(6, k + 1, v)
    c.fill = EX
    c.font = Font(color="808080", italic=True)
for n, t in enumerate(terminals):
    for k, v in enumerate(t):
        c = wst.cell(7 + n, k + 1, v)
        c.alignment = WRAP
    wst.row_dimensions[7 + n].height = 32
box(wst, "A4:J11")
dt = DataValidation(type="list", formula1="=リスト!$H$2:$H$3", allow_blank=True)
wst.add_data_validation(dt)
dt.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wsp = wb.create_sheet("設置場所記入シート")
wsp["A1"] = "設置場所記入シート"
wsp["A1"].font = Font(bold=True, size=14)
wsp["A2"] = ("平面図またはフロア図の画像を貼り付け、調査対象の回線終端装置・調査端末の吹き出しを設置位置に配置してください。"
             "（吹き出しの内容は回線・機器情報記入シート、調査端末情報記入シートから自動で表示されます）")
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "plan_a.png")
floor_plan_png(png, "SANUKI CHUO HOSPITAL  MAIN BLDG (B1F-3F composite)", [
    (40, 70, 260, 260, "3F SERVER ROOM", "L1"),
    (280, 70, 480, 260, "3F NURSE STATION", "T2"),
    (500, 70, 700, 260, "2F MEDICAL OFFICE", "T1"),
    (720, 70, 860, 260, "2F X-RAY MACH.", "L2"),
    (40, 330, 260, 520, "1F MEDICAL AFFAIRS", "L3/T3"),
    (280, 330, 480, 520, "1F LABORATORY", "T5"),
    (500, 330, 860, 520, "B1F READING ROOM", "T4"),
])
im = XLImage(png)
im.width, im.height = 720, 448
wsp.add_image(im, "A4")
wsp.column_dimensions["M"].width = 48
callouts = [
    ("L1", "回線・機器情報記入シート", 7, "T"),
    ("L2", "回線・機器情報記入シート", 8, "T"),
    ("L3", "回線・機器情報記入シート", 9, "T"),
]
rr = 4
for tag, sh, row, col in callouts:
    wsp.cell(rr, 13).value = (f"=\"【{tag}】\"&'{sh}'!A{row}&\" \"&'{sh}'!E{row}&CHAR(10)&'{sh}'!{col}{row}"
                              f"&CHAR(10)&'{sh}'!U{row}&\" \"&'{sh}'!V{row}")
    wsp.cell(rr, 13).alignment = WRAP
    wsp.row_dimensions[rr].height = 48
    rr += 1
for n in range(5):
    row = 7 + n
    sh = "調査端末情報記入シート"
    wsp.cell(rr, 13).value = (f"=\"【T{n + 1}】\"&'{sh}'!A{row}&\" \"&'{sh}'!B{row}&CHAR(10)&'{sh}'!D{row}"
                              f"&\" \"&'{sh}'!E{row}&CHAR(10)&'{sh}'!F{row}")
    wsp.cell(rr, 13).alignment = WRAP
    wsp.row_dimensions[rr].height = 48
    rr += 1

# ---------------------------------------------------------------- password list (blank, 提出不要)
wpw = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wpw["A1"] = "アカウント(ログインID)・パスワードリスト"
wpw["A1"].font = Font(bold=True, size=14)
wpw["F1"] = "提出不要"
wpw["F1"].font = Font(bold=True, color="FF0000", size=14)
wpw["A2"] = "※本シートは弊社への提出は不要です。現地調査当日までに情報を整理してください。提出時は本シートを空欄のままとしてください。"
wpw["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for k, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    hdr(wpw, wpw.cell(5, k + 1).coordinate, t, SUB, BOLD)
for n in range(5):
    wpw.cell(6 + n, 1, f"回線{n + 1}")
    wpw.cell(6 + n, 2, f"=IF('回線・機器情報記入シート'!U{7 + n}=\"\",\"\",'回線・機器情報記入シート'!U{7 + n})")
    wpw.cell(6 + n, 3, f"=IF('回線・機器情報記入シート'!V{7 + n}=\"\",\"\",'回線・機器情報記入シート'!V{7 + n})")
box(wpw, "A5:F10")
wpw["A12"] = "■調査端末(シンクル端末/FAT端末)"
for k, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    hdr(wpw, wpw.cell(13, k + 1).coordinate, t, SUB, BOLD)
for n in range(5):
    wpw.cell(14 + n, 1, f"端末{n + 1}")
    wpw.cell(14 + n, 2, f"=IF('調査端末情報記入シート'!D{7 + n}=\"\",\"\",'調査端末情報記入シート'!D{7 + n})")
    wpw.cell(14 + n, 3, f"=IF('調査端末情報記入シート'!E{7 + n}=\"\",\"\",'調査端末情報記入シート'!E{7 + n})")
box(wpw, "A13:E18")
wpw["A20"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [8, 14, 18, 22, 18, 26]):
    wpw.column_dimensions[col].width = w

wb.move_sheet("リスト", offset=10)  # keep the hidden list sheet last
wb.active = 0
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out)

# ---------------------------------------------------------------- expected values
import json

LKEYS = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType", "globalIpUse",
         "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
         "providerService", "carrier", "carrierService", "lineId", "lineName", "lineKind", "terminationLocation",
         "deviceMaker", "deviceModel", "firmwareVersion"]
exp_lines = []
for ln in lines:
    o = {k: v for k, v in zip(LKEYS, ln[1:]) if v is not None}
    if o.get("diagnosisDayAddress") == "入力不要":
        del o["diagnosisDayAddress"]  # the cell says 入力不要 (as in the briefing's example), not an address
    exp_lines.append(o)
PKEYS = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
exp_ports = [{k: v for k, v in zip(PKEYS, p) if v is not None} for p in ports]
TKEYS = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
exp_terms = [{k: v for k, v in zip(TKEYS, t[1:]) if v is not None} for t in terminals]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人社団 瀬戸内会 さぬき中央病院",
            "facilityNameKana": "いりょうほうじんしゃだん せとうちかい さぬきちゅうおうびょういん",
            "postalCode": "760-0017",
            "address": "香川県高松市番町二丁目４番１１号",
            "addressKana": "かがわけんたかまつしばんちょうにちょうめ４ばん１１ごう",
            "building": "番町メディカルビル",
            "buildingKana": "ばんちょうめでぃかるびる",
            "beds": 199,
            "confirmerName": "三好 健一",
        },
        "contacts": [
            {"department": "情報システム課 課長", "name": "三好 健一", "phoneNumber": "087-831-2245",
             "email": "miyoshi-k@sanuki-chuo-hp.jp"},
            {"department": "情報システム課 主任", "name": "香西 真由美", "phoneNumber": "087-831-2245（内線512）",
             "email": "kozai-m@sanuki-chuo-hp.jp"},
        ],
        "lines": exp_lines,
        "ports": exp_ports,
        "terminals": exp_terms,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": (
        "Clean file laid out after the briefing deck. Address cell holds the postal code with full-width digits "
        "('〒７６０－００１７ 香川県高松市番町二丁目４番１１号'); address value keeps its full-width digits as written. "
        "病床数 is the number 199 shown with format 0\"床\". Contact 2's phone is '087-831-2245（内線512）' as written. "
        "記入例 rows (回線・機器情報記入シート row 6, 調査端末情報記入シート row 6) must be ignored; rows 回線4/回線5 are "
        "empty spare rows. 回線1 (固定IP) has 入力不要 in BOTH 脆弱性診断当日記入欄 cells, as in the briefing's example: "
        "diagnosisDayCheck=入力不要, the address cell's 入力不要 is not an address and is omitted. 回線2 is 動的IP and "
        "this is the pre-diagnosis submission, so its 当日 cells are blank. 回線3 is 閉域網 without global IP "
        "(脆弱性診断 調査希望なし): 固定IP/動的IP and グローバルIPアドレス are left blank as not applicable. "
        "Ports: 機器 column holds maker+model text; the LAN3 row of 回線1 is 接続なし with the other cells blank. "
        "The password sheet is present but every account/password cell is blank (only formulas copying maker/model "
        "and host names/IPs, no cached values) - not a problem. Callouts on 設置場所記入シート are formulas without "
        "cached values. Hidden sheet 'リスト' holds dropdown values. Global IPs are invented addresses in public "
        "ranges (153.142.37.18, 118.238.201.77); emails use an invented domain."
    ),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote expected")
