#!/usr/bin/python3
# Generator for lds-w13-a-official-ports-below.xlsx (line-device-survey, no planted problem)
# Role: hospital IT person filling the secretariat's 別紙2-1 as they redrew it from the briefing slides.
import os, io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave13/line-device-survey"
NAME = "lds-w13-a-official-ports-below"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXFILL = PatternFill("solid", fgColor="EDEDED")
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
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
for col in "CDEFGH":
    ws.column_dimensions[col].width = 18
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "基本情報記入シート　　※黄色のセルは記入必須です。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["C4"].alignment = WRAP
ws.row_dimensions[4].height = 36
ws["G4"] = "同意する"
ws["G4"].fill = REQ
ws["G4"].alignment = CENTER
box(ws, "B4:G4")
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

ws["B6"] = "■お客様情報（医療機関情報）"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = "社会医療法人 緑風会 みどり野中央病院"
ws["E7"] = "（かな）"
ws.merge_cells("F7:H7")
ws["F7"] = "しゃかいいりょうほうじん りょくふうかい みどりのちゅうおうびょういん"
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "761-8075"
ws.merge_cells("B8:B10")
ws["C9"] = "住所"
ws["D9"] = "香川県高松市多肥下町1520-3"
ws.merge_cells("D9:E9")
ws["F9"] = "（かな）"
ws["G9"] = "かがわけんたかまつしたひしもまち1520-3"
ws.merge_cells("G9:H9")
ws["C10"] = "ビル名"
ws["D10"] = "みどり野中央病院 本館"
ws.merge_cells("D10:E10")
ws["F10"] = "（かな）"
ws["G10"] = "みどりのちゅうおうびょういん ほんかん"
ws.merge_cells("G10:H10")
ws["B11"] = "病床数"
ws["C11"] = 199
ws["D11"] = "床"
for a in ("C7", "F7", "D8", "D9", "G9", "C11"):
    ws[a].fill = REQ
box(ws, "B7:H10")
box(ws, "B11:D11")

ws["B14"] = "■担当者情報（4名まで）"
ws["B14"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    c = ws.cell(row=15, column=2 + i, value=h)
    c.fill = HEAD
    c.alignment = CENTER
contacts = [
    ("事務部 情報システム課 課長", "高木 和也", "087-889-4120", "takagi@midorino-hp.or.jp"),
    ("事務部 情報システム課 主任", "三好 沙織", "087-889-4121", "miyoshi-s@midorino-hp.or.jp"),
    ("診療技術部 放射線科 技師長", "大西 健一", "087-889-4180", "onishi@midorino-hp.or.jp"),
]
for n in range(4):
    ws.cell(row=16 + n, column=2, value=f"担当者{n + 1}")
    if n < len(contacts):
        for j, v in enumerate(contacts[n]):
            ws.cell(row=16 + n, column=3 + j, value=v)
box(ws, "B15:F19")
ws.column_dimensions["F"].width = 30

ws["B21"] = "■申込内容の確認"
ws["B21"].font = Font(bold=True)
ws["B22"] = "確認者名（医療機関のご担当者名）"
ws["B22"].alignment = WRAP
ws.row_dimensions[22].height = 30
ws.merge_cells("C22:E22")
ws["C22"] = "高木 和也"
ws["C22"].fill = REQ
box(ws, "B22:E22")
ws["B23"] = "※最後に記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "※(*)は記入必須項目です。選択項目はプルダウンから選択してください。該当しない場合はその用語をご記入ください。"
wl["A3"] = "※記入例の行は消さずに、回線1から順に記入してください。"

groups = [  # (first col, last col, group label)
    (2, 3, "調査希望"),
    (4, 4, "電子カルテシステムと接続するネットワークとの接続 (*)"),
    (5, 5, "用途・システム名 (*)"),
    (6, 9, "回線と紐付くグローバルIPアドレス"),
    (10, 11, "脆弱性診断当日記入欄"),
    (12, 12, "FQDN"),
    (13, 17, "回線情報"),
    (18, 19, "プロバイダ情報"),
    (20, 20, "回線終端装置(ONU/モデム)情報"),
    (21, 23, "接続機器（ルータ/UTM/FW）"),
]
subs = {2: "技術バージョン確認 (*)", 3: "脆弱性診断 (*)", 6: "通信形態 (*)", 7: "グローバルIP利用 (*)",
        8: "固定IP/動的IP (*)", 9: "グローバルIPアドレス (*)", 10: "グローバルIP確認", 11: "グローバルIPアドレス",
        13: "回線の種類", 14: "回線名", 15: "回線事業者", 16: "回線サービス名", 17: "回線ID",
        18: "プロバイダ名", 19: "プロバイダ品目", 20: "回線終端装置設置場所 (*)",
        21: "メーカー", 22: "機種名", 23: "ファームウェアバージョン"}
HR1, HR2 = 5, 6
wl.cell(row=HR1, column=1, value="")
wl.merge_cells(start_row=HR1, start_column=1, end_row=HR2, end_column=1)
for c1, c2, lab in groups:
    wl.cell(row=HR1, column=c1, value=lab)
    if c1 == c2 and c1 not in subs:
        wl.merge_cells(start_row=HR1, start_column=c1, end_row=HR2, end_column=c1)
    elif c1 != c2:
        wl.merge_cells(start_row=HR1, start_column=c1, end_row=HR1, end_column=c2)
for col, lab in subs.items():
    wl.cell(row=HR2, column=col, value=lab)
for r in (HR1, HR2):
    for col in range(1, 24):
        cc = wl.cell(row=r, column=col)
        cc.fill = HEAD
        cc.alignment = CENTER
        cc.border = BOX
wl.row_dimensions[HR1].height = 45
wl.row_dimensions[HR2].height = 45
widths = [8, 14, 14, 16, 18, 16, 11, 11, 16, 12, 16, 24, 11, 20, 16, 20, 18, 16, 20, 26, 12, 16, 14]
for i, w in enumerate(widths):
    wl.column_dimensions[wl.cell(row=1, column=i + 1).column_letter].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "光回線", "電子カルテ保守回線", "NTT東日本",
           "フレッツ光ネクスト", "CAF1234567890", "NTT東日本", "Bフレッツサービス",
           "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.41"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "118.238.14.73", "入力不要", None, "vpn01.midorino-hp.or.jp", "光回線", "電カル保守VPN回線", "NTT西日本",
     "フレッツ 光クロス", "CAF5521837406", "OCN", "OCN光 IPoE 固定IP1", "本館 2F サーバー室 ラックA 5U",
     "Fortinet", "FortiGate-60F", "v7.2.8"],
    ["回線2", "調査希望なし", "調査希望あり", "あり", "地域医療連携", "インターネット", "あり", "動的IP",
     "124.41.86.19", "確認済み", "124.41.90.7", None, "光回線", "地域連携ネット用回線", "NTT西日本",
     "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF5521902117", "So-net", "So-net 光 with フレッツ",
     "本館 1F 地域医療連携室 壁面収納", "NEC", "UNIVERGE IX2215", "10.8.21"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "PACS保守", "閉域網", "なし", None,
     None, None, None, None, "閉域網(IP-VPN)", "PACS保守閉域回線", "NTTコミュニケーションズ",
     "Arcstar Universal One", "N-2210-448731", None, None, "本館 2F サーバー室 ラックB 2U",
     "Cisco", "ISR1111-4P", "17.9.4a"],
]
R0 = 7
for i, row in enumerate([example] + lines):
    r = R0 + i
    for j, v in enumerate(row):
        c = wl.cell(row=r, column=1 + j, value=v)
        c.border = BOX
        c.alignment = WRAP
        if i == 0:
            c.fill = EXFILL
for extra in range(2):  # empty rows 回線4, 回線5
    r = R0 + 1 + len(lines) + extra
    wl.cell(row=r, column=1, value=f"回線{len(lines) + 1 + extra}")
    for col in range(1, 24):
        wl.cell(row=r, column=col).border = BOX
for col, opts in ((2, "調査希望あり,調査希望なし"), (3, "調査希望あり,調査希望なし"), (4, "あり,なし"),
                  (7, "あり,なし"), (8, "固定IP,動的IP"), (10, "確認済み,入力不要")):
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wl.add_data_validation(d)
    L = wl.cell(row=1, column=col).column_letter
    d.add(f"{L}{R0 + 1}:{L}{R0 + 5}")
wl.freeze_panes = "B7"

# second table on the same sheet: port information
P0 = 16
wl.cell(row=P0, column=1, value="■装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(phdr):
    c = wl.cell(row=P0 + 1, column=1 + j, value=h)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = BOX
ports = [
    ["回線1", "FortiGate-60F", "wan1", "ONU(回線1)", "118.238.14.73", 443, "HTTPS", "接続あり"],
    ["回線1", "FortiGate-60F", "internal1", "電カル系コアSW", "192.168.1.1", 443, "HTTPS", "接続あり"],
    ["回線2", "UNIVERGE IX2215", "GE0", "ONU(回線2)", "124.41.86.19", 500, "UDP(IKE)", "接続あり"],
    ["回線2", "UNIVERGE IX2215", "GE1", "連携サーバ", "192.168.60.10", 22, "SSH", "接続なし"],
    ["回線3", "ISR1111-4P", "Gi0/0/0", "閉域網CE", "10.200.31.2", 22, "SSH", "接続あり"],
]
for i, row in enumerate(ports):
    for j, v in enumerate(row):
        c = wl.cell(row=P0 + 2 + i, column=1 + j, value=v)
        c.border = BOX

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=13)
wt["A2"] = "※調査対象の端末(PC)を5台選定してください（電子カルテ端末1台＋主要部門システム端末を推奨）。"
wt.merge_cells("A4:A5")
wt["A4"] = ""
wt.merge_cells("B4:B5"); wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5"); wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4"); wt["D4"] = "シンクル端末/FAT端末"
wt["D5"] = "端末ホスト名 (*)"; wt["E5"] = "IPアドレス (*)"; wt["F5"] = "設置場所 (*)"
wt.merge_cells("G4:H4"); wt["G4"] = "仮想デスクトップ"
wt["G5"] = "端末ホスト名"; wt["H5"] = "IPアドレス"
wt.merge_cells("I4:I5"); wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5"); wt["J4"] = "備考"
for r in (4, 5):
    for col in range(1, 11):
        c = wt.cell(row=r, column=col)
        c.fill = HEAD
        c.alignment = CENTER
        c.border = BOX
for L, w in zip("ABCDEFGHIJ", [8, 14, 16, 16, 18, 26, 16, 18, 24, 30]):
    wt.column_dimensions[L].width = w
terms = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
     "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "MDN-EMR-PC011", "192.168.1.31/24", "本館 1F 外来受付", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-14:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MDN-TC-3E05", "192.168.20.55/24", "本館 3F 東病棟ナースステーション",
     "VDI-EMR-0305", "172.16.30.105/24", "Microsoft Defender", "夜勤帯は使用不可"],
    ["No.3", "医事会計", "単体", "MDN-IJI-PC02", "192.168.1.42/24", "本館 1F 医事課", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "PACS", "単体", "MDN-RAD-VW01", "192.168.40.21/24", "本館 B1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "読影中は操作不可（要事前連絡）"],
    ["No.5", "検査", "単体", "MDN-LAB-PC01", "192.168.50.11/24", "別館 1F 検査室", None, None,
     "Microsoft Defender", None],
]
for i, row in enumerate(terms):
    for j, v in enumerate(row):
        c = wt.cell(row=6 + i, column=1 + j, value=v)
        c.border = BOX
        c.alignment = WRAP
        if i == 0:
            c.fill = EXFILL
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan picture)
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート　（平面図／フロア図を貼り付け、吹き出しを配置してください）"
wf["A1"].font = Font(bold=True)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fnt = ImageFont.truetype(font_path, 18)
sfnt = ImageFont.truetype(font_path, 14)
img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
dr.text((20, 10), "みどり野中央病院 本館 1F／2F 平面図（抜粋）", fill="black", font=fnt)
rooms = [((30, 60, 300, 260), "1F 外来受付"), ((310, 60, 560, 260), "1F 医事課"),
         ((570, 60, 860, 260), "1F 地域医療連携室"), ((30, 300, 420, 520), "2F サーバー室"),
         ((430, 300, 860, 520), "2F 事務部 情報システム課")]
for (x1, y1, x2, y2), name in rooms:
    dr.rectangle((x1, y1, x2, y2), outline="black", width=3)
    dr.text((x1 + 10, y1 + 8), name, fill="black", font=fnt)
callouts = [((80, 150), "No.1 MDN-EMR-PC011"), ((360, 150), "No.3 MDN-IJI-PC02"),
            ((600, 150), "回線2 ONU / IX2215"), ((60, 380), "回線1 ONU / FortiGate-60F (ラックA)"),
            ((60, 440), "回線3 CE / ISR1111 (ラックB)")]
for (x, y), t in callouts:
    dr.rounded_rectangle((x - 6, y - 4, x + 14 * len(t) * 0.75 + 10, y + 24), radius=6, fill="#FFF2CC",
                         outline="#C00000", width=2)
    dr.text((x, y), t, fill="#C00000", font=sfnt)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "B3"
wf.add_image(xi)
wf["L3"] = "※2F以外の端末（No.2 3F東病棟、No.4 B1F読影室、No.5 別館1F検査室）は別紙フロア図参照"

# ---------------------------------------------------------------- アカウント・パスワードリスト (提出不要, left empty)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの情報整理用です"
wp["A1"].font = Font(bold=True, color="C00000")
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    c = wp.cell(row=4, column=1 + j, value=h); c.fill = HEAD; c.border = BOX
for i, (mk, md) in enumerate([("Fortinet", "FortiGate-60F"), ("NEC", "UNIVERGE IX2215"), ("Cisco", "ISR1111-4P")]):
    for j, v in enumerate([f"回線{i + 1}", mk, md, None, None, None]):
        wp.cell(row=5 + i, column=1 + j, value=v).border = BOX
wp["A10"] = "■調査端末（シンクル端末/FAT端末）"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    c = wp.cell(row=11, column=1 + j, value=h); c.fill = HEAD; c.border = BOX
for i in range(5):
    for j, v in enumerate([f"端末{i + 1}", terms[i + 1][3], terms[i + 1][4], None, None]):
        wp.cell(row=12 + i, column=1 + j, value=v).border = BOX
for L, w in zip("ABCDEF", [8, 18, 18, 22, 16, 26]):
    wp.column_dimensions[L].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
